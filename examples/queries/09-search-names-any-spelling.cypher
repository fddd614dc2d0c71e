// Find a person whatever the spelling or diacritics (what `negograph search` does): the
// full-text index entity_names uses the Arabic analyzer, which drops diacritics and unifies
// alef, hamza and ta marbuta forms; a fuzzy term (~1, ~2) also matches spellings a letter or
// two away. Try each :param in turn.
//   :param q => 'عراقجي OR عراقجي~1'                  // Abbas Araghchi
//   :param q => 'عَبَّاس AND عِرَاقْجِي'                 // the same, with diacritics
//   :param q => 'ماكغورك OR ماكغورك~2'                // Brett McGurk, also written ماكجورك
//   :param q => 'Witkof~1'                            // Steve Witkoff, misspelt

CALL db.index.fulltext.queryNodes('entity_names', $q, {limit: 10}) YIELD node, score
RETURN labels(node)[0] AS label, node.id AS id, node.name AS name, node.name_ar AS name_ar,
       round(score * 100) / 100 AS score
ORDER BY score DESC;
