package pipeline

import (
	"testing"

	"github.com/negograph/negograph/extract/entities"
)

// TestRecordsShareEqualEntities checks that the entity records of two
// analyses are one pointer when every field is equal, and stay apart when
// any field (a list being nil or empty included) differs.
func TestRecordsShareEqualEntities(t *testing.T) {
	rec := func(conf float64, roles []string) *entities.Entity {
		return &entities.Entity{ID: "person:x", Label: "Person", Name: "X", NameAr: "س", Aliases: []string{"a"},
			Roles: roles, Country: "country:oman", Known: true, Confidence: conf}
	}
	r := newRecords()
	first := &contribution{entities: []*entities.Entity{rec(0.9, []string{"r"}), rec(0.8, nil)}}
	r.share(first)
	tests := []struct {
		name string
		e    *entities.Entity
		same *entities.Entity // nil: kept as its own record
	}{
		{"equal", rec(0.9, []string{"r"}), first.entities[0]},
		{"equal with nil roles", rec(0.8, nil), first.entities[1]},
		{"empty roles, not nil", rec(0.8, []string{}), nil},
		{"other confidence", rec(0.7, []string{"r"}), nil},
		{"other roles", rec(0.9, []string{"s"}), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &contribution{entities: []*entities.Entity{tt.e}}
			r.share(c)
			got := c.entities[0]
			if tt.same != nil && got != tt.same {
				t.Fatalf("record %+v not shared with the equal one", tt.e)
			}
			if tt.same == nil && got != tt.e {
				t.Fatalf("record %+v replaced by %+v", tt.e, got)
			}
		})
	}
	r.share(nil) // a failed analysis
	var none *records
	none.share(first) // no table: nothing shared
}
