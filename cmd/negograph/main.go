// Command negograph builds a knowledge graph of negotiation meetings from
// Arabic news articles, writes it as a JSON snapshot and loads it into
// Neo4j. Run `negograph --help` for the commands.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cmd := newRootCmd(os.Stdout, os.Stderr)
	err := cmd.ExecuteContext(ctx)
	if err == nil {
		return
	}
	code := 1
	var ee *exitError
	if errors.As(err, &ee) {
		code = ee.code
	}
	if !errors.As(err, &ee) || ee.err != nil {
		fmt.Fprintln(os.Stderr, "negograph:", err)
	}
	os.Exit(code)
}
