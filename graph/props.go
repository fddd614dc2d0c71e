package graph

import (
	"fmt"
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
// empty strings.
func UnionStrings(a, b []string) []string {
	seen := make(map[string]bool, len(a)+len(b))
	out := make([]string, 0, len(a)+len(b))
	for _, list := range [][]string{a, b} {
		for _, s := range list {
			if s != "" && !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	sort.Strings(out)
	return out
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
