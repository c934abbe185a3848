package report

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

// DefaultAuthor is the ClaimReview author when Options.Author is empty.
// Fact-check indexes require the reviewing organisation's real name:
// pass it (claimdiff export --author).
const DefaultAuthor = "Unnamed newsroom"

// WriteClaimReview writes doc's claim as schema.org ClaimReview JSON-LD:
// the claim reviewed with each source as an appearance (a CreativeWork with
// its URL, outlet, author and date), the reviewer (Options.Author), the
// date of making, and the journalist's rating (Options.Rating) as the
// reviewRating's alternateName. Without a rating there is no reviewRating:
// Claimdiff sees whether accounts agree, not whether a claim is true, and
// never rates a claim by itself.
func WriteClaimReview(w io.Writer, doc *Claim, opt Options) error {
	author := strings.TrimSpace(opt.Author)
	if author == "" {
		author = DefaultAuthor
	}
	review := map[string]any{
		"@context":      "https://schema.org",
		"@type":         "ClaimReview",
		"claimReviewed": doc.Title,
		"datePublished": dateOrEmpty(doc),
		"author":        map[string]any{"@type": "Organization", "name": author},
		"reviewBody":    reviewBody(doc),
	}
	if r := strings.TrimSpace(opt.Rating); r != "" {
		review["reviewRating"] = map[string]any{"@type": "Rating", "alternateName": r}
	}
	if opt.URL != "" {
		review["url"] = opt.URL
	}
	item := map[string]any{"@type": "Claim", "name": doc.Title}
	var appearances []map[string]any
	var first *Source
	for i := range doc.Sources {
		s := &doc.Sources[i]
		cw := creativeWork(s.Label(), s.URL, s.Author, s.Outlet, s.Published)
		if !s.Published.IsZero() && (first == nil || s.Published.Before(first.Published)) {
			first = s
		}
		if s.Lang != "" && s.Lang != "mixed" {
			cw["inLanguage"] = s.Lang
		}
		appearances = append(appearances, cw)
		// The same text at another outlet is an appearance of the claim too.
		for _, a := range s.AlsoPublished {
			appearances = append(appearances, creativeWork(cmp.Or(a.Title, s.Label()), a.URL, a.Author, a.Outlet, a.Published))
		}
	}
	if len(appearances) > 0 {
		item["appearance"] = appearances
	}
	if first != nil {
		item["datePublished"] = date(first.Published)
	}
	review["itemReviewed"] = item
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(true) // JSON-LD is pasted into <script> blocks: keep "</script>" harmless
	if err := enc.Encode(review); err != nil {
		return fmt.Errorf("write claimreview: %w", err)
	}
	return nil
}

func dateOrEmpty(doc *Claim) string {
	return date(doc.Generated)
}

// creativeWork is one appearance of the claim: a page or article with
// what is known of its address, author, outlet and date.
func creativeWork(headline, url, author, outlet string, published time.Time) map[string]any {
	cw := map[string]any{"@type": "CreativeWork", "headline": headline}
	if url != "" {
		cw["url"] = url
	}
	if author != "" {
		cw["author"] = map[string]any{"@type": "Person", "name": author}
	}
	if outlet != "" {
		cw["publisher"] = map[string]any{"@type": "Organization", "name": outlet}
	}
	if d := date(published); d != "" {
		cw["datePublished"] = d
	}
	return cw
}

// reviewBody sums up the verdicts in one sentence.
func reviewBody(doc *Claim) string {
	counts := map[string]int{}
	for _, p := range doc.Pairs {
		if p.Relation == RelContradicts {
			v := p.Verdict
			if v == "" {
				v = VerdictToCheck
			}
			counts[v]++
		}
	}
	var keys []string
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%d %s", counts[k], verdictName(k)))
	}
	s := fmt.Sprintf("%d sources compared; %d agreeing pairs", len(doc.Sources), doc.tally().Agrees)
	if len(parts) > 0 {
		s += "; contradictions flagged: " + strings.Join(parts, ", ")
	}
	return s + "."
}
