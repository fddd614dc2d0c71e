package meetings

import (
	"strings"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// This file reads mediators named by their role rather than by a cue
// before their name: a body behind an office and a title, the subject of
// playing the mediator's role, a host who chairs the sponsoring body.

// roleBefore returns the first token after an office and a title starting
// at i ("مكتب المبعوث الخاص", "فريق الوسيط", "المنسقة الخاصة"): where the
// body they serve may be named. It is i when no title starts there.
func (s *scan) roleBefore(i, end int) int {
	k := i
	for k < end && k < i+6 {
		w := s.words[k]
		switch {
		case w.norm == "مكتب" || w.norm == "فريق" || w.in(s.x.lex.title) || k > i && w.in(s.x.lex.titleTail):
			k++
			continue
		}
		break
	}
	if k == i || k > i && s.words[k-1].norm == "مكتب" {
		return i
	}
	return k
}

// postingAfter skips, at token k, the place a mediator's post is for
// ("إلى اليمن", "في السودان", "لدى لبنان"): it returns the token after it,
// or k.
func (s *scan) postingAfter(k, end int) int {
	if k+1 >= end {
		return k
	}
	switch s.words[k].norm {
	case "الي", "في", "لدي":
	default:
		return k
	}
	m, ok := s.mentionAt(k + 1)
	if !ok || m.TokStart != k+1 || (m.Label != schema.LabelCountry && m.Label != schema.LabelVenue) {
		return k
	}
	return m.TokEnd
}

// roleSubject reads the mediator of "تقوم X بدور الوساطة", "يلعب X دور
// الوسيط": the mediation noun at i after "بدور"/"دور", and the first
// country, organization or person after a verb of playing a role that
// opens the clause (at or after from). The subject may carry a relative
// clause between commas ("وتقوم أنغولا، التي تتولى …، بدور الوساطة").
func (s *scan) roleSubject(i, from int) (entities.Mention, bool) {
	if i < 1 || i-1 < from {
		return entities.Mention{}, false
	}
	if n := s.words[i-1].norm; n != "بدور" && n != "دور" {
		return entities.Mention{}, false
	}
	for j := i - 2; j >= from && j >= i-16; j-- {
		switch strings.TrimPrefix(strings.TrimPrefix(s.words[j].norm, "و"), "س") {
		case "تقوم", "يقوم", "قامت", "قام", "تلعب", "يلعب", "لعبت", "لعب", "تؤدي", "يؤدي", "ادت", "ادي":
		default:
			continue
		}
		if j > 0 && (s.words[j-1].norm == "التي" || s.words[j-1].norm == "الذي") {
			continue // a relative clause of the subject
		}
		if m, ok := s.mentionAt(j + 1); ok && m.TokStart == j+1 && m.Label != schema.LabelVenue {
			return m, true
		}
		// "X، التي تتولى …، وتقوم بدور الوساطة": the verb coordinated in
		// a relative clause has its antecedent for subject
		for k := j - 1; k >= 1 && k >= j-12; k-- {
			if n := s.words[k].norm; n != "التي" && n != "الذي" {
				continue
			}
			if m, ok := s.mentionAt(k - 1); ok && m.Label == schema.LabelCountry && m.Kind == entities.KindName {
				return m, true
			}
			break
		}
		return entities.Mention{}, false
	}
	return entities.Mention{}, false
}

// chairingHost reads, after the verb of hosting at i, a host (a country or
// a person) who chairs an organization: "يستضيفه الرئيس X الذي تولى رئاسة
// الاتحاد الأفريقي", "تستضيفه X بصفتها رئيسة الاتحاد", "X، رئيس الاتحاد
// الأفريقي". A host that only hosts is no mediator; one who hosts as the
// chair of a body acts for it.
func (s *scan) chairingHost(i, end int) (host, org entities.Mention, ok bool) {
	j := i + 1
	for j < end && j <= i+5 {
		m, found := s.mentionAt(j)
		if found && m.TokStart == j && (m.Label == schema.LabelPerson || m.Label == schema.LabelCountry && m.Kind == entities.KindName) {
			host, ok = m, true
			break
		}
		if found {
			j = m.TokEnd // the host's nationality: "الرئيس الأنغولي X"
			continue
		}
		j++
	}
	if !ok {
		return host, org, false
	}
	for k := host.TokEnd; k < end && k <= host.TokEnd+6; k++ {
		n := s.words[k].norm
		if !strings.Contains(n, "رئاسه") && !strings.HasPrefix(strings.TrimPrefix(n, "ل"), "رئيس") && !strings.HasPrefix(n, "الرئيس") {
			continue
		}
		if o, found := s.mentionAt(k + 1); found && o.TokStart == k+1 && o.Label == schema.LabelOrganization && s.placeCountry(o.EntityID) == "" {
			return host, o, true
		}
		return host, org, false
	}
	return host, org, false
}

// tookOnFacilitation reports whether the word at i is the facilitation or
// mediation someone took on: "الرئيس X الذي تولى تيسير المحادثات",
// "تتولى الوساطة". Its subject, before, mediates.
func (s *scan) tookOnFacilitation(i int) bool {
	if i == 0 {
		return false
	}
	switch s.words[i].norm {
	case "تيسير", "الوساطه", "وساطه":
	default:
		return false
	}
	switch strings.TrimPrefix(s.words[i-1].norm, "و") {
	case "تولي", "تولت", "يتولي", "تتولي", "تولوا":
		return true
	}
	return false
}
