// Package neo4jstore is the one package of negograph that talks to Neo4j 5:
// every Cypher query negograph runs is here (test helpers and the Cypher
// script that graph/export writes for users aside, which
// TestOnlyNeo4jstoreHoldsCypher checks).
//
// A Loader names the driver and database and does the work:
//
//   - schema: SchemaStatements builds the constraints and indexes from
//     package schema's lists, ApplySchema runs them;
//   - full loads: Load writes nodes grouped by label and relationships
//     grouped by (type, start label, end label) in batches of UNWIND …
//     MERGE, each batch one managed write transaction that the driver
//     retries on transient failures, Writers at a time; LoadCSV does the
//     same with LOAD CSV of the CSV export;
//   - incremental writes: ApplyDelta writes a Delta in one transaction, or
//     several for a large one, with hooks into them for the refresh;
//   - the refresh's bookkeeping: ReadRefreshState, MarkPending and
//     CommitGeneration on the RefreshState node, and AcquireLock, a leased
//     lock with a fencing token on the RefreshLock node;
//   - reads: ReadSnapshot (export and diff), Counts, NodeCount and
//     SearchEntities (the full-text index);
//   - Wipe, which empties a scratch database for `negograph bench --wipe`.
//
// Merging is by the stable id property, so loading the same snapshot twice
// leaves the database as after the first load. Labels and relationship
// types are the only identifiers placed in query text, and only after they
// are checked against package schema; every value travels as a query
// parameter.
package neo4jstore
