package dates

import "testing"

// TestPresentHostVerbLooksAhead: a bare weekday after a present verb of
// hosting, holding or meeting (the style of headlines) is the coming day;
// after a past verb it stays the last one.
func TestPresentHostVerbLooksAhead(t *testing.T) {
	runCases(t, []tagCase{
		{"a capital embraces the round", "2025-04-10", "مسقط تحتضن السبت جولة محادثات جديدة",
			[]want{{"السبت", "2025-04-12", "rel fut"}}},
		{"the delegations meet", "2025-04-10", "الوفدان يلتقيان الأحد في جنيف",
			[]want{{"الأحد", "2025-04-13", "rel fut"}}},
		{"the city witnesses a round", "2025-04-10", "تشهد الدوحة الاثنين جولة ثانية",
			[]want{{"الاثنين", "2025-04-14", "rel fut"}}},
		{"the sides hold a round", "2025-04-10", "القاهرة وأديس أبابا تعقدان الثلاثاء اجتماعا",
			[]want{{"الثلاثاء", "2025-04-15", "rel fut"}}},
		{"a past verb keeps the last day", "2025-04-10", "احتضنت مسقط السبت جولة محادثات",
			[]want{{"السبت", "2025-04-05", "rel"}}},
	})
}
