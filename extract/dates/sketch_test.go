package dates

import (
	"strings"
	"testing"
)

// TestSketchKeepsEveryWord checks that the tagger's sketch never rules out a word
// of the lexicon, and that it rules out most other words.
func TestSketchKeepsEveryWord(t *testing.T) {
	tg := New()
	for k := range tg.lex {
		if !tg.sketch.MayHave(k) {
			t.Fatalf("sketch rules out lexicon word %q", k)
		}
	}
	words := strings.Fields("أعلنت وزارة الخارجية العمانية أن جولة جديدة من المحادثات غير المباشرة بين الوفدين ستعقد في مسقط بعد جولتين سابقتين وقال المتحدث باسم الوزارة في مؤتمر صحفي إن الاتصالات لم تنقطع وإن الوسطاء تبادلوا الرسائل بوتيرة أسرع مما كانت عليه")
	passed := 0
	for _, w := range words {
		if tg.sketch.MayHaveBytes([]byte(w)) {
			passed++
		}
	}
	if passed > len(words)/3 {
		t.Errorf("sketch lets %d of %d ordinary words through", passed, len(words))
	}
}
