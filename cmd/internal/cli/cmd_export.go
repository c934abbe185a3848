package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/compare"
	reports "github.com/claimdiff/claimdiff/compare/report"
	"github.com/claimdiff/claimdiff/data"
)

func init() {
	extraCommands = append(extraCommands, command{"export", "--claim ID [--format " + strings.Join(reports.Formats, "|") + "] [-o FILE] [--time RFC3339]",
		"write a claim's report: sources, statements, contradictions, verdicts, notes", runExport})
}

// reportFlags are the flags of a report that export and compare share.
type reportFlags struct {
	out, when, author, url, rating *string
}

// addReportFlags adds -o and --time to fs, and with review the
// ClaimReview flags --author, --url and --rating.
func addReportFlags(fs *flag.FlagSet, review bool) *reportFlags {
	rf := &reportFlags{
		out:    fs.String("o", "", "write the report to `FILE` (default standard output)"),
		when:   fs.String("time", "", "the time of making printed in the report, `RFC3339` (default now); fix it to get the same bytes again"),
		author: new(string),
		url:    new(string),
		rating: new(string),
	}
	if review {
		rf.author = fs.String("author", "", "claimreview: the `organisation` that reviewed the claim")
		rf.url = fs.String("url", "", "claimreview: the `address` where the review is published")
		rf.rating = fs.String("rating", "", "claimreview: your `rating` of the claim, in words (False, Misleading, Unproven...); without it the review has no rating")
	}
	return rf
}

// generated is the time of making: --time, or now to the second.
func (rf *reportFlags) generated() (time.Time, error) {
	if *rf.when == "" {
		return time.Now().UTC().Truncate(time.Second), nil
	}
	t, err := time.Parse(time.RFC3339, *rf.when)
	if err != nil {
		return time.Time{}, &UsageError{fmt.Sprintf("--time %q is not an RFC 3339 time such as 2025-09-06T12:00:00Z", *rf.when)}
	}
	return t.UTC(), nil
}

// formatFor is the format the user asked for, or the one -o's extension
// names, or html.
func formatFor(format, out string) string {
	if format != "" {
		return strings.ToLower(format)
	}
	switch strings.ToLower(filepath.Ext(out)) {
	case ".pdf":
		return "pdf"
	case ".docx":
		return "docx"
	case ".md", ".markdown":
		return "md"
	case ".csv":
		return "csv"
	case ".json":
		return "json"
	case ".jsonld":
		return "claimreview"
	}
	return "html"
}

func runExport(ctx context.Context, env *Env, args []string) error {
	usage := "--claim ID [--format " + strings.Join(reports.Formats, "|") + "] [-o FILE] [--time RFC3339]"
	fs := newFlags(env, "export", usage)
	archiveFlag(fs, env)
	claim := fs.String("claim", "", "the claim's `ID` (see '"+program()+" claims')")
	format := fs.String("format", "", "report `format`: "+strings.Join(reports.Formats, ", ")+" (default from -o's extension, else html)")
	rf := addReportFlags(fs, true)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return &UsageError{fmt.Sprintf("export takes no arguments (got %q); usage: %s export %s", pos[0], program(), usage)}
	}
	if *claim == "" {
		return &UsageError{"export needs --claim ID; '" + program() + " claims' lists the claims"}
	}
	id, err := strconv.ParseInt(*claim, 10, 64)
	if err != nil || id <= 0 {
		return &UsageError{fmt.Sprintf("export: --claim %q is not a claim ID (a positive number)", *claim)}
	}
	f := formatFor(*format, *rf.out)
	if !slices.Contains(reports.Formats, f) {
		return &UsageError{fmt.Sprintf("export: unknown format %q; use one of %s", f, strings.Join(reports.Formats, ", "))}
	}
	when, err := rf.generated()
	if err != nil {
		return err
	}
	st, err := OpenArchive(ctx, env)
	if err != nil {
		return err
	}
	defer st.Close()
	doc, err := st.Report(ctx, id, when)
	if err != nil {
		if errors.Is(err, data.ErrNotFound) {
			return Hint(fmt.Errorf("export: there is no claim %d", id), "Run '"+program()+" claims' to list the claims and their IDs.")
		}
		return fmt.Errorf("export: %w", err)
	}
	if f == "claimreview" {
		if *rf.author == "" {
			fmt.Fprintf(env.Stderr, "%s: note: the ClaimReview names %q as its author; pass --author with your organisation's name.\n", program(), reports.DefaultAuthor)
		}
		if strings.TrimSpace(*rf.rating) == "" {
			fmt.Fprintln(env.Stderr, program()+": note: the ClaimReview has no rating (reviewRating); pass --rating with your verdict on the claim, such as False, Misleading or Unproven.")
		}
		if *rf.url == "" {
			fmt.Fprintln(env.Stderr, program()+": note: the ClaimReview has no url; pass --url with the address where the review is published.")
		}
	}
	return writeReport(ctx, env, f, doc, rf)
}

// exportComparison writes one comparison's report in format (html, pdf,
// docx or md) where rf says; the compare command calls it for its report
// formats, with rf from addReportFlags(fs, false).
func exportComparison(ctx context.Context, env *Env, c *compare.Comparison, nameA, nameB, format string, rf *reportFlags) error {
	if !slices.Contains(reports.ComparisonFormats, format) {
		return &UsageError{fmt.Sprintf("compare: a comparison report is one of %s, not %q", strings.Join(reports.ComparisonFormats, ", "), format)}
	}
	when, err := rf.generated()
	if err != nil {
		return err
	}
	doc := reports.FromComparison(c, nameA, nameB)
	doc.Generated = when
	return writeReport(ctx, env, format, doc, rf)
}

// isReportFormat reports whether compare's --format asks for a report file
// rather than its text or JSON output.
func isReportFormat(format string) bool { return slices.Contains(reports.ComparisonFormats, format) }

// writeReport writes doc to -o FILE (through a temporary file renamed into
// place, so a failed export never leaves half a report) or to standard
// output.
func writeReport(ctx context.Context, env *Env, format string, doc *reports.Claim, rf *reportFlags) error {
	opt := reports.Options{Author: *rf.author, URL: *rf.url, Rating: *rf.rating}
	out := *rf.out
	if out == "-" {
		out = ""
	}
	if out == "" && (format == "pdf" || format == "docx") && isTerminal(env.Stdout) {
		return &UsageError{fmt.Sprintf("a %s report is a binary file: give it a name with -o FILE", format)}
	}
	if out != "" {
		if err := checkOutput("export", out, "report."+format, nil); err != nil {
			return err
		}
	}
	return writeOutput(env, out, func(w io.Writer) error {
		return reportErr(reports.Write(ctx, w, format, doc, opt))
	})
}

func reportErr(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, reports.ErrNoChromium) {
		return Hint(err, "HTML instead: "+program()+" export --claim ID --format html -o report.html")
	}
	return err
}
