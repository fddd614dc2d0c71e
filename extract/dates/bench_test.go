package dates

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/negograph/negograph/internal/article"
)

// benchText is a made-up news report, written for these tests, with the
// usual density of dates.
const benchText = `أعلنت وزارة الخارجية العمانية اليوم الخميس أن جولة جديدة من المحادثات غير المباشرة بين الوفدين ستعقد في مسقط الأسبوع المقبل، بعد جولتين سابقتين في 12 مارس/ آذار و28 إبريل الماضي.
وقال المتحدث باسم الوزارة في مؤتمر صحفي أمس إن الاتصالات لم تنقطع منذ يناير/ كانون الثاني، وإن الوسطاء تبادلوا الرسائل خلال الأسابيع الأخيرة بوتيرة أسرع مما كانت عليه العام الماضي.
وأضاف أن الطرفين اتفقا مبدئياً على جدول أعمال يتضمن ملف تبادل المحتجزين وترتيبات أمنية في الممرات البحرية، على أن تبدأ المرحلة الأولى من التنفيذ مطلع الشهر المقبل إذا سارت الأمور كما هو مخطط لها.
وكانت صحيفة محلية قد نقلت يوم الثلاثاء عن مصدر دبلوماسي لم تسمه أن المبعوث الخاص زار العاصمة القطرية قبل ثلاثة أيام، والتقى رئيس الوزراء ووزير الدولة للشؤون الخارجية، قبل أن يعود إلى بلاده.
وتأتي هذه التحركات بعد توتر شهدته المنطقة منذ أشهر، بلغ ذروته في الثالث عشر من إبريل، حين تبادل الطرفان الضربات للمرة الأولى بشكل مباشر، وهو ما دفع عواصم إقليمية إلى تكثيف وساطتها.
ويرى محللون أن نافذة التفاوض قد تضيق مع اقتراب الانتخابات المقررة في نوفمبر المقبل، إذ يخشى المفاوضون أن تتبدل الأولويات قبل نهاية العام الجاري، كما حدث في صيف 2018 حين انهار الاتفاق السابق.
وفي تصريح لقناة تلفزيونية مساء الأحد، قال وزير سابق إن الجولة التي جرت في 8 أيار (مايو) 2023 كانت الأكثر جدية منذ عام 2015، لكنها توقفت بعد أسابيع قليلة بسبب خلافات حول آليات التحقق.
وأشار إلى أن اللجان الفنية ستجتمع مرة أخرى في منتصف يونيو، وأن الوسيط العماني سيقدم تقريراً مفصلاً عن نتائج المشاورات قبل 30 يونيو 2024، موعد انتهاء المهلة التي حددها الطرفان في شباط الماضي.
وفي سياق متصل، أفادت وكالة الأنباء الرسمية بأن وزير الخارجية تلقى اتصالاً هاتفياً من نظيره الأوروبي بحثا خلاله تطورات الملف، واتفقا على مواصلة التنسيق خلال الفترة المقبلة، من دون تحديد موعد للقاء مباشر.
`

func BenchmarkTag(b *testing.B) {
	text := strings.Repeat(benchText, 2)
	pub := article.Date{Year: 2024, Month: 5, Day: 16}
	tg := New()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tg.Tag(text, pub)
	}
}

func TestBenchTextMentions(t *testing.T) {
	got := New().Tag(benchText, article.Date{Year: 2024, Month: 5, Day: 16})
	checkInvariants(t, benchText, got)
	if len(got) < 20 {
		t.Errorf("only %d mentions in the benchmark text: %s", len(got), show(got))
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		benchText,
		"في 13 إبريل/ نيسان الجاري",
		"أيار (مايو) 2023",
		"منذ عشرة أشهر",
		"١٣/٤/٢٠٢٤",
		"كانون",
		"الحادي والعشرين من",
		"في ۱۳ إبريل ۲۰۲۴)",
		"\xff\xfeمايو 2023",
	} {
		f.Add(s, 2024, 5, 17)
	}
	tg := New()
	f.Fuzz(func(t *testing.T, text string, y, m, d int) {
		pub := article.Date{Year: y, Month: m, Day: d}
		ms := tg.Tag(text, pub)
		// Rune boundaries as Go decodes them: an invalid byte is a rune.
		bound := make([]bool, len(text)+1)
		for i := range text {
			bound[i] = true
		}
		bound[len(text)] = true
		prev := 0
		for _, mt := range ms {
			if mt.Start < prev || mt.End <= mt.Start || mt.End > len(text) {
				t.Fatalf("bad span %d-%d after %d in %q", mt.Start, mt.End, prev, text)
			}
			if text[mt.Start:mt.End] != mt.Text {
				t.Fatalf("Text mismatch %q", mt.Text)
			}
			if !bound[mt.Start] || !bound[mt.End] || (utf8.ValidString(text) && !utf8.ValidString(mt.Text)) {
				t.Fatalf("span %d-%d not on rune boundaries in %q", mt.Start, mt.End, text)
			}
			if mt.Date.IsZero() || !mt.Date.Valid() {
				t.Fatalf("bad date %+v", mt.Date)
			}
			prev = mt.End
		}
	})
}

func TestConcurrentTag(t *testing.T) {
	tg := New()
	pub := article.Date{Year: 2024, Month: 5, Day: 16}
	want := show(tg.Tag(benchText, pub))
	done := make(chan string)
	for range 8 {
		go func() { done <- show(tg.Tag(benchText, pub)) }()
	}
	for range 8 {
		if got := <-done; got != want {
			t.Errorf("concurrent Tag differs:\n%s\n%s", got, want)
		}
	}
}
