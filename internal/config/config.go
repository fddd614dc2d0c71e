// Package config holds negograph's configuration: defaults, the
// negograph.yaml file, NEGOGRAPH_* environment variables and command-line
// flags, in increasing order of precedence, read through viper.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/rs/zerolog"
	"github.com/spf13/viper"
)

// Config is the validated configuration of one run.
type Config struct {
	// Out is the folder the snapshot is written to.
	Out string
	// SnapshotGzip writes the snapshot gzip-compressed (OUT/graph.json.gz).
	SnapshotGzip bool
	// MaxFileBytes bounds one input file.
	MaxFileBytes int64
	// Workers is the number of analysing goroutines (0: one per CPU).
	Workers int
	// MemoryLimit is the soft memory limit, in bytes, a build gives the Go
	// runtime (runtime/debug.SetMemoryLimit) when GOMEMLIMIT is not set; 0
	// for none.
	MemoryLimit int64
	// GazetteerFiles are user gazetteer files added to the shipped one.
	GazetteerFiles []string
	Neo4j          Neo4j
	Log            Log
	Refresh        Refresh
	Fetch          Fetch
}

// Refresh configures `negograph refresh` and `negograph serve`.
type Refresh struct {
	// Paths are folders and files (.txt, .md, .html, .jsonl) to read.
	Paths []string
	// Feeds are RSS or Atom feed URLs.
	Feeds []string
	// URLLists are files listing article URLs, one per line.
	URLLists []string
	// URLs are article URLs.
	URLs []string
	// StateDir keeps analyses, fetched pages and the committed graph.
	StateDir string
	// Interval is the time between passes of serve; Schedule, a cron
	// expression, replaces it when set.
	Interval time.Duration
	Schedule string
	// Addr is the listen address of serve's /healthz, /readyz, /metrics.
	Addr string
	// MaxTxRows bounds one write transaction.
	MaxTxRows int
	// LockTTL is the lease of the database lock.
	LockTTL time.Duration
	// RetryFor is how long a pass keeps retrying when Neo4j fails.
	RetryFor time.Duration
	// MaxRetractFraction is the largest share of one source's articles a
	// pass may retract; a pass that would retract more keeps that source
	// as it was and fails, unless --allow-mass-retract is given.
	MaxRetractFraction float64
}

// Fetch configures how pages and feeds are fetched.
type Fetch struct {
	// Timeout bounds one request, redirects included.
	Timeout time.Duration
	// MaxBytes bounds one response body.
	MaxBytes int64
	// UserAgent replaces negograph's own User-Agent when set.
	UserAgent string
	// AllowPrivateNetworks lets pages, feeds and redirects reach loopback,
	// private, link-local and other internal addresses (off by default:
	// a feed must not make negograph fetch from the local network).
	AllowPrivateNetworks bool
}

// Neo4j says where the graph is loaded; an empty URI means no loading.
type Neo4j struct {
	URI, User, Password, Database string
	BatchSize                     int
	// Writers is the number of write transactions a load runs at once.
	Writers int
}

// Log configures logging.
type Log struct {
	// Level is debug, info, warn or error.
	Level string
	// Format is auto (console on a terminal, JSON otherwise), console or json.
	Format string
}

