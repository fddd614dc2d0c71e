package meetings

import "testing"

// TestCountedRounds: a number of rounds or meetings is no meeting of its
// own, unless the sentence goes on to single one out; days of one round
// are still that round.
func TestCountedRounds(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-06-10", []meetingCase{
		{"more than fifteen meetings",
			"وعقدت إيران والولايات المتحدة أكثر من خمسة عشر اجتماعاً في مسقط منذ مطلع العام دون اتفاق.",
			nil, nil},
		{"three rounds of talks",
			"وأجرت إيران والولايات المتحدة ثلاث جولات من المحادثات في مسقط هذا العام.",
			nil, nil},
		{"a numeral",
			"وعقدت إيران والولايات المتحدة 12 اجتماعاً في مسقط خلال العام الماضي.",
			nil, nil},
		{"tens of meetings",
			"وقال المسؤول إن إيران والولايات المتحدة عقدتا عشرات اللقاءات في مسقط.",
			nil, nil},
		{"a series of meetings",
			"وعقدت إيران والولايات المتحدة سلسلة من الاجتماعات في مسقط الشهر الماضي.",
			nil, nil},
		{"a year before a singular meeting noun is no count",
			"وعقدت إيران والولايات المتحدة في 2024 لقاءً في مسقط.",
			map[string]string{"في 2024": "2024"},
			[]string{"talks iran+united-states 2024@muscat held/unknown med= part="}},
		{"a month and year before it",
			"وشهدت مسقط في مارس 2024 لقاءً بين إيران والولايات المتحدة.",
			map[string]string{"مارس 2024": "2024-03"},
			[]string{"talks iran+united-states 2024-03@muscat held/unknown med= part="}},
		{"the last of them singled out",
			"وعقدت إيران والولايات المتحدة ثلاث جولات في مسقط، كانت آخرها في آذار الماضي.",
			map[string]string{"آذار الماضي": "2025-03"},
			[]string{"talks iran+united-states 2025-03@muscat held/unknown med= part="}},
		{"the rounds listed after a colon",
			"وعقدت إيران والولايات المتحدة ثلاث جولات متتالية: الأولى في مسقط يوم 12 نيسان.",
			map[string]string{"12 نيسان": "2025-04-12"},
			[]string{"talks iran+united-states 2025-04-12@muscat held/unknown med= part="}},
		{"days of one round",
			"وعقدت إيران والولايات المتحدة ثلاثة أيام من المحادثات في مسقط الأسبوع الماضي.",
			map[string]string{"الأسبوع الماضي": "2025-06"},
			[]string{"talks iran+united-states 2025-06@muscat held/unknown med= part="}},
	})
}
