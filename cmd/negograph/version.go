package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/negograph/negograph/internal/pipeline"
)

func (a *app) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print the version of negograph and of its extractor",
		Long:    "version prints the module version and the extractor version recorded on every Article.",
		Example: "  negograph version",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			v := "(devel)"
			if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
				v = bi.Main.Version
			}
			fmt.Fprintf(a.out, "negograph %s, extractor %s\n", v, pipeline.ExtractorVersion)
			return nil
		},
	}
}
