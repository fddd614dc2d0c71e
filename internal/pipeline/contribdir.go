package pipeline

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/negograph/negograph/internal/atomicfile"
	"github.com/negograph/negograph/internal/source"
)

// ContribFormat names the layout of a contribution folder (see
// docs/SCALE.md); it changes whenever a folder written by one version could
// be read wrongly by another.
const ContribFormat = "negograph-contributions/1"

// Names of the files of a contribution folder.
const (
	// ContribManifestFile is the folder's manifest (JSON), written last.
	ContribManifestFile = "manifest.json"
	// ContribPackFile holds the folder's analyses (a gob stream).
	ContribPackFile = "contributions.gob"
)

// ShardManifest describes one contribution folder: which part of which
// corpus it holds and what made it.
type ShardManifest struct {
	// Format is ContribFormat.
	Format string `json:"format"`
	// ExtractorVersion and Fingerprint are those of the analyses (the
	// fingerprint also covers the gazetteer).
	ExtractorVersion string `json:"extractor_version"`
	Fingerprint      string `json:"fingerprint"`
	// Shard and Of say which part this is: the articles whose sequence
	// number s (their position in the whole corpus's read order) has
	// s % Of == Shard.
	Shard int `json:"shard"`
	Of    int `json:"of"`
	// Total is the number of articles in the whole corpus, and Corpus a
	// digest of their input keys in order: every shard of one corpus has
	// the same.
	Total  int    `json:"total"`
	Corpus string `json:"corpus"`
	// Articles is the number of analyses in the pack (the shard's articles
	// less the failed ones).
	Articles int `json:"articles"`
	// PackBytes and PackSHA256 check the pack file.
	PackBytes  int64  `json:"pack_bytes"`
	PackSHA256 string `json:"pack_sha256"`
	// ReadSkipped are the inputs of the whole corpus that could not be
	// read (every shard reads, and reports, them all); AnalysisSkipped are
	// this shard's articles whose analysis failed.
	ReadSkipped     []SkippedInput `json:"read_skipped,omitempty"`
	AnalysisSkipped []SkippedInput `json:"analysis_skipped,omitempty"`
	// Warnings are the reading warnings of the whole corpus.
	Warnings []string `json:"warnings,omitempty"`
}

// SkippedInput is an input that was left out, as a manifest records it.
type SkippedInput struct {
	// Seq is the article's sequence number (-1 for an input that could not
	// be read).
	Seq    int    `json:"seq"`
	Path   string `json:"path"`
	Line   int    `json:"line,omitempty"`
	Reason string `json:"reason"`
}

// fileError turns a recorded input back into the error build reports.
func (s SkippedInput) fileError() *source.FileError {
	return &source.FileError{Path: s.Path, Line: s.Line, Err: errors.New(s.Reason)}
}

func skippedOf(seq int, fe *source.FileError) SkippedInput {
	reason := "unknown error"
	if fe.Err != nil {
		reason = fe.Err.Error()
	}
	return SkippedInput{Seq: seq, Path: fe.Path, Line: fe.Line, Reason: reason}
}

// shardRecord is one record of a contribution pack: the article's sequence
// number, its input key and its analysis.
type shardRecord struct {
	Seq int
	Key string
	C   wireContribution
}

// ParseShard reads "I/N" (0 <= I < N), the form of build's --shard.
func ParseShard(s string) (shard, of int, err error) {
	a, b, ok := strings.Cut(strings.TrimSpace(s), "/")
	if ok {
		shard, err = strconv.Atoi(a)
		if err == nil {
			of, err = strconv.Atoi(b)
		}
	}
	if !ok || err != nil || of < 1 || shard < 0 || shard >= of {
		return 0, 0, fmt.Errorf("shard %q: want I/N with 0 <= I < N, such as 2/7 (an unexpanded $(JOB_COMPLETION_INDEX) means the Job is not Indexed)", s)
	}
	return shard, of, nil
}

