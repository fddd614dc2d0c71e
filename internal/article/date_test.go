package article

import (
	"errors"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		prec    Precision
		wantErr bool
	}{
		{"", "", PrecisionNone, false},
		{"2025", "2025", PrecisionYear, false},
		{"2025-10", "2025-10", PrecisionMonth, false},
		{"2023-06-15", "2023-06-15", PrecisionDay, false},
		{" 2024-02-29 ", "2024-02-29", PrecisionDay, false},
		{"2023-02-29", "", PrecisionNone, true},
		{"2023-13", "", PrecisionNone, true},
		{"23-01", "", PrecisionNone, true},
		{"2023-1-1", "", PrecisionNone, true},
		{"May 2023", "", PrecisionNone, true},
		{"2023-05-01-02", "", PrecisionNone, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := ParseDate(tt.in)
			if tt.wantErr {
				if !errors.Is(err, ErrBadDate) {
					t.Fatalf("ParseDate(%q) error = %v, want ErrBadDate", tt.in, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tt.in, err)
			}
			if d.String() != tt.want || d.Precision() != tt.prec {
				t.Errorf("ParseDate(%q) = %q/%v, want %q/%v", tt.in, d, d.Precision(), tt.want, tt.prec)
			}
		})
	}
}

func TestCompatibleAndBefore(t *testing.T) {
	mk := func(s string) Date {
		d, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		a, b       string
		compatible bool
		before     bool
	}{
		{"2024", "2024-05", true, true},
		{"2024-05-08", "2024-05", true, false},
		{"2024-05", "2024-06", false, true},
		{"", "2023", true, true},
		{"2023-12-31", "2024", false, true},
	}
	for _, tt := range tests {
		if got := mk(tt.a).Compatible(mk(tt.b)); got != tt.compatible {
			t.Errorf("%s compatible %s = %v", tt.a, tt.b, got)
		}
		if got := mk(tt.a).Before(mk(tt.b)); got != tt.before {
			t.Errorf("%s before %s = %v", tt.a, tt.b, got)
		}
	}
}

func TestContentIDStable(t *testing.T) {
	a := ContentID("نص الخبر\n")
	if a != ContentID("  نص الخبر") || a == ContentID("نص آخر") {
		t.Fatalf("ContentID not stable on content: %s", a)
	}
	if len(a) != len("article:")+16 {
		t.Fatalf("ContentID length: %q", a)
	}
}