// Keys of the configuration, as written in negograph.yaml.
const (
	KeyOut            = "out"
	KeySnapshotGzip   = "snapshot.gzip"
	KeyMaxFileBytes   = "max_file_bytes"
	KeyWorkers        = "workers"
	KeyMemoryLimit    = "memory_limit"
	KeyGazetteerFiles = "gazetteer.files"
	KeyNeo4jURI       = "neo4j.uri"
	KeyNeo4jUser      = "neo4j.user"
	KeyNeo4jPassword  = "neo4j.password"
	KeyNeo4jDatabase  = "neo4j.database"
	KeyNeo4jBatchSize = "neo4j.batch_size"
	KeyNeo4jWriters   = "neo4j.writers"
	KeyLogLevel       = "log.level"
	KeyLogFormat      = "log.format"

	KeyRefreshPaths     = "refresh.paths"
	KeyRefreshFeeds     = "refresh.feeds"
	KeyRefreshURLLists  = "refresh.url_lists"
	KeyRefreshURLs      = "refresh.urls"
	KeyRefreshStateDir  = "refresh.state_dir"
	KeyRefreshInterval  = "refresh.interval"
	KeyRefreshSchedule  = "refresh.schedule"
	KeyRefreshMaxTxRows = "refresh.max_tx_rows"
	KeyRefreshLockTTL   = "refresh.lock_ttl"
	KeyRefreshRetryFor  = "refresh.retry_for"
	// KeyRefreshMaxRetractFraction bounds the share of one source's
	// articles a pass may retract (NEGOGRAPH_REFRESH_MAX_RETRACT_FRACTION).
	KeyRefreshMaxRetractFraction = "refresh.max_retract_fraction"
	KeyServeAddr                 = "serve.addr"
	KeyFetchTimeout              = "fetch.timeout"
	KeyFetchMaxBytes             = "fetch.max_bytes"
	KeyFetchUserAgent            = "fetch.user_agent"
	// KeyFetchAllowPrivateNetworks lets fetches reach internal addresses
	// (NEGOGRAPH_FETCH_ALLOW_PRIVATE_NETWORKS=true).
	KeyFetchAllowPrivateNetworks = "fetch.allow_private_networks"
)

// DefaultStateDir is where refresh keeps its state unless refresh.state_dir
// says otherwise: $XDG_STATE_HOME/negograph, else ~/.local/state/negograph.
func DefaultStateDir() string {
	if d := os.Getenv("XDG_STATE_HOME"); d != "" {
		return filepath.Join(d, "negograph")
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".local", "state", "negograph")
	}
	return ".negograph-state"
}

// EnvPrefix prefixes the environment variables: NEGOGRAPH_NEO4J_URI sets
// neo4j.uri.
const EnvPrefix = "NEGOGRAPH"

// New returns a viper instance with negograph's defaults and environment
// binding. Callers bind flags to it and then call Load.
func New() *viper.Viper {
	v := viper.New()
	v.SetDefault(KeyOut, "out")
	v.SetDefault(KeySnapshotGzip, false)
	v.SetDefault(KeyMaxFileBytes, int64(8<<20))
	v.SetDefault(KeyWorkers, 0)
	v.SetDefault(KeyMemoryLimit, DefaultMemoryLimit)
	v.SetDefault(KeyGazetteerFiles, []string{})
	v.SetDefault(KeyNeo4jURI, "")
	v.SetDefault(KeyNeo4jUser, "neo4j")
	v.SetDefault(KeyNeo4jPassword, "")
	v.SetDefault(KeyNeo4jDatabase, "neo4j")
	v.SetDefault(KeyNeo4jBatchSize, 1000)
	v.SetDefault(KeyNeo4jWriters, 2)
	v.SetDefault(KeyLogLevel, "info")
	v.SetDefault(KeyLogFormat, "auto")
	v.SetDefault(KeyRefreshPaths, []string{})
	v.SetDefault(KeyRefreshFeeds, []string{})
	v.SetDefault(KeyRefreshURLLists, []string{})
	v.SetDefault(KeyRefreshURLs, []string{})
	v.SetDefault(KeyRefreshStateDir, DefaultStateDir())
	v.SetDefault(KeyRefreshInterval, 15*time.Minute)
	v.SetDefault(KeyRefreshSchedule, "")
	v.SetDefault(KeyRefreshMaxTxRows, 50000)
	v.SetDefault(KeyRefreshLockTTL, 2*time.Minute)
	v.SetDefault(KeyRefreshRetryFor, 10*time.Minute)
	v.SetDefault(KeyRefreshMaxRetractFraction, 0.5)
	v.SetDefault(KeyServeAddr, "127.0.0.1:9464")
	v.SetDefault(KeyFetchTimeout, 30*time.Second)
	v.SetDefault(KeyFetchMaxBytes, int64(5<<20))
	v.SetDefault(KeyFetchUserAgent, "")
	v.SetDefault(KeyFetchAllowPrivateNetworks, false)
	v.SetEnvPrefix(EnvPrefix)
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	return v
}

