package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/negograph/negograph/graph"
)

// The picture's geometry, in pixels.
const (
	svgPad      = 8  // inside a box
	svgColGap   = 44 // between date columns
	svgBoxGap   = 10 // between boxes stacked in one cell
	svgRowTop   = 20 // above the boxes of a row
	svgRowBot   = 12 // below them
	svgTop      = 76 // title and date axis
	svgMinBoxW  = 120
	svgLegendH  = 56
	svgFontList = "DejaVu Sans, Noto Sans Arabic, Noto Naskh Arabic, Arial, sans-serif"
)

// svgLine is one line of text in a box or a label.
type svgLine struct {
	text   string
	size   int
	bold   bool
	italic bool
	fill   string
}

// height of a line: its font size and some leading.
func (l svgLine) height() int { return l.size + l.size/3 + 2 }

// svgStyle is how a status is drawn: held boxes are filled and solid;
// planned, postponed and cancelled ones are dashed, each in its colour.
type svgStyle struct{ fill, stroke, dash string }

func styleOf(status string) svgStyle {
	switch status {
	case statusHeld:
		return svgStyle{"#DCEBFA", "#2B6CB0", ""}
	case statusPlanned:
		return svgStyle{"#FFFFFF", "#2B6CB0", "7 4"}
	case "postponed":
		return svgStyle{"#FFF1DC", "#C05621", "7 4"}
	case "cancelled":
		return svgStyle{"#EEEEEE", "#777777", "2 3"}
	}
	return svgStyle{"#F5F5F5", "#555555", ""}
}

// boxLines are the lines of a meeting's box: date, status and format,
// venue, mediators, then each participant in English and Arabic.
func boxLines(m *meeting) []svgLine {
	date := m.Date
	if date == "" {
		date = "undated"
	}
	lines := []svgLine{{text: date, size: 13, bold: true}}
	tags := []string{m.Status}
	if m.Format != "" && m.Format != "unknown" {
		tags = append(tags, m.Format)
	}
	if m.Kind != "" && m.Kind != "talks" {
		tags = append(tags, m.Kind)
	}
	if secret, _ := m.Node.Props["secret"].(bool); secret {
		tags = append(tags, "secret")
	}
	lines = append(lines, svgLine{text: strings.Join(tags, " · "), size: 10, italic: m.Status != statusHeld, fill: styleOf(m.Status).stroke})
	if len(m.Venues) > 0 {
		var vs []string
		for _, v := range m.Venues {
			if v.Candidate {
				vs = append(vs, v.Name+"?")
			} else {
				vs = append(vs, v.Name)
			}
		}
		lines = append(lines, svgLine{text: "in " + strings.Join(vs, " / "), size: 11})
	}
	if len(m.Mediators) > 0 {
		var ns []string
		for _, e := range m.Mediators {
			ns = append(ns, e.Name)
		}
		lines = append(lines, svgLine{text: "mediator: " + strings.Join(ns, ", "), size: 10, fill: "#444444"})
	}
	for _, p := range m.Participants {
		lines = append(lines, svgLine{text: p.Name, size: 10, fill: "#1F4E3D"})
		if p.NameAr != "" {
			lines = append(lines, svgLine{text: p.NameAr, size: 10, fill: "#1F4E3D"})
		}
	}
	return lines
}

// textWidth estimates the width of s in DejaVu Sans at size pixels (the
// picture is laid out without fonts, so a generous estimate).
func textWidth(s string, size int, bold bool) int {
	em := 0.0
	for _, r := range s {
		switch {
		case r == ' ':
			em += 0.32
		case strings.ContainsRune("iljftrI.,:;'|!()[]-", r):
			em += 0.38
		case r >= '0' && r <= '9':
			em += 0.64
		case r == 'm' || r == 'w' || r == 'M' || r == 'W':
			em += 0.95
		case r >= 'A' && r <= 'Z':
			em += 0.74
		case r < 0x80:
			em += 0.62
		case unicode.Is(unicode.Mn, r) || r >= 0x200B && r <= 0x200F || r >= 0x202A && r <= 0x202E:
		case r >= 0x0600 && r <= 0x06FF:
			em += 0.6
		default:
			em += 0.8
		}
	}
	if bold {
		em *= 1.1
	}
	return int(em*float64(size)) + 1
}

// rightToLeft reports whether the first strong character of s is Arabic
// or Hebrew: such a line is set right to left, aligned right.
func rightToLeft(s string) bool {
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Arabic, unicode.Hebrew) && unicode.IsLetter(r):
			return true
		case unicode.IsLetter(r):
			return false
		}
	}
	return false
}

// svgText escapes s for SVG text and attributes: control characters
// become spaces.
func svgText(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7F {
			return ' '
		}
		return r
	}, s)
	return xmlText(s)
}

