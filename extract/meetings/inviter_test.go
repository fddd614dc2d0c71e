package meetings

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
)

// TestInvitedToTalks: an invitation received or accepted ("تلقت دعوة
// رسمية من قطر للمشاركة في جولة … مع X") announces a planned round of the
// side invited and X; the country that invites (its adjective, or "من"
// after the invitation) is no side, in a headline as in the body; an
// international body, or its envoy, that convenes the talks by invitation
// mediates them.
func TestInvitedToTalks(t *testing.T) {
	known := append(testKnown(), entities.Known{ID: "org:united-nations", Label: "Organization", Name: "United Nations", NameAr: "الأمم المتحدة"})
	runMeetingCases(t, known, "2025-04-20", []meetingCase{
		{"an invitation received, from its host",
			"القاهرة - أعلنت إيران أنها تلقت دعوة رسمية من قطر للمشاركة في جولة ثانية من المحادثات مع الولايات المتحدة في الدوحة يوم 25 أبريل.",
			map[string]string{"يوم 25 أبريل": "2025-04-25"},
			[]string{"talks iran+united-states 2025-04-25@doha planned/unknown med= part="}},
		{"the host's adjective on the invitation",
			"وقبلت إيران دعوة قطرية للمشاركة في جولة محادثات مع الولايات المتحدة في الدوحة يوم 25 أبريل.",
			map[string]string{"يوم 25 أبريل": "2025-04-25"},
			[]string{"talks iran+united-states 2025-04-25@doha planned/unknown med= part="}},
		{"a headline with the host's adjective, then the body",
			"الحركة تعلن تلبية دعوة مصرية لجولة حوار ثانية مع إسرائيل\n\nرام الله - أعلنت حركة حماس، اليوم الأحد، أنها تلقت دعوة رسمية من مصر للمشاركة في جولة ثانية من الحوار مع إسرائيل، تستضيفها العاصمة المصرية منتصف أيار المقبل.",
			map[string]string{"اليوم الأحد": "2025-04-20", "منتصف أيار المقبل": "2025-05"},
			[]string{"talks israel+hamas 2025-05@cairo planned/unknown med= part="}},
		{"an international body's envoy convenes",
			"اختتمت أمس في مسقط جولة محادثات بين إيران والولايات المتحدة، بدعوة من المبعوث الشخصي للأمين العام للأمم المتحدة، الدبلوماسي النمساوي فالتر هوبر.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/unknown med=united-nations part=فالتر-هوبر/mediator"}},
		{"a country that invites only hosts",
			"اختتمت أمس في مسقط جولة محادثات بين إيران والولايات المتحدة، بدعوة من عمان.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/unknown med= part="}},
		{"the main clause after the invitation",
			"وبدعوة من الأمم المتحدة، اجتمع وزير الخارجية الإيراني فرهاد مرادي والمبعوث الأمريكي جون هيل أمس في مسقط.",
			map[string]string{"أمس": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/direct med=united-nations part=جون-هيل/united-states,فرهاد-مرادي/iran"}},
		{"who invites by a verb is no side",
			"ودعت قطر الحركة للمشاركة في جولة محادثات مع إسرائيل في الدوحة يوم 25 أبريل.",
			map[string]string{"يوم 25 أبريل": "2025-04-25"},
			nil},
	})
}
