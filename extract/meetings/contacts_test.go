package meetings

import "testing"

// TestGenericContacts: the definite plural "الاتصالات" said of the sides'
// relations is neither a call nor a round, so it neither makes a meeting
// nor turns a reported round into a phone call; nor do a portfolio ("وزير
// الاتصال") or a contact word that characterises the round ("في أول اتصال
// بين الطرفين منذ …"); a call ("أجرى اتصالات", "الاتصالات الهاتفية") still
// is one.
func TestGenericContacts(t *testing.T) {
	const round = "وعقدت جولة من المحادثات بين السعودية وإيران في الدوحة يوم 12 أبريل"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"contacts halted after the round", round + "، وتوقفت بعدها الاتصالات العلنية نحو عام.",
			[]string{"talks iran+saudi-arabia 2025-04-12@doha held/unknown med= part="}},
		{"contacts not limited to one place", round + ". ولم تقتصر الاتصالات بين البلدين على العاصمة القطرية.",
			[]string{"talks iran+saudi-arabia 2025-04-12@doha held/unknown med= part="}},
		{"contacts continue", "وقال المتحدث يوم 12 أبريل إن الاتصالات بين إيران والسعودية مستمرة.", nil},
		{"calls made", "وأجرى وزير الخارجية الإيراني عباس عراقجي اتصالات مع نظيره السعودي يوم 12 أبريل.",
			[]string{"contact iran+saudi-arabia 2025-04-12@ held/phone med= part=abbas-araghchi/iran"}},
		{"phone contacts", "واستمرت الاتصالات الهاتفية بين إيران والسعودية يوم 12 أبريل.",
			[]string{"contact iran+saudi-arabia 2025-04-12@ held/phone med= part="}},
		{"minister of communication", round + ". وقال وزير الاتصال الإيراني إن بلاده ستلتزم بما اتفق عليه.",
			[]string{"talks iran+saudi-arabia 2025-04-12@doha held/unknown med= part="}},
		{"ministry of communications", round + "، فيما أعلنت وزارة الاتصالات القطرية تعطيل الدوام.",
			[]string{"talks iran+saudi-arabia 2025-04-12@doha held/unknown med= part="}},
		{"the first contact since", "وانطلقت في الدوحة يوم 12 أبريل محادثات بين السعودية وإيران، في أول اتصال بين الطرفين منذ سنوات.",
			[]string{"talks iran+saudi-arabia 2025-04-12@doha held/unknown med= part="}},
		{"the last contact", "وجرى في الدوحة يوم 12 أبريل لقاء بين السعودية وإيران، وهو آخر اتصال بينهما قبل الانتخابات.",
			[]string{"talks iran+saudi-arabia 2025-04-12@doha held/unknown med= part="}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectDescribed(t, tt.text, tt.want...) })
	}
}
