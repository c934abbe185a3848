package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/storage"

	reports "github.com/claimdiff/claimdiff/compare/report"
)

// exportTo writes the report build makes as format into a file and returns
// its text.
func exportTo(t *testing.T, format string, build makeReport) string {
	return exportWith(t, format, reports.Options{}, build)
}

// exportWith is exportTo with report options.
func exportWith(t *testing.T, format string, opt reports.Options, build makeReport) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "report"+reports.Ext(format))
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	if err := writeReport(context.Background(), format, opt, w, build); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestExportWritesTheClaimReport(t *testing.T) {
	u, _ := newTestUI(t)
	c, ok := u.claims.current()
	if !ok {
		t.Fatal("no claim selected")
	}
	html := exportTo(t, "html", func(ctx context.Context) (*reports.Claim, error) {
		return u.store.Report(ctx, c.ID, time.Now())
	})
	for _, want := range []string{"<!DOCTYPE html>", c.Title, "Content-Security-Policy", "محض كذب"} {
		if !strings.Contains(html, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

func TestExportWritesTheShownComparison(t *testing.T) {
	u, _ := newTestUI(t)
	srcs := u.claim.detail.Sources
	if len(srcs) < 2 {
		t.Fatal("the sample claim has fewer than two sources")
	}
	if err := u.compare.docs.update(context.Background(), srcs[0].ID, srcs[1].ID, defaultIgnore); err != nil {
		t.Fatal(err)
	}
	cur := u.compare.docs.cur
	if cur == nil {
		t.Fatal("no comparison shown")
	}
	md := exportTo(t, "md", func(context.Context) (*reports.Claim, error) {
		return reports.FromComparison(cur.cmp, docHeader(cur.srcA), docHeader(cur.srcB)), nil
	})
	if !strings.Contains(md, docHeader(cur.srcA)) || !strings.Contains(md, docHeader(cur.srcB)) {
		t.Errorf("comparison report does not name both sources:\n%.400s", md)
	}
}

// TestExportClaimReviewTakesTheJournalistsRating: a ClaimReview exported
// from the window carries the organisation and rating typed in the export
// dialog, and no rating without one.
func TestExportClaimReviewTakesTheJournalistsRating(t *testing.T) {
	u, _ := newTestUI(t)
	c, _ := u.claims.current()
	build := func(ctx context.Context) (*reports.Claim, error) { return u.store.Report(ctx, c.ID, time.Now()) }
	rated := exportWith(t, "claimreview", reports.Options{Author: "Example Desk", Rating: "Misleading"}, build)
	if !strings.Contains(rated, `"alternateName": "Misleading"`) || !strings.Contains(rated, "Example Desk") {
		t.Errorf("the review lacks the rating or the organisation:\n%.600s", rated)
	}
	if unrated := exportTo(t, "claimreview", build); strings.Contains(unrated, "reviewRating") {
		t.Error("a review without the journalist's rating has one")
	}
}
