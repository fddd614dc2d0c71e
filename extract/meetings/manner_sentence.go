package meetings

import "slices"

// This file reads how a round was held from a sentence that tells only
// that ("وجرت الجلسات وجهاً لوجه", "وتدور النقاشات بصورة غير مباشرة"):
// no trigger of its own, its subject the sessions of the round the
// article has just told.

// sessionsNoun reports whether a normalized word names the sessions of a
// round in the plural, the subject of such a sentence.
func sessionsNoun(w string) bool {
	switch w {
	case "الجلسات", "اللقاءات", "الاجتماعات", "المحادثات", "المفاوضات", "النقاشات", "المناقشات", "المباحثات":
		return true
	}
	return false
}

// mannerOf returns the format a sentence states of the sessions it names,
// or "": "وجهاً لوجه" (direct, indirect when negated), "بصورة/بشكل
// مباشر" or "غير مباشر" after the sessions noun within four words.
func (s *scan) mannerOf(from, to int) string {
	noun := -1
	for i := from; i < to; i++ {
		w := s.words[i].norm
		if sessionsNoun(w) {
			noun = i
			continue
		}
		if noun < 0 || i-noun > 4 {
			continue
		}
		direct := w == "وجها" && i+1 < to && s.words[i+1].norm == "لوجه"
		if !direct && (w == "مباشره" || w == "مباشر" || w == "مباشرا") && i > 0 {
			switch s.words[i-1].norm {
			case "بصوره", "بشكل", "بصيغه", "بطريقه":
				direct = true
			case "غير":
				if i > 1 && slices.Contains([]string{"بصوره", "بشكل", "بصيغه", "بطريقه"}, s.words[i-2].norm) {
					return FormatIndirect
				}
			}
		}
		if direct {
			if s.negatedWithin(i, 6) {
				return FormatIndirect
			}
			return FormatDirect
		}
	}
	return ""
}

// mannerSentences gives the rounds of the article whose format no frame
// stated the format a later sentence without a frame states of their
// sessions: the round told in the nearest sentence before it that tells a
// round.
func (b *builder) mannerSentences() {
	told := map[int][]*Meeting{} // sentence -> the rounds it tells
	for _, m := range b.ms {
		if m.Kind != "talks" {
			continue
		}
		for _, si := range m.Support["meeting"] {
			told[si] = append(told[si], m)
		}
	}
	if len(told) == 0 {
		return
	}
	toks := b.s.in.Tokens
	for i := 0; i < len(toks); {
		si, j := toks[i].Sentence, i
		for j < len(toks) && toks[j].Sentence == si {
			j++
		}
		if _, ok := told[si]; !ok {
			if f := b.s.mannerOf(i, j); f != "" {
				for p := si - 1; p >= 0 && p >= si-3; p-- {
					if ms, ok := told[p]; ok {
						for _, m := range ms {
							if m.Format == "" || m.Format == FormatUnknown {
								m.Format = f
							}
						}
						break
					}
				}
			}
		}
		i = j
	}
}
