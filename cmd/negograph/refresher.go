package main

import (
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/spf13/cobra"

	"github.com/negograph/negograph/internal/config"
	"github.com/negograph/negograph/internal/refresh"
)

// refreshFlags adds the flags shared by refresh and serve.
func (a *app) refreshFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	webSourceFlags(f)
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
		Sources:        refresh.Sources{Paths: paths, Feeds: c.Refresh.Feeds, URLLists: c.Refresh.URLLists, URLs: c.Refresh.URLs},
		Fetcher:        a.fetcher(),
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
