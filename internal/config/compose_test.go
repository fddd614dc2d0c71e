package config

import (
	"os"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// TestComposeEnvironment proves that every NEGOGRAPH_* variable that
// docker-compose.yml gives the negograph service sets a real configuration
// key (with the compose defaults substituted).
func TestComposeEnvironment(t *testing.T) {
	data, err := os.ReadFile("../../docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	var compose struct {
		Services map[string]struct {
			Environment map[string]string `yaml:"environment"`
		} `yaml:"services"`
	}
	if err := yaml.Unmarshal(data, &compose); err != nil {
		t.Fatal(err)
	}
	env := compose.Services["negograph"].Environment
	if len(env) == 0 {
		t.Fatal("docker-compose.yml has no negograph service environment")
	}
	// ${VAR:-default} → default, as compose does with VAR unset.
	subst := func(v string) string {
		for {
			i := strings.Index(v, "${")
			if i < 0 {
				return v
			}
			j := strings.Index(v[i:], "}")
			inner := v[i+2 : i+j]
			def := ""
			if k := strings.Index(inner, ":-"); k >= 0 {
				def = inner[k+2:]
			}
			v = v[:i] + def + v[i+j+1:]
		}
	}
	for k, v := range env {
		if !strings.HasPrefix(k, EnvPrefix+"_") {
			t.Errorf("%s is not a negograph variable", k)
			continue
		}
		t.Setenv(k, subst(v))
	}
	c, err := Load(New())
	if err != nil {
		t.Fatal(err)
	}
	checks := map[string]bool{
		"NEGOGRAPH_NEO4J_URI":         c.Neo4j.URI == "bolt://neo4j:7687",
		"NEGOGRAPH_NEO4J_USER":        c.Neo4j.User == "neo4j",
		"NEGOGRAPH_NEO4J_PASSWORD":    c.Neo4j.Password == "negograph-change-me",
		"NEGOGRAPH_REFRESH_PATHS":     len(c.Refresh.Paths) == 1 && c.Refresh.Paths[0] == "/articles",
		"NEGOGRAPH_REFRESH_FEEDS":     len(c.Refresh.Feeds) == 0,
		"NEGOGRAPH_REFRESH_INTERVAL":  c.Refresh.Interval == 15*time.Minute,
		"NEGOGRAPH_REFRESH_STATE_DIR": c.Refresh.StateDir == "/var/lib/negograph",
		"NEGOGRAPH_SERVE_ADDR":        c.Refresh.Addr == "0.0.0.0:9464",
		"NEGOGRAPH_LOG_FORMAT":        c.Log.Format == "json",
	}
	for k := range env {
		ok, known := checks[k]
		if !known {
			t.Errorf("%s: add a check of the key it sets", k)
		} else if !ok {
			t.Errorf("%s=%q did not set its key: %+v", k, env[k], c)
		}
	}
}

// TestRefreshListsFromEnvironment: space-separated lists in variables.
func TestRefreshListsFromEnvironment(t *testing.T) {
	t.Setenv("NEGOGRAPH_REFRESH_FEEDS", "https://a.example/rss https://b.example/atom")
	t.Setenv("NEGOGRAPH_REFRESH_SCHEDULE", "*/10 * * * *")
	c, err := Load(New())
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Refresh.Feeds) != 2 || c.Refresh.Feeds[1] != "https://b.example/atom" || c.Refresh.Schedule != "*/10 * * * *" {
		t.Fatalf("%+v", c.Refresh)
	}
	t.Setenv("NEGOGRAPH_REFRESH_SCHEDULE", "every ten minutes")
	if _, err := Load(New()); err == nil || !strings.Contains(err.Error(), KeyRefreshSchedule) {
		t.Fatalf("bad schedule: %v", err)
	}
}
