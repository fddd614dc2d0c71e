// The US–Iran chain as one path, newest first: the newest held meeting is the one no other held
// meeting points to, and the path follows PRECEDED_BY back to a meeting with no predecessor. More
// than one row, or fewer hops than 01-us-iran-chain.cypher has meetings, shows a fork or a gap.
//   :param partyA => 'country:united-states'
//   :param partyB => 'country:iran'

MATCH (last:Meeting {status: 'held'})-[:BETWEEN]->(:Country {id: $partyA}),
      (last)-[:BETWEEN]->(:Country {id: $partyB})
WHERE NOT EXISTS { MATCH (:Meeting {status: 'held'})-[:PRECEDED_BY]->(last) }
MATCH path = (last)-[:PRECEDED_BY*0..]->(first:Meeting)
WHERE NOT EXISTS { MATCH (first)-[:PRECEDED_BY]->(:Meeting) }
RETURN [n IN nodes(path) | n.date + ' ' + coalesce(head([(n)-[:HELD_IN]->(v) | v.name]), '?')] AS chain,
       [r IN relationships(path) | r.basis] AS bases,
       length(path) AS hops
ORDER BY hops DESC;
