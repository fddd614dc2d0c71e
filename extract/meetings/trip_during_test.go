package meetings

import "testing"

// TestTalksDuringTrip: talks told as held during the trip before them
// ("أجرى خلالها محادثات", "عقد خلالها لقاءات", "أجرى أثناءها") are that
// trip's meeting: its destination is their venue and they are face to
// face; a statement after a trip is not.
func TestTalksDuringTrip(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a visit recalled, talks during it", "وتأتي الخطوة بعد زيارة قام بها وفد مصري إلى الدوحة يوم 12 أبريل، أجرى خلالها محادثات مع قادة حركة حماس.",
			[]string{"talks egypt+hamas 2025-04-12@doha held/direct med= part="}},
		{"a visit, talks during it", "وزار وفد مصري الدوحة يوم 12 أبريل، وأجرى أثناءها محادثات مع قيادة حركة حماس.",
			[]string{"talks egypt+hamas 2025-04-12@doha held/direct med= part="}},
		{"meetings held during the visit", "وكان وفد مصري قد وصل إلى الدوحة يوم 12 أبريل في زيارة عقد خلالها لقاءات مع قادة حماس.",
			[]string{"talks egypt+hamas 2025-04-12@ held/direct med= part="}},
		{"a statement after a visit", "وزار وفد مصري الدوحة يوم 12 أبريل، وقالت حماس في بيان إن المحادثات مع القاهرة مستمرة.",
			[]string{"talks egypt+qatar 2025-04-12@ held/unknown med= part="}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectDescribed(t, tt.text, tt.want...) })
	}
}

// TestArrivalOnTheEve: a side's envoy who arrived at the round's place the
// evening before it ("وكان X قد وصل إلى مسقط مساء الجمعة") takes part in
// the round; the arrival is no meeting of its own.
func TestArrivalOnTheEve(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"arrived the day before",
			"عقد المبعوث الأمريكي ستيف ويتكوف ووزير الخارجية الإيراني عباس عراقجي أمس السبت في مسقط جولة جديدة من المحادثات. وكان ويتكوف قد وصل إلى مسقط مساء الجمعة.",
			map[string]string{"أمس السبت": "2025-04-19", "مساء الجمعة": "2025-04-18"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/unknown med= part=abbas-araghchi/iran,steve-witkoff/united-states"}},
	})
}
