package meetings

import "testing"

// TestMediatorCueKeepsTheSides: a mediation cue whose argument no list
// knows ("بتسهيل من السلطنة", "بوساطة من الجارة") does not take the side
// named just before it as the mediator, which would leave the talks with
// one side and drop them; a mediator named before the cue still mediates.
func TestMediatorCueKeepsTheSides(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"facilitated by the sultanate", "وجرت يوم 12 أبريل في مسقط محادثات بين السعودية وإيران بتسهيل من السلطنة.",
			[]string{"talks iran+saudi-arabia 2025-04-12@muscat held/unknown med= part="}},
		{"mediated by the neighbour", "وعقدت يوم 12 أبريل في الدوحة جولة مفاوضات بين السعودية وإيران بوساطة من الجارة.",
			[]string{"talks iran+saudi-arabia 2025-04-12@doha held/unknown med= part="}},
		{"a mediator before the cue", "وجرت يوم 12 أبريل في الدوحة محادثات بين السعودية وإيران تولت قطر الوساطة فيها.",
			[]string{"talks iran+saudi-arabia 2025-04-12@doha held/unknown med=qatar part="}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectDescribed(t, tt.text, tt.want...) })
	}
}
