package export

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/schema"
)

// attrType is the GraphML/GEXF type of a property: string, boolean, long or
// double. Lists are written as JSON text in a string attribute.
func attrType(v any) string {
	switch v.(type) {
	case bool:
		return "boolean"
	case int, int32, int64:
		return "long"
	case float32, float64:
		return "double"
	}
	return "string"
}

// attrValue is the text of a property value for GraphML and GEXF.
func attrValue(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// propKey is one property name with its type, in a fixed order.
type propKey struct{ name, typ string }

// keysOf collects the property names of elements with one type each (a
// name whose values have different types is a string).
func keysOf(props []map[string]any) []propKey {
	types := map[string]string{}
	for _, p := range props {
		for k, v := range p {
			t := attrType(v)
			if old, ok := types[k]; ok && old != t {
				if (old == "long" && t == "double") || (old == "double" && t == "long") {
					t = "double"
				} else {
					t = "string"
				}
			}
			types[k] = t
		}
	}
	out := make([]propKey, 0, len(types))
	for k, t := range types {
		out = append(out, propKey{k, t})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// caption is the display label of a node: its name, and a meeting's date.
func caption(n *graph.Node) string {
	name := graph.StringProp(n.Props, "name")
	if name == "" {
		name = n.ID
	}
	if n.Label() == schema.LabelMeeting {
		if d := graph.StringProp(n.Props, "date"); d != "" && !containsDate(name, d) {
			return d + " " + name
		}
	}
	return name
}

func containsDate(name, date string) bool {
	for i := 0; i+len(date) <= len(name); i++ {
		if name[i:i+len(date)] == date {
			return true
		}
	}
	return false
}

// nodeProps and relProps list the property maps of a snapshot.
func nodeProps(s graph.Snapshot) []map[string]any {
	out := make([]map[string]any, len(s.Nodes))
	for i, n := range s.Nodes {
		out[i] = n.Props
	}
	return out
}

func relProps(s graph.Snapshot) []map[string]any {
	out := make([]map[string]any, len(s.Relationships))
	for i, r := range s.Relationships {
		out[i] = r.Props
	}
	return out
}
