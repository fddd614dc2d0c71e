package pipeline

import (
	"runtime"
	"strings"
	"testing"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/schema"
)

// longArticle repeats a paragraph reporting a round until the text is at
// least size bytes.
func longArticle(size int) string {
	const para = "عقدت في مسقط أمس جولة جديدة من المحادثات غير المباشرة بين إيران والولايات المتحدة بوساطة عمانية، " +
		"وترأس الوفد الإيراني وزير الخارجية عباس عراقجي.\n\n"
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(para)
	}
	return b.String()
}

func chunkAnalyzer() *Analyzer {
	return NewAnalyzer([]entities.Known{
		{ID: "country:iran", Label: schema.LabelCountry, Name: "Iran", NameAr: "إيران", Adjectives: []string{"إيراني", "الإيراني"}},
		{ID: "country:united-states", Label: schema.LabelCountry, Name: "United States", NameAr: "الولايات المتحدة"},
		{ID: "country:oman", Label: schema.LabelCountry, Name: "Oman", NameAr: "عُمان", Adjectives: []string{"عماني", "عمانية"}},
		{ID: "venue:muscat", Label: schema.LabelVenue, Name: "Muscat", NameAr: "مسقط", Country: "country:oman"},
		{ID: "person:abbas-araghchi", Label: schema.LabelPerson, Name: "Abbas Araghchi", NameAr: "عباس عراقجي", Country: "country:iran"},
	})
}

// TestLongArticleIsAnalysedInParts checks that an article longer than
// chunkBytes is analysed part by part with the facts placed in the whole
// article: every mention's offsets point at its surface, every sentence a
// meeting cites exists and names the round, and every part's rounds are
// found.
func TestLongArticleIsAnalysedInParts(t *testing.T) {
	text := longArticle(chunkBytes*5/2 + 1000)
	pub := article.Date{Year: 2025, Month: 4, Day: 13}
	f := chunkAnalyzer().Analyze(article.Article{ID: "article:long", Source: "long.txt", Text: text, Published: pub})
	if len(f.Mentions) == 0 || len(f.Meetings) == 0 {
		t.Fatalf("found %d mentions and %d meetings in a long article", len(f.Mentions), len(f.Meetings))
	}
	for _, m := range f.Mentions {
		if text[m.Start:m.End] != m.Surface {
			t.Fatalf("mention %q at %d-%d reads %q", m.Surface, m.Start, m.End, text[m.Start:m.End])
		}
		if m.Sentence < 0 || m.Sentence >= len(f.Sentences) || m.Start < f.Sentences[m.Sentence].Start || m.End > f.Sentences[m.Sentence].End {
			t.Fatalf("mention %q at %d is not inside its sentence %d", m.Surface, m.Start, m.Sentence)
		}
	}
	for _, m := range f.Meetings {
		for _, si := range m.Sentences() {
			if s := f.Sentence(si); !strings.Contains(s, "جولة") && !strings.Contains(s, "الوفد") {
				t.Fatalf("meeting cites sentence %d %q", si, s)
			}
		}
	}
	// one round a part at least: the parts are read, not only the first
	if parts := len(text)/chunkBytes + 1; len(f.Meetings) < parts {
		t.Errorf("%d meetings in %d parts", len(f.Meetings), parts)
	}
}

// BenchmarkAnalyzeLongArticle analyses one 16 MiB article and reports the
// heap in use at the end of the analysis per input byte (heapB/inB): it
// follows the part analysed at once (chunkBytes) and the facts kept, not
// the length of the file.
//
//	go test -run '^$' -bench AnalyzeLongArticle -benchtime 3x ./pipeline
func BenchmarkAnalyzeLongArticle(b *testing.B) {
	text := longArticle(16 << 20)
	a := chunkAnalyzer()
	pub := article.Date{Year: 2025, Month: 4, Day: 13}
	b.SetBytes(int64(len(text)))
	var worst float64
	for range b.N {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		f := a.Analyze(article.Article{ID: "article:long", Text: text, Published: pub})
		runtime.ReadMemStats(&after)
		worst = max(worst, float64(after.HeapInuse)-float64(before.HeapInuse))
		runtime.KeepAlive(f)
	}
	b.ReportMetric(worst/float64(len(text)), "heapB/inB")
}

