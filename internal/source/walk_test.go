package source

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/negograph/negograph/internal/article"
)

// walkResult is what one walk produced, in order.
type walkResult struct {
	events   []string // "article <source>" and "skip <error>", interleaved
	articles []article.Article
	skipped  []*FileError
	err      error
}

// walk walks the paths with opts and, to hold the parallel reader to the
// same results, again with three workers (and with one when opts has
// several): both walks must give the same sequence.
func walk(t *testing.T, opts Options, paths ...string) walkResult {
	t.Helper()
	r := walkOnce(opts, paths...)
	other := opts
	other.Workers = 3
	if opts.Workers > 1 {
		other.Workers = 1
	}
	o := walkOnce(other, paths...)
	if !reflect.DeepEqual(r.events, o.events) || !reflect.DeepEqual(r.articles, o.articles) || fmt.Sprint(r.err) != fmt.Sprint(o.err) {
		t.Fatalf("%d and %d workers disagree:\n%v (%v)\n%v (%v)", opts.Workers, other.Workers, r.events, r.err, o.events, o.err)
	}
	return r
}

func walkOnce(opts Options, paths ...string) walkResult {
	var r walkResult
	r.err = Walk(context.Background(), paths, opts,
		func(a article.Article) error {
			r.articles = append(r.articles, a)
			r.events = append(r.events, "article "+a.Source)
			return nil
		},
		func(fe *FileError) {
			r.skipped = append(r.skipped, fe)
			r.events = append(r.events, "skip "+fe.Error())
		})
	return r
}

