package web

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/negograph/negograph/internal/source"
)

// FeedItem is one entry of a feed.
type FeedItem struct {
	// URL is the item's link, resolved against the feed's URL.
	URL string
	// Title is the item title.
	Title string
	// Text is the item's content (or description) as plain text.
	Text string
	// Published is the item's publication (or update) time, zero if none.
	Published time.Time
	// GUID is the item's id.
	GUID string
}

// Feed fetches an RSS (0.9x, 1.0, 2.0) or Atom feed and returns its items
// in feed order. Items without an http(s) link are left out.
func (f *Fetcher) Feed(ctx context.Context, rawURL string) ([]FeedItem, error) {
	resp, err := f.get(ctx, rawURL, "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1")
	if err != nil {
		return nil, err
	}
	items, err := parseFeed(resp.body, resp.finalURL)
	if err != nil {
		return nil, &Error{URL: rawURL, Err: err}
	}
	return items, nil
}

// parseFeed reads the items of an RSS or Atom feed whose address is base.
func parseFeed(body []byte, base *url.URL) ([]FeedItem, error) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("%v: %w", err, ErrFeed)
	}
	var items []FeedItem
	for _, it := range feed.Items {
		if it == nil {
			continue
		}
		link := strings.TrimSpace(it.Link)
		if link == "" && len(it.Links) > 0 {
			link = strings.TrimSpace(it.Links[0])
		}
		u, err := base.Parse(link)
		if link == "" || err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			continue
		}
		item := FeedItem{URL: u.String(), Title: source.CleanField(it.Title), GUID: source.CleanField(it.GUID)}
		body := it.Content
		if strings.TrimSpace(body) == "" {
			body = it.Description
		}
		if strings.TrimSpace(body) != "" {
			if _, text, err := source.HTMLText(strings.NewReader(body)); err == nil {
				item.Text = source.Clean(text)
			}
		}
		switch {
		case it.PublishedParsed != nil:
			item.Published = it.PublishedParsed.UTC()
		case it.UpdatedParsed != nil:
			item.Published = it.UpdatedParsed.UTC()
		}
		items = append(items, item)
	}
	return items, nil
}
