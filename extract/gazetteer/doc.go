// Package gazetteer loads negograph's gazetteer of known entities —
// countries, venues, people and organizations — from YAML files, checks it
// for inconsistencies and converts it to the entries the entity recognizer
// (package extract/entities) needs.
//
// Every file holds one YAML list of entries:
//
//	# countries.yaml
//	- id: country:iran          # lowercase ASCII slug with a type prefix:
//	                            # country:, venue:, person:, org:
//	  type: Country             # Person, Country, Venue or Organization
//	  name: Iran
//	  name_ar: إيران
//	  aliases: [ايران, الجمهورية الإسلامية الإيرانية]
//	  ambiguous_aliases: []     # names that are also common words
//	  adjective: إيراني          # masculine singular base, expanded on load
//	  adjectives: []            # extra irregular forms, e.g. أمريكان
//	  capital: venue:tehran     # a country's capital venue
//	  country: country:iran     # a person's or place's country
//	  roles: [وزير الخارجية]      # a person's roles
//
// An entry of type GivenNames (id prefix names:) lists given names instead of
// naming an entity; users extend the shipped lists with their own entries:
//
//   - id: names:armenian
//     type: GivenNames
//     name: Armenian given names
//     name_ar: أسماء أرمنية
//     given_names: [آرام, هاسميك]
//
// Load reads the files of a file system in name order, then extra files given
// by path; an entry whose id was seen before overrides the fields it sets and
// adds to the lists of the earlier one.
package gazetteer
