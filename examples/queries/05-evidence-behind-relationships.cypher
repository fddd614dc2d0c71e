// Every source sentence behind the relationships of one meeting (or of all meetings when
// $meeting is null): relationship type, other end, confidence, the article ids in `sources`
// resolved to the Article nodes' file/URL, and each evidence sentence on its own row.
//   :param meeting => 'meeting:...'   // a Meeting id, or null for all meetings
//   :param minConfidence => 0.0

MATCH (a)-[r]-(m:Meeting)
WHERE ($meeting IS NULL OR m.id = $meeting)
  AND type(r) IN ['BETWEEN', 'HELD_IN', 'MEDIATED_BY', 'PARTICIPATED_IN', 'PRECEDED_BY']
  AND coalesce(r.confidence, 1.0) >= $minConfidence
OPTIONAL MATCH (art:Article) WHERE art.id IN coalesce(r.sources, [])
WITH m, r, a, collect(DISTINCT coalesce(art.source, art.id)) AS articles
UNWIND CASE WHEN size(coalesce(r.evidence, [])) = 0 THEN [null] ELSE r.evidence END AS sentence
RETURN m.date                                         AS date,
       m.id                                           AS meeting,
       type(r)                                        AS rel,
       CASE WHEN startNode(r) = m THEN 'out' ELSE 'in' END AS direction,
       coalesce(a.name, a.name_ar, a.date, a.id)      AS other_end,
       r.confidence                                   AS confidence,
       articles,
       sentence
ORDER BY date, meeting, rel, other_end;
