package meetings

import "testing"

// TestMannerSentence: a sentence with no trigger that says how the
// sessions went ("وجرت الجلسات وجهاً لوجه") gives its format to the round
// told just before it, whose own sentence said nothing of it; a round that
// says its own format keeps it, and the sentence says nothing of a round
// told further back or after it. "مباشرة" of time ("مباشرة بعد") is no
// manner; "غير مباشرة" before "، قبل أن" is.
func TestMannerSentence(t *testing.T) {
	tests := []meetingCase{
		{"face to face, brokered",
			"اختتمت إيران والولايات المتحدة أمس في روما جولة من المحادثات بوساطة عمانية. وجرت الجلسات وجهاً لوجه في مقر السفارة.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/direct med=oman part="}},
		{"not face to face",
			"اختتمت إيران والولايات المتحدة أمس في روما جولة من المحادثات. ولم تجر المناقشات وجهاً لوجه.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/indirect med= part="}},
		{"indirectly",
			"اختتمت إيران والولايات المتحدة أمس في روما جولة من المحادثات بوساطة عمانية. ودارت المباحثات بصورة غير مباشرة.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/indirect med=oman part="}},
		{"the round says its own",
			"اختتمت إيران والولايات المتحدة أمس في روما جولة من المحادثات غير المباشرة. وجرت الجلسات وجهاً لوجه في يومها الأخير.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/indirect med= part="}},
		{"immediately is no manner",
			"اختتمت إيران والولايات المتحدة أمس في روما جولة من المحادثات بوساطة عمانية. وغادر الوفد مباشرة بعد المحادثات.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/unknown med=oman part="}},
		{"indirect, then a time",
			"عقدت إيران والولايات المتحدة أمس في روما جولة من المحادثات بوساطة عمانية وفي صيغة غير مباشرة، قبل أن يغادر الوفدان.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@rome held/indirect med=oman part="}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}
