// Package benchcorpus writes large, deterministic, realistic Arabic news
// corpora for benchmarks (and only for benchmarks: the text is generated
// from templates and the gazetteer, it reports nothing that happened).
// Articles have the sizes and shapes of news reports — headline, dateline,
// paragraphs of meetings between parties with mediators, venues, dates in
// the forms the extractor reads, quotes, background, "read also" teasers
// and agency credits — in .txt, .html and JSON Lines files with a
// manifest.json of publication dates. The same options always give the same
// bytes.
package benchcorpus

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/atomicfile"
	"golang.org/x/sync/errgroup"
)

// Options say what to generate.
type Options struct {
	// Articles is the number of articles.
	Articles int
	// Seed makes the corpus; the same seed gives the same bytes.
	Seed uint64
	// Known are the gazetteer entries names are taken from.
	Known []entities.Known
}

// Stats describes a generated corpus.
type Stats struct {
	Articles, Files int
	Bytes           int64
	People          int
}

// names are the entities a corpus draws from.
type names struct {
	countries, venues, people, orgs []entities.Known
	extraPeople                     []string
	channels                        []channel
}

// channel is a pair of parties that negotiate, with their usual mediator
// and venue.
type channel struct {
	a, b, mediator, venue entities.Known
	offset                int
}

// newNames sorts the gazetteer entries by label, makes the extra people
// and draws the channels with r.
func newNames(known []entities.Known, r *rand.Rand) (*names, error) {
	n := &names{}
	for _, k := range known {
		if k.NameAr == "" {
			continue
		}
		switch k.Label {
		case "Country":
			n.countries = append(n.countries, k)
		case "Venue":
			n.venues = append(n.venues, k)
		case "Person":
			n.people = append(n.people, k)
		case "Organization":
			n.orgs = append(n.orgs, k)
		}
	}
	if len(n.countries) < 3 || len(n.venues) == 0 {
		return nil, fmt.Errorf("benchcorpus: the gazetteer has %d countries and %d places; it needs at least 3 and 1 (pass gazetteer.Default's Known())",
			len(n.countries), len(n.venues))
	}
	for _, f := range firstNames() {
		for _, l := range lastNames() {
			n.extraPeople = append(n.extraPeople, f+" "+l)
		}
	}
	for len(n.channels) < 60 {
		c := channel{a: pick(r, n.countries), b: pick(r, n.countries), mediator: pick(r, n.countries),
			venue: pick(r, n.venues), offset: r.IntN(14)}
		if c.a.ID != c.b.ID && c.mediator.ID != c.a.ID && c.mediator.ID != c.b.ID {
			n.channels = append(n.channels, c)
		}
	}
	return n, nil
}

// pick returns a random element.
func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

// ArticlesPerFolder is the number of articles of each folder part-NNN
// (the last may have fewer). Folder f is the same whatever the number of
// articles asked for, so the first k folders of a larger corpus are the
// corpus of k*ArticlesPerFolder articles.
const ArticlesPerFolder = 500

// Generate writes the corpus into dir (created if needed): folders of 500
// articles, 70% .txt, 20% .html, 10% in a .jsonl file per folder, and a
// manifest.json per folder with the publication dates and outlets of the
// .txt and .html files. Folders are written in parallel, each from its own
// generator seeded by Seed and the folder's number, so the bytes do not
// depend on the scheduling.
func Generate(ctx context.Context, dir string, opts Options) (Stats, error) {
	var st Stats
	n, err := newNames(opts.Known, rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15)))
	if err != nil {
		return st, err
	}
	st.People = len(n.extraPeople) + len(n.people)
	const perFolder = ArticlesPerFolder
	folders := (opts.Articles + perFolder - 1) / perFolder
	results := make([]Stats, folders)
	errs := make([]error, folders)
	var g errgroup.Group
	g.SetLimit(min(runtime.NumCPU(), max(folders, 1)))
	for f := range folders {
		if ctx.Err() != nil {
			break
		}
		g.Go(func() error {
			r := rand.New(rand.NewPCG(opts.Seed, uint64(f)+1))
			results[f], errs[f] = n.writeFolder(ctx, r, filepath.Join(dir, fmt.Sprintf("part-%03d", f)),
				f*perFolder, min((f+1)*perFolder, opts.Articles))
			return nil
		})
	}
	_ = g.Wait() // errors are per folder, in errs
	if err := ctx.Err(); err != nil {
		return st, err
	}
	for f := range folders {
		if errs[f] != nil {
			return st, errs[f]
		}
		st.Articles += results[f].Articles
		st.Files += results[f].Files
		st.Bytes += results[f].Bytes
	}
	return st, nil
}

