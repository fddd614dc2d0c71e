package main

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/negograph/negograph/internal/config"
	"github.com/negograph/negograph/internal/serve"
)

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
  /chain     the chain view of the graph read live from Neo4j (as export --format html), narrowed
             by ?channel=iran,united-states&from-date=2025&to-date=…&as-of=2025-04-20

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
	f.String("addr", "127.0.0.1:9464", "listen address of /healthz, /readyz, /metrics and /chain")
	a.bind(cmd, "interval", config.KeyRefreshInterval)
	a.bind(cmd, "schedule", config.KeyRefreshSchedule)
	a.bind(cmd, "addr", config.KeyServeAddr)
	return cmd
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
		Graph:    a.liveGraph(d),
	}
	return s.Run(ctx)
}
