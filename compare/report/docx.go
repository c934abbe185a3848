package report

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"
)

// DOCX is written by hand: a handful of WordprocessingML parts in a zip.
// Arabic paragraphs carry <w:bidi/> and Arabic runs <w:rtl/>, so Word and
// LibreOffice shape and order the text themselves; no Go library here
// shapes Arabic. Element order inside w:pPr and w:rPr follows the schema,
// which Word enforces.

// Colours shared with the HTML report (hex, no '#').
const (
	docxInsFill = "D3F5DC"
	docxInsFg   = "0B5D1E"
	docxDelFill = "FDE0DE"
	docxDelFg   = "8F1D14"
	docxMuted   = "555D68"
	docxLine    = "C9CED6"
)

// A4 with 18 mm margins, in twentieths of a point.
const (
	docxPageW  = 11906
	docxPageH  = 16838
	docxMargin = 1020
	docxTextW  = docxPageW - 2*docxMargin
)

// WriteDOCX writes doc as a Word document: sources with provenance, a
// table of pairs with highlighted differences and evidence, statements by
// source and notes. The zip's entries carry doc.Generated as their time,
// so the same doc gives the same bytes.
func WriteDOCX(w io.Writer, doc *Claim, opt Options) error {
	z := zip.NewWriter(w)
	mod := doc.Generated
	if mod.IsZero() || mod.Year() < 1980 {
		mod = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", docxContentTypes},
		{"_rels/.rels", docxRels},
		{"docProps/core.xml", docxCore(doc)},
		{"word/_rels/document.xml.rels", docxDocRels},
		{"word/styles.xml", docxStyles},
		{"word/document.xml", docxDocument(doc.inReportOrder())},
	}
	for _, p := range parts {
		fw, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: mod.UTC()})
		if err != nil {
			return fmt.Errorf("write docx report: %w", err)
		}
		if _, err := io.WriteString(fw, p.body); err != nil {
			return fmt.Errorf("write docx report: %w", err)
		}
	}
	if err := z.Close(); err != nil {
		return fmt.Errorf("write docx report: %w", err)
	}
	return nil
}

// xmlText escapes s for XML text and attributes; characters XML cannot
// hold become U+FFFD.
func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// runStyle is a run's formatting.
type runStyle struct {
	Bold, Small, Muted, Mono bool
	RTL                      bool
	Ins, Del, Evidence       bool
}

// docxBuilder accumulates the body of document.xml.
type docxBuilder struct{ b strings.Builder }

func (d *docxBuilder) run(text string, st runStyle) {
	if text == "" {
		return
	}
	b := &d.b
	b.WriteString("<w:r><w:rPr>")
	if st.Mono {
		b.WriteString(`<w:rFonts w:ascii="DejaVu Sans Mono" w:hAnsi="DejaVu Sans Mono" w:cs="DejaVu Sans Mono"/>`)
	}
	if st.Bold {
		b.WriteString("<w:b/><w:bCs/>")
	}
	if st.Del {
		b.WriteString("<w:strike/>")
	}
	switch {
	case st.Ins:
		b.WriteString(`<w:color w:val="` + docxInsFg + `"/>`)
	case st.Del:
		b.WriteString(`<w:color w:val="` + docxDelFg + `"/>`)
	case st.Muted:
		b.WriteString(`<w:color w:val="` + docxMuted + `"/>`)
	}
	if st.Small {
		b.WriteString(`<w:sz w:val="16"/><w:szCs w:val="16"/>`)
	}
	if st.Evidence {
		b.WriteString(`<w:highlight w:val="yellow"/>`)
	}
	if st.Ins {
		b.WriteString(`<w:u w:val="single"/>`)
	}
	switch {
	case st.Ins && !st.Evidence:
		b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="` + docxInsFill + `"/>`)
	case st.Del && !st.Evidence:
		b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="` + docxDelFill + `"/>`)
	}
	if st.RTL {
		b.WriteString("<w:rtl/>")
	}
	b.WriteString("</w:rPr>")
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteString("<w:br/>")
		}
		b.WriteString(`<w:t xml:space="preserve">`)
		b.WriteString(xmlText(line))
		b.WriteString("</w:t>")
	}
	b.WriteString("</w:r>")
}

