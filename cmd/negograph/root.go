package main

import (
	"fmt"
	"io"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/negograph/negograph/internal/config"
	"github.com/negograph/negograph/internal/logging"
)

// exitError carries the process exit status of a failed command: 1 for
// failures, skipped inputs and scores below the minimum, 2 for usage errors.
type exitError struct {
	code int
	err  error
}

// Error returns the message of the failure.
func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

// Unwrap returns the failure.
func (e *exitError) Unwrap() error { return e.err }

// app is the state shared by the commands of one invocation.
type app struct {
	v          *viper.Viper
	out, errw  io.Writer
	configFile string
	bindings   []binding
	log        zerolog.Logger
	cfg        config.Config
	// reread is refresh's and serve's --reread.
	reread bool
	// cpuProfile and memProfile are the --cpuprofile and --memprofile files.
	cpuProfile, memProfile string
}

// newRootCmd builds the command tree writing to out and errw.
func newRootCmd(out, errw io.Writer) *cobra.Command {
	a := &app{v: config.New(), out: out, errw: errw}
	root := &cobra.Command{
		Use:   "negograph",
		Short: "Build a knowledge graph of negotiation meetings from Arabic news",
		Long: `negograph reads Arabic news articles (folders of .txt, .md and .html files with an
optional manifest.json, and JSON Lines corpora), extracts people, countries, venues,
organizations and meetings, merges the reports of each round across articles, chains the
rounds of each negotiation channel, writes the graph as a JSON snapshot and, when a Neo4j
URI is configured, loads it into Neo4j.

Configuration comes from negograph.yaml (or --config), NEGOGRAPH_* environment variables
(NEGOGRAPH_NEO4J_URI for neo4j.uri) and flags; flags win.`,
		Example: `  negograph build examples/articles
  negograph build --neo4j-uri bolt://localhost:7687 --neo4j-password secret news/
  negograph explain meeting:iran-united-states-2024-01-muscat`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return a.setup(cmd)
		},
	}
	root.SetOut(out)
	root.SetErr(errw)
	pf := root.PersistentFlags()
	pf.StringVar(&a.configFile, "config", "", "configuration file (default ./negograph.yaml when present)")
	pf.String("log-level", "info", "log level: debug, info, warn or error")
	pf.String("log-format", "auto", "log format: auto (console on a terminal, JSON otherwise), console or json")
	a.bind(root, "log-level", config.KeyLogLevel)
	a.bind(root, "log-format", config.KeyLogFormat)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &exitError{code: 2, err: err} })
	root.AddCommand(a.buildCmd(), a.schemaCmd(), a.evalCmd(), a.gazetteerCmd(), a.explainCmd(), a.versionCmd(),
		a.refreshCmd(), a.serveCmd(), a.exportCmd(), a.diffCmd(), a.searchCmd(),
		a.corpusCmd(), a.benchCmd(), a.assembleCmd())
	a.profileFlags(root)
	return root
}

// binding ties a flag of a command to a configuration key.
type binding struct {
	cmd       *cobra.Command
	flag, key string
}

// bind records that a flag of cmd sets a configuration key. Viper holds one
// flag per key, so the bindings are made only for the command that runs
// (several commands have an --out or --neo4j-uri flag).
func (a *app) bind(cmd *cobra.Command, flag, key string) {
	a.bindings = append(a.bindings, binding{cmd, flag, key})
}

// bindFor binds the flags of the running command and of its parents.
func (a *app) bindFor(cmd *cobra.Command) error {
	for _, b := range a.bindings {
		if !isAncestor(b.cmd, cmd) {
			continue
		}
		f := b.cmd.Flags().Lookup(b.flag)
		if f == nil {
			f = b.cmd.PersistentFlags().Lookup(b.flag)
		}
		if f == nil {
			return fmt.Errorf("internal: no flag --%s on %s", b.flag, b.cmd.CommandPath())
		}
		if err := a.v.BindPFlag(b.key, f); err != nil {
			return fmt.Errorf("bind --%s: %w", b.flag, err)
		}
	}
	return nil
}

func isAncestor(anc, cmd *cobra.Command) bool {
	for c := cmd; c != nil; c = c.Parent() {
		if c == anc {
			return true
		}
	}
	return false
}

// setup reads the configuration and starts logging.
func (a *app) setup(cmd *cobra.Command) error {
	if err := a.bindFor(cmd); err != nil {
		return err
	}
	if err := config.ReadFile(a.v, a.configFile); err != nil {
		return &exitError{code: 2, err: err}
	}
	cfg, err := config.Load(a.v)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	a.cfg = cfg
	a.log, err = logging.New(a.errw, cfg.Log.Level, cfg.Log.Format)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	a.log.Debug().Object("config", cfg).Str("command", cmd.CommandPath()).Msg("configuration")
	return nil
}
