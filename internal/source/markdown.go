package source

import (
	"strings"
)

// markdownDoc is what the Markdown reader finds in a file.
type markdownDoc struct {
	title string
	text  string
	meta  map[string]string // front matter, lower-case keys
}

// parseMarkdown removes front matter and Markdown syntax. The text is not
// cleaned yet.
func parseMarkdown(src string) markdownDoc {
	var d markdownDoc
	src = strings.TrimPrefix(src, "\uFEFF")
	lines := strings.Split(src, "\n")
	for i := range len(lines) - 1 { // CR LF line ends, without copying the text
		lines[i] = strings.TrimSuffix(lines[i], "\r")
	}
	lines, d.meta = frontMatter(lines)
	var out []string
	fence := ""
	for i, line := range lines {
		trimmed := strings.TrimSpace(line)
		if fence != "" {
			if strings.HasPrefix(trimmed, fence) {
				fence = ""
				continue
			}
			out = append(out, line)
			continue
		}
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			fence = trimmed[:3]
			continue
		}
		// Setext heading underline: the previous line was a heading.
		if isRuleOf(trimmed, '=') && len(out) > 0 && strings.TrimSpace(out[len(out)-1]) != "" {
			if d.title == "" && i > 0 {
				d.title = inlineMarkdown(strings.TrimSpace(out[len(out)-1]))
			}
			continue
		}
		if isRuleOf(trimmed, '-') && len(out) > 0 && strings.TrimSpace(out[len(out)-1]) != "" {
			continue // level-2 setext heading underline
		}
		if isLinkDefinition(trimmed) {
			continue
		}
		if level, text, ok := atxHeading(trimmed); ok {
			text = inlineMarkdown(text)
			if level == 1 && d.title == "" {
				d.title = text
			}
			out = append(out, text)
			continue
		}
		// Block quotes and list bullets.
		for strings.HasPrefix(trimmed, ">") {
			trimmed = strings.TrimSpace(trimmed[1:])
		}
		for _, bullet := range []string{"- ", "* ", "+ "} {
			if strings.HasPrefix(trimmed, bullet) && !isRuleOf(trimmed, bullet[0]) {
				trimmed = strings.TrimSpace(trimmed[2:])
				break
			}
		}
		out = append(out, inlineMarkdown(trimmed))
	}
	d.text = strings.Join(out, "\n")
	if t := strings.TrimSpace(d.meta["title"]); t != "" {
		d.title = t
	}
	d.title = oneLine(Clean(d.title))
	return d
}

// frontMatter splits "---\nkey: value\n---" off the top of the file.
func frontMatter(lines []string) ([]string, map[string]string) {
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		return lines, nil
	}
	meta := map[string]string{}
	for i := 1; i < len(lines) && i < 200; i++ {
		l := strings.TrimSpace(lines[i])
		if l == "---" || l == "..." {
			return lines[i+1:], meta
		}
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		v = strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
			v = v[1 : len(v)-1]
		}
		if _, dup := meta[k]; !dup {
			meta[k] = v
		}
	}
	return lines, nil // no closing line: not front matter
}

// isRuleOf reports whether s is at least three c, spaces allowed.
func isRuleOf(s string, c byte) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case c:
			n++
		case ' ':
		default:
			return false
		}
	}
	return n >= 3
}

// atxHeading parses "## text ##".
func atxHeading(s string) (level int, text string, ok bool) {
	for level < len(s) && s[level] == '#' {
		level++
	}
	if level == 0 || level > 6 || (level < len(s) && s[level] != ' ' && s[level] != '\t') {
		return 0, "", false
	}
	text = strings.TrimSpace(s[level:])
	text = strings.TrimSpace(strings.TrimRight(text, "#"))
	return level, text, true
}

// isLinkDefinition reports "[ref]: http://...".
func isLinkDefinition(s string) bool {
	if !strings.HasPrefix(s, "[") {
		return false
	}
	i := strings.Index(s, "]:")
	return i > 1 && !strings.Contains(s[:i], "](")
}

// inlineMarkdown drops images, turns links into their text and removes
// emphasis and code markers.
func inlineMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s)) // the result is at most as long: one allocation
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!<>|~", s[i+1]) >= 0:
			b.WriteByte(s[i+1])
			i += 2
			continue
		case c == '!' && i+1 < len(s) && s[i+1] == '[':
			if text, next, ok := link(s, i+1); ok {
				_ = text // image alt text is not prose
				i = next
				continue
			}
		case c == '[':
			if text, next, ok := link(s, i); ok {
				b.WriteString(inlineMarkdown(text))
				i = next
				continue
			}
		case c == '<':
			if j := strings.IndexByte(window(s[i:]), '>'); j > 0 {
				inner := s[i+1 : i+j]
				if strings.Contains(inner, "://") && !strings.ContainsAny(inner, " \t") {
					b.WriteString(inner) // autolink: keep the address, Clean drops lone URLs
					i += j + 1
					continue
				}
			}
		case c == '`':
			i++
			continue
		case c == '*' || c == '_' || c == '~':
			if isEmphasisMarker(s, i) {
				i++
				continue
			}
		}
		b.WriteByte(c)
		i++
	}
	return b.String()
}

// isEmphasisMarker reports whether s[i] opens or closes emphasis: a doubled
// marker, a "*" touching a word, or a "_" between a word and a space or edge.
func isEmphasisMarker(s string, i int) bool {
	c := s[i]
	if (i+1 < len(s) && s[i+1] == c) || (i > 0 && s[i-1] == c) {
		return true // **, __, ~~
	}
	before := i == 0 || s[i-1] == ' ' || strings.IndexByte("([{\"'", s[i-1]) >= 0
	after := i+1 >= len(s) || s[i+1] == ' ' || strings.IndexByte(".,;:!?)]}\"'", s[i+1]) >= 0
	switch c {
	case '~':
		return false
	case '*':
		return !(before && after) // "و*مائل*" is emphasis, "3 * 4" is not
	}
	return before != after // "_x_" is emphasis, snake_case is not
}

// link parses "[text](url)" or "[text][ref]" at s[i] == '['.
func link(s string, i int) (text string, next int, ok bool) {
	depth := 0
	for j := i; j < len(s) && j-i < maxLinkBytes; j++ {
		switch s[j] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				text = s[i+1 : j]
				if j+1 < len(s) && (s[j+1] == '(' || s[j+1] == '[') {
					closer := byte(')')
					if s[j+1] == '[' {
						closer = ']'
					}
					if k := strings.IndexByte(window(s[j+1:]), closer); k > 0 {
						return text, j + 1 + k + 1, true
					}
				}
				return "", 0, false
			}
		}
	}
	return "", 0, false
}

// maxLinkBytes bounds how far a link, link target or autolink is looked
// for, which keeps inlineMarkdown linear on long lines full of brackets.
const maxLinkBytes = 2048

func window(s string) string { return s[:min(len(s), maxLinkBytes)] }
