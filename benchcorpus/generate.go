// Package benchcorpus writes large, deterministic, realistic Arabic news
// corpora for benchmarks (and only for benchmarks: the text is generated
// from templates and the gazetteer, it reports nothing that happened).
// Articles have the sizes and shapes of news reports — headline, dateline,
// paragraphs of meetings between parties with mediators, venues, dates in
// the forms the extractor reads, quotes, background, "read also" teasers
// and agency credits — in .txt, .html and JSON Lines files with a
// manifest.json of publication dates. The same options always give the same
// bytes.
package benchcorpus

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/graph"
)

// Options say what to generate.
type Options struct {
	// Articles is the number of articles.
	Articles int
	// Seed makes the corpus; the same seed gives the same bytes.
	Seed uint64
	// Known are the gazetteer entries names are taken from.
	Known []entities.Known
}

// Stats describes a generated corpus.
type Stats struct {
	Articles, Files int
	Bytes           int64
	People          int
}

// names are the entities a corpus draws from.
type names struct {
	countries, venues, people, orgs []entities.Known
	extraPeople                     []string
	channels                        []channel
}

// channel is a pair of parties that negotiate, with their usual mediator
// and venue.
type channel struct {
	a, b, mediator, venue entities.Known
	offset                int
}

// firstNames and lastNames make thousands of extra people.
func firstNames() []string {
	return []string{"أحمد", "محمد", "علي", "حسن", "حسين", "خالد", "سالم", "يوسف", "إبراهيم", "عمر", "سعيد", "ناصر",
		"فهد", "طارق", "كريم", "سامي", "رامي", "وليد", "جمال", "منصور", "عادل", "ماجد", "بدر", "فيصل", "هشام", "زياد", "مازن",
		"نبيل", "رشيد", "صالح", "عبد الله", "عبد الرحمن", "مصطفى", "جواد", "مهدي", "رضا", "كاظم", "حميد", "مجيد", "سعد"}
}

func lastNames() []string {
	return []string{"الحارثي", "العلوي", "الرواحي", "الكندي", "البلوشي", "الشامسي", "المري", "الدوسري", "العتيبي",
		"القحطاني", "الزدجالي", "المعمري", "الهنائي", "الغافري", "الشحي", "النعيمي", "الكعبي", "المهيري", "رضائي", "موسوي",
		"حسيني", "كريمي", "رحيمي", "صادقي", "نوري", "أحمدي", "جعفري", "طاهري", "باقري", "كاظمي", "فاضلي", "عباسي", "سليماني",
		"الخطيب", "الحسيني", "الشريف", "العمري", "الأنصاري", "التميمي", "الخزاعي"}
}

func months() []string {
	return []string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}
}

func weekdays() []string {
	return []string{"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"}
}

func outlets() []string {
	return []string{"وكالة الأنباء التجريبية", "صحيفة الخليج اليومية", "موقع الأخبار المتجددة", "قناة المشرق الإخبارية", "شبكة الرصد العربية"}
}

// pick returns a random element.
func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

// report is one generated article.
type report struct {
	title, outlet, text string
	published           time.Time
}

