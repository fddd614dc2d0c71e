package source

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean reduces text to article prose. It makes the text valid UTF-8
// (invalid bytes become U+FFFD), normalizes line endings (CR LF, CR, U+2028,
// U+2029, U+0085) to "\n", turns exotic spaces and tabs into spaces, removes
// invisible formatting characters (BOM, zero-width space, bidi marks and
// embeddings, soft hyphen, other control characters; ZWJ and ZWNJ are kept),
// collapses spaces inside lines, trims every line, drops blank lines (one
// paragraph per line) and drops boilerplate lines.
//
// Boilerplate is recognised on whole lines only, after diacritics, tatweel
// and hamza forms are neutralised for matching: share buttons (شارك، مشاركة،
// تويتر، فيسبوك، واتساب، Share, Tweet...), "read also" labels (اقرأ أيضاً،
// إقرأ المزيد، للمزيد، Read also/more...), copyright lines (جميع الحقوق
// محفوظة, ©), cookie notices in the site's own voice, "follow us" and
// newsletter lines (تابعونا على...), short credit lines (المصدر: وكالات,
// Source: Reuters, الصورة: ...), tag and breadcrumb lines, update stamps,
// lone labels (عاجل، إعلان، التعليقات...), lone URLs, hashtag-only lines and
// lines without any letter or digit. A lone "read also" label line also takes
// the next line with it when that line is shaped like a headline (at most 25
// words, no final sentence punctuation). Long lines and lines with other words
// are kept, so a real sentence is never cut.
func Clean(text string) string {
	text = normalizeChars(text)
	var b strings.Builder
	b.Grow(len(text))
	afterLabel := false
	for line := range strings.SplitSeq(text, "\n") {
		line = squeezeSpaces(line)
		if line == "" {
			continue
		}
		if isBoilerplate(line) {
			afterLabel = afterLabel || isReadAlsoLabel(line)
			continue
		}
		if afterLabel && isHeadlineShape(line) {
			afterLabel = false
			continue // the related headline under a lone "اقرأ أيضا:" label
		}
		afterLabel = false
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
	}
	return b.String()
}

