package meetings

import (
	"strings"
	"time"
	"unicode"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
	"github.com/negograph/negograph/schema"
)

// scene is what a sentence without a meeting sets up for the next one:
// "استقبل أردوغان أمس في إسطنبول وفدين يمثلان روسيا وأوكرانيا" gives the
// sides, the day and the place of the round the next sentence reports.
type scene struct {
	parties  []string
	date     article.Date
	venue    string
	sentence int
}

// sceneIn reads the scene of sentence si: the sides it names together, and
// its date and place when it has them.
func (s *scan) sceneIn(si int) (scene, bool) {
	ps := s.pairIn(si)
	if len(ps) < 2 {
		return scene{}, false
	}
	sc := scene{parties: ps, sentence: si}
	a, b := s.sentenceRange(si)
	for _, d := range s.in.Dates {
		if d.TokStart >= a && d.TokEnd <= b && !d.Since {
			sc.date = d.Date
			break
		}
	}
	tmp := &frame{trig: a, pre: a, end: b, sentence: si}
	if s.venueIn(tmp, a, b) {
		sc.venue = tmp.venue
	}
	return sc, true
}

// pairIn returns the sides a sentence without a meeting names together:
// "العلاقات بين السعودية وإيران", "وفدين يمثلان روسيا وأوكرانيا". They
// become the article's channel, which a later "الجانبان" points back to.
func (s *scan) pairIn(si int) []string {
	a, b := s.sentenceRange(si)
	if a < 0 {
		return nil
	}
	for i := a; i < b; i++ {
		w := s.words[i]
		if !w.exact(s.x.lex.between) && !strings.HasPrefix(w.norm, "يمثل") && !strings.HasPrefix(w.norm, "تمثل") {
			continue
		}
		if ps := s.coordinatedAfter(i, b); len(ps) >= 2 {
			return ps
		}
	}
	for i := a; i < b; i++ {
		if reciprocalVerb(s.words[i].norm) {
			// "اتفقت السعودية وإيران على استئناف العلاقات": the sides of a
			// joint act, named as its subjects
			if ps := s.coordinatedAfter(i, b); len(ps) >= 2 {
				return ps
			}
		}
	}
	return nil
}

// coordinatedAfter reads the sides named together after token i (before
// b): "بين السعودية وإيران", "اتفقت السعودية وإيران"; sorted, or nil.
func (s *scan) coordinatedAfter(i, b int) []string {
	var ps []string
	from := i + 1
	if from < b && delegationsWord(s.words[from].norm) {
		from++ // "توصل وفدا الحكومة … و…": the delegations of the sides
	}
	counted := false // "و أكثر من أربعين من …" joined the next side
	for j := from; j < b && j <= i+14; j++ {
		m, ok := s.mentionAt(j)
		conj := ok && (strings.HasPrefix(m.Prefix, "و") || counted)
		counted = false
		if !ok && len(ps) == 1 && (s.words[j].norm == "واكثر" || s.words[j].norm == "وعدد") {
			// "بين الحكومة … وأكثر من أربعين من الحركات": the groups
			// counted are the other side
			for k := j + 1; k < b && k <= j+5; k++ {
				if _, ok := s.mentionAt(k); ok {
					j, counted = k-1, true
					break
				}
			}
			if counted {
				continue
			}
		}
		bare := ""
		if g := strings.TrimPrefix(s.words[j].norm, "و"); !ok && (g == "الحكومه" || g == "حكومه") && j+1 < b {
			// "الحكومة اليمنية وجماعة …": a government by its country
			conj = g != s.words[j].norm
			m, ok = s.mentionAt(j + 1)
			ok = ok && m.Label == schema.LabelCountry
			if !ok && federalWord(s.words[j+1].norm) {
				// "الحكومة الاتحادية وحكومة إقليم كردستان": the state of
				// the region that is the other side
				bare = s.bareGovernment(j)
			}
		}
		if bare != "" && (len(ps) == 0 || conj) {
			ps = appendUnique(ps, bare)
			j++
			continue
		}
		if c, end := s.governmentIn(j, b); !ok && c != "" && len(ps) == 0 {
			// "بين الحكومة الانتقالية في تشاد و…": the state
			ps = append(ps, c)
			j = end - 1
			continue
		}
		if !ok {
			if k := s.asideAfterSide(j, b); len(ps) == 1 && k > j {
				// "وفدي حكومة الوفاق، المعترف بها دولياً، وقوات …": the
				// next side carries the conjunction, on it or on its noun
				j, counted = k-1, true
				continue
			}
			break
		}
		if n, ok := s.bracketedName(m); ok {
			// "وقوات الشرق (الجيش الوطني الليبي)": the known name in brackets
			m = n
		}
		p := s.partyOf(m)
		if p == "" || m.Label == schema.LabelPerson {
			break
		}
		if len(ps) > 0 && !conj && m.Kind != entities.KindAdjective {
			break
		}
		ps = appendUnique(ps, p)
		j = m.TokEnd - 1
	}
	if len(ps) < 2 {
		return nil
	}
	return sortedCopy(ps)
}

