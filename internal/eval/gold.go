package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
)

// Entity types scored by the gold. Organization is scored like the others
// but is not part of the headline.
const (
	TypePerson       = "Person"
	TypeCountry      = "Country"
	TypeVenue        = "Venue"
	TypeOrganization = "Organization"
)

// EntityTypes lists the scored entity types in report order.
func EntityTypes() []string {
	return []string{TypePerson, TypeCountry, TypeVenue, TypeOrganization}
}

// Gold is a hand annotation of a corpus: the shape of the shared folder's
// eval/gold-seeds.json (../shared beside the repository checkout).
type Gold struct {
	Corpus    string         `json:"corpus,omitempty"`
	Notes     string         `json:"notes,omitempty"`
	Entities  []GoldEntity   `json:"entities"`
	Meetings  []GoldMeeting  `json:"meetings"`
	Relations []GoldRelation `json:"relations"`
}

// GoldEntity is a Person, Country, Venue or Organization the articles name.
type GoldEntity struct {
	// Type is the node label the entity must carry to match.
	Type string `json:"type"`
	// Name is the canonical name, used to refer to the entity from meetings.
	Name string `json:"name"`
	// Match lists the surface forms a node's name, name_ar or aliases may equal.
	Match []string `json:"match"`
	// Files are the article ids ("000") that name the entity.
	Files []string `json:"files"`
	// Optional entities are neither required nor counted as false positives.
	Optional bool   `json:"optional,omitempty"`
	Note     string `json:"note,omitempty"`
}

// GoldMeeting is a meeting (held, planned, postponed or cancelled) between
// parties named by canonical entity names.
type GoldMeeting struct {
	Key     string   `json:"key"`
	Parties []string `json:"parties"`
	// Date is an ISO 8601 prefix: YYYY, YYYY-MM or YYYY-MM-DD.
	Date string `json:"date"`
	// Venue is the canonical name of a Venue (or Country), or nil when the
	// articles name none.
	Venue *string `json:"venue"`
	// VenueCandidates are the venues accepted when Venue is nil.
	VenueCandidates []string `json:"venue_candidates,omitempty"`
	Mediators       []string `json:"mediators"`
	Participants    []string `json:"participants"`
	Status          string   `json:"status"`
	Format          string   `json:"format"`
	Files           []string `json:"files"`
	Optional        bool     `json:"optional,omitempty"`
	Note            string   `json:"note,omitempty"`
}

// GoldRelation is a relation between two gold meetings, by key.
type GoldRelation struct {
	Type     string `json:"type"`
	From     string `json:"from"`
	To       string `json:"to"`
	Optional bool   `json:"optional,omitempty"`
}

// ErrInvalidGold is wrapped by LoadGold and Validate when a gold file is
// inconsistent.
var ErrInvalidGold = errors.New("eval: invalid gold")

// LoadGold reads and validates a gold file.
func LoadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval: read gold: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("eval: gold %s is not valid JSON: %w", path, err)
	}
	if err := g.Validate(); err != nil {
		return nil, fmt.Errorf("eval: gold %s: %w", path, err)
	}
	return &g, nil
}

// Validate checks that entity types are known, meeting keys are unique and
// relations name existing meetings.
func (g *Gold) Validate() error {
	for i, e := range g.Entities {
		if !isEntityType(e.Type) {
			return fmt.Errorf("%w: entity %d (%q) has unknown type %q", ErrInvalidGold, i, e.Name, e.Type)
		}
		if len(e.Match) == 0 {
			return fmt.Errorf("%w: entity %q has no match forms", ErrInvalidGold, e.Name)
		}
	}
	keys := make(map[string]bool, len(g.Meetings))
	for _, m := range g.Meetings {
		if m.Key == "" {
			return fmt.Errorf("%w: meeting without key", ErrInvalidGold)
		}
		if keys[m.Key] {
			return fmt.Errorf("%w: duplicate meeting key %q", ErrInvalidGold, m.Key)
		}
		keys[m.Key] = true
	}
	for _, r := range g.Relations {
		if !keys[r.From] || !keys[r.To] {
			return fmt.Errorf("%w: relation %s %s -> %s names an unknown meeting", ErrInvalidGold, r.Type, r.From, r.To)
		}
	}
	return nil
}

func isEntityType(t string) bool {
	for _, x := range EntityTypes() {
		if x == t {
			return true
		}
	}
	return false
}