// pOpen starts a paragraph; style is a paragraph style id or "".
func (d *docxBuilder) pOpen(style string, rtl bool) {
	d.b.WriteString("<w:p><w:pPr>")
	if style != "" {
		d.b.WriteString(`<w:pStyle w:val="` + style + `"/>`)
	}
	if rtl {
		d.b.WriteString("<w:bidi/>")
	}
	d.b.WriteString("</w:pPr>")
}

func (d *docxBuilder) pClose() { d.b.WriteString("</w:p>") }

// para writes a simple paragraph of one run.
func (d *docxBuilder) para(style, text string, st runStyle) {
	d.pOpen(style, false)
	d.run(text, st)
	d.pClose()
}

// laidOut writes a paragraph laid out by layout: <w:bidi/> when it reads
// right to left, <w:rtl/> on its right-to-left runs, its changes as del
// (side A) or ins marks and its evidence highlighted. label, when set,
// leads the paragraph.
func (d *docxBuilder) laidOut(style string, p para, del bool, label string, base runStyle) {
	d.pOpen(style, p.RTL)
	if label != "" {
		lb := base
		lb.Bold = true
		lb.RTL = p.RTL
		d.run(label, lb)
	}
	for _, sp := range p.Spans {
		for _, pc := range sp.Pieces {
			st := base
			st.RTL = sp.RTL
			st.Evidence = pc.Evidence
			st.Del = pc.Changed && del
			st.Ins = pc.Changed && !del
			d.run(pc.Text, st)
		}
	}
	d.pClose()
}

// labelled writes "Label: value" in the value's direction: a paragraph
// whose value is Arabic reads right to left (<w:bidi/>, rtl runs), as Word
// needs to order it, whatever the language of the label.
func (d *docxBuilder) labelled(label, value string) {
	if value == "" {
		return
	}
	d.laidOut("Small", plain(value), false, label+": ", runStyle{})
}

func (d *docxBuilder) cellOpen(width int, fill string) {
	d.b.WriteString(fmt.Sprintf(`<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, width))
	if fill != "" {
		d.b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="` + fill + `"/>`)
	}
	d.b.WriteString("</w:tcPr>")
}

func (d *docxBuilder) cellClose() { d.b.WriteString("</w:tc>") }

