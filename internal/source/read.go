package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/negograph/negograph/internal/article"
)

// kind is the reader chosen by a file's extension.
type kind int

const (
	kindNone kind = iota
	kindText
	kindMarkdown
	kindHTML
	kindJSONL
)

func kindOf(name string) kind {
	i := strings.LastIndexByte(name, '.')
	if i < 0 {
		return kindNone
	}
	switch strings.ToLower(name[i:]) {
	case ".txt":
		return kindText
	case ".md", ".markdown":
		return kindMarkdown
	case ".html", ".htm":
		return kindHTML
	case ".jsonl":
		return kindJSONL
	}
	return kindNone
}

// readLimited reads a whole file as a string, refusing it before reading
// when it is larger than max bytes (max < 0: no limit). The string is
// filled in place, once: one allocation of the file's size, no copy.
func readLimited(path string, max int64) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", unwrapPathError(err)
	}
	defer f.Close()
	size := int64(-1)
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		size = fi.Size()
	}
	if max >= 0 && size > max {
		return "", tooLarge(size, max)
	}
	var b strings.Builder
	if size >= 0 {
		b.Grow(int(size) + 1) // +1: room to see that the file grew
	}
	var r io.Reader = f
	if max >= 0 {
		r = io.LimitReader(f, max+1)
	}
	if _, err := io.Copy(&b, r); err != nil {
		return "", fmt.Errorf("read: %w", unwrapPathError(err))
	}
	if max >= 0 && int64(b.Len()) > max {
		return "", tooLarge(int64(b.Len()), max)
	}
	return b.String(), nil
}

func tooLarge(size, max int64) error {
	return fmt.Errorf("%w: %d bytes, limit %d (raise Options.MaxBytes to read it)", ErrTooLarge, size, max)
}

// unwrapPathError drops the *fs.PathError layer, whose message repeats the
// path that FileError already shows; errors.Is(err, fs.ErrNotExist) still
// works on the result.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// decodeText checks that data is text and returns it as a UTF-8 string
// without byte order mark. UTF-16 with a byte order mark is converted.
// UTF-8 text is returned without a copy.
func decodeText(data string) (string, error) {
	if sig := binarySignature(data); sig != "" {
		return "", fmt.Errorf("%w: looks like %s", ErrBinary, sig)
	}
	switch {
	case strings.HasPrefix(data, "\xFF\xFE"):
		return decodeUTF16(data[2:], false)
	case strings.HasPrefix(data, "\xFE\xFF"):
		return decodeUTF16(data[2:], true)
	}
	if i := strings.IndexByte(data, 0); i >= 0 {
		return "", fmt.Errorf("%w: NUL byte at offset %d (if this is UTF-16 text, convert it to UTF-8)", ErrBinary, i)
	}
	if ctrl := countControls(data); ctrl > 0 && ctrl*50 > len(data) {
		return "", fmt.Errorf("%w: %d control bytes in %d", ErrBinary, ctrl, len(data))
	}
	if !utf8.ValidString(data) {
		off := invalidOffset(data)
		return "", fmt.Errorf("%w: invalid byte 0x%02x at offset %d; convert the file to UTF-8 (for Arabic legacy files: iconv -f WINDOWS-1256 -t UTF-8)",
			ErrInvalidUTF8, data[off], off)
	}
	return strings.TrimPrefix(data, "\uFEFF"), nil
}

