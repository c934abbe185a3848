package report

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"golang.org/x/net/html"
)

// writeAll writes doc in format and returns the text a reader sees of it:
// the HTML or Markdown as written, or the DOCX's document.xml.
func writeAll(t *testing.T, format string, doc *Claim, opt Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(context.Background(), &b, format, doc, opt); err != nil {
		t.Fatal(err)
	}
	if format == "docx" {
		return string(docXML(t, b.Bytes()))
	}
	return b.String()
}

// docxParas returns the paragraphs of a document.xml: whether each has
// <w:bidi/>, and its runs' text with whether each run is <w:rtl/>.
type docxRun struct {
	Text string
	RTL  bool
}
type docxPara struct {
	Bidi bool
	Runs []docxRun
}

func (p docxPara) text() string {
	var b strings.Builder
	for _, r := range p.Runs {
		b.WriteString(r.Text)
	}
	return b.String()
}

func docxParas(t *testing.T, x string) []docxPara {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(x))
	var out []docxPara
	var cur *docxPara
	var run *docxRun
	inPPr, inT := false, false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "p":
				out = append(out, docxPara{})
				cur = &out[len(out)-1]
			case "pPr":
				inPPr = true
			case "bidi":
				if inPPr && cur != nil {
					cur.Bidi = true
				}
			case "r":
				if cur != nil {
					cur.Runs = append(cur.Runs, docxRun{})
					run = &cur.Runs[len(cur.Runs)-1]
				}
			case "rtl":
				if run != nil {
					run.RTL = true
				}
			case "t":
				inT = true
			case "br":
				if run != nil {
					run.Text += "\n"
				}
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "pPr":
				inPPr = false
			case "r":
				run = nil
			case "t":
				inT = false
			}
		case xml.CharData:
			if inT && run != nil {
				run.Text += string(e)
			}
		}
	}
	return out
}

// A reason's evidence on each side ("بحلول نهاية 2026") is one isolate:
// isolating its Arabic words without its number reads "2026 by the end of".
func TestReasonEvidenceIsOneIsolate(t *testing.T) {
	a, b := "قال إن الانسحاب سيتم بحلول نهاية 2026 كما هو مقرر", "قال إن الانسحاب سيتم بحلول نهاية 2027 كما هو مقرر"
	withDetail := locate(t, Reason{Kind: "date", A: "بحلول نهاية 2026", B: "بحلول نهاية 2027", Detail: "date: بحلول نهاية 2026 vs بحلول نهاية 2027"}, a, b)
	noDetail := withDetail
	noDetail.Detail = ""
	for _, r := range []Reason{withDetail, noDetail} {
		doc := &Claim{Title: "t", Generated: fixedTime, Sources: []Source{{Title: "x"}, {Title: "y"}},
			Pairs: []Pair{{A: Statement{Text: a}, B: Statement{Source: 1, Text: b}, Relation: RelContradicts, Confidence: 0.9, Reasons: []Reason{r}}}}
		h := writeAll(t, "html", doc, Options{})
		for _, want := range []string{"date: <bdi>بحلول نهاية 2026</bdi> vs <bdi>بحلول نهاية 2027</bdi>"} {
			if !strings.Contains(h, want) {
				t.Errorf("detail %q: the HTML lacks %q", r.Detail, want)
			}
		}
		// DOCX: the evidence is right-to-left as a whole, its number
		// included, in a left-to-right line.
		found := 0
		for _, p := range docxParas(t, writeAll(t, "docx", doc, Options{})) {
			if !strings.HasPrefix(p.text(), "date: ") {
				continue
			}
			if p.Bidi {
				t.Errorf("the reason line %q is not left to right", p.text())
			}
			for _, run := range p.Runs {
				if strings.Contains(run.Text, "بحلول نهاية 202") {
					found++
					if !run.RTL || !strings.HasSuffix(run.Text, "2026") && !strings.HasSuffix(run.Text, "2027") {
						t.Errorf("docx run %q (rtl %v): the evidence and its number must be one right-to-left run", run.Text, run.RTL)
					}
				}
			}
		}
		if found != 2 {
			t.Errorf("detail %q: %d docx runs hold the evidence, want 2", r.Detail, found)
		}
	}
}

