package meetings

import "testing"

// TestStatusAfterARelativeClause: the predicate of a meeting noun set off
// by a relative clause ("الاجتماع …، الذي كان مقرراً في …، أُرجئ") gives
// its status; the relative clause's own plan ("كان مقرراً") is the plan it
// left, and a relative clause alone says nothing of the status.
func TestStatusAfterARelativeClause(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"postponed after the relative clause of its plan",
			"أعلنت الخارجية العمانية أن الاجتماع بين الولايات المتحدة وإيران، الذي كان مقرراً في مسقط يوم 12 أبريل، تأجل إلى موعد لاحق.",
			[]string{"talks iran+united-states 2025-04-12@muscat postponed/unknown med= part="}},
		{"postponed (masculine passive) after the relative clause of its plan",
			"أعلنت الخارجية العمانية أن الاجتماع بين الولايات المتحدة وإيران، الذي كان مقرراً في مسقط يوم 12 أبريل، أُرجئ ونُقل إلى مكان آخر.",
			[]string{"talks iran+united-states 2025-04-12@muscat postponed/unknown med= part="}},
		{"cancelled after a relative clause",
			"قالت الخارجية العمانية إن الاجتماع بين الولايات المتحدة وإيران، الذي كان مقرراً في مسقط يوم 12 أبريل، أُلغي.",
			[]string{"talks iran+united-states 2025-04-12@muscat cancelled/unknown med= part="}},
		{"held, told in the relative clause",
			"قالت الخارجية العمانية إن الاجتماع بين الولايات المتحدة وإيران، الذي عُقد في مسقط يوم 12 أبريل، انتهى دون اتفاق.",
			[]string{"talks iran+united-states 2025-04-12@muscat held/unknown med= part="}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectDescribed(t, tt.text, tt.want...)
		})
	}
}
