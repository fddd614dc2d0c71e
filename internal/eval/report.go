package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// Attribute names of Report.Attributes, in report order.
const (
	AttrVenue        = "venue"
	AttrMediators    = "mediators"
	AttrParticipants = "participants"
	AttrStatus       = "status"
	AttrFormat       = "format"
	AttrDate         = "date"
)

// Attributes lists the meeting attributes in report order.
func Attributes() []string {
	return []string{AttrVenue, AttrMediators, AttrParticipants, AttrStatus, AttrFormat, AttrDate}
}

// PRF holds counts and the precision, recall and F1 computed from them.
type PRF struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// NewPRF computes precision, recall and F1 from counts. A zero denominator
// gives 1 when the other side is empty too (nothing expected and nothing
// produced is perfect) and 0 otherwise: an empty output against a non-empty
// gold has precision 0 and recall 0, and so do false positives against a gold
// with no required items.
func NewPRF(tp, fp, fn int) PRF {
	p := PRF{TP: tp, FP: fp, FN: fn}
	switch {
	case tp+fp > 0:
		p.Precision = float64(tp) / float64(tp+fp)
	case fn == 0:
		p.Precision = 1
	}
	switch {
	case tp+fn > 0:
		p.Recall = float64(tp) / float64(tp+fn)
	case fp == 0:
		p.Recall = 1
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
	return p
}

// Report is the score of one snapshot against a gold.
type Report struct {
	// Entities holds one PRF per entity type: Person, Country, Venue, Organization.
	Entities map[string]PRF `json:"entities"`
	// Meetings is the PRF of Meeting nodes.
	Meetings PRF `json:"meetings"`
	// Attributes maps venue, mediators, participants, status, format and
	// date (equal at the same precision) to the share of matched required meetings that get it right (participants:
	// the mean share of gold participants found). With no matched required
	// meeting every share is 0.
	Attributes map[string]float64 `json:"attributes"`
	// MatchedRequired is the number of matched required meetings, the
	// denominator of Attributes.
	MatchedRequired int `json:"matched_required"`
	// PrecededBy is the PRF of PRECEDED_BY relationships.
	PrecededBy PRF `json:"preceded_by"`
	// PerArticle is the micro-averaged PRF of per-article MENTIONS.
	PerArticle PRF `json:"per_article"`
	// Coref is the cross-document event coreference of (article, meeting)
	// mentions.
	Coref Coref `json:"coref"`
	// Headline is the mean F1 of Person, Country, Venue, Meeting and PRECEDED_BY.
	Headline float64 `json:"headline"`
	// Misses lists, readably, what was missed, what was wrong and where
	// attributes disagree.
	Misses []string `json:"misses"`
}

// Write prints the report as a table followed by the misses.
func (r *Report) Write(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	row := func(name string, p PRF) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", name, p.TP, p.FP, p.FN, p.Precision, p.Recall, p.F1)
	}
	fmt.Fprintf(tw, "score\tTP\tFP\tFN\tP\tR\tF1\t\n")
	for _, t := range EntityTypes() {
		row(t, r.Entities[t])
	}
	row("Meeting", r.Meetings)
	row("PRECEDED_BY", r.PrecededBy)
	row("per-article", r.PerArticle)
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("eval: write report: %w", err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\nmeeting attributes (over %d matched required meetings):\n", r.MatchedRequired)
	for _, a := range Attributes() {
		fmt.Fprintf(&b, "  %-13s %.3f\n", a, r.Attributes[a])
	}
	fmt.Fprintf(&b, "\nheadline (mean F1 of Person, Country, Venue, Meeting, PRECEDED_BY): %.3f\n", r.Headline)
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("eval: write report: %w", err)
	}
	b.Reset()
	if err := r.Coref.write(w); err != nil {
		return err
	}
	if len(r.Misses) > 0 {
		fmt.Fprintf(&b, "\nmisses (%d):\n", len(r.Misses))
		for _, m := range r.Misses {
			fmt.Fprintf(&b, "  - %s\n", m)
		}
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("eval: write report: %w", err)
	}
	return nil
}

// WriteJSON writes the report as indented JSON: the same figures and misses
// as Write, for scripts.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("eval: write JSON report: %w", err)
	}
	return nil
}

// maxSentence is the length, in characters, beyond which the text report
// shortens an evidence sentence.
const maxSentence = 160

// write prints the coreference block and its error table.
func (c *Coref) write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "\ncoreference of (article, meeting) mentions: %d gold, %d system, %d aligned; twinless %d gold, %d system\n",
		c.GoldMentions, c.SystemMentions, c.Aligned, c.TwinlessGold, c.TwinlessSystem)
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "  metric\tP\tR\tF1\t\n")
	for _, m := range []struct {
		name string
		s    CorefScore
	}{{"MUC", c.MUC}, {"B3", c.B3}, {"CEAF-e", c.CEAFe}} {
		fmt.Fprintf(tw, "  %s\t%.3f\t%.3f\t%.3f\t\n", m.name, m.s.Precision, m.s.Recall, m.s.F1)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("eval: write report: %w", err)
	}
	fmt.Fprintf(&b, "  CoNLL F1 (mean F1 of MUC, B3, CEAF-e): %.3f\n", c.CoNLL)
	if len(c.Errors) > 0 {
		fmt.Fprintf(&b, "\ncoreference errors (%d):\n", len(c.Errors))
		for _, e := range c.Errors {
			fmt.Fprintf(&b, "  - %s: article %s, %s ~ %s: %s\n", e.Kind, e.Article, e.Meeting, e.Gold, e.Detail)
			if e.Sentence != "" {
				fmt.Fprintf(&b, "      %q\n", shorten(e.Sentence, maxSentence))
			}
		}
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("eval: write report: %w", err)
	}
	return nil
}

// shorten cuts s to at most n characters, marking the cut with "…".
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
