package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// maxXMLBytes bounds what is decompressed from a DOCX, against zip bombs; the
// XML of a document is several times larger than its text.
const maxXMLBytes = 16 * MaxBytes

// fromDOCX takes the text of word/document.xml: one line per w:p paragraph,
// w:t runs joined, w:tab as a tab, w:br and w:cr as line breaks. Title and
// author come from docProps/core.xml when present.
func fromDOCX(name string, b []byte) (Doc, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return Doc{}, fmt.Errorf("%w: not a valid DOCX file (%v)", ErrNotText, err)
	}
	var body, core *zip.File
	for _, f := range zr.File {
		switch f.Name {
		case "word/document.xml":
			body = f
		case "docProps/core.xml":
			core = f
		}
	}
	if body == nil {
		return Doc{}, fmt.Errorf("%w: the DOCX file has no word/document.xml", ErrNotText)
	}
	text, err := docxText(body)
	if err != nil {
		return Doc{}, err
	}
	d := Doc{Name: name, Text: text, Format: FormatDOCX}
	if core != nil {
		d.Title, d.Author, d.Published = docxCore(core)
	}
	return d, nil
}

func openLimited(f *zip.File) (io.ReadCloser, error) {
	if f.UncompressedSize64 > maxXMLBytes {
		return nil, fmt.Errorf("%w: the DOCX text part is %s", ErrTooLarge, sizeString(int64(f.UncompressedSize64)))
	}
	return f.Open()
}

func docxText(f *zip.File) (string, error) {
	rc, err := openLimited(f)
	if err != nil {
		return "", err
	}
	defer rc.Close()
	dec := xml.NewDecoder(io.LimitReader(rc, maxXMLBytes))
	var b strings.Builder
	inText := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", fmt.Errorf("%w: the DOCX text is damaged (%v)", ErrNotText, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space != wordNS && t.Name.Space != "" {
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				b.WriteByte('\t')
			case "br", "cr":
				b.WriteByte('\n')
			}
		case xml.EndElement:
			if t.Name.Space != wordNS && t.Name.Space != "" {
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				b.WriteByte('\n')
			}
		case xml.CharData:
			if inText {
				b.Write(t)
			}
		}
		if b.Len() > MaxBytes {
			return "", fmt.Errorf("%w: the DOCX text is over %s", ErrTooLarge, sizeString(MaxBytes))
		}
	}
	return strings.TrimRight(b.String(), "\n"), nil
}

const wordNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

func docxCore(f *zip.File) (title, author string, created time.Time) {
	rc, err := openLimited(f)
	if err != nil {
		return
	}
	defer rc.Close()
	var core struct {
		Title   string `xml:"title"`
		Creator string `xml:"creator"`
		Created string `xml:"created"`
	}
	if xml.NewDecoder(io.LimitReader(rc, 1<<20)).Decode(&core) != nil {
		return
	}
	created, _ = time.Parse(time.RFC3339, strings.TrimSpace(core.Created))
	return clean(core.Title), clean(core.Creator), created.UTC()
}
