package meetings

// The lexicon of meeting extraction, in arabic.Normalize form and without
// the article ال (the extractor strips it). Functions return fresh values so
// that the package holds no mutable state.

type trigKind int

const (
	trigTalks trigKind = iota + 1
	trigContact
	trigMeetVerb
	trigTravel
	trigAgreement
)

func (k trigKind) kindName() string {
	switch k {
	case trigContact:
		return "contact"
	case trigTravel:
		return "visit"
	case trigAgreement:
		return "agreement"
	}
	return "talks"
}

func triggers() map[string]trigKind {
	m := map[string]trigKind{}
	for _, w := range []string{"محادثات", "مفاوضات", "مباحثات", "اجتماع", "اجتماعات", "لقاء", "لقاءات",
		"جوله", "جولات", "مشاورات", "قمه", "محادثه", "مفاوضه"} {
		m[w] = trigTalks
	}
	for _, w := range []string{"اتصالات", "اتصال", "اتصالا", "مكالمه", "مكالمات", "مكالمتين"} {
		m[w] = trigContact
	}
	for _, w := range []string{"اجتمع", "اجتمعا", "اجتمعت", "اجتمعوا", "التقي", "التقت", "التقيا", "التقوا",
		"يلتقي", "تلتقي", "سيلتقي", "ستلتقي", "سيجتمع", "ستجتمع", "سيلتقيان", "يجتمع", "تجتمع", "للتباحث", "تباحث", "تباحثا", "يلتقيان", "يجتمعان"} {
		m[w] = trigMeetVerb
	}
	for _, w := range []string{"سافر", "زار", "زارت", "زياره", "رحله", "وصل", "وصلا", "وصلت", "وصلوا",
		"توجه", "يزور", "تزور", "جوله_"} {
		m[w] = trigTravel
	}
	return m
}

func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

type lexicon struct {
	trig         map[string]trigKind
	planned      map[string]bool
	postponed    map[string]bool
	cancelled    map[string]bool
	generic      map[string]bool // before a trigger: talk about talks, not a round
	genericAfter map[string]bool // after a trigger
	secret       map[string]bool
	direct       map[string]bool
	phone        map[string]bool
	shuttle      map[string]bool
	mediation    map[string]bool // mediation cue words
	mediateVerb  map[string]bool // verbs whose subject is the mediator
	mediatorNoun map[string]bool // nouns naming mediators: وسطاء عمانيين
	messages     map[string]bool
	carry        map[string]bool
	subjectNoun  map[string]bool
	modifiers    map[string]bool
	anaphor      map[string]bool // الجانبين, الطرفين …
	demonst      map[string]bool
	other        map[string]bool
	first        map[string]bool
	since        map[string]bool
	when         map[string]bool
	negation     map[string]bool
	eventNoun    map[string]bool
	partCue      map[string]bool
	possessor    map[string]bool // role nouns after which الرئيس X is a modifier
	was          map[string]bool // pluperfect auxiliaries
	preps        map[string]bool
	listStop     map[string]bool
	placeNoun    map[string]bool
	ordinals     map[string]bool
	series       map[string]bool
	timeWord     map[string]bool
	title        map[string]bool // role nouns opening an apposition
	titleTail    map[string]bool // words continuing a title: الخارجية, الخاص
	conduct      map[string]bool // verbs of conducting talks
	sources      map[string]bool // nouns of reporting sources
	concluded    map[string]bool // words saying an agreement was reached
	between      map[string]bool
	with         map[string]bool
	to           map[string]bool
	in           map[string]bool
	or           map[string]bool
	topics       map[string]string
}

