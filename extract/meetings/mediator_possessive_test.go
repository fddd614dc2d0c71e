package meetings

import "testing"

// TestPossessiveMediationCue: a noun of mediation or sponsorship with a
// possessive pronoun ("ووساطتها", "بوساطتها") names its mediator before it;
// a side of the talks is never that possessor.
func TestPossessiveMediationCue(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"praised for its mediation", "وأشادت إيران والسعودية بالصين ووساطتها في المباحثات التي عقدت في الدوحة يوم 12 أبريل.",
			[]string{"talks iran+saudi-arabia 2025-04-12@doha held/unknown med=china part="}},
		{"the host by its mediation", "وعقدت قطر بوساطتها يوم 12 أبريل في الدوحة مباحثات بين السعودية وإيران.",
			[]string{"talks iran+saudi-arabia 2025-04-12@doha held/unknown med=qatar part="}},
		{"a side is no possessor", "وعقدت في الدوحة يوم 12 أبريل مباحثات بين السعودية وإيران، وشكرت إيران على رعايتها للحوار.",
			[]string{"talks iran+saudi-arabia 2025-04-12@doha held/unknown med= part="}},
		{"the subject of a verb of taking part in the sponsoring",
			"وعقدت في الدوحة يوم 12 أبريل مباحثات بين السعودية وإيران، في لقاء يشارك في رعايته وزير الخارجية القطري.",
			[]string{"talks iran+saudi-arabia 2025-04-12@doha held/unknown med=qatar part="}},
		{"a place before the cue is no possessor",
			"وعقدت يوم 12 أبريل مباحثات بين السعودية وإيران على هامش قمة إقليمية في عمان، وسط إشادة برعايتها للحوار.",
			[]string{"talks iran+saudi-arabia 2025-04-12@oman held/unknown med= part="}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectDescribed(t, tt.text, tt.want...) })
	}
}
