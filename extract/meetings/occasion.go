package meetings

import (
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// occasionSubjects returns the coordinated subjects of the verb that opens
// the trigger's sentence when the talks are the occasion of what they did:
// "أعلنت السعودية وإيران، أمس، في بيان مشترك … استئناف العلاقات، وذلك في
// ختام مباحثات استمرت خمسة أيام" — the two who announced at the end of the
// talks held them; so do the subjects of a joint act reported after "أن"
// ("أعلنت الخارجية أن X وY اتفقتا على …، في ختام جولة مفاوضات"). The talks noun must follow a word of ending (في ختام،
// عقب، إثر، في نهاية) and name no sides of its own; nil otherwise.
func (s *scan) occasionSubjects(f *frame) []string {
	if !s.occasionCue(f.trig) {
		return nil
	}
	a, _ := s.sentenceRange(f.sentence)
	for i := a; i < f.trig && i <= a+3; i++ {
		if _, ok := s.mentionAt(i); ok {
			break // the sentence opens with a name, not a verb
		}
		if ps := s.coordinatedAfter(i, f.trig); len(ps) >= 2 {
			return ps
		}
	}
	// "أعلنت الخارجية … أن X وY اتفقتا على …، في ختام جولة": the
	// subjects of the reported clause
	for i := a; i < f.trig; i++ {
		if s.complementizer(i) && i+1 < f.trig && reciprocalAfter(s, i+1, f.trig) {
			if ps := s.coordinatedAfter(i, f.trig); len(ps) >= 2 {
				return ps
			}
		}
	}
	return nil
}

// reciprocalAfter reports whether a verb of a joint act (reciprocalVerb)
// stands in [a, b): what the coordinated subjects before it did together.
func reciprocalAfter(s *scan, a, b int) bool {
	for j := a; j < b && j <= a+8; j++ {
		if reciprocalVerb(s.words[j].norm) {
			return true
		}
	}
	return false
}

// occasionCue reports whether the trigger at t follows a word of ending
// ("في ختام مباحثات", "عقب محادثات", "إثر مفاوضات", "في نهاية اجتماعات").
func (s *scan) occasionCue(t int) bool {
	if t == 0 {
		return false
	}
	switch strings.TrimPrefix(s.words[t-1].norm, "و") {
	case "ختام", "اختتام", "عقب", "اثر", "نهايه", "بختام", "باختتام", "بنهايه":
		return true
	}
	return false
}

// visitorSide returns the side of whoever opens the sentence of talks held
// "during" a visit or tour ("اختتم السفير السعودي زيارة إلى صنعاء أجرى
// خلالها محادثات مع قيادة الجماعة"): the visitor holds them. It reads the
// first person, country or titled adjective of the sentence; "" when the
// trigger follows no "خلالها" or the sentence opens otherwise.
func (s *scan) visitorSide(f *frame) string {
	during := false
	for k := f.trig - 1; k >= 0 && k >= f.trig-2; k-- {
		switch strings.TrimPrefix(s.words[k].norm, "و") {
		case "خلالها", "خلاله", "خلالهما", "اثناءها", "اثناءه":
			during = true
		}
	}
	if !during {
		return ""
	}
	a, _ := s.sentenceRange(f.sentence)
	for i := a; i < f.trig && i <= a+5; i++ {
		m, ok := s.mentionAt(i)
		if !ok {
			continue
		}
		switch {
		case m.Label == schema.LabelPerson, m.Label == schema.LabelCountry && m.Kind == entities.KindName:
			return s.partyOf(m)
		case m.Kind == entities.KindAdjective && s.unnamedTitle(m, f.trig):
			return m.EntityID
		}
		return ""
	}
	return ""
}

// accompanying returns the countries and organizations named as a
// delegation that accompanies one side ("برفقة وفد عماني", "بمرافقة وفد من X", "يرافقه
// وفد X") in the frame's sentence.
func (s *scan) accompanying(f *frame) []string {
	a, b := s.sentenceRange(f.sentence)
	var out []string
	for i := a; i+2 < b; i++ {
		switch strings.TrimPrefix(s.words[i].norm, "و") {
		case "برفقه", "بمرافقه", "يرافقه", "ترافقه", "يرافقهم", "رافقه":
		default:
			continue
		}
		if !s.delegationWord(i + 1) {
			continue
		}
		j := i + 2
		if s.words[j].norm == "من" && j+1 < b {
			j++
		}
		if m, ok := s.mentionAt(j); ok && (m.Kind == entities.KindAdjective || m.Label == schema.LabelCountry || m.Label == schema.LabelOrganization) {
			if p := s.partyOf(m); p != "" {
				out = appendUnique(out, p)
			}
		}
	}
	return out
}
