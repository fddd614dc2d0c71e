package gazetteer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// Entity types an entry may have.
const (
	TypePerson       = "Person"
	TypeCountry      = "Country"
	TypeVenue        = "Venue"
	TypeOrganization = "Organization"
	// TypeGivenNames is a list of given names (field given_names), not an
	// entity: the recognizer reads a listed given name followed by
	// name-shaped words next to a role title as a person.
	TypeGivenNames = entities.LabelGivenNames
)

// Entry is one gazetteer entity as written in the YAML files.
type Entry struct {
	ID     string `yaml:"id"`
	Type   string `yaml:"type"`
	Name   string `yaml:"name"`
	NameAr string `yaml:"name_ar"`
	// Aliases are further names and spellings, in any script.
	Aliases []string `yaml:"aliases"`
	// AmbiguousAliases are names that are also common words; the
	// recognizer counts them only after an organization cue or in quotes.
	AmbiguousAliases []string `yaml:"ambiguous_aliases"`
	// Adjectives are extra adjective forms, written out in full.
	Adjectives []string `yaml:"adjectives"`
	// Adjective is the masculine singular base of a country adjective,
	// without the article; Known expands it (see ExpandAdjective).
	Adjective string `yaml:"adjective"`
	// Country is the id of a person's or place's country.
	Country string `yaml:"country"`
	// Capital is the id of a country's capital venue.
	Capital string `yaml:"capital"`
	// Roles are a person's roles, such as وزير الخارجية.
	Roles []string `yaml:"roles"`
	// GivenNames are, for an entry of type GivenNames, given names as
	// Arabic news writes them.
	GivenNames []string `yaml:"given_names"`
	// File is the file that first defined the entry.
	File string `yaml:"-"`
}

// Gazetteer is a loaded set of entries, in the order their ids were first
// seen.
type Gazetteer struct {
	Entries []Entry

	// sources maps an id to every file that defined or overrode it, in
	// load order, with repeats.
	sources map[string][]string
	// base maps an id to the number of times it was defined by the
	// file system given to Load (as opposed to override files).
	base map[string]int
}

// Default loads the gazetteer shipped in package schema, then the extra
// files given by path.
func Default(ctx context.Context, extra ...string) (*Gazetteer, error) {
	return Load(ctx, schema.GazetteerFS(), extra...)
}

// Load reads every *.yaml file at the root of fsys in name order, then each
// extra file by path (from the operating system). An entry whose id was
// already seen overrides the scalar fields it sets and adds its list items to
// the earlier entry's lists. Unknown fields, entries without an id and
// malformed YAML are errors naming the file and the entry.
func Load(ctx context.Context, fsys fs.FS, extra ...string) (*Gazetteer, error) {
	g := &Gazetteer{sources: map[string][]string{}, base: map[string]int{}}
	index := map[string]int{}
	if fsys != nil {
		names, err := fs.Glob(fsys, "*.yaml")
		if err != nil {
			return nil, fmt.Errorf("gazetteer: list files: %w", err)
		}
		sort.Strings(names)
		for _, name := range names {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("gazetteer: %w", err)
			}
			data, err := fs.ReadFile(fsys, name)
			if err != nil {
				return nil, fmt.Errorf("gazetteer: %w", err)
			}
			if err := g.add(index, name, data, true); err != nil {
				return nil, err
			}
		}
	}
	for _, p := range extra {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		if err := g.add(index, p, data, false); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// add decodes one file and merges its entries into g.
func (g *Gazetteer) add(index map[string]int, file string, data []byte, base bool) error {
	entries, err := decode(file, data)
	if err != nil {
		return err
	}
	for _, e := range entries {
		e = tidy(e)
		e.File = file
		g.sources[e.ID] = append(g.sources[e.ID], file)
		if base {
			g.base[e.ID]++
		}
		if i, ok := index[e.ID]; ok {
			g.Entries[i] = merge(g.Entries[i], e)
			continue
		}
		index[e.ID] = len(g.Entries)
		g.Entries = append(g.Entries, e)
	}
	return nil
}

// decode parses one file: a YAML list of entries, or nothing at all.
func decode(file string, data []byte) ([]Entry, error) {
	var nodes []yaml.Node
	if err := yaml.Unmarshal(data, &nodes); err != nil {
		return nil, fmt.Errorf("gazetteer: %s: %w", file, err)
	}
	if len(nodes) == 0 {
		return nil, nil
	}
	var out []Entry
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&out); err != nil && !errors.Is(err, io.EOF) {
		if i := entryAt(nodes, errorLine(err)); i >= 0 {
			return nil, fmt.Errorf("gazetteer: %s: entry %d (%s, line %d): %w", file, i+1, nodeID(&nodes[i]), nodes[i].Line, err)
		}
		return nil, fmt.Errorf("gazetteer: %s: %w", file, err)
	}
	for i := range out {
		if strings.TrimSpace(out[i].ID) == "" {
			return nil, fmt.Errorf("gazetteer: %s: entry %d (line %d): no id", file, i+1, nodes[i].Line)
		}
	}
	return out, nil
}