// ReadFile reads a configuration file into v. With an empty path it reads
// ./negograph.yaml (or ./negograph.yml) when present and is silent when
// neither is; any other file, such as the negograph executable in the same
// folder, is never read.
func ReadFile(v *viper.Viper, path string) error {
	if path == "" {
		found, err := findConfig(".")
		if err != nil || found == "" {
			return err
		}
		path = found
	}
	v.SetConfigFile(path)
	if err := v.ReadInConfig(); err != nil {
		return fmt.Errorf("read config %s: %w", path, err)
	}
	return nil
}

// findConfig returns the configuration file of dir ("" when there is
// none), refusing two of them. Only negograph.yaml and negograph.yml are
// configuration files: not the negograph executable beside them, not
// negograph.json or negograph.toml.
func findConfig(dir string) (string, error) {
	var found []string
	for _, name := range []string{"negograph.yaml", "negograph.yml"} {
		p := filepath.Join(dir, name)
		info, err := os.Stat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			continue
		case err != nil:
			return "", fmt.Errorf("read config %s: %w", name, err)
		case info.IsDir():
			return "", fmt.Errorf("read config %s: it is a folder, not a YAML file (remove it or name a file with --config)", name)
		}
		found = append(found, name)
	}
	switch len(found) {
	case 0:
		return "", nil
	case 1:
		return filepath.Join(dir, found[0]), nil
	}
	return "", fmt.Errorf("read config: both %s and %s are present; keep one (or name one with --config)", found[0], found[1])
}

// Load reads and validates the configuration from v.
func Load(v *viper.Viper) (Config, error) {
	c := Config{
		Out:            v.GetString(KeyOut),
		SnapshotGzip:   v.GetBool(KeySnapshotGzip),
		MaxFileBytes:   v.GetInt64(KeyMaxFileBytes),
		Workers:        v.GetInt(KeyWorkers),
		GazetteerFiles: v.GetStringSlice(KeyGazetteerFiles),
		Neo4j: Neo4j{
			URI:       v.GetString(KeyNeo4jURI),
			User:      v.GetString(KeyNeo4jUser),
			Password:  v.GetString(KeyNeo4jPassword),
			Database:  v.GetString(KeyNeo4jDatabase),
			BatchSize: v.GetInt(KeyNeo4jBatchSize),
			Writers:   v.GetInt(KeyNeo4jWriters),
		},
		Log: Log{Level: strings.ToLower(v.GetString(KeyLogLevel)), Format: strings.ToLower(v.GetString(KeyLogFormat))},
		Refresh: Refresh{
			Paths:     v.GetStringSlice(KeyRefreshPaths),
			Feeds:     v.GetStringSlice(KeyRefreshFeeds),
			URLLists:  v.GetStringSlice(KeyRefreshURLLists),
			URLs:      v.GetStringSlice(KeyRefreshURLs),
			StateDir:  v.GetString(KeyRefreshStateDir),
			Interval:  v.GetDuration(KeyRefreshInterval),
			Schedule:  strings.TrimSpace(v.GetString(KeyRefreshSchedule)),
			Addr:      v.GetString(KeyServeAddr),
			MaxTxRows: v.GetInt(KeyRefreshMaxTxRows),
			LockTTL:   v.GetDuration(KeyRefreshLockTTL),
			RetryFor:  v.GetDuration(KeyRefreshRetryFor),

			MaxRetractFraction: v.GetFloat64(KeyRefreshMaxRetractFraction),
		},
		Fetch: Fetch{
			Timeout:   v.GetDuration(KeyFetchTimeout),
			MaxBytes:  v.GetInt64(KeyFetchMaxBytes),
			UserAgent: v.GetString(KeyFetchUserAgent),

			AllowPrivateNetworks: v.GetBool(KeyFetchAllowPrivateNetworks),
		},
	}
	limit, err := ParseMemoryLimit(v.GetString(KeyMemoryLimit))
	if err != nil {
		return c, fmt.Errorf("%s: %w", KeyMemoryLimit, err)
	}
	c.MemoryLimit = limit
	return c, c.Validate()
}

