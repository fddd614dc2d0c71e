package meetings

import "github.com/negograph/negograph/extract/arabic"

// The lexicon of meeting extraction, in arabic.Normalize form and without
// the article ال (the extractor strips it). Functions return fresh values so
// that the package holds no mutable state.

type trigKind uint8

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
	for _, w := range []string{"محادثات", "مفاوضات", "مباحثات", "اجتماع", "اجتماعا", "اجتماعات", "لقاء", "لقاءات",
		"جوله", "جولات", "مشاورات", "قمه", "محادثه", "مفاوضه", "مناقشات",
		"جولتان", "جولتين", "اجتماعان", "اجتماعين", "لقاءان", "لقاءين", // duals: two rounds (dual.go)
		"مستديره"} { // "المائدة المستديرة": a round table
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

// wordSet is one word list of the lexicon. Each list owns one bit; the
// lexicon's index gives, for every word, the bits of the lists that hold it,
// so that a token is looked up once, not once per list.
type wordSet struct {
	bit   uint64
	words map[string]bool
}

// setBuilder hands out the bits of the word lists and fills the index.
type setBuilder struct {
	next  uint
	index map[string]lexEntry
}

// lexEntry is what the lexicon knows of one word.
type lexEntry struct {
	// sets holds the bits of the word lists holding the word.
	sets uint64
	// trig is the word's trigger kind, 0 if it is no trigger.
	trig trigKind
}

// set returns a new word list of the words.
func (b *setBuilder) set(ws ...string) wordSet {
	if b.next >= 64 {
		panic("meetings: more than 64 word lists; widen the lexicon index")
	}
	s := wordSet{bit: 1 << b.next, words: make(map[string]bool, len(ws))}
	b.next++
	for _, w := range ws {
		s.words[w] = true
		e := b.index[w]
		e.sets |= s.bit
		b.index[w] = e
	}
	return s
}

type lexicon struct {
	// index gives, for each word of the lexicon, the bits of the word lists
	// (wordSet) holding it and its trigger kind.
	index map[string]lexEntry
	// sketch rules out most words that are not in index before the map
	// is searched.
	sketch       *arabic.Sketch
	trig         map[string]trigKind
	planned      wordSet
	postponed    wordSet
	cancelled    wordSet
	generic      wordSet // before a trigger: talk about talks, not a round
	genericAfter wordSet // after a trigger
	secret       wordSet
	direct       wordSet
	phone        wordSet
	shuttle      wordSet
	mediation    wordSet // mediation cue words
	mediateVerb  wordSet // verbs whose subject is the mediator
	mediatorNoun wordSet // nouns naming mediators: وسطاء عمانيين
	messages     wordSet
	carry        wordSet
	subjectNoun  wordSet
	lastOnes     wordSet // الأخيرة، السابقة …: the round before, named by its place
	officialKind wordSet // العسكريون، الأمنيون …: what kind of officials, before their sides
	modifiers    wordSet
	anaphor      wordSet // الجانبين, الطرفين …
	demonst      wordSet
	other        wordSet
	first        wordSet
	since        wordSet
	when         wordSet
	negation     wordSet
	eventNoun    wordSet
	partCue      wordSet
	possessor    wordSet // role nouns after which الرئيس X is a modifier
	was          wordSet // pluperfect auxiliaries
	preps        wordSet
	listStop     wordSet
	placeNoun    wordSet
	ordinals     wordSet
	series       wordSet
	timeWord     wordSet
	title        wordSet // role nouns opening an apposition
	titleTail    wordSet // words continuing a title: الخارجية, الخاص
	headedBy     wordSet // words naming a delegation's head: برئاسة، يرأسه، يقوده، بقيادة
	conduct      wordSet // verbs of conducting talks
	sources      wordSet // nouns of reporting sources
	concluded    wordSet // words saying an agreement was reached
	between      wordSet
	with         wordSet
	to           wordSet
	in           wordSet
	or           wordSet
	topics       map[string]string
	mood         moodWords
	prior        wordSet // after a trigger: السابقة، الماضية — an earlier round
	reporting    wordSet // verbs of saying: قال، أعلن، أكد
}

func newLexicon() lexicon {
	b := &setBuilder{index: map[string]lexEntry{}}
	lx := lexicon{
		trig:      triggers(),
		planned:   b.set("موعد", "موعدا", "المنتظر", "منتظر", "ينتظر", "المنتظره", "توقع", "توقعت", "مقبله", "مرتقبه", "مرتقب", "المرتقبه", "المرتقب", "مقرر", "المقرر", "مقرره", "مقررا", "المزمع", "مزمع", "ستعقد", "سيعقد", "ستجري", "سيجري", "يتوقع", "المتوقع", "متوقع", "متوقعه", "ترجيحات", "رجحت", "رجح", "ترجح", "يرجح", "ترجيح", "ترجيحه", "ترجيحها", "ترجيحهم", "توقعه", "توقعها", "توقعهم", "توقعات", "قريبا", "مستقبليه", "مرتقبا", "المقبله", "المقبل", "القادمه", "القادم", "تعتزم", "يعتزم", "ستستضيف", "تستضيف_"),
		postponed: b.set("تاجيل", "تاجيلها", "تاجيله", "تاجلت", "تاجل", "اجلت", "ارجاء", "ارجئت", "ارجات", "تاجيلهما", "مؤجله", "ارجي", "ارجئ", "يرجا", "يرجئ", "ترجا", "ترجئ"),
		cancelled: b.set("الغاء", "الغيت", "الغي", "الغاؤها", "الغائها", "ملغاه", "تلغي", "يلغي", "ستلغي", "بالغاء", "الغاءها", "الغت", "الغاءه", "الغاؤه", "الغائه",
			"اطاحت", "اطاح"), // "أطاحت الحرب بالجولة": scrapped
		generic: b.set("استئناف", "لاستئناف", "باستئناف", "احياء", "لاحياء", "باحياء", "العوده", "طاوله", "سبل",
			"مستقبل", "اطار", "مسار", "قنوات", "قناه", "خطوط", "تطورات", "مستجدات", "مجريات", "فحوي", "صعيد", "ملف", "جمود", "تعثر", "فشل", "انهيار", "توقف", "توقفت", "تعثرت", "انهارت", "تجمدت", "علقت", "تعليق", "انسداد", "جدوي", "كاساس", "اساس", "نتائج", "حصيله"),
		genericAfter: b.set("اعمال", "الاعمال", "خليجيه", "اقليميه", "اوروبيه", "اسيويه", "افريقيه", "عربيه", "انتخابيه", "مستقبليه", "محتمله", "محتمل", "المحتمله", "المحتمل", "مقبله_"),
		secret:       b.set("سري", "سريه", "سرا", "السريه", "السري", "سرية", "بسريه", "سريا", "معلنه_"),
		direct:       b.set("مباشره", "المباشره", "مباشر", "المباشر", "مباشرا", "وجها"),
		phone:        b.set("هاتفي", "هاتفيا", "هاتفيه", "الهاتفي", "الهاتفيه", "هاتفيين"),
		shuttle:      b.set("مكوكيه", "المكوكيه", "مكوكي"),
		mediation: b.set("وساطه", "الوساطه", "رعايه", "للتوسط", "الوسيط", "وسيط", "وسطاء", "الوسطاء", "الوسيطين", "الوسيطان", "وسيطين", "وسيطان", "برعايه", "بوساطه", "بتسهيل", "بتيسير", "بتنسيق", "باشراف", "بترتيب",
			// guarantors of a process: "الدول الضامنة X وY", "ضامنين للاتفاق"
			"الضامنه", "ضامنه", "الضامن", "ضامن", "ضامنا", "الضامنين", "ضامنين", "الضامنون", "ضامنون"),
		mediateVerb: b.set("يتوسط", "تتوسط", "توسط", "توسطت", "توسطا", "يتوسطون",
			// a facilitator of a dialogue: "الحوار الذي يسهّله الاتحاد"
			"يسهله", "تسهله", "يسهلها", "تسهلها", "ييسره", "تيسره", "ييسرها", "تيسرها",
			// a sponsor of the talks: "المفاوضات التي رعتها الصين"
			"رعتها", "رعاها", "رعته", "رعاه", "ترعاها", "يرعاها", "ترعاه", "يرعاه"),
		mediatorNoun: b.set("وسطاء", "الوسطاء", "وسيط", "الوسيط", "الوسيطه", "الوسيطين", "الوسيطان", "وسيطين", "وسيطان"),
		messages: b.set("الرسائل", "رسائل", "رساله", "الرساله", "المقترحات", "مقترحات", "المقترح", "مقترح", "الردود", "ردود",
			"الرد", "رد", "ردا", "الملاحظات", "ملاحظات", "الاقتراحات", "اقتراحات", "الافكار", "افكار", "المواقف", "مواقف", "الصيغ", "المسودات", "مسودات"),
		carry:       b.set("نقل", "بنقل", "ينقل", "تنقل", "نقلوا", "لنقل", "نقلت", "ونقل", "نقلا", "تبادل", "حمل", "يحمل", "حملت", "حاملا", "حامله", "حاملين", "ناقلا", "ناقله"),
		subjectNoun: b.set("الوفدان", "الوفدين", "وفدان", "وفدين", "الجانبان", "مسؤولين", "مسؤولون", "مسؤولو", "مسؤولي", "وفد", "وفدا", "وفود", "ممثلين", "ممثلي", "ممثلو", "ممثلون", "دبلوماسيين", "دبلوماسيون", "مفاوضين", "مفاوضون", "مفاوضو", "المسؤولين", "المسؤولون", "الوفد", "الوفود"),
		modifiers:   b.set("غير", "مباشره", "المباشره", "مباشر", "سريه", "السريه", "سري", "نوويه", "النوويه", "رسميه", "الرسميه", "جديده", "الجديده", "مماثله", "ثنائيه", "رفيعه", "المستوي", "معلنه", "فنيه", "الفنيه", "موسعه", "مكثفه", "اوليه", "سلسله", "من", "هاتفيه", "هاتفي", "هاتفيا", "مطوله", "منفصله", "ثلاثيه"),
		anaphor:     b.set("الجانبين", "الطرفين", "الخصمين", "بينهما", "البلدين", "الجانبان", "الطرفان", "الخصمان", "البلدان", "بينها"),
		demonst:     b.set("هذه", "هذا", "تلك", "ذلك", "هاته", "تلكم"),
		other:       b.set("اخري", "جديده", "مقبله", "قادمه", "المقبله", "القادمه", "لاحقه", "تاليه", "التاليه", "اخر", "جديد", "جديدا"),
		first:       b.set("الاولي", "اول", "الاول", "الاولى"),
		officialKind: b.set("العسكريون", "العسكريين", "عسكريون", "عسكريين", "الامنيون", "الامنيين", "امنيون", "امنيين",
			"الحكوميون", "الحكوميين", "حكوميون", "حكوميين", "الرسميون", "الرسميين", "رسميون", "رسميين", "الكبار", "كبار"),
		lastOnes: b.set("الاخيره", "الاخير", "السابقه", "السابق", "الماضيه", "الماضي"),
		since:    b.set("منذ"),
		when:     b.set("عندما", "حين", "حينما", "لما"),
		negation: b.set("لم", "لن", "لا", "دون", "بدون", "ولم", "ولا", "عدم"),
		eventNoun: b.set("هجوم", "الهجوم", "هجمات", "الهجمات", "عوده", "افتتاح", "اتفاق", "الاتفاق", "حرب", "الحرب", "مقتل", "اغتيال", "ضربه", "ضربات", "قصف", "انفجار", "اعلان", "انتخاب", "انتخابات", "توقيع", "هجوما", "اطلاق", "انسحاب", "غزو",
			"اندلاع", "القتال", "قتال", "المعارك", "معارك", "الاشتباكات", "اشتباكات", "النزاع", "التصعيد",
			"قتل", "قتلي", "مصرع", "تفجير",
			// a fall of power ("منذ سقوط نظام البشير في أبريل")
			"سقوط", "انهيار", "الاطاحه", "اطاحه", "انقلاب", "الانقلاب", "وفاه", "رحيل"),
		partCue: b.set("شارك", "شاركت", "سيقود", "ستقود", "سيشارك", "يشارك", "بمشاركه", "مشاركه", "ترأس", "ترأسه", "يترأس", "ترأسها", "مثل", "ومثل", "يمثل", "الوفد", "وفد", "وفدا", "اعضائه", "اعضاء", "سافر", "وصل", "وصلا", "وصلت", "زار", "التقي", "اجتمع", "اجتمعا", "تبادلا", "اجري", "اجرت", "اجروا", "يقود", "قاد", "راس", "برئاسه", "حضر", "حضور", "بحضور", "تراس", "ترأس",
			"رافق", "يرافق", "رافقه", "يرافقه", "رافقها", "يرافقها", "برفقه"),
		possessor: b.set("مستشار", "مستشاري", "مبعوث", "مبعوثي", "اداره", "حكومه", "نائب", "مساعد", "مساعدي", "فريق", "ادارتي", "رساله", "عهد", "ولايه", "منسق"),
		was:       b.set("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا"),
		title: b.set("المبعوث", "مبعوث", "المدير", "مدير", "وزير", "الوزير", "رئيس", "الرئيس", "المتحدث", "مستشار", "المستشار",
			"نائب", "السفير", "كبير", "الامين", "امين", "المندوب", "الممثل", "قائد", "منسق", "مساعد", "نظيره", "نظيرته", "وزيرا", "وزيري", "رئيسا", "رئيسي",
			"المبعوثه", "مبعوثه", "الوزيره", "وزيره", "الرئيسه", "رئيسه", "المتحدثه", "المستشاره", "مستشاره", "نائبه", "السفيره",
			"الامينه", "المندوبه", "الممثله", "منسقه", "المنسق", "المنسقه", "مساعده", "المديره", "مديره", "الوسيط", "الوسيطه",
			"زعيم", "الزعيم", "زعيمه", "الزعيمه"),
		titleTail: b.set("الخارجيه", "الخاص", "الخاصه", "الامريكي", "الاميركي", "العام", "الدفاع", "الوزراء", "الامن",
			"القومي", "الوطني", "مجلس", "المجلس", "وزراء", "خارجيه", "دفاع", "نظيره", "نظيرته", "نظيريه", "مستشار", "الرئيس", "المبعوث", "الملك", "الامير", "السلطان", "الشيخ", "ولي", "العهد", "السياسي", "المكتب", "الاعلي"),
		headedBy: b.set("برئاسه", "براسه", "يراسه", "يتراسه", "سيراسه", "تراسه", "يقوده", "يقودها", "قاده", "سيقوده", "بقياده", "يتقدمه"),
		timeWord: b.set("اليوم", "امس", "يوم", "مساء", "صباح", "ظهر", "فجر", "ليله", "السبت", "الاحد", "الاثنين", "الثلاثاء",
			"الاربعاء", "الخميس", "الجمعه", "الماضي", "الجاري", "المقبل"),
		conduct: b.set("يجرون", "يجري", "تجري", "اجرت", "اجري", "اجروا", "تستضيف", "استضافت", "ترعي", "رعت", "يرعي",
			"تقود", "قادت", "يقود", "نظمت", "تنظم", "ينظم", "تدير", "يديرون"),
		sources:   b.set("مصادر", "مصدر", "وسائل", "اعلام", "صحف", "تقارير", "اوساط", "دوائر"),
		concluded: b.set("تم", "جري", "وقع", "وقعت", "الموقع", "ابرم", "ابرمت", "المبرم", "توقيع", "وقعا", "وقعتا"),
		series:    b.set("جولات", "لقاءات", "اجتماعات", "اتصالات", "مكالمات"),
		ordinals:  b.set(withArticle(ordinalNames())...),
		placeNoun: b.set("العاصمه", "عاصمه", "بالعاصمه", "مدينه", "بمدينه", "المدينه",
			// a town's class noun before its name ("في بلدة X", "بقرية X")
			"بلده", "ببلده", "البلده", "قريه", "بقريه", "القريه", "جزيره", "بجزيره", "الجزيره", "منطقه", "بمنطقه", "المنطقه",
			"منتجع", "بمنتجع", "المنتجع"),
		listStop: b.set("منذ", "خلال", "بعد", "قبل", "حول", "بشان", "وذلك", "بهدف", "عندما", "حيث", "الذي", "التي", "الذين", "لكن", "بينما", "فيما", "يوم", "امس", "اليوم", "علي", "عن", "ضد"),
		preps:    b.set("من", "عن", "علي", "مع", "ضد", "لدي", "عبر", "تجاه"),
		between:  b.set("بين"),
		with:     b.set("مع"),
		to:       b.set("الي", "نحو"),
		in:       b.set("في"),
		or:       b.set("او"),
		topics: map[string]string{
			"النووي": "nuclear programme", "النوويه": "nuclear programme", "اليورانيوم": "nuclear programme", "التخصيب": "nuclear programme",
			"الاحمر": "Red Sea", "الحوثيين": "Houthis", "الحوثيون": "Houthis", "العقوبات": "sanctions",
			"الاسري": "prisoners", "السجناء": "prisoners", "المحتجزين": "prisoners", "الرهائن": "hostages",
			"غزه": "Gaza", "التصعيد": "de-escalation", "التوتر": "de-escalation", "الملاحه": "shipping", "السفن": "shipping",
			"الصواريخ": "missiles", "الصاروخي": "missiles", "الاموال": "frozen funds", "المجمده": "frozen funds",
		},
	}
	lx.mood = newMoodWords(b)
	lx.reporting = b.set("قال", "قالت", "يقول", "تقول", "اعلن", "اعلنت", "يعلن", "اكد", "اكدت", "يؤكد", "صرح", "صرحت", "اوضح", "اوضحت",
		"اشار", "اشارت", "ذكر", "ذكرت", "كشف", "كشفت", "افاد", "افادت", "عاد", "عادت", "اضاف", "اضافت", "شدد", "شددت", "نقلت", "نقل_")
	lx.prior = b.set("السابقه", "سابقه", "الماضيه", "الفائته", "المنصرمه", "سابقتها", "الاسبق")
	for w, k := range lx.trig {
		e := b.index[w]
		e.trig = k
		b.index[w] = e
	}
	lx.index = b.index
	lx.sketch = new(arabic.Sketch)
	for w := range lx.index {
		lx.sketch.Add(w)
	}
	return lx
}

// withArticle returns the ordinals and each of them with the article.
func withArticle(ws [10]string) []string {
	out := append([]string(nil), ws[:]...)
	for _, w := range ws {
		out = append(out, "ال"+w)
	}
	return out
}
