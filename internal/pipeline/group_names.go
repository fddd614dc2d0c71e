package pipeline

// This file joins the names the articles give one group: the opposition
// one article names and others call only "المعارضة", and a short form of a
// group's name that another article gives as its alias.

import (
	"slices"
	"sort"
	"strings"

	"github.com/negograph/negograph/extract/arabic"
	"github.com/negograph/negograph/extract/entities"
	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/schema"
)

// nameOppositions joins the opposition of a country that some articles
// call only "المعارضة" (org:opposition-COUNTRY), or its armed movements
// named by their class (org:armed-movements-COUNTRY), to the group other articles
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
		if strings.HasPrefix(id, "org:opposition-") || strings.HasPrefix(id, "org:armed-movements-") {
			opps = append(opps, id) // "المعارضة", "الحركات المسلحة": named by their class
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

// mergeOrgForms joins a group that an article names by a form another
// article gives as an alias of another group ("تنسيقية أزواد", a short
// form of "تنسيقية حركات أزواد" where one article gives both): one group.
// A form two groups claim, groups of two countries and known groups stay
// as they are.
func (b *builder) mergeOrgForms() {
	byForm := map[string]string{} // normalized alias -> the group giving it, "" when two do
	for _, id := range sortedKeys(b.entities) {
		e := b.entities[id]
		if e.Label != schema.LabelOrganization || e.Known {
			continue
		}
		for _, a := range e.Aliases {
			n := arabic.Normalize(a)
			if old, ok := byForm[n]; ok && old != id {
				byForm[n] = ""
			} else {
				byForm[n] = id
			}
		}
	}
	alias := map[string]string{}
	for _, id := range sortedKeys(b.entities) {
		e := b.entities[id]
		if e.Label != schema.LabelOrganization || e.Known {
			continue
		}
		to := byForm[arabic.Normalize(e.NameAr)]
		if to == "" || to == id {
			continue
		}
		te := b.entities[to]
		if e.Country != "" && te.Country != "" && e.Country != te.Country {
			continue
		}
		alias[id] = to
	}
	for id, to := range alias {
		if _, chained := alias[to]; chained {
			delete(alias, id)
			continue
		}
		e, te := b.entities[id], b.entities[to]
		if te.Country == "" {
			te.Country = e.Country
		}
		te.Roles = graph.UnionStrings(te.Roles, e.Roles)
	}
	b.applyAliases(alias)
}
