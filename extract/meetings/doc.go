// Package meetings finds rounds of talks, contacts and visits in one
// article: their parties, date, venue (or hesitant venue candidates),
// mediators, participants, format, status, secrecy and topics, each with the
// sentences that support it. Reports of the same round inside an article are
// folded into one meeting; merging across articles and chaining rounds is
// the graph builder's work.
//
// It reads in three layers:
//
//   - frames (frames.go, triggers.go): each trigger word of a sentence and
//     the words around it give one frame, filled by parties.go and sides.go
//     (the sides), venue.go, mediators.go, dates.go, status.go (status,
//     format) and visits.go (trips, and trips made for talks);
//   - mood (mood.go): whether the frame's clause reports the event as real,
//     denied, speculated, wished for or pending — only real frames, and plans
//     with a day of their own, make meetings; a definite round "that will not
//     convene" is cancelled;
//   - discourse (extract.go, rounds.go, discourse.go, participants.go,
//     finish.go): frames are folded into the article's rounds — anaphora
//     ("الجولة", "الوفدان") point to the current round or to the channel a
//     previous sentence named, a contrast clause names an earlier round, a
//     sentence without a meeting may still tell of the current one's
//     mediators and people, a mediator's sessions with each side fold into
//     the round it mediates, and the negotiation named as a process lends
//     its mediators and format to the article's rounds.
package meetings
