package graph

import (
	"fmt"
	"reflect"
	"sort"
	"testing"
)

// diffGraphs builds two versions of a graph through Graph (so in
// Graph.Snapshot's order): one node and one relationship changed, one of
// each added and removed, one node relabelled.
func diffGraphs(t testing.TB, people int) (old, new Snapshot) {
	t.Helper()
	build := func(second bool) Snapshot {
		g := New()
		add := func(id, label string, props map[string]any) {
			if _, err := g.AddNode(id, label, props); err != nil {
				t.Fatal(err)
			}
		}
		add("country:x", "Country", map[string]any{"name": "X"})
		for i := range people {
			id := fmt.Sprintf("person:%05d", i)
			if second && i == 3 {
				continue // removed
			}
			name := fmt.Sprint("P ", i)
			if second && i == 1 {
				name = "renamed"
			}
			label := "Person"
			if second && i == 2 {
				label = "Organization"
			}
			add(id, label, map[string]any{"name": name, "aliases": []string{"a", id}})
			conf := 0.5
			if second && i == 4 {
				conf = 0.9
			}
			if _, err := g.AddRel("CITIZEN_OF", id, "country:x", map[string]any{"confidence": conf, "sources": []string{"article:" + id}}); err != nil {
				t.Fatal(err)
			}
		}
		if second {
			add("person:new", "Person", map[string]any{"name": "new"})
			if _, err := g.AddRel("CITIZEN_OF", "person:new", "country:x", nil); err != nil {
				t.Fatal(err)
			}
		}
		return g.Snapshot()
	}
	return build(false), build(true)
}

// sortedDiff is diffByID's result sorted as DiffSnapshots sorts it.
func sortedDiff(d Diff) Diff {
	sort.Slice(d.AddedNodes, func(i, j int) bool { return d.AddedNodes[i].ID < d.AddedNodes[j].ID })
	sort.Slice(d.RemovedNodes, func(i, j int) bool { return d.RemovedNodes[i].ID < d.RemovedNodes[j].ID })
	sort.Slice(d.AddedRels, func(i, j int) bool { return d.AddedRels[i].ID < d.AddedRels[j].ID })
	sort.Slice(d.RemovedRels, func(i, j int) bool { return d.RemovedRels[i].ID < d.RemovedRels[j].ID })
	sort.Slice(d.ChangedNodes, func(i, j int) bool { return d.ChangedNodes[i].New.ID < d.ChangedNodes[j].New.ID })
	sort.Slice(d.ChangedRels, func(i, j int) bool { return d.ChangedRels[i].New.ID < d.ChangedRels[j].New.ID })
	return d
}

func TestDiffSortedMatchesDiffByID(t *testing.T) {
	old, nw := diffGraphs(t, 50)
	reversed := func(s Snapshot) Snapshot {
		out := Snapshot{}
		for i := len(s.Nodes) - 1; i >= 0; i-- {
			out.Nodes = append(out.Nodes, s.Nodes[i])
		}
		for i := len(s.Relationships) - 1; i >= 0; i-- {
			out.Relationships = append(out.Relationships, s.Relationships[i])
		}
		return out
	}
	// foreignIDs renames the relationships' ids (as a graph read from a
	// database of someone else's might hold them): the same ends, other ids.
	foreignIDs := func(s Snapshot, suffix string) Snapshot {
		out := Snapshot{Nodes: s.Nodes}
		for _, r := range s.Relationships {
			c := *r
			c.ID += suffix
			out.Relationships = append(out.Relationships, &c)
		}
		return out
	}
	// movedEnd keeps a relationship's id and moves its end: matching by id
	// sees one changed relationship, matching by ends a removal and an addition.
	movedEnd := func(s Snapshot) Snapshot {
		out := Snapshot{Nodes: s.Nodes}
		for i, r := range s.Relationships {
			c := *r
			if i == 0 {
				c.End = "country:y"
			}
			out.Relationships = append(out.Relationships, &c)
		}
		return out
	}
	tests := []struct {
		name       string
		old, new   Snapshot
		wantMerged bool // compared in one merge pass
		wantRows   int  // elements added, removed or changed; -1: not checked
	}{
		{"builder order", old, nw, true, 7},
		{"same graph", nw, nw, true, 0},
		{"from empty", Snapshot{}, nw, true, len(nw.Nodes) + len(nw.Relationships)},
		{"to empty", old, Snapshot{}, true, len(old.Nodes) + len(old.Relationships)},
		{"old unsorted", reversed(old), nw, false, 7},
		{"new unsorted", old, reversed(nw), false, 7},
		{"same ends, other ids", old, foreignIDs(nw, "-x"), false, -1},
		{"same id, other ends", nw, movedEnd(nw), false, 0}, // matching by id compares properties only,
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, merged := diffSorted(tc.old, tc.new)
			if merged != tc.wantMerged {
				t.Errorf("merged = %v, want %v", merged, tc.wantMerged)
			}
			got, want := DiffSnapshots(tc.old, tc.new), sortedDiff(diffByID(tc.old, tc.new))
			if !reflect.DeepEqual(got, want) {
				t.Errorf("DiffSnapshots = %+v\nwant (by id)   %+v", got, want)
			}
			rows := len(got.AddedNodes) + len(got.RemovedNodes) + len(got.ChangedNodes) + len(got.AddedRels) + len(got.RemovedRels) + len(got.ChangedRels)
			if tc.wantRows >= 0 && rows != tc.wantRows {
				t.Errorf("%d elements differ, want %d: %+v", rows, tc.wantRows, got)
			}
		})
	}
}

// BenchmarkDiffSnapshots compares two versions of a graph of 100,000
// people, in one merge pass and through maps by id.
func BenchmarkDiffSnapshots(b *testing.B) {
	old, nw := diffGraphs(b, 100000)
	for _, tc := range []struct {
		name string
		diff func(old, new Snapshot) Diff
	}{
		{"merge", func(o, n Snapshot) Diff { d, _ := diffSorted(o, n); return d }},
		{"byid", diffByID},
	} {
		b.Run(tc.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if d := tc.diff(old, nw); len(d.ChangedRels) != 1 {
					b.Fatalf("%d changed relationships", len(d.ChangedRels))
				}
			}
		})
	}
}
