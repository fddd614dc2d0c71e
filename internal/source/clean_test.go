package source

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"line endings", "سطر أول\r\nسطر ثان\rسطر ثالث\u2029سطر رابع", "سطر أول\nسطر ثان\nسطر ثالث\nسطر رابع"},
		{"blank lines and spaces", "\n\n  فقرة   أولى\t\n\n\n\u00a0فقرة ثانية  \n\n", "فقرة أولى\nفقرة ثانية"},
		{"invisible characters", "\uFEFFكلمة\u200Bأخرى \u200Fهنا\u00AD.", "كلمةأخرى هنا."},
		{"zwnj kept", "می\u200Cخواهم", "می\u200Cخواهم"},
		{"invalid utf-8", "نص\xff صحيح", "نص\uFFFD صحيح"},
		{"share buttons", "شارك\nمشاركة\nتويتر\nفيسبوك\nواتساب\nShare\nTweet\nشارك على فيسبوك\nفيسبوك وتويتر وواتساب\nShare on Facebook 12", ""},
		{"read also", "اقرأ أيضا\nاقرأ أيضاً: عنوان خبر آخر\nإقرأ المزيد\nللمزيد\nRead also: another story\nRead more", ""},
		{"read also takes the headline", "نص أول.\nاقرأ أيضا:\nالوزير يزور المعبر الحدودي\nنص ثان.", "نص أول.\nنص ثان."},
		{"read also keeps a sentence", "اقرأ أيضا:\nوقال الوزير إن الزيارة ناجحة.", "وقال الوزير إن الزيارة ناجحة."},
		{"copyright", "جميع الحقوق محفوظة\n© 2024 موقع المثال\nAll rights reserved.", ""},
		{"cookies", "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.\nWe use cookies to improve your experience.", ""},
		{"follow us", "تابعونا على تويتر\nتابعونا على فيسبوك وإنستغرام\nFollow us on Twitter", ""},
		{"credits", "المصدر: وكالات\nالمصدر: الجزيرة + رويترز\nSource: Reuters", ""},
		{"lone urls", "https://example.com/a?b=1\nwww.example.com\n<https://example.com>", ""},
		{"decoration", "***\n---\n• • •\n|", ""},
		// Real sentences that share words with boilerplate are kept.
		{"sentence with شارك", "شارك الوزير في الاجتماع الطارئ.", "شارك الوزير في الاجتماع الطارئ."},
		{"sentence with للمزيد", "للمزيد من الوضوح، قال المتحدث إن الوثيقة ستنشر كاملة الأسبوع المقبل.",
			"للمزيد من الوضوح، قال المتحدث إن الوثيقة ستنشر كاملة الأسبوع المقبل."},
		{"sentence with المصدر", "وقال المصدر: إن الحكومة ستعلن قرارها بعد اجتماع مجلس الوزراء.",
			"وقال المصدر: إن الحكومة ستعلن قرارها بعد اجتماع مجلس الوزراء."},
		{"long source line", "المصدر: مسؤول في وزارة الخارجية طلب عدم ذكر اسمه لأنه غير مخول بالحديث.",
			"المصدر: مسؤول في وزارة الخارجية طلب عدم ذكر اسمه لأنه غير مخول بالحديث."},
		{"news about cookies", "أقر البرلمان قانوناً ينظم استخدام ملفات تعريف الارتباط في المواقع التجارية.",
			"أقر البرلمان قانوناً ينظم استخدام ملفات تعريف الارتباط في المواقع التجارية."},
		{"sentence about twitter", "أعلنت شركة تويتر تغيير اسمها.", "أعلنت شركة تويتر تغيير اسمها."},
		{"sentence with url", "نشرت الوزارة البيان على https://example.gov/statement أمس.",
			"نشرت الوزارة البيان على https://example.gov/statement أمس."},
		{"followers sentence", "تابعوا التطورات أولاً بأول، قال المذيع للمشاهدين.", "تابعوا التطورات أولاً بأول، قال المذيع للمشاهدين."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTextTitle(t *testing.T) {
	tests := []struct{ text, want string }{
		{"عنوان قصير\nنص المقال.", "عنوان قصير"},
		{"جملة أولى تنتهي بنقطة.\nنص.", ""},
		{"هل ينتهي بسؤال؟\nنص.", ""},
		{"سطر وحيد بلا نقطة", ""},
		{"«عنوان بين علامتي تنصيص»\nنص.", "«عنوان بين علامتي تنصيص»"},
		{"قال: «انتهى.»\nنص.", ""},
		{strings.Repeat("ك", 201) + "\nنص.", ""},
	}
	for _, tt := range tests {
		if got := textTitle(tt.text); got != tt.want {
			t.Errorf("textTitle(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestMarkdown(t *testing.T) {
	tests := []struct{ in, title, text string }{
		{"# عنوان\n\nنص **غامق** و*مائل* و`رمز`.", "عنوان", "عنوان\nنص غامق ومائل ورمز."},
		{"عنوان بديل\n===\n\nنص.", "عنوان بديل", "عنوان بديل\nنص."},
		{"## فرعي\n\n> اقتباس [رابط](http://x.example) هنا", "", "فرعي\nاقتباس رابط هنا"},
		{"نص مع snake_case و 3 * 4.", "", "نص مع snake_case و 3 * 4."},
		{"```\nكود\n```\n![صورة](a.png)\n[ref]: http://x.example", "", "كود"},
		{"---\ntitle: من الواجهة\n---\n# من العنوان\nنص.", "من الواجهة", "من العنوان\nنص."},
	}
	for _, tt := range tests {
		d := parseMarkdown(tt.in)
		if d.title != tt.title || Clean(d.text) != tt.text {
			t.Errorf("parseMarkdown(%q) = %q, %q; want %q, %q", tt.in, d.title, Clean(d.text), tt.title, tt.text)
		}
	}
}

// golden compares got with testdata/golden/name, rewriting it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	p := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(p, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run go test ./source -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file:\n got:\n%s\nwant:\n%s", name, got, want)
	}
}

func TestCleanGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/clean/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		golden(t, "clean_"+filepath.Base(f), Clean(string(data))+"\n")
	}
}

func TestHTMLTextGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/html/*.html")
	if err != nil || len(files) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	files = append(files, "testdata/walk/03_page.html")
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		title, text, err := HTMLText(fh)
		fh.Close()
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		golden(t, "html_"+name+".txt", "title: "+title+"\n---\n"+text+"\n")
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"", "شارك\nنص.", "اقرأ أيضا:\n---\nعنوان\nنص.", "\xff\r\n\u2028x", "a\u200Bb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Clean(s)
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 out: %q", got)
		}
		if got != strings.TrimSpace(got) || strings.Contains(got, "\n\n") || strings.Contains(got, "\r") {
			t.Fatalf("not normalized: %q", got)
		}
		if again := Clean(got); again != got {
			t.Fatalf("not idempotent:\n%q\n%q", got, again)
		}
	})
}

func FuzzHTMLText(f *testing.F) {
	for _, s := range []string{"", "<p>نص</p>", "<article><h1>ع</h1><p>a<br>b</p></article>", "<svg><p>x</svg>", "<pre>a\nb</pre>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		title, text, err := HTMLText(strings.NewReader(s))
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(title) || !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 out: %q %q", title, text)
		}
		if strings.Contains(title, "\n") {
			t.Fatalf("title on several lines: %q", title)
		}
	})
}
