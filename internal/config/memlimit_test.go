package config

import "testing"

func TestParseMemoryLimit(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
	}{{"1750MiB", 1750 << 20}, {"2GiB", 2 << 30}, {"2GB", 2e9}, {"512 KiB", 512 << 10}, {"123456", 123456},
		{"10B", 10}, {"1TB", 1e12}, {"off", 0}, {"None", 0}, {"0", 0}, {" 3MB ", 3e6}} {
		got, err := ParseMemoryLimit(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParseMemoryLimit(%q) = %d, %v; want %d", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"", "lots", "-1MiB", "1.5GiB", "2PB", "9999999999TiB", "MiB"} {
		if got, err := ParseMemoryLimit(bad); err == nil {
			t.Errorf("ParseMemoryLimit(%q) = %d, want an error", bad, got)
		}
	}
}

func TestLoadMemoryLimit(t *testing.T) {
	v := New()
	c, err := Load(v)
	if err != nil {
		t.Fatal(err)
	}
	if c.MemoryLimit != 1750<<20 {
		t.Errorf("default memory limit %d, want 1750 MiB", c.MemoryLimit)
	}
	v.Set(KeyMemoryLimit, "off")
	if c, err = Load(v); err != nil || c.MemoryLimit != 0 {
		t.Errorf("memory_limit off: %d, %v; want 0", c.MemoryLimit, err)
	}
	v.Set(KeyMemoryLimit, "a lot")
	if _, err = Load(v); err == nil {
		t.Error("memory_limit \"a lot\" loaded")
	}
}