// squeezeSpaces is strings.Join(strings.Fields(line), " "), without
// allocating when line already has single spaces between words and none
// around them.
func squeezeSpaces(line string) string {
	prevSpace := true // a space at the start is one too many
	for i := 0; i < len(line); {
		c := line[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' && !prevSpace:
				prevSpace = true
			case asciiSpace[c]:
				return squeezeCopy(line)
			default:
				prevSpace = false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(line[i:])
		if unicode.IsSpace(r) {
			return squeezeCopy(line)
		}
		i += size
		prevSpace = false
	}
	if prevSpace && line != "" {
		return squeezeCopy(line)
	}
	return line
}

// squeezeCopy is strings.Join(strings.Fields(line), " ") in one allocation.
func squeezeCopy(line string) string {
	var b strings.Builder
	b.Grow(len(line))
	inWord := false
	for i := 0; i < len(line); {
		c := line[i]
		size, space := 1, false
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(line[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space:
			inWord = false
		case !inWord:
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			inWord = true
			fallthrough
		default:
			b.WriteString(line[i : i+size])
		}
		i += size
	}
	return b.String()
}

// asciiSpace holds the ASCII bytes that strings.Fields splits at.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// normalizeChars makes text valid UTF-8 with "\n" line ends, spaces for
// space-like characters and no invisible formatting characters. Text that
// needs none of that is returned as it is, without a copy.
func normalizeChars(text string) string {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	// Find the first character to change; before it the text is kept.
	start := len(text)
	for i, r := range text {
		if charAction(r) != charKeep {
			start = i
			break
		}
	}
	if start == len(text) {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	b.WriteString(text[:start])
	prevCR := false
	for _, r := range text[start:] {
		if prevCR && r == '\n' {
			prevCR = false
			continue
		}
		prevCR = r == '\r'
		switch charAction(r) {
		case charKeep:
			b.WriteRune(r)
		case charNewline:
			b.WriteByte('\n')
		case charSpace:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// What normalizeChars does with a character.
const (
	charKeep = iota
	charNewline
	charSpace
	charDrop
)

// charAction says what normalizeChars does with r: line ends become "\n"
// ("\r\n" is one), space-like characters a space, invisible formatting
// and control characters are dropped (ZWJ and ZWNJ are kept).
func charAction(r rune) int {
	// Fast paths: printable ASCII, and Arabic letters, marks and digits.
	if r >= ' ' && r < 0x7F || r >= 0x0621 && r <= 0x06FF || r == '\n' {
		return charKeep
	}
	switch {
	case r == '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085':
		return charNewline
	case r == '\t' || r == '\f' || r == '\v':
		return charSpace
	case r == '\uFEFF', r == '\u200B', r == '\u2060', r == '\u00AD',
		r == '\u200E', r == '\u200F', r == '\u061C',
		r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069':
		return charDrop // invisible formatting
	case r == '\u200C' || r == '\u200D':
		return charKeep
	case unicode.IsSpace(r):
		return charSpace
	case unicode.IsControl(r):
		return charDrop // other C0/C1 controls
	}
	return charKeep
}

// matchKey lowercases s and neutralises Arabic diacritics, tatweel, hamza
// carriers on alef and alef maqsura, so that "اقرأ أيضاً" and "إقرأ ايضا"
// give the same key.
func matchKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		case r >= '\u064B' && r <= '\u065F', r == '\u0670', r == '\u0640':
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r >= 0x0600 && r <= 0x06FF:
			// Arabic has no case
		default:
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isWordRune reports whether r is a letter, a digit or a mark.
func isWordRune(r rune) bool {
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	case r >= 0x0621 && r <= 0x065F, r >= 0x0660 && r <= 0x0669, r >= 0x066E && r <= 0x06D3:
		return true // Arabic letters, tatweel, marks and digits
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// words splits a key into its words (letters, digits and marks).
func words(key string) []string {
	return strings.FieldsFunc(key, func(r rune) bool { return !isWordRune(r) })
}

// wordsOver reports whether key has more than n words (as words splits).
func wordsOver(key string, n int) bool {
	count, in := 0, false
	for _, r := range key {
		w := isWordRune(r)
		if w && !in {
			count++
			if count > n {
				return true
			}
		}
		in = w
	}
	return false
}

// hasPrefixWords reports whether ws starts with the words of prefix.
func hasPrefixWords(ws []string, prefix ...string) bool {
	if len(ws) < len(prefix) {
		return false
	}
	for i, p := range prefix {
		if ws[i] != p {
			return false
		}
	}
	return true
}

// labelSep reports whether, in key, the n-th word is directly followed
// (spaces aside) by a label separator such as ":" or "-".
func labelSep(key string, n int) bool {
	count := 0
	inWord := false
	for i, r := range key {
		w := isWordRune(r)
		if inWord && !w {
			count++
			if count == n {
				rest := strings.TrimLeft(key[i:], " ")
				r, _ := utf8.DecodeRuneInString(rest)
				return strings.ContainsRune(":：-–—|»>", r)
			}
		}
		inWord = w
	}
	return false
}

// isBoilerplate reports whether the whole line is web-page furniture rather
// than article prose. line is trimmed and non-empty.
func isBoilerplate(line string) bool {
	key := matchKey(line)
	// Every rule below but the URL and tag-list ones is for lines of at
	// most 60 words; a paragraph longer than that is not split into words.
	if wordsOver(key, 60) {
		return isURLLine(line) || isTagLine(line)
	}
	ws := words(key)
	if len(ws) == 0 {
		return true // only punctuation, symbols or emoji: separators, bullets
	}
	if isURLLine(line) || isTagLine(line) {
		return true
	}
	n := len(ws)
	joined := strings.Join(ws, " ")
	if isLoneLabel(joined) {
		return true
	}
	if n <= 12 && isShareLine(ws) {
		return true
	}
	// "Read also" labels, usually followed by a related headline.
	if n <= 30 && (hasPrefixWords(ws, "اقرا", "ايضا") || hasPrefixWords(ws, "اقرا", "المزيد") ||
		hasPrefixWords(ws, "اقرا", "كذلك") || hasPrefixWords(ws, "اقرا", "ايضا") ||
		hasPrefixWords(ws, "طالع", "ايضا") || hasPrefixWords(ws, "شاهد", "ايضا") ||
		hasPrefixWords(ws, "انظر", "ايضا") || hasPrefixWords(ws, "read", "also") ||
		hasPrefixWords(ws, "read", "more") || hasPrefixWords(ws, "see", "also") ||
		hasPrefixWords(ws, "also", "read") || hasPrefixWords(ws, "اقرا", "المزيد")) {
		return true
	}
	if (ws[0] == "للمزيد" || hasPrefixWords(ws, "اضغط", "هنا") || hasPrefixWords(ws, "click", "here")) &&
		(n <= 6 || labelSep(key, 1) && n <= 30) {
		return true
	}
	// Copyright.
	if n <= 20 && (strings.Contains(joined, "جميع الحقوق محفوظة") || strings.Contains(joined, "حقوق النشر محفوظة") ||
		strings.Contains(joined, "all rights reserved") || strings.Contains(key, "©") ||
		ws[0] == "copyright") {
		return true
	}
	// Cookie notices in the site's voice.
	if n <= 60 && isCookieNotice(joined) {
		return true
	}
	// Follow us, newsletters, apps.
	if n <= 20 && (ws[0] == "تابعونا" || ws[0] == "تابعنا" || hasPrefixWords(ws, "follow", "us") ||
		(ws[0] == "تابعوا" || ws[0] == "اشترك" || ws[0] == "اشتركوا" || ws[0] == "subscribe" ||
			hasPrefixWords(ws, "sign", "up") || ws[0] == "حمل" || ws[0] == "download") && mentionsChannel(ws)) {
		return true
	}
	// Credit lines: "المصدر: وكالات", "Source: Reuters", "الصورة: أرشيف".
	if n <= 6 && labelSep(key, 1) {
		switch ws[0] {
		case "المصدر", "المصادر", "مصدر", "source", "sources", "الصورة", "صورة", "photo", "image",
			"تصوير", "credit", "credits", "via":
			return true
		}
	}
	if n <= 7 && (hasPrefixWords(ws, "مصدر", "الخبر") || hasPrefixWords(ws, "مصدر", "الصورة") ||
		hasPrefixWords(ws, "photo", "credit")) && labelSep(key, 2) {
		return true
	}
	// Tags, update stamps.
	if n <= 40 && (labelSep(key, 1) && (ws[0] == "الوسوم" || ws[0] == "وسوم" || ws[0] == "tags" ||
		ws[0] == "topics" || ws[0] == "updated" || ws[0] == "published" || ws[0] == "posted") ||
		labelSep(key, 2) && (hasPrefixWords(ws, "كلمات", "مفتاحية") || hasPrefixWords(ws, "الكلمات", "المفتاحية") ||
			hasPrefixWords(ws, "اخر", "تحديث") || hasPrefixWords(ws, "تاريخ", "النشر") ||
			hasPrefixWords(ws, "تاريخ", "التحديث") || hasPrefixWords(ws, "last", "updated"))) {
		return true
	}
	// Breadcrumbs: "الرئيسية > أخبار > العالم".
	if n <= 12 && (ws[0] == "الرئيسية" || ws[0] == "home") && strings.ContainsAny(key, ">»›/|") {
		return true
	}
	return false
}

// isLoneLabel reports whether a line is nothing but a page label.
func isLoneLabel(joined string) bool {
	switch joined {
	case "عاجل", "خبر عاجل", "breaking", "breaking news", "اعلان", "مساحة اعلانية", "advertisement", "ad",
		"sponsored", "loading", "جاري التحميل", "skip to content", "تخطي الي المحتوي", "انتقل الي المحتوي",
		"التعليقات", "تعليقات", "اضف تعليق", "اضف تعليقك", "comments", "leave a comment",
		"اخبار ذات صلة", "مواضيع ذات صلة", "مقالات ذات صلة", "ذات صلة", "related", "related articles",
		"related news", "related posts", "الاكثر قراءة", "الاكثر مشاهدة", "most read", "most popular",
		"accept", "accept all", "got it", "اوافق", "موافق", "قبول", "قبول الكل", "رفض", "حسنا",
		"print", "طباعة", "back to top", "العودة للاعلي", "الي الاعلي", "المزيد", "more", "التالي",
		"السابق", "next", "previous", "menu", "القائمة", "بحث", "search", "الرئيسية", "home",
		"اقرا ايضا", "اقرا المزيد", "read more", "read also", "see also", "للمزيد", "newsletter",
		"النشرة البريدية", "فيديو", "video", "صور", "photos", "gallery", "شاهد", "watch",
		"حصري":
		return true
	}
	return false
}

// isShareLine reports whether every word is a share-button word or filler
// and at least one is a share-button word.
func isShareLine(ws []string) bool {
	strong := false
	for _, w := range ws {
		switch {
		case isShareWord(w):
			strong = true
		case len(w) > 2 && strings.HasPrefix(w, "و") && isShareWord(strings.TrimPrefix(w, "و")):
			strong = true
		case isShareFiller(w):
		default:
			return false
		}
	}
	return strong
}

func isShareWord(w string) bool {
	switch w {
	case "شارك", "شاركها", "شاركوا", "شاركي", "مشاركة", "المشاركة", "share", "shares", "shared",
		"tweet", "retweet", "تغريد", "غرد", "تويتر", "twitter", "x", "اكس", "فيسبوك", "فيس", "بوك", "facebook",
		"واتساب", "واتس", "whatsapp", "تيليجرام", "تليجرام", "تلغرام", "تيلغرام", "telegram", "لينكد",
		"linkedin", "email", "mail", "e", "البريد", "بريد", "pinterest", "reddit", "messenger", "ماسنجر",
		"print", "طباعة", "انستغرام", "انستجرام", "انستقرام", "instagram", "youtube", "يوتيوب",
		"tiktok", "تيك", "توك", "sms", "نسخ", "copy", "link", "الرابط", "رابط", "threads", "bluesky":
		return true
	}
	return false
}

func isShareFiller(w string) bool {
	if w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) && r != 'k' && r != 'm' }) < 0 {
		return true // share counts: 12, 3k
	}
	switch w {
	case "on", "via", "with", "to", "the", "this", "article", "story", "post", "page", "or", "and", "by", "in",
		"علي", "عبر", "في", "هذا", "هذه", "الخبر", "المقال", "المقالة", "الموضوع", "الصفحة", "او", "و",
		"ان", "ات", "اب", "الالكتروني", "الإلكتروني", "انت", "مع", "اصدقائك", "friends", "your", "now", "الان":
		return true
	}
	return false
}

func isCookieNotice(joined string) bool {
	cookie := false
	for _, c := range []string{"ملفات تعريف الارتباط", "ملفات الارتباط", "الكوكيز", "كوكيز", "cookie", "cookies"} {
		if strings.Contains(joined, c) {
			cookie = true
			break
		}
	}
	if !cookie {
		return false
	}
	for _, v := range []string{"نستخدم", "يستخدم هذا الموقع", "يستخدم موقع", "موقعنا", "بمتابعة", "باستمرارك",
		"استمرارك", "تجربتك", "موافقتك", "توافق", "we use", "this site", "this website", "our site",
		"our website", "by continuing", "your experience", "you agree", "you consent", "accept"} {
		if strings.Contains(joined, v) {
			return true
		}
	}
	return false
}

func mentionsChannel(ws []string) bool {
	for _, w := range ws {
		switch strings.TrimPrefix(w, "و") {
		case "قناة", "قناتنا", "صفحتنا", "حساباتنا", "حسابنا", "نشرة", "النشرة", "نشرتنا", "تطبيق", "التطبيق",
			"تطبيقنا", "تلغرام", "تيليجرام", "تليجرام", "واتساب", "يوتيوب", "فيسبوك", "تويتر", "انستغرام",
			"newsletter", "channel", "app", "telegram", "whatsapp", "youtube", "facebook", "twitter",
			"instagram", "التواصل":
			return true
		}
	}
	return false
}

// isURLLine reports whether the line is only URLs (or e-mail addresses).
func isURLLine(line string) bool {
	for f := range strings.FieldsSeq(line) {
		f = strings.Trim(f, "<>()[]{}\"'«».,;:!")
		l := strings.ToLower(f)
		switch {
		case f == "":
		case strings.Contains(l, "://"), strings.HasPrefix(l, "www."), strings.HasPrefix(l, "pic.twitter.com/"):
		case strings.Count(l, "@") == 1 && strings.Contains(l[strings.Index(l, "@"):], ".") && !strings.HasPrefix(l, "@"):
		default:
			return false
		}
	}
	return true
}

// isTagLine reports whether the line is only hashtags and mentions.
func isTagLine(line string) bool {
	for f := range strings.FieldsSeq(line) {
		if len(f) < 2 || (f[0] != '#' && f[0] != '@') || f[1] == '#' {
			return false
		}
	}
	return true
}

// isReadAlsoLabel reports whether the line is only a "read also" label, which
// announces a related headline on the next line.
func isReadAlsoLabel(line string) bool {
	switch strings.Join(words(matchKey(line)), " ") {
	case "اقرا ايضا", "اقرا المزيد", "اقرا كذلك", "طالع ايضا", "شاهد ايضا", "انظر ايضا", "للمزيد",
		"read also", "read more", "also read", "see also", "اخبار ذات صلة", "مواضيع ذات صلة",
		"مقالات ذات صلة", "ذات صلة", "related", "related articles", "related news":
		return true
	}
	return false
}

// isHeadlineShape reports whether the line is short and has no final
// sentence punctuation.
func isHeadlineShape(line string) bool {
	if len(strings.Fields(line)) > 25 {
		return false
	}
	trimmed := strings.TrimRightFunc(line, func(r rune) bool {
		return strings.ContainsRune("\"'”’»)]›", r)
	})
	last, _ := utf8.DecodeLastRuneInString(trimmed)
	return trimmed != "" && !strings.ContainsRune(".!?؟…", last)
}
