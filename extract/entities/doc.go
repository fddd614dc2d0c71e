// Package entities finds the people, countries, places and organizations
// named in an Arabic article: gazetteer names with their clitics and
// spelling variants, country adjectives, capitals read as governments or as
// places, surnames resolved to the full name seen earlier, and people the
// gazetteer does not know: a name of two to four parts after a title phrase
// ("المتحدثة باسم وزارة الخارجية الأرمينية …"), whether or not its given
// name is listed, cut at punctuation, verbs, prepositions, time words,
// titles, common nouns and known entities; or a name before a comma and a
// title; and places no list knows: towns and villages opened by their
// class noun or located by a direction and a country, and buildings (قصر،
// فندق …) where the text puts something in them (places.go). Given names
// are gazetteer data (entries of label LabelGivenNames).
package entities
