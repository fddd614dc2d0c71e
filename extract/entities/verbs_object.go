package entities

// This file lists verbs that carry an object pronoun: "ترأس الوفد X
// يرافقه Y", "ويقوده X", "ترافقها المبعوثة Y". A name never runs into
// them: the verb ends the name before it and starts a new clause.

// escortPairs are verbs of accompanying, assisting and leading, which
// news uses with an object pronoun right after a name, as past and
// imperfect forms.
func escortPairs() [][2]string {
	return [][2]string{
		{"رافق", "يرافق"}, {"صحب", "يصحب"}, {"اصطحب", "يصطحب"}, {"عاون", "يعاون"},
		{"ساعد", "يساعد"}, {"قاد", "يقود"}, {"ترأس", "يترأس"}, {"تقدم", "يتقدم"},
		{"ضم", "يضم"}, {"انضم", "ينضم"}, {"أبلغ", "يبلغ"}, {"استقبل", "يستقبل"},
	}
}

// objectPronouns are the object suffixes of a verb: him, her, them (two),
// them.
func objectPronouns() []string { return []string{"ه", "ها", "هما", "هم"} }

// objectVerbForms inflects the imperfect of every news verb (verbPairs)
// and both tenses of the escort verbs with an object pronoun, with and
// without the conjunction: "يرافقه", "ترافقها", "ويقودهم", "رافقه",
// "رافقته". Past forms of other verbs are left out: "حمله" is also a
// noun ("حملة") once ة is folded to ه.
func objectVerbForms() []string {
	var out []string
	add := func(stem string) {
		for _, p := range objectPronouns() {
			out = append(out, stem+p, "و"+stem+p)
		}
	}
	imperfect := func(impf string) {
		rest := impf[len("ي"):]
		add("ي" + rest)
		add("ت" + rest)
	}
	for _, p := range verbPairs() {
		imperfect(p[1])
	}
	for _, p := range escortPairs() {
		imperfect(p[1])
		add(p[0])
		add(p[0] + "ت")
	}
	return out
}