// gen writes one article.
func (n *names) gen(r *rand.Rand, i int) report {
	base := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	pub := base.AddDate(0, 0, r.IntN(1000))
	// News follows a few channels much more than the others: channel k is
	// chosen with a skew, and each channel meets every two weeks in its
	// own venue with its own mediator.
	u := r.Float64()
	ch := n.channels[int(u*u*float64(len(n.channels)))]
	a, b, med, venue := ch.a, ch.b, ch.mediator, ch.venue
	if r.IntN(5) == 0 {
		venue = pick(r, n.venues)
	}
	person := func() string {
		if r.IntN(3) == 0 && len(n.people) > 0 {
			return pick(r, n.people).NameAr
		}
		return pick(r, n.extraPeople)
	}
	p1, p2, p3 := person(), person(), person()
	meet := pub.AddDate(0, 0, -((int(pub.Sub(base).Hours()/24) + ch.offset) % 14))
	dateText := func(t time.Time) string {
		switch r.IntN(4) {
		case 0:
			return fmt.Sprintf("يوم %s %d %s %d", weekdays()[int(t.Weekday())], t.Day(), months()[t.Month()-1], t.Year())
		case 1:
			return fmt.Sprintf("في %d %s الماضي", t.Day(), months()[t.Month()-1])
		case 2:
			return fmt.Sprintf("يوم %s الماضي", weekdays()[int(t.Weekday())])
		}
		return fmt.Sprintf("في %s %d", months()[t.Month()-1], t.Year())
	}
	title := pick(r, []string{
		fmt.Sprintf("جولة جديدة من المحادثات بين %s و%s في %s", a.NameAr, b.NameAr, venue.NameAr),
		fmt.Sprintf("%s تستضيف محادثات غير مباشرة بين %s و%s", venue.NameAr, a.NameAr, b.NameAr),
		fmt.Sprintf("وساطة %s تقرب المواقف بين %s و%s", med.NameAr, a.NameAr, b.NameAr),
		fmt.Sprintf("مصادر: تقدم محدود في مفاوضات %s و%s", a.NameAr, b.NameAr),
	})
	outlet := pick(r, outlets())
	var paras []string
	paras = append(paras, fmt.Sprintf("%s - %s: استضافت مدينة %s %s جولة جديدة من المحادثات غير المباشرة بين %s و%s بوساطة %s، "+
		"في إطار مساع متواصلة لتخفيف التوتر بين البلدين وبحث الملفات العالقة بينهما منذ سنوات.",
		venue.NameAr, outlet, venue.NameAr, dateText(meet), a.NameAr, b.NameAr, med.NameAr))
	sentences := []func() string{
		func() string {
			return fmt.Sprintf("وترأس وفد %s %s، فيما ترأس وفد %s %s، وتنقل الوسيط %s بين القاعتين لنقل الرسائل بين الجانبين.",
				a.NameAr, p1, b.NameAr, p2, p3)
		},
		func() string {
			return fmt.Sprintf("وقال %s في تصريح للصحفيين عقب انتهاء الجلسة إن \"الأجواء كانت إيجابية وبناءة\"، مضيفا أن الطرفين اتفقا على مواصلة الحوار خلال الأسابيع المقبلة.", p1)
		},
		func() string {
			return fmt.Sprintf("وأوضح مصدر دبلوماسي مطلع أن النقاش تناول الإطار العام لاتفاق محتمل ومسألة العقوبات وآليات التحقق، مشيرا إلى أن %s قدمت مقترحات مكتوبة لتقريب وجهات النظر.", med.NameAr)
		},
		func() string {
			prev := meet.AddDate(0, 0, -14*(1+r.IntN(3)))
			return fmt.Sprintf("وتأتي هذه الجولة بعد جولة سابقة عقدت في %s %s، وصفها المشاركون حينها بأنها خطوة أولى نحو بناء الثقة.",
				ch.venue.NameAr, dateText(prev))
		},
		func() string {
			return fmt.Sprintf("من جهته، أكد المتحدث باسم وزارة الخارجية في %s أن بلاده \"منفتحة على أي مبادرة جادة\"، لكنه شدد على ضرورة الحصول على ضمانات واضحة.", a.NameAr)
		},
		func() string {
			return fmt.Sprintf("وفي سياق متصل، بحث وزير خارجية %s مع نظيره في %s هاتفيا تطورات المحادثات وسبل دعمها، وفق بيان رسمي صدر مساء اليوم نفسه.", med.NameAr, b.NameAr)
		},
		func() string {
			return fmt.Sprintf("ويرى محللون أن نجاح المسار الحالي يعتمد على قدرة %s على الحفاظ على ثقة الطرفين، في ظل ضغوط داخلية متزايدة في %s و%s.",
				med.NameAr, a.NameAr, b.NameAr)
		},
		func() string {
			return fmt.Sprintf("ومن المقرر أن تعقد الجولة المقبلة في %s خلال الشهر المقبل، بحسب ما أعلنه %s دون تحديد موعد دقيق.", ch.venue.NameAr, p3)
		},
		func() string {
			if len(n.orgs) == 0 {
				return "وأشار المصدر إلى أن الجانبين تبادلا مسودات مكتوبة."
			}
			return fmt.Sprintf("كما حضر ممثل عن %s جانبا من الاجتماعات بصفة مراقب، دون أن يشارك في المفاوضات المباشرة.", pick(r, n.orgs).NameAr)
		},
	}
	for k, want := 0, 4+r.IntN(10); k < want; k++ {
		var para []string
		for s := 0; s < 2+r.IntN(3); s++ {
			para = append(para, pick(r, sentences)())
		}
		paras = append(paras, strings.Join(para, " "))
	}
	if r.IntN(3) == 0 {
		paras = append(paras, "اقرأ أيضاً: "+pick(r, []string{"أسعار النفط تتراجع مع ترقب نتائج المحادثات", "تحليل: ماذا بعد جولة المفاوضات الأخيرة؟", "خريطة الوساطات الإقليمية في عام كامل"}))
	}
	paras = append(paras, fmt.Sprintf("(%s - خدمة الأخبار رقم %d)", outlet, i))
	return report{title: title, outlet: outlet, text: title + "\n" + strings.Join(paras, "\n"), published: pub}
}

