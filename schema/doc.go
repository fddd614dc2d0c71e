// Package schema holds negograph's graph schema: the fixed list of node labels
// and relationship types (the only ones ever written into Cypher text), the
// constraints and indexes applied to Neo4j, and the default gazetteer data
// under gazetteer/.
package schema
