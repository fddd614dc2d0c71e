package schema

// FulltextIndexName is the name of the full-text index over entity names.
const FulltextIndexName = "entity_names"

// IndexedProp is one (label, property) pair with a range index.
type IndexedProp struct {
	// Label is a schema label (Labels).
	Label string
	// Prop is the indexed property of the label's nodes.
	Prop string
}

// RangeIndexes lists, in a fixed order, the properties users filter on,
// which get a range index: Meeting.date, Meeting.status, name and name_ar of
// each entity label (EntityLabels), and Article.source. Package neo4jstore
// turns the list into CREATE INDEX statements.
func RangeIndexes() []IndexedProp {
	out := []IndexedProp{
		{LabelMeeting, "date"},
		{LabelMeeting, "status"},
	}
	for _, l := range EntityLabels() {
		out = append(out, IndexedProp{l, "name"}, IndexedProp{l, "name_ar"})
	}
	return append(out, IndexedProp{LabelArticle, "source"})
}

// FulltextProps lists, in a fixed order, the properties of the entity
// labels (EntityLabels) that the full-text index FulltextIndexName covers.
func FulltextProps() []string {
	return []string{"name", "name_ar", "aliases"}
}
