package pipeline

import (
	"slices"
	"sort"
)

// factEvidence is the evidence of one meeting fact: for each of its keys
// ("meeting", "party:ID", "venue:ID", "participant:ID", "after", ...) the
// sentences behind it. A fact has a handful of keys, so a list of pairs,
// looked up in turn, holds them in a fraction of the memory of a map (a
// map of up to eight entries is a group of eight slots and its header;
// a build holds every article's facts until the rounds are emitted).
type factEvidence []keyedSentences

// keyedSentences is the evidence of one key of a fact.
type keyedSentences struct {
	key   string
	sents []string
}

// lookup returns the sentences of key and whether the fact has the key.
func (e factEvidence) lookup(key string) ([]string, bool) {
	for _, k := range e {
		if k.key == key {
			return k.sents, true
		}
	}
	return nil, false
}

// get returns the sentences of key (nil when the fact has none).
func (e factEvidence) get(key string) []string {
	s, _ := e.lookup(key)
	return s
}

// set gives key the sentences, replacing what it had.
func (e *factEvidence) set(key string, sents []string) {
	for i := range *e {
		if (*e)[i].key == key {
			(*e)[i].sents = sents
			return
		}
	}
	*e = append(*e, keyedSentences{key: key, sents: sents})
}

// remove drops key.
func (e *factEvidence) remove(key string) {
	for i := range *e {
		if (*e)[i].key == key {
			*e = append((*e)[:i], (*e)[i+1:]...)
			return
		}
	}
}

// evidenceFromMap makes the evidence of a contribution's encoding (a map)
// a list, its keys in order.
func evidenceFromMap(m map[string][]string) factEvidence {
	if len(m) == 0 {
		return nil
	}
	out := make(factEvidence, 0, len(m))
	for k, v := range m {
		out = append(out, keyedSentences{key: k, sents: v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

// toMap is the evidence as a contribution's encoding keeps it.
func (e factEvidence) toMap() map[string][]string {
	out := make(map[string][]string, len(e))
	for _, k := range e {
		out[k.key] = k.sents
	}
	return out
}

// sentenceLists makes the evidence lists of one article's analysis that
// hold the same sentences one list. An article's facts and mentions cite
// few sentences, and most cite one ("meeting", "party:A", "party:B" and
// "date" of a fact are often the same sentence, which names the parties
// too): a list per key and mention was a separate allocation for each.
// The lists are never written once the analysis is made (the builder
// makes new lists when it joins evidence: slices.Concat, UnionStrings,
// appendUnique on a clipped list), so equal lists can be one. Lists hold
// at most maxEvidence sentences.
type sentenceLists map[[maxEvidence]string][]string

// share returns the list equal to list seen before in the article, or a
// copy of list of its exact length, kept for the lists to come. An empty
// list and a longer one (never made) are returned as they are.
func (m sentenceLists) share(list []string) []string {
	if len(list) == 0 || len(list) > maxEvidence {
		return list
	}
	// the list padded with "": evidence sentences are never empty
	// (appendUnique), and the length is checked besides
	var key [maxEvidence]string
	copy(key[:], list)
	if got, ok := m[key]; ok && len(got) == len(list) {
		return got
	}
	out := slices.Clone(list)
	m[key] = out
	return out
}
