package meetings

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// Place is a place the gazetteer does not know, read from the frame of a
// meeting: "في بلدة المرج", "في مقر البعثة الأممية في المرج", "في المرج
// جنوبي لبنان". The graph gets a Venue node and a mention for it.
type Place struct {
	// Mention is where the text names it (Label Venue, Kind context).
	Mention entities.Mention
	// Country is the country the text puts it in, "" when it says none.
	Country string
}

// placeNouns open the name of a place: "مدينة"، "بلدة"، "منطقة".
func isPlaceNoun(w string) bool {
	for _, f := range []string{w, strings.TrimPrefix(w, "و"), strings.TrimPrefix(w, "ب"), strings.TrimPrefix(w, "وب")} {
		switch f {
		case "مدينه", "بلده", "قريه", "ميناء", "منتجع", "جزيره":
			return true
		}
	}
	return false
}

// directionWord reports "جنوبي"، "شمال" …: "في المرج جنوبي لبنان".
func directionWord(w string) bool {
	switch w {
	case "جنوب", "جنوبي", "شمال", "شمالي", "شرق", "شرقي", "غرب", "غربي", "وسط", "جنوبلبنان":
		return true
	}
	return false
}

// newPlaceIn looks in [a, b) for a place named by its frame and, when it
// finds one, makes it the frame's venue.
func (s *scan) newPlaceIn(f *frame, a, b int) {
	for i := a; i < b-1; i++ {
		w := s.words[i].norm
		var at int
		switch {
		case isPlaceNoun(w) && (i > a && s.words[i-1].exact(s.x.lex.in) || strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "وب")):
			at = i + 1 // "في بلدة X", "بمدينة X"
		case isSeat(w) && (i > a && s.words[i-1].exact(s.x.lex.in) || strings.HasPrefix(w, "ب")):
			// "في مقر البعثة الأممية في X": the place after the seat's name,
			// past "في جنوب لبنان" ("في مقر قيادة القوات … في جنوب لبنان
			// (البعثة) في المرج"), up to the next comma
			first := 0
			for j := i + 1; j < b-1 && j <= i+12; j++ {
				if j > i+1 && s.realCommaBefore(j) {
					break
				}
				if !s.words[j].exact(s.x.lex.in) {
					continue
				}
				if first == 0 && j <= i+5 {
					first = j + 1
				}
				if s.unknownPlaceWord(j + 1) {
					at = j + 1
					break
				}
			}
			if at == 0 {
				at = first
			}
		case s.words[i].exact(s.x.lex.in) && i+2 < b && directionWord(s.words[i+2].norm):
			at = i + 1 // "في المرج جنوبي لبنان"
		}
		if at == 0 || at >= b || !s.unknownPlaceWord(at) {
			continue
		}
		p := s.place(at)
		for j := at + 1; j < b && j <= at+3; j++ {
			if directionWord(s.words[j].norm) {
				continue
			}
			if m, ok := s.mentionAt(j); ok && m.Label == schema.LabelCountry && m.Kind == entities.KindName {
				p.Country = m.EntityID
			}
			break
		}
		if s.places == nil {
			s.places = map[string]Place{}
		}
		s.places[p.Mention.EntityID] = p
		f.venue = p.Mention.EntityID
		return
	}
}

// unknownPlaceWord reports whether token i can be the name of a place no
// list knows: Arabic letters, three or more, no mention, no word of the
// meeting lexicon, no date, and not an adjective.
func (s *scan) unknownPlaceWord(i int) bool {
	if _, ok := s.mentionAt(i); ok || s.dateAt(i) || s.words[i].sets != 0 || s.trigger(i) != 0 {
		return false
	}
	n := s.words[i].norm
	if utf8.RuneCountInString(n) < 3 || nisba(n) || strings.HasSuffix(n, "يه") {
		return false
	}
	for _, r := range n {
		if !unicode.Is(unicode.Arabic, r) {
			return false
		}
	}
	switch strings.TrimPrefix(n, "ال") {
	case "مقر", "قاعه", "فندق", "قصر", "مبني", "مكان", "منطقه", "حدود", "ساحل", "عاصمه", "مدينه", "بلده", "جنوب", "شمال", "شرق", "غرب", "داخل", "خارج", "اطار", "هامش":
		return false
	}
	return !saidIn(strings.TrimPrefix(n, "ال"))
}

