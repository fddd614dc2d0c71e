package meetings

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
)

// TestQuotedSideInAList: a side named in quotes after the conjunction
// ("الحكومة الإثيوبية «والجبهة …»", the conjunction moved inside the
// quote by arabic.ConjunctionIntoQuotes) is still the second side: the
// quote is no clause break.
func TestQuotedSideInAList(t *testing.T) {
	known := append(testKnown(),
		entities.Known{ID: "country:ethiopia", Label: "Country", Name: "Ethiopia", NameAr: "إثيوبيا", Adjectives: []string{"إثيوبي", "إثيوبية"}},
		entities.Known{ID: "org:highland-front", Label: "Organization", Name: "Highland Front", NameAr: "الجبهة الشعبية لتحرير المرتفعات", Country: "country:ethiopia"})
	runMeetingCases(t, known, "2025-04-20", []meetingCase{
		{"signed, the second side quoted",
			"وقعت الحكومة الإثيوبية «والجبهة الشعبية لتحرير المرتفعات»، مساء أمس، في جدة، اتفاقاً لوقف الأعمال العدائية.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks ethiopia+highland-front 2025-04-19@jeddah held/unknown med= part="}},
	})
}

// TestSubjectsBeforeAsidesOfTimeAndPlace: "عقدت X وY، أمس، في مسقط،
// جولة" — the day and the place set off by commas between the sides and
// the meeting noun do not hide the sides.
func TestSubjectsBeforeAsidesOfTimeAndPlace(t *testing.T) {
	d := map[string]string{"أمس": "2025-04-19"}
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"a day, then a place", "عقدت إيران والولايات المتحدة، أمس، في مسقط، جولة محادثات.", d,
			[]string{"talks iran+united-states 2025-04-19@muscat held/unknown med= part="}},
		{"a place alone", "عقدت إيران والولايات المتحدة، في مسقط، جولة محادثات أمس.", d,
			[]string{"talks iran+united-states 2025-04-19@muscat held/unknown med= part="}},
	})
}

// TestSignVerbIsNoExpectation: "التي لم توقّع على الاتفاق" about a side
// signs (or not); it expects nothing, and the round stays held.
func TestSignVerbIsNoExpectation(t *testing.T) {
	d := map[string]string{"أمس": "2025-04-19"}
	runMeetingCases(t, testKnown(), "2025-04-20", []meetingCase{
		{"a side that did not sign", "أطلق الوسيط، أمس، في الدوحة محادثات بين الحكومة السودانية وقوات الدعم السريع التي لم توقّع على اتفاق جدة.", d,
			[]string{"talks sudan+rapid-support-forces 2025-04-19@doha held/unknown med= part="}},
	})
}
