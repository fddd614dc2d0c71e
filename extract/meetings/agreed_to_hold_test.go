package meetings

import "testing"

// TestAgreedToHold: a round the sides agree, decide or consent to hold
// ("اتفق الطرفان على عقد جولة", "قررا إجراء", "تم الاتفاق على استئناف")
// is planned, not held; an agreement reached during a round says nothing
// of its status.
func TestAgreedToHold(t *testing.T) {
	const held = "عقدت إيران والولايات المتحدة يوم 12 أبريل جولة محادثات في مسقط. "
	tests := []struct {
		name, text string
		want       []string
	}{
		{"agreed on holding a new round",
			held + "واتفق الطرفان على عقد جولة جديدة في روما.",
			[]string{"talks iran+united-states 2025-04-12@muscat held/unknown med= part=",
				"talks iran+united-states 2025@rome planned/unknown med= part="}},
		{"decided to hold a new round",
			held + "وقرر الطرفان عقد جولة جديدة في روما.",
			[]string{"talks iran+united-states 2025-04-12@muscat held/unknown med= part=",
				"talks iran+united-states 2025@rome planned/unknown med= part="}},
		{"it was agreed to hold talks",
			held + "وتم الاتفاق على إجراء محادثات في روما.",
			[]string{"talks iran+united-states 2025-04-12@muscat held/unknown med= part=",
				"talks iran+united-states 2025@rome planned/unknown med= part="}},
		{"agreed on holding, the plan quoted",
			held + "وقال البيان إن الطرفين اتفقا على \"عقد جولة جديدة في روما\".",
			[]string{"talks iran+united-states 2025-04-12@muscat held/unknown med= part=",
				"talks iran+united-states 2025@rome planned/unknown med= part="}},
		{"agreed during the round: held",
			"اتفقت إيران والولايات المتحدة خلال جولة المحادثات في مسقط يوم 12 أبريل على مواصلة الحوار.",
			[]string{"talks iran+united-states 2025-04-12@muscat held/unknown med= part="}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectDescribed(t, tt.text, tt.want...)
		})
	}
}

// TestGoOnElsewhere: talks the sides agree to go on with at another place
// in a week that runs into the next month (a future date of the year only)
// are the channel's next round.
func TestGoOnElsewhere(t *testing.T) {
	runMeetingCases(t, testKnown(), "2025-04-27", []meetingCase{
		{"next week, across two months, elsewhere",
			"اختتمت في مسقط يوم 27 أبريل الجولة الثانية من المحادثات بين إيران والولايات المتحدة، واتفق الطرفان على مواصلة المحادثات الأسبوع المقبل في روما.",
			map[string]string{"27 أبريل": "2025-04-27", "الأسبوع المقبل": "+2025"},
			[]string{"talks iran+united-states 2025-04-27@muscat held/unknown med= part=",
				"talks iran+united-states 2025@rome planned/unknown med= part="}},
	})
}
