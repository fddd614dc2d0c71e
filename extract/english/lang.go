package english

import (
	"strings"
	"unicode"
)

// IsEnglish reports whether an article in language lang (a BCP 47 tag,
// possibly empty) with this text is to be read as English: a tag wins;
// without one, the text is English when most letters of its start are
// Latin.
func IsEnglish(lang, text string) bool {
	lang = strings.ToLower(strings.TrimSpace(lang))
	if lang != "" {
		return lang == "en" || strings.HasPrefix(lang, "en-")
	}
	return Detect(text) == "en"
}

// Detect says "en" when most letters of the start of text are Latin, "ar"
// when most are Arabic, and "" otherwise.
func Detect(text string) string {
	latin, arabic, letters := 0, 0, 0
	for i, r := range text {
		if i > 16<<10 {
			break
		}
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	switch {
	case letters == 0:
		return ""
	case arabic*2 > letters:
		return "ar"
	case latin*2 > letters:
		return "en"
	}
	return ""
}
