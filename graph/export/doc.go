// Package export writes snapshots of the graph for other tools: the JSON
// snapshot contract, GraphML (Gephi, yEd, Cytoscape), GEXF with meeting
// dates as time intervals (Gephi's timeline), a Cypher script that rebuilds
// the graph in an empty database, CSV files for neo4j-admin database import
// (and LOAD CSV), pictures of the negotiation chain (DOT for Graphviz, and
// SVG laid out in-process), and a self-contained HTML timeline of it.
// Filter narrows a snapshot to a time window, a channel of parties, a set
// of labels and what was known on a date first; Write writes any format
// atomically with a manifest beside it.
package export
