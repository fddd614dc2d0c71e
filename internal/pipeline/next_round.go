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
