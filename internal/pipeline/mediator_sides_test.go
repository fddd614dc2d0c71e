package pipeline

import (
	"slices"
	"strings"
	"testing"
)

// TestMediatorSides: a report whose sides are the mediators other reports
// name for one channel, in an article that names that channel's sides, is a
// round of that channel mediated by them; otherwise it stays as it is.
func TestMediatorSides(t *testing.T) {
	const (
		eg, qa, us, jo = "country:egypt", "country:qatar", "country:united-states", "country:jordan"
		il, hm, ru, ua = "country:israel", "org:hamas", "country:russia", "country:ukraine"
	)
	mediated := func(f meetingFact, m ...string) meetingFact {
		f.Mediators = m
		return f
	}
	channel := mediated(fact(t, "a1", il+"+"+hm, "2024-08-25", "venue:cairo", "held", "talks"), eg, qa)
	tests := []struct {
		name    string
		report  meetingFact
		named   []string // what the report's article names
		other   []meetingFact
		parties string
		meds    string
	}{
		{"three mediators told as the sides of a joint statement",
			fact(t, "a2", eg+"+"+qa+"+"+us, "2024-08", "venue:doha", "held", "talks"), []string{hm}, nil,
			il + "+" + hm, eg + "+" + qa + "+" + us},
		{"two mediators agreeing to meet again",
			fact(t, "a2", eg+"+"+qa, "2024-08", "venue:cairo", "planned", "talks"), []string{il}, nil,
			il + "+" + hm, eg + "+" + qa},
		{"the article names neither side of the channel",
			fact(t, "a2", eg+"+"+qa+"+"+us, "2024-08", "venue:doha", "held", "talks"), []string{jo}, nil,
			eg + "+" + qa + "+" + us, ""},
		{"a side of the channel among the sides",
			fact(t, "a2", eg+"+"+il, "2024-08", "venue:cairo", "held", "talks"), []string{hm, il}, nil,
			eg + "+" + il, ""},
		{"one mediator and a stranger",
			fact(t, "a2", eg+"+"+jo, "2024-08", "venue:amman", "held", "talks"), []string{hm}, nil,
			eg + "+" + jo, ""},
		{"two channels the same mediators serve",
			fact(t, "a2", eg+"+"+qa, "2024-08", "venue:cairo", "held", "talks"), []string{hm, ru}, []meetingFact{
				mediated(fact(t, "a3", ru+"+"+ua, "2024-08-02", "venue:doha", "held", "talks"), eg, qa)},
			eg + "+" + qa, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch, rep := channel, tt.report
			facts := []*meetingFact{&ch, &rep}
			for i := range tt.other {
				facts = append(facts, &tt.other[i])
			}
			names := func(art, id string) bool { return art == "a2" && slices.Contains(tt.named, id) }
			notes := mediatorSides(facts, names)
			got := facts[1]
			if p := strings.Join(got.Parties, "+"); p != tt.parties {
				t.Errorf("parties %s, want %s", p, tt.parties)
			}
			if tt.meds != "" {
				if m := strings.Join(got.Mediators, "+"); m != tt.meds {
					t.Errorf("mediators %s, want %s", m, tt.meds)
				}
				if !strings.Contains(notes[got], "mediators of") {
					t.Errorf("no reason recorded: %q", notes[got])
				}
			}
			if tt.meds == "" && len(notes) != 0 {
				t.Errorf("unexpected notes %v", notes)
			}
			if strings.Join(rep.Parties, "+") != strings.Join(tt.report.Parties, "+") {
				t.Errorf("the report was edited, not copied")
			}
		})
	}
}
