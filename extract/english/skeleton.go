package english

import (
	"strings"
	"unicode"
)

// Skeleton returns, for each word of a person's name written in Arabic or
// Latin letters, its consonants as one alphabet writes them for the other:
// "جون بيركنر" and "John Birkner" both give j n / b r k n r. Vowels,
// ع, ء and h are left out; sh, ch and ش are S; g, j, ج and غ are j; k, c,
// q, ك, ق and خ are k; v and f are f; p and b are b; dh, ذ and z are z.
func Skeleton(name string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) }) {
		var s string
		if latin(w) {
			s = latinSkeleton(strings.ToLower(w))
		} else {
			s = arabicSkeleton(w)
		}
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func latinSkeleton(w string) string {
	w = strings.NewReplacer("sch", "S", "sh", "S", "ch", "S", "kh", "k", "gh", "j", "th", "t", "ph", "f", "dh", "z", "ck", "k").Replace(w)
	var b strings.Builder
	for _, r := range w {
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h', 'á', 'é', 'í', 'ó', 'ú':
		case 'g', 'j':
			b.WriteByte('j')
		case 'c', 'q', 'k':
			b.WriteByte('k')
		case 'v', 'f':
			b.WriteByte('f')
		case 'p', 'b':
			b.WriteByte('b')
		case 'x':
			b.WriteString("ks")
		case 'š':
			b.WriteByte('S')
		default:
			if r < 0x80 {
				b.WriteRune(r)
			}
		}
	}
	return squeeze(b.String())
}

func arabicSkeleton(w string) string {
	var b strings.Builder
	for _, r := range w {
		switch r {
		case 'ب', 'پ':
			b.WriteByte('b')
		case 'ت', 'ط', 'ث':
			b.WriteByte('t')
		case 'ج', 'غ', 'گ':
			b.WriteByte('j')
		case 'خ', 'ك', 'ق', 'ک':
			b.WriteByte('k')
		case 'د', 'ض':
			b.WriteByte('d')
		case 'ر':
			b.WriteByte('r')
		case 'ز', 'ظ', 'ذ':
			b.WriteByte('z') // ذ is written z or dh
		case 'س', 'ص':
			b.WriteByte('s')
		case 'ش', 'چ':
			b.WriteByte('S')
		case 'ف', 'ڤ':
			b.WriteByte('f')
		case 'ل':
			b.WriteByte('l')
		case 'م':
			b.WriteByte('m')
		case 'ن':
			b.WriteByte('n')
		}
	}
	return squeeze(b.String())
}

// squeeze writes a doubled letter once.
func squeeze(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i] == s[i-1] {
			continue
		}
		out = append(out, s[i])
	}
	return string(out)
}

// SameName reports whether a name in Latin letters and one in Arabic
// letters can be one person's: the same number of words (two at least),
// each with the same skeleton but for one consonant more in one of the
// long words (a silent letter of the Latin spelling); or, when one
// spelling splits a word the other writes as one ("Khalilzad", "خليل
// زاد"), the same skeleton once the words are joined.
func SameName(a, b string) bool {
	sa, sb := Skeleton(a), Skeleton(b)
	if len(sa) < 2 || len(sb) < 2 {
		return false
	}
	if len(sa) != len(sb) {
		return squeeze(strings.Join(sa, "")) == squeeze(strings.Join(sb, ""))
	}
	loose := 0
	for i := range sa {
		if sa[i] == sb[i] {
			continue
		}
		if loose > 0 || !oneMore(sa[i], sb[i]) {
			return false
		}
		loose++
	}
	return true
}

// oneMore reports whether one of two skeletons of four letters or more is
// the other with one letter more.
func oneMore(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) != len(b)+1 || len(b) < 3 {
		return false
	}
	for i := range a {
		if a[:i]+a[i+1:] == b {
			return true
		}
	}
	return false
}

// SamePlace reports whether two names of a place the gazetteer does not
// know, each in Arabic or Latin letters, can be one place's: the same
// consonant skeleton (see Skeleton) of three letters at least, the Arabic
// article (ال, "al-", "el-", "an-") left out, or, for skeletons of four
// letters or more, one letter more in one of them (a silent letter of a
// spelling). "Khasab", "Khassab" and "خصب" are one place.
func SamePlace(a, b string) bool {
	sa, sb := placeSkeleton(a), placeSkeleton(b)
	if len(sa) < 3 || len(sb) < 3 {
		return false
	}
	return sa == sb || min(len(sa), len(sb)) >= 4 && oneMore(sa, sb)
}

// placeSkeleton is the skeleton of a place name without its article.
func placeSkeleton(name string) string {
	words := strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) })
	var b strings.Builder
	for i, w := range words {
		if latin(w) {
			switch strings.ToLower(w) {
			case "al", "el", "an", "ad", "as", "ash", "ar", "at", "az", "ed", "es", "en", "er", "et", "ez":
				if i+1 < len(words) {
					continue // the article written apart
				}
			}
			b.WriteString(latinSkeleton(strings.ToLower(w)))
			continue
		}
		if r := []rune(w); len(r) > 3 && string(r[:2]) == "ال" {
			w = string(r[2:])
		}
		b.WriteString(arabicSkeleton(w))
	}
	return squeeze(b.String())
}
