// Rounds that were announced but not (yet) held: status planned, postponed or cancelled,
// with candidate or intended venue, parties, and the last held meeting before them.
//   :param from => '2023'
//   :param to   => '2025-12-31'

MATCH (m:Meeting)
WHERE m.status IN ['planned', 'postponed', 'cancelled']
  AND m.date >= $from AND m.date <= $to
OPTIONAL MATCH (m)-[:BETWEEN]->(party)
OPTIONAL MATCH (m)-[:HELD_IN]->(v)
OPTIONAL MATCH (m)-[:MEDIATED_BY]->(med)
OPTIONAL MATCH (m)-[:PRECEDED_BY]->(prev:Meeting)
OPTIONAL MATCH (art:Article)-[:REPORTS]->(m)
RETURN m.date                                  AS date,
       m.status                                AS status,
       collect(DISTINCT party.name)            AS parties,
       collect(DISTINCT v.name)                AS venue_or_candidates,
       collect(DISTINCT med.name)              AS mediators,
       prev.date                               AS after_held_meeting,
       collect(DISTINCT art.source)            AS reported_by,
       m.id                                    AS meeting
ORDER BY date;
