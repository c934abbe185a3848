package cli

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/assets"
	"github.com/claimdiff/claimdiff/compare"
	reports "github.com/claimdiff/claimdiff/compare/report"
	"github.com/claimdiff/claimdiff/data"
)

// sampleArchive makes an archive with the sample claim, a verdict and a
// note, and returns its path and the claim's id.
func sampleArchive(t *testing.T) (string, int64) {
	t.Helper()
	db := filepath.Join(t.TempDir(), "a.db")
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	c, err := st.LoadSample(ctx)
	if err != nil {
		t.Fatal(err)
	}
	pairs, err := st.Contradictions(ctx, c.ID, data.PairFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(pairs) == 0 {
		t.Fatal("the sample claim has no contradictions")
	}
	if err := st.SetVerdict(ctx, pairs[0].ID, data.Confirmed, "Checked: <script>alert(1)</script> the dates differ."); err != nil {
		t.Fatal(err)
	}
	src := pairs[0].A.SourceID
	if _, err := st.AddNote(ctx, data.Note{ClaimID: c.ID, SourceID: &src, Quote: "محض كذب", Body: "A denial, through a Lebanese paper."}); err != nil {
		t.Fatal(err)
	}
	return db, c.ID
}

func TestExportEveryFormatIsRepeatable(t *testing.T) {
	db, id := sampleArchive(t)
	dir := t.TempDir()
	for _, f := range reports.Formats {
		if f == "pdf" {
			continue // TestExportPDF
		}
		t.Run(f, func(t *testing.T) {
			var outs [2][]byte
			for k := range outs {
				out := filepath.Join(dir, f+string(rune('0'+k))+reports.Ext(f))
				code, _, errOut := run(t, "", "--db", db, "export", "--claim", itoa(id), "--format", f, "-o", out, "--time", "2026-03-14T09:26:53Z", "--author", "Example Desk", "--rating", "Misleading")
				if code != 0 {
					t.Fatalf("export %s: exit %d: %s", f, code, errOut)
				}
				b, err := os.ReadFile(out)
				if err != nil {
					t.Fatal(err)
				}
				outs[k] = b
			}
			if !bytes.Equal(outs[0], outs[1]) {
				t.Fatalf("two exports of the same claim at the same --time differ")
			}
			checkExport(t, f, outs[0])
		})
	}
}

// checkExport checks that an export carries the claim's data.
func checkExport(t *testing.T, format string, b []byte) {
	t.Helper()
	text := string(b)
	switch format {
	case "docx":
		z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range z.File {
			if f.Name == "word/document.xml" {
				r, _ := f.Open()
				var buf bytes.Buffer
				buf.ReadFrom(r)
				text = buf.String()
			}
		}
	case "csv":
		if !strings.HasPrefix(text, "\uFEFFclaim,pair,relation") {
			t.Errorf("csv does not start with a BOM and the header: %q", text[:min(len(text), 40)])
		}
		// The CSV holds pairs only: which statements the engine pairs is
		// its business; the journalist's verdict and note must be there.
		for _, want := range []string{"US forces will withdraw from Iraq", ",confirmed,", "the dates differ"} {
			if !strings.Contains(text, want) {
				t.Errorf("csv export lacks %q", want)
			}
		}
		return
	case "json":
		var v struct {
			Schema  string
			Sources []struct{ SHA256 string }
			Pairs   []struct{ Verdict string }
		}
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatal(err)
		}
		sample, _ := assets.Sample()
		if v.Schema != reports.Schema || len(v.Sources) != 2*len(sample.Accounts) || v.Sources[0].SHA256 == "" || len(v.Pairs) == 0 {
			t.Errorf("json: schema %q, %d sources, %d pairs", v.Schema, len(v.Sources), len(v.Pairs))
		}
	case "claimreview":
		var v map[string]any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatal(err)
		}
		if v["@type"] != "ClaimReview" || v["datePublished"] != "2026-03-14" {
			t.Errorf("claimreview: %v", v)
		}
		if r, _ := v["reviewRating"].(map[string]any); r["alternateName"] != "Misleading" {
			t.Errorf("the rating must be the journalist's --rating, got %v", r)
		}
		return
	}
	for _, want := range []string{"US forces will withdraw from Iraq", "لا نية أمريكية للانسحاب", "Reuters"} {
		if !strings.Contains(text, want) {
			t.Errorf("%s export lacks %q", format, want)
		}
	}
	if format == "html" {
		if strings.Contains(text, "<script>") {
			t.Errorf("html export contains a raw <script> from a note")
		}
		if !strings.Contains(text, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			t.Errorf("html export lacks the escaped note")
		}
	}
}

func itoa(id int64) string { return strconv.FormatInt(id, 10) }

func TestExportFormatFromExtension(t *testing.T) {
	db, id := sampleArchive(t)
	out := filepath.Join(t.TempDir(), "r.md")
	code, _, errOut := run(t, "", "--db", db, "export", "--claim", itoa(id), "-o", out, "--time", "2026-03-14T09:26:53Z")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	b, _ := os.ReadFile(out)
	if !strings.HasPrefix(string(b), "# US forces will withdraw from Iraq\n") {
		t.Errorf("-o r.md did not write Markdown: %q", b[:min(len(b), 60)])
	}
}

