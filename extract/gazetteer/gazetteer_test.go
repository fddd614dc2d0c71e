package gazetteer

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/negograph/negograph/extract/entities"
)

func load(t *testing.T, dir string, extra ...string) *Gazetteer {
	t.Helper()
	g, err := Load(context.Background(), os.DirFS(filepath.Join("testdata", dir)), extra...)
	if err != nil {
		t.Fatalf("Load(%s): %v", dir, err)
	}
	return g
}

func TestLoad(t *testing.T) {
	g := load(t, "base")
	var ids, files []string
	for _, e := range g.Entries {
		ids = append(ids, e.ID)
		files = append(files, e.File)
	}
	wantIDs := []string{"country:iran", "country:united-states", "venue:tehran", "venue:washington", "person:abbas-araghchi", "org:al-jazeera"}
	if !reflect.DeepEqual(ids, wantIDs) {
		t.Errorf("ids = %v, want %v", ids, wantIDs)
	}
	wantFiles := []string{"a_countries.yaml", "a_countries.yaml", "b_places.yaml", "b_places.yaml", "c_people.yaml", "c_people.yaml"}
	if !reflect.DeepEqual(files, wantFiles) {
		t.Errorf("files = %v, want %v", files, wantFiles)
	}
	want := map[string]int{"Country": 2, "Venue": 2, "Person": 1, "Organization": 1}
	if got := g.Counts(); !reflect.DeepEqual(got, want) {
		t.Errorf("Counts = %v, want %v", got, want)
	}
	if p := g.Check(); len(p) != 0 {
		t.Errorf("Check = %v, want none", p)
	}
}

func TestKnown(t *testing.T) {
	known := load(t, "base").Known()
	var ids []string
	for _, k := range known {
		ids = append(ids, k.ID)
	}
	wantIDs := []string{"country:iran", "country:united-states", "org:al-jazeera", "person:abbas-araghchi", "venue:tehran", "venue:washington"}
	if !reflect.DeepEqual(ids, wantIDs) {
		t.Fatalf("Known ids = %v, want %v (sorted)", ids, wantIDs)
	}
	tests := []struct {
		id    string
		field string
		got   any
		want  any
	}{
		{"country:iran", "Label", known[0].Label, "Country"},
		{"country:iran", "Capital", known[0].Capital, "venue:tehran"},
		{"country:iran", "Adjectives", known[0].Adjectives, []string{"إيراني", "إيرانية", "إيرانيون", "إيرانيين", "إيرانيان", "إيرانيتان", "إيرانيتين"}},
		{"country:united-states", "Adjectives", known[1].Adjectives, []string{"أمريكي", "أمريكية", "أمريكيون", "أمريكيين", "أمريكيان", "أمريكيتان", "أمريكيتين", "أمريكان"}},
		{"org:al-jazeera", "AmbiguousAliases", known[2].AmbiguousAliases, []string{"الجزيرة"}},
		{"org:al-jazeera", "Adjectives", known[2].Adjectives, []string(nil)},
		{"person:abbas-araghchi", "Roles", known[3].Roles, []string{"وزير الخارجية"}},
		{"person:abbas-araghchi", "Country", known[3].Country, "country:iran"},
		{"venue:tehran", "Country", known[4].Country, "country:iran"},
	}
	for _, tt := range tests {
		if !reflect.DeepEqual(tt.got, tt.want) {
			t.Errorf("%s %s = %v, want %v", tt.id, tt.field, tt.got, tt.want)
		}
	}
}

