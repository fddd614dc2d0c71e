package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// testMeta is a state of n articles in files of two articles each.
func testMeta(gen string, n int, salt string) StateMeta {
	m := StateMeta{Version: stateVersion, Generation: gen, Target: "bolt://db/neo4j", Fingerprint: "fp",
		Packs: map[string]string{}, Web: map[string]webEntry{}, Files: map[string]fileRecord{}}
	for i := range n {
		src := fmt.Sprintf("corpus/%03d.txt", i/2)
		e := articleEntry{Source: src, Key: fmt.Sprintf("k%03d%s", i, salt)}
		m.Articles = append(m.Articles, e)
		m.Packs[e.Key] = "pack-" + gen + ".gob"
		f := m.Files[src]
		f.Size, f.ModTime, f.OK, f.Fingerprint = int64(100+i), time.Date(2026, 1, 2, 3, 4, i, 0, time.UTC), true, "f"+salt
		f.Entries = append(f.Entries, e)
		m.Files[src] = f
	}
	m.Web["https://example.org/a"] = webEntry{Origin: "https://example.org/feed", Seq: 1, File: "a.json"}
	return m
}

// canon is m as JSON without the fields that name where it is stored.
func canon(t *testing.T, m StateMeta) string {
	t.Helper()
	m.Journal, m.Version = "", 0
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// commit opens dir, reads its state and commits m, as a pass does.
func commit(t *testing.T, dir string, m StateMeta) {
	t.Helper()
	st, err := OpenState(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Meta(); err != nil {
		t.Fatal(err)
	}
	if err := st.commitMeta(context.Background(), m); err != nil {
		t.Fatal(err)
	}
}

// readMeta reads dir's state in a new State, as a new process does.
func readMeta(t *testing.T, dir string) StateMeta {
	t.Helper()
	st, err := OpenState(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	m, err := st.Meta()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func journals(t *testing.T, dir string) []string {
	t.Helper()
	j, err := filepath.Glob(filepath.Join(dir, "state.*.log"))
	if err != nil {
		t.Fatal(err)
	}
	return j
}

// journalName is the journal state.json names.
func journalName(t *testing.T, dir string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "state.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m StateMeta
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m.Journal
}

func TestStateJournalReplaysEveryCommit(t *testing.T) {
	changeOne := func(m StateMeta) StateMeta {
		m = cloneMeta(m)
		m.Generation = "g2"
		e := articleEntry{Source: "corpus/010.txt", Key: "k020-new"}
		m.Articles[20] = e
		delete(m.Packs, "k020")
		m.Packs[e.Key] = "pack-g2.gob"
		f := m.Files["corpus/010.txt"]
		f.Entries = []articleEntry{e, m.Articles[21]}
		f.Size++
		m.Files["corpus/010.txt"] = f
		return m
	}
	g1 := testMeta("g1", 60, "")
	g2 := changeOne(g1)
	g3 := cloneMeta(g2)
	g3.Generation = "g3"
	g3.Articles = append(g3.Articles, articleEntry{Source: "feed", Key: "kweb"})
	g3.Packs["kweb"] = "pack-g3.gob"
	g3.Web["https://example.org/b"] = webEntry{Origin: "https://example.org/feed", Seq: 2, File: "b.json"}
	g4 := cloneMeta(g3)
	g4.Generation = "g4"
	g4.Articles = append(g4.Articles[:2:2], g4.Articles[4:]...)
	delete(g4.Files, "corpus/001.txt")
	delete(g4.Packs, "k002")
	delete(g4.Packs, "k003")
	delete(g4.Web, "https://example.org/a")
	g5 := cloneMeta(g4) // nothing changed but the inputs' stamps, same generation
	f := g5.Files["corpus/000.txt"]
	f.ModTime = f.ModTime.Add(time.Second)
	g5.Files["corpus/000.txt"] = f
	g6 := cloneMeta(g5) // a new extractor: every analysis again
	g6.Generation, g6.Fingerprint = "g6", "fp2"

	dir := t.TempDir()
	var stateJSON []byte
	for i, m := range []StateMeta{g1, g2, g3, g4, g5, g6} {
		commit(t, dir, m)
		if got, want := canon(t, readMeta(t, dir)), canon(t, m); got != want {
			t.Fatalf("commit %d: read back\n%s\nwant\n%s", i+1, got, want)
		}
		data, err := os.ReadFile(filepath.Join(dir, "state.json"))
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			stateJSON = data
			continue
		}
		// Every later commit is small: appended, state.json untouched.
		if !bytes.Equal(data, stateJSON) {
			t.Fatalf("commit %d rewrote state.json instead of appending to the journal", i+1)
		}
		if j := journals(t, dir); len(j) != 1 {
			t.Fatalf("commit %d: journals %v, want one", i+1, j)
		}
	}
}

func TestStateJournalTornRecordIsIgnored(t *testing.T) {
	g1 := testMeta("g1", 40, "")
	g2 := testMeta("g2", 41, "")
	g3 := testMeta("g3", 41, "x")
	dir := t.TempDir()
	commit(t, dir, g1)
	commit(t, dir, g2)
	j := journals(t, dir)
	if len(j) != 1 {
		t.Fatalf("journals %v", j)
	}
	before, err := os.ReadFile(j[0])
	if err != nil {
		t.Fatal(err)
	}
	commit(t, dir, g3)
	full, err := os.ReadFile(j[0])
	if err != nil {
		t.Fatal(err)
	}
	if len(full) <= len(before) || !bytes.Equal(full[:len(before)], before) {
		t.Fatal("the third commit did not append to the journal")
	}
	last := full[len(before):]
	flipped := bytes.Clone(full)
	flipped[len(before)+len(last)/2] ^= 0x20
	cases := []struct {
		name string
		data []byte
	}{
		{"header only", full[:len(before)+8]},
		{"half the record", full[:len(before)+len(last)/2]},
		{"one byte short", full[:len(full)-1]},
		{"a byte changed", flipped},
		{"garbage after a torn record", append(bytes.Clone(full[:len(full)-3]), bytes.Repeat([]byte{7}, 40)...)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := os.WriteFile(j[0], c.data, 0o644); err != nil {
				t.Fatal(err)
			}
			if got, want := canon(t, readMeta(t, dir)), canon(t, g2); got != want {
				t.Fatalf("with a torn last record the state is not the commit before it:\n%s", got)
			}
			// The next pass cuts the torn tail off and appends after it.
			g4 := testMeta("g4", 42, "y")
			g4.Generation = "g4"
			commit(t, dir, g4)
			if got, want := canon(t, readMeta(t, dir)), canon(t, g4); got != want {
				t.Fatalf("commit after a torn record: read back\n%s", got)
			}
			if err := os.WriteFile(j[0], full, 0o644); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestStateJournalFolds(t *testing.T) {
	dir := t.TempDir()
	commit(t, dir, testMeta("g0", 30, ""))
	first := journalName(t, dir)
	// Every article changes in every pass: the journal outgrows half of
	// state.json (or its floor) and is folded into a new state.json.
	var last StateMeta
	for i := 1; i <= 60; i++ {
		last = testMeta(fmt.Sprintf("g%d", i), 30, fmt.Sprintf("-%d-%s", i, bytes.Repeat([]byte("v"), 200)))
		commit(t, dir, last)
	}
	if got, want := canon(t, readMeta(t, dir)), canon(t, last); got != want {
		t.Fatalf("after folds: read back\n%s", got)
	}
	now := journalName(t, dir)
	if now == first {
		t.Fatal("the journal was never folded into state.json")
	}
	j := journals(t, dir)
	if len(j) > 1 || (len(j) == 1 && filepath.Base(j[0]) != "state."+now+".log") {
		t.Fatalf("journals %v besides the one state.json names (%s)", j, now)
	}
	var size int64
	if len(j) == 1 {
		info, err := os.Stat(j[0])
		if err != nil {
			t.Fatal(err)
		}
		size = info.Size()
	}
	state, err := os.Stat(filepath.Join(dir, "state.json"))
	if err != nil {
		t.Fatal(err)
	}
	if limit := max(int64(journalMinFold), state.Size()/2); size > limit {
		t.Fatalf("journal %d bytes, over its fold limit %d", size, limit)
	}
}

func TestStateJournalCrashBetweenFoldAndRemoval(t *testing.T) {
	dir := t.TempDir()
	g1, g2 := testMeta("g1", 10, ""), testMeta("g2", 10, "b")
	commit(t, dir, g1)
	commit(t, dir, g2)
	old := journals(t, dir)
	if len(old) != 1 {
		t.Fatalf("journals %v", old)
	}
	saved, err := os.ReadFile(old[0])
	if err != nil {
		t.Fatal(err)
	}
	// A fold that crashed after renaming state.json: the new state.json
	// names a new journal, the old journal is still there.
	st, err := OpenState(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Meta(); err != nil {
		t.Fatal(err)
	}
	g3 := testMeta("g3", 12, "c")
	if err := st.fold(context.Background(), g3); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if err := os.WriteFile(old[0], saved, 0o644); err != nil {
		t.Fatal(err)
	}
	if got, want := canon(t, readMeta(t, dir)), canon(t, g3); got != want {
		t.Fatalf("a journal no state.json names was applied:\n%s", got)
	}
	g4 := testMeta("g4", 12, "d")
	commit(t, dir, g4)
	if got, want := canon(t, readMeta(t, dir)), canon(t, g4); got != want {
		t.Fatalf("read back\n%s", got)
	}
}

func TestStateVersionOneIsReadAndUpgraded(t *testing.T) {
	dir := t.TempDir()
	v1 := testMeta("g1", 6, "")
	v1.Version = 1
	data, err := json.Marshal(v1)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "state.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	if got, want := canon(t, readMeta(t, dir)), canon(t, v1); got != want {
		t.Fatalf("version 1 state read as\n%s", got)
	}
	g2 := testMeta("g2", 7, "")
	commit(t, dir, g2)
	var m StateMeta
	data, err = os.ReadFile(filepath.Join(dir, "state.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if m.Version != stateVersion || m.Journal == "" {
		t.Fatalf("a version 1 state was not rewritten as version %d with a journal: %d %q", stateVersion, m.Version, m.Journal)
	}
	if got, want := canon(t, readMeta(t, dir)), canon(t, g2); got != want {
		t.Fatalf("read back\n%s", got)
	}
}

// BenchmarkStateCommit is the save stage's meta write for an archive of
// 40,000 articles when a pass changed one of them: appended to the
// journal, and (fold) rewritten whole as every pass did before.
func BenchmarkStateCommit(b *testing.B) {
	base := testMeta("g0", 40000, "")
	passes := make([]StateMeta, 2)
	for i := range passes {
		m := cloneMeta(base)
		m.Generation = fmt.Sprintf("g%d", i+1)
		e := articleEntry{Source: m.Articles[777].Source, Key: fmt.Sprintf("changed-%d", i)}
		m.Articles[777] = e
		m.Packs[e.Key] = "pack-" + m.Generation + ".gob"
		passes[i] = m
	}
	for _, mode := range []string{"journal", "fold"} {
		b.Run(mode, func(b *testing.B) {
			st, err := OpenState(b.TempDir())
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			if _, err := st.Meta(); err != nil {
				b.Fatal(err)
			}
			if err := st.commitMeta(context.Background(), base); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := range b.N {
				m := passes[i%2]
				var err error
				if mode == "fold" {
					err = st.fold(context.Background(), m)
				} else {
					err = st.commitMeta(context.Background(), m)
				}
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestStateJournalRecordThatDoesNotFollowStopsReplay(t *testing.T) {
	dir := t.TempDir()
	g1, g2 := testMeta("g1", 8, ""), testMeta("g2", 8, "b")
	commit(t, dir, g1)
	commit(t, dir, g2)
	j := journals(t, dir)
	if len(j) != 1 {
		t.Fatalf("journals %v", j)
	}
	valid, err := os.ReadFile(j[0])
	if err != nil {
		t.Fatal(err)
	}
	// A well-framed record that follows another generation.
	stray, err := encodeRecord(diffMeta(testMeta("elsewhere", 8, ""), testMeta("g9", 9, "z")))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(j[0], append(bytes.Clone(valid), stray...), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := OpenState(dir)
	if err != nil {
		t.Fatal(err)
	}
	m, err := st.Meta()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := canon(t, m), canon(t, g2); got != want {
		t.Fatalf("a record that does not follow the state was applied:\n%s", got)
	}
	if st.IgnoredJournalBytes() != int64(len(stray)) {
		t.Errorf("ignored %d bytes, want %d", st.IgnoredJournalBytes(), len(stray))
	}
	g3 := testMeta("g3", 8, "c")
	if err := st.commitMeta(context.Background(), g3); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if got, want := canon(t, readMeta(t, dir)), canon(t, g3); got != want {
		t.Fatalf("read back\n%s", got)
	}
	rec, err := encodeRecord(diffMeta(g2, g3))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(j[0])
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, append(bytes.Clone(valid), rec...)) {
		t.Errorf("journal of %d bytes, want the valid %d and the new record's %d: the stray record was not cut off", len(data), len(valid), len(rec))
	}
	torn, err := os.ReadFile(j[0] + ".torn")
	if err != nil || !bytes.Equal(torn, stray) {
		t.Errorf("the cut-off record was not kept aside: %v", err)
	}
}
