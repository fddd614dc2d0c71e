package main

import (
	"github.com/spf13/pflag"

	"github.com/negograph/negograph/internal/pipeline"
	"github.com/negograph/negograph/internal/source/web"
)

// fetcher returns the page and feed fetcher configured in fetch.*, shared
// by every command that reads web sources.
func (a *app) fetcher() pipeline.Fetcher {
	c := a.cfg.Fetch
	return &web.Fetcher{
		UserAgent:            c.UserAgent,
		MaxBytes:             c.MaxBytes,
		Timeout:              c.Timeout,
		AllowPrivateNetworks: c.AllowPrivateNetworks,
	}
}

// webSourceFlags adds the flags naming feeds, URL lists and pages, the same
// for build, refresh and serve.
func webSourceFlags(f *pflag.FlagSet) {
	f.StringSlice("feed", nil, "RSS or Atom feed URL (repeatable)")
	f.StringSlice("url-list", nil, "file listing article URLs, one per line (repeatable)")
	f.StringSlice("url", nil, "article URL (repeatable)")
}

// webSources reads the flags of webSourceFlags.
func webSources(f *pflag.FlagSet) pipeline.Sources {
	var s pipeline.Sources
	s.Feeds, _ = f.GetStringSlice("feed")
	s.URLLists, _ = f.GetStringSlice("url-list")
	s.URLs, _ = f.GetStringSlice("url")
	return s
}