func TestExportErrors(t *testing.T) {
	db, _ := sampleArchive(t)
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"export"}, 2, "needs --claim"},
		{[]string{"export", "--claim", "x"}, 2, "not a claim ID"},
		{[]string{"export", "--claim", "1", "--format", "rtf"}, 2, "unknown format"},
		{[]string{"export", "--claim", "1", "--time", "yesterday"}, 2, "RFC 3339"},
		{[]string{"export", "--claim", "999"}, 1, "no claim 999"},
		{[]string{"export", "--claim", "1", "-o", filepath.Join(t.TempDir(), "missing", "r.html")}, 1, "cannot write"},
		{[]string{"export", "--claim", "1", "-o", t.TempDir()}, 2, "is a folder; give a file name"},
		{[]string{"export", "--claim", "1", "-o", db}, 2, "is an SQLite database"},
	} {
		code, _, errOut := run(t, "", append([]string{"--db", db}, tc.args...)...)
		if code != tc.code || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tc.args, code, errOut, tc.code, tc.want)
		}
	}
}

func TestExportPDF(t *testing.T) {
	if _, err := reports.FindChromium(reports.Options{}); err != nil {
		t.Skip("chromium is not installed")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	db, id := sampleArchive(t)
	out := filepath.Join(t.TempDir(), "r.pdf")
	code, _, errOut := run(t, "", "--db", db, "export", "--claim", itoa(id), "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	txt, err := exec.Command("pdftotext", "-enc", "UTF-8", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Reuters", "2500", "الطائي"} {
		if !strings.Contains(string(txt), w) {
			t.Errorf("the PDF's text lacks %q", w)
		}
	}
}

func TestExportPDFWithoutChromium(t *testing.T) {
	db, id := sampleArchive(t)
	t.Setenv("PATH", t.TempDir())
	t.Setenv("CLAIMDIFF_CHROMIUM", "")
	out := filepath.Join(t.TempDir(), "r.pdf")
	code, _, errOut := run(t, "", "--db", db, "export", "--claim", itoa(id), "-o", out)
	if code != 1 || !strings.Contains(errOut, "install") || !strings.Contains(errOut, "html") {
		t.Errorf("exit %d, stderr %q: want a clear error saying to install chromium or export HTML", code, errOut)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("a failed export left %s behind", out)
	}
}

// TestExportComparison is the path 'claimdiff compare A B --format html -o
// FILE' takes: a comparison's report with its word diff, repeatable with
// --time.
func TestExportComparison(t *testing.T) {
	a := "Reuters reported that about 2,500 US troops are in Iraq.\nThe rest will leave by the end of 2026."
	b := "Reuters reported that about 3,000 US troops are in Iraq.\nThe rest will leave by the end of 2026.\nA new sentence."
	c := compare.Compare(a, b, compare.Options{})
	dir := t.TempDir()
	var outs [2]string
	for k := range outs {
		fs := flag.NewFlagSet("compare", flag.ContinueOnError)
		rf := addReportFlags(fs, false)
		out := filepath.Join(dir, "c"+strconv.Itoa(k)+".html")
		if err := fs.Parse([]string{"-o", out, "--time", "2026-03-14T09:26:53Z"}); err != nil {
			t.Fatal(err)
		}
		env := &Env{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}}
		if err := exportComparison(context.Background(), env, c, "a.txt", "b.txt", "html", rf); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		outs[k] = string(b)
	}
	if outs[0] != outs[1] {
		t.Error("two comparison reports at the same --time differ")
	}
	for _, want := range []string{"Comparison report", "<del>2,500</del>", "<ins>3,000</ins>", "Only in B (1)", "A new sentence."} {
		if !strings.Contains(outs[0], want) {
			t.Errorf("the comparison report lacks %q", want)
		}
	}
	env := &Env{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}}
	if !isReportFormat("html") || !isReportFormat("pdf") || isReportFormat("json") || isReportFormat("text") {
		t.Error("isReportFormat: html and pdf are report formats, json and text are compare's own")
	}
	if err := exportComparison(context.Background(), env, c, "a", "b", "csv", addReportFlags(flag.NewFlagSet("x", flag.ContinueOnError), false)); err == nil {
		t.Error("a csv comparison report should be refused")
	}
}

// Without --rating a ClaimReview has no rating at all, and export says so,
// as it does for a missing --url.
func TestExportClaimReviewWithoutRating(t *testing.T) {
	db, id := sampleArchive(t)
	out := filepath.Join(t.TempDir(), "r.jsonld")
	code, _, errOut := run(t, "", "--db", db, "export", "--claim", itoa(id), "-o", out, "--author", "Example Desk")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"--rating", "--url"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("no warning naming %s: %q", want, errOut)
		}
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	if r, ok := v["reviewRating"]; ok {
		t.Errorf("a review the journalist did not rate has a rating: %v", r)
	}
}
