package meetings

import "testing"

// TestSponsorVerbsAndArrangedBy: the subject of a verb of sponsoring with
// the talks as its object ("التي رعتها الصين", "التي ترعاها قطر") and the
// one who arranged them ("بترتيب من رئيس الوزراء القطري") mediate; "بترتيب
// مع" names a partner, not a mediator.
func TestSponsorVerbsAndArrangedBy(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"sponsored, past", "وعقدت في الدوحة يوم 12 أبريل المفاوضات التي رعتها الصين بين السعودية وإيران.",
			[]string{"talks iran+saudi-arabia 2025-04-12@doha held/unknown med=china part="}},
		{"sponsored, present", "واختتمت يوم 12 أبريل المحادثات بين السعودية وإيران التي ترعاها قطر في الدوحة.",
			[]string{"talks iran+saudi-arabia 2025-04-12@doha held/unknown med=qatar part="}},
		{"arranged by a head of government", "وجرت يوم 12 أبريل في الدوحة محادثات بين السعودية وإيران بترتيب من رئيس الوزراء القطري.",
			[]string{"talks iran+saudi-arabia 2025-04-12@doha held/unknown med=qatar part="}},
		{"arranged with a partner", "وجرت يوم 12 أبريل في الدوحة محادثات بين السعودية وإيران بترتيب مع الجانب القطري.",
			[]string{"talks iran+saudi-arabia 2025-04-12@doha held/unknown med= part="}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectDescribed(t, tt.text, tt.want...) })
	}
}
