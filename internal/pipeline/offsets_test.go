package pipeline

import (
	"slices"
	"testing"
	"unsafe"
)

// TestSpansAsGraphOffsets checks that a mention's offsets, held as
// integers, read as the "start-end" strings the graph shows, that a
// contribution's encoding (strings) reads back into the same integers,
// and that malformed ones are refused.
func TestSpansAsGraphOffsets(t *testing.T) {
	tests := []struct {
		name    string
		spans   []span
		strs    []string
		wantErr bool
	}{
		{name: "none", spans: nil, strs: nil},
		{name: "empty", spans: []span{}, strs: []string{}},
		{name: "one", spans: []span{{0, 5}}, strs: []string{"0-5"}},
		{name: "order kept", spans: []span{{120, 131}, {7, 9}, {4000000, 4000012}}, strs: []string{"120-131", "7-9", "4000000-4000012"}},
		{name: "no dash", strs: []string{"12"}, wantErr: true},
		{name: "not a number", strs: []string{"a-9"}, wantErr: true},
		{name: "beyond int32", strs: []string{"0-3000000000"}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseSpans(tt.strs)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("parseSpans(%q) = %v, want an error", tt.strs, got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.spans) || (got == nil) != (tt.spans == nil) {
				t.Errorf("parseSpans(%q) = %v, want %v", tt.strs, got, tt.spans)
			}
			if s := spanStrings(tt.spans); !slices.Equal(s, tt.strs) || (s == nil) != (tt.strs == nil) {
				t.Errorf("spanStrings(%v) = %q, want %q", tt.spans, s, tt.strs)
			}
		})
	}
	// the point of spans: one offset is 8 bytes and no heap object of its own
	if size := unsafe.Sizeof(span{}); size != 8 {
		t.Errorf("a span takes %d bytes, want 8", size)
	}
}

// TestFromWireRefusesMalformedOffsets checks that a contribution whose
// encoded offsets cannot be read is an error, not a mention without them.
func TestFromWireRefusesMalformedOffsets(t *testing.T) {
	tests := []struct {
		name string
		w    wireContribution
	}{
		{name: "mention", w: wireContribution{Mentions: []wireMention{{EntityID: "country:oman", Count: 1, Offsets: []string{"x"}}}}},
		{name: "cue", w: wireContribution{Cues: []wireMention{{EntityID: "venue:x", Count: 1, Offsets: []string{"3-"}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if c, err := fromWire(tt.w); err == nil {
				t.Errorf("fromWire gave %+v, want an error", c.c)
			}
		})
	}
	c, err := fromWire(wireContribution{Mentions: []wireMention{{EntityID: "country:oman", Count: 2, Offsets: []string{"3-8", "20-25"}}}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := c.c.mentions[0].offsets, []span{{3, 8}, {20, 25}}; !slices.Equal(got, want) {
		t.Errorf("offsets %v, want %v", got, want)
	}
}
