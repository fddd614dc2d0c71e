package refresh

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/negograph/negograph/internal/neo4jtest"
	"github.com/negograph/negograph/internal/pipeline"
	"github.com/negograph/negograph/internal/source/web"
	"github.com/negograph/negograph/internal/testenv"
)

// twoRoots copies the example articles to news/ and the pipeline's to
// more/, and keeps a pristine copy of news/ in saved/.
func twoRoots(t *testing.T) (news, more, saved string) {
	t.Helper()
	dir := t.TempDir()
	news, more, saved = filepath.Join(dir, "news"), filepath.Join(dir, "more"), filepath.Join(dir, "saved", "news")
	testenv.CopyTree(t, news, "../../examples/articles")
	testenv.CopyTree(t, saved, "../../examples/articles")
	testenv.CopyTree(t, more, "../pipeline/testdata/articles")
	return news, more, saved
}

const extraArticle = "وصل وزير الخارجية الإيراني عباس عراقجي إلى الدوحة يوم 3 مايو 2025 لإجراء جولة جديدة من المحادثات غير المباشرة مع المبعوث الأمريكي ستيف ويتكوف بوساطة قطرية.\n"

// TestUnavailableRootIsNeverRetracted breaks one of two roots between
// passes, as an unmounted share or a wiped folder would: the pass fails
// naming it, keeps every one of its articles, still refreshes the other
// root, and once the root is back everything is as a full rebuild.
func TestUnavailableRootIsNeverRetracted(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	for _, tc := range []struct {
		name    string
		breakIt func(t *testing.T, news string)
		want    string
	}{
		{"unmounted (renamed away)", func(t *testing.T, news string) {
			if err := os.Rename(news, news+".away"); err != nil {
				t.Fatal(err)
			}
		}, "no such file or directory"},
		{"emptied", func(t *testing.T, news string) {
			if err := os.RemoveAll(news); err != nil {
				t.Fatal(err)
			}
			if err := os.Mkdir(news, 0o755); err != nil {
				t.Fatal(err)
			}
		}, "no article files"},
		{"replaced by a link to an empty folder", func(t *testing.T, news string) {
			if err := os.Rename(news, news+".away"); err != nil {
				t.Fatal(err)
			}
			empty := t.TempDir()
			if err := os.Symlink(empty, news); err != nil {
				t.Fatal(err)
			}
		}, "no article files"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			news, more, saved := twoRoots(t)
			r := newRefresher(t, driver, db, news, more)
			first := pass(t, r)

			tc.breakIt(t, news)
			if err := os.WriteFile(filepath.Join(more, "zz_new.txt"), []byte(extraArticle), 0o644); err != nil {
				t.Fatal(err)
			}
			rep, err := r.Pass(context.Background())
			var se *pipeline.SourceError
			if !errors.Is(err, pipeline.ErrSourceUnavailable) || !errors.As(err, &se) || se.Source != news {
				t.Fatalf("pass with %s %s: %v", news, tc.name, err)
			}
			if !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "kept as they were") {
				t.Errorf("message: %v", err)
			}
			if rep.Deleted != 0 || rep.New != 1 || len(rep.Held) != 1 || rep.Held[0].Kept == 0 {
				t.Fatalf("report: %+v (first pass %+v)", rep, first)
			}
			// news/ kept as it was, more/ refreshed.
			assertEqualsRebuild(t, driver, db, saved, more)

			// Back again: a normal pass.
			os.Remove(news)
			os.RemoveAll(news)
			testenv.CopyTree(t, news, saved)
			if rep := pass(t, r); rep.Deleted != 0 || len(rep.Held) != 0 {
				t.Fatalf("pass with the root back: %+v", rep)
			}
			assertEqualsRebuild(t, driver, db, news, more)
		})
	}
}

// TestUnknownUnavailableRootWritesNothing: a root that cannot be read and
// that the state folder knows nothing of (a lost state folder) stops the
// pass before it writes when Neo4j holds a graph, since any write could
// retract its articles; against an empty database the other roots load.
func TestUnknownUnavailableRootWritesNothing(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	news, more, _ := twoRoots(t)
	missing := filepath.Join(t.TempDir(), "not-mounted")

	cold := newRefresher(t, driver, db, missing, more)
	_, err := cold.Pass(context.Background())
	if !errors.Is(err, pipeline.ErrSourceUnavailable) || !strings.Contains(err.Error(), missing) {
		t.Fatalf("first pass with a missing root: %v", err)
	}
	assertEqualsRebuild(t, driver, db, more)

	r := newRefresher(t, driver, db, news, more)
	pass(t, r)
	lost := newRefresher(t, driver, db, missing, more) // new state folder
	_, err = lost.Pass(context.Background())
	if !errors.Is(err, pipeline.ErrSourceUnavailable) || !strings.Contains(err.Error(), "nothing written") {
		t.Fatalf("pass with a missing root and no state: %v", err)
	}
	assertEqualsRebuild(t, driver, db, news, more)
}

