package schema

// Node labels. These and the relationship types below are the only
// identifiers that are ever placed into Cypher query text.
const (
	LabelArticle      = "Article"
	LabelPerson       = "Person"
	LabelCountry      = "Country"
	LabelVenue        = "Venue"
	LabelOrganization = "Organization"
	LabelMeeting      = "Meeting"
)

// Bookkeeping labels of `negograph refresh`: one RefreshState node records
// the generation of the graph last committed, one RefreshLock node per
// database keeps two refreshes from running at once. Their nodes have a
// name and no id, so they are never part of a graph snapshot.
const (
	LabelRefreshState = "RefreshState"
	LabelRefreshLock  = "RefreshLock"
)

// Relationship types.
const (
	RelBetween        = "BETWEEN"         // Meeting -> Country|Organization
	RelHeldIn         = "HELD_IN"         // Meeting -> Venue|Country
	RelMediatedBy     = "MEDIATED_BY"     // Meeting -> Country|Person|Organization
	RelParticipatedIn = "PARTICIPATED_IN" // Person -> Meeting
	RelPrecededBy     = "PRECEDED_BY"     // Meeting -> Meeting
	RelMentions       = "MENTIONS"        // Article -> Person|Country|Venue|Organization
	RelReports        = "REPORTS"         // Article -> Meeting
	RelCitizenOf      = "CITIZEN_OF"      // Person -> Country (from the gazetteer)
	RelLocatedIn      = "LOCATED_IN"      // Venue -> Country (from the gazetteer)
)

// Labels lists every node label in a fixed order.
func Labels() []string {
	return []string{LabelArticle, LabelPerson, LabelCountry, LabelVenue, LabelOrganization, LabelMeeting}
}

// BookkeepingLabels lists the refresh's own labels in a fixed order.
func BookkeepingLabels() []string {
	return []string{LabelRefreshState, LabelRefreshLock}
}

// RelTypes lists every relationship type in a fixed order.
func RelTypes() []string {
	return []string{RelBetween, RelHeldIn, RelMediatedBy, RelParticipatedIn, RelPrecededBy,
		RelMentions, RelReports, RelCitizenOf, RelLocatedIn}
}

// EntityLabels are the labels of named entities (not articles or meetings).
func EntityLabels() []string {
	return []string{LabelPerson, LabelCountry, LabelVenue, LabelOrganization}
}

// IsLabel reports whether l is one of the schema's labels.
func IsLabel(l string) bool { return contains(Labels(), l) }

// IsRelType reports whether t is one of the schema's relationship types.
func IsRelType(t string) bool { return contains(RelTypes(), t) }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
