package meetings

import "testing"

// TestSpeculationNouns: a source's expectation told as a noun with its
// pronoun ("ترجيحه أن تستأنف", "توقعها أن") plans the talks it speaks of;
// it never reports them held.
func TestSpeculationNouns(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-05-02", []meetingCase{
		{"a source's expectation as a noun with a pronoun",
			"ونقلت وكالة محلية عن مصدر مطلع ترجيحه أن تستأنف المحادثات بين إيران والولايات المتحدة في مسقط خلال أسبوعين.", nil,
			[]string{"talks iran+united-states 2025@muscat planned/unknown med= part="}},
		{"a ministry's expectation",
			"وأعلنت الخارجية القطرية توقعها أن تعقد محادثات بين إيران والولايات المتحدة في الدوحة قريبا.", nil,
			[]string{"talks iran+united-states 2025@doha planned/unknown med= part="}},
	})
}
