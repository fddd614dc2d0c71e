package serve

import (
	"fmt"
	"time"

	"github.com/robfig/cron/v3"
)

// ParseSchedule returns the cron schedule expr (five fields, or a
// descriptor such as "@hourly", in local time) when it is set, else a fixed
// interval.
func ParseSchedule(interval time.Duration, expr string) (Schedule, error) {
	if expr != "" {
		s, err := cron.ParseStandard(expr)
		if err != nil {
			return nil, fmt.Errorf("refresh.schedule %q is not a cron expression (e.g. \"*/15 * * * *\"): %w", expr, err)
		}
		return s, nil
	}
	if interval <= 0 {
		return nil, fmt.Errorf("refresh.interval must be positive, got %s", interval)
	}
	return Every(interval), nil
}