// Anywhere a mixed phrase sits in a left-to-right line, a number after
// Arabic words stays in their isolate; one before them does not.
func TestInlineKeepsANumberWithTheArabicBeforeIt(t *testing.T) {
	for text, want := range map[string]string{
		"Title: تقرير 2026":            "Title: [تقرير 2026]",
		"2,500 troops in العراق today": "2,500 troops in [العراق] today",
		"date: 2026 نهاية vs x":        "date: 2026 [نهاية] vs x",
	} {
		if got := render(inline(text)); got != want {
			t.Errorf("inline(%q) = %q, want %q", text, got, want)
		}
	}
}

// countsClaim has two contradictions, one pair judged not a contradiction
// and two agreements.
func countsClaim() *Claim {
	doc := &Claim{Title: "t", Generated: fixedTime, Sources: []Source{{Title: "x"}}}
	for _, p := range []Pair{
		{Relation: RelContradicts, Verdict: VerdictConfirmed}, {Relation: RelContradicts, Verdict: VerdictToCheck},
		{Relation: RelContradicts, Verdict: VerdictNotContradiction}, {Relation: RelAgrees}, {Relation: RelAgrees},
	} {
		p.A, p.B = Statement{Text: "a"}, Statement{Text: "b"}
		doc.Pairs = append(doc.Pairs, p)
	}
	return doc
}

// Every format counts as the window does: a pair judged not a
// contradiction is not a contradiction, and is named on its own.
func TestCountsExcludePairsJudgedNotAContradiction(t *testing.T) {
	want := "2 contradictions (and 1 judged not a contradiction), 2 agreements"
	for _, f := range []string{"html", "docx", "md"} {
		out := writeAll(t, f, countsClaim(), Options{})
		if !strings.Contains(out, want) {
			t.Errorf("%s lacks %q", f, want)
		}
		if strings.Contains(out, "3 contradict") {
			t.Errorf("%s counts the rejected pair as a contradiction", f)
		}
	}
}

// orderClaim has pairs in the archive's order (by confidence), each with
// its archive id.
func orderClaim() *Claim {
	doc := &Claim{Title: "t", Generated: fixedTime, Sources: []Source{{Title: "x"}}}
	for _, p := range []Pair{
		{ID: 1, Relation: RelContradicts, Verdict: VerdictNotContradiction, Confidence: 0.99},
		{ID: 2, Relation: RelAgrees, Confidence: 0.95},
		{ID: 3, Relation: RelContradicts, Verdict: VerdictToCheck, Confidence: 0.95},
		{ID: 4, Relation: RelContradicts, Confidence: 0.9},
		{ID: 5, Relation: RelContradicts, Verdict: VerdictConfirmed, Confidence: 0.7},
		{ID: 6, Relation: RelAgrees, Confidence: 0.6},
		{ID: 7, Relation: RelContradicts, Verdict: VerdictConfirmed, Confidence: 0.5},
	} {
		p.A, p.B = Statement{Text: "a"}, Statement{Text: "b"}
		doc.Pairs = append(doc.Pairs, p)
	}
	return doc
}

// A claim report lists confirmed contradictions, then those to check, by
// confidence, then agreements, then pairs judged not a contradiction, in
// every format; the model itself is not reordered.
func TestClaimPairsContradictionsFirst(t *testing.T) {
	want := "5 7 3 4 2 6 1"
	doc := orderClaim()
	var j ReportJSON
	if err := json.Unmarshal([]byte(writeAll(t, "json", doc, Options{})), &j); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range j.Pairs {
		ids = append(ids, fmt.Sprint(p.ID))
	}
	if got := strings.Join(ids, " "); got != want {
		t.Errorf("json pairs %s, want %s", got, want)
	}
	re := regexp.MustCompile(`(?i)archive pair (\d+)`)
	for _, f := range []string{"html", "md", "docx"} {
		var got []string
		for _, m := range re.FindAllStringSubmatch(writeAll(t, f, doc, Options{}), -1) {
			got = append(got, m[1])
		}
		if strings.Join(got, " ") != want {
			t.Errorf("%s pairs %v, want %s", f, got, want)
		}
	}
	if doc.Pairs[0].ID != 1 {
		t.Errorf("writing reordered the caller's model")
	}
	doc.Kind = KindComparison
	j = ReportJSON{}
	json.Unmarshal([]byte(writeAll(t, "json", doc, Options{})), &j)
	if j.Pairs[0].ID != 1 || j.Pairs[6].ID != 7 {
		t.Errorf("a comparison's pairs must keep the texts' order")
	}
}

