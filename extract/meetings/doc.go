// Package meetings finds rounds of talks, contacts and visits in one
// article: their parties, date, venue (or hesitant venue candidates),
// mediators, participants, format, status, secrecy and topics, each with the
// sentences that support it. Reports of the same round inside an article are
// folded into one meeting; merging across articles and chaining rounds is
// the graph builder's work.
package meetings
