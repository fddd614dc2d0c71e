// Meetings mediated by a given country, person or organization (default use: Oman), with
// parties, venue and the mediating people found alongside.
//   :param mediator => 'country:oman'      // or 'country:qatar', 'person:badr-albusaidi', ...
//   :param from     => '2023'
//   :param to       => '2025-12-31'
// The relationship's confidence and source articles show how well the mediation is attested.

MATCH (m:Meeting)-[r:MEDIATED_BY]->(x {id: $mediator})
WHERE m.date >= $from AND m.date <= $to
OPTIONAL MATCH (m)-[:BETWEEN]->(party)
OPTIONAL MATCH (m)-[:HELD_IN]->(v)
OPTIONAL MATCH (m)-[:MEDIATED_BY]->(p:Person)
RETURN m.date                                AS date,
       m.status                              AS status,
       m.format                              AS format,
       collect(DISTINCT party.name)          AS parties,
       v.name                                AS venue,
       collect(DISTINCT p.name)              AS mediating_people,
       r.confidence                          AS confidence,
       size(coalesce(r.sources, []))         AS n_sources,
       m.id                                  AS meeting
ORDER BY date;
