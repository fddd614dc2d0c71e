package meetings

import "testing"

// TestHostSubjectBeforeQad: the city that "had hosted" a meeting is its
// venue when قد stands between it and the verb ("كانت الدوحة قد
// احتضنته").
func TestHostSubjectBeforeQad(t *testing.T) {
	const want = "talks iran+united-states 2025-04-12@doha held/unknown med= part="
	tests := []struct{ name, text string }{
		{"relative clause after a comma",
			"وتأتي الجولة بعد أسابيع من آخر اجتماع بين إيران والولايات المتحدة، والذي كانت الدوحة قد احتضنته يوم 12 أبريل."},
		{"feminine verb and pronoun",
			"وجاء ذلك بعد جولة محادثات بين إيران والولايات المتحدة، التي كانت الدوحة قد استضافتها يوم 12 أبريل."},
		{"a pluperfect sentence",
			"وكانت الدوحة قد احتضنت يوم 12 أبريل محادثات بين إيران والولايات المتحدة."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectDescribed(t, tt.text, want) })
	}
}
