package meetings

import "testing"

// TestTriggerTableReadsWholeTables: the cues the trigger table reads while
// it is built (the people who signed an agreement, and the country of an
// official no list knows, read from the sentence around him) see the
// article's sentences whole. An official of unknown country among the
// first words of an article used to crash the scan.
func TestTriggerTableReadsWholeTables(t *testing.T) {
	d := map[string]string{"أمس": "2025-04-19"}
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"an official of unknown country opens the article",
			"الرئيس سالم الفلاني يتحدث عن الاتفاق.\n\nوأشاد الطرفان بالاتفاق الذي وقعه الرئيس سالم الفلاني ووزير الخارجية الإيراني عباس عراقجي.", nil,
			nil}, // one side of unknown country: no meeting, and no crash
		{"his country given by his title",
			"الرئيس القطري سالم الفلاني يصل إلى الدوحة.\n\nوأشاد الطرفان بالاتفاق الذي وقعه الرئيس سالم الفلاني ووزير الخارجية الإيراني عباس عراقجي في الدوحة أمس.", d,
			[]string{"talks iran+qatar 2025-04-19@doha held/unknown med= part=abbas-araghchi/iran,سالم-الفلاني/qatar"}},
	})
}
