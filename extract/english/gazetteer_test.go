package english

import (
	"context"
	"testing"

	"github.com/negograph/negograph/extract/gazetteer"
	"github.com/negograph/negograph/internal/article"
)

// TestProjectGazetteer checks that English spellings (names, demonyms)
// resolve to the entities of the Arabic forms, that an official's role
// ties them to their organisation, and that a round reads the same.
func TestProjectGazetteer(t *testing.T) {
	g, err := gazetteer.Default(context.Background())
	if err != nil {
		t.Fatalf("gazetteer: %v", err)
	}
	r := NewRecognizer(g.Known())
	for _, c := range []struct{ text, id string }{
		{"Araghchi arrived.", "person:abbas-araghchi"},
		{"Araqchi arrived.", "person:abbas-araghchi"},
		{"Witkoff arrived.", "person:steve-witkoff"},
		{"Al Busaidi arrived.", "person:badr-albusaidi"},
		{"Albusaidi arrived.", "person:badr-albusaidi"},
		{"They flew to Muscat.", "venue:muscat"},
		{"They thanked Oman.", "country:oman"},
		{"The Iranian side spoke.", "country:iran"},
		{"The U.S. side spoke.", "country:united-states"},
		{"The Colombian side spoke.", "country:colombia"},
		{"Mexican diplomats spoke.", "country:mexico"},
		{"The Rwandan side spoke.", "country:rwanda"},
		{"Two Congolese officials spoke.", "country:democratic-republic-of-the-congo"}, // news says "Congo" for the DRC
		{"Congo and Rwanda met.", "country:democratic-republic-of-the-congo"},
		{"The Republic of Congo spoke.", "country:republic-of-the-congo"},
		{"Congo-Brazzaville spoke.", "country:republic-of-the-congo"},
		{"Josep Borrell spoke.", "org:european-union"}, // through his role (OrgOf)
	} {
		toks, _ := Tokenize(c.text)
		res := r.Recognize(c.text, toks)
		found := false
		for _, m := range res.Mentions {
			found = found || m.EntityID == c.id || r.OrgOf(m.EntityID) == c.id
		}
		if !found {
			t.Errorf("%q: mentions %+v, want %s", c.text, res.Mentions, c.id)
		}
	}
	text := "Iranian and American negotiators held a fourth round of indirect talks in Muscat on Sunday, mediated by Oman. " +
		"Omani Foreign Minister Badr Albusaidi shuttled between the two delegations."
	toks, _ := Tokenize(text)
	res := r.Recognize(text, toks)
	pub := article.Date{Year: 2025, Month: 5, Day: 12}
	ms := NewExtractor(r).Extract(Input{Tokens: toks, Mentions: res.Mentions, Dates: TagDates(toks, pub), Published: pub})
	if len(ms) != 1 {
		t.Fatalf("meetings = %+v, want one", ms)
	}
	m := ms[0]
	if !equal(m.Parties, []string{"country:iran", "country:united-states"}) || m.Venue != "venue:muscat" ||
		m.Date != (article.Date{Year: 2025, Month: 5, Day: 11}) || m.Format != "indirect" || m.Ordinal != "رابعه" ||
		len(m.Mediators) == 0 || m.Mediators[0] != "country:oman" {
		t.Errorf("meeting = %+v", m)
	}
}

// TestKnownAcronymInBrackets: a full name the gazetteer cannot match (it
// has a possessive inside) followed by a known acronym is that known
// organisation, once: the talks have two sides, not three.
func TestKnownAcronymInBrackets(t *testing.T) {
	g, err := gazetteer.Default(context.Background())
	if err != nil {
		t.Fatalf("gazetteer: %v", err)
	}
	r := NewRecognizer(g.Known())
	text := "Ethiopia and the Tigray People's Liberation Front (TPLF) held talks in Pretoria on Monday."
	toks, _ := Tokenize(text)
	res := r.Recognize(text, toks)
	pub := article.Date{Year: 2022, Month: 10, Day: 26}
	ms := NewExtractor(r).Extract(Input{Text: text, Tokens: toks, Mentions: res.Mentions, Dates: TagDates(toks, pub), Published: pub})
	if len(ms) != 1 || !equal(ms[0].Parties, []string{"country:ethiopia", "org:tplf"}) {
		t.Errorf("meetings %+v, want one of Ethiopia and org:tplf", ms)
	}
}
