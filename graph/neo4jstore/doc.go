// Package neo4jstore writes negograph graphs into Neo4j 5 and reads them back.
//
// A Loader applies the schema's constraints and indexes, then writes nodes
// grouped by label and relationships grouped by (type, start label, end
// label) in batches of UNWIND … MERGE, each batch one managed write
// transaction that the driver retries on transient failures. Merging is by
// the stable id property, so loading the same snapshot twice leaves the
// database as after the first load. Labels and relationship types are the
// only identifiers placed in query text, and only after they are checked
// against package schema; every value travels as a query parameter.
package neo4jstore
