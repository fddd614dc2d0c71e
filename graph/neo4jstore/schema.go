package neo4jstore

import (
	"fmt"
	"strings"

	"github.com/negograph/negograph/schema"
)

// SchemaStatements returns the idempotent Cypher DDL that prepares a Neo4j 5
// database for negograph graphs, in the order it should run:
//
//   - a uniqueness constraint on id for every label of schema.Labels(),
//     named "<label>_id" (lower case), which also gives MERGE an index on id;
//   - a uniqueness constraint on name for the refresh's bookkeeping labels
//     (schema.BookkeepingLabels), named "<label>_name";
//   - range indexes on the properties users filter on
//     (schema.RangeIndexes: Meeting.date, Meeting.status, name and name_ar
//     of each entity label, Article.source), named "<label>_<property>";
//   - the full-text index schema.FulltextIndexName on the entity labels'
//     schema.FulltextProps (name, name_ar and aliases), with the arabic
//     analyzer.
//
// Every statement uses IF NOT EXISTS, so running the list twice is harmless.
// Labels and property names come only from package schema's fixed lists.
// Loader.ApplySchema runs them; `negograph schema show` prints them.
func SchemaStatements() []string {
	var out []string
	for _, l := range schema.Labels() {
		out = append(out, fmt.Sprintf(
			"CREATE CONSTRAINT %s_id IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE",
			strings.ToLower(l), l))
	}
	for _, l := range schema.BookkeepingLabels() {
		out = append(out, fmt.Sprintf(
			"CREATE CONSTRAINT %s_name IF NOT EXISTS FOR (n:%s) REQUIRE n.name IS UNIQUE",
			strings.ToLower(l), l))
	}
	for _, ix := range schema.RangeIndexes() {
		out = append(out, fmt.Sprintf(
			"CREATE INDEX %s_%s IF NOT EXISTS FOR (n:%s) ON (n.%s)",
			strings.ToLower(ix.Label), ix.Prop, ix.Label, ix.Prop))
	}
	props := schema.FulltextProps()
	for i, p := range props {
		props[i] = "n." + p
	}
	out = append(out, fmt.Sprintf(
		"CREATE FULLTEXT INDEX %s IF NOT EXISTS FOR (n:%s) ON EACH [%s] "+
			"OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}",
		schema.FulltextIndexName, strings.Join(schema.EntityLabels(), "|"), strings.Join(props, ", ")))
	return out
}
