package entities

import "github.com/negograph/negograph/extract/arabic"

// labelMentions recognizes text and returns its mentions of one label as
// "surface=id", in text order.
func labelMentions(r *Recognizer, text, label string) []string {
	res := r.Recognize(text, arabic.Tokens(text))
	var got []string
	for _, m := range res.Mentions {
		if m.Label == label {
			got = append(got, m.Surface+"="+m.EntityID)
		}
	}
	return got
}
