package eval

import (
	"sort"
	"strings"
)

// perArticleTypes are the entity types scored per article.
func perArticleTypes() []string { return []string{TypePerson, TypeCountry, TypeVenue} }

// goldFiles returns every article id the gold names, sorted.
func (g *Gold) goldFiles() []string {
	set := map[string]bool{}
	for _, e := range g.Entities {
		for _, f := range e.Files {
			set[f] = true
		}
	}
	for _, m := range g.Meetings {
		for _, f := range m.Files {
			set[f] = true
		}
	}
	out := make([]string, 0, len(set))
	for f := range set {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// fileOf maps an Article's source (a path, file name or URL, possibly with a
// "#record" fragment) to a gold article id. A gold id matches when it equals
// the source, its last path element (with or without the fragment), or when
// that last element starts with the id followed by "_" or ".": the seeds gold
// names "000" for the file "000_911a4aeaad661ccd.txt", while "0001.txt" is
// not "000". An exact match wins over a prefix; among prefixes the longest
// wins.
func fileOf(source string, files []string) (string, bool) {
	s := strings.TrimSpace(source)
	main, frag, hasFrag := strings.Cut(s, "#")
	if i := strings.Index(main, "?"); i >= 0 {
		main = main[:i]
	}
	main = strings.TrimRight(strings.ReplaceAll(main, "\\", "/"), "/")
	base := main
	if i := strings.LastIndex(main, "/"); i >= 0 {
		base = main[i+1:]
	}
	baseFrag := base
	if hasFrag {
		baseFrag = base + "#" + frag
	}
	best, bestScore := "", 0
	for _, f := range files {
		if f == "" {
			continue
		}
		score := 0
		switch {
		case f == s || f == baseFrag || f == base:
			score = 2*len(s) + 2*len(f) + 2 // beats every prefix
		case strings.HasPrefix(baseFrag, f) && boundary(baseFrag[len(f):]):
			score = len(f)
		}
		if score > bestScore {
			best, bestScore = f, score
		}
	}
	return best, bestScore > 0
}

// boundary reports whether rest is empty or starts with "_" or ".".
func boundary(rest string) bool {
	return rest == "" || rest[0] == '_' || rest[0] == '.'
}

// scorePerArticle scores, for each gold article, the Person, Country and
// Venue nodes its Article nodes MENTION against the required gold entities
// whose files include it, micro-averaged over the gold articles.
func (sc *scorer) scorePerArticle() PRF {
	files := sc.g.goldFiles()
	mentions := map[string]map[string]bool{} // gold file -> mentioned node ids
	for _, n := range sc.ordered {
		if !hasLabel(n, labelArticle) {
			continue
		}
		src := prop(n, "source")
		f, ok := fileOf(src, files)
		if !ok {
			sc.missf("Article %s: source %q is not a gold article, not scored", n.ID, src)
			continue
		}
		if mentions[f] == nil {
			mentions[f] = map[string]bool{}
		}
		for _, id := range sc.from[relMentions][n.ID] {
			mentions[f][id] = true
		}
	}
	var tp, fp, fn int
	for _, f := range files {
		inFile := map[int]bool{}
		for i, e := range sc.g.Entities {
			if !e.Optional && containsString(perArticleTypes(), e.Type) && containsString(e.Files, f) {
				inFile[i] = true
			}
		}
		ids, seen := mentions[f]
		if !seen {
			fn += len(inFile)
			if len(inFile) > 0 {
				sc.missf("article %s: no Article node; %d required entities missed", f, len(inFile))
			}
			continue
		}
		sorted := make([]string, 0, len(ids))
		for id := range ids {
			sorted = append(sorted, id)
		}
		sort.Strings(sorted)
		claimed := map[int]string{}
		for _, id := range sorted {
			n := sc.nodes[id]
			if n == nil {
				continue
			}
			scored := false
			for _, t := range perArticleTypes() {
				if hasLabel(n, t) {
					scored = true
				}
			}
			if !scored {
				continue
			}
			ms := sc.matchingEntities(n, perArticleTypes()...)
			var here []int
			for _, i := range ms {
				if inFile[i] {
					here = append(here, i)
				}
			}
			if len(here) == 0 {
				if len(ms) > 0 && len(sc.requiredOnly(ms)) == 0 {
					continue // matches only optional gold entities
				}
				fp++
				sc.missf("article %s: false positive mention %s %s", f, n.Labels, describe(n))
				continue
			}
			if i, ok := firstUnclaimed(here, claimed); ok {
				claimed[i] = id
				tp++
				continue
			}
			fp++
			sc.missf("article %s: duplicate mention %s of %s", f, describe(n), sc.g.Entities[here[0]].Name)
		}
		var missed []int
		for i := range inFile {
			if _, ok := claimed[i]; !ok {
				missed = append(missed, i)
			}
		}
		sort.Ints(missed)
		for _, i := range missed {
			fn++
			e := sc.g.Entities[i]
			sc.missf("article %s: missed mention %s %s", f, e.Type, e.Name)
		}
	}
	return NewPRF(tp, fp, fn)
}
