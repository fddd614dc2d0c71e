package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/mattn/go-isatty"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/negograph/negograph/internal/config"
	"github.com/negograph/negograph/internal/refresh"
	"github.com/negograph/negograph/internal/serve"
	"github.com/negograph/negograph/internal/source/web"
)

// refreshFlags adds the flags shared by refresh and serve.
func (a *app) refreshFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringSlice("feed", nil, "RSS or Atom feed URL (repeatable)")
	f.StringSlice("url-list", nil, "file listing article URLs, one per line (repeatable)")
	f.StringSlice("url", nil, "article URL (repeatable)")
	f.String("state-dir", config.DefaultStateDir(), "folder for the refresh state (analyses, fetched pages, committed graph)")
	f.Int("max-tx-rows", 50000, "most rows written in one transaction; a smaller pass is atomic")
	f.Duration("lock-ttl", 0, "lease of the database lock (default 2m)")
	f.Duration("retry-for", 0, "how long a pass retries when Neo4j fails (default 10m)")
	f.Bool("reread", false, "read every file, even those whose size and modification time did not change")
	f.Float64("max-retract-fraction", 0.5, "largest share of one source's articles a pass may retract; a source that would lose more is kept as it was and the pass fails")
	f.Bool("allow-mass-retract", false, "let this run retract more than --max-retract-fraction of a source (after its articles were really removed)")
	f.Int("workers", 0, "analysing goroutines (0: one per CPU)")
	f.StringSlice("gazetteer", nil, "extra gazetteer YAML file (repeatable)")
	a.neo4jFlags(cmd)
	a.bind(cmd, "feed", config.KeyRefreshFeeds)
	a.bind(cmd, "url-list", config.KeyRefreshURLLists)
	a.bind(cmd, "url", config.KeyRefreshURLs)
	a.bind(cmd, "state-dir", config.KeyRefreshStateDir)
	a.bind(cmd, "max-tx-rows", config.KeyRefreshMaxTxRows)
	a.bind(cmd, "lock-ttl", config.KeyRefreshLockTTL)
	a.bind(cmd, "retry-for", config.KeyRefreshRetryFor)
	a.bind(cmd, "max-retract-fraction", config.KeyRefreshMaxRetractFraction)
	a.bind(cmd, "workers", config.KeyWorkers)
	a.bind(cmd, "gazetteer", config.KeyGazetteerFiles)
}

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

func (a *app) serveCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve [PATH...]",
		Short: "Keep Neo4j current: refresh passes on a schedule, with health and metrics endpoints",
		Long: `serve runs a refresh pass at once and then on a schedule (refresh.interval, or the cron
expression refresh.schedule) until SIGINT or SIGTERM, which roll the open transaction back and
exit cleanly. It serves, on serve.addr:

  /healthz   200 while the process runs
  /readyz    200 once a pass succeeded, the last pass did not fail and Neo4j answers; else 503
  /metrics   Prometheus metrics (articles seen, processed, skipped, failed; pass duration;
             last successful pass; graph size)

Each pass logs one summary line.`,
		Example: `  negograph serve --neo4j-uri bolt://localhost:7687 --interval 30m news/
  negograph serve --schedule "0 */2 * * *" --feed https://example.org/rss.xml --addr 0.0.0.0:9464`,
		RunE: func(cmd *cobra.Command, args []string) error {
			a.reread, _ = cmd.Flags().GetBool("reread")
			allow, _ := cmd.Flags().GetBool("allow-mass-retract")
			return a.runServe(cmd.Context(), args, allow)
		},
	}
	a.refreshFlags(cmd)
	f := cmd.Flags()
	f.Duration("interval", 0, "time between passes (default 15m)")
	f.String("schedule", "", `cron expression for the passes, e.g. "*/15 * * * *" (replaces --interval)`)
	f.String("addr", "127.0.0.1:9464", "listen address of /healthz, /readyz and /metrics")
	a.bind(cmd, "interval", config.KeyRefreshInterval)
	a.bind(cmd, "schedule", config.KeyRefreshSchedule)
	a.bind(cmd, "addr", config.KeyServeAddr)
	return cmd
}

