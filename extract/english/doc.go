// Package english reads English news reports into the same facts as the
// Arabic path: entity mentions from the gazetteer's English names and
// aliases, dates resolved against the publication date, and meetings
// (meetings.Meeting values) from rule-based frames. It is deterministic
// and needs no network.
package english
