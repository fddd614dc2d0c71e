package main

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/spf13/cobra"

	"github.com/negograph/negograph/extract/arabic"
)

func (a *app) searchCmd() *cobra.Command {
	var limit int
	cmd := &cobra.Command{
		Use:   "search TEXT",
		Short: "Find people, countries, venues and organizations by name in Neo4j, whatever the spelling",
		Long: `search looks TEXT up in the full-text index entity_names (Arabic analyzer over name, name_ar
and aliases): diacritics, hamza and alef forms and ta marbuta do not matter, and each word also
matches spellings one or two letters away (ماكغورك finds ماكجورك). TEXT is taken literally:
Lucene operators in it are escaped.`,
		Example: `  negograph search عراقجي
  negograph search "عَبَّاس عِرَاقْجِي"
  negograph search ماكغورك --limit 5`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runSearch(cmd.Context(), strings.Join(args, " "), limit)
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 10, "most results")
	a.neo4jFlags(cmd)
	return cmd
}

// luceneQuery turns user text into a Lucene query: each word exactly (the
// analyzer normalises it) or fuzzily (normalised here, as fuzzy terms are
// not analysed); special characters are escaped.
func luceneQuery(text string) string {
	var parts []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) || r == '،' || r == ',' }) {
		if w == "AND" || w == "OR" || w == "NOT" {
			w = strings.ToLower(w) // words, not operators
		}
		esc := luceneEscape(w)
		if esc == "" {
			continue
		}
		norm := luceneEscape(arabic.Normalize(w))
		fuzzy := 1
		if len([]rune(norm)) > 5 {
			fuzzy = 2
		}
		parts = append(parts, fmt.Sprintf("(%s OR %s~%d)", esc, norm, fuzzy))
	}
	return strings.Join(parts, " AND ")
}

// luceneEscape escapes Lucene's special characters.
func luceneEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`+-&|!(){}[]^"~*?:\/`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (a *app) runSearch(ctx context.Context, text string, limit int) error {
	q := luceneQuery(text)
	if q == "" {
		return &exitError{code: 2, err: fmt.Errorf("search: nothing to look for in %q", text)}
	}
	d, err := a.driver(ctx)
	if err != nil {
		return err
	}
	defer d.Close(context.Background())
	hits, err := a.loader(d).SearchEntities(ctx, q, limit)
	if err != nil {
		return fmt.Errorf("search %q: %w", text, err)
	}
	if len(hits) == 0 {
		fmt.Fprintf(a.out, "no match for %q\n", text)
		return nil
	}
	for _, h := range hits {
		fmt.Fprintf(a.out, "%.2f\t%s\t%s\t%s\t%s\n", h.Score, h.Label, h.ID, h.Name, h.NameAr)
	}
	return nil
}
