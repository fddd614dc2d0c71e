package source

import (
	"encoding/json"
	"testing"
)

// FuzzJSONValue holds jsonValue to what encoding/json and jsonString give
// for the same value.
func FuzzJSONValue(f *testing.F) {
	for _, s := range []string{`"plain"`, `"a\nb\t\"c\"\\ \/"`, `"\u0627\u0644"`, `"\ud83d\ude00"`, `"\ud83d x"`, `"\udc00"`,
		"\"\xff\xfe\"", `12.5e3`, `-0`, `null`, `true`, `{"a":1}`, `[1]`, `"نص عربي"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var v jsonValue
		if err := json.Unmarshal([]byte(s), &v); err != nil {
			return // not one valid JSON value: the decoder refuses it first
		}
		want, ok := jsonString(json.RawMessage(s))
		if v.ok != ok || v.s != want {
			t.Fatalf("jsonValue(%q) = %q %v, want %q %v", s, v.s, v.ok, want, ok)
		}
	})
}
