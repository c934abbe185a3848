package ingest

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html/charset"
)

// fromHTML decodes a page to UTF-8 (BOM, then the Content-Type header, then
// <meta charset>, then UTF-8 if valid) and keeps its main text: readability
// drops scripts, styles, navigation and boilerplate. Title, author, site and
// date come from the page's metadata (og:, article:published_time, meta
// author, JSON-LD) through readability.
func fromHTML(name string, raw []byte, contentType, pageURL string) (Doc, error) {
	if contentType == "" {
		contentType = "text/html"
	}
	enc, encName, _ := charset.DetermineEncoding(raw, contentType)
	b := raw
	if encName != "utf-8" {
		decoded, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(raw)))
		if err != nil {
			return Doc{}, fmt.Errorf("%w: cannot convert the page from %s to UTF-8", ErrNotText, encName)
		}
		b = decoded
	}
	// The parser would treat invalid UTF-8 as Latin-1; refuse it instead so
	// the message names the real problem.
	if _, err := checkText(name, b); err != nil {
		return Doc{}, err
	}
	var u *url.URL
	if pageURL != "" {
		u, _ = url.Parse(pageURL)
	}
	art, err := readability.FromReader(bytes.NewReader(b), u)
	if err != nil || art.Node == nil {
		return Doc{}, fmt.Errorf("%w in the page", ErrNoText)
	}
	var sb strings.Builder
	if err := art.RenderText(&sb); err != nil {
		return Doc{}, fmt.Errorf("%w in the page", ErrNoText)
	}
	d := Doc{
		Name:   name,
		Title:  clean(art.Title()),
		Author: clean(art.Byline()),
		Outlet: clean(art.SiteName()),
		Text:   tidyText(sb.String()),
		Format: FormatHTML,
	}
	if t, err := art.PublishedTime(); err == nil {
		d.Published = t.UTC()
	}
	if strings.TrimSpace(d.Text) == "" {
		return Doc{}, fmt.Errorf("%w in the page", ErrNoText)
	}
	return d, nil
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
