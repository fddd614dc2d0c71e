package pipeline

import (
	"slices"
	"sort"
	"strings"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/schema"
)

// nameOppositions joins the opposition of a country that some articles
// call only "المعارضة" (org:opposition-COUNTRY) to the group other articles
// say it is (entities.OppositionRole on a group of that country): one side
// of the channel, not two. When the articles name several such groups, they
// are joined only if their names are one name and its longer forms
// ("المنصة الوحدوية", "المنصة الوحدوية الديمقراطية"); otherwise the
// opposition stays as it is.
func (b *builder) nameOppositions() {
	groups := map[string][]string{} // country -> groups called its opposition
	var opps []string
	for id, e := range b.entities {
		if e.Label != schema.LabelOrganization || e.Country == "" {
			continue
		}
		if strings.HasPrefix(id, "org:opposition-") {
			opps = append(opps, id)
		} else if slices.Contains(e.Roles, entities.OppositionRole) {
			groups[e.Country] = append(groups[e.Country], id)
		}
	}
	if len(groups) == 0 {
		return
	}
	alias := map[string]string{}
	for country, ids := range groups {
		sort.Slice(ids, func(i, j int) bool {
			ni, nj := len(strings.Fields(b.entities[ids[i]].NameAr)), len(strings.Fields(b.entities[ids[j]].NameAr))
			if ni != nj {
				return ni < nj
			}
			return ids[i] < ids[j]
		})
		rep := ids[0]
		short := arabic.Normalize(b.entities[rep].NameAr) + " "
		one := true
		for _, id := range ids[1:] {
			if !strings.HasPrefix(arabic.Normalize(b.entities[id].NameAr)+" ", short) {
				one = false
			}
		}
		if !one {
			continue
		}
		re := b.entities[rep]
		for _, id := range ids[1:] {
			alias[id] = rep
			re.Aliases = append(re.Aliases, b.entities[id].NameAr)
		}
		for _, id := range opps {
			if b.entities[id].Country == country {
				alias[id] = rep
			}
		}
	}
	b.applyAliases(alias)
}
