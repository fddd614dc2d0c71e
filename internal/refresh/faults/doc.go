// Package faults holds the fault-injection tests of `negograph refresh`
// and `negograph serve` against a real Neo4j of their own (started from
// tools/neo4j on a free port, so that it can be killed and restarted):
// Neo4j killed in the middle of a multi-transaction pass, negograph killed
// in the middle of a pass, Neo4j unreachable for longer than retry_for,
// two serve processes on one database, and a source unmounted between two
// passes. README.md's "Reliability" table lists them; TestReliabilityTable
// checks that every test it names exists.
package faults