func date(t *testing.T, s string) article.Date {
	t.Helper()
	d, err := article.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestWalkFixtures(t *testing.T) {
	r := walk(t, Options{}, "testdata/walk")
	if r.err != nil {
		t.Fatalf("Walk: %v", r.err)
	}
	want := []article.Article{
		{Source: "01_headline.txt", Title: "وزير الطاقة يفتتح محطة شمسية جديدة في الصحراء", Outlet: "صحيفة المثال",
			URL: "https://example.com/news/123", Language: "ar", Published: date(t, "2024-03-05"),
			Text: "وزير الطاقة يفتتح محطة شمسية جديدة في الصحراء\n" +
				"افتتح وزير الطاقة صباح الثلاثاء محطة لتوليد الكهرباء من الشمس قرب مدينة الواحة.\n" +
				"وقال الوزير إن المحطة ستزود نحو مئة ألف منزل بالطاقة النظيفة.\n" +
				"وأضاف أن العمل على المرحلة الثانية سيبدأ العام المقبل."},
		{Source: "02_note.md", Title: "مهرجان الكتاب يستقبل زواره", Language: "ar",
			Text: "مهرجان الكتاب في العاصمة\n" +
				"افتتح مهرجان الكتاب أبوابه أمس بمشاركة مئتي دار نشر من عشرين بلداً.\n" +
				"قالت المنظمة سلمى إن الإقبال فاق التوقعات."},
		{Source: "03_page.html", Title: "أمطار غزيرة تغلق الطرق في الشمال", Outlet: "موقع المثال",
			URL: "https://example.com/weather/rain", Language: "ar", Published: date(t, "2023-11")},
		{Source: "04_corpus.jsonl#a1", Title: "اتفاق على تبادل الأسرى", Outlet: "وكالة المثال",
			URL: "https://example.net/a1", Language: "ar", Published: date(t, "2024-01-10"),
			Text: "أعلن الوسطاء التوصل إلى اتفاق على تبادل الأسرى بين الطرفين.\nوقال مسؤول إن التنفيذ يبدأ الأسبوع المقبل."},
		{Source: "04_corpus.jsonl#a2", Language: "ar",
			Text: "ارتفعت أسعار القمح في الأسواق المحلية للشهر الثالث على التوالي."},
		{Source: "04_corpus.jsonl#6", Language: "ar", Published: date(t, "2024-06-01"),
			Text: "وصل وفد تجاري إلى الميناء لبحث زيادة الصادرات."},
		{Source: "06_nested.txt", Outlet: "نشرة الحي", Language: "ar", Published: date(t, "2022"),
			Text: "افتتحت البلدية حديقة عامة جديدة في الحي الشرقي."},
	}
	if len(r.articles) != len(want) {
		t.Fatalf("got %d articles, want %d: %v", len(r.articles), len(want), r.events)
	}
	for i, w := range want {
		got := r.articles[i]
		if w.Text == "" {
			w.Text = got.Text // checked by the golden HTML test
		}
		w.ID = article.ContentID(w.Text)
		if got != w {
			t.Errorf("article %d:\n got %+v\nwant %+v", i, got, w)
		}
	}

	type skip struct {
		file string
		line int
		is   error
	}
	wantSkips := []skip{
		{"manifest.json", 10, ErrManifest},
		{"manifest.json", 26, ErrManifest},
		{"04_corpus.jsonl", 2, ErrMetadata},
		{"04_corpus.jsonl", 3, ErrRecord},
		{"04_corpus.jsonl", 5, ErrEmpty},
		{"04_corpus.jsonl", 7, ErrRecord},
	}
	if len(r.skipped) != len(wantSkips) {
		t.Fatalf("got %d skips, want %d: %v", len(r.skipped), len(wantSkips), r.events)
	}
	for i, w := range wantSkips {
		fe := r.skipped[i]
		if filepath.Base(fe.Path) != w.file || fe.Line != w.line || !errors.Is(fe, w.is) {
			t.Errorf("skip %d = %v, want %s:%d wrapping %v", i, fe, w.file, w.line, w.is)
		}
	}
	if !errors.Is(r.skipped[0], article.ErrBadDate) {
		t.Errorf("bad published in the manifest should wrap article.ErrBadDate: %v", r.skipped[0])
	}
}

func TestWalkDeterministic(t *testing.T) {
	a := walk(t, Options{}, "testdata/walk", "testdata/walk/01_headline.txt")
	b := walk(t, Options{}, "testdata/walk", "testdata/walk/01_headline.txt")
	if !reflect.DeepEqual(a.events, b.events) || !reflect.DeepEqual(a.articles, b.articles) {
		t.Fatalf("two walks differ:\n%v\n%v", a.events, b.events)
	}
	// The explicitly named file is read again: duplicates are passed on.
	last := a.articles[len(a.articles)-1]
	if last.ID != a.articles[0].ID || last.Source != "01_headline.txt" {
		t.Errorf("duplicate not passed on: %+v", last)
	}
}

// write creates a file under dir and returns its path.
func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestWalkBadInputs(t *testing.T) {
	const prose = "قررت اللجنة تأجيل التصويت على الميزانية إلى الشهر المقبل.\n"
	utf16le := []byte{0xFF, 0xFE}
	for _, r := range "تم افتتاح المكتبة." {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	tests := []struct {
		name    string
		file    string
		data    []byte
		opts    Options
		wantErr error  // nil: one article
		wantMsg string // in the error message
	}{
		{"windows-1256", "a.txt", []byte{0xE3, 0xD1, 0xCD, 0xC8, 0xC7, '\n'}, Options{}, ErrInvalidUTF8, "WINDOWS-1256"},
		{"nul bytes", "b.txt", []byte("abc\x00def"), Options{}, ErrBinary, "NUL"},
		{"control bytes", "c.txt", []byte("\x01\x02\x03\x04text"), Options{}, ErrBinary, "control"},
		{"pdf", "d.html", []byte("%PDF-1.7\n..."), Options{}, ErrBinary, "PDF"},
		{"empty file", "e.txt", nil, Options{}, ErrEmpty, ""},
		{"only boilerplate", "f.md", []byte("# \n\nشارك\n\nجميع الحقوق محفوظة\n"), Options{}, ErrEmpty, ""},
		{"too large", "g.txt", []byte(prose), Options{MaxBytes: 10}, ErrTooLarge, "MaxBytes"},
		{"no limit", "h.txt", []byte(prose), Options{MaxBytes: -1}, nil, ""},
		{"utf-16 with bom", "i.txt", utf16le, Options{}, nil, ""},
		{"utf-8 bom", "j.txt", append([]byte("\uFEFF"), prose...), Options{}, nil, ""},
		{"unsupported named file", "k.docx", []byte(prose), Options{}, ErrUnsupported, ".docx"},
		{"named manifest", "manifest.json", []byte("[]"), Options{}, ErrUnsupported, "folder"},
		{"html without body text", "l.html", []byte("<html><script>x()</script><nav>menu</nav></html>"), Options{}, ErrEmpty, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, t.TempDir(), tt.file, tt.data)
			r := walk(t, tt.opts, p)
			if r.err != nil {
				t.Fatalf("Walk: %v", r.err)
			}
			if tt.wantErr == nil {
				if len(r.articles) != 1 || len(r.skipped) != 0 {
					t.Fatalf("want one article, got %v", r.events)
				}
				if strings.ContainsRune(r.articles[0].Text, '\uFEFF') {
					t.Errorf("byte order mark left in %q", r.articles[0].Text)
				}
				return
			}
			if len(r.articles) != 0 || len(r.skipped) != 1 {
				t.Fatalf("want one skip, got %v", r.events)
			}
			fe := r.skipped[0]
			if !errors.Is(fe, tt.wantErr) || fe.Path != p || !strings.Contains(fe.Error(), tt.wantMsg) {
				t.Errorf("skip = %v (path %q), want %v at %s mentioning %q", fe, fe.Path, tt.wantErr, p, tt.wantMsg)
			}
			if !strings.HasPrefix(fe.Error(), p+": ") {
				t.Errorf("message %q does not start with the path", fe.Error())
			}
		})
	}
}