// errorLine returns the first line number a YAML error names, or 0.
func errorLine(err error) int {
	msg := err.Error()
	k := strings.Index(msg, "line ")
	if k < 0 {
		return 0
	}
	n := 0
	for _, c := range msg[k+len("line "):] {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// entryAt returns the index of the list item holding line, or -1.
func entryAt(nodes []yaml.Node, line int) int {
	at := -1
	for i := range nodes {
		if line > 0 && nodes[i].Line <= line {
			at = i
		}
	}
	return at
}

// nodeID returns the id field of a mapping node, or "no id".
func nodeID(n *yaml.Node) string {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "id" {
				return n.Content[i+1].Value
			}
		}
	}
	return "no id"
}

// tidy trims white space and drops empty list items.
func tidy(e Entry) Entry {
	for _, s := range []*string{&e.ID, &e.Type, &e.Name, &e.NameAr, &e.Adjective, &e.Country, &e.Capital} {
		*s = strings.TrimSpace(*s)
	}
	for _, l := range []*[]string{&e.Aliases, &e.AmbiguousAliases, &e.Adjectives, &e.Roles, &e.GivenNames} {
		*l = trimList(*l)
	}
	return e
}

func trimList(l []string) []string {
	var out []string
	for _, s := range l {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// merge overrides the fields of old that e sets and unites their lists.
func merge(old, e Entry) Entry {
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	set(&old.Type, e.Type)
	set(&old.Name, e.Name)
	set(&old.NameAr, e.NameAr)
	set(&old.Adjective, e.Adjective)
	set(&old.Country, e.Country)
	set(&old.Capital, e.Capital)
	old.Aliases = unite(old.Aliases, e.Aliases)
	old.AmbiguousAliases = unite(old.AmbiguousAliases, e.AmbiguousAliases)
	old.Adjectives = unite(old.Adjectives, e.Adjectives)
	old.Roles = unite(old.Roles, e.Roles)
	old.GivenNames = unite(old.GivenNames, e.GivenNames)
	return old
}

// unite appends the items of b missing from a, keeping order.
func unite(a, b []string) []string {
	if len(b) == 0 {
		return a
	}
	seen := make(map[string]bool, len(a)+len(b))
	out := make([]string, 0, len(a)+len(b))
	for _, l := range [][]string{a, b} {
		for _, s := range l {
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out
}

// ExpandAdjective returns the base adjective and its inflections:
// X, Xة, Xون, Xين, Xان, Xتان, Xتين. An empty base gives nil.
func ExpandAdjective(base string) []string {
	base = strings.TrimSpace(base)
	if base == "" {
		return nil
	}
	// Masculine singular, feminine, masculine plural (nominative,
	// oblique), dual masculine, dual feminine (nominative, oblique).
	suffixes := [...]string{"", "ة", "ون", "ين", "ان", "تان", "تين"}
	out := make([]string, len(suffixes))
	for i, s := range suffixes {
		out[i] = base + s
	}
	return out
}

// adjectives returns the expanded base adjective and the extra forms.
func (e Entry) adjectives() []string {
	return unite(ExpandAdjective(e.Adjective), e.Adjectives)
}

// Known converts the entries for the recognizer, sorted by id, with the
// base adjective expanded and the extra adjective forms added.
func (g *Gazetteer) Known() []entities.Known {
	out := make([]entities.Known, 0, len(g.Entries))
	for _, e := range g.Entries {
		out = append(out, entities.Known{
			ID:               e.ID,
			Label:            e.Type,
			Name:             e.Name,
			NameAr:           e.NameAr,
			Aliases:          clone(e.Aliases),
			AmbiguousAliases: clone(e.AmbiguousAliases),
			Adjectives:       e.adjectives(),
			Country:          e.Country,
			Capital:          e.Capital,
			Roles:            clone(e.Roles),
			GivenNames:       clone(e.GivenNames),
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func clone(l []string) []string {
	if len(l) == 0 {
		return nil
	}
	return append([]string(nil), l...)
}

// Counts returns the number of entries of each type.
func (g *Gazetteer) Counts() map[string]int {
	out := map[string]int{}
	for _, e := range g.Entries {
		out[e.Type]++
	}
	return out
}

// files returns the distinct files that defined id, in load order.
func (g *Gazetteer) files(id string) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range g.sources[id] {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		for _, e := range g.Entries {
			if e.ID == id && e.File != "" {
				return []string{e.File}
			}
		}
	}
	return out
}
