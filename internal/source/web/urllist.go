package web

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

// ReadURLList reads a file of article URLs: one per line, blank lines and
// lines starting with # ignored, surrounding spaces trimmed. A line that is
// not an absolute http(s) URL is an error naming the file and line.
func ReadURLList(ctx context.Context, path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // its message repeats the path, unquoted
		}
		return nil, fmt.Errorf("read URL list %s: %w", quote(path), err)
	}
	defer f.Close()
	return parseURLList(ctx, path, bufio.NewScanner(f))
}

func parseURLList(ctx context.Context, name string, sc *bufio.Scanner) ([]string, error) {
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	var urls []string
	seen := map[string]bool{}
	for line := 1; sc.Scan(); line++ {
		if line%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		s := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		u, err := checkURL(s)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %q: %v: %w", quote(name), line, s, err, ErrURLList)
		}
		if !seen[u.String()] {
			seen[u.String()] = true
			urls = append(urls, u.String())
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read URL list %s: %w", quote(name), err)
	}
	return urls, nil
}
