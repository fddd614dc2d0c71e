package meetings

import (
	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
)

// DateMention is a date expression of the article, as the date tagger found it.
type DateMention struct {
	// TokStart and TokEnd are the token range of the expression.
	TokStart, TokEnd int
	Date             article.Date
	// Future marks expressions pointing after the publication date.
	Future bool
	// Since marks a date introduced by منذ ("since January").
	Since bool
}

// World answers what the extractor needs to know about entities beyond the
// article: it is implemented by the entity recognizer.
type World interface {
	// CountryOf returns a person's country or a place's country, "" if unknown.
	CountryOf(id string) string
}

// Input is one analysed article.
type Input struct {
	Text      string
	Published article.Date
	Tokens    []arabic.Token
	Sentences []arabic.Span
	Mentions  []entities.Mention
	Dates     []DateMention
	// Entities gives the country of people found from context.
	Entities map[string]*entities.Entity
}
