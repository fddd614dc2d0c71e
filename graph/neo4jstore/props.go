package neo4jstore

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"time"
)

// storableProps converts props into values Neo4j can store as properties:
// strings, booleans, integers (as int64), floats (as float64), time.Time and
// homogeneous lists of those scalars. A []any whose elements share one
// scalar kind becomes the matching typed slice ([]string, []int64, …); an
// empty list becomes []string{}. Nil values are dropped, as Neo4j does not
// store null properties. The key "id" is reserved for the element id: it is
// dropped when it equals id and an error otherwise. The error names the
// element (what) and the property.
func storableProps(what, id string, props map[string]any) (map[string]any, error) {
	out := make(map[string]any, len(props))
	keys := make([]string, 0, len(props))
	for k := range props {
		keys = append(keys, k)
	}
	sort.Strings(keys) // deterministic error messages
	for _, k := range keys {
		v := props[k]
		if v == nil {
			continue
		}
		if k == "id" {
			if s, ok := v.(string); ok && s == id {
				continue
			}
			return nil, fmt.Errorf("%s %q: property \"id\" is %v but must equal the element id (the loader sets it)", what, id, v)
		}
		sv, err := storableValue(v)
		if err != nil {
			return nil, fmt.Errorf("%s %q: property %q: %w", what, id, k, err)
		}
		out[k] = sv
	}
	return out, nil
}

// scalar kinds of stored values.
const (
	kindNone = iota
	kindString
	kindBool
	kindInt
	kindFloat
	kindTime
)

func kindName(k int) string {
	switch k {
	case kindString:
		return "string"
	case kindBool:
		return "boolean"
	case kindInt:
		return "integer"
	case kindFloat:
		return "float"
	case kindTime:
		return "time"
	}
	return "unknown"
}

// storableScalar normalises one scalar, reporting its kind, or kindNone when
// v is not a scalar.
func storableScalar(v any) (any, int, error) {
	switch x := v.(type) {
	case string:
		return x, kindString, nil
	case bool:
		return x, kindBool, nil
	case time.Time:
		return x, kindTime, nil
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return rv.Int(), kindInt, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		u := rv.Uint()
		if u > math.MaxInt64 {
			return nil, kindNone, fmt.Errorf("integer %d does not fit Neo4j's 64-bit signed integers", u)
		}
		return int64(u), kindInt, nil
	case reflect.Float32, reflect.Float64:
		return rv.Float(), kindFloat, nil
	case reflect.String:
		return rv.String(), kindString, nil
	case reflect.Bool:
		return rv.Bool(), kindBool, nil
	}
	return nil, kindNone, nil
}

// storableValue normalises a scalar or a homogeneous list of scalars.
func storableValue(v any) (any, error) {
	s, kind, err := storableScalar(v)
	if err != nil {
		return nil, err
	}
	if kind != kindNone {
		return s, nil
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Slice && rv.Kind() != reflect.Array {
		return nil, fmt.Errorf("value of type %T cannot be stored in Neo4j (only scalars and lists of one scalar type)", v)
	}
	n := rv.Len()
	listKind := kindNone
	elems := make([]any, n)
	for i := 0; i < n; i++ {
		ev := rv.Index(i).Interface()
		if ev == nil {
			return nil, fmt.Errorf("list element %d is null; Neo4j lists cannot hold nulls", i)
		}
		s, k, err := storableScalar(ev)
		if err != nil {
			return nil, fmt.Errorf("list element %d: %w", i, err)
		}
		if k == kindNone {
			return nil, fmt.Errorf("list element %d has type %T; Neo4j lists hold only scalars (no nested lists or maps)", i, ev)
		}
		if listKind != kindNone && k != listKind {
			return nil, fmt.Errorf("list mixes %s and %s elements; Neo4j lists must hold one type", kindName(listKind), kindName(k))
		}
		listKind = k
		elems[i] = s
	}
	switch listKind {
	case kindNone, kindString:
		out := make([]string, n)
		for i, e := range elems {
			out[i] = e.(string)
		}
		return out, nil
	case kindBool:
		out := make([]bool, n)
		for i, e := range elems {
			out[i] = e.(bool)
		}
		return out, nil
	case kindInt:
		out := make([]int64, n)
		for i, e := range elems {
			out[i] = e.(int64)
		}
		return out, nil
	case kindFloat:
		out := make([]float64, n)
		for i, e := range elems {
			out[i] = e.(float64)
		}
		return out, nil
	default: // kindTime
		out := make([]time.Time, n)
		for i, e := range elems {
			out[i] = e.(time.Time)
		}
		return out, nil
	}
}

// readProps turns properties read from Neo4j into the snapshot shape: lists
// become typed slices as storableProps produces them ([]string for strings
// and for empty lists), and "id" is removed.
func readProps(p map[string]any) map[string]any {
	out := make(map[string]any, len(p))
	for k, v := range p {
		if k == "id" {
			continue
		}
		if list, ok := v.([]any); ok {
			if sv, err := storableValue(list); err == nil {
				v = sv
			}
		}
		out[k] = v
	}
	return out
}
