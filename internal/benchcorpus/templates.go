package benchcorpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
	"unicode"

	"github.com/negograph/negograph/extract/entities"
)

// The word lists and sentence templates of the generated articles. All the
// text is written for this generator; it copies no real report.

// firstNames and lastNames combine into thousands of extra people.
func firstNames() []string {
	return []string{"أحمد", "محمد", "علي", "حسن", "حسين", "خالد", "سالم", "يوسف", "إبراهيم", "عمر", "سعيد", "ناصر",
		"فهد", "طارق", "كريم", "سامي", "رامي", "وليد", "جمال", "منصور", "عادل", "ماجد", "بدر", "فيصل", "هشام", "زياد", "مازن",
		"نبيل", "رشيد", "صالح", "عبد الله", "عبد الرحمن", "مصطفى", "جواد", "مهدي", "رضا", "كاظم", "حميد", "مجيد", "سعد",
		"أنور", "باسل", "تامر", "ثامر", "حاتم", "حمدان", "راشد", "سلطان", "شريف", "عاصم", "عماد", "غسان", "قاسم", "لؤي",
		"مروان", "معتز", "نزار", "هاني", "ياسر", "يحيى", "مريم", "فاطمة", "ليلى", "سلمى", "نادية", "هدى", "رنا", "دينا"}
}

func lastNames() []string {
	return []string{"الحارثي", "العلوي", "الرواحي", "الكندي", "البلوشي", "الشامسي", "المري", "الدوسري", "العتيبي",
		"القحطاني", "الزدجالي", "المعمري", "الهنائي", "الغافري", "الشحي", "النعيمي", "الكعبي", "المهيري", "رضائي", "موسوي",
		"حسيني", "كريمي", "رحيمي", "صادقي", "نوري", "أحمدي", "جعفري", "طاهري", "باقري", "كاظمي", "فاضلي", "عباسي", "سليماني",
		"الخطيب", "الحسيني", "الشريف", "العمري", "الأنصاري", "التميمي", "الخزاعي", "الساعدي", "الجبوري", "الدليمي", "الزبيدي",
		"العبيدي", "المالكي", "الراشدي", "السعدي", "الشمري", "العنزي", "الفارسي", "المطيري", "النقبي", "اليافعي", "بني عرابة",
		"حداد", "خوري", "نصار", "سلامة", "عيسى"}
}

// placeRoots, placeKinds and placeSides make hundreds of small places the
// gazetteer does not know: background noise for the extractor.
func placeRoots() []string {
	return []string{"الوادي", "الرمال", "النخيل", "الساحل", "الجبل الأخضر", "العين", "البريمي", "الصخيرة", "الحمراء", "الزهراء",
		"المنارة", "الريان", "السلام", "الفيحاء", "القرين", "الخابورة", "المصنعة", "السويق", "الرستاق", "نزوى الجديدة",
		"بركاء", "صحار", "عبري", "ينقل", "المضيبي", "بدية", "القابل", "الكامل", "جعلان", "مرباط"}
}

func placeKinds() []string {
	return []string{"ولاية", "بلدة", "قرية", "منطقة", "ميناء", "حي"}
}

func placeSides() []string {
	return []string{"", " الشمالية", " الجنوبية", " الشرقية", " الغربية"}
}

// Gregorian month names as the Gulf and Egypt write them (with their
// spelling variants), as the Levant and Iraq write them, and as the
// Maghreb writes them.
func months() []string {
	return []string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}
}

func monthVariants() map[int][]string {
	return map[int][]string{4: {"إبريل", "ابريل"}, 6: {"يونيه"}, 7: {"يوليه"}, 8: {"اغسطس"}}
}

func levantineMonths() []string {
	return []string{"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"}
}

