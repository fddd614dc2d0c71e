package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// profileFlags adds --cpuprofile and --memprofile to every command of root
// that runs something: the profiles cover the command's run, for
// `go tool pprof`.
func (a *app) profileFlags(root *cobra.Command) {
	pf := root.PersistentFlags()
	pf.StringVar(&a.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to this file (go tool pprof)")
	pf.StringVar(&a.memProfile, "memprofile", "", "write a memory profile (allocations and in-use heap at the end) to this file")
	for _, c := range root.Commands() {
		run := c.RunE
		if run == nil {
			continue
		}
		c.RunE = func(cmd *cobra.Command, args []string) (err error) {
			stop, err := a.startProfiles()
			if err != nil {
				return &exitError{code: 2, err: err}
			}
			defer func() { err = errors.Join(err, stop()) }()
			return run(cmd, args)
		}
	}
}

// startProfiles starts the profiles asked for and returns the function that
// writes them.
func (a *app) startProfiles() (func() error, error) {
	var cpu *os.File
	if a.cpuProfile != "" {
		f, err := os.Create(a.cpuProfile)
		if err != nil {
			return nil, fmt.Errorf("--cpuprofile: %w", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return nil, fmt.Errorf("--cpuprofile %s: %w", a.cpuProfile, err)
		}
		cpu = f
	}
	return func() error {
		var errs []error
		if cpu != nil {
			pprof.StopCPUProfile()
			if err := cpu.Close(); err != nil {
				errs = append(errs, fmt.Errorf("--cpuprofile %s: %w", a.cpuProfile, err))
			}
		}
		if a.memProfile != "" {
			runtime.GC() // the in-use figures as of the end of the run
			f, err := os.Create(a.memProfile)
			if err == nil {
				err = pprof.Lookup("allocs").WriteTo(f, 0)
				if cerr := f.Close(); err == nil {
					err = cerr
				}
			}
			if err != nil {
				errs = append(errs, fmt.Errorf("--memprofile %s: %w", a.memProfile, err))
			}
		}
		return errors.Join(errs...)
	}, nil
}
