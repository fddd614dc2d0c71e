package meetings

import (
	"reflect"
	"testing"
)

// TestLexiconComplete guards against a word list declared but never filled.
func TestLexiconComplete(t *testing.T) {
	v := reflect.ValueOf(newLexicon())
	for i := 0; i < v.NumField(); i++ {
		if f := v.Field(i); f.Kind() == reflect.Map && f.Len() == 0 {
			t.Errorf("word list %s is empty", v.Type().Field(i).Name)
		}
	}
}
