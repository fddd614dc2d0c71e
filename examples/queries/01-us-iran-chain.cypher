// US–Iran negotiation chain, in date order, following PRECEDED_BY.
// A channel is the set of negotiating parties (BETWEEN), whoever mediates: Omani and Qatari
// rounds between the same two countries belong to the same chain.
// Parameters (Neo4j Browser):
//   :param partyA => 'country:united-states'
//   :param partyB => 'country:iran'
//   :param from   => '2023'        // ISO date prefix, inclusive
//   :param to     => '2025-12-31'  // ISO date prefix, inclusive ("2025-05" <= "2025-12-31")
// Part 1 lists every meeting of the channel with its predecessor; part 2 (below) walks the chain
// from the latest held meeting backwards so that gaps or forks in PRECEDED_BY become visible.

MATCH (m:Meeting)-[:BETWEEN]->(:Country {id: $partyA}),
      (m)-[:BETWEEN]->(:Country {id: $partyB})
WHERE m.date >= $from AND m.date <= $to
OPTIONAL MATCH (m)-[p:PRECEDED_BY]->(prev:Meeting)
OPTIONAL MATCH (m)-[:HELD_IN]->(v)
OPTIONAL MATCH (m)-[:MEDIATED_BY]->(med)
RETURN m.date                                  AS date,
       m.status                                AS status,
       m.format                                AS format,
       v.name                                  AS venue,
       collect(DISTINCT coalesce(med.name, med.name_ar)) AS mediators,
       prev.date                               AS preceded_by_date,
       p.basis                                 AS basis,
       m.id                                    AS meeting
ORDER BY date;

// Part 2: the chain as one path, newest first. The newest held meeting is the one no other held
// meeting points to.
MATCH (last:Meeting {status: 'held'})-[:BETWEEN]->(:Country {id: $partyA}),
      (last)-[:BETWEEN]->(:Country {id: $partyB})
WHERE NOT EXISTS { MATCH (:Meeting {status: 'held'})-[:PRECEDED_BY]->(last) }
MATCH path = (last)-[:PRECEDED_BY*0..]->(first:Meeting)
WHERE NOT EXISTS { MATCH (first)-[:PRECEDED_BY]->(:Meeting) }
RETURN [n IN nodes(path) | n.date + ' ' + coalesce(head([(n)-[:HELD_IN]->(v) | v.name]), '?')] AS chain,
       [r IN relationships(path) | r.basis] AS bases,
       length(path) AS hops
ORDER BY hops DESC;
