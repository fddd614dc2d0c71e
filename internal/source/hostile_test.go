package source

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode"

	"github.com/negograph/negograph/internal/article"
)

func TestQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"000_muscat.txt", "000_muscat.txt"},
		{"news/2025 round.txt", "news/2025 round.txt"},
		{"أخبار/مسقط.txt", "أخبار/مسقط.txt"},
		{"evil\n2025.txt", `"evil\n2025.txt"`},
		{"\x1b[2J\x1b[31mred.txt", `"\x1b[2J\x1b[31mred.txt"`},
		{"gpj.\u202etxt", `"gpj.\u202etxt"`},
		{"bad\xffbyte.txt", `"bad\xffbyte.txt"`},
		{"tab\there.txt", `"tab\there.txt"`},
		{" leading.txt", `" leading.txt"`},
		{"", `""`},
		{"https://a.test/x?q=1", "https://a.test/x?q=1"},
	}
	for _, tt := range tests {
		if got := Quote(tt.in); got != tt.want {
			t.Errorf("Quote(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// plain reports whether s prints as it is: no control character, no
// invisible formatting, nothing a terminal would act on.
func plain(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsPrint(r) && r != '\u200c' && r != '\u200d' })
}

// TestHostileFileNamesQuoted: problems with files whose names hold a
// newline or terminal escapes are reported with the names quoted, on one
// line, with nothing a terminal would interpret.
func TestHostileFileNamesQuoted(t *testing.T) {
	dir := t.TempDir()
	names := []string{"evil\n2025-01-01 fake line.txt", "\x1b[2J\x1b[31mred.txt", "rtl\u202etxt.html", "bell\a.jsonl"}
	for _, n := range names {
		write(t, dir, n, []byte("%PDF-1.7 binary"))
	}
	write(t, dir, "bell\a.jsonl", nil) // empty
	r := walk(t, Options{}, dir, dir+"/missing\x1b]0;title\a.txt")
	if len(r.skipped) != len(names)+1 {
		t.Fatalf("skipped %d: %v", len(r.skipped), r.events)
	}
	for _, fe := range r.skipped {
		msg := fe.Error()
		if !plain(msg) || !strings.Contains(msg, `"`) {
			t.Errorf("not quoted: %q", msg)
		}
	}
}

// TestMetadataControlCharacters: NUL, terminal escapes, bidi overrides and
// line breaks in titles and outlets from manifests, JSON Lines, Markdown
// front matter and HTML are dropped; the text around them stays.
func TestMetadataControlCharacters(t *testing.T) {
	dir := t.TempDir()
	const prose = "استضافت العاصمة العمانية مسقط جولة جديدة من المحادثات غير المباشرة.\n"
	write(t, dir, "m/a.txt", []byte(prose))
	write(t, dir, "m/manifest.json", []byte(`[{"file": "a.txt", "outlet": "Wire\u0000\u001b[31m Service\u202e\n"}]`))
	write(t, dir, "b.jsonl", []byte(`{"id": "b", "title": "Tit\u0000le\u001b]0;x\u0007", "outlet": "Out\u0000let\u001b[2J\u0085", "text": "`+strings.TrimSpace(prose)+`"}`+"\n"))
	write(t, dir, "c.md", []byte("---\ntitle: Head\x01line\x1b[1m\noutlet: Daily\x1b[0m\x7f News\n---\n"+prose+prose+prose))
	write(t, dir, "d.html", []byte(`<html><head><title>x</title><meta property="og:site_name" content="Gulf&#0;&#x1b;[31m&#x202e;News"></head><body><h1>Muscat&#x1b;[2J talks</h1><p>`+prose+`</p></body></html>`))
	r := walk(t, Options{}, dir)
	if len(r.articles) != 4 {
		t.Fatalf("articles %d: %v", len(r.articles), r.events)
	}
	want := map[string][2]string{
		"a.txt":     {"", "Wire[31m Service"},
		"b.jsonl#b": {"Title]0;x", "Outlet[2J"},
		"c.md":      {"Headline[1m", "Daily[0m News"},
		"d.html":    {"Muscat[2J talks", "Gulf\ufffd[31mNews"},
	}
	for _, a := range r.articles {
		w, ok := want[a.Source]
		if !ok {
			t.Errorf("unexpected article %s", a.Source)
			continue
		}
		if !plain(a.Title) || !plain(a.Outlet) {
			t.Errorf("%s: title %q outlet %q keep control characters", a.Source, a.Title, a.Outlet)
		}
		if (w[0] != "" && a.Title != w[0]) || a.Outlet != w[1] {
			t.Errorf("%s: title %q outlet %q, want %q %q", a.Source, a.Title, a.Outlet, w[0], w[1])
		}
	}
}

// TestEmptyJSONLReported: a JSON Lines file without records (empty, blank
// lines, a byte order mark) is a problem naming the file.
func TestEmptyJSONLReported(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{"empty.jsonl": "", "blank.jsonl": "\n  \n\t\r\n", "bom.jsonl": "\ufeff\n"} {
		p := write(t, dir, name, []byte(data))
		r := walk(t, Options{}, p)
		if len(r.skipped) != 1 || !errors.Is(r.skipped[0], ErrEmpty) || r.skipped[0].Path != p || !strings.Contains(r.skipped[0].Error(), "no records") {
			t.Errorf("%s: %v", name, r.events)
		}
	}
	// A file whose only record is bad reports that record, not an empty file.
	p := write(t, dir, "bad.jsonl", []byte("{\"text\": true}\n"))
	r := walk(t, Options{}, p)
	if len(r.skipped) == 0 || r.skipped[0].Line != 1 || strings.Contains(r.events[len(r.events)-1], "no records") {
		t.Errorf("bad record: %v", r.events)
	}
}

// TestRecordIDAndURLPrintable: a JSON Lines id or a URL holding control or
// invisible characters is not used.
func TestRecordIDAndURLPrintable(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "c.jsonl", []byte(`{"id": "x\u202ey", "url": "https://a.test/\u001b[2J", "text": "نص الخبر عن المحادثات في مسقط."}`+"\n"))
	r := walk(t, Options{}, p)
	if len(r.articles) != 1 || r.articles[0].Source != "c.jsonl#1" || r.articles[0].URL != "" {
		t.Fatalf("%v %+v", r.events, r.articles)
	}
	if len(r.skipped) != 1 || !errors.Is(r.skipped[0], ErrMetadata) || !plain(r.skipped[0].Error()) {
		t.Errorf("%v", r.events)
	}
}

// TestStopMessageQuoted: when fn stops the walk, the error names the
// input quoted.
func TestStopMessageQuoted(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "stop\x1b[2J\n.txt", []byte("استضافت العاصمة العمانية مسقط جولة جديدة من المحادثات.\n"))
	for _, workers := range []int{1, 3} {
		err := Walk(context.Background(), []string{dir}, Options{Workers: workers},
			func(article.Article) error { return errors.New("enough") }, nil)
		if err == nil || !plain(err.Error()) || !strings.Contains(err.Error(), `stop\x1b[2J\n.txt"`) {
			t.Errorf("%d workers: %v", workers, err)
		}
	}
}

// FuzzIsRuleOf holds isRuleOf, which no longer copies the line, to its
// first definition.
func FuzzIsRuleOf(f *testing.F) {
	for _, s := range []string{"---", "- - -", "--", "=== ", "-*-", "ـــ", " - -  -x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range []byte{'-', '=', '*', '_'} {
			r := strings.ReplaceAll(s, " ", "")
			want := len(r) >= 3 && strings.Trim(r, string(c)) == ""
			if got := isRuleOf(s, c); got != want {
				t.Fatalf("isRuleOf(%q, %q) = %v, want %v", s, c, got, want)
			}
		}
	})
}
