package config

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rs/zerolog"
)

func TestPrecedenceFileEnvFlag(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "negograph.yaml")
	if err := os.WriteFile(file, []byte("out: from-file\nneo4j:\n  uri: bolt://file:7687\n  batch_size: 10\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("NEGOGRAPH_NEO4J_URI", "bolt://env:7687")
	v := New()
	if err := ReadFile(v, file); err != nil {
		t.Fatal(err)
	}
	v.Set(KeyOut, "from-flag") // what a bound, changed flag does
	c, err := Load(v)
	if err != nil {
		t.Fatal(err)
	}
	if c.Out != "from-flag" || c.Neo4j.URI != "bolt://env:7687" || c.Neo4j.BatchSize != 10 || c.Neo4j.User != "neo4j" {
		t.Errorf("got %s", c)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		set  map[string]any
		want string
	}{
		{"defaults are valid", nil, ""},
		{"bad log level", map[string]any{KeyLogLevel: "loud"}, "log.level"},
		{"bad log format", map[string]any{KeyLogFormat: "xml"}, "log.format"},
		{"negative batch", map[string]any{KeyNeo4jBatchSize: -1}, "neo4j.batch_size"},
		{"negative workers", map[string]any{KeyWorkers: -2}, "workers"},
		{"zero size limit", map[string]any{KeyMaxFileBytes: 0}, "max_file_bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := New()
			for k, val := range tt.set {
				v.Set(k, val)
			}
			_, err := Load(v)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("unexpected error %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("error %v, want one naming %s", err, tt.want)
			}
		})
	}
}

func TestPasswordNeverRendered(t *testing.T) {
	v := New()
	v.Set(KeyNeo4jPassword, "s3cret-pw")
	c, err := Load(v)
	if err != nil {
		t.Fatal(err)
	}
	var buf strings.Builder
	log := zerolog.New(&buf)
	log.Info().Object("config", c).Msg("x")
	if strings.Contains(c.String(), "s3cret") || strings.Contains(buf.String(), "s3cret") {
		t.Errorf("password leaked: %s / %s", c, buf.String())
	}
}

// TestReadFileOnlyYAML runs the lookup in a folder that holds the
// negograph executable (binary garbage named "negograph"): it must not be
// read, while negograph.yaml or negograph.yml is.
func TestReadFileOnlyYAML(t *testing.T) {
	garbage := []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x1b[31m\x00\x01\x02binary")
	tests := []struct {
		name    string
		files   map[string][]byte
		wantOut string // "" : the default
		wantErr string
	}{
		{"only the executable", map[string][]byte{"negograph": garbage}, "out", ""},
		{"executable and other formats", map[string][]byte{"negograph": garbage, "negograph.json": []byte(`{"out": "json"}`), "negograph.toml": []byte(`out = "toml"`)}, "out", ""},
		{"executable and yaml", map[string][]byte{"negograph": garbage, "negograph.yaml": []byte("out: from-yaml\n")}, "from-yaml", ""},
		{"yml", map[string][]byte{"negograph": garbage, "negograph.yml": []byte("out: from-yml\n")}, "from-yml", ""},
		{"both", map[string][]byte{"negograph.yaml": []byte("out: a\n"), "negograph.yml": []byte("out: b\n")}, "", "keep one"},
		{"bad yaml names the file", map[string][]byte{"negograph.yaml": []byte("out: [\n")}, "", "negograph.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, data := range tt.files {
				if err := os.WriteFile(filepath.Join(dir, name), data, 0o755); err != nil {
					t.Fatal(err)
				}
			}
			t.Chdir(dir)
			v := New()
			err := ReadFile(v, "")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one saying %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ReadFile: %v", err)
			}
			if got := v.GetString(KeyOut); got != tt.wantOut {
				t.Errorf("out = %q, want %q", got, tt.wantOut)
			}
		})
	}
}