// saidIn reports whether a word after "في" names what something is said
// or written in, or a time or circumstance, not a place: "في بيان",
// "في تصريحات له", "في ظل", "في وقت", with a pronoun suffix or not.
func saidIn(n string) bool {
	for _, suffix := range []string{"", "ه", "ها", "هم", "هما", "ات", "اته", "اتها"} {
		switch strings.TrimSuffix(n, suffix) {
		case "بيان", "بيانات", "تصريح", "حديث", "مقابله", "كلمه", "مؤتمر", "رساله", "تغريده", "منشور", "خطاب", "اتصال",
			"تقرير", "مقال", "افتتاحيه", "مذكره", "وثيقه", "مرسوم", "قرار", "سياق", "ظل", "وقت", "ضوء", "حين", "موعد",
			"مواجهه", "ختام", "نهايه", "بدايه", "مستهل", "اعقاب", "غضون", "اثناء", "خلال", "مقدمه", "صدد", "شان":
			return true
		}
	}
	return false
}

// place makes the Place of token i.
func (s *scan) place(i int) Place {
	t := s.in.Tokens[i]
	surface := s.in.Text[t.Start:t.End]
	return Place{Mention: entities.Mention{
		EntityID:   "venue:" + arabic.Normalize(surface),
		Label:      schema.LabelVenue,
		Kind:       entities.KindContext,
		Start:      t.Start,
		End:        t.End,
		TokStart:   i,
		TokEnd:     i + 1,
		Sentence:   t.Sentence,
		Surface:    surface,
		Confidence: 0.6,
	}}
}

// guessPlaceIn returns the id a place would have that "في X" names in the
// clause [a, b) of the trigger at t, nearest after the trigger first: a
// word no list knows, which the corpus may know as a place (PlaceCues);
// "" when there is none.
func (s *scan) guessPlaceIn(t, a, b int) string {
	for _, r := range [][2]int{{t + 1, b}, {a, t}} {
		for i := r[0]; i < r[1]-1; i++ {
			if !s.words[i].exact(s.x.lex.in) {
				continue
			}
			if j := s.placeWordAfter(i, r[1]); j > 0 {
				return s.place(j).Mention.EntityID
			}
		}
	}
	return ""
}

// placeCues returns the words no list knows that the text names as a place
// would be named — after "في", "إلى" or "من" — each as the Place it would
// be, in text order, at most maxCues. They become places only where another
// article of the corpus learnt them from a meeting's frame: the graph,
// which sees every article, decides.
func (s *scan) placeCues() []Place {
	var out []Place
	for i := 0; i+1 < len(s.words) && len(out) < maxCues; i++ {
		switch strings.TrimPrefix(s.words[i].norm, "و") {
		case "في", "الي", "من":
		default:
			continue
		}
		if j := s.placeWordAfter(i, s.sentenceEnd(i)); j > 0 {
			out = append(out, s.place(j))
		}
	}
	return out
}

// placeWordAfter returns the token after the preposition at i, before end,
// that can name a place no list knows — the next word, or the one after a
// noun of place ("في منطقة X", "في رأس X") — or -1.
func (s *scan) placeWordAfter(i, end int) int {
	j := i + 1
	if j+1 < end {
		switch strings.TrimPrefix(s.words[j].norm, "ال") {
		case "منطقه", "منطقتي", "راس", "بلده", "مدينه", "قريه", "ميناء", "معبر":
			j++
		}
	}
	if j < end && s.unknownPlaceWord(j) {
		return j
	}
	return -1
}

// sentenceEnd returns the token after the last of the sentence of token i.
func (s *scan) sentenceEnd(i int) int {
	sent := s.in.Tokens[i].Sentence
	j := i
	for j < len(s.in.Tokens) && s.in.Tokens[j].Sentence == sent {
		j++
	}
	return j
}

// maxCues bounds the place cues kept of one article.
const maxCues = 200
