package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// profileFlags adds --cpuprofile and --memprofile to every command of the
// tree that runs something: the profiles cover the command's run, for
// `go tool pprof`.
func (a *app) profileFlags(root *cobra.Command) {
	pf := root.PersistentFlags()
	pf.StringVar(&a.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to this file (go tool pprof)")
	pf.StringVar(&a.memProfile, "memprofile", "", "write a memory profile (allocations and in-use heap at the end) to this file")
	wrapRuns(root, a)
}

// wrapRuns makes every command under c that runs something profile its run.
func wrapRuns(c *cobra.Command, a *app) {
	for _, sub := range c.Commands() {
		wrapRuns(sub, a)
	}
	run := c.RunE
	if run == nil {
		return
	}
	c.RunE = func(cmd *cobra.Command, args []string) error {
		stop, err := a.startProfiles()
		if err != nil {
			return &exitError{code: 2, err: err}
		}
		err = run(cmd, args)
		if serr := stop(); serr != nil {
			return errors.Join(err, serr)
		}
		return err
	}
}

// startProfiles starts the profiles asked for and returns the function that
// writes them.
func (a *app) startProfiles() (func() error, error) {
	var cpu, mem *os.File
	if a.memProfile != "" {
		f, err := os.Create(a.memProfile) // now, so that a bad path stops the run before it starts
		if err != nil {
			return nil, fmt.Errorf("--memprofile: %w", err)
		}
		mem = f
	}
	if a.cpuProfile != "" {
		f, err := os.Create(a.cpuProfile)
		if err == nil {
			if err = pprof.StartCPUProfile(f); err != nil {
				f.Close()
			}
		}
		if err != nil {
			if mem != nil {
				mem.Close()
			}
			return nil, fmt.Errorf("--cpuprofile: %w", err)
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
		if mem != nil {
			runtime.GC() // the in-use figures as of the end of the run
			err := pprof.Lookup("allocs").WriteTo(mem, 0)
			if cerr := mem.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				errs = append(errs, fmt.Errorf("--memprofile %s: %w", a.memProfile, err))
			}
		}
		return errors.Join(errs...)
	}, nil
}
