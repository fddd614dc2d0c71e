package serve

import (
	"fmt"
	"time"

	"github.com/robfig/cron/v3"
)

// ParseSchedule returns the cron schedule expr (five fields, or a
// descriptor such as "@hourly", in local time) when it is set, else a fixed
// interval. A cron expression that never fires (such as "0 0 30 2 *",
// February 30th) is an error: serve would otherwise have no next pass.
func ParseSchedule(interval time.Duration, expr string) (Schedule, error) {
	if expr != "" {
		s, err := parseCron(expr)
		if err != nil {
			return nil, fmt.Errorf("refresh.schedule %q is not a cron expression (e.g. \"*/15 * * * *\"): %w", expr, err)
		}
		// robfig/cron gives the zero time when nothing matches within
		// five years.
		if s.Next(time.Now()).IsZero() {
			return nil, fmt.Errorf("refresh.schedule %q never fires (no such date; e.g. February 30th): "+
				"give a day and month that exist, such as \"0 0 28 2 *\"", expr)
		}
		return s, nil
	}
	if interval <= 0 {
		return nil, fmt.Errorf("refresh.interval must be positive, got %s", interval)
	}
	return Every(interval), nil
}

// nextAfter is the start of the pass after now, or an error when the
// schedule gives none in the future (a schedule that never fires would
// otherwise make Run loop without pause).
func nextAfter(s Schedule, now time.Time) (time.Time, error) {
	next := s.Next(now)
	if next.IsZero() || !next.After(now) {
		return time.Time{}, fmt.Errorf("serve: the schedule gives no next pass after %s (got %s); "+
			"fix refresh.schedule or refresh.interval", now.Format(time.RFC3339), next.Format(time.RFC3339))
	}
	return next, nil
}

// parseCron is cron.ParseStandard without its panics (robfig/cron v3.0.1
// slices out of range on a "TZ=" or "CRON_TZ=" prefix without a space).
func parseCron(expr string) (s cron.Schedule, err error) {
	defer func() {
		if p := recover(); p != nil {
			s, err = nil, fmt.Errorf("malformed time zone prefix or fields (%v)", p)
		}
	}()
	return cron.ParseStandard(expr)
}
