// Package eval scores a graph snapshot (graph.Snapshot) against a hand-made
// gold annotation, implementing the scoring rules of the shared folder
// (../shared/eval/README.md §3, beside the repository checkout; restated in
// docs/SCORING.md): per-type entity P/R/F1, meeting P/R/F1 and attribute
// agreement, PRECEDED_BY P/R/F1, per-article MENTIONS P/R/F1 and a headline
// score (the mean F1 of Person, Country, Venue, Meeting and PRECEDED_BY). It
// adds a cross-document event coreference score (MUC, B³, CEAF-e and their
// CoNLL mean) over the articles' reports of meetings.
//
// Where the README leaves room, this package reads it as follows.
//
//   - Names: NormalizeName removes punctuation without leaving a space
//     ("Amir-Abdollahian" → "amirabdollahian"); lower-casing applies to every
//     script that has case.
//   - Entities: nodes are visited in id order, so "the first match" of a gold
//     entity is the matching node with the smallest id. A node matching several
//     required gold entities takes the first one not yet taken. A node that
//     matches a required entity already taken is a duplicate (false positive),
//     even if it also matches an optional entity; only a node matching
//     nothing but optional entities is left out of precision.
//   - Gold references: meeting parties, venues, mediators and participants
//     are canonical names. A name resolves to the gold entities of the
//     expected types (parties: Country, then Organization; venue: Venue, then
//     Country; mediators: Country, Organization, then Person; participants:
//     Person) whose canonical name equals it, failing that whose match forms
//     contain it; a node stands for the name when it matches one of those
//     entities by the entity rule. A name no entity resolves is compared with
//     the node's normalized names directly.
//   - Meeting dates are compared component by component ("2023-05" is a
//     prefix of "2023-05-08", "2023-1" is not a prefix of "2023-10"); a
//     missing date is the empty prefix and so is compatible with any date.
//   - Meeting matching is one-to-one and maximum-weight (the Hungarian
//     method, maxAssignment) over the compatible (output, gold) pairs. A
//     pair's weight is a vector compared lexicographically, so each level
//     dominates all lower ones without scaling: (1) the gold meeting is
//     required; (2) agreement: venue, mediators, status and exact date
//     count 1 each and participants their share found (kept exact as an
//     integer in units of the least common multiple of the gold
//     participant counts); (3) the BETWEEN targets are exactly the gold
//     parties; (4) format; (5) 1 for any pair, so that among otherwise
//     equal matchings the one matching more (optional) meetings wins.
//     Remaining ties are settled deterministically by the order of gold
//     meetings and of node ids, in which the pairs are handed to
//     maxAssignment.
//     Optional gold meetings may be matched, but never at the cost of a
//     required one. Precision follows the entity rule: a Meeting matched to
//     an optional gold meeting, or unmatched but compatible only with
//     optional gold meetings, is left out; an unmatched Meeting compatible
//     with a required gold meeting is a duplicate (false positive).
//   - Date attribute: the output date equals the gold date at the same
//     precision; a compatible but coarser or finer date is not exact.
//   - Venue: with a gold venue, the meeting must have at least one HELD_IN
//     target and every HELD_IN target must match it. With a null gold venue,
//     every HELD_IN target (if any) must be one of venue_candidates.
//   - Mediators: each gold mediator that resolves to a Country or
//     Organization must be among the MEDIATED_BY targets, and every
//     MEDIATED_BY target not labelled Person must match some gold mediator.
//     Person mediators, gold or output, never decide the attribute.
//   - Participants: the share of gold participants found among the
//     PARTICIPATED_IN sources; 1 when the gold lists none. Status and format
//     are compared case-insensitively. Attribute shares are 0 when no
//     required meeting is matched.
//   - PRECEDED_BY: an output edge is correct when both ends are matched
//     meetings and the gold lists the edge between their keys; a second output
//     edge for the same gold edge is a false positive. Left out of precision:
//     edges the gold lists as optional, and edges touching a Meeting left out
//     of meeting precision (matched to an optional gold meeting, or matching
//     only optional ones).
//   - Per-article: gold article ids come from the files of all gold entities
//     and meetings. An Article's source matches a gold id when equal to it, or
//     when its last path element equals it or starts with it followed by "_"
//     or "." ("000" ↔ ".../000_911a4aeaad661ccd.txt"). Several Articles with
//     the same id pool their MENTIONS. Each gold article is scored: its
//     mentioned Person, Country and Venue nodes against the required gold
//     entities of those types whose files include it, with the entity rule
//     (duplicates are false positives; nodes matching only optional entities
//     are not counted). A gold article with no
//     Article node contributes its required entities as false negatives; an
//     Article matching no gold id is not scored (noted in Misses). Counts are
//     summed over articles (micro-average).
//   - Coreference: a gold mention is (file, gold meeting) for each file of
//     a gold meeting; a system mention is (article, Meeting) for each
//     REPORTS relationship and each Article id in a Meeting's sources
//     property, the article named by its gold id when its source maps to
//     one (as per-article), else by its source. Inside each article,
//     system mentions are aligned one-to-one with gold mentions of
//     compatible meetings (the meeting match rule), by maximum weight:
//     most pairs, then pairs the global meeting matching also makes, then
//     required gold meetings, then the matching's own levels. Mentions of
//     optional gold meetings, and system mentions aligned to them, are left
//     out. Gold clusters are gold meetings, system clusters are output
//     meetings; an aligned system mention takes its gold mention's
//     identity, a twinless one keeps its own. MUC, B³ and CEAF-e (φ4) are
//     then computed as the CoNLL reference scorer does on predicted mentions
//     (Pradhan et al. 2014): twinless gold mentions lower recall and
//     twinless system mentions lower precision (B³, CEAF-e; MUC only when
//     they sit in a cluster with others); no mention is added to or taken
//     from either side (the Cai & Strube 2010 variants are not used). The
//     CoNLL figure is the mean of the three F1. The error table lists, per
//     aligned mention of a required meeting: false merges (the output
//     meeting's mentions align to two or more gold meetings), split rounds
//     (the gold meeting's mentions align to two or more output meetings),
//     wrong status, and wrong channel (BETWEEN targets are not exactly the
//     gold parties), each with the article's evidence sentence.
//   - PRF: with a zero denominator, precision (recall) is 1 when the other
//     side is empty too and 0 otherwise; coreference ratios follow the same
//     rule.
package eval
