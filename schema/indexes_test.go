package schema

import "testing"

// TestIndexedPropsUseSchemaLabels: every range-indexed property is on a
// schema label, none is listed twice, and the lists are fresh copies.
func TestIndexedPropsUseSchemaLabels(t *testing.T) {
	seen := map[IndexedProp]bool{}
	for _, ix := range RangeIndexes() {
		if !IsLabel(ix.Label) {
			t.Errorf("range index on %s.%s: label not in the schema", ix.Label, ix.Prop)
		}
		if ix.Prop == "" || seen[ix] {
			t.Errorf("range index %s.%s: empty or listed twice", ix.Label, ix.Prop)
		}
		seen[ix] = true
	}
	for _, want := range []IndexedProp{{LabelMeeting, "date"}, {LabelMeeting, "status"}, {LabelArticle, "source"},
		{LabelPerson, "name"}, {LabelOrganization, "name_ar"}} {
		if !seen[want] {
			t.Errorf("no range index on %s.%s", want.Label, want.Prop)
		}
	}
	if p := FulltextProps(); len(p) != 3 || p[0] != "name" {
		t.Errorf("FulltextProps = %v", p)
	}
	FulltextProps()[0] = "mutated"
	RangeIndexes()[0].Prop = "mutated"
	if FulltextProps()[0] == "mutated" || RangeIndexes()[0].Prop == "mutated" {
		t.Error("the lists share their slices between calls")
	}
}