// BuildShard reads the whole corpus, analyses the articles of part shard of
// of (those whose sequence number s has s % of == shard) and writes their
// analyses to the contribution folder dir (see docs/SCALE.md). Only file
// and folder sources can be sharded: pages and feeds could change between
// the shards' reads.
func (en *Engine) BuildShard(ctx context.Context, shard, of int, dir string) (*ShardManifest, error) {
	if of < 1 || shard < 0 || shard >= of {
		return nil, fmt.Errorf("shard %d/%d: want 0 <= I < N", shard, of)
	}
	if len(en.Sources.URLs)+len(en.Sources.URLLists)+len(en.Sources.Feeds) > 0 {
		return nil, errors.New("a sharded build reads files and folders only: fetch pages and feeds into a JSON Lines file first")
	}
	if err := en.Prepare(ctx); err != nil {
		return nil, err
	}
	// The shard's articles are analysed while the corpus is read, and
	// every text is dropped once read: a shard holds its analyses only.
	stream := en.newStream(ctx)
	stream.keep = func(seq int) bool { return seq%of == shard }
	col, err := en.collect(ctx, nil, StateMeta{}, stream)
	if err != nil {
		return nil, err
	}
	stream.wait()
	if !stream.covers(col, shard, of) {
		// The articles kept are not the ones streamed (a root that
		// failed after giving articles): read again without streaming.
		if col, err = en.Collect(ctx, nil, StateMeta{}); err != nil {
			return nil, err
		}
	}
	m := &ShardManifest{Format: ContribFormat, ExtractorVersion: en.version(), Fingerprint: en.fp,
		Shard: shard, Of: of, Total: len(col.articles)}
	for _, fe := range append(slices.Clone(col.skipped), col.rootErrs...) {
		m.ReadSkipped = append(m.ReadSkipped, skippedOf(-1, fe))
	}
	for _, w := range col.warnings {
		m.Warnings = append(m.Warnings, w.Error())
	}
	// The corpus digest, and this shard's articles.
	h := sha256.New()
	part := &Collected{}
	var seqs []int
	for i, a := range col.articles {
		key := col.keys[i] // Collect hashed every article it read
		if key == "" {
			key = InputKey(en.fp, a)
		}
		io.WriteString(h, key+"\n")
		if i%of == shard {
			part.articles = append(part.articles, a)
			part.keys = append(part.keys, key)
			seqs = append(seqs, i)
		}
	}
	m.Corpus = hex.EncodeToString(h.Sum(nil)[:16])
	part.stream = col.stream
	var st Stats
	an, err := en.Analyse(ctx, part, StateMeta{}, &st)
	if err != nil {
		return nil, err
	}
	bySource := map[string][]int{}
	for j, a := range part.articles {
		bySource[a.Source] = append(bySource[a.Source], seqs[j])
	}
	for _, fe := range st.Skipped {
		seq := -1
		if s := bySource[fe.Path]; len(s) > 0 {
			seq = s[0]
		}
		m.AnalysisSkipped = append(m.AnalysisSkipped, skippedOf(seq, fe))
	}
	m.Articles = len(an.Contributions)
	hp := sha256.New()
	cw := &countWriter{}
	err = atomicfile.Write(ctx, filepath.Join(dir, ContribPackFile), func(w io.Writer) error {
		enc := gob.NewEncoder(io.MultiWriter(w, hp, cw))
		if err := enc.Encode(len(an.Contributions)); err != nil {
			return fmt.Errorf("encode contributions: %w", err)
		}
		for i, c := range an.Contributions {
			if err := ctx.Err(); err != nil {
				return err
			}
			r := shardRecord{Seq: seqs[an.index[i]], Key: an.entries[i].Key, C: c.wire()}
			if err := enc.Encode(&r); err != nil {
				return fmt.Errorf("encode contribution of %s: %w", c.c.art.Source, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("write contributions to %s: %w", dir, err)
	}
	m.PackBytes, m.PackSHA256 = cw.n, hex.EncodeToString(hp.Sum(nil))
	err = atomicfile.Write(ctx, filepath.Join(dir, ContribManifestFile), func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(m)
	})
	if err != nil {
		return nil, fmt.Errorf("write contribution manifest to %s: %w", dir, err)
	}
	return m, nil
}

// version is the extractor version of the fingerprint.
func (en *Engine) version() string {
	if en.ExtractorVersion != "" {
		return en.ExtractorVersion
	}
	return ExtractorVersion
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

// ReadShardManifest reads the manifest of the contribution folder dir.
func ReadShardManifest(dir string) (*ShardManifest, error) {
	path := filepath.Join(dir, ContribManifestFile)
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s is not a contribution folder (write one with build --shard I/N --contributions DIR): %w", dir, err)
	}
	var m ShardManifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if m.Format != ContribFormat {
		return nil, fmt.Errorf("%s: format %q, this negograph reads %q: write the contributions again with this version", path, m.Format, ContribFormat)
	}
	return &m, nil
}

// AssembleShards merges the contribution folders dirs — every shard of one
// corpus, each once, analysed with this Engine's fingerprint — into the
// graph a Build of the whole corpus makes, with the same skipped inputs and
// warnings.
func (en *Engine) AssembleShards(ctx context.Context, dirs []string) (*Result, error) {
	if len(dirs) == 0 {
		return nil, errors.New("no contribution folders given")
	}
	if err := en.Prepare(ctx); err != nil {
		return nil, err
	}
	ms := make([]*ShardManifest, len(dirs))
	for i, d := range dirs {
		m, err := ReadShardManifest(d)
		if err != nil {
			return nil, err
		}
		ms[i] = m
	}
	if err := en.checkShards(dirs, ms); err != nil {
		return nil, err
	}
	var recs []shardRecord
	for i, d := range dirs {
		list, err := readPack(ctx, d, ms[i])
		if err != nil {
			return nil, err
		}
		recs = append(recs, list...)
	}
	slices.SortFunc(recs, func(a, b shardRecord) int { return a.Seq - b.Seq })
	contribs := make([]*Contribution, len(recs))
	for i, r := range recs {
		if i > 0 && recs[i-1].Seq == r.Seq {
			return nil, fmt.Errorf("article %d (%s) is in two contribution folders: give each shard once", r.Seq, r.C.Article.Source)
		}
		c, err := fromWire(r.C)
		if err != nil {
			return nil, err
		}
		contribs[i] = c
	}
	g, dups, err := en.an.assemble(contribs, true) // read from the folders: nothing else holds them
	if err != nil {
		return nil, err
	}
	res := &Result{Graph: g, Articles: len(contribs) - dups, Duplicates: dups}
	first := ms[0]
	for _, m := range ms {
		if m.Shard == 0 {
			first = m
		}
	}
	for _, s := range first.ReadSkipped {
		res.Skipped = append(res.Skipped, s.fileError())
	}
	for _, w := range first.Warnings {
		res.Warnings = append(res.Warnings, errors.New(w))
	}
	var failed []SkippedInput
	for _, m := range ms {
		failed = append(failed, m.AnalysisSkipped...)
	}
	slices.SortStableFunc(failed, func(a, b SkippedInput) int { return a.Seq - b.Seq })
	for _, s := range failed {
		res.Skipped = append(res.Skipped, s.fileError())
	}
	return res, nil
}

// checkShards refuses folders of other fingerprints, formats or corpora,
// and a set of shards with one missing or given twice.
func (en *Engine) checkShards(dirs []string, ms []*ShardManifest) error {
	ref := ms[0]
	for i, m := range ms {
		if m.Fingerprint != en.fp {
			return fmt.Errorf("%s: analysed with fingerprint %s (extractor %s), this negograph's is %s (extractor %s): assemble with the negograph version and --gazetteer files the shards used, or build the shards again",
				dirs[i], m.Fingerprint, m.ExtractorVersion, en.fp, en.version())
		}
		if m.Of != ref.Of || m.Total != ref.Total || m.Corpus != ref.Corpus {
			return fmt.Errorf("%s (shard %d/%d of a corpus of %d articles, digest %s) and %s (shard %d/%d, %d articles, digest %s) are not parts of one sharded build: the corpus or the shard count changed between them; build every shard again",
				dirs[i], m.Shard, m.Of, m.Total, m.Corpus, dirs[0], ref.Shard, ref.Of, ref.Total, ref.Corpus)
		}
	}
	seen := make([]string, ref.Of)
	for i, m := range ms {
		if seen[m.Shard] != "" {
			return fmt.Errorf("shard %d/%d given twice: %s and %s", m.Shard, m.Of, seen[m.Shard], dirs[i])
		}
		seen[m.Shard] = dirs[i]
	}
	var missing []string
	for s, d := range seen {
		if d == "" {
			missing = append(missing, fmt.Sprintf("%d/%d", s, ref.Of))
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("missing shard(s) %s of %d (given %d folder(s)): run build --shard for them and assemble every folder", strings.Join(missing, ", "), ref.Of, len(dirs))
	}
	return nil
}

// readPack reads the pack of the folder dir and checks it against its
// manifest.
func readPack(ctx context.Context, dir string, m *ShardManifest) ([]shardRecord, error) {
	path := filepath.Join(dir, ContribPackFile)
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read contributions: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	cr := &countReader{r: bufio.NewReaderSize(f, 1<<16), h: h}
	dec := gob.NewDecoder(cr)
	var n int
	if err := dec.Decode(&n); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if n != m.Articles {
		return nil, fmt.Errorf("%s holds %d analyses, its manifest says %d: the folder is damaged; build shard %d/%d again", path, n, m.Articles, m.Shard, m.Of)
	}
	out := make([]shardRecord, n)
	for i := range out {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if err := dec.Decode(&out[i]); err != nil {
			return nil, fmt.Errorf("read %s: analysis %d of %d: %w", path, i+1, n, err)
		}
		if s := out[i].Seq; s < 0 || s >= m.Total || s%m.Of != m.Shard {
			return nil, fmt.Errorf("%s: article %d does not belong to shard %d/%d: the folder is damaged", path, s, m.Shard, m.Of)
		}
	}
	if _, err := io.Copy(io.Discard, cr); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if cr.n != m.PackBytes || hex.EncodeToString(h.Sum(nil)) != m.PackSHA256 {
		return nil, fmt.Errorf("%s does not match its manifest (size or SHA-256): the folder is damaged or was partly copied; build shard %d/%d again", path, m.Shard, m.Of)
	}
	return out, nil
}

// countReader counts and hashes what is read through it.
type countReader struct {
	r io.Reader
	h hash.Hash
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	c.h.Write(p[:n])
	return n, err
}
