package report

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strings"
)

// WriteMarkdown writes doc as Markdown for pasting into a content system:
// headings, the sources with provenance, each pair with its differences
// (~~deleted~~ on the left, **inserted** on the right), reasons, verdict
// and note, then the statements and notes. Text is escaped so that a
// statement cannot turn into a link, an image or raw HTML.
func WriteMarkdown(w io.Writer, doc *Claim, opt Options) error {
	doc = doc.inReportOrder()
	b := bufio.NewWriter(w)
	kind := "Claim report"
	if doc.IsComparison() {
		kind = "Comparison report"
	}
	fmt.Fprintf(b, "# %s\n\n", mdEscape(doc.Title))
	fmt.Fprintf(b, "%s made %s by Claimdiff: %d sources, ", kind, when(doc.Generated), len(doc.Sources))
	if len(doc.Statements) > 0 {
		fmt.Fprintf(b, "%d statements, ", len(doc.Statements))
	}
	fmt.Fprintf(b, "%d pairs: %s.\n\n", len(doc.Pairs), doc.tally())
	b.WriteString("Legend: ~~deleted~~ words of the left statement that the right one lacks; **inserted** words of the right statement that the left one lacks. ")
	if doc.IsComparison() {
		b.WriteString("Relations and reasons are the engine's suggestions to check.\n\n")
	} else {
		b.WriteString("Relations and reasons are the engine's; verdicts and notes are the journalist's. " + confidenceMeaning + "\n\n")
	}

	b.WriteString("## Sources\n\n")
	for i, s := range doc.Sources {
		id := fmt.Sprint(i + 1)
		if doc.IsComparison() {
			id = string(rune('A' + i))
		}
		fmt.Fprintf(b, "%s. **%s**", id, mdEscape(s.Label()))
		var parts []string
		if s.Outlet != "" && s.Outlet != s.Label() {
			parts = append(parts, mdEscape(s.Outlet))
		}
		if s.Author != "" && s.Author != s.Label() {
			parts = append(parts, mdEscape(s.Author))
		}
		if d := date(s.Published); d != "" {
			parts = append(parts, "published "+d)
		}
		if len(parts) > 0 {
			b.WriteString(", " + strings.Join(parts, ", "))
		}
		b.WriteString("\n")
		if s.URL != "" {
			if u := safeURL(s.URL); u != "" {
				fmt.Fprintf(b, "   - URL: <%s>\n", strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20").Replace(u))
			} else {
				fmt.Fprintf(b, "   - URL: %s\n", mdEscape(s.URL))
			}
		}
		for _, a := range s.AlsoPublished {
			fmt.Fprintf(b, "   - Also published by: %s\n", mdEscape(a.Line()))
		}
		if f := when(s.FetchedAt); f != "" {
			fmt.Fprintf(b, "   - Fetched: %s", f)
			if s.Method != "" {
				fmt.Fprintf(b, " (%s)", mdEscape(s.Method))
			}
			b.WriteString("\n")
		}
		if s.SHA256 != "" {
			fmt.Fprintf(b, "   - SHA-256: %s\n", mdEscape(s.SHA256))
		}
	}

	if doc.IsComparison() {
		b.WriteString("\n## Aligned statements\n")
	} else {
		b.WriteString("\n## Contradictions and agreements\n")
	}
	if len(doc.Pairs) == 0 {
		b.WriteString("\nNo pairs.\n")
	}
	nums := doc.repeatNumbers()
	for i := range doc.Pairs {
		p := &doc.Pairs[i]
		a, bb := pairSides(p)
		fmt.Fprintf(b, "\n### Pair %d", i+1)
		if p.ID != 0 {
			fmt.Fprintf(b, " (archive pair %d)", p.ID)
		}
		fmt.Fprintf(b, ": %s (%.0f%% confidence)", mdEscape(p.Relation), p.Confidence*100)
		if p.Verdict != "" {
			fmt.Fprintf(b, ", verdict: %s", mdEscape(verdictName(p.Verdict)))
		}
		if p.Moved {
			b.WriteString(", moved")
		}
		if r := repeatLine(p, nums); r != "" {
			b.WriteString(", " + r)
		}
		b.WriteString("\n\n")
		fmt.Fprintf(b, "- **%s**%s: %s\n", mdEscape(doc.sourceRef(p.A).String()), mdSpeaker(p.A), mdPara(a, "~~"))
		fmt.Fprintf(b, "- **%s**%s: %s\n", mdEscape(doc.sourceRef(p.B).String()), mdSpeaker(p.B), mdPara(bb, "**"))
		for _, r := range p.Reasons {
			text := r.Detail
			if text == "" {
				text = r.Kind + ": " + r.A + " vs " + r.B
			}
			fmt.Fprintf(b, "- Reason: %s\n", mdEscape(text))
		}
		if p.Note != "" {
			fmt.Fprintf(b, "- Note: %s\n", mdLines(p.Note))
		}
	}
	if len(doc.Conflicts) > 0 {
		fmt.Fprintf(b, "\n## Conflicting numbers and dates (%d)\n\n| Pair | What | A says | B says |\n|---|---|---|---|\n", len(doc.Conflicts))
		for _, c := range doc.Conflicts {
			fmt.Fprintf(b, "| %d | %s | %s | %s |\n", c.Pair+1, mdEscape(c.What), mdEscape(c.A), mdEscape(c.B))
		}
	}
	only := func(head string, sts []Statement) {
		if len(sts) == 0 {
			return
		}
		fmt.Fprintf(b, "\n### %s\n\n", head)
		for _, st := range sts {
			fmt.Fprintf(b, "- %s\n", mdEscape(st.Text))
		}
	}
	if len(doc.OnlyA) > 0 || len(doc.OnlyB) > 0 {
		b.WriteString("\n## Statements with no partner\n")
		only(fmt.Sprintf("Only in A (%d)", len(doc.OnlyA)), doc.OnlyA)
		only(fmt.Sprintf("Only in B (%d)", len(doc.OnlyB)), doc.OnlyB)
	}
	if groups := statementsBySource(doc); len(groups) > 0 {
		b.WriteString("\n## Statements by source\n")
		for _, g := range groups {
			fmt.Fprintf(b, "\n### %s\n\n", mdEscape(g.Label))
			for k, st := range g.Statements {
				fmt.Fprintf(b, "%d. %s%s\n", k+1, mdEscape(st.Text), mdSpeaker(st))
			}
		}
	}
	if len(doc.Notes) > 0 {
		b.WriteString("\n## Notes\n\n")
		for _, n := range doc.Notes {
			b.WriteString("- ")
			if n.Source != "" {
				fmt.Fprintf(b, "**%s**: ", mdEscape(n.Source))
			}
			if n.Quote != "" {
				fmt.Fprintf(b, "“%s” ", mdEscape(n.Quote))
			}
			b.WriteString(mdLines(n.Body) + "\n")
		}
	}
	if err := b.Flush(); err != nil {
		return fmt.Errorf("write markdown report: %w", err)
	}
	return nil
}

func mdSpeaker(st Statement) string {
	if st.Speaker == "" {
		return ""
	}
	return " (" + mdEscape(st.Speaker) + ")"
}

// mdPara writes a laid-out paragraph with its changes wrapped in delim;
// the delimiters go around whole words, never around spaces, which
// CommonMark would not take as emphasis.
func mdPara(p para, delim string) string {
	// Markdown has no isolation: direction spans are flattened, and
	// neighbouring changed pieces merged so that one change is one pair of
	// delimiters.
	var flat []piece
	for _, sp := range p.Spans {
		for _, pc := range sp.Pieces {
			if n := len(flat); n > 0 && flat[n-1].Changed == pc.Changed {
				flat[n-1].Text += pc.Text
				continue
			}
			flat = append(flat, piece{Text: pc.Text, Changed: pc.Changed})
		}
	}
	var b strings.Builder
	for _, pc := range flat {
		if !pc.Changed {
			b.WriteString(mdEscape(pc.Text))
			continue
		}
		t := pc.Text
		lead := t[:len(t)-len(strings.TrimLeft(t, " \t"))]
		body := strings.TrimSpace(t)
		trail := t[len(lead)+len(body):]
		if body == "" {
			b.WriteString(t)
			continue
		}
		b.WriteString(lead + delim + mdEscape(body) + delim + trail)
	}
	return b.String()
}

// mdEscaper backslash-escapes the characters that make emphasis, code,
// links, images, tables, strikethrough, entities or raw HTML anywhere in a
// line, and folds line breaks into spaces so that text cannot start a
// heading or a list of its own.
var mdEscaper = func() *strings.Replacer {
	var pairs []string
	for _, c := range "\\`*_[]<>|~&" {
		pairs = append(pairs, string(c), "\\"+string(c))
	}
	pairs = append(pairs, "\r\n", " ", "\n", " ", "\r", " ")
	return strings.NewReplacer(pairs...)
}()

// mdLines escapes a journalist's text of several lines for a list item:
// each line escaped on its own (so none can start a block), joined by a
// hard line break (a backslash at the end of the line) and indented to
// stay inside the item. Blank lines are dropped: one would end the item.
func mdLines(s string) string {
	var out []string
	for _, l := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, mdEscape(l))
		}
	}
	return strings.Join(out, "\\\n  ")
}