func TestWalkMissingAndIgnored(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "notes.csv", []byte("a,b\n"))
	write(t, dir, ".git/x.txt", []byte("مخفي.\n"))
	write(t, dir, "ok.txt", []byte("وصلت القافلة إلى المدينة مساء أمس.\n"))
	missing := filepath.Join(dir, "nope")
	r := walk(t, Options{}, missing, dir)
	if r.err != nil {
		t.Fatal(r.err)
	}
	if len(r.skipped) != 1 || !errors.Is(r.skipped[0], fs.ErrNotExist) || r.skipped[0].Path != missing {
		t.Fatalf("want a not-exist skip for %s, got %v", missing, r.events)
	}
	if len(r.articles) != 1 || r.articles[0].Source != "ok.txt" {
		t.Fatalf("want only ok.txt, got %v", r.events)
	}
}

func TestWalkBadManifest(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "manifest.json", []byte(`{"file": "a.txt"`))
	write(t, dir, "a.txt", []byte("انطلقت حملة التطعيم في المدارس هذا الأسبوع.\n"))
	r := walk(t, Options{}, dir)
	if len(r.skipped) != 1 || !errors.Is(r.skipped[0], ErrManifest) || r.skipped[0].Line != 0 {
		t.Fatalf("want one manifest skip, got %v", r.events)
	}
	if len(r.articles) != 1 || !r.articles[0].Published.IsZero() {
		t.Fatalf("want the article without metadata, got %v", r.events)
	}
}

func TestWalkNamedFileUsesManifest(t *testing.T) {
	r := walk(t, Options{}, "testdata/walk/02_note.md", "testdata/walk/01_headline.txt")
	if len(r.articles) != 2 || r.articles[1].Outlet != "صحيفة المثال" {
		t.Fatalf("manifest not applied: %v", r.events)
	}
	// Only the problem of the named file's entry is reported.
	if len(r.skipped) != 1 || r.skipped[0].Line != 10 {
		t.Fatalf("want the 02_note.md entry problem only, got %v", r.events)
	}
}

func TestWalkJSONLLongLine(t *testing.T) {
	dir := t.TempDir()
	long := `{"text":"` + strings.Repeat("ب", 200) + `"}`
	p := write(t, dir, "c.jsonl", []byte(`{"text":"هطلت الثلوج على الجبال."}`+"\n"+long+"\n"+`{"text":"عاد التيار الكهربائي."}`))
	r := walk(t, Options{MaxBytes: 100}, p)
	if len(r.articles) != 2 || len(r.skipped) != 1 || r.skipped[0].Line != 2 || !errors.Is(r.skipped[0], ErrTooLarge) {
		t.Fatalf("got %v", r.events)
	}
	if got := r.articles[1].Source; got != "c.jsonl#3" {
		t.Errorf("source = %q, want c.jsonl#3", got)
	}
	if got := r.skipped[0].Error(); !strings.HasPrefix(got, p+":2: ") {
		t.Errorf("message %q, want %q prefix", got, p+":2: ")
	}
}

