package meetings

import "github.com/negograph/negograph/internal/article"

// Status of a meeting.
const (
	StatusHeld      = "held"
	StatusPlanned   = "planned"
	StatusPostponed = "postponed"
	StatusCancelled = "cancelled"
)

// Format of a meeting.
const (
	FormatIndirect = "indirect"
	FormatDirect   = "direct"
	FormatPhone    = "phone"
	FormatUnknown  = "unknown"
)

// Side of a participant.
const (
	SideMediator = "mediator"
)

// Participant is a person taking part in a meeting.
type Participant struct {
	PersonID string
	// Side is the country or organization id the person sits for, or
	// SideMediator.
	Side string
}

// Meeting is one round of talks, contact or visit reported by an article.
type Meeting struct {
	// Parties are the negotiating countries or organizations, sorted ids.
	Parties []string
	// Date is the meeting date; DateFromPublication marks a date that only
	// repeats the publication year because the text gives none.
	Date                article.Date
	DateFromPublication bool
	// Venue is the city (or country when no city is given); VenueCandidates
	// holds the places of a hesitant text ("في مسقط أو الدوحة") instead.
	Venue           string
	VenueCandidates []string
	venueCountry    string
	// MultiDay marks a round the text says lasted several days ("استمرت
	// يومين", "يومي الأربعاء والخميس"): it is dated to its month.
	MultiDay bool
	// Day is the day the text gives a multi-day round (the day it ended or
	// began), kept to order rounds of the same month; zero otherwise.
	Day article.Date
	// Began is the day the text says a round over several days began ("التي
	// بدأت في 21 تشرين الثاني"), zero when it says none: with its last
	// day in another month, the round is dated to the year.
	Began article.Date
	// Places are the places no list knows that the meeting's reports name
	// as its venue (at most its venue and candidates).
	Places []Place
	// VenueGuesses are the places no list knows that a weaker frame puts
	// the meeting in ("عُقدت … في المرج"): a venue once another report
	// of the corpus has learnt the place (Place), ids as Places give them.
	VenueGuesses []string
	// Ordinal is the rank the text gives the round, as written without the
	// article ("رابعه"), "" when it gives none.
	Ordinal    string
	faceToFace bool
	// Brokered marks a round the text says a mediator brokers ("بوساطة",
	// "الوسطاء") rather than sponsors. It says who stands between the
	// sides, not how they sat: the format comes from its own cues.
	Brokered     bool
	Mediators    []string
	Participants []Participant
	Status       string
	Format       string
	Secret       bool
	Topics       []string
	// Kind is "talks", "contact" or "visit".
	Kind string
	// After is the date of the previous round as the text states it ("the
	// first round since January"), zero when the text says nothing.
	After article.Date
	// Support maps each fact ("meeting", "party:ID", "venue:ID",
	// "mediator:ID", "participant:ID", "date", "after") to the indexes of the
	// sentences that state it.
	Support map[string][]int
	// Confidence is in (0, 1].
	Confidence float64
}

// Sentences returns every sentence index that supports the meeting, sorted.
func (m *Meeting) Sentences() []int {
	seen := map[int]bool{}
	var out []int
	for _, list := range m.Support {
		for _, s := range list {
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	sortInts(out)
	return out
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}
