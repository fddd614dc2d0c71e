package pipeline

import (
	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/internal/article"
)

// nextRoundSpan is the most days after an article its undated "next round"
// may take place and still be read as that round.
const nextRoundSpan = 45

// nextRoundAfter returns the round an undated plan speaks of: the earliest
// round of the same sides and kind, dated by its own reports to the day,
// that falls after the plan's article and within nextRoundSpan days of it
// ("موعد الجولة المقبلة سيُحدد لاحقاً", published on 12 May, and the round
// held in Rome on 23 May). Plans move: the place is not compared. It
// returns nil when the report is not such a plan or no round fits.
func nextRoundAfter(rounds []*round, f *meetingFact) *round {
	if f.Status != meetings.StatusPlanned || !f.DateFromPublication || f.published.IsZero() || f.Ordinal != "" {
		return nil
	}
	pub := calendarDay(f.published)
	var best *round
	for _, r := range rounds {
		d := r.when()
		if r.dateFromPub || r.kind != f.Kind || d.Precision() != article.PrecisionDay {
			continue
		}
		if gap := calendarDay(d) - pub; gap <= 0 || gap > nextRoundSpan {
			continue
		}
		if best == nil || d.Before(best.when()) {
			best = r
		}
	}
	return best
}

// planPutOff returns the plan an undated postponement puts off: the latest
// planned round of the same sides and kind, announced (by its latest
// report) before the postponement's article and within nextRoundSpan days
// of it ("the talks to be held in Paris" announced on 26 July; "the round
// is put off indefinitely" on 10 August). Places are not compared: a
// postponed round is often to be moved. nil when the report is not such a
// postponement or no plan fits.
func planPutOff(rounds []*round, f *meetingFact) *round {
	if f.Status != meetings.StatusPostponed || !f.DateFromPublication || f.published.IsZero() || f.Ordinal != "" {
		return nil
	}
	pub := calendarDay(f.published)
	var best *round
	for _, r := range rounds {
		if r.status != meetings.StatusPlanned || r.kind != f.Kind || r.statusFrom.IsZero() {
			continue
		}
		if gap := pub - calendarDay(r.statusFrom); gap < 0 || gap > nextRoundSpan {
			continue
		}
		if best == nil || best.statusFrom.Before(r.statusFrom) {
			best = r
		}
	}
	return best
}
