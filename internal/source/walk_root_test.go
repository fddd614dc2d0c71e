package source

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/negograph/negograph/internal/article"
)

// walkAll walks paths and returns the sources of the articles and the
// problems as "path: error" lines.
func walkAll(t *testing.T, paths ...string) (sources []string, problems []string, fes []*FileError) {
	t.Helper()
	err := Walk(context.Background(), paths, Options{}, func(a article.Article) error {
		sources = append(sources, a.Source)
		return nil
	}, func(fe *FileError) {
		fes = append(fes, fe)
		problems = append(problems, fe.Path+": "+fe.Err.Error())
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(sources)
	return sources, problems, fes
}

const rootText = "وصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط يوم 12 أبريل 2025 لإجراء محادثات مع المبعوث الأمريكي.\n"

// TestWalkRoots covers the roots a refresh is given: a folder reached
// through a symbolic link is read (not seen as empty), links inside a tree
// are followed only within it, and a folder without article files is an
// ErrNoArticles problem naming it.
func TestWalkRoots(t *testing.T) {
	base := t.TempDir()
	write := func(rel, text string) {
		p := filepath.Join(base, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, rel string) {
		if err := os.Symlink(target, filepath.Join(base, rel)); err != nil {
			t.Fatal(err)
		}
	}
	write("news/a.txt", rootText)
	write("news/sub/b.txt", rootText+"ب\n")
	write("outside/secret.txt", rootText+"سر\n")
	link(filepath.Join(base, "news"), "via-link")
	link("../outside/secret.txt", "news/leak.txt")
	link("sub/b.txt", "news/inner.txt")
	if err := os.MkdirAll(filepath.Join(base, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	write("notes/readme.pdf", "not an article")
	link(filepath.Join(base, "empty"), "empty-link")

	for _, tc := range []struct {
		name     string
		root     string
		sources  []string
		problems []string // substrings, in order
		noArts   bool
	}{
		{name: "folder", root: "news", sources: []string{"a.txt", "b.txt", "inner.txt"},
			problems: []string{"news/leak.txt: unsupported input: symbolic link to"}},
		{name: "symlinked folder", root: "via-link", sources: []string{"a.txt", "b.txt", "inner.txt"},
			problems: []string{"via-link/leak.txt: unsupported input: symbolic link to"}},
		{name: "empty folder", root: "empty", problems: []string{"empty: no article files"}, noArts: true},
		{name: "symlinked empty folder", root: "empty-link", problems: []string{"empty-link: no article files"}, noArts: true},
		{name: "no article files", root: "notes", problems: []string{"notes: no article files"}, noArts: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sources, problems, fes := walkAll(t, filepath.Join(base, tc.root))
			if !reflect.DeepEqual(sources, tc.sources) {
				t.Errorf("articles %q, want %q", sources, tc.sources)
			}
			if len(problems) != len(tc.problems) {
				t.Fatalf("problems %q, want %q", problems, tc.problems)
			}
			for i, want := range tc.problems {
				if !strings.Contains(problems[i], filepath.Join(base, want)) && !strings.Contains(problems[i], want) {
					t.Errorf("problem %q, want %q", problems[i], want)
				}
			}
			if tc.noArts && (len(fes) != 1 || !errors.Is(fes[0], ErrNoArticles) || fes[0].Path != filepath.Join(base, tc.root)) {
				t.Errorf("want one ErrNoArticles naming the root, got %q", problems)
			}
		})
	}
}

// TestWalkUnreadableRoot: a folder that cannot be listed is a problem
// naming it (and not also ErrNoArticles).
func TestWalkUnreadableRoot(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every folder")
	}
	dir := filepath.Join(t.TempDir(), "locked")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	_, problems, fes := walkAll(t, dir)
	if len(fes) != 1 || fes[0].Path != dir || !errors.Is(fes[0].Err, os.ErrPermission) {
		t.Fatalf("problems %q", problems)
	}
}

// TestWalkRelativeRoots: a folder named relative to the working folder,
// "." included, is read with its files' paths under that name. The walk
// of "." gives "a1.txt", not "./a1.txt": cutting the root's length off
// once named it ".1.txt", and every file of "." was skipped as missing.
func TestWalkRelativeRoots(t *testing.T) {
	base := t.TempDir()
	for _, rel := range []string{"news/a.txt", "news/sub/b.txt"} {
		p := filepath.Join(base, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(rootText+rel+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct{ cwd, root string }{
		{"news", "."}, {"news", "./"}, {"news", "sub/.."}, {".", "news"}, {".", "./news/"}, {"news/sub", ".."},
	} {
		t.Run(tc.cwd+" "+tc.root, func(t *testing.T) {
			t.Chdir(filepath.Join(base, tc.cwd))
			sources, problems, _ := walkAll(t, tc.root)
			if want := []string{"a.txt", "b.txt"}; !reflect.DeepEqual(sources, want) || len(problems) > 0 {
				t.Errorf("articles %q, problems %q; want %q and none", sources, problems, want)
			}
		})
	}
}
