package meetings

import (
	"testing"
)

// TestSigningAndGuarantors: a signing by two sides is a meeting of theirs,
// dated and placed by its clause ("وقع" that only means "occurred", or one
// signatory, is none; the groups a side names, "فصائل X", sign for it; a
// place that "witnessed" the signing hosts it; the passive "وُقّع" with
// its day and place before what was signed and "بين" its sides, a
// government "في COUNTRY" and groups counted among them); guarantors of a process mediate it without
// brokering it (no indirect format); the date a round was moved away from,
// or was first planned for, is not its date; the day it began, told in a
// relative clause, makes it a round over several days.
func TestSigningAndGuarantors(t *testing.T) {
	tests := []meetingCase{
		{"two states sign", "وقعت روسيا وأوكرانيا، يوم 19 أبريل، في إسطنبول اتفاقاً لتبادل الأسرى برعاية تركية.",
			map[string]string{"19 أبريل": "2025-04-19"},
			[]string{"talks russia+ukraine 2025-04-19@istanbul held/unknown med=turkey part="}},
		{"two armed sides sign, dated after", "ووقع الجيش السوداني وقوات الدعم السريع في جدة إعلان مبادئ بوساطة سعودية يوم 12 أبريل.",
			map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks rapid-support-forces+sudanese-armed-forces 2025-04-12@jeddah held/unknown med=saudi-arabia part="}},
		{"the verbal noun", "وجاء ذلك بعد توقيع مصر وإسرائيل في القاهرة مذكرة تفاهم يوم 12 أبريل.",
			map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks egypt+israel 2025-04-12@cairo held/unknown med= part="}},
		{"agreed in a place", "واتفق القادة العسكريون للجيش السوداني وقوات الدعم السريع، يوم 12 أبريل، في جدة على آلية لوقف إطلاق النار.",
			map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks rapid-support-forces+sudanese-armed-forces 2025-04-12@jeddah held/unknown med= part="}},
		{"agreed, no place", "واتفقت روسيا وأوكرانيا يوم 19 أبريل على تبادل الأسرى.",
			map[string]string{"19 أبريل": "2025-04-19"}, nil},
		{"the place after what is signed", "وجاء ذلك بعد توقيع مصر وإسرائيل اتفاق سلام في القاهرة يوم 12 أبريل.",
			map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks egypt+israel 2025-04-12@cairo held/unknown med= part="}},
		{"a document (وثيقة) signed", "وقعت روسيا وأوكرانيا في إسطنبول وثيقة تفاهم يوم 19 أبريل.",
			map[string]string{"19 أبريل": "2025-04-19"},
			[]string{"talks russia+ukraine 2025-04-19@istanbul held/unknown med= part="}},
		{"signed by delegations (وفد)", "وقع وفد روسيا ووفد أوكرانيا في إسطنبول اتفاقاً يوم 19 أبريل.",
			map[string]string{"19 أبريل": "2025-04-19"},
			[]string{"talks russia+ukraine 2025-04-19@istanbul held/unknown med= part="}},
		{"a number of factions, the sides named after في مقدمتها", "ووقعت أربعة عشر فصيلاً سودانياً، في مقدمتها الحكومة السودانية وقوات الدعم السريع، يوم 12 أبريل في جدة على إعلان مبادئ.",
			map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks sudan+rapid-support-forces 2025-04-12@jeddah held/unknown med= part="}},
		{"an agreement named before its signatories ('الاتفاق الذي وقعه X وY')", "وجاء اللقاء تنفيذاً للاتفاق الذي وقعه وزير الخارجية الإيراني عباس عراقجي والمبعوث الأمريكي ستيف ويتكوف في مسقط يوم 19 أبريل.",
			map[string]string{"19 أبريل": "2025-04-19"},
			[]string{"talks iran+united-states 2025-04-19@muscat held/unknown med= part=abbas-araghchi/iran,steve-witkoff/united-states"}},
		{"factions of a group (فصائل) sign", "ووقعت الحكومة السودانية وفصائل قوات الدعم السريع في جدة اتفاقاً يوم 12 أبريل.",
			map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks sudan+rapid-support-forces 2025-04-12@jeddah held/unknown med= part="}},
		{"a place witnesses the signing (شهدت)", "وشهدت جدة يوم 12 أبريل توقيع اتفاق بين الحكومة السودانية وقوات الدعم السريع.",
			map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks sudan+rapid-support-forces 2025-04-12@jeddah held/unknown med= part="}},
		{"the talks witnessed progress: no place", "وشهدت المحادثات بين روسيا وأوكرانيا يوم 19 أبريل تقدماً.",
			map[string]string{"19 أبريل": "2025-04-19"},
			[]string{"talks russia+ukraine 2025-04-19@ held/unknown med= part="}},
		{"the passive, its day and place first (وُقّع أمس في X اتفاق بين …)", "وُقّع يوم 12 أبريل في جدة اتفاق للسلام بين الحكومة الانتقالية في السودان وقوات الدعم السريع.",
			map[string]string{"يوم 12 أبريل": "2025-04-12"},
			[]string{"talks sudan+rapid-support-forces 2025-04-12@jeddah held/unknown med= part="}},
		{"the passive, the other side counted", "وُقّع يوم 12 أبريل في جدة اتفاق للسلام بين الحكومة السودانية وأكثر من عشرين من فصائل قوات الدعم السريع.",
			map[string]string{"يوم 12 أبريل": "2025-04-12"},
			[]string{"talks sudan+rapid-support-forces 2025-04-12@jeddah held/unknown med= part="}},
		{"titled signers, what they signed past the passive's window",
			"وقّع وزير الخارجية الإيراني ونظيره الأمريكي اتفاقاً في مسقط يوم 12 أبريل.",
			map[string]string{"يوم 12 أبريل": "2025-04-12"},
			[]string{"talks iran+united-states 2025-04-12@muscat held/unknown med= part="}},
		{"occurred, not signed", "وقع انفجار في إسطنبول يوم 19 أبريل قرب مكان توقيع الاتفاق.",
			map[string]string{"19 أبريل": "2025-04-19"}, nil},
		{"one signatory", "وقعت تركيا اتفاقاً للطاقة في إسطنبول يوم 19 أبريل.",
			map[string]string{"19 أبريل": "2025-04-19"}, nil},
		{"guarantors", "عقدت محادثات بين روسيا وأوكرانيا في إسطنبول يوم 12 أبريل بحضور الدول الضامنة تركيا وقطر.",
			map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks russia+ukraine 2025-04-12@istanbul held/unknown med=qatar+turkey part="}},
		{"moved from a date", "افتتحت، يوم 19 أبريل، في إسطنبول الجولة الثانية من المحادثات بين روسيا وأوكرانيا، بعد تأجيلها من 12 أبريل لأسباب لوجستية.",
			map[string]string{"19 أبريل": "2025-04-19", "12 أبريل": "2025-04-12"},
			[]string{"talks russia+ukraine 2025-04-19@istanbul held/unknown med= part="}},
		{"began on, in a relative clause", "اختتمت يوم 19 أبريل في إسطنبول الجولة الأولى من المحادثات بين روسيا وأوكرانيا، بعد أسبوع من المفاوضات التي بدأت في 12 أبريل.",
			map[string]string{"19 أبريل": "2025-04-19", "12 أبريل": "2025-04-12"},
			[]string{"talks russia+ukraine 2025-04@istanbul held/unknown med= part="}},
		{"began in the month before", "اختتمت يوم 19 أبريل في إسطنبول الجولة الأولى من المحادثات بين روسيا وأوكرانيا، بعد ثلاثة أسابيع من المفاوضات التي بدأت في 28 مارس.",
			map[string]string{"19 أبريل": "2025-04-19", "28 مارس": "2025-03-28"},
			[]string{"talks russia+ukraine 2025@istanbul held/unknown med= part="}},
		{"a week after clashes is no week of talks", "وعقدت في إسطنبول يوم 19 أبريل محادثات بين روسيا وأوكرانيا، بعد أسبوع من المعارك العنيفة.",
			map[string]string{"19 أبريل": "2025-04-19"},
			[]string{"talks russia+ukraine 2025-04-19@istanbul held/unknown med= part="}},
		{"two days of sessions", "واختتمت في إسطنبول يوم 19 أبريل محادثات بين روسيا وأوكرانيا بعد يومين من الجلسات المغلقة.",
			map[string]string{"19 أبريل": "2025-04-19"},
			[]string{"talks russia+ukraine 2025-04@istanbul held/unknown med= part="}},
		{"originally planned for a date", "وعقدت في إسطنبول يوم 19 أبريل محادثات بين روسيا وأوكرانيا كانت مقررة أصلاً في 12 أبريل.",
			map[string]string{"19 أبريل": "2025-04-19", "12 أبريل": "2025-04-12"},
			[]string{"talks russia+ukraine 2025-04-19@istanbul held/unknown med= part="}},
	}
	runMeetingCases(t, testKnown(), "2025-04-20", tests)
}
