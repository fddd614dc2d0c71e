// Who took part in each round, grouped by side (PARTICIPATED_IN.side: the country or
// organization the person represented, as the extractor recorded it; null when unknown).
//   :param partyA => 'country:united-states'
//   :param partyB => 'country:iran'
//   :param from   => '2023'
//   :param to     => '2025-12-31'

MATCH (m:Meeting)-[:BETWEEN]->(:Country {id: $partyA}),
      (m)-[:BETWEEN]->(:Country {id: $partyB})
WHERE m.date >= $from AND m.date <= $to
OPTIONAL MATCH (person:Person)-[pi:PARTICIPATED_IN]->(m)
OPTIONAL MATCH (m)-[:HELD_IN]->(v)
WITH m, v, pi.side AS side,
     collect(DISTINCT coalesce(person.name, person.name_ar)) AS people
RETURN m.date      AS date,
       v.name      AS venue,
       m.status    AS status,
       side,
       people
ORDER BY date, side;
