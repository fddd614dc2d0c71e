package meetings

import "testing"

// TestChairMediates: the official of a third country who opens, chairs or
// runs the session of two sides mediates it, with his country; a side's own
// official chairing, or heading a delegation, does not.
func TestChairMediates(t *testing.T) {
	const ru = "عقدت في إسطنبول يوم 12 أبريل جولة مفاوضات مباشرة بين روسيا وأوكرانيا. "
	const ir = "عقدت في مسقط يوم 12 أبريل جولة مفاوضات بين الولايات المتحدة وإيران. "
	tests := []struct{ name, text, want string }{
		{"opened it, the object a pronoun",
			ru + "واستمر الاجتماع قرابة ساعتين، وافتتحه وزير الخارجية التركي هاكان فيدان بكلمة دعا فيها الجانبين إلى اغتنام الفرصة.",
			"talks russia+ukraine 2025-04-12@istanbul held/direct med=turkey part=هاكان-فيدان/mediator"},
		{"ran the session, in a sentence of its own",
			ru + "وأدار وزير الخارجية التركي هاكان فيدان الجلسة التي جلس فيها الوفدان إلى طاولة واحدة.",
			"talks russia+ukraine 2025-04-12@istanbul held/direct med=turkey part=هاكان-فيدان/mediator"},
		{"a known minister chaired the opening session",
			ir + "وترأس بدر البوسعيدي الجلسة الافتتاحية للمحادثات.",
			"talks iran+united-states 2025-04-12@muscat held/unknown med=oman part=badr-albusaidi/mediator"},
		{"heading a delegation is no chair",
			ru + "وترأس الوفد الروسي فلاديمير سيلين.",
			"talks russia+ukraine 2025-04-12@istanbul held/direct med= part=فلاديمير-سيلين/russia"},
		{"a side's own minister opens the session",
			ru + "وافتتح وزير الخارجية الروسي سيرغي لافروف الجلسة.",
			"talks russia+ukraine 2025-04-12@istanbul held/direct med= part=سيرغي-لافروف/russia"},
		{"the administration is no verb of running",
			ru + "وقال المتحدث إن إدارة بايدن تتابع الجلسة عن كثب.",
			"talks russia+ukraine 2025-04-12@istanbul held/direct med= part="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectDescribed(t, tt.text, tt.want) })
	}
}
