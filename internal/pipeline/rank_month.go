package pipeline

import (
	"slices"

	"github.com/negograph/negograph/internal/article"
)

// sameRankMonth reports whether a report and a round, both over several
// days and dated to one month, name the same ordinal: "the sixth round
// began on 12 June" and "the sixth round, which ended on 20 June" are one
// round whose days the two reports count from either end.
func sameRankMonth(r *round, f *meetingFact) bool {
	return f.Ordinal != "" && slices.Contains(r.ordinals, f.Ordinal) &&
		f.Date.Precision() == article.PrecisionMonth && r.date.Precision() == article.PrecisionMonth && f.Date == r.date
}