// tableOpen starts a bordered table with these column widths and a header
// row repeated on every page.
func (d *docxBuilder) tableOpen(widths []int, headers []string) {
	b := &d.b
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>`)
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		b.WriteString(`<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="` + docxLine + `"/>`)
	}
	b.WriteString(`</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>`)
	for _, wd := range widths {
		b.WriteString(fmt.Sprintf(`<w:gridCol w:w="%d"/>`, wd))
	}
	b.WriteString(`</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`)
	for i, h := range headers {
		d.cellOpen(widths[i], "EEF0F3")
		d.para("", h, runStyle{Bold: true})
		d.cellClose()
	}
	b.WriteString("</w:tr>")
}

func docxDocument(doc *Claim) string {
	d := &docxBuilder{}
	d.b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	kind := "Claim report"
	if doc.IsComparison() {
		kind = "Comparison report"
	}
	d.para("Small", kind, runStyle{Muted: true})
	t := plain(doc.Title)
	d.laidOut("Title", t, false, "", runStyle{})
	meta := fmt.Sprintf("Made %s by Claimdiff · %d sources", when(doc.Generated), len(doc.Sources))
	if len(doc.Statements) > 0 {
		meta += fmt.Sprintf(" · %d statements", len(doc.Statements))
	}
	meta += fmt.Sprintf(" · %d pairs: %s", len(doc.Pairs), doc.tally())
	if len(doc.Ignore) > 0 {
		meta += " · diff ignores " + strings.Join(doc.Ignore, ", ")
	}
	d.para("", meta, runStyle{Muted: true})

	// Legend.
	d.para("Heading1", "Legend", runStyle{})
	d.pOpen("Small", false)
	d.run("deleted", runStyle{Del: true})
	d.run(" words of the left statement that the right one lacks · ", runStyle{})
	d.run("inserted", runStyle{Ins: true})
	d.run(" words of the right statement that the left one lacks · ", runStyle{})
	d.run("evidence", runStyle{Evidence: true})
	if doc.IsComparison() {
		d.run(" the words a reason points at. Relations, reasons and confidence are the engine's suggestions to check.", runStyle{})
	} else {
		d.run(" the words a reason points at. Relations, reasons and confidence are the engine's; verdicts and notes are the journalist's.", runStyle{})
		d.run(" "+confidenceMeaning, runStyle{})
	}
	d.pClose()

	// Sources.
	d.para("Heading1", "Sources", runStyle{})
	for i, s := range doc.Sources {
		name := fmt.Sprintf("%d. ", i+1)
		if doc.IsComparison() {
			name = string(rune('A'+i)) + ". "
		}
		d.laidOut("Heading2", plain(s.Label()), false, name, runStyle{})
		if s.Outlet != s.Label() {
			d.labelled("Outlet", s.Outlet)
		}
		d.labelled("Author", s.Author)
		for _, a := range s.AlsoPublished {
			d.labelled("Also published by", a.Line())
		}
		d.labelled("Published", date(s.Published))
		d.labelled("URL", s.URL)
		fetched := when(s.FetchedAt)
		if fetched != "" && s.Method != "" {
			fetched += " (" + s.Method + ")"
		}
		d.labelled("Fetched", fetched)
		if s.SHA256 != "" {
			d.pOpen("Small", false)
			d.run("SHA-256: ", runStyle{Bold: true})
			d.run(s.SHA256, runStyle{Mono: true})
			d.pClose()
		}
	}

	// Pairs.
	title := "Contradictions and agreements"
	left, right := "Left", "Right"
	if doc.IsComparison() {
		title, left, right = "Aligned statements", "A", "B"
	}
	d.para("Heading1", title, runStyle{})
	if len(doc.Pairs) == 0 {
		d.para("", "No pairs.", runStyle{Muted: true})
	} else {
		widths := []int{454, 3550, 3550, docxTextW - 454 - 7100}
		last := "Relation, reasons, verdict"
		if doc.IsComparison() {
			last = "Relation, reasons"
		}
		d.tableOpen(widths, []string{"#", left, right, last})
		nums := doc.repeatNumbers()
		for i := range doc.Pairs {
			p := &doc.Pairs[i]
			a, b := pairSides(p)
			d.b.WriteString("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
			d.cellOpen(widths[0], "")
			d.para("", fmt.Sprint(i+1), runStyle{})
			d.cellClose()
			for k, side := range []struct {
				st  Statement
				p   para
				del bool
			}{{p.A, a, true}, {p.B, b, false}} {
				d.cellOpen(widths[1+k], "")
				ref := doc.sourceRef(side.st)
				d.laidOut("Small", fieldsLine(" · ", ref.Outlet, ref.Title), false, ref.Num+": ", runStyle{Muted: true})
				if side.st.Speaker != "" {
					d.labelled("Speaker", side.st.Speaker)
				}
				d.laidOut("", side.p, side.del, "", runStyle{})
				d.cellClose()
			}
			d.cellOpen(widths[3], "")
			rel := fmt.Sprintf("%s (%.0f%%)", p.Relation, p.Confidence*100)
			if p.Moved {
				rel += ", moved"
			}
			d.para("", rel, runStyle{Bold: true})
			if p.ID != 0 {
				d.para("Small", fmt.Sprintf("Archive pair %d", p.ID), runStyle{Muted: true})
			}
			if r := repeatLine(p, nums); r != "" {
				d.para("Small", strings.ToUpper(r[:1])+r[1:], runStyle{Muted: true})
			}
			for _, r := range p.Reasons {
				d.laidOut("Small", reasonLine(r), false, "", runStyle{})
			}
			if p.Verdict != "" {
				d.para("", "Verdict: "+verdictName(p.Verdict), runStyle{Bold: true})
			}
			if p.Note != "" {
				d.laidOut("Small", plain(p.Note), false, "Note: ", runStyle{})
			}
			d.cellClose()
			d.b.WriteString("</w:tr>")
		}
		d.b.WriteString("</w:tbl>")
	}

	if len(doc.Conflicts) > 0 {
		d.para("Heading1", fmt.Sprintf("Conflicting numbers and dates (%d)", len(doc.Conflicts)), runStyle{})
		widths := []int{900, 2400, (docxTextW - 3300) / 2, (docxTextW - 3300) / 2}
		d.tableOpen(widths, []string{"Pair", "What", "A says", "B says"})
		for _, c := range doc.Conflicts {
			d.b.WriteString("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
			for k, cell := range []para{inline(fmt.Sprint(c.Pair + 1)), inline(c.What), plain(c.A), plain(c.B)} {
				d.cellOpen(widths[k], "")
				d.laidOut("", cell, false, "", runStyle{})
				d.cellClose()
			}
			d.b.WriteString("</w:tr>")
		}
		d.b.WriteString("</w:tbl>")
	}

	// Statements without a partner, then by source.
	only := func(head string, sts []Statement) {
		if len(sts) == 0 {
			return
		}
		d.para("Heading2", head, runStyle{})
		for _, st := range sts {
			d.laidOut("", plain(st.Text), false, "", runStyle{})
		}
	}
	if len(doc.OnlyA) > 0 || len(doc.OnlyB) > 0 {
		d.para("Heading1", "Statements with no partner", runStyle{})
		only(fmt.Sprintf("Only in A (%d)", len(doc.OnlyA)), doc.OnlyA)
		only(fmt.Sprintf("Only in B (%d)", len(doc.OnlyB)), doc.OnlyB)
	}
	if groups := statementsBySource(doc); len(groups) > 0 {
		d.para("Heading1", "Statements by source", runStyle{})
		for _, g := range groups {
			d.laidOut("Heading2", plain(g.Label), false, "", runStyle{})
			for _, st := range g.Statements {
				if st.Speaker != "" {
					d.labelled("Speaker", st.Speaker)
				}
				d.laidOut("", plain(st.Text), false, "", runStyle{})
			}
		}
	}
	if len(doc.Notes) > 0 {
		d.para("Heading1", "Notes", runStyle{})
		for _, n := range doc.Notes {
			d.labelledSmall("", n.Source)
			if n.Quote != "" {
				d.laidOut("Quote", plain(n.Quote), false, "", runStyle{})
			}
			d.laidOut("", plain(n.Body), false, "", runStyle{})
		}
	}
	d.para("Small", "Made with Claimdiff. Each source's SHA-256 identifies the exact text snapshot compared.", runStyle{Muted: true})
	fmt.Fprintf(&d.b, `<w:sectPr><w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`,
		docxPageW, docxPageH, docxMargin, docxMargin, docxMargin, docxMargin)
	return d.b.String()
}

// labelledSmall writes a muted line, label then text, in the text's own
// direction, such as a source's name above a statement.
func (d *docxBuilder) labelledSmall(label, text string) {
	if text == "" {
		return
	}
	d.laidOut("Small", plain(text), false, label, runStyle{Muted: true})
}

func docxCore(doc *Claim) string {
	created := doc.Generated.UTC().Format(time.RFC3339)
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + xmlText(doc.Title) + `</dc:title><dc:creator>Claimdiff</dc:creator>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">` + created + `</dcterms:created>` +
		`<dcterms:modified xsi:type="dcterms:W3CDTF">` + created + `</dcterms:modified></cp:coreProperties>`
}

const docxContentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`

const docxRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`

const docxDocRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`

// docxStyles: Noto Sans for Latin, Noto Sans Arabic for complex script
// (bundled with Claimdiff, OFL); Word substitutes when they are missing.
const docxStyles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Noto Sans" w:hAnsi="Noto Sans" w:eastAsia="Noto Sans" w:cs="Noto Sans Arabic"/><w:sz w:val="20"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="16191D"/></w:pBdr><w:spacing w:before="320" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="22"/><w:szCs w:val="24"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Small"><w:name w:val="Small"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="40"/></w:pPr><w:rPr><w:sz w:val="17"/><w:szCs w:val="18"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="284" w:right="284"/></w:pPr><w:rPr><w:i/><w:iCs/></w:rPr></w:style>` +
	`</w:styles>`
