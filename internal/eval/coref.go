package eval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/negograph/negograph/graph"
)

// relReports is the Article → Meeting relationship that makes a mention.
const relReports = "REPORTS"

// Kinds of CorefError, in report order.
const (
	ErrFalseMerge   = "false merge"
	ErrSplitRound   = "split round"
	ErrWrongStatus  = "wrong status"
	ErrWrongChannel = "wrong channel"
)

// CorefErrorKinds lists the kinds of CorefError in report order.
func CorefErrorKinds() []string {
	return []string{ErrFalseMerge, ErrSplitRound, ErrWrongStatus, ErrWrongChannel}
}

// CorefScore is the precision, recall and F1 of one coreference metric.
type CorefScore struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func newCorefScore(pNum, pDen, rNum, rDen float64) CorefScore {
	s := CorefScore{Precision: ratio(pNum, pDen, rDen), Recall: ratio(rNum, rDen, pDen)}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// ratio is num/den; with a zero denominator it is 1 when the other side's
// denominator is zero too (nothing to find, nothing proposed) and 0
// otherwise, the convention of NewPRF.
func ratio(num, den, otherDen float64) float64 {
	switch {
	case den > 0:
		return num / den
	case otherDen == 0:
		return 1
	}
	return 0
}

// Coref is the cross-document event coreference score: how the articles'
// reports of meetings are grouped into meetings.
type Coref struct {
	// GoldMentions counts the scored (article, gold meeting) mentions:
	// every file of every required gold meeting.
	GoldMentions int `json:"gold_mentions"`
	// SystemMentions counts the scored (article, output meeting) mentions;
	// mentions aligned to optional gold meetings are left out.
	SystemMentions int `json:"system_mentions"`
	// Aligned counts system mentions aligned to a required gold mention.
	Aligned int `json:"aligned"`
	// TwinlessGold and TwinlessSystem count the mentions left without a
	// counterpart by the alignment.
	TwinlessGold   int `json:"twinless_gold"`
	TwinlessSystem int `json:"twinless_system"`
	// MUC, B3 and CEAFe are the three CoNLL metrics over the clusters.
	MUC   CorefScore `json:"muc"`
	B3    CorefScore `json:"b3"`
	CEAFe CorefScore `json:"ceaf_e"`
	// CoNLL is the mean of the MUC, B3 and CEAFe F1.
	CoNLL float64 `json:"conll_f1"`
	// Errors lists false merges, split rounds, wrong statuses and wrong
	// channels, one row per mention concerned.
	Errors []CorefError `json:"errors"`
}

// CorefError is one row of the coreference error table: a mention (an
// article's report of a meeting) that takes part in an error.
type CorefError struct {
	// Kind is one of ErrFalseMerge, ErrSplitRound, ErrWrongStatus,
	// ErrWrongChannel.
	Kind string `json:"kind"`
	// Article is the gold article id (or, for an article the gold does not
	// know, its source).
	Article string `json:"article"`
	// Meeting is the output Meeting id, Gold the gold meeting key.
	Meeting string `json:"meeting"`
	Gold    string `json:"gold"`
	// Detail says what is wrong.
	Detail string `json:"detail"`
	// Sentence is the article's evidence for the meeting: the REPORTS
	// relationship's evidence, failing that a BETWEEN relationship's
	// evidence from that article, failing that the meeting's own.
	Sentence string `json:"sentence,omitempty"`
}

// sysMention is an article's report of an output meeting.
type sysMention struct {
	file    string // gold article id, or the Article's source
	meeting string
	article string // Article node id, "" when only known from a source string
}

// goldMention is an article's report of a gold meeting.
type goldMention struct {
	file string
	gold int
}

// systemMentions collects the (article, meeting) pairs of the snapshot from
// REPORTS relationships and from the meetings' sources property, keyed by
// gold article id when the source maps to one.
func (sc *scorer) systemMentions(files []string) []sysMention {
	fileOfArticle := func(id string) (string, bool) {
		n := sc.nodes[id]
		if n == nil || !hasLabel(n, labelArticle) {
			return "", false
		}
		src := prop(n, "source")
		if f, ok := fileOf(src, files); ok {
			return f, true
		}
		return src, src != ""
	}
	seen := map[sysMention]bool{}
	var out []sysMention
	add := func(m sysMention) {
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	for _, n := range sc.ordered {
		if !hasLabel(n, labelMeeting) {
			continue
		}
		for _, a := range sc.to[relReports][n.ID] {
			if f, ok := fileOfArticle(a); ok {
				add(sysMention{file: f, meeting: n.ID, article: a})
			}
		}
		for _, src := range stringsOf(n.Props["sources"]) {
			if f, ok := fileOfArticle(src); ok {
				add(sysMention{file: f, meeting: n.ID, article: src})
				continue
			}
			if sc.nodes[src] != nil {
				continue // a node that is not an Article
			}
			if f, ok := fileOf(src, files); ok {
				add(sysMention{file: f, meeting: n.ID})
			}
		}
	}
	// One mention per (file, meeting): keep the one with an Article id.
	best := map[[2]string]sysMention{}
	var keys [][2]string
	for _, m := range out {
		k := [2]string{m.file, m.meeting}
		old, ok := best[k]
		if !ok {
			keys = append(keys, k)
		}
		if !ok || (old.article == "" && m.article != "") {
			best[k] = m
		}
	}
	res := make([]sysMention, 0, len(keys))
	for _, k := range keys {
		res = append(res, best[k])
	}
	sort.Slice(res, func(i, j int) bool {
		if res[i].file != res[j].file {
			return res[i].file < res[j].file
		}
		return res[i].meeting < res[j].meeting
	})
	return res
}

// alignWeight ranks a compatible (system mention, gold mention) pair inside
// one article: any pair, then pairs the global meeting matching also makes,
// then required gold meetings, then the meeting matching's own levels.
func (sc *scorer) alignWeight(m *graph.Node, gi int) lexWeight {
	c := candidate{node: m, gold: gi, attrs: sc.attributes(m, sc.g.Meetings[gi]), exact: sc.exactParties(m, sc.g.Meetings[gi])}
	global, ok := sc.matched[m.ID]
	return lexWeight{
		1,
		boolInt(ok && global == gi),
		boolInt(!sc.g.Meetings[gi].Optional),
		c.attrs.agreement(sc.unit),
		boolInt(c.exact),
		boolInt(c.attrs.format),
	}
}

// scoreCoref aligns system mentions with gold mentions article by article
// and scores the clusters with MUC, B³ and CEAF-e. It must run after
// scoreMeetings, whose matching it prefers.
func (sc *scorer) scoreCoref() Coref {
	files := sc.g.goldFiles()
	var golds []goldMention
	for gi, gm := range sc.g.Meetings {
		for _, f := range uniqueStrings(gm.Files) {
			golds = append(golds, goldMention{file: f, gold: gi})
		}
	}
	syss := sc.systemMentions(files)

	// Per-article alignment.
	goldByFile := map[string][]int{} // file -> indexes into golds
	for i, g := range golds {
		goldByFile[g.file] = append(goldByFile[g.file], i)
	}
	sysByFile := map[string][]int{}
	var fileOrder []string
	for i, s := range syss {
		if sysByFile[s.file] == nil {
			fileOrder = append(fileOrder, s.file)
		}
		sysByFile[s.file] = append(sysByFile[s.file], i)
	}
	twinOfSys := make([]int, len(syss)) // index into golds, or -1
	for i := range twinOfSys {
		twinOfSys[i] = -1
	}
	twinOfGold := make([]int, len(golds))
	for i := range twinOfGold {
		twinOfGold[i] = -1
	}
	for _, f := range fileOrder {
		gs, ss := goldByFile[f], sysByFile[f]
		if len(gs) == 0 {
			continue
		}
		assign := maxAssignment(len(gs), len(ss), func(r, c int) (lexWeight, bool) {
			m := sc.nodes[syss[ss[c]].meeting]
			gi := golds[gs[r]].gold
			if !sc.compatible(m, sc.g.Meetings[gi]) {
				return lexWeight{}, false
			}
			return sc.alignWeight(m, gi), true
		})
		for r, c := range assign {
			if c >= 0 {
				twinOfGold[gs[r]] = ss[c]
				twinOfSys[ss[c]] = gs[r]
			}
		}
	}

	// Mentions and clusters. Optional gold meetings are neither required
	// nor false positives: their mentions and the system mentions aligned
	// to them are left out.
	var res Coref
	keyClusters := map[int][]string{}
	respClusters := map[string][]string{}
	var keyOrder []int
	var respOrder []string
	goldID := func(i int) string { return fmt.Sprintf("g\x00%s\x00%d", golds[i].file, golds[i].gold) }
	for i, g := range golds {
		if sc.g.Meetings[g.gold].Optional {
			continue
		}
		res.GoldMentions++
		if twinOfGold[i] < 0 {
			res.TwinlessGold++
		}
		if keyClusters[g.gold] == nil {
			keyOrder = append(keyOrder, g.gold)
		}
		keyClusters[g.gold] = append(keyClusters[g.gold], goldID(i))
	}
	for i, s := range syss {
		id := "s\x00" + s.file + "\x00" + s.meeting
		if t := twinOfSys[i]; t >= 0 {
			if sc.g.Meetings[golds[t].gold].Optional {
				continue
			}
			id = goldID(t)
			res.Aligned++
		} else {
			res.TwinlessSystem++
		}
		res.SystemMentions++
		if respClusters[s.meeting] == nil {
			respOrder = append(respOrder, s.meeting)
		}
		respClusters[s.meeting] = append(respClusters[s.meeting], id)
	}
	var key, resp [][]string
	for _, gi := range keyOrder {
		key = append(key, keyClusters[gi])
	}
	for _, m := range respOrder {
		resp = append(resp, respClusters[m])
	}
	res.MUC = mucScore(key, resp)
	res.B3 = b3Score(key, resp)
	res.CEAFe = ceafeScore(key, resp)
	res.CoNLL = (res.MUC.F1 + res.B3.F1 + res.CEAFe.F1) / 3
	res.Errors = sc.corefErrors(golds, syss, twinOfSys)
	if res.Errors == nil {
		res.Errors = []CorefError{}
	}
	return res
}

// corefErrors builds the error table from the aligned mentions of required
// gold meetings.
func (sc *scorer) corefErrors(golds []goldMention, syss []sysMention, twinOfSys []int) []CorefError {
	goldsOfSys := map[string]map[int]bool{} // meeting -> gold meetings of its mentions
	sysOfGold := map[int]map[string]bool{}  // gold meeting -> meetings of its mentions
	for i, s := range syss {
		t := twinOfSys[i]
		if t < 0 || sc.g.Meetings[golds[t].gold].Optional {
			continue
		}
		gi := golds[t].gold
		if goldsOfSys[s.meeting] == nil {
			goldsOfSys[s.meeting] = map[int]bool{}
		}
		goldsOfSys[s.meeting][gi] = true
		if sysOfGold[gi] == nil {
			sysOfGold[gi] = map[string]bool{}
		}
		sysOfGold[gi][s.meeting] = true
	}
	var out []CorefError
	for i, s := range syss {
		t := twinOfSys[i]
		if t < 0 || sc.g.Meetings[golds[t].gold].Optional {
			continue
		}
		gi := golds[t].gold
		gm := sc.g.Meetings[gi]
		m := sc.nodes[s.meeting]
		row := func(kind, detail string) {
			out = append(out, CorefError{Kind: kind, Article: s.file, Meeting: s.meeting, Gold: gm.Key,
				Detail: detail, Sentence: sc.mentionSentence(s)})
		}
		if len(goldsOfSys[s.meeting]) > 1 {
			var keys []string
			for g := range goldsOfSys[s.meeting] {
				keys = append(keys, sc.g.Meetings[g].Key)
			}
			sort.Strings(keys)
			row(ErrFalseMerge, fmt.Sprintf("%s holds reports of %s", s.meeting, strings.Join(keys, ", ")))
		}
		if len(sysOfGold[gi]) > 1 {
			var ids []string
			for id := range sysOfGold[gi] {
				ids = append(ids, id)
			}
			sort.Strings(ids)
			row(ErrSplitRound, fmt.Sprintf("%s is split over %s", gm.Key, strings.Join(ids, ", ")))
		}
		if st := prop(m, "status"); !strings.EqualFold(st, strings.TrimSpace(gm.Status)) {
			row(ErrWrongStatus, fmt.Sprintf("status %s, gold %s", quoteOrNone(st), gm.Status))
		}
		if !sc.exactParties(m, gm) {
			row(ErrWrongChannel, fmt.Sprintf("parties %s, gold %s", sc.partyNames(s.meeting), strings.Join(gm.Parties, ", ")))
		}
	}
	rank := map[string]int{}
	for i, k := range CorefErrorKinds() {
		rank[k] = i
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Kind != b.Kind {
			return rank[a.Kind] < rank[b.Kind]
		}
		if a.Gold != b.Gold && a.Kind == ErrSplitRound {
			return a.Gold < b.Gold
		}
		if a.Meeting != b.Meeting {
			return a.Meeting < b.Meeting
		}
		return a.Article < b.Article
	})
	return out
}

// partyNames lists a meeting's BETWEEN targets by name.
func (sc *scorer) partyNames(meeting string) string {
	var out []string
	for _, id := range sc.from[relBetween][meeting] {
		name := id
		if n := sc.nodes[id]; n != nil {
			if ns := nodeNames(n); len(ns) > 0 {
				name = ns[0]
			}
		}
		out = append(out, name)
	}
	return listOrNone(out)
}

// mentionSentence is the evidence of a mention: the first evidence sentence
// of the article's REPORTS relationship to the meeting, failing that of a
// BETWEEN relationship of the meeting whose sources include the article,
// failing that the meeting's own evidence property.
func (sc *scorer) mentionSentence(s sysMention) string {
	if s.article != "" {
		for _, r := range sc.relsFrom(relReports, s.article) {
			if r.End == s.meeting {
				if ev := stringsOf(r.Props["evidence"]); len(ev) > 0 {
					return ev[0]
				}
			}
		}
		for _, r := range sc.relsFrom(relBetween, s.meeting) {
			if containsString(stringsOf(r.Props["sources"]), s.article) {
				if ev := stringsOf(r.Props["evidence"]); len(ev) > 0 {
					return ev[0]
				}
			}
		}
	}
	if n := sc.nodes[s.meeting]; n != nil {
		if ev := stringsOf(n.Props["evidence"]); len(ev) > 0 {
			return ev[0]
		}
	}
	return ""
}

// relsFrom returns the relationships of a type starting at a node, in the
// order of sc.rels (sorted by type, start, end, id).
func (sc *scorer) relsFrom(typ, start string) []*graph.Relationship {
	lo := sort.Search(len(sc.rels), func(i int) bool {
		r := sc.rels[i]
		return r.Type > typ || (r.Type == typ && r.Start >= start)
	})
	hi := lo
	for hi < len(sc.rels) && sc.rels[hi].Type == typ && sc.rels[hi].Start == start {
		hi++
	}
	return sc.rels[lo:hi]
}

func uniqueStrings(l []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range l {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// mucScore is the link-based MUC metric (Vilain et al. 1995): recall is
// Σ(|K| − |p(K)|) / Σ(|K| − 1) over key clusters K, p(K) the partition of K
// by the response clusters, a mention of K the response lacks being a part
// of its own; precision swaps key and response.
func mucScore(key, resp [][]string) CorefScore {
	rNum, rDen := mucSide(key, resp)
	pNum, pDen := mucSide(resp, key)
	return newCorefScore(pNum, pDen, rNum, rDen)
}

func mucSide(a, b [][]string) (num, den float64) {
	clusterOf := clusterIndex(b)
	for _, c := range a {
		parts := map[int]bool{}
		lone := 0
		for _, m := range c {
			if j, ok := clusterOf[m]; ok {
				parts[j] = true
			} else {
				lone++
			}
		}
		den += float64(len(c) - 1)
		num += float64(len(c) - len(parts) - lone)
	}
	return num, den
}

// b3Score is the mention-based B³ metric (Bagga & Baldwin 1998) as the
// CoNLL reference scorer computes it on predicted mentions (Pradhan et al.
// 2014): recall is Σ_K Σ_R |K∩R|²/|K| over Σ|K|, precision Σ_R Σ_K
// |K∩R|²/|R| over Σ|R|. A twinless mention shares no mention with the other
// side, so it lowers recall (gold) or precision (system).
func b3Score(key, resp [][]string) CorefScore {
	rNum, rDen := b3Side(key, resp)
	pNum, pDen := b3Side(resp, key)
	return newCorefScore(pNum, pDen, rNum, rDen)
}

func b3Side(a, b [][]string) (num, den float64) {
	clusterOf := clusterIndex(b)
	for _, c := range a {
		inter := map[int]int{}
		for _, m := range c {
			if j, ok := clusterOf[m]; ok {
				inter[j]++
			}
		}
		for _, n := range inter {
			num += float64(n*n) / float64(len(c))
		}
		den += float64(len(c))
	}
	return num, den
}

// ceafeScore is the entity-based CEAF metric with φ4(K, R) = 2|K∩R| /
// (|K| + |R|) (Luo 2005): Φ is the best one-to-one alignment of key and
// response clusters, recall Φ/|key clusters|, precision Φ/|response
// clusters|.
func ceafeScore(key, resp [][]string) CorefScore {
	clusterOf := clusterIndex(resp)
	inter := make([]map[int]int, len(key))
	for i, c := range key {
		inter[i] = map[int]int{}
		for _, m := range c {
			if j, ok := clusterOf[m]; ok {
				inter[i][j]++
			}
		}
	}
	phi := func(i, j int) (realWeight, bool) {
		n := inter[i][j]
		if n == 0 {
			return 0, false
		}
		return realWeight(2 * float64(n) / float64(len(key[i])+len(resp[j]))), true
	}
	var total float64
	for i, j := range maxAssignment(len(key), len(resp), phi) {
		if j >= 0 {
			w, _ := phi(i, j)
			total += float64(w)
		}
	}
	return newCorefScore(total, float64(len(resp)), total, float64(len(key)))
}

// clusterIndex maps each mention to the index of its cluster.
func clusterIndex(clusters [][]string) map[string]int {
	out := map[string]int{}
	for i, c := range clusters {
		for _, m := range c {
			out[m] = i
		}
	}
	return out
}