// Generate writes the corpus into dir (created if needed): folders of 500
// articles, 70% .txt, 20% .html, 10% in a .jsonl file per folder, and a
// manifest.json per folder with the publication dates and outlets().
func Generate(ctx context.Context, dir string, opts Options) (Stats, error) {
	var st Stats
	n := &names{}
	for _, k := range opts.Known {
		if k.NameAr == "" {
			continue
		}
		switch k.Label {
		case "Country":
			n.countries = append(n.countries, k)
		case "Venue":
			n.venues = append(n.venues, k)
		case "Person":
			n.people = append(n.people, k)
		case "Organization":
			n.orgs = append(n.orgs, k)
		}
	}
	if len(n.countries) < 3 || len(n.venues) == 0 {
		return st, fmt.Errorf("benchcorpus: the gazetteer has too few countries or places")
	}
	for _, f := range firstNames() {
		for _, l := range lastNames() {
			n.extraPeople = append(n.extraPeople, f+" "+l)
		}
	}
	st.People = len(n.extraPeople) + len(n.people)
	r := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	for len(n.channels) < 60 {
		c := channel{a: pick(r, n.countries), b: pick(r, n.countries), mediator: pick(r, n.countries),
			venue: pick(r, n.venues), offset: r.IntN(14)}
		if c.a.ID != c.b.ID && c.mediator.ID != c.a.ID && c.mediator.ID != c.b.ID {
			n.channels = append(n.channels, c)
		}
	}
	const perFolder = 500
	for start := 0; start < opts.Articles; start += perFolder {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		folder := filepath.Join(dir, fmt.Sprintf("part-%03d", start/perFolder))
		if err := os.MkdirAll(folder, 0o755); err != nil {
			return st, fmt.Errorf("benchcorpus: %w", err)
		}
		type entry struct {
			File      string `json:"file"`
			Outlet    string `json:"outlet"`
			Published string `json:"published"`
		}
		var manifest []entry
		var jsonl strings.Builder
		for i := start; i < min(start+perFolder, opts.Articles); i++ {
			a := n.gen(r, i)
			name := fmt.Sprintf("a%06d", i)
			var data string
			switch x := r.IntN(10); {
			case x < 7:
				name += ".txt"
				data = a.text + "\n"
			case x < 9:
				name += ".html"
				data = toHTML(a)
			default:
				rec, _ := json.Marshal(map[string]string{"id": name, "title": a.title, "outlet": a.outlet,
					"published": a.published.Format("2006-01-02"), "text": a.text})
				jsonl.Write(rec)
				jsonl.WriteByte('\n')
				st.Articles++
				st.Bytes += int64(len(rec)) + 1
				continue
			}
			if err := os.WriteFile(filepath.Join(folder, name), []byte(data), 0o644); err != nil {
				return st, fmt.Errorf("benchcorpus: %w", err)
			}
			manifest = append(manifest, entry{File: name, Outlet: a.outlet, Published: a.published.Format("2006-01-02")})
			st.Articles++
			st.Files++
			st.Bytes += int64(len(data))
		}
		if jsonl.Len() > 0 {
			if err := os.WriteFile(filepath.Join(folder, "items.jsonl"), []byte(jsonl.String()), 0o644); err != nil {
				return st, fmt.Errorf("benchcorpus: %w", err)
			}
			st.Files++
		}
		err := graph.WriteFileAtomic(ctx, filepath.Join(folder, "manifest.json"), func(w io.Writer) error {
			bw := bufio.NewWriter(w)
			enc := json.NewEncoder(bw)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", " ")
			if err := enc.Encode(manifest); err != nil {
				return err
			}
			return bw.Flush()
		})
		if err != nil {
			return st, fmt.Errorf("benchcorpus: %w", err)
		}
	}
	return st, nil
}

// toHTML wraps an article in a page with navigation and footer.
func toHTML(a report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>%s</title>"+
		"<meta property=\"og:site_name\" content=\"%s\"><meta property=\"article:published_time\" content=\"%s\"></head>\n<body>"+
		"<nav><a href=\"/\">الرئيسية</a> <a href=\"/p\">سياسة</a> <a href=\"/e\">اقتصاد</a> <a href=\"/s\">رياضة</a></nav>\n<article>",
		a.title, a.outlet, a.published.Format(time.RFC3339))
	for i, p := range strings.Split(a.text, "\n") {
		if i == 0 {
			fmt.Fprintf(&b, "<h1>%s</h1>\n", p)
			continue
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
	}
	b.WriteString("</article><footer>جميع الحقوق محفوظة</footer></body></html>\n")
	return b.String()
}
