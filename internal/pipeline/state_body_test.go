package pipeline

import (
	"testing"

	"github.com/negograph/negograph/schema"
)

// TestStateBodyNamesItsState: talks "with" the other side announced by a
// state's ministry ("أعلن المتحدث باسم الخارجية الإيرانية أن الجولة … مع
// الولايات المتحدة") are a meeting of that state too, although the article
// names it only through its ministry.
func TestStateBodyNamesItsState(t *testing.T) {
	g := buildTexts(t, map[string]dated{"a.txt": {
		"طهران - أعلن المتحدث باسم الخارجية الإيرانية أن الجولة الخامسة من المحادثات مع الولايات المتحدة ستعقد في روما يوم الجمعة المقبل.", "2025-05-11"}})
	var got []string
	for _, n := range g.NodesByLabel(schema.LabelMeeting) {
		got = append(got, n.ID)
	}
	if len(got) != 1 || got[0] != "meeting:iran-united-states-2025-05-16-rome-planned" {
		t.Errorf("meetings %v, want the planned Rome round of Iran and the United States", got)
	}
}

// TestRegionGovernmentNamesItsState: talks of "the federal government" with
// a region's government ("حكومة إقليم كردستان") are a meeting of the
// region's state too, although the article names it only through the
// region.
func TestRegionGovernmentNamesItsState(t *testing.T) {
	g := buildTexts(t, map[string]dated{"a.txt": {
		"بغداد - توصل وفدا الحكومة الاتحادية وحكومة إقليم كردستان، في اجتماع عقداه أمس الاثنين في بغداد، إلى تفاهم أولي.", "2025-07-22"}})
	var got []string
	for _, n := range g.NodesByLabel(schema.LabelMeeting) {
		got = append(got, n.ID)
	}
	if len(got) != 1 || got[0] != "meeting:iraq-krg-2025-07-21-baghdad" {
		t.Errorf("meetings %v, want the Baghdad meeting of Iraq and the KRG", got)
	}
}
