package english

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// This file reads organisations no list knows: armed groups, movements
// and parties that reporting introduces by their full name and acronym
// ("the National Liberation Army (ELN)") or by an acronym and what they
// are ("the ELN guerrillas", "FARC rebels"). Such a group is a side of
// the talks it negotiates, so missing it loses the meeting.

// orgHead reports whether a capitalized word can end an organisation's
// name.
func orgHead(w string) bool {
	switch w {
	case "army", "front", "movement", "party", "forces", "council", "organization", "organisation", "union",
		"alliance", "brigades", "coalition", "committee", "authority", "congress", "league", "militia", "group":
		return true
	}
	return false
}

// groupNoun reports whether a word after an acronym says it is an armed
// group or movement ("the ELN guerrillas", "the M23 rebel group").
func groupNoun(w string) bool {
	switch w {
	case "rebels", "rebel", "guerrillas", "guerrilla", "militia", "militias", "insurgents", "movement", "group",
		"fighters", "militants", "paramilitaries":
		return true
	}
	return false
}

// acronym reports whether a token is written as an acronym: two to six
// capital letters or digits, with a letter first ("ELN", "M23").
func acronym(t Token) bool {
	n := 0
	for i, r := range t.Text {
		switch {
		case unicode.IsUpper(r):
		case unicode.IsDigit(r) && i > 0:
		default:
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// bracketed reports whether toks[j] stands alone in brackets right after
// toks[j-1] ("Army (ELN)").
func bracketed(text string, toks []Token, j int) bool {
	between := strings.TrimSpace(text[toks[j-1].End:toks[j].Start])
	return between == "(" && toks[j].End < len(text) && text[toks[j].End] == ')'
}

// organization reads an organisation the gazetteer does not know at
// token i: proper words ending in a head noun followed by an acronym in
// brackets, an acronym before a group noun, or an acronym that an earlier
// mention of the text introduced (acronyms maps it to its entity).
// The entity is keyed by the acronym, so that the articles that spell the
// name out and those that give only the acronym name one organisation.
func (r *Recognizer) organization(text string, toks []Token, i int, acronyms map[string]*entities.Entity) (entities.Mention, *entities.Entity, int, bool) {
	mention := func(n int, e *entities.Entity) (entities.Mention, *entities.Entity, int, bool) {
		return entities.Mention{EntityID: e.ID, Label: schema.LabelOrganization, Kind: entities.KindContext,
			Start: toks[i].Start, End: toks[i+n-1].End, TokStart: i, TokEnd: i + n, Sentence: toks[i].Sentence,
			Surface: text[toks[i].Start:toks[i+n-1].End], Confidence: 0.6}, e, n, true
	}
	t := toks[i]
	if acronym(t) {
		if e, ok := acronyms[t.Text]; ok {
			return mention(1, e)
		}
		if i+1 < len(toks) && toks[i+1].Sentence == t.Sentence && !t.Comma && !t.Possessive && groupNoun(toks[i+1].Lower) {
			e := &entities.Entity{ID: "org:" + strings.ToLower(t.Text), Label: schema.LabelOrganization,
				Name: t.Text, NameAr: t.Text, Confidence: 0.6}
			acronyms[t.Text] = e
			return mention(1, e)
		}
		return entities.Mention{}, nil, 0, false
	}
	n := 0
	for n < 4 && i+n < len(toks) && toks[i+n].Sentence == t.Sentence && properWord(toks[i+n]) {
		if p, _, known := r.longestAt(toks, i+n); known && !(n == 0 && r.place(p.entry)) || toks[i+n].Comma {
			return entities.Mention{}, nil, 0, false // a known name, but a place may open the name
		}
		n++
		if toks[i+n-1].Possessive {
			continue // "People's Liberation Army": a possessive inside the name
		}
		j := i + n
		if orgHead(toks[j-1].Lower) && j < len(toks) && toks[j].Sentence == t.Sentence && acronym(toks[j]) && bracketed(text, toks, j) {
			acr := toks[j].Text
			e := &entities.Entity{ID: "org:" + strings.ToLower(acr), Label: schema.LabelOrganization,
				Name: text[t.Start:toks[j-1].End], NameAr: text[t.Start:toks[j-1].End], Aliases: []string{acr}, Confidence: 0.6}
			if p, _, ok := r.longestAt(toks, j); ok && r.known[p.entry].Label == schema.LabelOrganization {
				// the gazetteer knows the acronym ("Tigray People's Liberation Front (TPLF)"): its entity
				k := r.known[p.entry]
				e = &entities.Entity{ID: k.ID, Label: k.Label, Name: k.Name, NameAr: k.NameAr, Aliases: append([]string(nil), k.Aliases...),
					Roles: k.Roles, Country: k.Country, Known: true, Confidence: 0.9}
			}
			acronyms[acr] = e
			m, _, _, _ := mention(n, e)
			// the acronym in brackets is a mention of its own
			return m, e, n, true
		}
	}
	return entities.Mention{}, nil, 0, false
}

// roleOrgs maps each known person whose listed role is with an
// organisation ("الممثل الأعلى للاتحاد الأوروبي …", "المبعوث الأممي")
// to that organisation's id: such a person acts for it, not for the
// country of their passport. Organisation names are matched in their
// Arabic forms, without the article, so that "للاتحاد الأوروبي" holds
// "الاتحاد الأوروبي".
func roleOrgs(known []entities.Known) map[string]string {
	type form struct{ text, id string }
	var forms []form
	for _, k := range known {
		if k.Label != schema.LabelOrganization {
			continue
		}
		for _, n := range append([]string{k.NameAr}, k.Aliases...) {
			if n == "" || latin(n) {
				continue
			}
			n = arabic.Normalize(n)
			if f := strings.Fields(n); len(f) >= 2 || utf8.RuneCountInString(n) >= 6 {
				forms = append(forms, form{strings.TrimPrefix(n, "ال"), k.ID})
			}
		}
	}
	out := map[string]string{}
	for _, k := range known {
		if k.Label != schema.LabelPerson {
			continue
		}
		best := 0
		for _, role := range k.Roles {
			role = " " + arabic.Normalize(role) + " "
			for _, f := range forms {
				i := strings.Index(role, f.text)
				if i < 0 || len(f.text) <= best {
					continue
				}
				if end := i + len(f.text); role[end] != ' ' {
					continue // a word that only starts like the name
				}
				out[k.ID], best = f.id, len(f.text)
			}
		}
	}
	return out
}

// place reports whether known entry i is a country or a place.
func (r *Recognizer) place(i int) bool {
	l := r.known[i].Label
	return l == schema.LabelCountry || l == schema.LabelVenue
}