func decodeUTF16(data string, bigEndian bool) (string, error) {
	if len(data)%2 != 0 {
		return "", fmt.Errorf("%w: UTF-16 text with an odd number of bytes", ErrInvalidUTF8)
	}
	u := make([]uint16, len(data)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	s := string(utf16.Decode(u))
	if strings.ContainsRune(s, 0) {
		return "", fmt.Errorf("%w: NUL character in UTF-16 text", ErrBinary)
	}
	return s, nil
}

func invalidOffset(data string) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRuneInString(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return 0
}

// countControls counts C0 control bytes other than white space, and DEL.
func countControls(data string) int {
	n := 0
	for _, c := range []byte(data) {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F {
			n++
		}
	}
	return n
}

// binarySignature names well-known binary formats by their first bytes.
func binarySignature(data string) string {
	sigs := [...]struct{ magic, name string }{
		{"%PDF-", "a PDF document"},
		{"PK\x03\x04", "a ZIP archive (or DOCX/EPUB)"},
		{"\x1f\x8b", "gzip data"},
		{"\x89PNG", "a PNG image"},
		{"GIF8", "a GIF image"},
		{"\xff\xd8\xff", "a JPEG image"},
		{"Rar!", "a RAR archive"},
		{"7z\xbc\xaf", "a 7-Zip archive"},
		{"\x7fELF", "an executable"},
		{"\xd0\xcf\x11\xe0", "an old Office document"},
		{"BZh", "bzip2 data"},
		{"\xfd7zXZ", "xz data"},
		{"(\xb5/\xfd", "zstd data"},
	}
	for _, s := range sigs {
		if strings.HasPrefix(data, s.magic) {
			return s.name
		}
	}
	return ""
}

// textTitle is the first line of cleaned text when it reads as a headline:
// there are more lines, it is at most 200 characters and it does not end in
// sentence punctuation.
func textTitle(text string) string {
	first, rest, ok := strings.Cut(text, "\n")
	if !ok || rest == "" || utf8.RuneCountInString(first) > 200 {
		return ""
	}
	trimmed := strings.TrimRightFunc(first, func(r rune) bool {
		return strings.ContainsRune("\"'”’»)]›", r)
	})
	last, _ := utf8.DecodeLastRuneInString(trimmed)
	if trimmed == "" || strings.ContainsRune(".!?؟…:،؛;,", last) {
		return ""
	}
	return first
}

// parsePublished reads "YYYY", "YYYY-MM", "YYYY-MM-DD" or a timestamp such
// as RFC 3339; a timestamp gives its date as written (in its own zone).
func parsePublished(s string) (article.Date, error) {
	s = strings.TrimSpace(s)
	d, err := article.ParseDate(s)
	if err == nil {
		return d, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05",
		"2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02T15:04:05Z0700",
		time.RFC1123Z, time.RFC1123, "2006/01/02"} {
		if t, terr := time.Parse(layout, s); terr == nil {
			return article.FromTime(t), nil
		}
	}
	return article.Date{}, err
}

// checkURL accepts absolute http and https URLs made of printable
// characters.
func checkURL(s string) (string, error) {
	s = strings.TrimSpace(s)
	if strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsPrint(r) }) {
		return "", fmt.Errorf("url %q holds control or invisible characters", s)
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("url %q is not an absolute http(s) URL", s)
	}
	return s, nil
}

// checkLanguage accepts BCP 47-shaped tags such as "ar" or "ar-EG".
func checkLanguage(s string) (string, error) {
	s = strings.TrimSpace(s)
	parts := strings.Split(s, "-")
	ok := len(parts[0]) >= 2 && len(parts[0]) <= 8
	for i, p := range parts {
		if p == "" || len(p) > 8 {
			ok = false
		}
		for _, r := range p {
			if r > unicode.MaxASCII || !(unicode.IsLetter(r) || (i > 0 && unicode.IsDigit(r))) {
				ok = false
			}
		}
	}
	if !ok {
		return "", fmt.Errorf("language %q is not a BCP 47 tag such as \"ar\"", s)
	}
	return s, nil
}

// detectLanguage says "ar" when most letters of the text's start are in
// Arabic script, "" (unknown) otherwise.
func detectLanguage(text string) string {
	arabic, letters := 0, 0
	for i, r := range text {
		if i > 16<<10 {
			break
		}
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Arabic, r) {
				arabic++
			}
		}
	}
	if letters > 0 && arabic*2 > letters {
		return "ar"
	}
	return ""
}

// jsonString reads a JSON string, number or null as a string.
func jsonString(raw json.RawMessage) (string, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", true
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", false
		}
		return s, true
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		var n json.Number
		if err := json.Unmarshal(raw, &n); err != nil {
			return "", false
		}
		return n.String(), true
	}
	return "", false
}

// DetectLanguage says "ar" when most letters of the start of text are in
// Arabic script, "" (unknown) otherwise: how readers fill Article.Language
// when the source does not say.
func DetectLanguage(text string) string { return detectLanguage(text) }
