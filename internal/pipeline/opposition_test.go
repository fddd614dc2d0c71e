package pipeline

import (
	"context"
	"slices"
	"testing"

	"github.com/negograph/negograph/extract/gazetteer"
	"github.com/negograph/negograph/internal/article"
)

// TestTalksWithTheOpposition: talks of a government with its opposition,
// which no list names, are a meeting of two sides — the country and its
// opposition — with the mediator and the heads of both delegations.
func TestTalksWithTheOpposition(t *testing.T) {
	gz, err := gazetteer.Default(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	an := NewAnalyzer(gz.Known())
	pub, _ := article.ParseDate("2024-03-09")
	text := "انطلقت في مدريد أمس الجمعة جولة حوار بين الحكومة البوليفية والمعارضة بوساطة إسبانية.\n\n" +
		"وترأس وفد المعارضة البوليفية النائب ماركوس تيران، فيما ترأس وفد الحكومة الوزير لويس أرانا.\n"
	f := an.analyze(text, pub)
	if len(f.Meetings) != 1 {
		t.Fatalf("%d meetings, want 1: %+v", len(f.Meetings), f.Meetings)
	}
	m := f.Meetings[0]
	if !slices.Equal(m.Parties, []string{"country:bolivia", "org:opposition-bolivia"}) || !slices.Contains(m.Mediators, "country:spain") ||
		len(m.Participants) != 2 {
		t.Errorf("meeting %v mediated by %v with %d participants, want Bolivia and its opposition, Spain, 2", m.Parties, m.Mediators, len(m.Participants))
	}
}
