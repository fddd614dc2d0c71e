package graph

import (
	"fmt"
	"slices"
	"sort"
)

// MergeProps merges src into dst. String lists ([]string) are united, kept
// sorted and free of duplicates; numbers under "confidence" keep the maximum;
// any other value in src overwrites the one in dst. Nil values are skipped.
func MergeProps(dst, src map[string]any) {
	for k, v := range src {
		if v == nil {
			continue
		}
		switch nv := v.(type) {
		case []string:
			old, _ := dst[k].([]string)
			dst[k] = UnionStrings(old, nv)
		case float64:
			if k == "confidence" {
				if old, ok := dst[k].(float64); ok && old > nv {
					continue
				}
			}
			dst[k] = nv
		default:
			dst[k] = v
		}
	}
}

// UnionStrings returns the sorted union of a and b without duplicates or
// empty strings. When a is already such a list (as every list MergeProps
// stores is) it is merged with b in one pass, and returned itself when b
// adds nothing to it: a relationship reported again by the same sources
// keeps its list instead of getting a new copy.
func UnionStrings(a, b []string) []string {
	if len(a) == 0 || !isSortedSet(a) {
		out := make([]string, 0, len(a)+len(b))
		return sortedSet(append(append(out, a...), b...))
	}
	adds := 0
	for _, s := range b {
		if _, found := slices.BinarySearch(a, s); !found && s != "" {
			adds++
		}
	}
	if adds == 0 {
		return a
	}
	extra := sortedSet(slices.Clone(b))
	out := make([]string, 0, len(a)+len(extra))
	i, j := 0, 0
	for i < len(a) && j < len(extra) {
		switch {
		case a[i] < extra[j]:
			out = append(out, a[i])
			i++
		case a[i] > extra[j]:
			out = append(out, extra[j])
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	out = append(out, a[i:]...)
	return append(out, extra[j:]...)
}

// isSortedSet reports whether list is sorted, free of duplicates and of
// empty strings.
func isSortedSet(list []string) bool {
	for i, s := range list {
		if s == "" || (i > 0 && list[i-1] >= s) {
			return false
		}
	}
	return true
}

// sortedSet sorts list in place and returns it without duplicates or
// empty strings; never nil.
func sortedSet(list []string) []string {
	if isSortedSet(list) {
		if list == nil {
			return []string{}
		}
		return list
	}
	sort.Strings(list)
	list = slices.Compact(list)
	if len(list) > 0 && list[0] == "" {
		list = list[1:]
	}
	return list
}

// StringProp reads a string property, "" when absent.
func StringProp(props map[string]any, key string) string {
	s, _ := props[key].(string)
	return s
}

// StringsProp reads a string-list property, accepting []string and []any.
func StringsProp(props map[string]any, key string) []string {
	switch v := props[key].(type) {
	case []string:
		return v
	case []any:
		out := make([]string, 0, len(v))
		for _, x := range v {
			out = append(out, fmt.Sprint(x))
		}
		return out
	}
	return nil
}

// EvidenceCountKey is the property that records how many evidence
// sentences a relationship had when CapEvidence kept fewer.
const EvidenceCountKey = "evidence_count"

// CapEvidence keeps at most limit of the evidence sentences in props (under
// EvidenceKey): the shortest ones, ties broken by byte order, listed in
// byte order. When it drops some it sets EvidenceCountKey to the number
// there were (an int64); otherwise it leaves props as they are.
func CapEvidence(props map[string]any, limit int) {
	ev, ok := stringList(props[EvidenceKey])
	if !ok || len(ev) <= limit {
		return
	}
	keep := slices.Clone(ev)
	sort.SliceStable(keep, func(i, j int) bool {
		if len(keep[i]) != len(keep[j]) {
			return len(keep[i]) < len(keep[j])
		}
		return keep[i] < keep[j]
	})
	keep = keep[:limit]
	sort.Strings(keep)
	props[EvidenceKey] = keep
	props[EvidenceCountKey] = int64(len(ev))
}
