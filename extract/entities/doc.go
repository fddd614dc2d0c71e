// Package entities finds the people, countries, places and organizations
// named in an Arabic article: gazetteer names with their clitics and
// spelling variants, country adjectives, capitals read as governments or as
// places, surnames resolved to the full name seen earlier, and people the
// gazetteer does not know, found from given names and role titles.
package entities
