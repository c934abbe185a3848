package report

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// docXML returns word/document.xml of a DOCX.
func docXML(t *testing.T, b []byte) []byte {
	t.Helper()
	parts := unzip(t, b)
	x, ok := parts["word/document.xml"]
	if !ok {
		t.Fatal("the docx has no word/document.xml")
	}
	return x
}

func unzip(t *testing.T, b []byte) map[string][]byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name] = data
	}
	return out
}

// TestGolden checks every format but PDF against testdata: the same model
// gives the same bytes, and a change of output is a reviewed change
// (go test -run TestGolden -update rewrites them).
func TestGolden(t *testing.T) {
	docs := map[string]func(testing.TB) *Claim{"claim": sampleClaim, "comparison": goldenComparison}
	for name, mk := range docs {
		for _, f := range Formats {
			if f == "pdf" {
				continue
			}
			t.Run(name+"_"+f, func(t *testing.T) {
				var outs [2][]byte
				for k := range outs {
					var b bytes.Buffer
					if err := Write(context.Background(), &b, f, mk(t), Options{Author: "Example Desk"}); err != nil {
						t.Fatal(err)
					}
					outs[k] = b.Bytes()
				}
				if !bytes.Equal(outs[0], outs[1]) {
					t.Fatal("two writes of the same model differ")
				}
				got, ext := outs[0], Ext(f)
				if f == "docx" {
					got, ext = docXML(t, got), ".document.xml"
				}
				path := filepath.Join("testdata", name+ext)
				if *update {
					if err := os.WriteFile(path, got, 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test -update to create it)", err)
				}
				if !bytes.Equal(got, want) {
					os.MkdirAll(filepath.Join("testdata", "failed"), 0o755)
					os.WriteFile(filepath.Join("testdata", "failed", name+ext), got, 0o644)
					t.Errorf("%s differs from %s; the output is in testdata/failed", f, path)
				}
			})
		}
	}
}

func TestDOCXIsWellFormedAndRightToLeft(t *testing.T) {
	var b bytes.Buffer
	if err := WriteDOCX(&b, sampleClaim(t), Options{}); err != nil {
		t.Fatal(err)
	}
	parts := unzip(t, b.Bytes())
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels", "docProps/core.xml"} {
		x, ok := parts[name]
		if !ok {
			t.Errorf("missing part %s", name)
			continue
		}
		dec := xml.NewDecoder(bytes.NewReader(x))
		for {
			_, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Errorf("%s is not well-formed XML: %v", name, err)
				break
			}
		}
	}
	doc := string(parts["word/document.xml"])
	for _, want := range []string{"<w:bidi/>", "<w:rtl/>", `<w:highlight w:val="yellow"/>`, "<w:tbl>", "<w:tblHeader/>", "لا نية أمريكية", `w:w="11906"`} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	// A Latin run inside an Arabic paragraph (a number) has no w:rtl.
	if !strings.Contains(doc, `<w:r><w:rPr></w:rPr><w:t xml:space="preserve">2500</w:t></w:r>`) {
		t.Errorf("the number 2500 in an Arabic paragraph is not its own left-to-right run")
	}
}

