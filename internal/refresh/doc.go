// Package refresh keeps a Neo4j database current with its sources: a pass
// runs the pipeline's stages (package internal/pipeline) against the state
// folder of the last committed pass — only new and changed articles are
// analysed, the whole graph is assembled as a build would — then, holding
// the database's refresh lock, compares the graph with what Neo4j holds and
// writes only the difference (graph/neo4jstore), retrying with backoff when
// Neo4j fails, and records the pass in the state folder.
package refresh
