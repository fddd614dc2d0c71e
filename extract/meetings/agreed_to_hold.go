package meetings

import "strings"

// This file reads a round the sides agree, decide or consent to hold as
// planned: "اتفق الطرفان على عقد جولة جديدة", "قرر الجانبان إجراء
// محادثات", "تم الاتفاق على استئناف المفاوضات". The verb of agreeing stands
// in the trigger's clause before a verbal noun of holding that governs the
// trigger; an agreement reached during a round ("اتفقا خلال الجولة على
// مواصلة الحوار") has no such noun before the trigger and says nothing of
// its status.

// agreedToHold reports whether the trigger of f, in the clause starting at
// ca, is the object of a verbal noun of holding governed by a verb or noun
// of agreeing or deciding.
func (s *scan) agreedToHold(f *frame, ca int) bool {
	k := f.trig - 1
	if k < ca || !holdingNoun(s.words[k].norm) {
		return false
	}
	for j := k - 1; j >= ca && j >= k-4; j-- {
		w := strings.TrimPrefix(s.words[j].norm, "و")
		if agreeing(w) {
			return true // "اتفق الطرفان على عقد": the subject may stand between
		}
	}
	return false
}

// holdingNoun reports whether w is a verbal noun of holding or resuming
// talks: "عقد", "إجراء", "استئناف", "تنظيم".
func holdingNoun(w string) bool {
	switch w {
	case "عقد", "اجراء", "استئناف", "تنظيم", "بعقد", "باجراء", "باستئناف":
		return true
	}
	return false
}

// agreeing reports whether w (without its conjunction) is a verb or noun
// of agreeing, deciding or consenting on what is to be done.
func agreeing(w string) bool {
	switch w {
	case "اتفق", "اتفقا", "اتفقت", "اتفقتا", "اتفقوا", "يتفق", "الاتفاق", "توافق", "توافقا", "التوافق",
		"قرر", "قررا", "قررت", "قررتا", "قرروا", "تقرر", "وافق", "وافقا", "وافقت", "وافقتا", "وافقوا", "الموافقه":
		return true
	}
	return false
}