// Validate reports the first invalid setting with the key to fix.
func (c Config) Validate() error {
	var errs []error
	if c.Out == "" {
		errs = append(errs, fmt.Errorf("%s must name a folder", KeyOut))
	}
	if c.MaxFileBytes <= 0 {
		errs = append(errs, fmt.Errorf("%s must be positive, got %d", KeyMaxFileBytes, c.MaxFileBytes))
	}
	if c.Workers < 0 {
		errs = append(errs, fmt.Errorf("%s must be 0 (one per CPU) or more, got %d", KeyWorkers, c.Workers))
	}
	if c.Neo4j.BatchSize <= 0 {
		errs = append(errs, fmt.Errorf("%s must be positive, got %d", KeyNeo4jBatchSize, c.Neo4j.BatchSize))
	}
	if c.Neo4j.Writers <= 0 {
		errs = append(errs, fmt.Errorf("%s must be positive, got %d", KeyNeo4jWriters, c.Neo4j.Writers))
	}
	if c.Neo4j.URI != "" {
		// url.Parse's error quotes the whole URI, password included.
		if _, err := url.Parse(c.Neo4j.URI); err != nil {
			errs = append(errs, fmt.Errorf("%s %s is not a valid URI such as bolt://localhost:7687 (put the password in %s, or escape its special characters as %%XX)",
				KeyNeo4jURI, RedactURI(c.Neo4j.URI), KeyNeo4jPassword))
		}
	}
	if c.Neo4j.URI != "" && c.Neo4j.Database == "" {
		errs = append(errs, fmt.Errorf("%s must be set when %s is", KeyNeo4jDatabase, KeyNeo4jURI))
	}
	if c.Refresh.Interval <= 0 && c.Refresh.Schedule == "" {
		errs = append(errs, fmt.Errorf("%s must be positive (or set %s), got %s", KeyRefreshInterval, KeyRefreshSchedule, c.Refresh.Interval))
	}
	if c.Refresh.Schedule != "" {
		if err := checkCron(c.Refresh.Schedule); err != nil {
			errs = append(errs, fmt.Errorf("%s must be a cron expression such as \"*/15 * * * *\" or \"@hourly\": %w", KeyRefreshSchedule, err))
		}
	}
	if c.Refresh.MaxTxRows <= 0 {
		errs = append(errs, fmt.Errorf("%s must be positive, got %d", KeyRefreshMaxTxRows, c.Refresh.MaxTxRows))
	}
	if c.Refresh.LockTTL < 10*time.Second {
		errs = append(errs, fmt.Errorf("%s must be at least 10s, got %s", KeyRefreshLockTTL, c.Refresh.LockTTL))
	}
	if c.Refresh.RetryFor < 0 {
		errs = append(errs, fmt.Errorf("%s must not be negative, got %s", KeyRefreshRetryFor, c.Refresh.RetryFor))
	}
	if f := c.Refresh.MaxRetractFraction; !(f > 0 && f <= 1) {
		errs = append(errs, fmt.Errorf("%s must be a fraction above 0 and at most 1 (0.5: half of a source's articles), got %v",
			KeyRefreshMaxRetractFraction, f))
	}
	if c.Fetch.Timeout <= 0 {
		errs = append(errs, fmt.Errorf("%s must be positive, got %s", KeyFetchTimeout, c.Fetch.Timeout))
	}
	if c.Fetch.MaxBytes <= 0 {
		errs = append(errs, fmt.Errorf("%s must be positive, got %d", KeyFetchMaxBytes, c.Fetch.MaxBytes))
	}
	if _, err := zerolog.ParseLevel(c.Log.Level); err != nil || c.Log.Level == "" {
		errs = append(errs, fmt.Errorf("%s must be debug, info, warn or error, got %q", KeyLogLevel, c.Log.Level))
	}
	switch c.Log.Format {
	case "auto", "console", "json":
	default:
		errs = append(errs, fmt.Errorf("%s must be auto, console or json, got %q", KeyLogFormat, c.Log.Format))
	}
	if len(errs) > 0 {
		return fmt.Errorf("invalid configuration: %w", errors.Join(errs...))
	}
	return nil
}

// String renders the configuration with the password redacted.
func (c Config) String() string {
	pw := ""
	if c.Neo4j.Password != "" {
		pw = "***"
	}
	return fmt.Sprintf("out=%s max_file_bytes=%d workers=%d gazetteer.files=%v neo4j.uri=%s neo4j.user=%s neo4j.password=%s neo4j.database=%s neo4j.batch_size=%d neo4j.writers=%d log.level=%s log.format=%s",
		c.Out, c.MaxFileBytes, c.Workers, c.GazetteerFiles, RedactURI(c.Neo4j.URI), c.Neo4j.User, pw, c.Neo4j.Database, c.Neo4j.BatchSize, c.Neo4j.Writers, c.Log.Level, c.Log.Format)
}

