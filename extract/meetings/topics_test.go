package meetings

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
)

// TestTopicClauses: "بين البلدين" in a purpose clause names the sides of
// the agreement discussed and no longer drops the round of the countries
// named before; a sponsor named after an agreement recalled in the topic
// clause sponsors the round the sentence reports.
func TestTopicClauses(t *testing.T) {
	r := entities.NewRecognizer(testKnown())
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	pub, _ := article.ParseDate("2025-04-20")
	for _, tt := range []struct {
		name, text string
		dates      map[string]string
		want       []string
	}{
		{"an anaphor in a purpose clause",
			"وعقدت مصر والسعودية في 12 أبريل في القاهرة جولة محادثات لبحث اتفاق الربط الكهربائي بين البلدين.",
			map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks egypt+saudi-arabia 2025-04-12@cairo held/unknown med= part="}},
		{"an anaphor in a topic clause, the sides in a title",
			"وعقد وزيرا خارجية مصر والسعودية في 12 أبريل في القاهرة جولة مشاورات لمناقشة اتفاق الحدود البحرية بين البلدين.",
			map[string]string{"12 أبريل": "2025-04-12"},
			[]string{"talks egypt+saudi-arabia 2025-04-12@cairo held/unknown med= part="}},
		{"the sponsor after a recalled agreement",
			"وعقدت مصر والسعودية في 12 أبريل في القاهرة محادثات جديدة حول تنفيذ اتفاق التعاون الموقع عام 2019 برعاية الصين.",
			map[string]string{"12 أبريل": "2025-04-12", "عام 2019": "2019"},
			// the agreement recalled with its participle ("الموقع عام 2019")
			// is no signing meeting of its own (date_scope.go)
			[]string{"talks egypt+saudi-arabia 2025-04-12@cairo held/unknown med=china part="}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			expectMeetings(t, x, r, tt.text, pub, tt.dates, tt.want...)
		})
	}
}

// TestContinuesUntil: "المحادثات ستستمر حتى يوم X" after a round under
// way tells how long it lasts; the day it names is no meeting of its own,
// even when the weekday was read as a past one.
func TestContinuesUntil(t *testing.T) {
	r := entities.NewRecognizer(testKnown())
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	pub, _ := article.ParseDate("2025-04-13")
	for _, tt := range []struct {
		name, text string
		dates      map[string]string
		want       []string
	}{
		{"until a later day",
			"بدأت مصر والسعودية في 12 أبريل في القاهرة محادثات برعاية الصين. وقال الوسيط إن المحادثات ستستمر حتى 15 أبريل.",
			map[string]string{"12 أبريل": "2025-04-12", "15 أبريل": "2025-04-15"},
			[]string{"talks egypt+saudi-arabia 2025-04@cairo held/unknown med=china part="}},
		{"until a weekday read in the past",
			"بدأت مصر والسعودية في 12 أبريل في القاهرة محادثات برعاية الصين. وقال الوسيط إن المحادثات ستستمر حتى يوم الخميس.",
			map[string]string{"12 أبريل": "2025-04-12", "يوم الخميس": "2025-04-10"},
			[]string{"talks egypt+saudi-arabia 2025-04@cairo held/unknown med=china part="}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			expectMeetings(t, x, r, tt.text, pub, tt.dates, tt.want...)
		})
	}
}

// TestHostCapital: "استضافت العاصمة القطرية" hosts in the capital of the
// adjective's country.
func TestHostCapital(t *testing.T) {
	r := entities.NewRecognizer(testKnown())
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	pub, _ := article.ParseDate("2025-04-13")
	dates := map[string]string{"12 أبريل": "2025-04-12"}
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"the capital by its country's adjective",
			"واستضافت العاصمة القطرية في 12 أبريل جولة محادثات بين إيران والولايات المتحدة.",
			[]string{"talks iran+united-states 2025-04-12@doha held/unknown med= part="}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			expectMeetings(t, x, r, tt.text, pub, dates, tt.want...)
		})
	}
}
