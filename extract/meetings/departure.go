package meetings

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// This file reads a departure that closes a round: "غادر وفدا حركة حماس
// وإسرائيل القاهرة مساء أمس بعد ثلاثة أيام من المباحثات", "غادر الوفد
// الروسي العاصمة السعودية عقب محادثات …". The place left is where the
// talks were held, not a side (the capital stands for no government
// here); the delegations that leave are the sides.

// departure is what the opening of a departure sentence gives.
type departure struct {
	venue string   // the place left
	place string   // the country of the place left
	sides []string // the sides of the delegations that leave
	at    int      // the token after the place
}

// departureIn reads sentence si when it opens with a verb of leaving
// whose subject is one or more delegations and whose object is a place.
func (s *scan) departureIn(si int) (departure, bool) {
	a, b := s.sentenceRange(si)
	if a < 0 {
		return departure{}, false
	}
	verb := -1
	for i := a; i < b && i <= a+6 && verb < 0; i++ {
		switch strings.TrimPrefix(s.words[i].norm, "و") {
		case "غادر", "غادرت", "غادرا", "غادروا", "يغادر", "تغادر":
			// first in its sentence, or right after a dateline
			// ("القاهرة - (وكالات): غادر …")
			if i <= a+1 || strings.Contains(s.in.Text[s.in.Tokens[i-1].End:s.in.Tokens[i].Start], ":") {
				verb = i
			}
		}
	}
	if verb < 0 {
		return departure{}, false
	}
	var d departure
	delegation := false
	for i := verb + 1; i < b && i <= verb+12; i++ {
		if s.delegationWord(i) || strings.HasSuffix(s.words[i].norm, "الوفدان") || s.words[i].norm == "وفدا" {
			delegation = true
			continue
		}
		if !delegation {
			continue
		}
		if v := s.hostCapital(i, b); v != "" {
			d.venue, d.place, d.at = v, s.placeCountry(v), i+2
			break
		}
		m, ok := s.mentionAt(i)
		if !ok {
			continue
		}
		if m.Label == schema.LabelVenue || m.Kind == entities.KindMetonym {
			d.venue = m.EntityID
			if m.Kind == entities.KindMetonym {
				d.venue = s.capitalVenue(m)
			}
			d.place, d.at = s.placeCountry(d.venue), m.TokEnd
			break
		}
		if p := s.partyOf(m); p != "" && m.Label != schema.LabelPerson {
			d.sides = appendUnique(d.sides, p)
		}
		i = m.TokEnd - 1
	}
	if d.venue == "" || len(d.sides) == 0 {
		return departure{}, false
	}
	return d, true
}

// applyDeparture gives a talks frame after the place of its sentence's
// departure the place as venue and the delegations as sides, without the
// country of the place unless a delegation is its own.
func (s *scan) applyDeparture(f *frame) {
	if f.kind != trigTalks {
		return
	}
	d, ok := s.departureIn(f.sentence)
	if !ok || f.trig < d.at {
		return
	}
	if !slices.Contains(d.sides, d.place) && !s.sideNamedIn(d.place, d.at, f.end) {
		f.parties = slices.DeleteFunc(f.parties, func(p string) bool { return p == d.place })
	}
	for _, p := range d.sides {
		s.addParty(f, p)
	}
	if f.venue == "" || s.placeCountry(f.venue) == d.place {
		f.venue, f.venueCountry = d.venue, d.place
	}
}

// sideNamedIn reports whether a mention in [a, b) other than a capital
// standing for its government names the side p: "… بعد محادثات مع
// مسؤولين مصريين".
func (s *scan) sideNamedIn(p string, a, b int) bool {
	for i := a; i < b; i++ {
		if m, ok := s.mentionAt(i); ok && m.Kind != entities.KindMetonym && m.Label != schema.LabelVenue && s.partyOf(m) == p {
			return true
		}
	}
	return false
}
