package pipeline

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/internal/article"
)

// round is one meeting of the graph: the reports of several articles that
// are the same round — same parties, compatible date, venue and status.
type round struct {
	id          string
	parties     []string
	date        article.Date
	dateFromPub bool
	venue       string
	candidates  []string
	mediators   []string
	status      string
	format      string
	secret      bool
	topics      []string
	kind        string
	after       article.Date
	ordinals    []string // the ranks its reports give it ("رابعه")
	// multiDay marks a round a report says lasted several days: it keeps
	// month precision, and day orders it within its month.
	multiDay bool
	day      article.Date
	// spanStart is the planned first day of a round reported under way
	// days later (spanFrom): its date covers both days.
	spanStart article.Date
	// formatGuessed marks a format no report states, guessed for the
	// reason formatBasis gives (see inheritFromChannel).
	formatGuessed bool
	formatBasis   string
	// statusFrom is the publication date of the report that gave the
	// status: a later report of a planned round (postponed, cancelled)
	// replaces it, and held is final.
	statusFrom article.Date
	// reasons say why each later report joined the round, for explain.
	reasons []string
	// mediatorsFrom and formatFrom are the rounds of the channel whose
	// mediators and format this one inherited (nil: its own reports').
	mediatorsFrom, formatFrom *round
	// venueFrom is the round of the channel whose place this held round,
	// told without one, was given (nil: its own reports').
	venueFrom    *round
	facts        []*meetingFact
	alternatives []string // conflicting values with their sources
	seq          int      // order of creation
	bucket       int      // the year it is indexed under
}

// roundIndex finds the rounds that can fit a report: same parties, and
// the same year or no date.
type roundIndex struct {
	byParties map[string][]*round
	byYear    map[string]map[int][]*round
}

func newRoundIndex() *roundIndex {
	return &roundIndex{byParties: map[string][]*round{}, byYear: map[string]map[int][]*round{}}
}

func (x *roundIndex) add(key string, r *round) {
	x.byParties[key] = append(x.byParties[key], r)
	if x.byYear[key] == nil {
		x.byYear[key] = map[int][]*round{}
	}
	r.bucket = r.date.Year
	x.byYear[key][r.bucket] = insertBySeq(x.byYear[key][r.bucket], r)
}

// moved re-files a round whose year changed.
func (x *roundIndex) moved(key string, r *round) {
	if r.date.Year == r.bucket {
		return
	}
	old := x.byYear[key][r.bucket]
	for i, o := range old {
		if o == r {
			x.byYear[key][r.bucket] = append(old[:i:i], old[i+1:]...)
			break
		}
	}
	r.bucket = r.date.Year
	x.byYear[key][r.bucket] = insertBySeq(x.byYear[key][r.bucket], r)
}

