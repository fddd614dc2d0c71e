package eval

import (
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
	TP, FP, FN int
	Precision  float64
	Recall     float64
	F1         float64
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
	Entities map[string]PRF
	// Meetings is the PRF of Meeting nodes.
	Meetings PRF
	// Attributes maps venue, mediators, participants, status, format and
	// date (equal at the same precision) to the share of matched required meetings that get it right (participants:
	// the mean share of gold participants found). With no matched required
	// meeting every share is 0.
	Attributes map[string]float64
	// MatchedRequired is the number of matched required meetings, the
	// denominator of Attributes.
	MatchedRequired int
	// PrecededBy is the PRF of PRECEDED_BY relationships.
	PrecededBy PRF
	// PerArticle is the micro-averaged PRF of per-article MENTIONS.
	PerArticle PRF
	// Headline is the mean F1 of Person, Country, Venue, Meeting and PRECEDED_BY.
	Headline float64
	// Misses lists, readably, what was missed, what was wrong and where
	// attributes disagree.
	Misses []string
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
