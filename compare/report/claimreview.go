package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

// DefaultAuthor is the ClaimReview author when Options.Author is empty.
// Fact-check indexes require the reviewing organisation's real name:
// pass it (claimdiff export --author).
const DefaultAuthor = "Unnamed newsroom"

// Rating is a ClaimReview rating on a 1 (worst) to 5 (best) scale.
type Rating struct {
	Value int    // 1 to 5
	Name  string // alternateName: the verdict in words
}

// Ratings derived from the journalist's verdicts (see Rate).
var (
	RatingDisputed   = Rating{2, "Disputed: sources contradict each other"}
	RatingUnresolved = Rating{3, "Unresolved: contradictions still to check"}
	RatingConsistent = Rating{4, "Consistent: no contradiction confirmed"}
	RatingUnchecked  = Rating{3, "Not compared: no related statements"}
)

// Rate derives the claim's rating from the journalist's verdicts on the
// pairs the engine flagged as contradicting:
//   - at least one contradiction confirmed: Disputed (2);
//   - else at least one still to check (or with no verdict): Unresolved (3);
//   - else, when there are pairs (contradictions all ruled out, or only
//     agreements): Consistent (4);
//   - no pair at all: Not compared (3).
//
// Claimdiff judges whether accounts agree, not whether the claim is true,
// so the scale never reaches 1 (false) or 5 (true): those need a
// journalist's explicit rating.
func Rate(doc *Claim) Rating {
	if len(doc.Pairs) == 0 {
		return RatingUnchecked
	}
	open := false
	for _, p := range doc.Pairs {
		if p.Relation != RelContradicts {
			continue
		}
		switch p.Verdict {
		case VerdictConfirmed:
			return RatingDisputed
		case VerdictNotContradiction:
		default:
			open = true
		}
	}
	if open {
		return RatingUnresolved
	}
	return RatingConsistent
}

// WriteClaimReview writes doc's claim as schema.org ClaimReview JSON-LD:
// the claim reviewed with each source as an appearance (a CreativeWork with
// its URL, outlet, author and date), the reviewer (Options.Author), the
// date of making, and the rating Rate derives.
func WriteClaimReview(w io.Writer, doc *Claim, opt Options) error {
	author := strings.TrimSpace(opt.Author)
	if author == "" {
		author = DefaultAuthor
	}
	r := Rate(doc)
	review := map[string]any{
		"@context":      "https://schema.org",
		"@type":         "ClaimReview",
		"claimReviewed": doc.Title,
		"datePublished": dateOrEmpty(doc),
		"author":        map[string]any{"@type": "Organization", "name": author},
		"reviewRating": map[string]any{
			"@type": "Rating", "ratingValue": r.Value, "bestRating": 5, "worstRating": 1, "alternateName": r.Name,
		},
		"reviewBody": reviewBody(doc),
	}
	if opt.URL != "" {
		review["url"] = opt.URL
	}
	item := map[string]any{"@type": "Claim", "name": doc.Title}
	var appearances []map[string]any
	var first *Source
	for i := range doc.Sources {
		s := &doc.Sources[i]
		cw := map[string]any{"@type": "CreativeWork", "headline": s.Label()}
		if s.URL != "" {
			cw["url"] = s.URL
		}
		if s.Author != "" {
			cw["author"] = map[string]any{"@type": "Person", "name": s.Author}
		}
		if s.Outlet != "" {
			cw["publisher"] = map[string]any{"@type": "Organization", "name": s.Outlet}
		}
		if d := date(s.Published); d != "" {
			cw["datePublished"] = d
			if first == nil || s.Published.Before(first.Published) {
				first = s
			}
		}
		if s.Lang != "" && s.Lang != "mixed" {
			cw["inLanguage"] = s.Lang
		}
		appearances = append(appearances, cw)
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
	_, agrees, _ := doc.counts()
	s := fmt.Sprintf("%d sources compared; %d agreeing pairs", len(doc.Sources), agrees)
	if len(parts) > 0 {
		s += "; contradictions flagged: " + strings.Join(parts, ", ")
	}
	return s + "."
}
