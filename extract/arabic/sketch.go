package arabic

// sketchBits is the size of a Sketch in bits (4 KiB).
const sketchBits = 1 << 15

// Sketch is a one-hash Bloom filter over normalized words, for word lists
// that most words of a text are not in: a word whose bit is clear was never
// added, so a lookup in the list itself is needed only for the few words
// whose bit is set. The bit is chosen from the length and a few bytes of the
// word, which is enough to tell most Arabic words apart. The zero Sketch is
// empty.
type Sketch [sketchBits / 64]uint64

// Add adds the word w.
func (s *Sketch) Add(w string) {
	h := sketchHash(w)
	s[h/64] |= 1 << (h % 64)
}

// MayHave reports false only for words that were never added.
func (s *Sketch) MayHave(w string) bool {
	h := sketchHash(w)
	return s[h/64]>>(h%64)&1 != 0
}

// MayHaveBytes is MayHave for a word held in a byte slice.
func (s *Sketch) MayHaveBytes(w []byte) bool {
	h := sketchHash(w)
	return s[h/64]>>(h%64)&1 != 0
}

// sketchHash mixes the length of w with its second, fourth, last and third
// from last bytes: in Arabic, the second bytes of the first two and of the
// last two letters.
func sketchHash[T string | []byte](w T) uint32 {
	n := len(w)
	x := uint32(n)
	if n > 1 {
		x ^= uint32(w[1])<<6 ^ uint32(w[n-1])<<18
	}
	if n > 3 {
		x ^= uint32(w[3])<<12 ^ uint32(w[n-3])<<24
	}
	return x * 0x9E3779B1 >> (32 - 15)
}
