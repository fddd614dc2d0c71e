package meetings

import "testing"

// TestDelegationVisit: a delegation of one side, described by its kind
// ("وفد فني سعودي", "وفد أمني مصري") and with no traveller named, arriving
// in the other side's capital for a purpose its sentence states is a
// meeting of the two sides there, even when another trip word stands
// between ("في أول زيارة … وذلك لبحث").
func TestDelegationVisit(t *testing.T) {
	dates := map[string]string{"12 أبريل": "2025-04-12"}
	tests := []meetingCase{
		{name: "a technical delegation, the purpose after another trip word",
			text: "وصل وفد فني سعودي إلى طهران يوم 12 أبريل، في أول زيارة رسمية من نوعها منذ سنوات، وذلك لبحث الترتيبات اللوجستية.", dates: dates,
			want: []string{"visit iran+saudi-arabia 2025-04-12@tehran held/direct med= part="}},
		{name: "a security delegation, بهدف",
			text: "ووصل وفد أمني مصري يوم 12 أبريل إلى الدوحة، في زيارة تستغرق يومين، بهدف مناقشة ملف التهدئة.", dates: dates,
			want: []string{"visit egypt+qatar 2025-04-12@doha held/direct med= part="}},
		{name: "a plain delegation, لمناقشة",
			text: "ووصل وفد إيراني إلى مسقط يوم 12 أبريل، في زيارة رسمية، لمناقشة التعاون الاقتصادي.", dates: dates,
			want: []string{"visit iran+oman 2025-04-12@muscat held/direct med= part="}},
	}
	runMeetingCases(t, receptionKnown(), "2025-04-20", tests)
}