func TestCSVHasBOMAndGuardsFormulas(t *testing.T) {
	doc := sampleClaim(t)
	doc.Pairs[0].Note = "=HYPERLINK(\"http://evil\")"
	var b bytes.Buffer
	if err := WriteCSV(&b, doc, Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b.Bytes(), []byte("\xEF\xBB\xBF")) {
		t.Fatal("no UTF-8 byte-order mark")
	}
	rows, err := csv.NewReader(bytes.NewReader(b.Bytes()[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(doc.Pairs)+1 || strings.Join(rows[0], ",") != strings.Join(CSVColumns, ",") {
		t.Fatalf("%d rows, header %v", len(rows), rows[0])
	}
	if note := rows[1][6]; note != "'"+doc.Pairs[0].Note {
		t.Errorf("note cell %q: a formula must be prefixed with an apostrophe", note)
	}
	if rows[1][9] != doc.Pairs[0].A.Text || rows[1][12] != doc.Pairs[0].B.Text {
		t.Errorf("the statements are not in their columns")
	}
}

func TestJSONSchema(t *testing.T) {
	doc := sampleClaim(t)
	var b bytes.Buffer
	if err := WriteJSON(&b, doc, Options{}); err != nil {
		t.Fatal(err)
	}
	var got ReportJSON
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Schema != "claimdiff.report/1" || got.Kind != KindClaim || got.Generated != "2026-03-14T09:26:53Z" {
		t.Errorf("schema %q kind %q generated %q", got.Schema, got.Kind, got.Generated)
	}
	if len(got.Sources) != len(doc.Sources) || len(got.Statements) != len(doc.Statements) || len(got.Pairs) != len(doc.Pairs) {
		t.Fatalf("counts differ")
	}
	for _, p := range got.Pairs {
		ra := []rune(p.A.Text)
		for _, r := range p.Reasons {
			if r.AStart >= 0 && string(ra[r.AStart:r.AEnd]) != r.A {
				t.Errorf("reason offsets %d-%d do not point at %q in %q", r.AStart, r.AEnd, r.A, p.A.Text)
			}
		}
	}
}

func TestClaimReview(t *testing.T) {
	doc := sampleClaim(t)
	var b bytes.Buffer
	if err := WriteClaimReview(&b, doc, Options{Author: "Example Desk", URL: "https://example.org/check/1"}); err != nil {
		t.Fatal(err)
	}
	var v struct {
		Context       string `json:"@context"`
		Type          string `json:"@type"`
		ClaimReviewed string
		DatePublished string
		URL           string
		Author        struct{ Name string }
		ItemReviewed  struct {
			Type       string `json:"@type"`
			Appearance []struct {
				Type string `json:"@type"`
				URL  string
			}
		}
		ReviewRating struct {
			RatingValue int
			BestRating  int
			WorstRating int
		}
	}
	if err := json.Unmarshal(b.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if v.Context != "https://schema.org" || v.Type != "ClaimReview" || v.ItemReviewed.Type != "Claim" || v.ClaimReviewed != doc.Title {
		t.Errorf("types: %+v", v)
	}
	if v.Author.Name != "Example Desk" || v.DatePublished != "2026-03-14" || v.URL != "https://example.org/check/1" {
		t.Errorf("author %q date %q url %q", v.Author.Name, v.DatePublished, v.URL)
	}
	if len(v.ItemReviewed.Appearance) != len(doc.Sources) || v.ItemReviewed.Appearance[0].URL != doc.Sources[0].URL || v.ItemReviewed.Appearance[0].Type != "CreativeWork" {
		t.Errorf("appearances: %+v", v.ItemReviewed.Appearance)
	}
	// The rating is the journalist's (TestClaimReviewRatingIsTheJournalists).
	if v.ReviewRating.RatingValue != 0 || v.ReviewRating.BestRating != 0 || v.ReviewRating.WorstRating != 0 {
		t.Errorf("the review rates the claim by itself: %+v", v.ReviewRating)
	}
}

func TestMarkdownEscapes(t *testing.T) {
	doc := hostileClaim()
	var b bytes.Buffer
	if err := WriteMarkdown(&b, doc, Options{}); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	// What a Markdown renderer would take as syntax: md without its
	// backslash-escaped characters.
	unescaped := regexp.MustCompile(`\\.`).ReplaceAllString(md, "")
	for _, bad := range []string{"<script>", "<img", "<svg", "[x](javascript:", "\n# Injected"} {
		if strings.Contains(unescaped, bad) {
			t.Errorf("markdown contains %q unescaped", bad)
		}
	}
	if !strings.Contains(md, `\<script\>`) {
		t.Errorf("markdown lost the hostile text instead of escaping it")
	}
}

func TestHTMLSelfContainedAndEscaped(t *testing.T) {
	var b bytes.Buffer
	if err := WriteHTML(&b, hostileClaim(), Options{}); err != nil {
		t.Fatal(err)
	}
	root, err := html.Parse(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var csp string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "iframe", "object", "embed", "img", "link", "base", "form":
				t.Errorf("the report has a <%s> element", n.Data)
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(strings.ToLower(a.Key), "on") {
					t.Errorf("<%s> has an event attribute %s", n.Data, a.Key)
				}
				if (a.Key == "href" || a.Key == "src") && !strings.HasPrefix(a.Val, "https://") && !strings.HasPrefix(a.Val, "http://") {
					t.Errorf("<%s %s=%q> is not an http(s) link", n.Data, a.Key, a.Val)
				}
				if n.Data == "meta" && a.Key == "content" && strings.Contains(a.Val, "default-src") {
					csp = a.Val
				}
			}
			if n.Data == "style" && n.FirstChild != nil && strings.Contains(n.FirstChild.Data, "PWNED") {
				t.Errorf("hostile text got into the style sheet")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if csp != CSP {
		t.Errorf("Content-Security-Policy %q, want %q", csp, CSP)
	}
	for _, want := range []string{"&lt;script&gt;", "&lt;/style&gt;", "onerror="} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the hostile text %q does not show as text", want)
		}
	}
}

func TestHTMLOf200SourcesUnder5MB(t *testing.T) {
	doc := bigClaim(t, 200)
	var b bytes.Buffer
	if err := WriteHTML(&b, doc, Options{}); err != nil {
		t.Fatal(err)
	}
	t.Logf("200 sources, %d statements, %d pairs: %d bytes", len(doc.Statements), len(doc.Pairs), b.Len())
	if len(doc.Pairs) < 100 {
		t.Fatalf("only %d pairs: the test claim is too small to measure", len(doc.Pairs))
	}
	if b.Len() >= 5<<20 {
		t.Errorf("HTML report of 200 sources is %d bytes, over 5 MB", b.Len())
	}
}

// BenchmarkExportSample writes the sample claim in every format, the goal
// of issue 7 being under a second for all of them together. "all" includes
// PDF and is skipped without Chromium; "no-pdf" times the pure-Go formats
// alone, which every machine can.
func BenchmarkExportSample(b *testing.B) {
	doc := sampleClaim(b)
	run := func(b *testing.B, pdf bool) {
		for b.Loop() {
			for _, f := range Formats {
				if f == "pdf" && !pdf {
					continue
				}
				if err := Write(context.Background(), io.Discard, f, doc, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.Run("all", func(b *testing.B) {
		bin, err := FindChromium(Options{})
		if err != nil {
			b.Skip("chromium is not installed")
		}
		b.Logf("PDF printed by %s", bin)
		run(b, true)
	})
	b.Run("no-pdf", func(b *testing.B) { run(b, false) })
}

func BenchmarkHTML200Sources(b *testing.B) {
	doc := bigClaim(b, 200)
	for b.Loop() {
		if err := WriteHTML(io.Discard, doc, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// A pair that repeats another's figures says which, by its number in the
// report, in every format a person reads, and by its id in JSON.
func TestRepeatsAreNamed(t *testing.T) {
	doc := sampleClaim(t)
	if len(doc.Pairs) < 3 {
		t.Fatalf("the sample has %d pairs", len(doc.Pairs))
	}
	ordered := doc.inReportOrder()
	first, repeat := ordered.Pairs[0], ordered.Pairs[2]
	for i := range doc.Pairs {
		if doc.Pairs[i].ID == repeat.ID {
			doc.Pairs[i].RepeatOf = first.ID
		}
	}
	const want = "repeats the figures of pair 1"
	var b bytes.Buffer
	if err := WriteHTML(&b, doc, Options{}); err != nil || strings.Count(b.String(), want) != 1 {
		t.Errorf("HTML: %v; %d times %q", err, strings.Count(b.String(), want), want)
	}
	b.Reset()
	if err := WriteMarkdown(&b, doc, Options{}); err != nil || !strings.Contains(b.String(), "### Pair 3") || strings.Count(b.String(), want) != 1 {
		t.Errorf("Markdown: %v; %d times %q", err, strings.Count(b.String(), want), want)
	}
	b.Reset()
	if err := WriteDOCX(&b, doc, Options{}); err != nil || !bytes.Contains(docXML(t, b.Bytes()), []byte("Repeats the figures of pair 1")) {
		t.Errorf("DOCX: %v; no line saying the pair repeats pair 1", err)
	}
	b.Reset()
	if err := WriteCSV(&b, doc, Options{}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := len(CSVColumns) - 1
	for i, row := range rows[1:] {
		if want := map[bool]string{true: "1", false: ""}[i == 2]; row[col] != want {
			t.Errorf("CSV row %d: %s %q, want %q", i+1, CSVColumns[col], row[col], want)
		}
	}
	b.Reset()
	if err := WriteJSON(&b, doc, Options{}); err != nil {
		t.Fatal(err)
	}
	var out ReportJSON
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	for i, p := range out.Pairs {
		if want := map[bool]int64{true: first.ID, false: 0}[i == 2]; p.RepeatOf != want {
			t.Errorf("JSON pair %d: repeat_of %d, want %d", i+1, p.RepeatOf, want)
		}
	}
}
