package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/negograph/negograph/internal/serve"
)

func (a *app) refreshCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "refresh [PATH...]",
		Short: "Run one incremental refresh pass against Neo4j",
		Long: `refresh reads the configured sources (folders and JSON Lines files given as arguments or in
refresh.paths, RSS/Atom feeds, URL lists and URLs), analyses only the articles that are new or
changed since the last pass (all of them when the extractor or gazetteer changed), assembles the
whole graph as a full rebuild would, and writes only the difference to Neo4j: facts that only a
changed or deleted article supported are retracted, facts other articles support stay, and the
chains are recomputed.

A pass that changes at most refresh.max_tx_rows rows is one transaction. If Neo4j is down or a
transaction fails it retries with backoff for refresh.retry_for; nothing is recorded as done
before the write committed. A lock in the database keeps two refreshes from running at once.
Ctrl-C rolls the open transaction back and exits.

A source that cannot be read as a whole (a missing, unmounted or unreadable folder, or one without
article files) is never read as "every article deleted": its articles stay in the graph, the other
sources are refreshed, and the command exits with status 1 naming it. So does a source that would
lose more than refresh.max_retract_fraction of its articles in one pass, unless
--allow-mass-retract is given.`,
		Example: `  negograph refresh --neo4j-uri bolt://localhost:7687 examples/articles
  NEGOGRAPH_NEO4J_PASSWORD=secret negograph refresh --feed https://example.org/rss.xml --url-list urls.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			a.reread, _ = cmd.Flags().GetBool("reread")
			allow, _ := cmd.Flags().GetBool("allow-mass-retract")
			return a.runRefresh(cmd.Context(), args, allow)
		},
	}
	a.refreshFlags(cmd)
	return cmd
}

func (a *app) runRefresh(ctx context.Context, args []string, allowMassRetract bool) error {
	r, d, err := a.newRefresher(args, allowMassRetract)
	if err != nil {
		return err
	}
	defer d.Close(context.Background())
	rep, err := r.Pass(ctx)
	serve.LogReport(a.log, rep, err)
	if err != nil && rep.Generation == "" {
		return err // nothing committed
	}
	fmt.Fprintf(a.out, "refresh: %d articles (%d new, %d changed, %d unchanged, %d deleted, %d failed); %d analysed; %d rows written in %d transaction(s); graph %d nodes, %d relationships; %s\n",
		rep.Seen, rep.New, rep.Changed, rep.Unchanged, rep.Deleted, rep.Failed, rep.Analyzed, rep.Written,
		rep.Transactions, rep.Nodes, rep.Relationships, rep.Duration.Round(1e6))
	for _, fe := range rep.Skipped {
		fmt.Fprintf(a.out, "skipped: %v\n", fe)
	}
	for _, se := range rep.Held {
		fmt.Fprintf(a.out, "not refreshed: %v\n", se)
	}
	if err != nil {
		// Committed, but some sources were held back (listed above).
		return &exitError{code: 1, err: err}
	}
	if rep.Failed > 0 {
		return &exitError{code: 1, err: fmt.Errorf("%d input(s) could not be read (listed above); the rest is in the graph", rep.Failed)}
	}
	return nil
}
