package eval

// weight is what maxAssignment can maximize: an ordered abelian group
// (addition, subtraction and a total order compatible with them). The
// Hungarian method needs nothing more, so it runs unchanged on integer
// vectors compared lexicographically (lexWeight) and on real numbers
// (realWeight).
type weight[T any] interface {
	plus(T) T
	minus(T) T
	less(T) bool
}

// lexLevels is the number of components of a lexWeight.
const lexLevels = 6

// lexWeight is a vector of integers compared lexicographically: a higher
// level dominates every lower one whatever their sizes, which is the
// "maximize a, then b, then c" order of the meeting matching without any
// scaling factor that could overflow.
type lexWeight [lexLevels]int64

func (a lexWeight) plus(b lexWeight) lexWeight {
	for i := range a {
		a[i] += b[i]
	}
	return a
}

func (a lexWeight) minus(b lexWeight) lexWeight {
	for i := range a {
		a[i] -= b[i]
	}
	return a
}

func (a lexWeight) less(b lexWeight) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// realWeight is a real-valued weight (CEAF similarities).
type realWeight float64

func (a realWeight) plus(b realWeight) realWeight  { return a + b }
func (a realWeight) minus(b realWeight) realWeight { return a - b }
func (a realWeight) less(b realWeight) bool        { return a < b }

// maxAssignment returns a one-to-one assignment of rows to columns that
// maximizes the total weight of its pairs, where only the pairs for which
// w reports ok may be used and a row may stay unassigned. The weights of
// allowed pairs should be positive (a pair of weight zero or less is never
// better than no pair). It returns, for each row, its column or -1.
//
// It is the Hungarian (Kuhn–Munkres) method with potentials, O(r²·(c+r)):
// the problem is made square-free by giving every row a private dummy
// column of weight zero, and costs are negated weights (forbidden pairs
// cost zero, like the dummy, and are dropped from the result). The result
// is deterministic: it depends only on the weights and the row and column
// order.
func maxAssignment[T weight[T]](rows, cols int, w func(i, j int) (T, bool)) []int {
	out := make([]int, rows)
	for i := range out {
		out[i] = -1
	}
	if rows == 0 || cols == 0 {
		return out
	}
	var zero T
	m := cols + rows // real columns, then one dummy per row
	cost := make([][]T, rows+1)
	allowed := make([][]bool, rows+1)
	for i := 1; i <= rows; i++ {
		cost[i] = make([]T, m+1)
		allowed[i] = make([]bool, m+1)
		for j := 1; j <= cols; j++ {
			if x, ok := w(i-1, j-1); ok && zero.less(x) {
				cost[i][j] = zero.minus(x)
				allowed[i][j] = true
			}
		}
	}
	// u, v: row and column potentials; p[j]: row assigned to column j;
	// way[j]: previous column on the alternating path (1-indexed, 0 = none).
	u := make([]T, rows+1)
	v := make([]T, m+1)
	p := make([]int, m+1)
	way := make([]int, m+1)
	minv := make([]T, m+1)
	minSet := make([]bool, m+1)
	used := make([]bool, m+1)
	for i := 1; i <= rows; i++ {
		p[0] = i
		j0 := 0
		for j := range minv {
			minSet[j], used[j] = false, false
		}
		for {
			used[j0] = true
			i0 := p[j0]
			var delta T
			deltaSet, j1 := false, 0
			for j := 1; j <= m; j++ {
				if used[j] {
					continue
				}
				cur := cost[i0][j].minus(u[i0]).minus(v[j])
				if !minSet[j] || cur.less(minv[j]) {
					minv[j], minSet[j], way[j] = cur, true, j0
				}
				if !deltaSet || minv[j].less(delta) {
					delta, deltaSet, j1 = minv[j], true, j
				}
			}
			for j := 0; j <= m; j++ {
				if used[j] {
					u[p[j]] = u[p[j]].plus(delta)
					v[j] = v[j].minus(delta)
				} else {
					minv[j] = minv[j].minus(delta)
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	for j := 1; j <= cols; j++ {
		if i := p[j]; i != 0 && allowed[i][j] {
			out[i-1] = j - 1
		}
	}
	return out
}
