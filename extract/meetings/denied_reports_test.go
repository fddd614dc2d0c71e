package meetings

import "testing"

// TestDeniedReports: a denial of the reports of a meeting ("نفى … أنباء
// تحدثت عن لقاء", "نفى ما تداولته وسائل إعلام عن لقاء مرتقب") denies the
// meeting, and so does a report said to be unconfirmed; a denial of
// something else leaves the meeting told after it.
func TestDeniedReports(t *testing.T) {
	d := map[string]string{"12 أبريل": "2025-04-12"}
	runMeetingCases(t, testKnown(), "2025-04-13", []meetingCase{
		{"reports of a secret meeting denied",
			"ونفى المتحدث باسم الخارجية الإيرانية أنباء تحدثت عن لقاء سري جمع عراقجي وويتكوف في مسقط يوم 12 أبريل.", d, nil},
		{"what the media reported of a meeting denied",
			"ونفى المتحدث باسم الخارجية الإيرانية ما تداولته وسائل إعلام عن لقاء مرتقب بين إيران والولايات المتحدة في مسقط يوم 12 أبريل.", d, nil},
		{"unconfirmed reports",
			"وتحدثت تقارير غير مؤكدة عن لقاء بين إيران والولايات المتحدة في مسقط يوم 12 أبريل.", d, nil},
		{"not confirmed",
			"ولم يؤكد المتحدث انعقاد لقاء بين إيران والولايات المتحدة في مسقط يوم 12 أبريل.", d, nil},
		{"a denial of something else",
			"ونفى المتحدث وجود خلافات داخل الوفد، وأكد أن جولة المحادثات بين إيران والولايات المتحدة عقدت في مسقط يوم 12 أبريل.", d,
			[]string{"talks iran+united-states 2025-04-12@muscat held/unknown med= part="}},
	})
}
