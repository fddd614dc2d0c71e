package meetings

import (
	"slices"
	"testing"

	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/internal/article"
)

// TestPlacesLearntGuessedAndCued checks the three readings of a place no
// list knows: learnt from a strong frame (a seat, also past the comma that
// closes the round's date), guessed from a weak one ("في X"), and cued
// anywhere a place would be named, for the graph to decide across articles.
func TestPlacesLearntGuessedAndCued(t *testing.T) {
	r := entities.NewRecognizer(testKnown())
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	pub, _ := article.ParseDate("2025-04-20")
	dates := map[string]string{"12 أبريل": "2025-04-12"}
	const place = "venue:كفرعين"
	tests := []struct {
		name          string
		text          string
		venue         string
		guesses, cues []string
	}{
		{"a seat in the place, past the comma after the date",
			"عقدت جولة من المحادثات بين الولايات المتحدة وإيران يوم 12 أبريل، في مقر البعثة الأممية في كفرعين.",
			place, nil, []string{place}},
		{"a weak frame guesses",
			"عقدت محادثات بين الولايات المتحدة وإيران في كفرعين يوم 12 أبريل.",
			"", []string{place}, []string{place}},
		{"a place noun before the name, and a cue outside any meeting",
			"عقدت محادثات بين الولايات المتحدة وإيران في منطقة كفرعين يوم 12 أبريل. وعاد الصحفيون من كفرعين مساء.",
			"", []string{place}, []string{place, place}},
		{"a seat past 'south of' a country and a bracket",
			"عقدت محادثات بين الولايات المتحدة وإيران يوم 12 أبريل في مقر قيادة القوة الدولية المؤقتة في جنوب إيران (القوة) في كفرعين.",
			place, nil, []string{place}},
		{"a dateline does not take the round from a place no list knows",
			"مسقط – عقدت محادثات بين الولايات المتحدة وإيران يوم 12 أبريل في كفرعين.",
			"", []string{place}, []string{place}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, cues := x.ExtractWithCues(input(t, r, tt.text, pub, dates))
			if len(ms) != 1 {
				t.Fatalf("got %d meetings, want 1", len(ms))
			}
			if ms[0].Venue != tt.venue || !slices.Equal(ms[0].VenueGuesses, tt.guesses) {
				t.Errorf("venue %q guesses %v, want %q %v", ms[0].Venue, ms[0].VenueGuesses, tt.venue, tt.guesses)
			}
			var got []string
			for _, c := range cues {
				got = append(got, c.Mention.EntityID)
			}
			if !slices.Equal(got, tt.cues) {
				t.Errorf("cues %v, want %v", got, tt.cues)
			}
		})
	}
}

// TestSamePlaceAndNamingApposition checks that the next round "in the same
// place" is where the round reported was held, and that a naming clause set
// off by commas ("، المعروفة بـ…،") does not hide the sides before it.
func TestSamePlaceAndNamingApposition(t *testing.T) {
	r := entities.NewRecognizer(testKnown())
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	pub, _ := article.ParseDate("2025-04-20")
	text := "عقدت اللجنة المشتركة بين الولايات المتحدة وإيران، المعروفة باسم \"اللجنة\"، أمس السبت اجتماعا في روما. واتفق المشاركون على عقد الاجتماع المقبل في الثالث من الشهر المقبل في المكان نفسه."
	ms := x.Extract(input(t, r, text, pub, map[string]string{"أمس السبت": "2025-04-19", "في الثالث من الشهر المقبل": "+2025-05-03"}))
	var got []string
	for _, m := range ms {
		got = append(got, describe(m))
	}
	want := []string{"talks iran+united-states 2025-04-19@rome held/unknown med= part=", "talks iran+united-states 2025-05-03@rome planned/unknown med= part="}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%v\nwant\n%v", got, want)
	}
}

// TestTripDestinationAfterTo checks that a trip goes where "إلى" says, not
// to a place in a traveller's title ("رئيس الحركة في القاهرة").
func TestTripDestinationAfterTo(t *testing.T) {
	r := entities.NewRecognizer(testKnown())
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	pub, _ := article.ParseDate("2025-04-20")
	text := "وصل وفد من حركة حماس برئاسة رئيس الحركة في القاهرة خليل الحية إلى الدوحة أمس لإجراء محادثات مع مسؤولين عمانيين."
	var venues []string
	for _, m := range x.Extract(input(t, r, text, pub, map[string]string{"أمس": "2025-04-19"})) {
		venues = append(venues, m.Venue)
	}
	if !slices.Equal(venues, []string{"venue:doha"}) {
		t.Errorf("venues %v, want [venue:doha]", venues)
	}
}

// TestTalksNamedByTheirCity: a city right after a talks noun is where the
// talks take place ("محادثات مسقط"), also when a round is named as part of
// them ("الجولة الأولى من محادثات مسقط"); two capitals after it are the
// governments.
func TestTalksNamedByTheirCity(t *testing.T) {
	r := entities.NewRecognizer(testKnown())
	x := New(world{r}, func(c string) string { k, _ := r.Entry(c); return k.Capital })
	pub, _ := article.ParseDate("2025-04-20")
	dates := map[string]string{"12 أبريل": "2025-04-12"}
	tests := []struct{ name, text, venue string }{
		{"the talks' city", "انطلقت يوم 12 أبريل محادثات مسقط بين الولايات المتحدة وإيران.", "venue:muscat"},
		{"a round of the city's talks", "وكانت الجولة الأولى من محادثات مسقط بين الولايات المتحدة وإيران قد عقدت يوم 12 أبريل.", "venue:muscat"},
		{"a round of talks with no city", "وكانت الجولة الأولى من محادثات الولايات المتحدة وإيران قد عقدت يوم 12 أبريل.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := x.Extract(input(t, r, tt.text, pub, dates))
			if len(ms) != 1 {
				t.Fatalf("got %d meetings %+v, want 1", len(ms), ms)
			}
			if ms[0].Venue != tt.venue {
				t.Errorf("venue %q, want %q", ms[0].Venue, tt.venue)
			}
		})
	}
}
