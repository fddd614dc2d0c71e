package eval

import (
	"math"
	"math/rand/v2"
	"testing"
)

// bruteAssignment tries every one-to-one assignment (rows may stay
// unassigned) and returns the best total.
func bruteAssignment(rows, cols int, w func(i, j int) (lexWeight, bool)) lexWeight {
	var best lexWeight
	usedCol := make([]bool, cols)
	var rec func(i int, acc lexWeight)
	rec = func(i int, acc lexWeight) {
		if i == rows {
			if best.less(acc) {
				best = acc
			}
			return
		}
		rec(i+1, acc) // row i unassigned
		for j := 0; j < cols; j++ {
			if usedCol[j] {
				continue
			}
			if x, ok := w(i, j); ok {
				usedCol[j] = true
				rec(i+1, acc.plus(x))
				usedCol[j] = false
			}
		}
	}
	rec(0, lexWeight{})
	return best
}

func totalOf(a []int, w func(i, j int) (lexWeight, bool)) lexWeight {
	var t lexWeight
	for i, j := range a {
		if j >= 0 {
			x, _ := w(i, j)
			t = t.plus(x)
		}
	}
	return t
}

func TestMaxAssignmentTable(t *testing.T) {
	type cell struct {
		w  lexWeight
		ok bool
	}
	y := func(ws ...int64) cell {
		var w lexWeight
		copy(w[:], ws)
		return cell{w, true}
	}
	no := cell{}
	tests := []struct {
		name string
		grid [][]cell
		want []int
	}{
		{
			// Greedy takes the heaviest pair (0,0) first and leaves row 1
			// with nothing; the optimum pairs both rows.
			name: "greedy would take the heaviest pair",
			grid: [][]cell{
				{y(1, 5), y(1, 4)},
				{y(1, 4), no},
			},
			want: []int{1, 0},
		},
		{
			// A higher level wins over any amount of lower levels.
			name: "levels dominate",
			grid: [][]cell{
				{y(0, 900, 9), y(1, 0, 0)},
			},
			want: []int{1},
		},
		{
			name: "forbidden pairs are never used",
			grid: [][]cell{
				{no, no},
				{no, y(0, 0, 1)},
			},
			want: []int{-1, 1},
		},
		{
			name: "more rows than columns",
			grid: [][]cell{
				{y(1, 1)},
				{y(1, 3)},
				{y(1, 2)},
			},
			want: []int{-1, 0, -1},
		},
		{
			name: "empty",
			grid: nil,
			want: []int{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cols := 0
			if len(tt.grid) > 0 {
				cols = len(tt.grid[0])
			}
			w := func(i, j int) (lexWeight, bool) { return tt.grid[i][j].w, tt.grid[i][j].ok }
			got := maxAssignment(len(tt.grid), cols, w)
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("got %v, want %v", got, tt.want)
				}
			}
		})
	}
}

// TestMaxAssignmentAgainstBruteForce compares the Hungarian method with an
// exhaustive search on small random instances.
func TestMaxAssignmentAgainstBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for n := 0; n < 400; n++ {
		rows, cols := 1+rng.IntN(5), 1+rng.IntN(5)
		grid := make([][]lexWeight, rows)
		ok := make([][]bool, rows)
		for i := range grid {
			grid[i] = make([]lexWeight, cols)
			ok[i] = make([]bool, cols)
			for j := range grid[i] {
				ok[i][j] = rng.IntN(3) > 0
				for k := 0; k < 3; k++ {
					grid[i][j][k] = int64(rng.IntN(3))
				}
				grid[i][j][lexLevels-1] = 1
			}
		}
		w := func(i, j int) (lexWeight, bool) { return grid[i][j], ok[i][j] }
		got := maxAssignment(rows, cols, w)
		seen := map[int]bool{}
		for i, j := range got {
			if j < 0 {
				continue
			}
			if seen[j] || !ok[i][j] {
				t.Fatalf("instance %d: assignment %v is not a matching of allowed pairs", n, got)
			}
			seen[j] = true
		}
		if g, b := totalOf(got, w), bruteAssignment(rows, cols, w); g != b {
			t.Fatalf("instance %d: Hungarian total %v, brute force %v (grid %v, ok %v)", n, g, b, grid, ok)
		}
	}
}

func TestMaxAssignmentReal(t *testing.T) {
	// 0.9 alone loses to 0.6 + 0.5.
	grid := [][]float64{{0.9, 0.6}, {0.5, 0}}
	got := maxAssignment(2, 2, func(i, j int) (realWeight, bool) {
		return realWeight(grid[i][j]), grid[i][j] > 0
	})
	if got[0] != 1 || got[1] != 0 {
		t.Fatalf("got %v, want [1 0]", got)
	}
	if s := grid[0][got[0]] + grid[1][got[1]]; math.Abs(s-1.1) > eps {
		t.Fatalf("total %v, want 1.1", s)
	}
}
