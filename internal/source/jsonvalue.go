package source

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// jsonValue is a JSON Lines field read as jsonString reads it (a string, a
// number or null as a string; ok false for anything else), decoded straight
// from the line: no json.RawMessage copy of the value, and a string is
// unescaped into its final form in one allocation.
type jsonValue struct {
	s  string
	ok bool
}

// UnmarshalJSON implements json.Unmarshaler; it never fails, a value of
// another type only leaves ok false.
func (v *jsonValue) UnmarshalJSON(data []byte) error {
	*v = jsonValue{}
	if len(data) == 0 {
		return nil
	}
	switch data[0] {
	case 'n':
		v.ok = string(data) == "null"
	case '"':
		v.s, v.ok = unquoteJSON(data)
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		var n json.Number
		if err := json.Unmarshal(data, &n); err == nil {
			v.s, v.ok = n.String(), true
		}
	}
	return nil
}

// unquoteJSON decodes a JSON string literal that the JSON decoder has
// already validated, as encoding/json does: invalid UTF-8 and lone
// surrogates become U+FFFD.
func unquoteJSON(data []byte) (string, bool) {
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return "", false
	}
	body := data[1 : len(data)-1]
	if bytes.IndexByte(body, '\\') < 0 && utf8.Valid(body) {
		return string(body), true
	}
	var b strings.Builder
	b.Grow(len(body))
	for i := 0; i < len(body); {
		c := body[i]
		switch {
		case c == '\\':
			if i+1 >= len(body) {
				return "", false
			}
			switch e := body[i+1]; e {
			case '"', '\\', '/':
				b.WriteByte(e)
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				r, ok := hex4(body[i+2:])
				if !ok {
					return "", false
				}
				i += 6
				if utf16.IsSurrogate(r) {
					if r2, ok := lowSurrogate(body[i:]); ok {
						if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
							b.WriteRune(dec)
							i += 6
							continue
						}
					}
					r = utf8.RuneError
				}
				b.WriteRune(r)
				continue
			default:
				return "", false
			}
			i += 2
		case c < utf8.RuneSelf:
			b.WriteByte(c)
			i++
		default:
			r, size := utf8.DecodeRune(body[i:])
			if r == utf8.RuneError && size == 1 {
				b.WriteRune(utf8.RuneError)
			} else {
				b.Write(body[i : i+size])
			}
			i += size
		}
	}
	return b.String(), true
}

// lowSurrogate reads "\uXXXX" at the start of s.
func lowSurrogate(s []byte) (rune, bool) {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return 0, false
	}
	return hex4(s[2:])
}

func hex4(s []byte) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range s[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
