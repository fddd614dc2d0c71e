package entities

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/schema"
)

// This file reads the organisations an article names by a quoted name:
// after their class noun ('تحالف "الأرضية"') or after the words that say
// what a group is known as ('تحالف الحركات المسلحة المعروف بـ"الأرضية"'),
// and the quoted name alone later in the article ('وعن "الأرضية"'). The
// quoted name is the group's own: it makes the id, so that the articles
// that give it with or without the description name one node.

// quotedRun returns the end (exclusive) of a run of at most max tokens
// from token j that stands between quotes in one sentence: an opening
// quote right before j, a closing one right after the run, nothing but
// blanks inside.
func quotedRun(text string, toks []arabic.Token, j, max int) (int, bool) {
	if j <= 0 || j >= len(toks) || !strings.ContainsAny(text[toks[j-1].End:toks[j].Start], "\"«“") {
		return 0, false
	}
	for k := j; k < len(toks) && k < j+max && toks[k].Sentence == toks[j].Sentence; k++ {
		after := text[toks[k].End:]
		if k+1 < len(toks) {
			after = text[toks[k].End:toks[k+1].Start]
		}
		if strings.ContainsAny(after, "\"»”") {
			return k + 1, true
		}
		if !blankGap(after) {
			return 0, false
		}
	}
	return 0, false
}

// knownAsAt returns the first token of a quoted name after the words at
// token j, or up to two words of the description later, that give what a
// group is known as ("المعروف بـ"، "المعروفة باسم"، "المسمى"), or -1.
func knownAsAt(text string, toks []arabic.Token, j int) int {
	for skip := 0; ; skip++ {
		if j >= len(toks) || skip > 2 {
			return -1
		}
		if knownAsWord(toks[j].Norm) {
			break
		}
		if !blankGap(text[toks[j-1].End:toks[j].Start]) || toks[j].Sentence != toks[j-1].Sentence {
			return -1
		}
		j++
	}
	j++
	if j < len(toks) && (toks[j].Norm == "ب" || toks[j].Norm == "باسم") {
		j++
	}
	return j
}

// knownAsWord reports whether a normalized word says what a group is known
// as.
func knownAsWord(w string) bool {
	switch w {
	case "المعروف", "المعروفه", "المسمي", "المسماه", "المعروفين":
		return true
	}
	return false
}

// quotedOrg mints the entity of an organisation named by the quoted
// tokens [a, b), and its mention.
func quotedOrg(text string, toks []arabic.Token, a, b int, pre string) (Mention, *Entity) {
	name := text[toks[a].Start:toks[b-1].End]
	words := arabic.Words(name)
	words[0] = strings.TrimPrefix(words[0], "ال")
	e := &Entity{ID: "org:" + strings.Join(words, "-"), Label: schema.LabelOrganization, Name: name, NameAr: name, Confidence: 0.6}
	return Mention{EntityID: e.ID, Label: schema.LabelOrganization, Kind: KindContext, Start: toks[a].Start, End: toks[b-1].End,
		TokStart: a, TokEnd: b, Sentence: toks[a].Sentence, Surface: name, Prefix: pre, Confidence: 0.6}, e
}

// quotedAgain returns the mentions of the quoted names of quoted (norm of
// the name's words -> id) written alone between quotes at tokens no
// mention covers.
func quotedAgain(text string, toks []arabic.Token, covered []bool, quoted map[string]string) []Mention {
	var out []Mention
	for j := 1; j < len(toks); j++ {
		if covered[j] {
			continue
		}
		end, ok := quotedRun(text, toks, j, 4)
		if !ok {
			continue
		}
		norms := make([]string, 0, end-j)
		free := true
		for k := j; k < end; k++ {
			norms = append(norms, toks[k].Norm)
			free = free && !covered[k]
		}
		id := quoted[strings.Join(norms, " ")]
		if id == "" || !free {
			continue
		}
		for k := j; k < end; k++ {
			covered[k] = true
		}
		out = append(out, Mention{EntityID: id, Label: schema.LabelOrganization, Kind: KindContext, Start: toks[j].Start,
			End: toks[end-1].End, TokStart: j, TokEnd: end, Sentence: toks[j].Sentence, Surface: text[toks[j].Start:toks[end-1].End],
			Confidence: 0.6})
		j = end - 1
	}
	return out
}

// unifyShortForms makes one organisation of a name and a short form of it
// that drops words from its middle ("تنسيقية أزواد" in the headline,
// "تنسيقية حركات أزواد" in the body): the same first and last words, the
// short one's words in the long one's order. The full name keeps the id,
// and the short form becomes an alias, which the assembly of the graph
// uses to join the articles that give only the short form.
func unifyShortForms(found []Mention, info map[string]*Entity) {
	ids := make([]string, 0, len(info))
	for id := range info {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, short := range ids {
		ws := strings.Split(strings.TrimPrefix(short, "org:"), "-")
		if len(ws) < 2 || info[short] == nil {
			continue
		}
		long := ""
		for _, id := range ids {
			wl := strings.Split(strings.TrimPrefix(id, "org:"), "-")
			if id == short || info[id] == nil || len(wl) <= len(ws) || wl[0] != ws[0] || wl[len(wl)-1] != ws[len(ws)-1] || !subsequence(ws, wl) {
				continue
			}
			if long != "" {
				long = "-" // two long forms: leave them
				break
			}
			long = id
		}
		if long == "" || long == "-" {
			continue
		}
		el, es := info[long], info[short]
		for f := range found {
			if found[f].EntityID == short {
				found[f].EntityID = long
			}
		}
		for _, a := range append([]string{es.NameAr}, es.Aliases...) {
			if !slices.Contains(el.Aliases, a) && a != el.NameAr {
				el.Aliases = append(el.Aliases, a)
			}
		}
		if el.Country == "" {
			el.Country = es.Country
		}
		delete(info, short)
	}
}

// subsequence reports whether the words of a appear in b in order.
func subsequence(a, b []string) bool {
	k := 0
	for _, w := range b {
		if k < len(a) && a[k] == w {
			k++
		}
	}
	return k == len(a)
}
