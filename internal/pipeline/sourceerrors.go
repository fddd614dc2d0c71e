package pipeline

import (
	"errors"
	"fmt"
)

// DefaultMaxRetractFraction is the share of one source's articles a pass
// may retract when Refresher.MaxRetractFraction is 0.
const DefaultMaxRetractFraction = 0.5

// ErrSourceUnavailable is a source that cannot be read as a whole: a
// missing, unmounted or unreadable root, or a folder without article
// files. Its articles in the graph are kept.
var ErrSourceUnavailable = errors.New("source unavailable")

// ErrMassRetract is a pass that would retract more of one source's
// articles than Refresher.MaxRetractFraction allows.
var ErrMassRetract = errors.New("refusing to retract most of a source's articles")

// MassRetractError says how many articles a pass would have retracted.
type MassRetractError struct {
	// Retract of Of articles would have been retracted.
	Retract, Of int
	// Fraction is the largest share allowed.
	Fraction float64
}

// Error implements error.
func (e *MassRetractError) Error() string {
	return fmt.Sprintf("%v: this pass would retract %d of its %d articles, more than refresh.max_retract_fraction (%g); "+
		"if they were really removed, run once with --allow-mass-retract", ErrMassRetract, e.Retract, e.Of, e.Fraction)
}

// Unwrap lets errors.Is(err, ErrMassRetract) work.
func (e *MassRetractError) Unwrap() error { return ErrMassRetract }

// SourceError is a source (a path, feed or URL list) that a pass did not
// refresh: its articles in the graph were kept as they were, while the
// other sources were refreshed.
type SourceError struct {
	// Source is the path, feed URL or URL-list file.
	Source string
	// Kept is the number of its articles kept from the last pass.
	Kept int
	// Err is why: ErrSourceUnavailable or a *MassRetractError.
	Err error
}

// Error implements error.
func (e *SourceError) Error() string {
	return fmt.Sprintf("source %q: %v; its %d article(s) in the graph are kept as they were", e.Source, e.Err, e.Kept)
}

// Unwrap gives the reason.
func (e *SourceError) Unwrap() error { return e.Err }
