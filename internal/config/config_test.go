package config

import (
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
