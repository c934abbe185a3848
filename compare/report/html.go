package report

import (
	"bufio"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/claimdiff/claimdiff/assets"
)

// Options tune the writers. The zero value is the default everywhere.
type Options struct {
	// EmbedFont puts the bundled Arabic font into the HTML as a data: URL,
	// so that Arabic shows on a machine that has no Arabic font (WritePDF
	// sets it). It adds about 330 kB.
	EmbedFont bool
	// Chromium is the browser WritePDF prints with; empty looks for
	// chromium, chromium-browser, google-chrome on PATH ($CLAIMDIFF_CHROMIUM
	// first).
	Chromium string
	// Author is who reviewed the claim, for ClaimReview; empty writes
	// DefaultAuthor.
	Author string
	// URL is where the review is published, for ClaimReview; optional.
	URL string
	// Rating is the journalist's rating of the claim, for ClaimReview: free
	// text written as the reviewRating's alternateName ("False",
	// "Misleading", "Unproven"). Empty leaves reviewRating out.
	Rating string
}

// CSP is the Content-Security-Policy of every HTML report: nothing may load
// or run; only the inline style sheet and data: images are allowed.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

//go:embed report.css
var reportCSS string

//go:embed report.html.tmpl
var reportTmpl string

// htmlTmpl is parsed when the first HTML report is written, not at every
// start of the program (it took 0.4 ms).
var htmlTmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("report").Funcs(template.FuncMap{
		"verdict":           verdictName,
		"confidenceMeaning": func() string { return confidenceMeaning },
		"pct":               func(f float64) string { return fmt.Sprintf("%.0f%%", f*100) },
		"when":              when,
		"date":              date,
		"iso":               func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
		"safeURL":           safeURL,
		"sideA":             func(p para) sideView { return sideView{P: p, Del: true} },
		"sideB":             func(p para) sideView { return sideView{P: p} },
		"add":               func(a, b int) int { return a + b },
		"plain":             plain,
		"inline":            inline,
		"pairView":          pairViewOf,
		"reason":            reasonLine,
		"lines":             lines,
	}).Parse(reportTmpl))
})

// sideView is one paragraph and whether its changes are deletions (side A)
// or insertions (side B).
type sideView struct {
	P   para
	Del bool
}

// pairView is a pair laid out for the templates.
type pairView struct {
	*Pair
	A, B           para
	SrcA, SrcB     sourceRef
	HasEvidence    bool
	VerdictPending bool
	Repeats        string // repeatLine
}

// htmlView is the data of the HTML template.
type htmlView struct {
	*Claim
	CSP   string
	CSS   template.CSS
	Lang  string
	Pairs []pairView
	Bysrc []sourceStatements
	Tally string // the pairs counted by relation, in words (tally.String)
}

type sourceStatements struct {
	Label      string
	Statements []Statement
}

func pairViewOf(doc *Claim, p *Pair, nums map[int64]int) pairView {
	a, b := pairSides(p)
	v := pairView{Pair: p, A: a, B: b, SrcA: doc.sourceRef(p.A), SrcB: doc.sourceRef(p.B), Repeats: repeatLine(p, nums)}
	for _, r := range p.Reasons {
		if r.AStart >= 0 || r.BStart >= 0 {
			v.HasEvidence = true
		}
	}
	return v
}

// WriteHTML writes doc as one self-contained HTML file: styles inline, no
// script, nothing loaded from outside (its Content-Security-Policy forbids
// it), every text escaped by html/template, directions set per paragraph.
func WriteHTML(w io.Writer, doc *Claim, opt Options) error {
	doc = doc.inReportOrder()
	v := htmlView{Claim: doc, CSP: CSP, CSS: template.CSS(reportCSS), Lang: "en"}
	if opt.EmbedFont {
		v.CSP += "; font-src data:"
		v.CSS = template.CSS(fontFace() + reportCSS)
	}
	v.Tally = doc.tally().String()
	nums := doc.repeatNumbers()
	for i := range doc.Pairs {
		v.Pairs = append(v.Pairs, pairViewOf(doc, &doc.Pairs[i], nums))
	}
	v.Bysrc = statementsBySource(doc)
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := htmlTmpl().Execute(bw, v); err != nil {
		return fmt.Errorf("write html report: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write html report: %w", err)
	}
	return nil
}

// statementsBySource groups the claim's statements under their source, in
// the sources' order; statements of no known source come last.
func statementsBySource(doc *Claim) []sourceStatements {
	if len(doc.Statements) == 0 {
		return nil
	}
	out := make([]sourceStatements, len(doc.Sources)+1)
	for i, s := range doc.Sources {
		out[i].Label = s.Label()
	}
	out[len(doc.Sources)].Label = "Other statements"
	for _, st := range doc.Statements {
		k := st.Source
		if k < 0 || k >= len(doc.Sources) {
			k = len(doc.Sources)
		}
		out[k].Statements = append(out[k].Statements, st)
	}
	kept := out[:0]
	for _, g := range out {
		if len(g.Statements) > 0 {
			kept = append(kept, g)
		}
	}
	return kept
}

// lines splits text at its line breaks, which the HTML template writes as
// <br> (a journalist's note keeps its lines).
func lines(text string) []string {
	out := strings.Split(text, "\n")
	for i, l := range out {
		out[i] = strings.TrimSuffix(l, "\r")
	}
	return out
}

// fontFace is the @font-face rule of the bundled Arabic font, limited to
// the Arabic blocks so that Latin text keeps the reader's font.
func fontFace() string {
	return `@font-face{font-family:"Claimdiff Arabic";src:url(data:font/ttf;base64,` +
		base64.StdEncoding.EncodeToString(assets.ArabicRegular) +
		`) format("truetype");unicode-range:U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF;}` + "\n"
}

// safeURL returns u when it is an absolute http or https address, the only
// links a report makes clickable; otherwise "" and the address shows as
// text.
func safeURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" || (p.Scheme != "http" && p.Scheme != "https") {
		return ""
	}
	return p.String()
}

// when formats a time for reading, in UTC; "" when unknown.
func when(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

// date formats a publication date; "" when unknown.
func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02")
}
