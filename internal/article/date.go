package article

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a Date is known.
type Precision int

// The precisions of a Date, from none to a full day.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)

// Date is a calendar date known to year, month or day precision. The zero
// value is the unknown date.
type Date struct {
	Year  int
	Month int // 1-12, 0 when unknown
	Day   int // 1-31, 0 when unknown
}

// ErrBadDate is returned by ParseDate for text that is not an ISO 8601 prefix.
var ErrBadDate = errors.New("date must be YYYY, YYYY-MM or YYYY-MM-DD")

// ParseDate reads "YYYY", "YYYY-MM" or "YYYY-MM-DD". The empty string gives
// the zero Date and no error.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("%q: %w", s, ErrBadDate)
	}
	var nums [3]int
	for i, p := range parts {
		if i > 0 && len(p) != 2 {
			return Date{}, fmt.Errorf("%q: %w", s, ErrBadDate)
		}
		n, err := strconv.Atoi(p)
		if err != nil {
			return Date{}, fmt.Errorf("%q: %w", s, ErrBadDate)
		}
		nums[i] = n
	}
	d := Date{Year: nums[0], Month: nums[1], Day: nums[2]}
	if !d.Valid() {
		return Date{}, fmt.Errorf("%q: %w", s, ErrBadDate)
	}
	return d, nil
}

// Valid reports whether the known parts form a real calendar date.
func (d Date) Valid() bool {
	if d.Year == 0 {
		return d.Month == 0 && d.Day == 0
	}
	if d.Month < 0 || d.Month > 12 || d.Day < 0 || (d.Month == 0 && d.Day != 0) {
		return false
	}
	if d.Day > 0 {
		t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		return t.Day() == d.Day
	}
	return true
}

// Precision reports how much of the date is known.
func (d Date) Precision() Precision {
	switch {
	case d.Year == 0:
		return PrecisionNone
	case d.Month == 0:
		return PrecisionYear
	case d.Day == 0:
		return PrecisionMonth
	default:
		return PrecisionDay
	}
}

// IsZero reports whether nothing of the date is known.
func (d Date) IsZero() bool { return d.Year == 0 }

// String gives the ISO 8601 prefix: "2024", "2024-05" or "2024-05-08"; the
// unknown date gives "".
func (d Date) String() string {
	switch d.Precision() {
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// Truncate drops the parts finer than p.
func (d Date) Truncate(p Precision) Date {
	switch {
	case p <= PrecisionNone:
		return Date{}
	case p == PrecisionYear:
		return Date{Year: d.Year}
	case p == PrecisionMonth:
		return Date{Year: d.Year, Month: d.Month}
	}
	return d
}

// Compatible reports whether one date is a prefix of the other (the unknown
// date is compatible with every date).
func (d Date) Compatible(o Date) bool {
	p := min(d.Precision(), o.Precision())
	return d.Truncate(p) == o.Truncate(p)
}

// Time gives the first instant the date can denote, in UTC.
func (d Date) Time() time.Time {
	m, day := max(d.Month, 1), max(d.Day, 1)
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// FromTime gives the day-precision Date of t.
func FromTime(t time.Time) Date {
	return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

// Before orders dates by their first instant, coarser first on ties, so that
// "2024" sorts before "2024-01" and "2024-01-01".
func (d Date) Before(o Date) bool {
	if !d.Time().Equal(o.Time()) {
		return d.Time().Before(o.Time())
	}
	return d.Precision() < o.Precision()
}
