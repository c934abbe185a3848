package ingest

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// MaxPageBytes caps the raw HTML of a page or .html file. Pages carry far
// more markup, scripts and inline data than text (a 6 MiB page may hold 3
// KiB of article), so the engine's text limit applies to the extracted
// text, and this larger bound only protects memory: extracting a page takes
// about 13 times its size (BenchmarkFromHTML16MB), so 16 MiB stays near
// 200 MB.
const MaxPageBytes = 16 << 20

// fromHTML decodes a page to UTF-8 (see decodeHTML) and keeps its main
// text. Metadata is read from the whole page first; then comment
// sections, captions, ads, promotions, bylines and datelines are removed
// by structure, readability picks the article, and line rules drop the
// labels and credits the structure did not mark. pageURL is empty for a
// local file or pasted HTML.
func fromHTML(name string, raw []byte, contentType, pageURL string) (Doc, error) {
	web := pageURL != ""
	if len(raw) > MaxPageBytes {
		return Doc{}, fmt.Errorf("%w: the page is %s, the limit for a web page is %s", ErrTooLarge, sizeString(int64(len(raw))), sizeString(MaxPageBytes))
	}
	b, _, err := decodeHTML(raw, contentType, web)
	if err != nil {
		return Doc{}, err
	}
	if bytes.IndexByte(b, 0) >= 0 {
		// The parser turns NUL into U+FFFD; a NUL means a binary file.
		if _, err := checkText(name, b); err != nil {
			return Doc{}, err
		}
	}
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return Doc{}, fmt.Errorf("%w in the page", ErrNoText)
	}
	meta := readMeta(doc)
	removeJunk(doc)
	var u *url.URL
	if pageURL != "" {
		u, _ = url.Parse(pageURL)
	}
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(doc, u)
	if err != nil || art.Node == nil {
		return Doc{}, fmt.Errorf("%w in the page", ErrNoText)
	}
	text := dropJunkLines(renderText(art.Node))
	if meta.standfirst != "" && !strings.Contains(text, meta.standfirst) && !isJunkLine(meta.standfirst) {
		text = meta.standfirst + "\n\n" + text
	}
	text = tidyText(text)
	if strings.TrimSpace(text) == "" {
		return Doc{}, fmt.Errorf("%w in the page", ErrNoText)
	}
	d := Doc{
		Name:      name,
		Title:     meta.title,
		Author:    meta.author,
		Outlet:    meta.outlet,
		Published: meta.published,
		Text:      text,
		Format:    FormatHTML,
	}
	// Readability's title already drops most site names from <title>.
	for _, c := range []string{d.Title, art.Title(), meta.docTitle} {
		if c = clean(c); c != "" {
			d.Title = stripSiteName(c, meta.h1, meta.siteNames...)
			break
		}
	}
	if d.Outlet == "" {
		d.Outlet = clean(art.SiteName())
	}
	if d.Author == "" {
		if a := cleanAuthor(art.Byline()); a != d.Outlet {
			d.Author = a
		}
	}
	return d, nil
}

// LooksLikeHTML reports whether content is an HTML document by what it
// starts with (after a byte order mark and white space): a doctype, an
// <html> or <head> tag, or a comment followed by one of them. Text that
// merely contains tags is not a document.
func LooksLikeHTML(b []byte) bool {
	b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	for range 4 {
		b = bytes.TrimLeft(b, " \t\r\n\f")
		if !bytes.HasPrefix(b, []byte("<!--")) {
			break
		}
		end := bytes.Index(b, []byte("-->"))
		if end < 0 {
			return false
		}
		b = b[end+3:]
	}
	head := strings.ToLower(string(b[:min(len(b), 16)]))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<?xml"} {
		if strings.HasPrefix(head, p) {
			if p == "<?xml" {
				return bytes.Contains(bytes.ToLower(b[:min(len(b), 1024)]), []byte("<html"))
			}
			if len(head) == len(p) || p == "<!doctype html" {
				return true
			}
			c := head[len(p)]
			return c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/'
		}
	}
	return false
}

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// tidyText trims each line and keeps at most one blank line between
// paragraphs, so that the engine sees paragraphs and no layout noise.
func tidyText(s string) string {
	var b strings.Builder
	blank := 0
	for line := range strings.SplitSeq(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			blank++
			continue
		}
		if b.Len() > 0 {
			if blank > 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteString("\n")
			}
		}
		blank = 0
		b.WriteString(line)
	}
	return b.String()
}
