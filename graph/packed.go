package graph

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strings"
)

// packedRels holds the relationships added with AddRelPacked in a compact
// encoding instead of one Relationship and one property map each: the
// ends and type of a record are indexes into a table of strings, and its
// properties are bytes in a chunk of an append-only arena (keys and long
// strings as table indexes, short strings inline, numbers as varints or
// their IEEE bits). A relationship is decoded into a Relationship only
// when it is read, one at a time (EncodeJSON) or all at once (Rels).
//
// Records with the same type, start and end are one relationship: they are
// merged when read, in the order they were added, as AddRel would have
// merged them.
type packedRels struct {
	strs   []string
	strIdx map[string]uint32
	recs   []packedRec
	chunks [][]byte
	// types counts the records of each type (a packed type cannot be
	// added to the map of relationships)
	types map[string]int
	// groups are the indexes in recs where each relationship's records
	// start, once recs is sorted (sealed); len(groups)-1 relationships.
	groups []int
	sealed bool
	// capEvidence, when above zero, is the limit CapEvidence applies to
	// each relationship as it is decoded.
	capEvidence int
	// buf and keys are AddRelPacked's scratch space.
	buf  []byte
	keys []string
}

// packedRec is one record of a packed relationship: its type and ends as
// indexes into the string table, and where its properties are.
type packedRec struct {
	typ, start, end uint32
	chunk, off      uint32
}

// packedChunk is the size of a chunk of the arena: the arena grows by
// chunks, never by copying what it holds.
const packedChunk = 1 << 20

// packedInline is the longest string stored inline in a record; longer
// ones (evidence sentences, names) go to the string table, once each.
const packedInline = 16

// Value tags of the encoding.
const (
	tagString byte = iota
	tagInline
	tagStrings
	tagInt64
	tagInt
	tagFloat64
	tagTrue
	tagFalse
)

func newPackedRels() *packedRels {
	return &packedRels{strIdx: map[string]uint32{}, types: map[string]int{}}
}

// str gives the index of s in the string table, adding it.
func (p *packedRels) str(s string) uint32 {
	if i, ok := p.strIdx[s]; ok {
		return i
	}
	i := uint32(len(p.strs))
	p.strs = append(p.strs, s)
	p.strIdx[s] = i
	return i
}

