package report

import (
	"context"
	"fmt"
	"io"
	"strings"
)

// Formats are the names Write takes, in the order help lists them.
var Formats = []string{"html", "pdf", "docx", "md", "csv", "json", "claimreview"}

// ComparisonFormats are the formats that suit one comparison.
var ComparisonFormats = []string{"html", "pdf", "docx", "md"}

// Ext returns the usual file extension of a format, with its dot.
func Ext(format string) string {
	switch format {
	case "md":
		return ".md"
	case "claimreview":
		return ".jsonld"
	}
	return "." + format
}

// Write writes doc in the named format (Formats).
func Write(ctx context.Context, w io.Writer, format string, doc *Claim, opt Options) error {
	switch format {
	case "html":
		return WriteHTML(w, doc, opt)
	case "pdf":
		return WritePDF(ctx, w, doc, opt)
	case "docx":
		return WriteDOCX(w, doc, opt)
	case "md", "markdown":
		return WriteMarkdown(w, doc, opt)
	case "csv":
		return WriteCSV(w, doc, opt)
	case "json":
		return WriteJSON(w, doc, opt)
	case "claimreview":
		return WriteClaimReview(w, doc, opt)
	}
	return fmt.Errorf("unknown report format %q; use one of %s", format, strings.Join(Formats, ", "))
}
