package neo4jstore

import (
	"testing"
	"time"
)

// TestSearchEntities: the full-text search finds an entity by its Arabic
// name and gives its id, label and names; a query that matches nothing
// gives no hit and no error.
func TestSearchEntities(t *testing.T) {
	l := openLoader(t)
	ctx := testCtx(t)
	if _, err := l.Load(ctx, sampleGraph(t).Snapshot()); err != nil {
		t.Fatal(err)
	}
	want := EntityHit{ID: "person:araghchi", Label: "Person", Name: "Abbas Araghchi", NameAr: "عباس عراقجي"}
	// Writes reach full-text indexes asynchronously; poll briefly.
	deadline := time.Now().Add(30 * time.Second)
	for {
		hits, err := l.SearchEntities(ctx, "عراقجي", 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) > 0 {
			got := hits[0]
			if got.Score <= 0 {
				t.Errorf("score %v", got.Score)
			}
			got.Score = 0
			if got != want {
				t.Errorf("first hit %+v, want %+v", got, want)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("SearchEntities found nothing for عراقجي")
		}
		time.Sleep(200 * time.Millisecond)
	}
	if hits, err := l.SearchEntities(ctx, "zzzzqqq", 3); err != nil || len(hits) != 0 {
		t.Errorf("search for nothing: %v, %v", hits, err)
	}
}