// Two versions of one article (same headline, other outlets) are told
// apart in a pair by the source's number and outlet, and each pair shows
// its archive id.
func TestPairsNameSourceNumberOutletAndArchiveID(t *testing.T) {
	doc := &Claim{Title: "t", Generated: fixedTime, Sources: []Source{
		{Title: "Same headline", Outlet: "Outlet One"}, {Title: "Same headline", Outlet: "Outlet Two"}}}
	doc.Pairs = []Pair{{ID: 52, A: Statement{Source: 0, Text: "a"}, B: Statement{Source: 1, Text: "b"}, Relation: RelContradicts}}
	for f, wants := range map[string][]string{
		"html": {"<b>Source 1:</b> <bdi>Outlet One</bdi> · <bdi>Same headline</bdi>", "<b>Source 2:</b> <bdi>Outlet Two</bdi> · <bdi>Same headline</bdi>", "archive pair 52"},
		"md":   {"**Source 1: Outlet One · Same headline**", "**Source 2: Outlet Two · Same headline**", "archive pair 52"},
		"docx": {"Source 1: Outlet One · Same headline\n", "Source 2: Outlet Two · Same headline\n", "Archive pair 52"},
		"json": {`"id": 52`},
	} {
		out := writeAll(t, f, doc, Options{})
		if f == "docx" {
			out = readable(t, f, doc)
		}
		for _, w := range wants {
			if !strings.Contains(out, w) {
				t.Errorf("%s lacks %q", f, w)
			}
		}
	}
}

// Every DOCX paragraph whose first letter is Arabic, or whose letters are
// mostly Arabic, reads right to left, with its Arabic runs rtl. Reason
// lines are the exception: an English sentence about Arabic evidence
// ("negation: «لن تنسحب» vs «انسحاب»"), left to right as in the HTML, with
// each side's evidence an rtl run (TestReasonEvidenceIsOneIsolate).
func TestDOCXArabicParagraphsAreRightToLeft(t *testing.T) {
	doc := sampleClaim(t)
	// Arabic where the sample has English: titles, outlets, speakers.
	doc.Sources[0].Title = "“المقاومة الإسلامية” تشكك بنية أمريكا الانسحاب من العراق"
	doc.Sources[0].Outlet = "عنب بلدي"
	doc.Sources[0].Author = "علي الطائي"
	for i := range doc.Statements {
		if doc.Statements[i].Source == 0 {
			doc.Statements[i].Speaker = "علي الطائي، قيادي في المقاومة"
		}
	}
	for i := range doc.Pairs {
		for _, st := range []*Statement{&doc.Pairs[i].A, &doc.Pairs[i].B} {
			if st.Source == 0 {
				st.Speaker = "علي الطائي، قيادي في المقاومة"
			}
		}
	}
	doc.Notes[0].Source = doc.Sources[0].Label()
	checked := 0
	reason := regexp.MustCompile(`^(negation|denial|date|number|synonym|both): `)
	for _, p := range docxParas(t, writeAll(t, "docx", doc, Options{})) {
		text := p.text()
		if reason.MatchString(text) {
			continue
		}
		var first rune
		ar, la := 0, 0
		for _, r := range text {
			if !unicode.IsLetter(r) {
				continue
			}
			if first == 0 {
				first = r
			}
			if unicode.Is(unicode.Arabic, r) {
				ar++
			} else {
				la++
			}
		}
		if !unicode.Is(unicode.Arabic, first) && ar <= la {
			continue
		}
		checked++
		if !p.Bidi {
			t.Errorf("Arabic paragraph without <w:bidi/>: %q", text)
		}
		for _, r := range p.Runs {
			if strings.IndexFunc(r.Text, func(c rune) bool { return unicode.Is(unicode.Arabic, c) && unicode.IsLetter(c) }) >= 0 && !r.RTL {
				t.Errorf("Arabic run %q without <w:rtl/> in %q", r.Text, text)
			}
		}
	}
	if checked < 20 {
		t.Fatalf("only %d Arabic paragraphs: the test document is too small to tell", checked)
	}
}

