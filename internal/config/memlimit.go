package config

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// DefaultMemoryLimit is the soft memory limit a build gives the Go runtime
// unless memory_limit (--memory-limit) or GOMEMLIMIT says otherwise: under
// the 2 GB a 100,000-article build is to fit in (docs/SCALE.md, issue 17),
// with room for what the runtime holds besides the heap, and above the
// largest live heap measured at that size, so that the collector is not
// made to run without end.
const DefaultMemoryLimit = "1750MiB"

// ParseMemoryLimit reads a memory limit as GOMEMLIMIT writes it: a whole
// number of bytes with an optional unit, B, KiB, MiB, GiB or TiB (powers
// of 1024), or KB, MB, GB or TB (powers of 1000). "off", "none" and "0"
// are no limit (0).
func ParseMemoryLimit(s string) (int64, error) {
	t := strings.TrimSpace(s)
	switch strings.ToLower(t) {
	case "off", "none", "0":
		return 0, nil
	}
	units := []struct {
		suffix string
		scale  int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40},
		{"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12}, {"B", 1}}
	num, scale := t, int64(1)
	for _, u := range units {
		if strings.HasSuffix(t, u.suffix) {
			num, scale = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.scale
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("memory limit %q: want a number of bytes with an optional unit (1750MiB, 2GiB, 2GB) or off", s)
	}
	if n > math.MaxInt64/scale {
		return 0, fmt.Errorf("memory limit %q: too large", s)
	}
	return n * scale, nil
}
