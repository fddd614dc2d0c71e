package meetings

import (
	"testing"
)

// TestHeldAfterSetback: a round held "after its postponement" is held; a
// postponement told of the round itself still postpones it.
func TestHeldAfterSetback(t *testing.T) {
	tests := []meetingCase{
		{"held after being postponed once",
			"وعقدت إيران والولايات المتحدة جولة رابعة في مسقط يوم 11 أبريل بعد تأجيلها مرة واحدة.",
			map[string]string{"يوم 11 أبريل": "2025-04-11"},
			[]string{"talks iran+united-states 2025-04-11@muscat held/unknown med= part="}},
		{"held after a week's delay",
			"واجتمع وفدا روسيا وأوكرانيا في إسطنبول يوم 16 أبريل عقب تأجيله أسبوعاً بطلب من كييف.",
			map[string]string{"يوم 16 أبريل": "2025-04-16"},
			[]string{"talks russia+ukraine 2025-04-16@istanbul held/direct med= part="}},
		{"talks held on a day, once delayed",
			"وجرت المحادثات بين إسرائيل وحركة حماس في القاهرة يوم 14 أبريل إثر تأجيلها لأسباب فنية.",
			map[string]string{"يوم 14 أبريل": "2025-04-14"},
			[]string{"talks israel+hamas 2025-04-14@cairo held/unknown med= part="}},
		{"the round itself postponed",
			"أعلنت الدوحة تأجيل المحادثات بين إسرائيل وحركة حماس التي كانت مقررة يوم 22 أبريل.",
			map[string]string{"يوم 22 أبريل": "+2025-04-22"},
			[]string{"talks israel+hamas 2025-04-22@ postponed/unknown med= part="}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}
