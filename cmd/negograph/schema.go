package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/negograph/negograph/graph/neo4jstore"
	"github.com/negograph/negograph/internal/config"
)

func (a *app) schemaCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Show or apply the Neo4j schema (constraints and indexes)",
		Long: `The graph schema: a uniqueness constraint on the id of every label, range indexes on the
properties users filter on (meeting date and status, entity names, article source) and a
full-text index with the Arabic analyzer on entity names. build applies it before every
load; every statement is idempotent.`,
		Example: `  negograph schema show
  negograph schema apply --neo4j-uri bolt://localhost:7687`,
	}
	show := &cobra.Command{
		Use:     "show",
		Short:   "Print the schema statements",
		Long:    "show prints the Cypher statements that apply prepares a database with.",
		Example: "  negograph schema show",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintln(a.out, strings.Join(neo4jstore.SchemaStatements(), ";\n")+";")
			return nil
		},
	}
	apply := &cobra.Command{
		Use:   "apply",
		Short: "Create the constraints and indexes in Neo4j (idempotent)",
		Long: `apply runs the schema statements against the configured Neo4j (neo4j.uri, user,
password, database) and waits until the indexes are online. Running it twice is harmless.`,
		Example: "  NEGOGRAPH_NEO4J_PASSWORD=secret negograph schema apply --neo4j-uri bolt://localhost:7687",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			d, err := a.driver(cmd.Context())
			if err != nil {
				return err
			}
			defer d.Close(cmd.Context())
			if err := a.loader(d).ApplySchema(cmd.Context()); err != nil {
				return fmt.Errorf("apply schema: %w", err)
			}
			fmt.Fprintf(a.out, "schema: %d statements applied to %s/%s\n", len(neo4jstore.SchemaStatements()), config.RedactURI(a.cfg.Neo4j.URI), a.cfg.Neo4j.Database)
			return nil
		},
	}
	a.neo4jFlags(apply)
	cmd.AddCommand(show, apply)
	return cmd
}
