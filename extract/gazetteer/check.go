package gazetteer

import (
	"fmt"
	"sort"
	"strings"

	"github.com/negograph/negograph/extract/arabic"
)

// Problem kinds reported by Check.
const (
	// KindDuplicateID: an id defined more than once by the base file
	// system given to Load (override files may redefine ids freely).
	KindDuplicateID = "duplicate-id"
	// KindConflictingAlias: one normalized name on two entities, neither
	// of which lists it among its ambiguous aliases.
	KindConflictingAlias = "conflicting-alias"
	// KindDuplicateAlias: one normalized name listed twice on an entity.
	KindDuplicateAlias = "duplicate-alias"
	// KindUnknownCountry: a country reference that names no Country entry.
	KindUnknownCountry = "unknown-country"
	// KindUnknownCapital: a capital reference that names no Venue entry.
	KindUnknownCapital = "unknown-capital"
	// KindBadType: a type other than Person, Country, Venue, Organization
	// and GivenNames, or one that does not match the id prefix.
	KindBadType = "bad-type"
	// KindEmptyName: an entry without name or name_ar.
	KindEmptyName = "empty-name"
)

// Problem is one inconsistency in a gazetteer.
type Problem struct {
	// Kind is one of the Kind constants.
	Kind string
	// IDs are the entries concerned, sorted.
	IDs []string
	// Alias is the normalized name concerned, for alias problems, or the
	// dangling reference, for unknown-country and unknown-capital.
	Alias string
	// Files are the files that define the entries concerned.
	Files []string
}

// String formats the problem on one line.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.Kind)
	b.WriteString(": ")
	b.WriteString(strings.Join(p.IDs, ", "))
	if p.Alias != "" {
		fmt.Fprintf(&b, " %q", p.Alias)
	}
	if len(p.Files) > 0 {
		fmt.Fprintf(&b, " (%s)", strings.Join(p.Files, ", "))
	}
	return b.String()
}

// typePrefixes maps each entity type to its id prefix.
func typePrefixes() map[string]string {
	return map[string]string{
		TypePerson:       "person:",
		TypeCountry:      "country:",
		TypeVenue:        "venue:",
		TypeOrganization: "org:",
		TypeGivenNames:   "names:",
	}
}

// Check reports the gazetteer's inconsistencies, sorted by kind, then ids,
// then alias. Names, aliases, ambiguous aliases and expanded adjectives are
// compared after arabic.Normalize.
func (g *Gazetteer) Check() []Problem {
	var out []Problem
	types := map[string]string{}
	for _, e := range g.Entries {
		types[e.ID] = e.Type
	}
	ids := make([]string, 0, len(g.base))
	for id := range g.base {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if g.base[id] > 1 {
			out = append(out, Problem{Kind: KindDuplicateID, IDs: []string{id}, Files: g.files(id)})
		}
	}
	prefixes := typePrefixes()
	owners := map[string][]string{} // normalized alias -> ids, in entry order
	ambiguous := map[string]map[string]bool{}
	for _, e := range g.Entries {
		files := g.files(e.ID)
		if p, ok := prefixes[e.Type]; !ok || !strings.HasPrefix(e.ID, p) {
			out = append(out, Problem{Kind: KindBadType, IDs: []string{e.ID}, Alias: e.Type, Files: files})
		}
		if e.Name == "" || e.NameAr == "" {
			out = append(out, Problem{Kind: KindEmptyName, IDs: []string{e.ID}, Files: files})
		}
		if e.Country != "" && types[e.Country] != TypeCountry {
			out = append(out, Problem{Kind: KindUnknownCountry, IDs: []string{e.ID}, Alias: e.Country, Files: files})
		}
		if e.Capital != "" && types[e.Capital] != TypeVenue {
			out = append(out, Problem{Kind: KindUnknownCapital, IDs: []string{e.ID}, Alias: e.Capital, Files: files})
		}
		seen := map[string]bool{}
		dup := map[string]bool{}
		note := func(s string, amb bool) {
			n := arabic.Normalize(s)
			if n == "" {
				return
			}
			if hasMarks(s) {
				// "عُمان" / "عمّان": told apart by the diacritics written in
				// the text, so neither a conflict nor a duplicate
				amb = true
				if ambiguous[n] == nil {
					ambiguous[n] = map[string]bool{}
				}
				ambiguous[n][e.ID] = true
				return
			}
			if amb {
				if ambiguous[n] == nil {
					ambiguous[n] = map[string]bool{}
				}
				ambiguous[n][e.ID] = true
			}
			if seen[n] {
				if !dup[n] {
					dup[n] = true
					out = append(out, Problem{Kind: KindDuplicateAlias, IDs: []string{e.ID}, Alias: n, Files: files})
				}
				return
			}
			seen[n] = true
			if o := owners[n]; len(o) == 0 || o[len(o)-1] != e.ID {
				owners[n] = append(owners[n], e.ID)
			}
		}
		note(e.NameAr, false)
		note(e.Name, false)
		for _, a := range e.Aliases {
			note(a, false)
		}
		for _, a := range e.AmbiguousAliases {
			note(a, true)
		}
		// adjectives are another kind of form: "سورية" may be both the
		// country's name and its feminine adjective
		seen, dup = map[string]bool{}, map[string]bool{}
		for _, a := range e.adjectives() {
			note(a, false)
		}
	}
	for n, ids := range owners {
		if len(ids) < 2 || len(ambiguous[n]) > 0 {
			continue
		}
		ids = append([]string(nil), ids...)
		sort.Strings(ids)
		var files []string
		seen := map[string]bool{}
		for _, id := range ids {
			for _, f := range g.files(id) {
				if !seen[f] {
					seen[f] = true
					files = append(files, f)
				}
			}
		}
		out = append(out, Problem{Kind: KindConflictingAlias, IDs: ids, Alias: n, Files: files})
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		if x, y := strings.Join(a.IDs, ","), strings.Join(b.IDs, ","); x != y {
			return x < y
		}
		return a.Alias < b.Alias
	})
	return out
}

// hasMarks reports whether s carries Arabic diacritics (U+064B–U+065F).
func hasMarks(s string) bool {
	for _, r := range s {
		if r >= 0x064B && r <= 0x065F {
			return true
		}
	}
	return false
}
