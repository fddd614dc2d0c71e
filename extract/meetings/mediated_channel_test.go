package meetings

import "testing"

// TestMediatedChannel: the sides that mediators stand between are the
// sides of the round, when its sentence names them no other way.
func TestMediatedChannel(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"relative clause of a verb of mediating",
			"انطلقت في القاهرة يوم 12 أبريل جولة جديدة من المحادثات الرامية إلى وقف الحرب، بمشاركة وفد إسرائيلي رفيع ومسؤولين من الدول الثلاث التي تتوسط بين إسرائيل وحركة حماس.",
			"talks israel+hamas 2025-04-12@cairo held/unknown med= part="},
		{"efforts of mediation",
			"عقدت في الدوحة يوم 12 أبريل جولة مفاوضات جديدة بحضور وفد روسي، في إطار جهود الوساطة بين روسيا وأوكرانيا.",
			"talks russia+ukraine 2025-04-12@doha held/unknown med= part="},
		{"the mediators between",
			"بدأ وفد إسرائيلي يوم 12 أبريل محادثات في القاهرة مع الوسطاء بين إسرائيل وحماس.",
			"talks israel+hamas 2025-04-12@cairo held/unknown med= part="},
		{"a mediator named before the sides",
			"عقدت في الدوحة يوم 12 أبريل جولة مفاوضات بوساطة قطرية بين روسيا وأوكرانيا.",
			"talks russia+ukraine 2025-04-12@doha held/unknown med=qatar part="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectDescribed(t, tt.text, tt.want) })
	}
}