// TestMassRetractIsRefused deletes most files of a root: the pass keeps
// them, says how many it would have retracted, and refreshes the rest;
// with AllowMassRetract (--allow-mass-retract) they go.
func TestMassRetractIsRefused(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	news, more, saved := twoRoots(t)
	r := newRefresher(t, driver, db, news, more)
	r.MaxRetractFraction = 0.3
	pass(t, r)
	txts, err := filepath.Glob(filepath.Join(news, "*.txt"))
	if err != nil || len(txts) < 5 {
		t.Fatalf("fixture: %d .txt files", len(txts))
	}
	for _, f := range txts {
		if err := os.Remove(f); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(more, "zz_new.txt"), []byte(extraArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := r.Pass(context.Background())
	var me *pipeline.MassRetractError
	if !errors.Is(err, pipeline.ErrMassRetract) || !errors.As(err, &me) || me.Retract != len(txts) {
		t.Fatalf("mass-retracting pass: %v", err)
	}
	want := fmt.Sprintf("would retract %d of its %d articles", len(txts), me.Of)
	if !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "--allow-mass-retract") || !strings.Contains(err.Error(), news) {
		t.Errorf("message %q lacks %q, the flag or the source", err, want)
	}
	if rep.Deleted != 0 || rep.New != 1 {
		t.Fatalf("report: %+v", rep)
	}
	assertEqualsRebuild(t, driver, db, saved, more)

	r.AllowMassRetract = true
	if rep := pass(t, r); rep.Deleted != len(txts) {
		t.Fatalf("allowed pass: %+v", rep)
	}
	assertEqualsRebuild(t, driver, db, news, more)
}

// TestUnfetchablePagesAreNeverDeleted: a URL list that suddenly names few
// of its pages is held back; a feed that fails keeps its pages; a page
// whose stored copy is lost keeps its analysis. Only a 404/410 of a single
// page, or a source removed from the configuration, retracts.
func TestUnfetchablePagesAreNeverDeleted(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	site, list, writeList := newFollowedSite(t)
	writeList("/news/muscat", "/news/rome")
	r := newRefresher(t, driver, db)
	r.Sources = Sources{URLLists: []string{list}, Feeds: []string{site.srv.URL + "/feed.xml"}}
	r.Fetcher = &web.Fetcher{AllowPrivateNetworks: true}
	if rep := pass(t, r); rep.Seen != 3 {
		t.Fatalf("first pass: %+v", rep)
	}
	before := r.commit.snap

	// The list is truncated to nothing; the feed is down; the stored copy
	// of the feed's page is lost.
	writeList()
	site.srv.Config.Handler = http404{}
	files, _ := filepath.Glob(filepath.Join(r.StateDir, "web", "*.json"))
	for _, f := range files {
		os.Remove(f)
	}
	rep, err := r.Pass(context.Background())
	var se *pipeline.SourceError
	if !errors.Is(err, pipeline.ErrMassRetract) || !errors.As(err, &se) || se.Source != list || se.Kept != 2 {
		t.Fatalf("pass with the list emptied: %v", err)
	}
	if rep.Seen != 3 || rep.Deleted != 0 || rep.Written != 0 {
		t.Fatalf("report: %+v", rep)
	}
	if d, _ := delta(before, r.commit.snap); !d.Empty() {
		t.Fatalf("the graph changed by %d elements", d.Rows())
	}
}

// http404 answers every request with 404, as a feed host that went away.
type http404 struct{}

func (http404) ServeHTTP(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) }

// TestUnreadableFileKeepsItsArticles breaks one file of a root between
// passes, as a copy cut short would: the file is reported, its articles
// stay as the last pass read them (nothing is retracted), and once it is
// whole again the graph is a full rebuild.
func TestUnreadableFileKeepsItsArticles(t *testing.T) {
	driver, db := neo4jtest.Open(t)
	news, more, saved := twoRoots(t)
	r := newRefresher(t, driver, db, news, more)
	pass(t, r)

	broken := filepath.Join(news, "ex03_muscat-2025-04-12.txt")
	if err := os.WriteFile(broken, []byte("\xff\xfe\x00 not text any more"), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := r.Pass(context.Background())
	if err != nil {
		t.Fatalf("pass with one broken file: %v", err)
	}
	if rep.Deleted != 0 || len(rep.Skipped) != 1 || !strings.Contains(rep.Skipped[0].Path, "ex03_") {
		t.Fatalf("report: deleted %d, skipped %v", rep.Deleted, rep.Skipped)
	}
	assertEqualsRebuild(t, driver, db, saved, more)

	testenv.CopyTree(t, news, saved)
	if rep := pass(t, r); rep.Deleted != 0 || len(rep.Skipped) != 0 {
		t.Fatalf("pass with the file whole again: deleted %d, skipped %v", rep.Deleted, rep.Skipped)
	}
	assertEqualsRebuild(t, driver, db, news, more)
}
