package pipeline

import (
	"reflect"
	"testing"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/extract/meetings"
	"github.com/negograph/negograph/internal/article"
)

// TestFactKeepsWhatAssemblyReads checks that a meeting fact gives back, as
// a meetings.Meeting (a contribution's encoding), every field of the
// meeting it was made from that assembly reads: the places by their ids
// alone, and no Support.
func TestFactKeepsWhatAssemblyReads(t *testing.T) {
	d := func(y, m, day int) article.Date { return article.Date{Year: y, Month: m, Day: day} }
	full := meetings.Meeting{
		Parties: []string{"country:iran", "country:oman"}, Date: d(2025, 4, 0), DateFromPublication: true,
		Venue: "venue:muscat", VenueCandidates: []string{"venue:a", "venue:b"}, MultiDay: true,
		Day: d(2025, 4, 12), Began: d(2025, 4, 10), After: d(2025, 1, 0),
		Places:       []meetings.Place{{Mention: entities.Mention{EntityID: "venue:x", Surface: "X", Label: "Venue"}, Country: "country:oman"}},
		VenueGuesses: []string{"venue:y"}, Ordinal: "رابعه", Brokered: true, Mediators: []string{"country:qatar"},
		Participants: []meetings.Participant{{PersonID: "person:p", Side: "country:iran"}},
		Status:       meetings.StatusHeld, Format: meetings.FormatIndirect, Secret: true, Topics: []string{"nuclear"},
		Kind: "talks", Support: map[string][]int{"meeting": {0}}, Confidence: 0.7,
	}
	want := full
	want.Places = []meetings.Place{{Mention: entities.Mention{EntityID: "venue:x"}}}
	want.Support = nil
	tests := []struct {
		name    string
		m, want meetings.Meeting
		rare    bool
	}{
		{"every field", full, want, true},
		{"none of the rare ones", meetings.Meeting{Parties: full.Parties, Date: full.Date, Status: full.Status},
			meetings.Meeting{Parties: full.Parties, Date: full.Date, Status: full.Status}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := factOf(&tt.m, "article:a", d(2025, 4, 20))
			if got := f.meeting(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("meeting() = %+v\nwant %+v", got, tt.want)
			}
			if (f.rare != nil) != tt.rare {
				t.Errorf("rare fields held: %v, want %v", f.rare != nil, tt.rare)
			}
		})
	}
}

// TestEditRareLeavesCopiesAlone checks that changing the rare fields of a
// fact leaves those of a copy made before (a refresh's builder edits
// copies of the facts its cache holds).
func TestEditRareLeavesCopiesAlone(t *testing.T) {
	m := meetings.Meeting{Parties: []string{"a", "b"}, VenueCandidates: []string{"venue:a"}}
	f := factOf(&m, "article:a", article.Date{})
	cp := f
	f.editRare(func(r *factRare) { r.VenueCandidates = nil })
	if f.rare != nil {
		t.Errorf("rare fields %+v left after clearing the last one", *f.rare)
	}
	if got := cp.VenueCandidates(); len(got) != 1 || got[0] != "venue:a" {
		t.Errorf("copy's candidates = %v, want [venue:a]", got)
	}
}
