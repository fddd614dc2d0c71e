package refresh

import "github.com/negograph/negograph/internal/pipeline"

// Sources say where a refresh reads its articles: the pipeline's sources,
// read by the same stage as a build's.
type Sources = pipeline.Sources

// Fetcher fetches pages and feeds; *web.Fetcher is the implementation.
type Fetcher = pipeline.Fetcher