// TestAllowPrivateNetworks reads fetch.allow_private_networks from the
// file and from the environment; it is off by default.
func TestAllowPrivateNetworks(t *testing.T) {
	c, err := Load(New())
	if err != nil || c.Fetch.AllowPrivateNetworks {
		t.Fatalf("default: %v %v", c.Fetch.AllowPrivateNetworks, err)
	}
	file := filepath.Join(t.TempDir(), "negograph.yaml")
	if err := os.WriteFile(file, []byte("fetch:\n  allow_private_networks: true\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	v := New()
	if err := ReadFile(v, file); err != nil {
		t.Fatal(err)
	}
	if c, err := Load(v); err != nil || !c.Fetch.AllowPrivateNetworks {
		t.Errorf("file: %v %v", c.Fetch.AllowPrivateNetworks, err)
	}
	t.Setenv("NEGOGRAPH_FETCH_ALLOW_PRIVATE_NETWORKS", "true")
	if c, err := Load(New()); err != nil || !c.Fetch.AllowPrivateNetworks {
		t.Errorf("environment: %v %v", c.Fetch.AllowPrivateNetworks, err)
	}
}

func TestRedactURI(t *testing.T) {
	tests := []struct {
		name, uri, want string
		secrets         []string
	}{
		{"no user", "bolt://localhost:7687", "bolt://localhost:7687", nil},
		{"user only", "bolt://neo4j@localhost:7687", "bolt://neo4j@localhost:7687", nil},
		{"user and password", "bolt://neo4j:s3cret@localhost:7687", "bolt://neo4j:xxxxx@localhost:7687", []string{"s3cret"}},
		{"neo4j+s", "neo4j+s://user:pw-Aura-9@abcd.databases.neo4j.io", "neo4j+s://user:xxxxx@abcd.databases.neo4j.io", []string{"pw-Aura-9"}},
		{"escaped specials", "bolt://u:p%40ss%2Fw0rd%3A@host:7687/db", "bolt://u:xxxxx@host:7687/db", []string{"p%40ss", "w0rd"}},
		{"raw @ in password", "bolt://u:p@ss@word@host", "bolt://u:xxxxx@host", []string{"p@ss", "ss@word", "word@"}},
		{"raw / ? # in password", "bolt://u:a/b?c#d:e@host:7687", "bolt://u:xxxxx@host:7687", []string{"a/b", "c#d", "d:e"}},
		{"unparsable escape", "bolt://neo4j:pa%zzss@host:7687", "bolt://neo4j:xxxxx@host:7687", []string{"pa%zzss", "zzss"}},
		{"unparsable host", "bolt://neo4j:hunter22@[::1:7687", "bolt://neo4j:xxxxx@[::1:7687", []string{"hunter22"}},
		{"control characters", "bolt://neo4j:pw\x7f\x00x9@host", "bolt://neo4j:xxxxx@host", []string{"pw\x7f"}},
		{"no scheme", "neo4j:hunter22@localhost:7687", "neo4j:xxxxx@localhost:7687", []string{"hunter22"}},
		{"opaque", "bolt:neo4j:hunter22@localhost", "bolt:xxxxx@localhost", []string{"hunter22"}},
		{"empty password", "bolt://neo4j:@host", "bolt://neo4j:xxxxx@host", nil},
		{"query password", "bolt://host:7687?password=hunter22&user=neo4j", "bolt://host:7687?password=xxxxx&user=neo4j", []string{"hunter22"}},
		{"query Password escaped key", "bolt://host/?Pass%77ord=hunter22", "bolt://host/?Pass%77ord=xxxxx", []string{"hunter22"}},
		{"query token with raw &", "https://host/db?token=ab&cd&x=1", "https://host/db?token=xxxxx&xxxxx&x=1", []string{"ab", "cd"}},
		{"path parameter", "bolt://host/db;password=hunter22", "bolt://host/db;password=xxxxx", []string{"hunter22"}},
		{"both", "bolt://u:pw11@host?auth=tok22", "bolt://u:xxxxx@host?auth=xxxxx", []string{"pw11", "tok22"}},
		{"secret inside another value", "bolt://host?x=?password=hunter22", "bolt://host?x=?password=xxxxx", []string{"hunter22"}},
		{"fragment token", "https://host/cb#access_token=hunter22&x=1", "https://host/cb#access_token=xxxxx&x=1", []string{"hunter22"}},
		{"harmless query kept", "bolt://host?policy=fast", "bolt://host?policy=fast", nil},
		{"empty", "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := RedactURI(tt.uri)
			if got != tt.want {
				t.Errorf("RedactURI(%q) = %q, want %q", tt.uri, got, tt.want)
			}
			for _, s := range tt.secrets {
				if strings.Contains(got, s) {
					t.Errorf("RedactURI(%q) = %q shows %q", tt.uri, got, s)
				}
			}
		})
	}
}

// TestUnparsableURINotEchoed: the validation error for a URI that cannot
// be parsed must not quote it (url.Parse's error does).
func TestUnparsableURINotEchoed(t *testing.T) {
	v := New()
	v.Set(KeyNeo4jURI, "bolt://neo4j:hunter22%zz@localhost:7687")
	_, err := Load(v)
	if err == nil || !strings.Contains(err.Error(), KeyNeo4jURI) {
		t.Fatalf("error %v, want one naming %s", err, KeyNeo4jURI)
	}
	if strings.Contains(err.Error(), "hunter22") {
		t.Errorf("error shows the password: %v", err)
	}
}

// FuzzRedactURI builds URIs around a password in the forms a user writes
// (user information, raw or escaped; query parameter; no scheme) and checks
// that RedactURI never shows it.
func FuzzRedactURI(f *testing.F) {
	f.Add("bolt", "neo4j", "s3cret", "localhost:7687", "/db", uint8(0))
	f.Add("neo4j+s", "user", "p@ss/w?rd#1", "abcd.databases.neo4j.io", "", uint8(1))
	f.Add("bolt", "u", "hunter22", "[::1", "?x=1", uint8(2))
	f.Add("", "u:v", "pa%zzss", "host", "", uint8(3))
	f.Fuzz(func(t *testing.T, scheme, user, password, host, tail string, form uint8) {
		if len(password) < 4 || strings.Contains(host, "@") || strings.Contains(tail, "@") || strings.Contains(scheme, "@") ||
			strings.Contains(redacted, password) {
			return
		}
		// build writes the URI with pw for the password, and the forms of pw
		// that must not be shown; nil when the form does not apply.
		build := func(pw string) (string, []string) {
			switch form % 4 {
			case 0: // raw user information
				if strings.Contains(user, ":") {
					return "", nil
				}
				return scheme + "://" + user + ":" + pw + "@" + host + tail, []string{pw}
			case 1: // escaped, as url.URL writes it
				ui := url.UserPassword(user, pw).String()
				return scheme + "://" + ui + "@" + host + tail, []string{pw, ui[strings.IndexByte(ui, ':')+1:]}
			case 2: // query parameter
				if strings.ContainsAny(host+tail, "?;#") {
					return "", nil // the query started earlier
				}
				return scheme + "://" + host + tail + "?password=" + url.QueryEscape(pw) + "&db=neo4j", []string{pw, url.QueryEscape(pw)}
			default: // no scheme
				uri := user + ":" + pw + "@" + host + tail
				if strings.Contains(user, ":") || strings.Contains(uri, "://") {
					return "", nil // "u://pw@host" has a scheme and no password
				}
				return uri, []string{pw}
			}
		}
		uri, secrets := build(password)
		if uri == "" {
			return
		}
		other, _ := build("\x00") // the URI without the password
		got := RedactURI(uri)
		for _, s := range secrets {
			if strings.Contains(other, s) || strings.Contains(redacted, s) {
				continue // the secret also stands elsewhere in the URI: nothing to check
			}
			if strings.Contains(got, s) {
				t.Fatalf("RedactURI(%q) = %q shows %q", uri, got, s)
			}
		}
	})
}

// TestScheduleWithABareTZPrefix: robfig/cron panics on "TZ=" alone; the
// configuration reports it as an invalid refresh.schedule instead.
func TestScheduleWithABareTZPrefix(t *testing.T) {
	for _, expr := range []string{"TZ=", "CRON_TZ="} {
		t.Run(expr, func(t *testing.T) {
			t.Setenv("NEGOGRAPH_REFRESH_SCHEDULE", expr)
			_, err := Load(New())
			if err == nil || !strings.Contains(err.Error(), KeyRefreshSchedule) {
				t.Fatalf("got %v", err)
			}
		})
	}
}