// AddRelPacked adds a relationship of type typ from start to end, like
// AddRel, but holds it packed: a fraction of the memory of a Relationship
// with its property map, for relationships that are many and read only
// when the graph is written (an article's MENTIONS). Values of props may
// be strings, lists of strings, int64, int, float64 or bool (nil values
// are skipped); props are copied, not kept. Adding the same type, start
// and end again merges the properties as AddRel would. A type is either
// packed or not: AddRelPacked refuses a type the graph holds unpacked
// relationships of, and AddRel and AddRelOwned refuse a packed type.
func (g *Graph) AddRelPacked(typ, start, end string, props map[string]any) error {
	if err := g.checkRel(typ, start, end); err != nil {
		return err
	}
	if g.unpacked[typ] > 0 {
		return fmt.Errorf("graph: %s from %s to %s: the graph holds %s relationships unpacked", typ, start, end, typ)
	}
	if g.packed == nil {
		g.packed = newPackedRels()
	}
	p := g.packed
	buf, keys := p.buf[:0], p.keys[:0]
	for k, v := range props {
		if v != nil {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	buf = binary.AppendUvarint(buf, uint64(len(keys)))
	for _, k := range keys {
		buf = binary.AppendUvarint(buf, uint64(p.str(k)))
		var err error
		if buf, err = p.appendValue(buf, props[k]); err != nil {
			return fmt.Errorf("graph: %s from %s to %s: property %s: %w", typ, start, end, k, err)
		}
	}
	if n := len(p.chunks); n == 0 || len(p.chunks[n-1])+len(buf) > cap(p.chunks[n-1]) {
		p.chunks = append(p.chunks, make([]byte, 0, max(packedChunk, len(buf))))
	}
	n := len(p.chunks) - 1
	rec := packedRec{typ: p.str(typ), start: p.str(start), end: p.str(end), chunk: uint32(n), off: uint32(len(p.chunks[n]))}
	p.chunks[n] = append(p.chunks[n], buf...)
	p.buf, p.keys = buf, keys[:0]
	p.recs = append(p.recs, rec)
	p.types[typ]++
	p.sealed = false
	return nil
}

// Packed is the number of relationships of type typ the graph holds packed
// (AddRelPacked).
func (g *Graph) Packed(typ string) int {
	if g.packed == nil {
		return 0
	}
	n := 0
	for i := range g.packed.len() {
		if t, _, _ := g.packed.key(i); t == typ {
			n++
		}
	}
	return n
}

// appendValue encodes one property value.
func (p *packedRels) appendValue(buf []byte, v any) ([]byte, error) {
	switch x := v.(type) {
	case string:
		return p.appendString(buf, x), nil
	case []string:
		buf = append(buf, tagStrings)
		buf = binary.AppendUvarint(buf, uint64(len(x)))
		for _, s := range x {
			buf = p.appendString(buf, s)
		}
		return buf, nil
	case int64:
		return binary.AppendVarint(append(buf, tagInt64), x), nil
	case int:
		return binary.AppendVarint(append(buf, tagInt), int64(x)), nil
	case float64:
		return binary.LittleEndian.AppendUint64(append(buf, tagFloat64), math.Float64bits(x)), nil
	case bool:
		if x {
			return append(buf, tagTrue), nil
		}
		return append(buf, tagFalse), nil
	}
	return nil, fmt.Errorf("a %T cannot be packed", v)
}

// appendString encodes a string: short ones inline, others by their index
// in the string table.
func (p *packedRels) appendString(buf []byte, s string) []byte {
	if len(s) <= packedInline {
		buf = append(buf, tagInline, byte(len(s)))
		return append(buf, s...)
	}
	return binary.AppendUvarint(append(buf, tagString), uint64(p.str(s)))
}

// seal sorts the records by type, start and end (in the order they were
// added for the same ones) and groups them into relationships.
func (p *packedRels) seal() {
	if p.sealed {
		return
	}
	slices.SortStableFunc(p.recs, func(a, b packedRec) int {
		if c := strings.Compare(p.strs[a.typ], p.strs[b.typ]); c != 0 {
			return c
		}
		if c := strings.Compare(p.strs[a.start], p.strs[b.start]); c != 0 {
			return c
		}
		return strings.Compare(p.strs[a.end], p.strs[b.end])
	})
	p.groups = p.groups[:0]
	for i, r := range p.recs {
		if i == 0 || r.typ != p.recs[i-1].typ || r.start != p.recs[i-1].start || r.end != p.recs[i-1].end {
			p.groups = append(p.groups, i)
		}
	}
	p.groups = append(p.groups, len(p.recs))
	p.sealed = true
}

// len is the number of packed relationships.
func (p *packedRels) len() int {
	if p == nil {
		return 0
	}
	p.seal()
	return len(p.groups) - 1
}

// key gives the type, start and end of the i-th relationship (sealed).
func (p *packedRels) key(i int) (typ, start, end string) {
	r := p.recs[p.groups[i]]
	return p.strs[r.typ], p.strs[r.start], p.strs[r.end]
}

// rel decodes the i-th relationship (sealed): its first record's
// properties stored as AddRelOwned stores them, the next ones merged with
// MergeProps, then its evidence capped when CapEvidence asked for it. It
// only reads p, so relationships can be decoded concurrently.
func (p *packedRels) rel(i int) *Relationship {
	recs := p.recs[p.groups[i]:p.groups[i+1]]
	props := p.props(recs[0])
	for k, v := range props {
		if l, ok := v.([]string); ok {
			props[k] = sortedSet(l)
		}
	}
	for _, r := range recs[1:] {
		MergeProps(props, p.props(r))
	}
	if p.capEvidence > 0 {
		CapEvidence(props, p.capEvidence)
	}
	typ, start, end := p.key(i)
	return &Relationship{ID: RelID(typ, start, end), Type: typ, Start: start, End: end, Props: props}
}

// props decodes the properties of one record.
func (p *packedRels) props(r packedRec) map[string]any {
	d := packedReader{buf: p.chunks[r.chunk][r.off:], strs: p.strs}
	n := int(d.uvarint())
	props := make(map[string]any, n)
	for range n {
		k := p.strs[d.uvarint()]
		props[k] = d.value()
	}
	return props
}

// packedReader decodes a record; the encoding is the graph's own, so a
// malformed record is a bug, and panics.
type packedReader struct {
	buf  []byte
	strs []string
}

func (d *packedReader) uvarint() uint64 {
	v, n := binary.Uvarint(d.buf)
	d.buf = d.buf[n:]
	return v
}

func (d *packedReader) varint() int64 {
	v, n := binary.Varint(d.buf)
	d.buf = d.buf[n:]
	return v
}

func (d *packedReader) tag() byte {
	t := d.buf[0]
	d.buf = d.buf[1:]
	return t
}

func (d *packedReader) value() any {
	switch t := d.tag(); t {
	case tagString, tagInline:
		return d.string(t)
	case tagStrings:
		list := make([]string, d.uvarint())
		for i := range list {
			list[i] = d.string(d.tag())
		}
		return list
	case tagInt64:
		return d.varint()
	case tagInt:
		return int(d.varint())
	case tagFloat64:
		v := math.Float64frombits(binary.LittleEndian.Uint64(d.buf))
		d.buf = d.buf[8:]
		return v
	case tagTrue:
		return true
	case tagFalse:
		return false
	default:
		panic(fmt.Sprintf("graph: packed relationship: tag %d", t))
	}
}

func (d *packedReader) string(t byte) string {
	if t == tagString {
		return d.strs[d.uvarint()]
	}
	n := int(d.buf[0])
	s := string(d.buf[1 : 1+n])
	d.buf = d.buf[1+n:]
	return s
}

// removeNode drops the records of relationships that touch the node.
func (p *packedRels) removeNode(id string) {
	i, ok := p.strIdx[id]
	if !ok {
		return
	}
	p.recs = slices.DeleteFunc(p.recs, func(r packedRec) bool {
		if r.start == i || r.end == i {
			p.types[p.strs[r.typ]]--
			return true
		}
		return false
	})
	p.sealed = false
}
