package pipeline

import (
	"strings"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/extract/meetings"
)

// sameNameCapital returns the capital of a country that bears the
// country's name ("مدينة جيبوتي", "مدينة الكويت", "تونس العاصمة"), or "":
// a round held "في جيبوتي" was held in the city, a Venue, not in the
// state.
func (a *Analyzer) sameNameCapital(country string) string {
	c, ok := a.rec.Entry(country)
	if !ok || c.Capital == "" {
		return ""
	}
	k, ok := a.rec.Entry(c.Capital)
	if !ok {
		return ""
	}
	name := arabic.Normalize(c.NameAr)
	for _, n := range append([]string{k.NameAr}, k.Aliases...) {
		n = arabic.Normalize(n)
		n = strings.TrimPrefix(n, "مدينه ")
		n = strings.TrimSuffix(n, " العاصمه")
		if n == name {
			return c.Capital
		}
	}
	return ""
}

// cityStateVenues moves the meetings held in a country whose capital bears
// its name to that capital, with the evidence of the place, and returns
// them.
func (a *Analyzer) cityStateVenues(ms []meetings.Meeting) []meetings.Meeting {
	for i := range ms {
		m := &ms[i]
		if !strings.HasPrefix(m.Venue, "country:") {
			continue
		}
		capital := a.sameNameCapital(m.Venue)
		if capital == "" {
			continue
		}
		if ev, ok := m.Support["venue:"+m.Venue]; ok {
			delete(m.Support, "venue:"+m.Venue)
			m.Support["venue:"+capital] = append(m.Support["venue:"+capital], ev...)
		}
		m.Venue = capital
	}
	return ms
}
