// Package ingest turns what a journalist brings (a file, a web address,
// pasted text) into plain UTF-8 text with whatever metadata the input
// carries. It does no analysis and touches no database: the archive stores
// the Doc it returns.
//
// Formats: plain text, Markdown (markup stripped lightly), HTML (main text by
// readability, title/author/date from the page's metadata, declared charset
// converted to UTF-8) and DOCX (paragraph text). Every text passes the
// engine's checks (UTF-8, not binary, not empty, at most
// compare.MaxTextBytes).
package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Methods of import, as stored with each source.
const (
	MethodFile  = "file"
	MethodURL   = "url"
	MethodPaste = "paste"
)

// Formats the text was taken from.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
	FormatDOCX     = "docx"
)

// Doc is one imported input as text.
type Doc struct {
	Name      string    // the file name or address, for messages and the archive
	Title     string    // from the metadata, else the first line, else Name
	Author    string    // byline or meta author, when present
	Outlet    string    // site name from the metadata, when present
	Published time.Time // zero when unknown
	URL       string    // the final address after redirects (web imports)
	Text      string    // UTF-8 text, checked
	Method    string    // MethodFile, MethodURL or MethodPaste
	Format    string    // FormatText, FormatMarkdown, FormatHTML or FormatDOCX
}

// Errors of ingestion, for errors.Is; the messages carry the details.
var (
	ErrTooLarge    = errors.New("too large")
	ErrNotText     = errors.New("not a text document")
	ErrScheme      = errors.New("only http and https addresses can be imported")
	ErrUnreachable = errors.New("cannot reach the address")
	ErrHTTPStatus  = errors.New("the server refused the page")
	ErrNoText      = errors.New("no readable text found")
)

// MaxBytes is the cap on a text, the engine's limit; HTML pages and files
// may be larger (MaxPageBytes) as long as their extracted text fits.
const MaxBytes = maxTextBytes

// FromFile reads a local file. The format comes from the extension (.txt,
// .md, .html, .docx), else from sniffing the content.
func FromFile(path string) (Doc, error) {
	name := filepath.Base(path)
	fi, err := os.Stat(path)
	if err != nil {
		return Doc{}, fmt.Errorf("cannot read the file: %w", unwrapPathErr(err))
	}
	if fi.IsDir() {
		return Doc{}, fmt.Errorf("%w: it is a folder", ErrNotText)
	}
	if fi.Size() > MaxPageBytes {
		return Doc{}, fmt.Errorf("%w: the file is %s, the limit is %s for a web page and %s for a text", ErrTooLarge, sizeString(fi.Size()), sizeString(MaxPageBytes), sizeString(MaxBytes))
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return Doc{}, fmt.Errorf("cannot read the file: %w", unwrapPathErr(err))
	}
	format := formatOfName(name, b)
	// Only HTML may exceed the text limit: its markup is not kept.
	if format != FormatHTML && fi.Size() > MaxBytes {
		return Doc{}, fmt.Errorf("%w: the file is %s, the limit is %s", ErrTooLarge, sizeString(fi.Size()), sizeString(MaxBytes))
	}
	d, err := fromBytes(name, b, format, "")
	if err != nil {
		return Doc{}, err
	}
	d.Method = MethodFile
	return d, nil
}

// FromText takes pasted text or standard input; name labels it (a default
// is used when empty). A whole HTML document (LooksLikeHTML) is extracted
// like a web page, so its text is kept without tags, up to MaxPageBytes.
func FromText(name, text string) (Doc, error) {
	if strings.TrimSpace(name) == "" {
		name = "pasted text"
	}
	format := FormatText
	if LooksLikeHTML([]byte(text)) {
		format = FormatHTML
	}
	d, err := fromBytes(name, []byte(text), format, "")
	if err != nil {
		return Doc{}, err
	}
	d.Method = MethodPaste
	return d, nil
}

// formatOfName picks the parser from the extension, then the content.
func formatOfName(name string, b []byte) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown":
		return FormatMarkdown
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".docx":
		return FormatDOCX
	case ".txt", ".text":
		// A page saved as text is still a page.
		if LooksLikeHTML(b) {
			return FormatHTML
		}
		return FormatText
	}
	if bytes.HasPrefix(b, []byte("PK\x03\x04")) && bytes.Contains(b[:min(len(b), 4096)], []byte("word/")) {
		return FormatDOCX
	}
	if LooksLikeHTML(b) || strings.HasPrefix(http.DetectContentType(b), "text/html") {
		return FormatHTML
	}
	return FormatText
}

// fromBytes converts raw content of a known format; contentType is the
// HTTP header for web pages (it may name the charset).
func fromBytes(name string, b []byte, format, contentType string) (Doc, error) {
	d := Doc{Name: name, Format: format}
	var text string
	var err error
	switch format {
	case FormatHTML:
		d, err = fromHTML(name, b, contentType, "")
		if err != nil {
			return Doc{}, err
		}
		text = d.Text
	case FormatDOCX:
		d, err = fromDOCX(name, b)
		if err != nil {
			return Doc{}, err
		}
		text = d.Text
	case FormatMarkdown:
		s, err := checkText(name, b)
		if err != nil {
			return Doc{}, err
		}
		text = StripMarkdown(s)
	default:
		text = string(b)
	}
	text, err = checkText(name, []byte(text))
	if err != nil {
		return Doc{}, err
	}
	d.Text = text
	d.Name = name
	d.Format = format
	if d.Title == "" {
		d.Title = firstLine(text, 120)
	}
	if d.Title == "" {
		d.Title = name
	}
	return d, nil
}

// firstLine is the first non-blank line, cut at max runes on a word.
func firstLine(s string, max int) string {
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		r := []rune(line)
		if len(r) <= max {
			return line
		}
		cut := string(r[:max])
		if i := strings.LastIndexByte(cut, ' '); i > max/2 {
			cut = cut[:i]
		}
		return cut + "…"
	}
	return ""
}

func unwrapPathErr(err error) error {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return shortError{"no such file", err}
	case errors.Is(err, os.ErrPermission):
		return shortError{"permission denied", err}
	}
	return err
}

// shortError says err in a few words, without the path the caller's
// message already names, and keeps err for errors.Is.
type shortError struct {
	msg string
	err error
}

func (e shortError) Error() string { return e.msg }
func (e shortError) Unwrap() error { return e.err }

func sizeString(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