func maghrebMonths() []string {
	return []string{"جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}
}

func weekdays() []string {
	return []string{"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"}
}

// ordinals are the day ordinals "في الأول من …" up to the twelfth.
func ordinals() []string {
	return []string{"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الحادي عشر", "الثاني عشر"}
}

func outlets() []string {
	return []string{"وكالة الأنباء التجريبية", "صحيفة الخليج اليومية", "موقع الأخبار المتجددة", "قناة المشرق الإخبارية",
		"شبكة الرصد العربية", "صحيفة الضفتين", "إذاعة الصباح", "بوابة الشرق الرقمية"}
}

func teasers() []string {
	return []string{"أسعار النفط تتراجع مع ترقب نتائج المحادثات", "تحليل: ماذا بعد جولة المفاوضات الأخيرة؟",
		"خريطة الوساطات الإقليمية في عام كامل", "بالصور: الاستعدادات لاستقبال الوفود", "أسئلة وأجوبة حول ملف العقوبات",
		"رأي: الدبلوماسية الهادئة وحدودها", "الأسواق الإقليمية تترقب إشارات إيجابية"}
}

// arabicIndic writes n with Arabic-Indic digits.
func arabicIndic(n int) string {
	s := []rune(fmt.Sprint(n))
	for i, c := range s {
		s[i] = c - '0' + '٠'
	}
	return string(s)
}

// monthName is a Gulf or Egyptian name of month m (1-12), sometimes a
// spelling variant.
func monthName(r *rand.Rand, m time.Month) string {
	if v := monthVariants()[int(m)]; len(v) > 0 && r.IntN(3) == 0 {
		return pick(r, v)
	}
	return months()[m-1]
}

// dateText writes t, a day on or before pub, in one of the forms the date
// tagger reads: full dates with weekday, Levantine, Maghreb and paired
// month names, Arabic-Indic digits, ordinals, numeric dates, and words
// relative to the publication day.
func dateText(r *rand.Rand, t, pub time.Time) string {
	d, m, y := t.Day(), t.Month(), t.Year()
	days := int(pub.Sub(t).Hours() / 24)
	switch r.IntN(13) {
	case 0:
		return fmt.Sprintf("يوم %s %d %s %d", weekdays()[t.Weekday()], d, monthName(r, m), y)
	case 1:
		if y == pub.Year() && m < pub.Month() {
			return fmt.Sprintf("في %d %s الماضي", d, monthName(r, m))
		}
	case 2:
		if days > 0 && days < 7 {
			return fmt.Sprintf("يوم %s الماضي", weekdays()[t.Weekday()])
		}
	case 3:
		return fmt.Sprintf("في %d %s %d", d, levantineMonths()[m-1], y)
	case 4:
		return fmt.Sprintf("في %d %s/ %s %d", d, monthName(r, m), levantineMonths()[m-1], y)
	case 5:
		return fmt.Sprintf("في %d %s (%s) %d", d, levantineMonths()[m-1], months()[m-1], y)
	case 6:
		return fmt.Sprintf("في %d %s %d", d, maghrebMonths()[m-1], y)
	case 7:
		return fmt.Sprintf("في %s %s %s", arabicIndic(d), monthName(r, m), arabicIndic(y))
	case 8:
		if d <= len(ordinals()) {
			return fmt.Sprintf("في %s من %s %d", ordinals()[d-1], monthName(r, m), y)
		}
	case 9:
		return fmt.Sprintf("بتاريخ %d/%d/%d", d, int(m), y)
	case 10:
		if days == 1 {
			return pick(r, []string{"أمس", "يوم أمس", "بالأمس"})
		}
		if days == 2 {
			return "أول أمس"
		}
	case 11:
		if days == 0 {
			return "اليوم " + weekdays()[t.Weekday()]
		}
	case 12:
		return fmt.Sprintf("في %s من عام %d", monthName(r, m), y)
	}
	return fmt.Sprintf("في %d %s %d", d, monthName(r, m), y)
}

// arabicName is the entity's Arabic name, now and then one of its Arabic
// aliases (spelling variants), as different outlets write it.
func arabicName(r *rand.Rand, k entities.Known) string {
	if len(k.Aliases) > 0 && r.IntN(4) == 0 {
		a := pick(r, k.Aliases)
		for _, c := range a {
			if unicode.Is(unicode.Arabic, c) {
				return a
			}
		}
	}
	return k.NameAr
}

// The length of a report in words, headline and credit line included.
const (
	minWords = 300
	maxWords = 1500
)

// report is one generated article.
type report struct {
	title, outlet, text string
	published           time.Time
}

// gen writes article i.
func (n *names) gen(r *rand.Rand, i int) report {
	base := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	pub := base.AddDate(0, 0, r.IntN(1000))
	// News follows a few channels much more than the others: channel k is
	// chosen with a skew, and each channel meets every two weeks in its
	// own venue with its own mediator.
	u := r.Float64()
	ch := n.channels[int(u*u*float64(len(n.channels)))]
	a, b, med := arabicName(r, ch.a), arabicName(r, ch.b), arabicName(r, ch.mediator)
	venue := arabicName(r, ch.venue)
	if r.IntN(5) == 0 {
		venue = arabicName(r, pick(r, n.venues))
	}
	person := func() string {
		switch r.IntN(6) {
		case 0, 1:
			if len(n.people) > 0 {
				return arabicName(r, pick(r, n.people))
			}
		case 2:
			return pick(r, firstNames()) + " بن " + pick(r, n.extraPeople)
		}
		return pick(r, n.extraPeople)
	}
	place := func() string {
		return pick(r, placeKinds()) + " " + pick(r, placeRoots()) + pick(r, placeSides())
	}
	p1, p2, p3 := person(), person(), person()
	meet := pub.AddDate(0, 0, -((int(pub.Sub(base).Hours()/24) + ch.offset) % 14))
	outlet := pick(r, outlets())
	title := pick(r, []string{
		fmt.Sprintf("جولة جديدة من المحادثات بين %s و%s في %s", a, b, venue),
		fmt.Sprintf("%s تستضيف محادثات غير مباشرة بين %s و%s", venue, a, b),
		fmt.Sprintf("وساطة %s تقرب المواقف بين %s و%s", med, a, b),
		fmt.Sprintf("مصادر: تقدم محدود في مفاوضات %s و%s", a, b),
		fmt.Sprintf("%s: لا اتفاق قريبا مع %s رغم الأجواء الإيجابية", a, b),
		fmt.Sprintf("بعد جولة %s.. هل تنجح وساطة %s؟", venue, med),
	})
	sentences := []func() string{
		func() string {
			return fmt.Sprintf("وترأس وفد %s %s، فيما ترأس وفد %s %s، وتنقل الوسيط %s بين القاعتين لنقل الرسائل بين الجانبين.", a, p1, b, p2, p3)
		},
		func() string {
			return fmt.Sprintf("وقال %s في تصريح للصحفيين عقب انتهاء الجلسة إن \"الأجواء كانت إيجابية وبناءة\"، مضيفا أن الطرفين اتفقا على مواصلة الحوار خلال الأسابيع المقبلة.", p1)
		},
		func() string {
			return fmt.Sprintf("وأوضح مصدر دبلوماسي مطلع أن النقاش تناول الإطار العام لاتفاق محتمل ومسألة العقوبات وآليات التحقق، مشيرا إلى أن %s قدمت مقترحات مكتوبة لتقريب وجهات النظر.", med)
		},
		func() string {
			prev := meet.AddDate(0, 0, -14*(1+r.IntN(3)))
			return fmt.Sprintf("وتأتي هذه الجولة بعد جولة سابقة عقدت في %s %s، وصفها المشاركون حينها بأنها خطوة أولى نحو بناء الثقة.",
				arabicName(r, ch.venue), dateText(r, prev, pub))
		},
		func() string {
			return fmt.Sprintf("من جهته، أكد المتحدث باسم وزارة الخارجية في %s أن بلاده \"منفتحة على أي مبادرة جادة\"، لكنه شدد على ضرورة الحصول على ضمانات واضحة.", a)
		},
		func() string {
			return fmt.Sprintf("وفي سياق متصل، بحث وزير خارجية %s مع نظيره في %s هاتفيا تطورات المحادثات وسبل دعمها، وفق بيان رسمي صدر مساء اليوم نفسه.", med, b)
		},
		func() string {
			return fmt.Sprintf("ويرى محللون أن نجاح المسار الحالي يعتمد على قدرة %s على الحفاظ على ثقة الطرفين، في ظل ضغوط داخلية متزايدة في %s و%s.", med, a, b)
		},
		func() string {
			return fmt.Sprintf("ومن المقرر أن تعقد الجولة المقبلة في %s خلال الشهر المقبل، بحسب ما أعلنه %s دون تحديد موعد دقيق.", arabicName(r, ch.venue), p3)
		},
		func() string {
			if len(n.orgs) == 0 {
				return "وأشار المصدر إلى أن الجانبين تبادلا مسودات مكتوبة."
			}
			return fmt.Sprintf("كما حضر ممثل عن %s جانبا من الاجتماعات بصفة مراقب، دون أن يشارك في المفاوضات المباشرة.", arabicName(r, pick(r, n.orgs)))
		},
		func() string {
			return fmt.Sprintf("وكان %s قد التقى %s %s في %s، وبحثا العلاقات الثنائية وملفات المنطقة.", person(), person(), dateText(r, pub.AddDate(0, 0, -r.IntN(60)), pub), venue)
		},
		func() string {
			return fmt.Sprintf("وعلى صعيد آخر، افتتح محافظ %s مشروعا لتحلية المياه في %s بكلفة تقارب %d مليون دولار.", place(), place(), 5+r.IntN(90))
		},
		func() string {
			return fmt.Sprintf("وشهدت %s ازدحاما مروريا كبيرا بالتزامن مع وصول الوفود، فيما انتشرت قوات الأمن في محيط مقر الاجتماعات في %s.", place(), venue)
		},
		func() string {
			return fmt.Sprintf("وأضاف %s أن \"أي تفاهم يجب أن يراعي مصالح شعوب المنطقة\"، موضحا أن %s لن تقبل بشروط مسبقة.", p2, b)
		},
		func() string {
			return fmt.Sprintf("وبحسب أرقام رسمية، ارتفع حجم التبادل التجاري بين %s و%s بنسبة %d في المئة خلال العام الماضي.", med, pick(r, n.countries).NameAr, 2+r.IntN(30))
		},
	}
	// A report of minWords to maxWords words, most of them short.
	u = r.Float64()
	target := minWords + int(u*u*float64(maxWords-minWords))
	var paras []string
	paras = append(paras, fmt.Sprintf("%s - %s: استضافت مدينة %s %s جولة جديدة من المحادثات غير المباشرة بين %s و%s بوساطة %s، "+
		"في إطار مساع متواصلة لتخفيف التوتر بين البلدين وبحث الملفات العالقة بينهما منذ سنوات.",
		venue, outlet, venue, dateText(r, meet, pub), a, b, med))
	credit := pick(r, []string{
		fmt.Sprintf("(%s - خدمة الأخبار رقم %d)", outlet, i),
		fmt.Sprintf("المصدر: %s + وكالات", outlet),
		fmt.Sprintf("تحرير: %s - %s", pick(r, n.extraPeople), outlet),
	})
	// Words so far: headline, dateline paragraph and credit line.
	words := len(strings.Fields(title)) + len(strings.Fields(paras[0])) + len(strings.Fields(credit))
	for words < target {
		var para []string
		for s := 0; s < 2+r.IntN(3); s++ {
			para = append(para, pick(r, sentences)())
		}
		p := strings.Join(para, " ")
		if w := len(strings.Fields(p)); words+w <= maxWords {
			words += w
		} else if words >= minWords {
			break
		} else {
			words += w
		}
		paras = append(paras, p)
		if r.IntN(12) == 0 && words < maxWords-20 {
			teaser := "اقرأ أيضاً: " + pick(r, teasers())
			words += len(strings.Fields(teaser))
			paras = append(paras, teaser)
		}
	}
	paras = append(paras, credit)
	return report{title: title, outlet: outlet, text: title + "\n" + strings.Join(paras, "\n"), published: pub}
}
