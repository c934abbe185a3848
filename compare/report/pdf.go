package report

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"time"
)

// ErrNoChromium is returned by WritePDF when no Chromium or Chrome is
// installed: PDF reports are the HTML report printed by the browser, the
// one route that shapes Arabic and orders mixed lines correctly here.
var ErrNoChromium = errors.New("PDF export needs Chromium or Google Chrome, and neither is installed: install chromium (Debian: apt-get install chromium-headless-shell, which prints fastest, or chromium), or export HTML and print it to PDF from a browser")

// PDFTimeout bounds one print: Chromium starts in under a second, a large
// report prints in a few more.
const PDFTimeout = 2 * time.Minute

// browserNames are the programs FindChromium looks for, fastest first. The
// old headless shell (Debian's chromium-headless-shell, Google's
// chrome-headless-shell) is Blink without the browser around it: it prints
// the sample claim in about half a second, where the full browser's
// --headless mode spends most of a second starting a profile, sign-in,
// segmentation and other services a print never uses. Both lay the report
// out the same way.
var browserNames = []string{
	"chromium-headless-shell", "chrome-headless-shell",
	"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome",
}

// FindChromium returns the path of the browser WritePDF would use, or
// ErrNoChromium: opt.Chromium when set, else $CLAIMDIFF_CHROMIUM, else the
// first of the old headless shell, Chromium and Chrome that is installed.
func FindChromium(opt Options) (string, error) {
	if opt.Chromium != "" {
		return exec.LookPath(opt.Chromium)
	}
	names := browserNames
	if env := os.Getenv("CLAIMDIFF_CHROMIUM"); env != "" {
		names = append([]string{env}, names...)
	}
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p, nil
		}
	}
	return "", ErrNoChromium
}

// WritePDF writes doc as an A4 PDF: the HTML report, with the bundled
// Arabic font embedded, printed by headless Chromium with its network,
// extensions and updates off, in a fresh profile that is removed afterwards.
// The HTML allows no script, so the print runs none. Without Chromium it
// returns ErrNoChromium.
//
// The PDF is not byte-identical from run to run (Chromium stamps its
// creation time); its text and pages are.
func WritePDF(ctx context.Context, w io.Writer, doc *Claim, opt Options) error {
	bin, err := FindChromium(opt)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "claimdiff-pdf-")
	if err != nil {
		return fmt.Errorf("write pdf report: %w", err)
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "report.html")
	out := filepath.Join(dir, "report.pdf")
	f, err := os.Create(in)
	if err != nil {
		return fmt.Errorf("write pdf report: %w", err)
	}
	opt.EmbedFont = true
	if err := WriteHTML(f, doc, opt); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write pdf report: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, PDFTimeout)
	defer cancel()
	args := append(chromiumArgs(filepath.Join(dir, "profile")),
		"--print-to-pdf="+out, "--no-pdf-header-footer", "--print-to-pdf-no-header",
		"file://"+filepath.ToSlash(in))
	cmd := exec.CommandContext(ctx, bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Dir = dir
	// Debian's /usr/bin/chromium-headless-shell is a shell script that does
	// not exec the browser: when the timeout kills the script, the browser
	// may keep the stderr pipe open, so Wait must not wait for it forever.
	cmd.WaitDelay = 5 * time.Second
	runErr := cmd.Run()
	pdf, err := os.ReadFile(out)
	if err != nil || len(pdf) == 0 || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		if ctx.Err() != nil {
			return fmt.Errorf("write pdf report: Chromium did not finish within %s: %w", PDFTimeout, ctx.Err())
		}
		return fmt.Errorf("write pdf report: Chromium (%s) made no PDF: %v; %s", bin, runErr, lastLine(stderr.String()))
	}
	pdf = stampPDFDates(pdf, doc.Generated)
	if _, err := w.Write(pdf); err != nil {
		return fmt.Errorf("write pdf report: %w", err)
	}
	return nil
}

// chromiumArgs are the flags of a headless Chromium that touches nothing
// outside its own fresh profile. --no-sandbox only as root, where Chromium
// refuses to start with its sandbox.
//
// The full browser in --headless mode also builds the omnibox popup, a
// WebUI page with its own renderer and a thousand JavaScript modules, which
// costs 0.2 to 0.3 s of each print; disabling its two features removes it
// without changing the PDF (the headless shell has no omnibox and ignores
// them). Other flags were measured and left out: --single-process saves
// another 0.3 s but is unsupported and drops the renderer's process and
// sandbox; --no-zygote, --disable-dev-shm-usage,
// --run-all-compositor-stages-before-draw, crash reporter and background
// feature switches, and a reused profile made no measurable difference.
func chromiumArgs(profile string) []string {
	args := []string{"--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-extensions", "--mute-audio",
		"--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup",
		"--user-data-dir=" + profile}
	if os.Geteuid() == 0 {
		args = append(args, "--no-sandbox")
	}
	return args
}

func lastLine(s string) string {
	s = string(bytes.TrimSpace([]byte(s)))
	if i := bytes.LastIndexByte([]byte(s), '\n'); i >= 0 {
		s = s[i+1:]
	}
	if len(s) > 300 {
		s = s[:300]
	}
	return s
}

// pdfDate matches the creation and modification dates Chromium writes into
// the document information: D:YYYYMMDDHHmmSS followed by a zone offset.
var pdfDate = regexp.MustCompile(`/(CreationDate|ModDate) \(D:\d{14}[+\-Z][0-9']*\)`)

// stampPDFDates replaces Chromium's clock in the PDF's dates with the
// report's time of making, so the same report gives the same bytes. A date
// is replaced only by one of the same length, which keeps the byte offsets
// of the cross-reference table valid.
func stampPDFDates(pdf []byte, when time.Time) []byte {
	if when.IsZero() {
		return pdf
	}
	stamp := "D:" + when.UTC().Format("20060102150405") + "+00'00'"
	return pdfDate.ReplaceAllFunc(pdf, func(m []byte) []byte {
		open := bytes.IndexByte(m, '(')
		if len(m)-open-2 != len(stamp) {
			return m
		}
		out := append([]byte(nil), m[:open+1]...)
		out = append(out, stamp...)
		return append(out, ')')
	})
}
