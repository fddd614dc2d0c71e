// Which articles report each meeting, and when they were published: useful to see a round
// first announced (planned) and later reported as held or postponed.
//   :param from => '2023'
//   :param to   => '2025-12-31'

MATCH (art:Article)-[:REPORTS]->(m:Meeting)
WHERE m.date >= $from AND m.date <= $to
WITH m, art ORDER BY art.published
RETURN m.date                                           AS date,
       m.status                                         AS status,
       m.id                                             AS meeting,
       collect(coalesce(toString(art.published), '?') + '  ' + coalesce(art.source, art.id)) AS articles
ORDER BY date;
