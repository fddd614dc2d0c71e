package source

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quote returns a file name, path or URL ready to be printed in a message
// or log line: as it is when it prints plainly, else quoted as %q does, so
// that a name holding a newline, a terminal escape sequence, a bidi
// override or invalid UTF-8 cannot forge or garble output. Names with
// leading or trailing spaces and the empty name are quoted too. Arabic and
// other printable text stays readable.
func Quote(s string) string {
	if s == "" || strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") || !utf8.ValidString(s) ||
		strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsPrint(r) }) {
		return strconv.Quote(s)
	}
	return s
}