func TestExpandAdjective(t *testing.T) {
	tests := []struct {
		base string
		want []string
	}{
		{"إيراني", []string{"إيراني", "إيرانية", "إيرانيون", "إيرانيين", "إيرانيان", "إيرانيتان", "إيرانيتين"}},
		{" عماني ", []string{"عماني", "عمانية", "عمانيون", "عمانيين", "عمانيان", "عمانيتان", "عمانيتين"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := ExpandAdjective(tt.base); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ExpandAdjective(%q) = %v, want %v", tt.base, got, tt.want)
		}
	}
}

func TestOverride(t *testing.T) {
	user := filepath.Join("testdata", "override.yaml")
	g := load(t, "base", user)
	byID := map[string]Entry{}
	for _, e := range g.Entries {
		byID[e.ID] = e
	}
	a := byID["person:abbas-araghchi"]
	tests := []struct {
		field string
		got   any
		want  any
	}{
		{"NameAr (overridden)", a.NameAr, "عباس عراقتشي"},
		{"Name (kept)", a.Name, "Abbas Araghchi"},
		{"Country (kept)", a.Country, "country:iran"},
		{"Aliases (united)", a.Aliases, []string{"عراقجي", "عراقتشي"}},
		{"Roles (united)", a.Roles, []string{"وزير الخارجية", "كبير المفاوضين"}},
		{"File (first definition)", a.File, "c_people.yaml"},
		{"new entry", byID["venue:muscat"].NameAr, "مسقط"},
		{"new entry file", byID["venue:muscat"].File, user},
		{"entries", len(g.Entries), 7},
	}
	for _, tt := range tests {
		if !reflect.DeepEqual(tt.got, tt.want) {
			t.Errorf("%s = %v, want %v", tt.field, tt.got, tt.want)
		}
	}
	// Overriding in a user file is intended: no duplicate-id.
	for _, p := range g.Check() {
		t.Errorf("unexpected problem %v", p)
	}
}

func TestCheck(t *testing.T) {
	var got []string
	for _, p := range load(t, "problems").Check() {
		got = append(got, p.String())
	}
	want := []string{
		`bad-type: person:oslo "Venue" (a.yaml)`,
		`bad-type: venue:mars "Planet" (a.yaml)`,
		`conflicting-alias: venue:tehran, venue:tehran-again "طهران" (a.yaml, b.yaml)`,
		`duplicate-alias: country:iran "ايران" (a.yaml)`,
		`duplicate-id: venue:tehran (a.yaml, b.yaml)`,
		`empty-name: person:nameless (a.yaml)`,
		`unknown-capital: country:iran "venue:nowhere" (a.yaml)`,
		`unknown-country: venue:tehran "country:atlantis" (a.yaml, b.yaml)`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Check =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		dir   string
		extra []string
		want  []string // substrings of the error
	}{
		{"badyaml", nil, []string{"broken.yaml"}},
		{"unknownfield", nil, []string{"extra.yaml", "entry 2", "country:iraq", "nmae_ar"}},
		{"noid", nil, []string{"noid.yaml", "entry 1", "no id"}},
		{"base", []string{filepath.Join("testdata", "badyaml", "broken.yaml")}, []string{filepath.Join("testdata", "badyaml", "broken.yaml")}},
		{"base", []string{filepath.Join("testdata", "missing.yaml")}, []string{"missing.yaml"}},
	}
	for _, tt := range tests {
		_, err := Load(context.Background(), os.DirFS(filepath.Join("testdata", tt.dir)), tt.extra...)
		if err == nil {
			t.Errorf("Load(%s, %v): no error", tt.dir, tt.extra)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("Load(%s, %v) = %q, want it to contain %q", tt.dir, tt.extra, err, w)
			}
		}
	}
}

func TestLoadCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Load(ctx, os.DirFS(filepath.Join("testdata", "base"))); err == nil {
		t.Error("Load with a canceled context: no error")
	}
}

// TestShipped checks the gazetteer shipped in package schema: it must have
// no problems at all, in particular no conflicting aliases and no unknown
// references. Real homographs are not conflicts: عُمان (Oman) and عمّان
// (Amman) are told apart by their diacritics, and names that are also common
// words are listed as ambiguous aliases.
func TestShipped(t *testing.T) {
	g, err := Default(context.Background())
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	counts := g.Counts()
	t.Logf("counts: %v", counts)
	if counts["Country"] < 198 {
		t.Errorf("%d countries, want at least 198", counts["Country"])
	}
	for _, p := range g.Check() {
		t.Errorf("shipped gazetteer: %v", p)
	}
	for _, k := range g.Known() {
		if k.Label == TypeCountry && k.Capital == "" {
			t.Errorf("%s has no capital", k.ID)
		}
	}
}

// TestCheckDiacriticHomographs: forms told apart by written diacritics
// (عُمان the country, عمّان the city) are neither conflicts nor duplicates,
// while the same bare form on two entities is a conflict.
func TestCheckDiacriticHomographs(t *testing.T) {
	g := &Gazetteer{Entries: []Entry{
		{ID: "country:oman", Type: TypeCountry, Name: "Oman", NameAr: "عُمان", Aliases: []string{"عمان"}},
		{ID: "venue:amman", Type: TypeVenue, Name: "Amman", NameAr: "عمّان"},
		{ID: "venue:x", Type: TypeVenue, Name: "X", NameAr: "مسقط"},
		{ID: "venue:y", Type: TypeVenue, Name: "Y", NameAr: "مسقط"},
	}}
	var got []string
	for _, p := range g.Check() {
		got = append(got, p.Kind+" "+strings.Join(p.IDs, ","))
	}
	want := []string{KindConflictingAlias + " venue:x,venue:y"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestGivenNames: given names are data, in entries of type GivenNames; a
// user's file extends a shipped list by its id, and Known hands the names
// to the recognizer.
func TestGivenNames(t *testing.T) {
	user := filepath.Join(t.TempDir(), "my-names.yaml")
	data := "- id: names:test\n  given_names: [آرام, هاسميك]\n" +
		"- id: names:mine\n  type: GivenNames\n  name: My names\n  name_ar: أسمائي\n  given_names: [تاليا]\n"
	if err := os.WriteFile(user, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{"names.yaml": {Data: []byte(
		"- id: names:test\n  type: GivenNames\n  name: Test names\n  name_ar: أسماء\n  given_names: [كارين, آرام]\n")}}
	g, err := Load(context.Background(), fsys, user)
	if err != nil {
		t.Fatal(err)
	}
	if p := g.Check(); len(p) != 0 {
		t.Errorf("Check = %v, want none", p)
	}
	got := map[string][]string{}
	for _, k := range g.Known() {
		if k.Label != entities.LabelGivenNames {
			t.Errorf("%s: label %q", k.ID, k.Label)
		}
		got[k.ID] = k.GivenNames
	}
	want := map[string][]string{"names:test": {"كارين", "آرام", "هاسميك"}, "names:mine": {"تاليا"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("given names = %v, want %v", got, want)
	}
	if c := g.Counts()[TypeGivenNames]; c != 2 {
		t.Errorf("%d GivenNames entries, want 2", c)
	}
}
