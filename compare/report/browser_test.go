package report

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// hostileSeq is what every hostile payload does when it runs: it renames
// the page and adds an element, both visible in the DOM Chromium dumps.
const hostileJS = `document.title='PWNED';document.documentElement.appendChild(document.createElement('pwned'))`

// hostileClaim is a claim whose every text field tries to run script or
// break out of its context.
func hostileClaim() *Claim {
	script := `<script>` + hostileJS + `</script>`
	img := `<img src=x onerror="` + hostileJS + `">`
	style := `</style><script>` + hostileJS + `</script><style>`
	link := `javascript:` + hostileJS
	doc := &Claim{
		Title:     "Title " + script,
		Generated: fixedTime,
		Sources: []Source{
			{Title: "Outlet " + img, Outlet: style, Author: `"><svg onload="` + hostileJS + `">`, URL: link, SHA256: "abc" + script, FetchedAt: fixedTime},
			{Title: "قناة " + script, URL: "https://example.org/a?b=<c>&d=\"e\"", FetchedAt: fixedTime},
		},
		Notes: []Note{{Source: img, Quote: style, Body: "\n# Injected heading [x](" + link + ") " + script, Created: fixedTime}},
	}
	a := Statement{Source: 0, Text: "قال مسؤول " + script + " إن القوات ستبقى " + img, Speaker: img, Channel: style}
	b := Statement{Source: 1, Text: "The official said " + style + " troops will leave " + link}
	doc.Statements = []Statement{a, b}
	doc.Pairs = []Pair{{A: a, B: b, Relation: "contradicts" + img, Confidence: 0.5, Verdict: VerdictConfirmed + script,
		Note: style + img, Reasons: []Reason{{Kind: img, A: script, B: style, AStart: 0, AEnd: 3, BStart: -1, BEnd: -1, Detail: "negation: " + script}}}}
	doc.OnlyA = []Statement{a}
	return doc
}

// chromium returns the browser's path or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	bin, err := FindChromium(Options{})
	if err != nil {
		t.Skip("chromium is not installed (apt-get install chromium)")
	}
	return bin
}

// runChromium runs headless Chromium on a local file with a fresh profile
// and the network off, and returns its standard output.
func runChromium(t *testing.T, bin, page string, extra ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	args := append(chromiumArgs(t.TempDir()), extra...)
	args = append(args, "file://"+page)
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v: %s", err, lastLine(stderr.String()))
	}
	return out
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestHostileHTMLRunsNothingInChromium opens the report of a hostile claim
// in Chromium and checks, in the DOM after load, that no payload ran and
// that the payloads show as text. A control page with the same payload and
// no escaping shows the check can see a script run.
func TestHostileHTMLRunsNothingInChromium(t *testing.T) {
	bin := chromium(t)
	control := writeFile(t, "control.html", []byte(`<!DOCTYPE html><html><head><title>control</title></head><body><p>x</p><script>`+hostileJS+`</script></body></html>`))
	dom := string(runChromium(t, bin, control, "--dump-dom", "--virtual-time-budget=2000"))
	if !strings.Contains(dom, "<title>PWNED</title>") || !strings.Contains(dom, "<pwned>") {
		t.Fatalf("the control page's script did not run, so this test could not see one run:\n%s", dom)
	}

	var b bytes.Buffer
	if err := WriteHTML(&b, hostileClaim(), Options{}); err != nil {
		t.Fatal(err)
	}
	page := writeFile(t, "report.html", b.Bytes())
	dom = string(runChromium(t, bin, page, "--dump-dom", "--virtual-time-budget=2000"))
	if strings.Contains(dom, "PWNED</title>") || strings.Contains(dom, "<pwned") {
		t.Fatalf("a hostile payload ran in the report")
	}
	if strings.Contains(dom, "<script") || strings.Contains(dom, "<svg") || strings.Contains(dom, "<img") {
		t.Errorf("the DOM has an element a payload made")
	}
	for _, want := range []string{"&lt;script&gt;document.title=", "&lt;/style&gt;", "onerror=", "javascript:document.title"} {
		if !strings.Contains(dom, want) {
			t.Errorf("the payload %q does not show as text", want)
		}
	}
	if !strings.Contains(dom, `<title>Title &lt;script&gt;`) {
		t.Errorf("the title is not the escaped claim title")
	}
}