// mdEscape escapes s for Markdown text; a leading character that would
// start a block (a heading, a list, a quote, a rule) is escaped too.
func mdEscape(s string) string {
	s = mdEscaper.Replace(s)
	t := strings.TrimLeft(s, " ")
	if t == "" {
		return s
	}
	lead := s[:len(s)-len(t)]
	if strings.ContainsRune("#+-=>", rune(t[0])) {
		return lead + "\\" + t
	}
	if i := strings.IndexFunc(t, func(r rune) bool { return r < '0' || r > '9' }); i > 0 && (t[i] == '.' || t[i] == ')') {
		return lead + t[:i] + "\\" + t[i:]
	}
	return s
}

// CSVColumns are the header of WriteCSV, one row per pair.
var CSVColumns = []string{"claim", "pair", "relation", "confidence", "reasons", "verdict", "note",
	"a_source", "a_speaker", "a_statement", "b_source", "b_speaker", "b_statement", "repeats_pair"}

// WriteCSV writes one row per pair (CSVColumns) as UTF-8 with a byte-order
// mark, so that Excel reads Arabic correctly. Reasons are joined with
// "; ". A cell that a spreadsheet would run as a formula (starting with =,
// +, -, @, a tab or a carriage return) is prefixed with an apostrophe.
func WriteCSV(w io.Writer, doc *Claim, opt Options) error {
	doc = doc.inReportOrder()
	bw := bufio.NewWriter(w)
	bw.WriteString("\uFEFF")
	c := csv.NewWriter(bw)
	c.UseCRLF = true
	rec := func(cells ...string) {
		for i, s := range cells {
			cells[i] = csvSafe(s)
		}
		c.Write(cells)
	}
	rec(append([]string(nil), CSVColumns...)...)
	nums := doc.repeatNumbers()
	for i, p := range doc.Pairs {
		var reasons []string
		for _, r := range p.Reasons {
			t := r.Detail
			if t == "" {
				t = r.Kind + ": " + r.A + " vs " + r.B
			}
			reasons = append(reasons, t)
		}
		repeats := ""
		if n := repeatNumber(&p, nums); n > 0 {
			repeats = fmt.Sprint(n)
		}
		rec(doc.Title, fmt.Sprint(i+1), p.Relation, fmt.Sprintf("%.3f", p.Confidence), strings.Join(reasons, "; "),
			p.Verdict, p.Note, doc.sourceLong(p.A), p.A.Speaker, p.A.Text, doc.sourceLong(p.B), p.B.Speaker, p.B.Text, repeats)
	}
	c.Flush()
	if err := c.Error(); err != nil {
		return fmt.Errorf("write csv report: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write csv report: %w", err)
	}
	return nil
}

func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
