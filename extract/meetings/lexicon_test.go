package meetings

import (
	"reflect"
	"testing"
)

// TestLexiconComplete guards against a word list declared but never filled.
func TestLexiconComplete(t *testing.T) {
	v := reflect.ValueOf(newLexicon())
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if f.Type() == reflect.TypeOf(wordSet{}) {
			f = f.FieldByName("words")
		}
		if f.Kind() == reflect.Map && f.Len() == 0 {
			t.Errorf("word list %s is empty", v.Type().Field(i).Name)
		}
	}
}

// TestWordSetBits checks that every word list has its own bit and that the
// index gives exactly the lists holding each word and its trigger kind.
func TestWordSetBits(t *testing.T) {
	lx := newLexicon()
	want := map[string]lexEntry{}
	var seen uint64
	// the word lists are the wordSet fields of the lexicon and of the
	// structs it holds (the mood words)
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		for i := 0; i < v.NumField(); i++ {
			f := v.Field(i)
			if f.Kind() == reflect.Struct && f.Type() != reflect.TypeOf(wordSet{}) {
				walk(f)
				continue
			}
			if f.Type() != reflect.TypeOf(wordSet{}) {
				continue
			}
			bit := f.FieldByName("bit").Uint()
			if bit == 0 || bit&(bit-1) != 0 || seen&bit != 0 {
				t.Fatalf("word list %s: bit %#x is not a fresh single bit", v.Type().Field(i).Name, bit)
			}
			seen |= bit
			for _, w := range f.FieldByName("words").MapKeys() {
				e := want[w.String()]
				e.sets |= bit
				want[w.String()] = e
			}
		}
	}
	walk(reflect.ValueOf(lx))
	for w, k := range lx.trig {
		e := want[w]
		e.trig = k
		want[w] = e
	}
	if !reflect.DeepEqual(lx.index, want) {
		t.Errorf("lexicon index does not match its word lists")
	}
}
