package pipeline

import (
	"context"
	"testing"

	"github.com/negograph/negograph/extract/gazetteer"
	"github.com/negograph/negograph/internal/article"
)

// TestRoundAfterSuspension: an article announcing that talks are
// suspended, that they "may resume", and then recalling the round that was
// under way: one meeting, that round, with the sides the first sentence
// names (they stand two sentences back, past talks that did not happen).
func TestRoundAfterSuspension(t *testing.T) {
	gz, err := gazetteer.Default(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	an := NewAnalyzer(gz.Known())
	pub, _ := article.ParseDate("2023-12-03")
	text := "أعلنت السعودية والولايات المتحدة، الأحد، تعليق محادثات جدة بين الجيش السوداني وقوات الدعم السريع.\n\n" +
		"وأوضح بيان مشترك للوسيطين أن المحادثات قد تستأنف عندما يبدي الطرفان جدية أكبر.\n\n" +
		"وكانت الجولة الثانية قد انطلقت في التاسع والعشرين من تشرين الأول/أكتوبر.\n"
	f := an.analyze(text, pub)
	if len(f.Meetings) != 1 {
		t.Fatalf("%d meetings, want 1: %+v", len(f.Meetings), f.Meetings)
	}
	m := f.Meetings[0]
	want := []string{"org:rapid-support-forces", "org:sudanese-armed-forces"}
	if m.Date.String() != "2023-10-29" || len(m.Parties) != 2 || m.Parties[0] != want[0] || m.Parties[1] != want[1] {
		t.Errorf("meeting %v on %s, want %v on 2023-10-29", m.Parties, m.Date, want)
	}
}