// A journalist's note keeps its line breaks in HTML and Markdown, and
// the Markdown stays escaped line by line.
func TestNotesKeepLineBreaks(t *testing.T) {
	doc := countsClaim()
	doc.Pairs[0].Note = "first line\r\nsecond line"
	doc.Notes = []Note{{Body: "تأكدنا من المصدر\n# not a heading"}}
	h := writeAll(t, "html", doc, Options{})
	root, err := html.Parse(strings.NewReader(h))
	if err != nil {
		t.Fatal(err)
	}
	var brs int
	var walk func(n *html.Node, inNote bool)
	walk = func(n *html.Node, inNote bool) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if a.Key == "class" && (a.Val == "note" || a.Val == "notes") {
					inNote = true
				}
			}
			if inNote && n.Data == "br" {
				brs++
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inNote)
		}
	}
	walk(root, false)
	if brs != 2 {
		t.Errorf("%d line breaks in the HTML notes, want 2", brs)
	}
	md := writeAll(t, "md", doc, Options{})
	for _, want := range []string{"- Note: first line\\\n  second line\n", "- تأكدنا من المصدر\\\n  \\# not a heading\n"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
}

// A comparison has no verdicts: its legend does not explain them.
func TestComparisonLegendHasNoVerdicts(t *testing.T) {
	for _, f := range ComparisonFormats {
		if f == "pdf" {
			continue
		}
		cmp, claim := readable(t, f, goldenComparison(t)), readable(t, f, sampleClaim(t))
		if strings.Contains(strings.ToLower(cmp), "verdict") {
			t.Errorf("the %s comparison report speaks of verdicts", f)
		}
		if !strings.Contains(strings.ToLower(claim), "verdicts") {
			t.Errorf("the %s claim report lost its verdict legend", f)
		}
	}
}

// A claim report's legend says what a contradiction's confidence is, the
// share real of pairs like it; a comparison's, whose confidence is the
// classifier's own, does not.
func TestClaimLegendSaysWhatConfidenceIs(t *testing.T) {
	for _, f := range ComparisonFormats {
		if f == "pdf" {
			continue
		}
		cmp, claim := readable(t, f, goldenComparison(t)), readable(t, f, sampleClaim(t))
		if strings.Contains(cmp, "nobody tuned the engine for") {
			t.Errorf("the %s comparison report says its confidence was calibrated", f)
		}
		if !strings.Contains(claim, "how often pairs like it") {
			t.Errorf("the %s claim report does not say what a contradiction's confidence is", f)
		}
	}
}

