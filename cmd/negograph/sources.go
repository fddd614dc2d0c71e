package main

import (
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