// MarshalZerologObject logs the configuration without the password.
func (c Config) MarshalZerologObject(e *zerolog.Event) {
	e.Str("out", c.Out).Int64("max_file_bytes", c.MaxFileBytes).Int("workers", c.Workers).
		Strs("gazetteer_files", c.GazetteerFiles).Str("neo4j_uri", RedactURI(c.Neo4j.URI)).Str("neo4j_user", c.Neo4j.User).
		Bool("neo4j_password_set", c.Neo4j.Password != "").Str("neo4j_database", c.Neo4j.Database).
		Int("neo4j_batch_size", c.Neo4j.BatchSize).
		Int("neo4j_writers", c.Neo4j.Writers)
}

// RedactURI returns uri for logs and messages with every password it may
// hold replaced by "xxxxx", whatever the URI looks like: the password of
// the user information (bolt://user:secret@host becomes
// bolt://user:xxxxx@host, also when the password holds unescaped "@", "/",
// "?" or "#", or the URI cannot be parsed at all), and the value of query
// parameters whose name speaks of a secret (?password=, ?token=, ?auth=...).
// It works on the text, never on a parsed form, so nothing the parser would
// read differently can slip through; when unsure it hides more.
func RedactURI(uri string) string {
	prefix, rest := "", uri
	if i := strings.Index(uri, "://"); i >= 0 {
		prefix, rest = uri[:i+3], uri[i+3:]
	}
	// Hosts never hold "@": everything before the last one is user
	// information, whatever characters the password has.
	if at := strings.LastIndexByte(rest, '@'); at >= 0 {
		user, _, hasPassword := strings.Cut(rest[:at], ":")
		if hasPassword {
			prefix += user + ":" + redacted + "@"
		} else {
			prefix += rest[:at+1]
		}
		rest = rest[at+1:]
	}
	return prefix + redactParams(rest)
}

// redacted replaces a secret in RedactURI's output.
const redacted = "xxxxx"

// redactParams hides the values of secret-looking parameters in the query,
// path parameters or fragment of the part of a URI after its authority.
// Parameters are split at every "&", ";", "?" and "#", so that a secret
// cannot hide in another parameter's value ("?x=?password=..."); a piece
// without "=" after a secret ("?password=a&b&user=x") is taken for part of
// that secret.
func redactParams(s string) string {
	start := strings.IndexAny(s, "?;#")
	if start < 0 {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:start+1])
	hiding := false
	for i, p := range splitParams(s[start+1:]) {
		if i > 0 {
			b.WriteByte(p.sep)
		}
		key, _, hasValue := strings.Cut(p.text, "=")
		switch {
		case hasValue && secretKey(key):
			b.WriteString(key + "=" + redacted)
			hiding = true
		case hasValue:
			b.WriteString(p.text)
			hiding = false
		case hiding:
			b.WriteString(redacted)
		default:
			b.WriteString(p.text)
		}
	}
	return b.String()
}

type param struct {
	sep  byte // the separator before it ('&', ';', '?' or '#'), 0 for the first
	text string
}

func splitParams(s string) []param {
	var out []param
	var sep byte
	for {
		i := strings.IndexAny(s, "&;?#")
		if i < 0 {
			return append(out, param{sep, s})
		}
		out = append(out, param{sep, s[:i]})
		sep, s = s[i], s[i+1:]
	}
}

// secretKey reports whether a parameter name speaks of a secret.
func secretKey(key string) bool {
	if k, err := url.QueryUnescape(key); err == nil {
		key = k
	}
	key = strings.ToLower(key)
	for _, w := range []string{"pass", "pwd", "secret", "token", "key", "auth", "cred", "sig"} {
		if strings.Contains(key, w) {
			return true
		}
	}
	return false
}

// checkCron parses a cron expression, turning robfig/cron's panic on a
// "TZ=" or "CRON_TZ=" prefix without a space into an error. (serve also
// refuses a schedule that never fires.)
func checkCron(expr string) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("malformed time zone prefix or fields (%v)", p)
		}
	}()
	_, err = cron.ParseStandard(expr)
	return err
}