func TestWalkStops(t *testing.T) {
	for _, workers := range []int{1, 4} {
		t.Run(fmt.Sprint(workers, " workers"), func(t *testing.T) {
			opts := Options{Workers: workers}
			stop := errors.New("enough")
			calls := 0
			err := Walk(context.Background(), []string{"testdata/walk"}, opts, func(article.Article) error {
				calls++
				return stop
			}, nil)
			if !errors.Is(err, stop) || calls != 1 {
				t.Fatalf("err = %v after %d calls, want %v after 1", err, calls, stop)
			}

			ctx, cancel := context.WithCancel(context.Background())
			calls = 0
			err = Walk(ctx, []string{"testdata/walk"}, opts, func(article.Article) error {
				calls++
				cancel()
				return nil
			}, nil)
			if !errors.Is(err, context.Canceled) || calls != 1 {
				t.Fatalf("err = %v after %d calls, want context.Canceled after 1", err, calls)
			}
		})
	}
}

// TestWalkParallelManyFiles: with several workers, a folder of many text
// files and a JSON Lines file of many runs come out in walk order.
func TestWalkParallelManyFiles(t *testing.T) {
	dir := t.TempDir()
	for i := range 300 {
		write(t, dir, fmt.Sprintf("f%03d.txt", i), []byte(fmt.Sprintf("اجتمع الوفدان في الجولة رقم %d من المحادثات.\n", i)))
	}
	var jl strings.Builder
	for i := range 3000 {
		if i%500 == 7 {
			jl.WriteString("not json\n")
		}
		fmt.Fprintf(&jl, `{"id":"r%d","text":"%s رقم %d."}`+"\n", i, strings.Repeat("نص طويل ", 30), i)
	}
	write(t, dir, "z.jsonl", []byte(jl.String()))
	r := walk(t, Options{Workers: 4}, dir)
	if len(r.articles) != 3300 || len(r.skipped) != 6 {
		t.Fatalf("%d articles, %d skipped", len(r.articles), len(r.skipped))
	}
	if r.articles[299].Source != "f299.txt" || r.articles[300].Source != "z.jsonl#r0" || r.articles[3299].Source != "z.jsonl#r2999" {
		t.Errorf("out of order: %s %s %s", r.articles[299].Source, r.articles[300].Source, r.articles[3299].Source)
	}
}

func TestFileErrorFormat(t *testing.T) {
	inner := fmt.Errorf("%w: x", ErrEmpty)
	if got := (&FileError{Path: "a/b.txt", Err: inner}).Error(); got != "a/b.txt: no article text after cleaning: x" {
		t.Errorf("got %q", got)
	}
	fe := &FileError{Path: "c.jsonl", Line: 4, Err: inner}
	if got := fe.Error(); got != "c.jsonl:4: no article text after cleaning: x" {
		t.Errorf("got %q", got)
	}
	if !errors.Is(fe, ErrEmpty) {
		t.Error("errors.Is through FileError failed")
	}
}

// TestWalkUnchanged: files the caller says are unchanged are not read;
// their stamp follows size, modification time and the manifest entry.
func TestWalkUnchanged(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "التقى الوفدان في مسقط.\n")
	write("b.txt", "انعقدت الجولة في روما.\n")
	stamps := map[string]Stamp{}
	walk := func() (read []string) {
		opts := Options{Unchanged: func(p string, s Stamp) bool {
			old, ok := stamps[p]
			stamps[p] = s
			return ok && old.Size == s.Size && old.ModTime.Equal(s.ModTime) && old.Meta == s.Meta
		}}
		err := Walk(context.Background(), []string{dir}, opts, func(a article.Article) error {
			read = append(read, a.Source)
			return nil
		}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return read
	}
	if got := walk(); len(got) != 2 {
		t.Fatalf("first walk read %v", got)
	}
	if got := walk(); len(got) != 0 {
		t.Fatalf("second walk read %v", got)
	}
	write("b.txt", "انعقدت الجولة الثانية في روما.\n")
	if got := walk(); len(got) != 1 || got[0] != "b.txt" {
		t.Fatalf("after a change read %v", got)
	}
	write("manifest.json", `[{"file": "a.txt", "published": "2025-04-12"}]`)
	if got := walk(); len(got) != 1 || got[0] != "a.txt" {
		t.Fatalf("after a manifest entry read %v", got)
	}
}
