package entities

// Kind says how a mention names its entity.
type Kind string

// The kinds of mention.
const (
	// KindName is a full name or alias from the gazetteer.
	KindName Kind = "name"
	// KindSurname is a surname alone, resolved to a full name seen earlier.
	KindSurname Kind = "surname"
	// KindAdjective is a country adjective (إيراني، الأمريكية …): it marks a
	// party or side, it does not name the country.
	KindAdjective Kind = "adjective"
	// KindMetonym is a capital standing for its government (طهران for Iran):
	// the mention is of the country.
	KindMetonym Kind = "metonym"
	// KindContext is a person the gazetteer does not know, found next to a
	// role title (see contextPersons), or a town or village no list knows,
	// found from its class noun or from where the text says it lies (see
	// unknownPlaces).
	KindContext Kind = "context"
	// KindSite is a building or site the gazetteer does not know, named
	// by its class noun where the text puts something in it ("في قصر X",
	// "بفندق X"): a Venue inside a town, given in Result.Sites. A meeting
	// held there is held in that town.
	KindSite Kind = "site"
)

// Mention is one place in the text that names (or marks) an entity.
type Mention struct {
	// EntityID is the stable id of the entity ("country:iran").
	EntityID string
	// Label is the entity's node label.
	Label string
	// Kind says how the text names the entity.
	Kind Kind
	// Start and End are byte offsets in the article text.
	Start, End int
	// TokStart and TokEnd are the token range [TokStart, TokEnd).
	TokStart, TokEnd int
	// Sentence is the index of the sentence.
	Sentence int
	// Surface is the text as written.
	Surface string
	// Prefix is the normalized clitic prefix written before the name ("ب").
	Prefix string
	// Confidence is in (0, 1].
	Confidence float64
}

// Names reports whether the mention names its entity (rather than marking
// it with an adjective): such mentions become MENTIONS relationships.
func (m Mention) Names() bool { return m.Kind != KindAdjective }

// Entity is an entity found in an article.
type Entity struct {
	ID      string
	Label   string
	Name    string
	NameAr  string
	Aliases []string
	Roles   []string
	// Country is the id of the person's country or the place's country.
	Country string
	// Known is false for people found from context.
	Known bool
	// Confidence is the best confidence of the entity's mentions.
	Confidence float64
}

// Result is what Recognize finds in one text.
type Result struct {
	// Mentions in text order, not overlapping.
	Mentions []Mention
	// Sites are the mentions of buildings no list knows (KindSite: "في قصر
	// X", "بفندق X"), in text order, overlapping no mention. They are kept
	// apart because meeting extraction reads every Venue mention as a
	// possible venue, while a meeting held in a palace is held in its town;
	// the graph should list them with the article's mentions.
	Sites []Mention
	// Entities by id, for every entity that has a mention or a site.
	Entities map[string]*Entity
}
