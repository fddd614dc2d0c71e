// Package arabic holds the Arabic text primitives of the extractor: a
// normalizer for matching (the original surface text is always kept for
// display and evidence), a tokenizer that keeps byte offsets into the original
// text and knows the clitic prefixes of Arabic news writing, and a sentence
// splitter.
package arabic
