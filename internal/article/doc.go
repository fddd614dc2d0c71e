// Package article holds the unit every negograph stage passes along: one news
// article with its clean text and metadata, and the partial calendar date
// (year, year-month or full day) used for publication and meeting dates.
package article
