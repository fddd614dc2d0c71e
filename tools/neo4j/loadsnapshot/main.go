// Command loadsnapshot loads a negograph JSON snapshot (graph.json, see
// docs/SNAPSHOT.md) into the Neo4j named by NEO4J_URI, NEO4J_USER (default
// neo4j), NEO4J_PASSWORD and NEO4J_DATABASE (default neo4j), with the same
// loader as `negograph build` (schema first, then batched UNWIND … MERGE).
// `make browse` runs it after `negograph build`, or on the snapshot it is
// given:
//
//	NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=negograph-test go run ./tools/neo4j/loadsnapshot out/graph.json
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/rs/zerolog"

	"github.com/negograph/negograph/graph"
	"github.com/negograph/negograph/graph/neo4jstore"
)

func main() {
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: loadsnapshot SNAPSHOT.json (Neo4j from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, flag.Arg(0)); err != nil {
		fmt.Fprintf(os.Stderr, "loadsnapshot: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, path string) error {
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		return errors.New("NEO4J_URI is not set (e.g. bolt://127.0.0.1:7687)")
	}
	user, db := envOr("NEO4J_USER", "neo4j"), envOr("NEO4J_DATABASE", "neo4j")
	snap, err := graph.ReadSnapshotFile(path)
	if err != nil {
		return err
	}
	driver, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth(user, os.Getenv("NEO4J_PASSWORD"), ""))
	if err != nil {
		return fmt.Errorf("driver for %s: %w", uri, err)
	}
	defer driver.Close(context.Background())
	vctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	err = driver.VerifyConnectivity(vctx)
	cancel()
	if err != nil {
		return fmt.Errorf("%s does not answer as user %q (is the server up? right NEO4J_PASSWORD?): %w", uri, user, err)
	}
	l := &neo4jstore.Loader{Driver: driver, Database: db, Log: zerolog.Nop()}
	st, err := l.Load(ctx, snap)
	if err != nil {
		return fmt.Errorf("load %s into %s: %w", path, uri, err)
	}
	fmt.Fprintf(os.Stderr, "loadsnapshot: %s loaded into %s (database %s): %d nodes, %d relationships merged\n",
		path, uri, db, st.Nodes, st.Relationships)
	return nil
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
