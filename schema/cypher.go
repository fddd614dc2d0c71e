package schema

import (
	"fmt"
	"strings"
)

// FulltextIndexName is the name of the full-text index over entity names.
const FulltextIndexName = "entity_names"

// Statements returns the idempotent Cypher DDL that prepares a Neo4j 5
// database for negograph graphs, in the order it should run:
//
//   - a uniqueness constraint on id for every label of Labels(), named
//     "<label>_id" (lower case), which also gives MERGE an index on id;
//   - a uniqueness constraint on name for the refresh's bookkeeping labels
//     (BookkeepingLabels), named "<label>_name";
//   - range indexes on the properties users filter on (Meeting.date,
//     Meeting.status, name and name_ar of each entity label, Article.source);
//   - the full-text index entity_names on the entity labels' name, name_ar
//     and aliases, with the arabic analyzer.
//
// Every statement uses IF NOT EXISTS, so running the list twice is harmless.
// Labels and property names come only from this package's fixed lists.
func Statements() []string {
	var out []string
	for _, l := range Labels() {
		out = append(out, fmt.Sprintf(
			"CREATE CONSTRAINT %s_id IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE",
			strings.ToLower(l), l))
	}
	for _, l := range BookkeepingLabels() {
		out = append(out, fmt.Sprintf(
			"CREATE CONSTRAINT %s_name IF NOT EXISTS FOR (n:%s) REQUIRE n.name IS UNIQUE",
			strings.ToLower(l), l))
	}
	for _, ix := range rangeIndexes() {
		out = append(out, fmt.Sprintf(
			"CREATE INDEX %s_%s IF NOT EXISTS FOR (n:%s) ON (n.%s)",
			strings.ToLower(ix.label), ix.prop, ix.label, ix.prop))
	}
	ents := EntityLabels()
	out = append(out, fmt.Sprintf(
		"CREATE FULLTEXT INDEX %s IF NOT EXISTS FOR (n:%s) ON EACH [n.name, n.name_ar, n.aliases] "+
			"OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}",
		FulltextIndexName, strings.Join(ents, "|")))
	return out
}

// indexedProp is one (label, property) pair with a range index.
type indexedProp struct{ label, prop string }

// rangeIndexes lists the range-indexed properties.
func rangeIndexes() []indexedProp {
	out := []indexedProp{
		{LabelMeeting, "date"},
		{LabelMeeting, "status"},
	}
	for _, l := range EntityLabels() {
		out = append(out, indexedProp{l, "name"}, indexedProp{l, "name_ar"})
	}
	return append(out, indexedProp{LabelArticle, "source"})
}
