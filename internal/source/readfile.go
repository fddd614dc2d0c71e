package source

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/negograph/negograph/internal/article"
)

// readFile reads, decodes and cleans one file that is not JSON Lines.
func (w *walker) readFile(p string, entry *manifestEntry) error {
	data, err := readLimited(p, w.max)
	if err != nil {
		w.report(p, 0, err)
		return nil
	}
	src, err := decodeText(data)
	if err != nil {
		w.report(p, 0, err)
		return nil
	}
	a := article.Article{Source: filepath.Base(p)}
	var published string
	switch kindOf(p) {
	case kindText:
		a.Text = Clean(src)
		a.Title = textTitle(a.Text)
	case kindMarkdown:
		d := parseMarkdown(src)
		a.Text = Clean(d.text)
		a.Title = d.title
		if u := d.meta["url"]; u != "" {
			if v, err := checkURL(u); err != nil {
				w.report(p, 0, fmt.Errorf("%w: front matter: %v", ErrMetadata, err))
			} else {
				a.URL = v
			}
		}
		a.Outlet = oneLine(firstNonEmpty(d.meta["outlet"], d.meta["source"]))
		if l := firstNonEmpty(d.meta["language"], d.meta["lang"]); l != "" {
			if v, err := checkLanguage(l); err != nil {
				w.report(p, 0, fmt.Errorf("%w: front matter: %v", ErrMetadata, err))
			} else {
				a.Language = v
			}
		}
		published = firstNonEmpty(d.meta["published"], d.meta["date"])
		if published != "" {
			if dt, err := parsePublished(published); err != nil {
				w.report(p, 0, fmt.Errorf("%w: front matter published: %w", ErrMetadata, err))
			} else {
				a.Published = dt
			}
		}
	case kindHTML:
		d, err := parseHTML(strings.NewReader(src))
		if err != nil {
			w.report(p, 0, err)
			return nil
		}
		a.Text, a.Title, a.Outlet = d.text, d.title, d.outlet
		// Page metadata is best effort: unusable values are ignored.
		if v, err := checkURL(d.url); err == nil {
			a.URL = v
		}
		if v, err := checkLanguage(d.lang); err == nil {
			a.Language = v
		}
		if dt, err := parsePublished(d.published); err == nil {
			a.Published = dt
		}
	}
	if a.Text == "" {
		w.report(p, 0, fmt.Errorf("%w: the file has no prose left once boilerplate is removed", ErrEmpty))
		return nil
	}
	a.ID = article.ContentID(a.Text)
	entry.apply(&a, true)
	if a.Language == "" {
		a.Language = detectLanguage(a.Text)
	}
	return w.emit(p, a)
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
