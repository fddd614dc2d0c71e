// US–Iran negotiation chain, in date order: each meeting of the channel with the round it follows
// (PRECEDED_BY) and where it was held. A channel is the set of negotiating parties (BETWEEN),
// whoever mediates: Omani and Qatari rounds between the same two countries belong to the same chain.
// Parameters (Neo4j Browser; `make browse` sets them all on connect):
//   :param partyA => 'country:united-states'
//   :param partyB => 'country:iran'
//   :param from   => '2023'        // ISO date prefix, inclusive
//   :param to     => '2025-12-31'  // ISO date prefix, inclusive ("2025-05" <= "2025-12-31")
// Neo4j Browser draws the meetings (captions: date and venue), the PRECEDED_BY arrows between them
// and the venues; its Table view lists the rows. 10-chain-as-one-path.cypher walks the same chain
// as one path, newest first, to show gaps and forks.

MATCH (m:Meeting)-[:BETWEEN]->(:Country {id: $partyA}),
      (m)-[:BETWEEN]->(:Country {id: $partyB})
WHERE m.date >= $from AND m.date <= $to
OPTIONAL MATCH follows = (m)-[p:PRECEDED_BY]->(prev:Meeting)
OPTIONAL MATCH held = (m)-[:HELD_IN]->(v)
OPTIONAL MATCH (m)-[:MEDIATED_BY]->(med)
RETURN m.date                                  AS date,
       m.status                                AS status,
       m.format                                AS format,
       v.name                                  AS venue,
       v.name_ar                               AS venue_ar,
       collect(DISTINCT coalesce(med.name, med.name_ar)) AS mediators,
       prev.date                               AS preceded_by_date,
       p.basis                                 AS basis,
       m.id                                    AS meeting,
       m, follows, held
ORDER BY date;