func newLexicon() lexicon {
	return lexicon{
		trig:      triggers(),
		planned:   wordSet("موعد", "موعدا", "المنتظر", "منتظر", "ينتظر", "المنتظره", "توقع", "توقعت", "مقبله", "مرتقبه", "مرتقب", "المرتقبه", "المرتقب", "مقرر", "المقرر", "مقرره", "المزمع", "مزمع", "ستعقد", "سيعقد", "ستجري", "سيجري", "يتوقع", "المتوقع", "متوقع", "متوقعه", "ترجيحات", "رجحت", "رجح", "ترجح", "يرجح", "قريبا", "مستقبليه", "مرتقبا", "المقبله", "المقبل", "القادمه", "القادم", "تعتزم", "يعتزم", "ستستضيف", "تستضيف_"),
		postponed: wordSet("تاجيل", "تاجيلها", "تاجيله", "تاجلت", "تاجل", "اجلت", "ارجاء", "ارجئت", "ارجات", "تاجيلهما", "مؤجله", "ارجي"),
		cancelled: wordSet("الغاء", "الغيت", "الغي", "الغاؤها", "الغائها", "ملغاه"),
		generic: wordSet("استئناف", "لاستئناف", "باستئناف", "احياء", "لاحياء", "باحياء", "العوده", "طاوله", "سبل",
			"مستقبل", "اطار", "مسار", "قنوات", "قناه", "خطوط", "تطورات", "مستجدات", "مجريات", "فحوي", "صعيد", "ملف", "جمود", "تعثر", "فشل", "انهيار", "توقف", "توقفت", "تعثرت", "انهارت", "تجمدت", "علقت", "تعليق", "انسداد", "جدوي", "كاساس", "اساس", "نتائج", "حصيله"),
		genericAfter: wordSet("خليجيه", "اقليميه", "اوروبيه", "اسيويه", "افريقيه", "عربيه", "انتخابيه", "مستقبليه", "محتمله", "محتمل", "المحتمله", "المحتمل", "مقبله_"),
		secret:       wordSet("سري", "سريه", "سرا", "السريه", "السري", "سرية", "بسريه", "سريا", "معلنه_"),
		direct:       wordSet("مباشره", "المباشره", "مباشر", "المباشر", "مباشرا", "وجها"),
		phone:        wordSet("هاتفي", "هاتفيا", "هاتفيه", "الهاتفي", "الهاتفيه", "هاتفيين"),
		shuttle:      wordSet("مكوكيه", "المكوكيه", "مكوكي"),
		mediation:    wordSet("وساطه", "الوساطه", "رعايه", "للتوسط", "الوسيط", "وسيط", "وسطاء", "الوسطاء", "برعايه", "بوساطه"),
		mediateVerb:  wordSet("يتوسط", "تتوسط", "توسط", "توسطت", "توسطا", "يتوسطون"),
		mediatorNoun: wordSet("وسطاء", "الوسطاء", "وسيط", "الوسيط", "الوسيطه"),
		messages:     wordSet("الرسائل", "رسائل", "رساله", "الرساله"),
		carry:        wordSet("نقل", "بنقل", "ينقل", "تنقل", "نقلوا", "لنقل", "نقلت", "ونقل", "نقلا", "تبادل", "حمل", "يحمل", "حملت"),
		subjectNoun:  wordSet("الوفدان", "الوفدين", "وفدان", "وفدين", "الجانبان", "مسؤولين", "مسؤولون", "مسؤولو", "مسؤولي", "وفد", "وفدا", "وفود", "ممثلين", "ممثلي", "ممثلو", "دبلوماسيين", "دبلوماسيون", "مفاوضين", "مفاوضون", "مفاوضو", "المسؤولين", "المسؤولون", "الوفد", "الوفود"),
		modifiers:    wordSet("غير", "مباشره", "المباشره", "مباشر", "سريه", "السريه", "سري", "نوويه", "النوويه", "رسميه", "الرسميه", "جديده", "الجديده", "مماثله", "ثنائيه", "رفيعه", "المستوي", "معلنه", "فنيه", "الفنيه", "موسعه", "مكثفه", "اوليه", "سلسله", "من", "هاتفيه", "هاتفي", "هاتفيا", "مطوله", "منفصله", "ثلاثيه"),
		anaphor:      wordSet("الجانبين", "الطرفين", "الخصمين", "بينهما", "البلدين", "الجانبان", "الطرفان", "الخصمان", "البلدان", "بينها"),
		demonst:      wordSet("هذه", "هذا", "تلك", "ذلك", "هاته", "تلكم"),
		other:        wordSet("اخري", "جديده", "مقبله", "قادمه", "المقبله", "القادمه", "لاحقه", "تاليه", "التاليه"),
		first:        wordSet("الاولي", "اول", "الاول", "الاولى"),
		since:        wordSet("منذ"),
		when:         wordSet("عندما", "حين", "حينما", "لما"),
		negation:     wordSet("لم", "لن", "لا", "دون", "بدون", "ولم", "ولا", "عدم"),
		eventNoun:    wordSet("هجوم", "الهجوم", "هجمات", "الهجمات", "عوده", "افتتاح", "اتفاق", "الاتفاق", "حرب", "الحرب", "مقتل", "اغتيال", "ضربه", "ضربات", "قصف", "انفجار", "اعلان", "انتخاب", "انتخابات", "توقيع", "هجوما", "اطلاق", "انسحاب", "غزو"),
		partCue:      wordSet("شارك", "شاركت", "بمشاركه", "مشاركه", "ترأس", "ترأسه", "يترأس", "ترأسها", "مثل", "ومثل", "يمثل", "الوفد", "وفد", "وفدا", "اعضائه", "اعضاء", "سافر", "وصل", "وصلا", "وصلت", "زار", "التقي", "اجتمع", "اجتمعا", "تبادلا", "اجري", "اجرت", "اجروا", "يقود", "قاد", "راس", "برئاسه", "حضر", "حضور", "بحضور", "تراس", "ترأس"),
		possessor:    wordSet("مستشار", "مستشاري", "مبعوث", "مبعوثي", "اداره", "حكومه", "نائب", "مساعد", "مساعدي", "فريق", "ادارتي", "رساله", "عهد", "ولايه", "منسق"),
		was:          wordSet("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا"),
		title: wordSet("المبعوث", "مبعوث", "المدير", "مدير", "وزير", "الوزير", "رئيس", "الرئيس", "المتحدث", "مستشار", "المستشار",
			"نائب", "السفير", "كبير", "الامين", "امين", "المندوب", "الممثل", "قائد", "منسق", "مساعد", "نظيره", "نظيرته"),
		titleTail: wordSet("الخارجيه", "الخاص", "الخاصه", "الامريكي", "الاميركي", "العام", "الدفاع", "الوزراء", "الامن",
			"القومي", "الوطني", "نظيره", "نظيرته", "نظيريه", "مستشار", "الرئيس", "المبعوث", "الملك", "الامير", "السلطان", "الشيخ", "ولي", "العهد"),
		timeWord: wordSet("اليوم", "امس", "يوم", "مساء", "صباح", "ظهر", "فجر", "ليله", "السبت", "الاحد", "الاثنين", "الثلاثاء",
			"الاربعاء", "الخميس", "الجمعه", "الماضي", "الجاري", "المقبل"),
		conduct: wordSet("يجرون", "يجري", "تجري", "اجرت", "اجري", "اجروا", "تستضيف", "استضافت", "ترعي", "رعت", "يرعي",
			"تقود", "قادت", "يقود", "نظمت", "تنظم", "ينظم", "تدير", "يديرون"),
		sources:   wordSet("مصادر", "مصدر", "وسائل", "اعلام", "صحف", "تقارير", "اوساط", "دوائر"),
		concluded: wordSet("تم", "جري", "وقع", "وقعت", "الموقع", "ابرم", "ابرمت", "المبرم", "توقيع", "وقعا", "وقعتا"),
		series:    wordSet("جولات", "لقاءات", "اجتماعات", "اتصالات", "مكالمات"),
		ordinals: wordSet("الاولي", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "السادسه", "السابعه", "الثامنه", "التاسعه", "العاشره",
			"اولي", "ثانيه", "ثالثه", "رابعه", "خامسه", "سادسه", "سابعه", "ثامنه", "تاسعه", "عاشره"),
		placeNoun: wordSet("العاصمه", "عاصمه", "بالعاصمه", "مدينه", "بمدينه", "المدينه"),
		listStop:  wordSet("منذ", "خلال", "بعد", "قبل", "حول", "بشان", "وذلك", "بهدف", "عندما", "حيث", "الذي", "التي", "الذين", "لكن", "بينما", "فيما", "يوم", "امس", "اليوم", "علي", "عن", "ضد"),
		preps:     wordSet("من", "عن", "علي", "مع", "ضد", "لدي", "عبر", "تجاه"),
		between:   wordSet("بين"),
		with:      wordSet("مع"),
		to:        wordSet("الي", "نحو"),
		in:        wordSet("في"),
		or:        wordSet("او"),
		topics: map[string]string{
			"النووي": "nuclear programme", "النوويه": "nuclear programme", "اليورانيوم": "nuclear programme", "التخصيب": "nuclear programme",
			"الاحمر": "Red Sea", "الحوثيين": "Houthis", "الحوثيون": "Houthis", "العقوبات": "sanctions",
			"الاسري": "prisoners", "السجناء": "prisoners", "المحتجزين": "prisoners", "الرهائن": "hostages",
			"غزه": "Gaza", "التصعيد": "de-escalation", "التوتر": "de-escalation", "الملاحه": "shipping", "السفن": "shipping",
			"الصواريخ": "missiles", "الصاروخي": "missiles", "الاموال": "frozen funds", "المجمده": "frozen funds",
		},
	}
}
