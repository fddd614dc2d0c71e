// Package schema holds negograph's graph schema: the fixed lists of node
// labels and relationship types (the only identifiers ever written into
// Cypher text), of the properties that Neo4j indexes, and the default
// gazetteer data under gazetteer/. The Cypher that applies the schema to
// Neo4j (constraints and indexes) is built from these lists by package
// graph/neo4jstore.
package schema