// writeFolder writes articles start to end-1 into folder.
func (n *names) writeFolder(ctx context.Context, r *rand.Rand, folder string, start, end int) (Stats, error) {
	var st Stats
	if err := os.MkdirAll(folder, 0o755); err != nil {
		return st, fmt.Errorf("benchcorpus: create the corpus folder: %w", err)
	}
	type entry struct {
		File      string `json:"file"`
		Outlet    string `json:"outlet"`
		Published string `json:"published"`
	}
	var manifest []entry
	var jsonl strings.Builder
	for i := start; i < end; i++ {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		a := n.gen(r, i)
		name := fmt.Sprintf("a%06d", i)
		var data string
		switch x := r.IntN(10); {
		case x < 7:
			name += ".txt"
			data = a.text + "\n"
		case x < 9:
			name += ".html"
			data = toHTML(a)
		default:
			rec, err := json.Marshal(map[string]string{"id": name, "title": a.title, "outlet": a.outlet,
				"published": a.published.Format("2006-01-02"), "text": a.text})
			if err != nil {
				return st, fmt.Errorf("benchcorpus: article %s: %w", name, err)
			}
			jsonl.Write(rec)
			jsonl.WriteByte('\n')
			st.Articles++
			st.Bytes += int64(len(rec)) + 1
			continue
		}
		if err := os.WriteFile(filepath.Join(folder, name), []byte(data), 0o644); err != nil {
			return st, fmt.Errorf("benchcorpus: %w", err)
		}
		manifest = append(manifest, entry{File: name, Outlet: a.outlet, Published: a.published.Format("2006-01-02")})
		st.Articles++
		st.Files++
		st.Bytes += int64(len(data))
	}
	if jsonl.Len() > 0 {
		if err := os.WriteFile(filepath.Join(folder, "items.jsonl"), []byte(jsonl.String()), 0o644); err != nil {
			return st, fmt.Errorf("benchcorpus: %w", err)
		}
		st.Files++
	}
	path := filepath.Join(folder, "manifest.json")
	err := atomicfile.Write(ctx, path, func(w io.Writer) error {
		bw := bufio.NewWriter(w)
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		if err := enc.Encode(manifest); err != nil {
			return err
		}
		return bw.Flush()
	})
	if err != nil {
		return st, fmt.Errorf("benchcorpus: write %s: %w", path, err)
	}
	return st, nil
}

// toHTML wraps an article in a page with navigation and footer.
func toHTML(a report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>%s</title>"+
		"<meta property=\"og:site_name\" content=\"%s\"><meta property=\"article:published_time\" content=\"%s\"></head>\n<body>"+
		"<nav><a href=\"/\">الرئيسية</a> <a href=\"/p\">سياسة</a> <a href=\"/e\">اقتصاد</a> <a href=\"/s\">رياضة</a></nav>\n<article>",
		a.title, a.outlet, a.published.Format(time.RFC3339))
	for i, p := range strings.Split(a.text, "\n") {
		if i == 0 {
			fmt.Fprintf(&b, "<h1>%s</h1>\n", p)
			continue
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
	}
	b.WriteString("</article><footer>جميع الحقوق محفوظة</footer></body></html>\n")
	return b.String()
}
