// Full-text search over entity names (Person, Country, Venue, Organization: name, name_ar,
// aliases) through the index `entity_names` (Arabic analyzer), with the meetings each hit is
// linked to and the number of articles that mention it.
//   :param q => 'عراقجي'          // Lucene syntax: 'ماكغورك OR ماكجورك', 'Witkoff~', 'مسقط'
//   :param limit => 20

CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
OPTIONAL MATCH (node)-[r]-(m:Meeting)
WITH node, score, collect(DISTINCT type(r) + ' ' + m.date) AS meetings
OPTIONAL MATCH (art:Article)-[:MENTIONS]->(node)
RETURN labels(node)[0]            AS label,
       node.id                    AS id,
       node.name                  AS name,
       node.name_ar               AS name_ar,
       node.aliases               AS aliases,
       round(score * 100) / 100   AS score,
       count(DISTINCT art)        AS articles,
       meetings
ORDER BY score DESC
// toInteger: a Browser `:params {limit: 20}` sends 20 as a float, which LIMIT refuses.
LIMIT toInteger($limit);
