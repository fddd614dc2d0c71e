// Command neo4jwait waits until the Neo4j server named by NEO4J_URI,
// NEO4J_USER and NEO4J_PASSWORD answers over Bolt with those credentials,
// or fails after -timeout. tools/neo4j/neo4j.sh uses it after start-up.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func main() {
	timeout := flag.Duration("timeout", time.Minute, "how long to wait")
	flag.Parse()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		fmt.Fprintln(os.Stderr, "neo4jwait: NEO4J_URI is not set")
		os.Exit(2)
	}
	user := os.Getenv("NEO4J_USER")
	if user == "" {
		user = "neo4j"
	}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	driver, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth(user, os.Getenv("NEO4J_PASSWORD"), ""))
	if err != nil {
		fmt.Fprintf(os.Stderr, "neo4jwait: %v\n", err)
		os.Exit(1)
	}
	defer driver.Close(context.Background())
	for {
		err = driver.VerifyConnectivity(ctx)
		if err == nil {
			return
		}
		select {
		case <-ctx.Done():
			fmt.Fprintf(os.Stderr, "neo4jwait: %s did not answer within %s: %v\n", uri, *timeout, err)
			os.Exit(1)
		case <-time.After(500 * time.Millisecond):
		}
	}
}
