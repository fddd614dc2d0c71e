package pipeline

import (
	"reflect"
	"slices"
	"testing"
)

// TestFactEvidence checks the list that holds a meeting fact's evidence
// behaves as the map it replaces: lookups, replacing and removing a key
// (what merging name variants does), and the round trip through a
// contribution's encoding.
func TestFactEvidence(t *testing.T) {
	start := func() factEvidence {
		return factEvidence{
			{key: "meeting", sents: []string{"s1"}},
			{key: "party:a", sents: []string{"s2", "s3"}},
			{key: "venue:x", sents: []string{}},
		}
	}
	tests := []struct {
		name string
		edit func(e *factEvidence)
		want map[string][]string
	}{
		{name: "as made", edit: func(*factEvidence) {}, want: map[string][]string{"meeting": {"s1"}, "party:a": {"s2", "s3"}, "venue:x": {}}},
		{name: "set a new key", edit: func(e *factEvidence) { e.set("after", []string{"s4"}) },
			want: map[string][]string{"meeting": {"s1"}, "party:a": {"s2", "s3"}, "venue:x": {}, "after": {"s4"}}},
		{name: "set an existing key", edit: func(e *factEvidence) { e.set("meeting", []string{"s5"}) },
			want: map[string][]string{"meeting": {"s5"}, "party:a": {"s2", "s3"}, "venue:x": {}}},
		{name: "remove", edit: func(e *factEvidence) { e.remove("party:a") }, want: map[string][]string{"meeting": {"s1"}, "venue:x": {}}},
		{name: "remove a missing key", edit: func(e *factEvidence) { e.remove("party:b") },
			want: map[string][]string{"meeting": {"s1"}, "party:a": {"s2", "s3"}, "venue:x": {}}},
		{name: "rename as variants do", edit: func(e *factEvidence) {
			if ev, ok := e.lookup("venue:x"); ok {
				e.set("venue:y", slices.Concat(e.get("venue:y"), ev))
				e.remove("venue:x")
			}
		}, want: map[string][]string{"meeting": {"s1"}, "party:a": {"s2", "s3"}, "venue:y": nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := start()
			tt.edit(&e)
			if got := e.toMap(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("evidence %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				got, ok := e.lookup(k)
				if !ok || !slices.Equal(got, v) {
					t.Errorf("lookup(%q) = %v, %v; want %v, true", k, got, ok, v)
				}
			}
			if got, ok := e.lookup("party:zz"); ok || got != nil || e.get("party:zz") != nil {
				t.Errorf("lookup of a missing key = %v, %v; want nil, false", got, ok)
			}
			back := evidenceFromMap(e.toMap())
			if !reflect.DeepEqual(back.toMap(), tt.want) || !slices.IsSortedFunc(back, func(a, b keyedSentences) int {
				if a.key < b.key {
					return -1
				}
				return 1
			}) {
				t.Errorf("through the encoding: %v, want %v with keys in order", back, tt.want)
			}
		})
	}
	if evidenceFromMap(nil) != nil || evidenceFromMap(map[string][]string{}) != nil {
		t.Error("no evidence should read back as nil")
	}
}

// TestSentenceListsShareEqualLists checks that an article's equal evidence
// lists become one list of their exact length, and that lists differing in
// a sentence or in length stay apart.
func TestSentenceListsShareEqualLists(t *testing.T) {
	lists := sentenceLists{}
	grown := append(make([]string, 0, 4), "s1")
	first := lists.share(grown)
	if cap(first) != 1 || &first[0] == &grown[0] {
		t.Fatalf("share(%v) = list of cap %d, want a copy of its exact length", grown, cap(first))
	}
	tests := []struct {
		name string
		list []string
		same bool
	}{
		{"equal", []string{"s1"}, true},
		{"longer", []string{"s1", "s2"}, false},
		{"other sentence", []string{"s2"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lists.share(tt.list)
			if !slices.Equal(got, tt.list) {
				t.Fatalf("share(%v) = %v", tt.list, got)
			}
			if same := &got[0] == &first[0]; same != tt.same {
				t.Errorf("share(%v) is the first list: %v, want %v", tt.list, same, tt.same)
			}
		})
	}
	if got := lists.share(nil); got != nil {
		t.Errorf("share(nil) = %v", got)
	}
}
