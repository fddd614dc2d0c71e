package graph

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"
)

func TestUnionStrings(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
		want []string
		// sameAsA: the result is a itself (b adds nothing to a sorted set)
		sameAsA bool
	}{
		{"both empty", nil, nil, []string{}, false},
		{"empty a", nil, []string{"b", "a", "b", ""}, []string{"a", "b"}, false},
		{"empty b", []string{"a", "b"}, nil, []string{"a", "b"}, true},
		{"b inside a", []string{"a", "c", "e"}, []string{"e", "a", ""}, []string{"a", "c", "e"}, true},
		{"merge", []string{"b", "d"}, []string{"e", "a", "c", "a"}, []string{"a", "b", "c", "d", "e"}, false},
		{"unsorted a", []string{"d", "b", "b"}, []string{"c"}, []string{"b", "c", "d"}, false},
		{"a with an empty string", []string{"", "b"}, []string{"b"}, []string{"b"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := slices.Clone(tt.a), slices.Clone(tt.b)
			got := UnionStrings(a, b)
			if got == nil || !slices.Equal(got, tt.want) {
				t.Fatalf("UnionStrings(%q, %q) = %#v, want %q", tt.a, tt.b, got, tt.want)
			}
			if same := len(a) > 0 && &got[0] == &a[0]; same != tt.sameAsA {
				t.Errorf("result is a itself: %v, want %v", same, tt.sameAsA)
			}
			if !slices.Equal(a, tt.a) || !slices.Equal(b, tt.b) {
				t.Errorf("the arguments changed: %q, %q", a, b)
			}
		})
	}
}

// TestAddRelOwned checks that AddRelOwned stores what AddRel stores, and
// that a new relationship keeps the map it is given instead of a copy.
func TestAddRelOwned(t *testing.T) {
	tests := []struct {
		name     string
		existing map[string]any // props of an AddRel before, nil for none
		props    func() map[string]any
	}{
		{"new, lists to sort", nil, func() map[string]any {
			return map[string]any{"sources": []string{"b", "a", "b"}, "offsets": []string{"10-12", "9-11", ""},
				"count": int64(2), "confidence": 0.7}
		}},
		{"new, nil and empty lists, nil value", nil, func() map[string]any {
			return map[string]any{"evidence": []string(nil), "surfaces": []string{}, "basis": nil, "name": "x"}
		}},
		{"new, no props", nil, func() map[string]any { return nil }},
		{"merged into an existing one", map[string]any{"sources": []string{"c"}, "confidence": 0.9},
			func() map[string]any {
				return map[string]any{"sources": []string{"b", "a"}, "confidence": 0.4, "count": int64(1)}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, owned := New(), New()
			for _, x := range []*Graph{g, owned} {
				x.AddNode("article:a", "Article", nil)
				x.AddNode("person:p", "Person", nil)
				if tt.existing != nil {
					if _, err := x.AddRel("MENTIONS", "article:a", "person:p", tt.existing); err != nil {
						t.Fatal(err)
					}
				}
			}
			want, err := g.AddRel("MENTIONS", "article:a", "person:p", tt.props())
			if err != nil {
				t.Fatal(err)
			}
			props := tt.props()
			got, err := owned.AddRelOwned("MENTIONS", "article:a", "person:p", props)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("AddRelOwned stored %#v, AddRel %#v", got, want)
			}
			wj, _ := json.Marshal(want)
			gj, _ := json.Marshal(got)
			if string(gj) != string(wj) {
				t.Errorf("AddRelOwned encodes as %s, AddRel as %s", gj, wj)
			}
			kept := props != nil && reflect.ValueOf(got.Props).UnsafePointer() == reflect.ValueOf(props).UnsafePointer()
			if wantKept := tt.existing == nil && props != nil; kept != wantKept {
				t.Errorf("the map given is the relationship's: %v, want %v", kept, wantKept)
			}
		})
	}
	if _, err := New().AddRelOwned("MENTIONS", "a", "b", nil); err == nil {
		t.Error("AddRelOwned between missing nodes: no error")
	}
	g := New()
	g.AddNode("a", "Person", nil)
	if _, err := g.AddRelOwned("LIKES", "a", "a", nil); err == nil {
		t.Error("AddRelOwned of a type outside the schema: no error")
	}
}
