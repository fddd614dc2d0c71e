package pipeline

import (
	"slices"
	"sync"

	"github.com/negograph/negograph/extract/entities"
)

// records holds one copy of each distinct entity record the analyses of a
// build give. Every article that names an entity has its own record of it
// (its name, aliases, roles, country, and the best confidence of its
// mentions there), and most articles give a known entity the very same
// record: a build that held one copy per article held a record (144 bytes)
// for each of the some fifteen entities of every article until assembly.
// share makes equal records one pointer, so that an analysis holds its
// entities as pointers to records held once.
//
// The records an analysis holds are never written once it is made
// (contribute copies them from the analysis, detach sets their strings,
// and the builder copies a record before it changes it: addArticle,
// renameEntities), so equal records can be one.
type records struct {
	mu   sync.Mutex
	byID map[string][]*entities.Entity
}

func newRecords() *records {
	return &records{byID: map[string][]*entities.Entity{}}
}

// share replaces each entity record of c by the first equal record shared
// before, and keeps the others for the analyses to come. It is safe for
// concurrent use.
func (r *records) share(c *contribution) {
	if r == nil || c == nil || len(c.entities) == 0 {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for i, e := range c.entities {
		c.entities[i] = r.canonical(e)
	}
}

// canonical returns the record kept that is equal to e, or keeps e.
func (r *records) canonical(e *entities.Entity) *entities.Entity {
	for _, k := range r.byID[e.ID] {
		if sameRecord(k, e) {
			return k
		}
	}
	r.byID[e.ID] = append(r.byID[e.ID], e)
	return e
}

// sameRecord reports whether two entity records are equal in every field
// (a nil list and an empty one differ).
func sameRecord(a, b *entities.Entity) bool {
	return a.ID == b.ID && a.Label == b.Label && a.Name == b.Name && a.NameAr == b.NameAr &&
		a.Country == b.Country && a.Known == b.Known && a.Confidence == b.Confidence &&
		sameList(a.Aliases, b.Aliases) && sameList(a.Roles, b.Roles)
}

func sameList(a, b []string) bool {
	return (a == nil) == (b == nil) && slices.Equal(a, b)
}