// asideAfterSide returns the token after an aside set off by commas that
// starts at j, right after a side, when the next side follows it with the
// conjunction ("حكومة الوفاق، المعترف بها دولياً، وقوات الشرق"); j when
// there is none. The aside holds no name and at most six words.
func (s *scan) asideAfterSide(j, b int) int {
	if j == 0 || !commaBetween(s.in.Text, s.in.Tokens, j-1) {
		return j
	}
	for k := j; k < b && k <= j+5; k++ {
		if _, ok := s.mentionAt(k); ok || s.in.Tokens[k].Sentence != s.in.Tokens[j].Sentence {
			return j
		}
		if commaBetween(s.in.Text, s.in.Tokens, k) {
			if n, ok := s.mentionAt(k + 1); ok && n.TokStart == k+1 && strings.HasPrefix(n.Prefix, "و") {
				return k + 1
			}
			if k+2 < b && forcesNoun(s.words[k+1].norm) {
				if n, ok := s.mentionAt(k + 2); ok && n.TokStart == k+2 {
					return k + 2 // "…، وقوات الشرق (الجيش الوطني الليبي)"
				}
			}
			return j
		}
	}
	return j
}

// forcesNoun reports "وقوات", "وجيش", "وحركة", "وجماعة": the conjunction
// on the class noun of a side named by what follows.
func forcesNoun(w string) bool {
	switch w {
	case "وقوات", "وجيش", "وحركه", "وجماعه", "وميليشيا":
		return true
	}
	return false
}

// bracketedName returns the known organization or country written in
// brackets right after a mention no list knows, or of a body that is no
// side (an outlet read in a phrase of its own): "قوات الشرق (الجيش الوطني
// الليبي)" names the army the gazetteer knows.
func (s *scan) bracketedName(m entities.Mention) (entities.Mention, bool) {
	if e, ok := s.in.Entities[m.EntityID]; !ok || e.Known && entities.NegotiatingOrg(e) || e.Known && e.Label != schema.LabelOrganization || m.TokEnd >= len(s.words) {
		return m, false // a side the lists know stands as written
	}
	n, ok := s.mentionAt(m.TokEnd)
	if !ok || n.TokStart != m.TokEnd || !(n.Label == schema.LabelOrganization || n.Label == schema.LabelCountry) {
		return m, false
	}
	if e, ok := s.in.Entities[n.EntityID]; !ok || !e.Known || !strings.Contains(s.in.Text[m.End:n.Start], "(") {
		return m, false
	}
	return n, true
}

// reciprocalVerb reports whether a normalized word is a verb of a joint
// act whose subjects are the two sides: "اتفقت", "توصلتا", "تبادل",
// "استأنفت".
func reciprocalVerb(w string) bool {
	w = strings.TrimPrefix(w, "و")
	for _, stem := range []string{"اتفق", "توصل", "تبادل", "استانف", "تعهد"} {
		if strings.HasPrefix(w, stem) && len(w)-len(stem) <= len("تا") {
			return true
		}
	}
	return false
}

// spanBefore reports whether the duration at token i, before من, measures
// time from or to an event: "بعد (نحو) أسبوع من لقاء", not the talks' own
// days ("بعد ثلاثة أيام من المحادثات").
func (s *scan) spanBefore(i int) bool {
	if i+2 < len(s.words) && strings.HasPrefix(s.words[i+2].norm, "ال") && s.daysOfTalks(i+2) {
		return false // "بعد يومين من المحادثات": the days the talks took
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		switch strings.TrimPrefix(s.words[j].norm, "و") {
		case "بعد", "قبل", "عقب":
			return true
		}
	}
	return false
}

// daysOfTalks reports whether token i names what the talks are made of
// ("بعد يومين من المحادثات / الجلسات / النقاشات"), not an event they came
// after ("بعد أسبوع من المعارك").
func (s *scan) daysOfTalks(i int) bool {
	if s.trigger(i) == trigTalks {
		return true
	}
	switch s.words[i].norm {
	case "الجلسات", "الاجتماعات", "اللقاءات", "النقاشات", "المشاورات", "المداولات", "الحوار", "العمل":
		return true
	}
	return false
}