// newRefresher opens a driver (without waiting for the server: a pass
// retries) and sets up a Refresher from the configuration;
// allowMassRetract is --allow-mass-retract.
func (a *app) newRefresher(args []string, allowMassRetract bool) (*refresh.Refresher, neo4j.DriverWithContext, error) {
	c := a.cfg
	if c.Neo4j.URI == "" {
		return nil, nil, &exitError{code: 2, err: fmt.Errorf("no Neo4j URI: set --neo4j-uri, neo4j.uri in negograph.yaml or NEGOGRAPH_NEO4J_URI")}
	}
	paths := append(append([]string(nil), c.Refresh.Paths...), args...)
	if len(paths)+len(c.Refresh.Feeds)+len(c.Refresh.URLLists)+len(c.Refresh.URLs) == 0 {
		return nil, nil, &exitError{code: 2, err: fmt.Errorf("no sources: give folders as arguments or set refresh.paths, refresh.feeds, refresh.url_lists or refresh.urls")}
	}
	d, err := neo4j.NewDriverWithContext(c.Neo4j.URI, neo4j.BasicAuth(c.Neo4j.User, c.Neo4j.Password, ""))
	if err != nil {
		return nil, nil, &exitError{code: 2, err: fmt.Errorf("neo4j %s: %w", config.RedactURI(c.Neo4j.URI), err)}
	}
	r := &refresh.Refresher{
		Sources: refresh.Sources{Paths: paths, Feeds: c.Refresh.Feeds, URLLists: c.Refresh.URLLists, URLs: c.Refresh.URLs},
		Fetcher: &web.Fetcher{
			UserAgent: c.Fetch.UserAgent,
			MaxBytes:  c.Fetch.MaxBytes,
			Timeout:   c.Fetch.Timeout,

			AllowPrivateNetworks: c.Fetch.AllowPrivateNetworks,
		},
		Loader:         a.loader(d),
		Target:         config.RedactURI(c.Neo4j.URI) + "/" + c.Neo4j.Database,
		StateDir:       c.Refresh.StateDir,
		GazetteerFiles: c.GazetteerFiles,
		Workers:        c.Workers,
		MaxFileBytes:   c.MaxFileBytes,
		MaxTxRows:      c.Refresh.MaxTxRows,
		LockTTL:        c.Refresh.LockTTL,
		Retry:          refresh.Backoff{MaxElapsed: c.Refresh.RetryFor},
		Reread:         a.reread,

		MaxRetractFraction: c.Refresh.MaxRetractFraction,
		AllowMassRetract:   allowMassRetract,
		Progress:           newProgress(a.errw),
		Log:                a.log,
	}
	return r, d, nil
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

func (a *app) runServe(ctx context.Context, args []string, allowMassRetract bool) error {
	r, d, err := a.newRefresher(args, allowMassRetract)
	if err != nil {
		return err
	}
	defer d.Close(context.Background())
	sched, err := serve.ParseSchedule(a.cfg.Refresh.Interval, a.cfg.Refresh.Schedule)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	s := &serve.Server{
		Passer:   r,
		Schedule: sched,
		Addr:     a.cfg.Refresh.Addr,
		Check:    d.VerifyConnectivity,
		Log:      a.log,
	}
	return s.Run(ctx)
}

// newProgress returns a progress reporter drawing a bar on w when w is a
// terminal, and nil (no progress) otherwise.
func newProgress(w io.Writer) func(stage string, done, total int) {
	f, ok := w.(*os.File)
	if !ok || !(isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())) {
		return nil
	}
	var bar *progressbar.ProgressBar
	var current string
	return func(stage string, done, total int) {
		if bar == nil || stage != current {
			if bar != nil {
				_ = bar.Finish()
			}
			current = stage
			bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription(stage),
				progressbar.OptionShowCount(), progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100e6))
		}
		_ = bar.Set(done)
		if done >= total {
			_ = bar.Finish()
		}
	}
}
