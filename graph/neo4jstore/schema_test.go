package neo4jstore

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/negograph/negograph/schema"
)

func TestSchemaStatementsConstraintPerLabel(t *testing.T) {
	stmts := SchemaStatements()
	for _, l := range schema.Labels() {
		want := "CREATE CONSTRAINT " + strings.ToLower(l) + "_id IF NOT EXISTS FOR (n:" + l + ") REQUIRE n.id IS UNIQUE"
		found := false
		for _, s := range stmts {
			if s == want {
				found = true
			}
		}
		if !found {
			t.Errorf("no uniqueness constraint for %s; want %q", l, want)
		}
	}
}

func TestSchemaStatementsIndexes(t *testing.T) {
	joined := strings.Join(SchemaStatements(), "\n")
	tests := []struct{ label, prop string }{
		{"Meeting", "date"}, {"Meeting", "status"}, {"Article", "source"},
		{"Person", "name"}, {"Person", "name_ar"},
		{"Country", "name"}, {"Country", "name_ar"},
		{"Venue", "name"}, {"Venue", "name_ar"},
		{"Organization", "name"}, {"Organization", "name_ar"},
	}
	for _, tt := range tests {
		want := "FOR (n:" + tt.label + ") ON (n." + tt.prop + ")"
		if !strings.Contains(joined, want) {
			t.Errorf("no range index %s.%s (want %q)", tt.label, tt.prop, want)
		}
	}
	ft := "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Country|Venue|Organization) ON EACH [n.name, n.name_ar, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}"
	if !strings.Contains(joined, ft) {
		t.Errorf("full-text index missing; want %q in\n%s", ft, joined)
	}
}

// TestSchemaStatementsShape checks every statement is idempotent, uniquely named,
// and uses only schema labels.
func TestSchemaStatementsShape(t *testing.T) {
	nameRE := regexp.MustCompile(`^CREATE (?:CONSTRAINT|INDEX|FULLTEXT INDEX) ([a-z_]+) IF NOT EXISTS `)
	labelRE := regexp.MustCompile(`\(n:([A-Za-z|]+)\)`)
	seen := map[string]bool{}
	for _, s := range SchemaStatements() {
		m := nameRE.FindStringSubmatch(s)
		if m == nil {
			t.Errorf("statement is not a named CREATE … IF NOT EXISTS: %q", s)
			continue
		}
		if seen[m[1]] {
			t.Errorf("duplicate name %s", m[1])
		}
		seen[m[1]] = true
		lm := labelRE.FindStringSubmatch(s)
		if lm == nil {
			t.Errorf("no label pattern in %q", s)
			continue
		}
		for _, l := range strings.Split(lm[1], "|") {
			if !schema.IsLabel(l) && !slices.Contains(schema.BookkeepingLabels(), l) {
				t.Errorf("label %q in %q is not in the schema", l, s)
			}
		}
	}
}

func TestSchemaStatementsStable(t *testing.T) {
	a, b := SchemaStatements(), SchemaStatements()
	if strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Fatal("SchemaStatements is not deterministic")
	}
	a[0] = "mutated"
	if SchemaStatements()[0] == "mutated" {
		t.Fatal("SchemaStatements shares its slice between calls")
	}
}