// multiDay reports whether the words of [a, b) say the event lasted several
// days: "استمرت يومين", "على مدى يومين", "يومي 15 و16", "يومي الأربعاء
// والخميس", "الاجتماع الذي يستمر ثلاثة أيام". "لليوم الثاني على التوالي"
// is not one: each day may be a session of its own.
func (s *scan) multiDay(a, b int) bool {
	for i := a; i < b; i++ {
		switch strings.TrimPrefix(s.words[i].norm, "و") {
		case "انطلقت", "انطلق", "بدات", "بدا", "استهلت":
			// "وانطلقت الجولة مساء الأحد": the day it began, not its only one
			if i+1 < b && s.trigger(i+1) == trigTalks {
				return true
			}
		case "الفتره", "فتره":
			if s.periodSpan(i, b) {
				return true // "خلال الفترة من السادس وحتى العاشر من آذار"
			}
		case "يومها", "يومه":
			if i+1 < b && (ordinalDay(s.words[i+1].norm) && s.words[i+1].norm != "الاول" || s.words[i+1].norm == "الاخير") {
				return true // "دخلت الجولة يومها الثالث"
			}
		case "يومي":
			if i+1 < b && (s.dateAt(i+1) || s.words[i+1].in(s.x.lex.timeWord) || startsWithDigit(s.words[i+1].norm)) {
				return true
			}
		case "استمرت", "استمر", "امتدت", "امتد", "دامت", "تستمر", "يستمر":
			if i+2 < b && s.words[i+1].norm == "من" {
				// "المحادثات التي استمرت من 6 إلى 10 مارس": a span of days
				for j := i + 2; j < b && j <= i+5; j++ {
					if s.words[j].norm == "الي" || s.words[j].norm == "حتي" {
						return j+1 < b && (s.dateAt(j+1) || startsWithDigit(s.words[j+1].norm))
					}
				}
			}
		case "يومين", "ايام", "اياما", "اسبوعين", "اسبوع", "اسبوعا", "اسابيع":
			if i+1 < b && s.words[i+1].norm == "من" && !s.spanBefore(i) {
				return true // "اختتم … يومين من المحادثات", not "بعد أسبوع من لقاء"
			}
			for j := i - 1; j >= a && j >= i-3; j-- {
				switch strings.TrimPrefix(s.words[j].norm, "و") {
				case "مدي", "لمده", "استمرت", "استمر", "امتدت", "امتد", "تستمر", "يستمر", "دامت", "دام", "تدوم", "يدوم", "طوال", "التي", "الذي":
					return true
				}
			}
		}
	}
	return false
}

func startsWithDigit(w string) bool {
	for _, r := range w {
		return unicode.IsDigit(r)
	}
	return false
}

// continuation reports whether a verb of going on stands before the
// frame's trigger in its clause ("تستكمل المفاوضات غدا", "وتتواصل
// المحادثات"), and no session noun ("جلسة") makes the next day a meeting
// of its own.
func (s *scan) continuation(f *frame) bool {
	a, _ := s.sentenceRange(f.sentence)
	if a < 0 {
		return false
	}
	if f.trig > 0 {
		switch strings.TrimPrefix(s.words[f.trig-1].norm, "و") {
		case "جلسه", "الجلسه", "جلسات", "الجلسات":
			return false
		}
	}
	for i := f.trig - 1; i >= s.clauseStart(f.trig, a) && i >= f.trig-3; i-- {
		switch strings.TrimPrefix(s.words[i].norm, "و") {
		case "تستكمل", "يستكمل", "ستستكمل", "تستانف", "يستانف", "ستستانف", "تتواصل", "يتواصل", "ستتواصل", "تتابع", "تستمر", "يستمر", "ستستمر":
			return true
		}
	}
	return false
}

// continuesUntil reports whether a verb of going on follows the frame's
// trigger and an end or a span follows it ("المحادثات ستستمر حتى يوم
// الخميس"، "الجلسات ستتواصل طوال الأسبوع"): the round under way lasts
// several days, and the day named is its last, no meeting of its own.
func (s *scan) continuesUntil(f *frame) bool {
	i := f.trig + 1
	if i >= f.end {
		return false
	}
	switch strings.TrimPrefix(s.words[i].norm, "و") {
	case "ستستمر", "تستمر", "يستمر", "سيستمر", "ستتواصل", "تتواصل", "يتواصل", "سيتواصل", "ستمتد", "تمتد":
	default:
		return false
	}
	for j := i + 1; j < f.end && j <= i+2; j++ {
		switch s.words[j].norm {
		case "حتي", "الي", "طوال", "طيله", "لمده", "عده", "خلال":
			return true
		}
	}
	return false
}

// dayGap is the number of days from a to b (both day-precise).
func dayGap(a, b article.Date) int {
	ta := time.Date(a.Year, time.Month(a.Month), a.Day, 0, 0, 0, 0, time.UTC)
	tb := time.Date(b.Year, time.Month(b.Month), b.Day, 0, 0, 0, 0, time.UTC)
	return int(tb.Sub(ta).Hours() / 24)
}

// delegationsWord reports whether a normalized word names the delegations
// of the sides as a subject: "وفدا", "وفدي", "ممثلو".
func delegationsWord(w string) bool {
	switch w {
	case "وفدا", "وفدي", "ممثلو", "ممثلي", "مفاوضو":
		return true
	}
	return false
}

// federalWord reports whether a normalized word qualifies a state's own
// government against a region's: "الاتحادية", "المركزية".
func federalWord(w string) bool {
	switch w {
	case "الاتحاديه", "المركزيه", "الفيدراليه", "الفدراليه":
		return true
	}
	return false
}