// candidates lists, in creation order, the rounds of the parties whose
// year is year or unknown (all of them for a report with no year).
func (x *roundIndex) candidates(key string, year int) []*round {
	if year == 0 {
		return x.byParties[key]
	}
	a, b := x.byYear[key][year], x.byYear[key][0]
	if len(b) == 0 {
		return a
	}
	out := make([]*round, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0].seq < b[0].seq {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

func insertBySeq(list []*round, r *round) []*round {
	i := sort.Search(len(list), func(i int) bool { return list[i].seq > r.seq })
	list = append(list, nil)
	copy(list[i+1:], list[i:])
	list[i] = r
	return list
}

// sources lists the articles reporting the round, sorted.
func (r *round) sources() []string {
	seen := make(map[string]bool, len(r.facts))
	out := make([]string, 0, len(r.facts))
	for _, f := range r.facts {
		if f.article != "" && !seen[f.article] {
			seen[f.article] = true
			out = append(out, f.article)
		}
	}
	sort.Strings(out)
	return out
}

// toldApart reports whether the article of f also reports the round, with
// another status, both dated by the text and not to the same day: "a new
// round will be held next week … the previous one, held early this month,
// …" are two rounds of one month.
func (r *round) toldApart(f *meetingFact) bool {
	return f.article != "" && slices.ContainsFunc(r.facts, func(g *meetingFact) bool {
		return g.article == f.article && g.Status != f.Status && !f.DateFromPublication && !g.DateFromPublication &&
			!(f.Date.Precision() == article.PrecisionDay && f.Date == g.Date) // one day: one round told twice
	})
}

// fits reports whether an article's meeting can be this round.
// countryOf returns a place's country ("" when unknown).
func (r *round) fits(f *meetingFact, countryOf func(string) string) bool {
	if !slices.Equal(r.parties, f.Parties) || !sameStatus(r, f) {
		return false
	}
	if (r.kind == "contact") != (f.Kind == "contact") {
		return false
	}
	if r.toldApart(f) {
		return false // the article told a plan from a held round: two rounds
	}
	slipped := slippedPlan(r, f)
	if !r.date.Compatible(f.Date) && !sameRankNear(r, f) && !slipped {
		return false
	}
	if fd, rd := f.when(), r.when(); fd.Precision() == article.PrecisionDay && rd.Precision() == article.PrecisionDay &&
		abs(calendarDay(fd)-calendarDay(rd)) > 4 && !sameRankMonth(r, f) && !(slipped && r.status != f.Status) {
		return false // a round of several days in the same month as another
	}
	if f.Ordinal != "" && len(r.ordinals) > 0 && !slices.Contains(r.ordinals, f.Ordinal) &&
		!(f.Date.Precision() == article.PrecisionDay && r.date == f.Date) {
		return false // the third round is not the fourth, unless the day says so
	}
	if f.Venue != "" && r.venue != "" && !samePlace(f.Venue, r.venue, countryOf) && !slices.Contains(r.candidates, f.Venue) && !movedPlace(r, f) {
		return false
	}
	return true
}

// sameRankNear reports whether a report and a round whose days differ are
// one round by their rank: the same ordinal of the same channel, days at
// most rankSlack apart ("the fourth round, on Saturday" and "the fourth
// round, on Sunday": one of them misread a weekday).
func sameRankNear(r *round, f *meetingFact) bool {
	fd, rd := f.when(), r.when()
	return f.Ordinal != "" && slices.Contains(r.ordinals, f.Ordinal) &&
		fd.Precision() == article.PrecisionDay && rd.Precision() == article.PrecisionDay &&
		abs(calendarDay(fd)-calendarDay(rd)) <= rankSlack
}

// slippedPlan reports whether a report and a round are one round whose
// plan slipped: one planned (or postponed) for a day, the other held on a
// day with the same ordinal up to slipDays later ("تنطلق المرحلة الثانية في 17
// آب" and "انطلقت الجولة الثانية أمس، بعد أن أُرجئت مرتين" on 1 September),
// or earlier but after the plan was told (brought forward); or planned for
// a month and held a month or two later.
// The rank is the evidence; without it two dates are two rounds.
func slippedPlan(r *round, f *meetingFact) bool {
	if f.Ordinal == "" || !slices.Contains(r.ordinals, f.Ordinal) {
		return false
	}
	pending := func(s string) bool { return s == meetings.StatusPlanned || s == meetings.StatusPostponed }
	plan, held := r.when(), f.when()
	announced := f.published // when the plan was first told
	switch {
	case pending(r.status) && f.Status == meetings.StatusHeld:
		announced = r.firstPublished()
	case r.status == meetings.StatusHeld && pending(f.Status):
		plan, held = held, plan
	default:
		return false
	}
	if plan.Precision() == article.PrecisionMonth && held.Precision() >= article.PrecisionMonth {
		// "جولة ثانية … خلال شهر يوليو المقبل", then "الجولة الثانية …
		// في أغسطس، بعد أن كانت مقررة في يوليو": a month or two later
		months := (held.Year-plan.Year)*12 + held.Month - plan.Month
		return months > 0 && months <= slipDays/31
	}
	if plan.Precision() != article.PrecisionDay || held.Precision() != article.PrecisionDay {
		return false // a month planned is a period other rules read (sameRankMonth)
	}
	gap := calendarDay(held) - calendarDay(plan)
	if gap < 0 {
		// brought forward: announced for 2 September, held on 13 August,
		// after the announcement
		return -gap <= slipDays && !announced.IsZero() && !held.Before(announced)
	}
	return gap > roundDays && gap <= slipDays
}

// firstPublished returns the earliest publication date of the round's
// reports (zero when none is known).
func (r *round) firstPublished() article.Date {
	var first article.Date
	for _, g := range r.facts {
		if !g.published.IsZero() && (first.IsZero() || g.published.Before(first)) {
			first = g.published
		}
	}
	return first
}

// slipDays is the longest a planned round may slip and still be the round
// held with its rank; roundDays the longest a round may last, so that a
// held day up to roundDays after the planned one is a day of the round
// begun as planned, not a slip.
const (
	slipDays  = 62
	roundDays = 10
)

// rankSlack is the most days two reports of a round of the same rank may
// disagree by.
const rankSlack = 3

// movedPlace reports whether a report and a round at two places can be one
// round moved from the place it was planned at to the one it was held at:
// one is a plan, the other a held round, on the same day or with the same
// ordinal.
func movedPlace(r *round, f *meetingFact) bool {
	planned, held := meetings.StatusPlanned, meetings.StatusHeld
	if !(r.status == planned && f.Status == held || r.status == held && f.Status == planned) {
		return false
	}
	sameDay := f.Date.Precision() == article.PrecisionDay && r.date == f.Date
	return sameDay || f.Ordinal != "" && slices.Contains(r.ordinals, f.Ordinal)
}

// sameStatus reports whether the statuses of a round and a report can
// be one round's: equal, or a round announced (planned) in one article and
// reported held in another, when both give at least its month.
//
// A round's status moves planned → postponed or cancelled, and planned →
// held: reports of those steps are one round when both give at least its
// month, or when an undated report names the same ordinal.
func sameStatus(r *round, f *meetingFact) bool {
	if r.status == f.Status {
		return true
	}
	held := func(s string) bool { return s == meetings.StatusHeld }
	if held(r.status) && held(f.Status) {
		return true
	}
	if (held(r.status) || held(f.Status)) && !(r.status == meetings.StatusPlanned || f.Status == meetings.StatusPlanned) {
		return false // a postponed or cancelled round was not held
	}
	dated := !f.DateFromPublication && !r.dateFromPub &&
		r.date.Precision() >= article.PrecisionMonth && f.Date.Precision() >= article.PrecisionMonth
	named := f.Ordinal != "" && slices.Contains(r.ordinals, f.Ordinal)
	return dated || named
}

// samePlace reports whether two venues can be one: equal, or a city and
// its country.
func samePlace(a, b string, countryOf func(string) string) bool {
	return a == b || countryOf(a) == b || countryOf(b) == a
}

func (r *round) score(f *meetingFact) int {
	s := 0
	if f.Venue != "" && f.Venue == r.venue {
		s += 2
	}
	if r.date.Precision() == f.Date.Precision() {
		s++
	}
	if f.Ordinal != "" && slices.Contains(r.ordinals, f.Ordinal) {
		s += 3
	}
	if r.kind == f.Kind {
		s++
	}
	if f.Format != meetings.FormatUnknown && f.Format == r.format {
		s++
	}
	return s
}

// mergeRounds folds the meetings of all articles into rounds. Precise
// reports are placed first so that vaguer ones ("this year") join the
// round they can only be.
func mergeRounds(contribs []*contribution, countryOf func(string) string) []*round {
	var facts []*meetingFact
	for _, c := range contribs {
		for i := range c.meetings {
			facts = append(facts, &c.meetings[i])
		}
	}
	channelNotes := channelFacts(facts)
	maps.Copy(channelNotes, mediatorSides(facts, articleNames(contribs)))
	sort.SliceStable(facts, func(i, j int) bool {
		pi, pj := precisionOf(facts[i]), precisionOf(facts[j])
		return pi > pj
	})
	var rounds []*round
	// Only rounds of the same parties and a compatible year can fit a
	// report: look there alone, in the order the rounds were made.
	idx := newRoundIndex()
	for _, f := range facts {
		var best *round
		bestScore := -1
		n := 0
		key := strings.Join(f.Parties, "\x00")
		for _, r := range idx.candidates(key, f.Date.Year) {
			if !r.fits(f, countryOf) {
				continue
			}
			n++
			if s := r.score(f); s > bestScore {
				best, bestScore = r, s
			}
		}
		last := false
		if f.DateFromPublication && n > 1 && bestScore < 2 {
			if r := latestHeldBefore(idx.candidates(key, f.Date.Year), f, countryOf); r != nil {
				best, bestScore, last = r, 2, true
			}
		}
		next, putOff := false, false
		if best == nil {
			if r := nextRoundAfter(idx.candidates(key, f.Date.Year), f); r != nil {
				best, next = r, true
			} else if r := planPutOff(idx.candidates(key, f.Date.Year), f); r != nil {
				best, putOff = r, true
			}
		}
		if best == nil || (f.DateFromPublication && n > 1 && bestScore < 2) {
			best = &round{parties: f.Parties, date: f.Date, dateFromPub: f.DateFromPublication,
				status: f.Status, format: meetings.FormatUnknown, kind: f.Kind, seq: len(rounds)}
			rounds = append(rounds, best)
			idx.add(key, best)
		} else if putOff {
			best.reasons = append(best.reasons, fmt.Sprintf("%s: same sides, a postponement with no date of its own: the plan announced last before the article (published %s)", f.article, f.published))
		} else if next {
			best.reasons = append(best.reasons, fmt.Sprintf("%s: same sides, a plan with no date of its own: the first round after the article (published %s)", f.article, f.published))
		} else if last {
			best.reasons = append(best.reasons, fmt.Sprintf("%s: same sides, no date of its own, %d rounds fit: the latest held before the article (published %s)", f.article, n, f.published))
		} else {
			best.reasons = append(best.reasons, joinReason(best, f, n))
		}
		if note := channelNotes[f]; note != "" {
			best.reasons = append(best.reasons, note)
		}
		best.add(f, countryOf)
		idx.moved(key, best)
	}
	rounds = mergeSpans(rounds, countryOf)
	rounds = mergeSlipped(rounds, countryOf)
	rounds = mergePostponed(rounds, countryOf)
	rounds = mergeSubsetSides(rounds, countryOf)
	// a plan folded into a round under way makes it span days: the days
	// reported on their own join it
	rounds = mergeSpans(rounds, countryOf)
	sort.SliceStable(rounds, func(i, j int) bool {
		if rounds[i].date.String() != rounds[j].date.String() {
			return rounds[i].date.Before(rounds[j].date)
		}
		return strings.Join(rounds[i].parties, ",") < strings.Join(rounds[j].parties, ",")
	})
	assignIDs(rounds)
	return rounds
}

// latestHeldBefore returns, for an undated report of a held round (its
// date only the publication year), the latest held round among rounds that
// fits it and took place before the article: "the talks" told without a
// date are the channel's last round. nil when the report is not of a held
// round, gives the publication day (a meeting happening now), or no round
// fits.
func latestHeldBefore(rounds []*round, f *meetingFact, countryOf func(string) string) *round {
	if f.Status != meetings.StatusHeld || f.Date.Precision() != article.PrecisionYear || f.published.IsZero() {
		return nil
	}
	var best *round
	for _, r := range rounds {
		if r.status != meetings.StatusHeld || r.dateFromPub || !r.fits(f, countryOf) || !r.when().Before(f.published) {
			continue
		}
		if best == nil || best.when().Before(r.when()) {
			best = r
		}
	}
	return best
}

// precisionOf ranks a report: day > month > year > publication year.
func precisionOf(f *meetingFact) int {
	if f.DateFromPublication {
		return 0
	}
	return int(f.Date.Precision())
}

func (r *round) add(f *meetingFact, countryOf func(string) string) {
	r.facts = append(r.facts, f)
	src := f.article
	if len(r.facts) > 1 && r.status == meetings.StatusPlanned && f.Status == meetings.StatusHeld &&
		f.Venue != "" && r.venue != "" && !samePlace(f.Venue, r.venue, countryOf) {
		// planned in one place, held in another: the held place is the
		// round's, the planned one an alternative
		r.alternatives = appendUnique(r.alternatives, fmt.Sprintf("venue=%s (planned)", r.venue))
		r.venue, r.candidates = "", nil
	}
	// a plan that slipped: the day it was held is the round's
	heldAfterPlan := len(r.facts) > 1 && f.Status == meetings.StatusHeld && slippedPlan(r, f)
	if len(r.facts) == 1 {
		r.statusFrom = f.published
	} else if f.Status != r.status {
		// a planned round that another article reports held was held; a
		// later report that it was postponed or cancelled replaces "planned"
		r.alternatives = appendUnique(r.alternatives, fmt.Sprintf("status=%s (%s)", f.Status, src))
		switch {
		case r.status == meetings.StatusHeld:
		case f.Status == meetings.StatusHeld,
			f.Status != meetings.StatusPlanned && (r.status == meetings.StatusPlanned || r.statusFrom.Before(f.published)):
			r.status, r.statusFrom = f.Status, f.published
		}
	}
	if f.Ordinal != "" {
		r.ordinals = appendUnique(r.ordinals, f.Ordinal)
	}
	if f.MultiDay {
		r.multiDay = true
	}
	if b := f.Began(); !b.IsZero() && (r.spanStart.IsZero() || b.Before(r.spanStart)) {
		r.spanStart = b // "المفاوضات التي بدأت في …": the round's first day
	}
	if d := f.Day(); !d.IsZero() && (r.day.IsZero() || r.day.Before(d)) {
		r.day = d
	}
	if heldAfterPlan && (f.Date.Precision() >= r.date.Precision() || !f.Day().IsZero()) && !f.DateFromPublication && f.Date != r.date {
		// the plan slipped: the day it was held is the round's (or the
		// month of the days it was held on), the day it was planned for
		// an alternative
		r.alternatives = appendUnique(r.alternatives, fmt.Sprintf("date=%s (planned)", r.date))
		r.date, r.dateFromPub, r.day = f.Date, false, f.Day()
	} else if f.Date.Precision() > r.date.Precision() && !f.DateFromPublication {
		r.date, r.dateFromPub = f.Date, false
	} else if f.Date.Precision() == r.date.Precision() && f.Date != r.date && !f.DateFromPublication {
		r.alternatives = appendUnique(r.alternatives, fmt.Sprintf("date=%s (%s)", f.Date, src))
	}
	if r.multiDay && r.date.Precision() == article.PrecisionDay {
		if r.day.IsZero() || r.day.Before(r.date) {
			r.day = r.date
		}
		r.date = r.date.Truncate(article.PrecisionMonth)
	}
	if !r.spanStart.IsZero() {
		r.date = commonPeriod(r.spanStart, r.date)
	}
	switch {
	case f.Venue != "" && r.venue == "":
		r.venue, r.candidates = f.Venue, nil
	case f.Venue != "" && countryOf(r.venue) == f.Venue:
		// a city is more precise than its country: keep it
	case f.Venue != "" && countryOf(f.Venue) == r.venue:
		r.venue = f.Venue
	case f.Venue != "" && f.Venue != r.venue:
		r.alternatives = appendUnique(r.alternatives, fmt.Sprintf("venue=%s (%s)", f.Venue, src))
	case f.Venue == "" && r.venue == "" && len(r.candidates) == 0:
		r.candidates = append([]string(nil), f.VenueCandidates()...)
	}
	for _, m := range f.Mediators {
		r.mediators = appendUnique(r.mediators, m)
	}
	sort.Strings(r.mediators)
	if f.Format != meetings.FormatUnknown {
		if r.format == meetings.FormatUnknown {
			r.format = f.Format
		} else if r.format == meetings.FormatDirect && f.Format == meetings.FormatIndirect {
			r.alternatives = appendUnique(r.alternatives, fmt.Sprintf("format=%s", r.format))
			r.format = f.Format
		} else if f.Format != r.format {
			r.alternatives = appendUnique(r.alternatives, fmt.Sprintf("format=%s (%s)", f.Format, src))
		}
	}
	r.secret = r.secret || f.Secret
	for _, t := range f.Topics {
		r.topics = appendUnique(r.topics, t)
	}
	sort.Strings(r.topics)
	if r.after.IsZero() && !f.After().IsZero() {
		r.after = f.After()
	}
}

// when is the day a report gives its round: the day of a multi-day round,
// else its date.
func (f *meetingFact) when() article.Date {
	if d := f.Day(); !d.IsZero() {
		return d
	}
	return f.Date
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