// nonWhite is the share of pixels of img that are not near white.
func nonWhite(img image.Image) float64 {
	bd := img.Bounds()
	var n, total int
	for y := bd.Min.Y; y < bd.Max.Y; y++ {
		for x := bd.Min.X; x < bd.Max.X; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			total++
			if r < 0xE000 || g < 0xE000 || b < 0xE000 {
				n++
			}
		}
	}
	return float64(n) / float64(total)
}

// TestPDFPagesAndText prints the sample claim to PDF, turns its pages into
// images (none may be blank, all A4) and extracts its text (the Arabic
// words and the numbers must be there; pdftotext's order of right-to-left
// words may differ, so words are checked, not lines).
func TestPDFPagesAndText(t *testing.T) {
	chromium(t)
	for _, tool := range []string{"pdftoppm", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skip(tool + " (poppler-utils) is not installed")
		}
	}
	var b bytes.Buffer
	if err := WritePDF(context.Background(), &b, sampleClaim(t), Options{}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	pdf := filepath.Join(dir, "r.pdf")
	if err := os.WriteFile(pdf, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("pdftoppm", "-png", "-r", "50", pdf, filepath.Join(dir, "page")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v: %s", err, out)
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "page-*.png"))
	if len(pages) < 2 {
		t.Fatalf("%d pages; the sample claim fills more than one", len(pages))
	}
	for _, p := range pages {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		// A4 at 50 dpi is 413 x 585 pixels.
		if w, h := img.Bounds().Dx(), img.Bounds().Dy(); w < 410 || w > 416 || h < 582 || h > 588 {
			t.Errorf("%s is %dx%d, not A4", filepath.Base(p), w, h)
		}
		if nw := nonWhite(img); nw < 0.01 {
			t.Errorf("%s is blank (%.4f of pixels inked)", filepath.Base(p), nw)
		}
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	for _, w := range []string{"US forces will withdraw from Iraq", "2500", "900", "2026", "الطائي", "رويترز", "أمريكية", "SHA-256"} {
		if !strings.Contains(text, w) {
			t.Errorf("the PDF's text lacks %q", w)
		}
	}
}

// TestDOCXOpensInLibreOffice converts the DOCX to PDF with LibreOffice and
// checks its text.
func TestDOCXOpensInLibreOffice(t *testing.T) {
	var lo string
	for _, n := range []string{"libreoffice", "soffice"} {
		if p, err := exec.LookPath(n); err == nil {
			lo = p
			break
		}
	}
	if lo == "" {
		t.Skip("LibreOffice is not installed")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	var b bytes.Buffer
	if err := WriteDOCX(&b, sampleClaim(t), Options{}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "r.docx")
	if err := os.WriteFile(in, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, lo, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--convert-to", "pdf", "--outdir", dir, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("libreoffice: %v: %s", err, out)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", filepath.Join(dir, "r.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"US forces will withdraw from Iraq", "2500", "الطائي", "أمريكية", "Relation, reasons", "Verdict: confirmed"} {
		if !strings.Contains(string(out), w) {
			t.Errorf("LibreOffice's PDF lacks %q", w)
		}
	}
}

// TestScreenshot renders the sample claim's HTML report to PNG when
// CLAIMDIFF_REPORT_SHOT names the file (the picture in docs/report.png).
func TestScreenshot(t *testing.T) {
	out := os.Getenv("CLAIMDIFF_REPORT_SHOT")
	if out == "" {
		t.Skip("set CLAIMDIFF_REPORT_SHOT=file.png to render the report")
	}
	bin := chromium(t)
	var b bytes.Buffer
	if err := WriteHTML(&b, sampleClaim(t), Options{EmbedFont: true}); err != nil {
		t.Fatal(err)
	}
	page := writeFile(t, "report.html", b.Bytes())
	abs, err := filepath.Abs(out)
	if err != nil {
		t.Fatal(err)
	}
	runChromium(t, bin, page, "--hide-scrollbars", "--window-size=1000,2400", "--screenshot="+abs)
	if _, err := os.Stat(abs); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkPDF prints the sample claim to PDF; the browser's start is most
// of its time, so the log names the browser (the headless shell is about
// twice as fast as the full one).
func BenchmarkPDF(b *testing.B) {
	bin, err := FindChromium(Options{})
	if err != nil {
		b.Skip("chromium is not installed")
	}
	b.Logf("PDF printed by %s", bin)
	doc := sampleClaim(b)
	for b.Loop() {
		if err := WritePDF(context.Background(), io.Discard, doc, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