// WriteSVG draws the negotiation chain as SVG, laid out in-process (no
// Graphviz): one column per meeting date, left to right, one row per
// channel (the exact set of parties, named in English and Arabic at the
// row's head). Each meeting is a box with its date, status and format,
// venue, mediators and participants (English and Arabic names); planned,
// postponed and cancelled meetings are dashed and coloured apart from held
// ones; PRECEDED_BY links run from the earlier meeting to the later one
// (solid: explicit, dashed: inferred). Each meeting's group carries
// data-id="<node id>" and a <title> with its caption. Arabic lines are set
// with direction="rtl", so the viewer shapes and orders them. The same
// snapshot always gives the same bytes.
func WriteSVG(w io.Writer, s graph.Snapshot) error {
	c := chainOf(s)
	// Columns: the distinct dates in order.
	var dates []string
	col := map[string]int{}
	for _, m := range c.Meetings {
		if _, ok := col[m.Date]; !ok {
			col[m.Date] = len(dates)
			dates = append(dates, m.Date)
		}
	}
	row := map[*channel]int{}
	for i, ch := range c.Channels {
		row[ch] = i
	}
	type box struct {
		m     *meeting
		lines []svgLine
		x, y  int
		w, h  int
	}
	boxes := make([]*box, len(c.Meetings))
	byID := map[string]*box{}
	colW := make([]int, len(dates))
	for i := range colW {
		colW[i] = max(svgMinBoxW, textWidth(dates[i], 11, true)+2*svgPad)
	}
	cells := make([][][]*box, len(c.Channels)) // row, column
	for i := range cells {
		cells[i] = make([][]*box, len(dates))
	}
	for i, m := range c.Meetings {
		b := &box{m: m, lines: boxLines(m)}
		b.h = 2*svgPad - 2
		for _, l := range b.lines {
			b.w = max(b.w, textWidth(l.text, l.size, l.bold))
			b.h += l.height()
		}
		b.w += 2 * svgPad
		ci := col[m.Date]
		colW[ci] = max(colW[ci], b.w)
		cells[row[m.Channel]][ci] = append(cells[row[m.Channel]][ci], b)
		boxes[i], byID[m.ID] = b, b
	}
	// Row heads: the channel's names.
	labelW := 180
	for _, ch := range c.Channels {
		labelW = max(labelW, textWidth(ch.Name, 12, true)+28, textWidth(ch.NameAr, 12, false)+28)
	}
	colX := make([]int, len(dates))
	x := labelW + svgColGap/2
	for i := range dates {
		colX[i] = x
		x += colW[i] + svgColGap
	}
	width := max(x-svgColGap/2+16, 480)
	rowY := make([]int, len(c.Channels)+1)
	y := svgTop
	for ri := range c.Channels {
		rowY[ri] = y
		h := 44 // room for the row head
		for ci := range dates {
			cy := y + svgRowTop
			for k, b := range cells[ri][ci] {
				if k > 0 {
					cy += svgBoxGap
				}
				b.x, b.y, b.w = colX[ci], cy, colW[ci]
				cy += b.h
			}
			h = max(h, cy+svgRowBot-y)
		}
		y += h
	}
	rowY[len(c.Channels)] = y
	height := y + svgLegendH

	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	p("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"%s\">\n",
		width, height, width, height, svgFontList)
	p("<title>Negotiation meetings by date, one row per channel (negograph)</title>\n")
	p("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"9\" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333333\"/></marker></defs>\n")
	p("<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#FFFFFF\"/>\n", width, height)
	p("<text x=\"16\" y=\"26\" font-size=\"16\" font-weight=\"bold\" fill=\"#222222\">Negotiation meetings by date, one row per channel</text>\n")
	// Rows, with their heads.
	for ri, ch := range c.Channels {
		fill := "#FFFFFF"
		if ri%2 == 1 {
			fill = "#F7F9FB"
		}
		p("<g class=\"channel\" data-channel=\"%s\">\n", svgText(ch.Key))
		p("<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>\n", rowY[ri], width, rowY[ri+1]-rowY[ri], fill)
		p("<line x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#D5DCE3\"/>\n", rowY[ri], width, rowY[ri])
		p("%s\n", svgTextElem(12, rowY[ri]+24, labelW-12, svgLine{text: ch.Name, size: 12, bold: true, fill: "#222222"}))
		if ch.NameAr != "" {
			p("%s\n", svgTextElem(12, rowY[ri]+42, labelW-12, svgLine{text: ch.NameAr, size: 12, fill: "#222222"}))
		}
		p("</g>\n")
	}
	// The date axis: the year above its first column, each date above its
	// column, a rule between years.
	year := "\x00"
	for i, d := range dates {
		label := d
		if label == "" {
			label = "undated"
		}
		if y := yearOf(d); y != year {
			year = y
			p("<line x1=\"%d\" y1=\"36\" x2=\"%d\" y2=\"%d\" stroke=\"#B8C2CC\" stroke-dasharray=\"3 3\"/>\n", colX[i]-svgColGap/2, colX[i]-svgColGap/2, rowY[len(c.Channels)])
			p("<text x=\"%d\" y=\"50\" font-size=\"13\" font-weight=\"bold\" fill=\"#445566\">%s</text>\n", colX[i]-svgColGap/2+4, svgText(y))
		}
		p("<text x=\"%d\" y=\"68\" font-size=\"10\" fill=\"#667788\">%s</text>\n", colX[i], svgText(label))
	}
	// Links behind the boxes: out of the earlier box's right side, along
	// the gap above the row's boxes, into the later box's left side.
	for _, l := range c.Links {
		a, b := byID[l.Earlier], byID[l.Later]
		if a == nil || b == nil {
			continue
		}
		x1, y1 := a.x+a.w, a.y+12
		x2, y2 := b.x, b.y+12
		var d string
		if x2 <= x1 || x2-x1 <= svgColGap+4 || a.m.Channel != b.m.Channel {
			d = fmt.Sprintf("M%d,%d C%d,%d %d,%d %d,%d", x1, y1, x1+svgColGap/2, y1, x2-svgColGap/2, y2, x2, y2)
		} else {
			gy := rowY[row[a.m.Channel]] + svgRowTop/2
			d = fmt.Sprintf("M%d,%d C%d,%d %d,%d %d,%d L%d,%d C%d,%d %d,%d %d,%d",
				x1, y1, x1+14, y1, x1+14, gy, x1+24, gy, x2-24, gy, x2-14, gy, x2-14, y2, x2, y2)
		}
		dash := ""
		width := 2
		if l.Basis != "explicit" {
			dash, width = " stroke-dasharray=\"5 3\"", 1
		}
		p("<path class=\"preceded-by\" data-from=\"%s\" data-to=\"%s\" d=\"%s\" fill=\"none\" stroke=\"#333333\" stroke-width=\"%d\"%s marker-end=\"url(#arrow)\"><title>%s</title></path>\n",
			svgText(l.Earlier), svgText(l.Later), d, width, dash, svgText(l.Reason))
	}
	for _, b := range boxes {
		st := styleOf(b.m.Status)
		p("<g class=\"meeting status-%s\" data-id=\"%s\">\n<title>%s</title>\n", svgText(b.m.Status), svgText(b.m.ID), svgText(b.m.Name))
		dash := ""
		if st.dash != "" {
			dash = " stroke-dasharray=\"" + st.dash + "\""
		}
		p("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"%s/>\n",
			b.x, b.y, b.w, b.h, st.fill, st.stroke, dash)
		ly := b.y + svgPad - 2
		for _, l := range b.lines {
			ly += l.height()
			p("%s\n", svgTextElem(b.x+svgPad, ly-l.size/3-1, b.x+b.w-svgPad, l))
		}
		p("</g>\n")
	}
	// Legend.
	ly := rowY[len(c.Channels)] + 18
	lx := 16
	for _, st := range []string{statusHeld, statusPlanned, "postponed", "cancelled"} {
		s := styleOf(st)
		dash := ""
		if s.dash != "" {
			dash = " stroke-dasharray=\"" + s.dash + "\""
		}
		p("<rect x=\"%d\" y=\"%d\" width=\"28\" height=\"16\" rx=\"4\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"%s/>\n", lx, ly, s.fill, s.stroke, dash)
		p("<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#333333\">%s</text>\n", lx+34, ly+12, st)
		lx += 34 + textWidth(st, 11, false) + 24
	}
	p("<path d=\"M%d,%d L%d,%d\" stroke=\"#333333\" stroke-width=\"2\" marker-end=\"url(#arrow)\"/>\n", lx, ly+8, lx+36, ly+8)
	p("<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#333333\">next round (PRECEDED_BY; dashed: inferred)</text>\n", lx+44, ly+12)
	p("</svg>\n")
	return bw.Flush()
}

// svgTextElem is a <text> element for l between left and right: left
// aligned, or right aligned and right to left when l starts with Arabic.
func svgTextElem(left, y, right int, l svgLine) string {
	var b strings.Builder
	x, dir := left, ""
	if rightToLeft(l.text) {
		x, dir = right, ` direction="rtl" unicode-bidi="embed" text-anchor="start"`
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="%d"%s`, x, y, l.size, dir)
	if l.bold {
		b.WriteString(` font-weight="bold"`)
	}
	if l.italic {
		b.WriteString(` font-style="italic"`)
	}
	if l.fill != "" {
		fmt.Fprintf(&b, ` fill="%s"`, l.fill)
	}
	fmt.Fprintf(&b, ">%s</text>", svgText(l.text))
	return b.String()
}

// yearOf is the year of an ISO date prefix, "" when there is none.
func yearOf(d string) string {
	if len(d) >= 4 {
		return d[:4]
	}
	return ""
}
