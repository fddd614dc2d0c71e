package entities

import (
	"strings"
	"unicode/utf8"
)

// any reports whether a reading of token i is in the list f, verbs
// included.
func (p *personScan) any(i int, f wordFlag) bool {
	return p.rs.any(i, f&^flagVerb) || (f&flagVerb != 0 && p.verb(i))
}

// verb reports whether a reading of token i is a verb form.
func (p *personScan) verb(i int) bool {
	for _, st := range p.rs.of(i) {
		if p.r.verbSketch.MayHave(st.Stem) && p.r.verbs[st.Stem] {
			return true
		}
	}
	return false
}

// conjoined reports whether token i is written with the conjunction و or ف
// before a word the recognizer knows ("ورئيس", "وفي").
func (p *personScan) conjoined(i int) bool {
	for _, st := range p.rs.of(i)[1:] {
		if (st.Prefix == "و" || st.Prefix == "ف") && st.wordEntry != nil {
			return true
		}
	}
	return false
}

// definite reports whether token i is written with the article, possibly
// after clitics ("الخارجية", "للأمم", "بالوفد"). The written text decides:
// "إلهام" folds to a word starting with ال, but its hamza shows it has no
// article.
func (p *personScan) definite(i int) bool {
	raw := p.text[p.toks[i].Start:p.toks[i].End]
	for _, st := range p.rs.of(i) {
		if !strings.HasPrefix(st.Stem, "ال") || utf8.RuneCountInString(st.Stem) < 4 ||
			st.Prefix == "ف" && utf8.RuneCountInString(st.Stem) < 5 {
			// "فالتر": ف before a two-letter word with the article is most
			// often a name that begins so ("والري" after a title is و+الري)
			continue
		}
		rest := raw[prefixBytes(raw, st.Prefix):]
		if strings.HasPrefix(rest, "ال") || (strings.HasSuffix(st.Prefix, "ل") && strings.HasPrefix(rest, "ل")) {
			return true
		}
	}
	return false
}

// plain reports whether token i is an Arabic word that may complete a title
// or be part of a name: no digits or Latin letters, and no reading that is a
// function word, verb, time word or title link.
func (p *personScan) plain(i int) bool {
	if !arabicWord(p.toks[i].Norm) {
		return false
	}
	return !p.any(i, flagStop|flagVerb|flagTime|flagLink)
}

// blankGap reports whether the text between two words is white space only
// (a name never runs over punctuation or quotes).
func blankGap(s string) bool {
	for _, c := range s {
		switch c {
		case ' ', '\u00a0', '\u200e', '\u200f', '\u200c', '\u200d':
		default:
			return false
		}
	}
	return true
}

// commaGap reports whether the text between two words is a comma with white
// space around it.
func commaGap(s string) bool {
	n := 0
	for _, c := range s {
		switch c {
		case ',', '،':
			n++
		case ' ', '\t', '\u00a0', '\u200e', '\u200f':
		default:
			return false
		}
	}
	return n == 1
}

// arabicWord reports whether a normalized word is made of two or more Arabic
// letters only.
func arabicWord(w string) bool {
	n := 0
	for _, c := range w {
		if c < 0x0621 || c > 0x064A || c == 0x0640 {
			return false
		}
		n++
	}
	return n >= 2
}
