// Command neo4jwait waits until the Neo4j server named by NEO4J_URI,
// NEO4J_USER (default neo4j) and NEO4J_PASSWORD answers over Bolt with those
// credentials, or fails after -timeout. tools/neo4j/neo4j.sh uses it after
// start-up.
//
// It retries while the server is not listening yet, but stops at once on an
// authentication error: retrying a wrong password trips Neo4j's
// authentication rate limit, which then locks the right password out too.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func main() {
	timeout := flag.Duration("timeout", time.Minute, "how long to wait for the server")
	flag.Parse()
	if err := wait(*timeout); err != nil {
		fmt.Fprintf(os.Stderr, "neo4jwait: %v\n", err)
		os.Exit(1)
	}
}

func wait(timeout time.Duration) error {
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		return errors.New("NEO4J_URI is not set (e.g. bolt://127.0.0.1:7687)")
	}
	user := os.Getenv("NEO4J_USER")
	if user == "" {
		user = "neo4j"
	}
	driver, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth(user, os.Getenv("NEO4J_PASSWORD"), ""))
	if err != nil {
		return fmt.Errorf("driver for %s: %w", uri, err)
	}
	defer driver.Close(context.Background())
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	for {
		err = driver.VerifyConnectivity(ctx)
		if err == nil {
			return nil
		}
		var neoErr *neo4j.Neo4jError
		if errors.As(err, &neoErr) && strings.HasPrefix(neoErr.Code, "Neo.ClientError.Security.") {
			return fmt.Errorf("%s refused user %q (check NEO4J_USER/NEO4J_PASSWORD): %w", uri, user, err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s did not answer within %s: %w", uri, timeout, err)
		case <-time.After(500 * time.Millisecond):
		}
	}
}