// readable is the text a reader of doc in format f sees: HTML without its
// markup and style sheet, the DOCX's paragraphs, the Markdown as it is.
func readable(t *testing.T, f string, doc *Claim) string {
	t.Helper()
	out := writeAll(t, f, doc, Options{})
	var b strings.Builder
	switch f {
	case "docx":
		for _, p := range docxParas(t, out) {
			b.WriteString(p.text() + "\n")
		}
		return b.String()
	case "html":
		root, err := html.Parse(strings.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode && n.Data == "style" {
				return
			}
			if n.Type == html.TextNode {
				b.WriteString(n.Data)
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(root)
		return b.String()
	}
	return out
}

// The Published column keeps a date on one line.
func TestHTMLPublishedDateDoesNotWrap(t *testing.T) {
	h := writeAll(t, "html", sampleClaim(t), Options{})
	if !strings.Contains(h, `<td class="date">2024-09-01</td>`) {
		t.Errorf("the publication date is not in a td.date cell")
	}
	if !regexp.MustCompile(`td\.date\{[^}]*white-space:nowrap`).MatchString(h) {
		t.Errorf("td.date does not keep its text on one line")
	}
}

// ClaimReview carries the journalist's rating and nothing else: none
// given, no reviewRating.
func TestClaimReviewRatingIsTheJournalists(t *testing.T) {
	doc := sampleClaim(t) // has a confirmed contradiction
	rating := func(opt Options) map[string]any {
		var v map[string]any
		if err := json.Unmarshal([]byte(writeAll(t, "claimreview", doc, opt)), &v); err != nil {
			t.Fatal(err)
		}
		r, _ := v["reviewRating"].(map[string]any)
		return r
	}
	if r := rating(Options{}); r != nil {
		t.Errorf("no rating given, but the review rates the claim: %v", r)
	}
	r := rating(Options{Rating: " Misleading "})
	if r == nil || r["alternateName"] != "Misleading" || r["@type"] != "Rating" {
		t.Errorf("rating %v, want alternateName Misleading", r)
	}
	if _, ok := r["ratingValue"]; ok {
		t.Errorf("the review invents a ratingValue: %v", r)
	}
}

// A comparison report shows the table of conflicting numbers and dates
// the window shows under two compared sources.
func TestComparisonShowsConflictingNumbersAndDates(t *testing.T) {
	doc := goldenComparison(t)
	if len(doc.Conflicts) != 2 {
		t.Fatalf("the test comparison has %d conflicts, want 2", len(doc.Conflicts))
	}
	for _, f := range []string{"html", "md", "docx"} {
		out := readable(t, f, doc)
		for _, want := range []string{"Conflicting numbers and dates (2)", "date (by)", "بحلول أيلول 2025", "بحلول أيلول 2026", "number (جندي)", "3000"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s lacks %q", f, want)
			}
		}
	}
	h := writeAll(t, "html", doc, Options{})
	if !strings.Contains(h, "<td><bdi>بحلول أيلول 2025</bdi></td>") {
		t.Errorf("a conflicting date is not one isolate")
	}
}

// In a DOCX source line each field is one run in its own direction, ended
// by a mark of that direction when it runs against the line, so that the
// ">" ending "<b>" stays with the outlet's name.
func TestFieldsLineKeepsEachFieldWhole(t *testing.T) {
	p := fieldsLine(" · ", "Al-Akhbar & Co <b>", "“المقاومة الإسلامية” تشكك بنية أمريكا الانسحاب من العراق")
	if !p.RTL {
		t.Fatal("a line of mostly Arabic text must read right to left")
	}
	if got, want := render(p), "[Al-Akhbar & Co <b>\u200e] · “المقاومة الإسلامية” تشكك بنية أمريكا الانسحاب من العراق"; got != want {
		t.Errorf("fieldsLine = %q, want %q", got, want)
	}
	if p.Spans[0].RTL || !p.Spans[2].RTL {
		t.Errorf("each field must keep its own direction")
	}
}

// TestFromComparisonListsFactConflicts: a comparison report made from the
// engine's comparison has the table of conflicting numbers and dates the
// window shows, each row pointing at its pair.
func TestFromComparisonListsFactConflicts(t *testing.T) {
	doc := sampleComparison(t)
	var got []string
	for _, c := range doc.Conflicts {
		if c.Pair < 0 || c.Pair >= len(doc.Pairs) {
			t.Fatalf("conflict of pair %d of %d", c.Pair, len(doc.Pairs))
		}
		got = append(got, c.A+" / "+c.B)
	}
	joined := strings.Join(got, "; ")
	if !strings.Contains(joined, "2500 / 3000") || !strings.Contains(joined, "2025") {
		t.Errorf("conflicts %q, want the troop number and the date the variant changed", joined)
	}
	if h := writeAll(t, "html", doc, Options{}); !strings.Contains(h, fmt.Sprintf("Conflicting numbers and dates (%d)", len(doc.Conflicts))) {
		t.Error("the HTML report has no table of them")
	}
}

// TestSourcesNameOtherOutletsThatPublishedThem: a source's appearances
// (the same text at other outlets) are in every format that lists sources,
// and in ClaimReview as more appearances of the claim.
func TestSourcesNameOtherOutletsThatPublishedThem(t *testing.T) {
	doc := sampleClaim(t)
	doc.Sources[0].AlsoPublished = []Appearance{{Outlet: "صحيفة الغد", URL: "https://paper.example/b", Published: time.Date(2024, 9, 16, 1, 30, 0, 0, time.UTC)}}
	for _, f := range []string{"html", "md", "docx"} {
		out := readable(t, f, doc)
		for _, want := range []string{"Also published by", "صحيفة الغد", "2024-09-16"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s lacks %q", f, want)
			}
		}
	}
	if j := writeAll(t, "json", doc, Options{}); !strings.Contains(j, `"also_published"`) || !strings.Contains(j, "https://paper.example/b") {
		t.Error("the JSON report lacks the appearance")
	}
	if cr := writeAll(t, "claimreview", doc, Options{}); !strings.Contains(cr, "https://paper.example/b") || !strings.Contains(cr, "صحيفة الغد") {
		t.Error("the ClaimReview lacks the appearance")
	}
}
