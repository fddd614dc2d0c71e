package main

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/spf13/cobra"

	"github.com/negograph/negograph/graph/neo4jstore"
	"github.com/negograph/negograph/internal/config"
)

// neo4jFlags adds the connection flags bound to the neo4j.* keys.
func (a *app) neo4jFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.String("neo4j-uri", "", "Neo4j Bolt URI, e.g. bolt://localhost:7687 (empty: no loading)")
	f.String("neo4j-user", "neo4j", "Neo4j user")
	f.String("neo4j-password", "", "Neo4j password (prefer NEGOGRAPH_NEO4J_PASSWORD)")
	f.String("neo4j-database", "neo4j", "Neo4j database")
	f.Int("neo4j-batch-size", 1000, "rows per UNWIND batch")
	f.Int("neo4j-writers", 2, "write transactions run at once by a load")
	a.bind(cmd, "neo4j-uri", config.KeyNeo4jURI)
	a.bind(cmd, "neo4j-user", config.KeyNeo4jUser)
	a.bind(cmd, "neo4j-password", config.KeyNeo4jPassword)
	a.bind(cmd, "neo4j-database", config.KeyNeo4jDatabase)
	a.bind(cmd, "neo4j-batch-size", config.KeyNeo4jBatchSize)
	a.bind(cmd, "neo4j-writers", config.KeyNeo4jWriters)
}

// driver opens and checks the configured Neo4j connection.
func (a *app) driver(ctx context.Context) (neo4j.DriverWithContext, error) {
	c := a.cfg.Neo4j
	if c.URI == "" {
		return nil, &exitError{code: 2, err: fmt.Errorf("no Neo4j URI: set --neo4j-uri, neo4j.uri in negograph.yaml or NEGOGRAPH_NEO4J_URI")}
	}
	d, err := neo4j.NewDriverWithContext(c.URI, neo4j.BasicAuth(c.User, c.Password, ""))
	if err != nil {
		return nil, fmt.Errorf("neo4j %s: %w", config.RedactURI(c.URI), err)
	}
	vctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := d.VerifyConnectivity(vctx); err != nil {
		d.Close(context.Background())
		return nil, fmt.Errorf("neo4j %s does not answer as user %q (check the URI, user and password, and that the server runs): %w", config.RedactURI(c.URI), c.User, err)
	}
	return d, nil
}

func (a *app) loader(d neo4j.DriverWithContext) *neo4jstore.Loader {
	return &neo4jstore.Loader{Driver: d, Database: a.cfg.Neo4j.Database, BatchSize: a.cfg.Neo4j.BatchSize, Writers: a.cfg.Neo4j.Writers, Log: a.log}
}
