package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// ErrCharset is returned when a page's bytes cannot be turned into text
// with confidence: no declared character set fits and no guess is safe.
var ErrCharset = errors.New("cannot tell the character set")

// decodeHTML returns the page as UTF-8. The order follows what a browser
// ends up showing: byte order mark, then the HTTP header, then a
// declaration anywhere in the document (browsers re-parse when a <meta
// charset> comes after the first 1024 bytes they prescan), then UTF-8 when
// the bytes are valid UTF-8, then a guess that must yield letters of one
// script. A declared UTF-8 that the bytes contradict is not trusted. web
// selects the wording of the error: a reader cannot re-save a web page.
func decodeHTML(raw []byte, contentType string, web bool) ([]byte, string, error) {
	switch {
	case bytes.HasPrefix(raw, []byte("\xEF\xBB\xBF")):
		raw = raw[3:]
		if utf8.Valid(raw) {
			return raw, "utf-8", nil
		}
		return nil, "", badUTF8(raw, "begins with a UTF-8 byte order mark", web)
	case bytes.HasPrefix(raw, []byte("\xFF\xFE")), bytes.HasPrefix(raw, []byte("\xFE\xFF")):
		d := xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM).NewDecoder()
		b, err := d.Bytes(raw)
		if err != nil {
			return nil, "", fmt.Errorf("%w: the UTF-16 text is damaged", ErrCharset)
		}
		return b, "utf-16", nil
	}
	var claims []string // declarations the bytes contradicted, for the message
	try := func(label string) ([]byte, string, bool) {
		enc, name := charset.Lookup(label)
		if enc == nil {
			return nil, "", false
		}
		if name == "utf-8" || name == "utf-16le" || name == "utf-16be" {
			// A <meta> cannot really declare UTF-16 (the bytes it is
			// written in are ASCII-compatible); browsers read it as UTF-8.
			if utf8.Valid(raw) {
				return raw, "utf-8", true
			}
			claims = append(claims, "UTF-8")
			return nil, "", false
		}
		b, err := decodeWith(enc, raw)
		if err != nil {
			return nil, "", false
		}
		return b, name, true
	}
	if contentType != "" {
		if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
			if b, name, ok := try(params["charset"]); ok {
				return b, name, nil
			}
		}
	}
	if label := declaredCharset(raw); label != "" {
		if b, name, ok := try(label); ok {
			return b, name, nil
		}
	}
	if len(claims) == 0 && utf8.Valid(raw) {
		return raw, "utf-8", nil
	}
	if b, name, ok := guessCharset(raw); ok {
		return b, name, nil
	}
	if len(claims) > 0 {
		return nil, "", badUTF8(raw, "says it is "+claims[0], web)
	}
	if web {
		return nil, "", fmt.Errorf("%w: the page does not say which character set it uses and it is not UTF-8; open it in a web browser, copy the article text and paste it into Claimdiff", ErrCharset)
	}
	return nil, "", fmt.Errorf("%w: the file does not say which character set it uses and it is not UTF-8; save it as UTF-8 (in most editors: Save as… › Encoding › UTF-8)", ErrCharset)
}

func decodeWith(enc encoding.Encoding, raw []byte) ([]byte, error) {
	return enc.NewDecoder().Bytes(raw)
}

// badUTF8 explains a page that claims UTF-8 and is not.
func badUTF8(raw []byte, claim string, web bool) error {
	off := 0
	for off < len(raw) {
		r, size := utf8.DecodeRune(raw[off:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		off += size
	}
	if web {
		return fmt.Errorf("%w: the page %s, but its bytes are not UTF-8 (invalid byte at offset %d), so the site sends a damaged page; open it in a web browser, copy the article text and paste it into Claimdiff", ErrCharset, claim, off)
	}
	return fmt.Errorf("%w: the file %s, but its bytes are not UTF-8 (invalid byte at offset %d); save it as UTF-8 (in most editors: Save as… › Encoding › UTF-8)", ErrCharset, claim, off)
}

// declaredCharset finds the first <meta charset> or <meta http-equiv=
// "Content-Type"> of the document wherever it is. The HTML prescan only
// looks at 1024 bytes; pages with long heads (scripts, styles, many meta
// tags) put the declaration later and browsers still honour it.
func declaredCharset(raw []byte) string {
	z := html.NewTokenizer(bytes.NewReader(raw))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if atom.Lookup(name) != atom.Meta || !hasAttr {
				continue
			}
			var cs, equiv, content string
			for {
				k, v, more := z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					equiv = string(v)
				case "content":
					content = string(v)
				}
				if !more {
					break
				}
			}
			if cs = strings.TrimSpace(cs); cs != "" {
				return cs
			}
			if strings.EqualFold(strings.TrimSpace(equiv), "content-type") {
				if _, params, err := mime.ParseMediaType(content); err == nil && params["charset"] != "" {
					return params["charset"]
				}
			}
		}
	}
}

// guessCharset decodes undeclared, non-UTF-8 bytes only when the result is
// plausibly text: windows-1256 when it gives Arabic letters (the archive's
// other language, and the usual legacy encoding of Arabic sites), else
// windows-1252 when its accented letters sit inside Latin words. Arabic
// bytes read as windows-1252 give words made only of accented letters
// ("ÇáÍãíÏÇæí"); that is refused rather than stored.
func guessCharset(raw []byte) ([]byte, string, bool) {
	if b, err := decodeWith(charmap.Windows1256, raw); err == nil {
		var nonASCII, arabic int
		for _, r := range string(b) {
			if r < utf8.RuneSelf {
				continue
			}
			nonASCII++
			if unicode.Is(unicode.Arabic, r) {
				arabic++
			}
		}
		if arabic >= 8 && arabic*4 >= nonASCII*3 {
			return b, "windows-1256", true
		}
	}
	b, err := decodeWith(charmap.Windows1252, raw)
	if err != nil || looksLikeMojibake(string(b)) {
		return nil, "", false
	}
	return b, "windows-1252", true
}

// looksLikeMojibake reports whether words made only of non-ASCII letters
// are common: Latin languages mix accents with ASCII letters in a word.
func looksLikeMojibake(s string) bool {
	var withAccent, onlyAccent int
	var ascii, other int
	flush := func() {
		if other > 0 {
			withAccent++
			if ascii == 0 && other >= 3 {
				onlyAccent++
			}
		}
		ascii, other = 0, 0
	}
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && unicode.IsLetter(r):
			ascii++
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			other++
		default:
			flush()
		}
	}
	flush()
	return onlyAccent >= 3 && onlyAccent*5 > withAccent
}