func TestUnwrap(t *testing.T) {
	wrapped := "انتهت اليوم في مقر الأمم المتحدة جولة رابعة من المفاوضات غير\n" +
		"المباشرة بين البلدين بحضور الوسيط الأمريكي، على أن تستأنف في\n" +
		"الثاني من الشهر المقبل بحسب بيان مشترك صدر عن الجانبين بعد\n" +
		"انتهاء الجلسة التي استمرت أربع ساعات في أجواء وصفت بالجدية.\n" +
		"وقال مصدر مطلع إن الوفدين تبادلا الخرائط والوثائق للمرة الأولى\n" +
		"منذ انطلاق المسار في تشرين الأول الماضي."
	paragraphs := "عنوان الخبر\n\nانتهت اليوم جولة رابعة من المفاوضات غير المباشرة بين البلدين بحضور الوسيط الأمريكي، على أن تستأنف في الثاني من الشهر المقبل بحسب بيان مشترك صدر عن الجانبين بعد انتهاء الجلسة.\n" +
		"وقال مصدر مطلع إن الوفدين تبادلا الخرائط والوثائق للمرة الأولى منذ انطلاق المسار في تشرين الأول الماضي، وإن الجلسة المقبلة ستعقد في الموعد نفسه.\n" +
		"عنوان فرعي بلا نقطة\nوأضاف المصدر أن الوسيط سيزور العاصمتين قبل الجولة المقبلة لتقريب وجهات النظر بين الطرفين بشأن النقاط العالقة.\n"
	tests := []struct {
		name, text string
		joined     int // line breaks turned into spaces
	}{
		{"a page wrapped at a fixed width reads as sentences", wrapped, 4},
		{"paragraphs, a title and a subhead stay as they are", paragraphs, 0},
		{"a short text stays as it is", "سطر أول\nسطر ثان", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := unwrap(tt.text)
			if len(got) != len(tt.text) {
				t.Fatalf("length %d, want %d: offsets must not move", len(got), len(tt.text))
			}
			if n := strings.Count(tt.text, "\n") - strings.Count(got, "\n"); n != tt.joined {
				t.Errorf("%d line breaks joined, want %d:\n%s", n, tt.joined, got)
			}
		})
	}
}

// FuzzUnwrap checks that unwrapping never moves an offset: the text keeps
// its length and only line breaks become spaces.
func FuzzUnwrap(f *testing.F) {
	f.Add("سطر أول طويل بما يكفي ليكون من نثر ملفوف\nيكمل هنا الجملة ثم\nيكمل مرة أخرى حتى\nالنهاية.")
	f.Add("")
	f.Add("\n\n\r\n")
	f.Fuzz(func(t *testing.T, text string) {
		got := unwrap(text)
		if len(got) != len(text) {
			t.Fatalf("length %d, want %d", len(got), len(text))
		}
		for i := range len(text) {
			if got[i] != text[i] && !(got[i] == ' ' && (text[i] == '\n' || text[i] == '\r')) {
				t.Fatalf("byte %d changed from %q to %q", i, text[i], got[i])
			}
		}
	})
}

// TestConjunctionBeforeAQuote: "إيران و«الولايات المتحدة»" is read as
// "إيران «والولايات المتحدة»" — both sides of one round — and the facts
// still point into the article as written.
func TestConjunctionBeforeAQuote(t *testing.T) {
	text := "عقدت إيران و«الولايات المتحدة» أمس في مسقط جولة محادثات."
	pub := article.Date{Year: 2025, Month: 4, Day: 13}
	f := chunkAnalyzer().Analyze(article.Article{ID: "article:q", Source: "q.txt", Text: text, Published: pub})
	if len(f.Meetings) != 1 || strings.Join(f.Meetings[0].Parties, "+") != "country:iran+country:united-states" {
		t.Fatalf("meetings %+v, want one of Iran and the United States", f.Meetings)
	}
	if s := f.Sentence(0); s != text {
		t.Errorf("sentence %q, want the article's own %q", s, text)
	}
	for _, m := range f.Mentions {
		if text[m.Start:m.End] != m.Surface {
			t.Errorf("mention %q at %d-%d reads %q", m.Surface, m.Start, m.End, text[m.Start:m.End])
		}
	}
}
