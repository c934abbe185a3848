// Package report turns a claim, or one comparison of two texts, into files a
// journalist can file: HTML, PDF, DOCX, Markdown, CSV, JSON and ClaimReview
// JSON-LD.
//
// It has its own model (Claim and friends), independent of the archive, so
// that the command line, the window and tests fill it the same way and the
// writers never touch SQL. Every writer is a pure function of the model: the
// time of making is a field (Claim.Generated), so the same model gives the
// same bytes.
package report

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/relation"
)

// Kinds of report.
const (
	KindClaim      = "claim"      // a whole claim from the archive
	KindComparison = "comparison" // two texts compared
)

// Relations, as the engine and the archive name them.
const (
	RelContradicts = "contradicts"
	RelAgrees      = "agrees"
	RelNeutral     = "neutral"
	RelUnrelated   = "unrelated"
)

// Verdicts, the journalist's decision on a pair (the archive's values).
const (
	VerdictToCheck          = "to_check"
	VerdictConfirmed        = "confirmed"
	VerdictNotContradiction = "not_contradiction"
)

// Claim is one report: a claim with its sources, statements, pairs and
// notes, or (Kind == KindComparison) one comparison of two texts, whose
// Sources are the two inputs and whose OnlyA and OnlyB hold the statements
// without a partner.
type Claim struct {
	Kind      string // KindClaim (the default when empty) or KindComparison
	Title     string
	Generated time.Time // the time of making, printed in every format
	// Ignore names the cosmetic differences the comparison's diff did not
	// show (compare.IgnoreNames); informative only.
	Ignore     []string
	Sources    []Source
	Statements []Statement // by source, then order in the source
	Pairs      []Pair
	OnlyA      []Statement
	OnlyB      []Statement
	// Conflicts are a comparison's conflicting numbers and dates, the
	// table the window shows under two compared sources; the writers show
	// it when it is not empty.
	Conflicts []Conflict
	Notes     []Note
}

// Conflict is one number or date that two aligned statements state
// differently.
type Conflict struct {
	Pair int    // index into Claim.Pairs of the two statements
	What string // "number (troops)", "date (by)", "percentage"
	A, B string // the value as each side writes it
}

// Source is one account of the claim with its provenance.
type Source struct {
	ID        int64 // archive id; 0 when the source is not archived
	Name      string
	Title     string
	Outlet    string
	Author    string
	URL       string
	Published time.Time // zero when unknown
	Lang      string    // "ar", "en", "mixed" or ""
	FetchedAt time.Time // when the text snapshot was taken
	SHA256    string    // hash of the snapshot, hex
	Method    string    // how it was imported: file, url, paste
	// AlsoPublished are the other outlets or addresses that published the
	// same text (wire copy), as the archive recorded them.
	AlsoPublished []Appearance
}

// Appearance is another place that published a source's text.
type Appearance struct {
	Outlet, Author, URL, Title string
	Published                  time.Time // zero when unknown
}

// Line is the appearance on one line: "Daily Paper · 2024-09-16 ·
// https://…", its outlet, else its address, first.
func (a Appearance) Line() string {
	parts := []string{cmp.Or(a.Outlet, a.URL, a.Title)}
	if d := date(a.Published); d != "" {
		parts = append(parts, d)
	}
	if a.URL != "" && a.Outlet != "" {
		parts = append(parts, a.URL)
	}
	return strings.Join(parts, " · ")
}

// Label is the name a reader sees for the source: its title, outlet or
// name, whichever is set first.
func (s Source) Label() string {
	for _, v := range []string{s.Title, s.Outlet, s.Name} {
		if v != "" {
			return v
		}
	}
	return "(unnamed source)"
}

// Statement is one attributed unit of a source.
type Statement struct {
	ID          int64
	Source      int // index into Claim.Sources; -1 when unknown
	Seq         int // order in the source, from 0
	Text        string
	Lang        string
	Speaker     string
	SpeakerKind string // "named", "anonymous", "none" or ""
	Cue         string
	Channel     string
	Quote       bool   // a direct quotation
	Stance      string // the statement's stance on the claim, as the engine saw it
}

// Pair is two statements the engine related, with its evidence and the
// journalist's verdict and note.
type Pair struct {
	ID         int64 // archive id, the number the window and 'statements --contradictions' show; 0 when not archived
	A, B       Statement
	Relation   string // RelContradicts, RelAgrees, RelNeutral or RelUnrelated
	Confidence float64
	Reasons    []Reason
	Verdict    string // VerdictToCheck, VerdictConfirmed, VerdictNotContradiction or ""
	Note       string
	Moved      bool    // comparisons: the statement moved between A and B
	Similarity float64 // comparisons: how alike the two statements are
	// RepeatOf is the archive id of a pair of the same two sources whose
	// conflicting figures this one only tells again, in other sentences
	// (data.Repeats); 0 when it repeats none.
	RepeatOf int64
	// Diff is the word diff between A.Text and B.Text; nil makes the
	// writers compute it (ComputeDiff).
	Diff *Diff
}

// Reason is one piece of evidence for a relation. Offsets are rune offsets
// into each statement's Text, -1 when absent on that side.
type Reason = relation.Reason

// Range is a half-open range of rune offsets.
type Range struct{ Start, End int }

// Diff is a word diff as the changed rune ranges of each side: in A what B
// lacks (shown deleted), in B what A lacks (shown inserted).
type Diff struct {
	A, B []Range
}

// Note is a journalist's note on the claim.
type Note struct {
	Source  string // the label of the source it is anchored to, if any
	Quote   string // the quoted span, if any
	Body    string
	Created time.Time
}

// ComputeDiff diffs two statements word by word, ignoring the cosmetic
// differences (punctuation, case, tashkeel, letter forms, digit shapes) that
// do not change what a statement says. Two statements with no word in common
// get an empty diff: marking every word of both as changed would say
// nothing, and the reasons' evidence marks carry what matters.
func ComputeDiff(a, b string) *Diff {
	ta, tb := compare.Parse(a).Tokens, compare.Parse(b).Tokens
	edits := compare.DiffTokens(ta, tb, allIgnore)
	shared := false
	for _, e := range edits {
		if e.Op == compare.Equal && hasWord(ta[e.AStart:e.AEnd]) {
			shared = true
		}
	}
	if !shared {
		return &Diff{A: []Range{}, B: []Range{}}
	}
	// Punctuation is ignored, so a change neither starts nor ends on it.
	for i := range edits {
		e := &edits[i]
		e.AStart, e.AEnd = trimPunct(ta, e.AStart, e.AEnd)
		e.BStart, e.BEnd = trimPunct(tb, e.BStart, e.BEnd)
	}
	return editsToDiff(edits, ta, tb, 0, 0)
}

// trimPunct narrows tokens [s, e) to start and end on a word or number.
func trimPunct(ts []compare.Token, s, e int) (int, int) {
	for s < e && ts[s].Kind != compare.Word && ts[s].Kind != compare.Number {
		s++
	}
	for e > s && ts[e-1].Kind != compare.Word && ts[e-1].Kind != compare.Number {
		e--
	}
	return s, e
}

func hasWord(ts []compare.Token) bool {
	for _, t := range ts {
		if t.Kind == compare.Word || t.Kind == compare.Number {
			return true
		}
	}
	return false
}

// editsToDiff turns token edits into changed rune ranges, shifted back by
// each statement's offset in its document.
func editsToDiff(edits []compare.Edit, ta, tb []compare.Token, baseA, baseB int) *Diff {
	d := &Diff{A: []Range{}, B: []Range{}}
	for _, e := range edits {
		if e.Op == compare.Equal {
			continue
		}
		if e.AEnd > e.AStart {
			d.A = append(d.A, Range{ta[e.AStart].Start - baseA, ta[e.AEnd-1].End - baseA})
		}
		if e.BEnd > e.BStart {
			d.B = append(d.B, Range{tb[e.BStart].Start - baseB, tb[e.BEnd-1].End - baseB})
		}
	}
	return d
}

// diffOf returns p's diff, computing it when the model did not carry one.
func diffOf(p *Pair) *Diff {
	if p.Diff == nil {
		return ComputeDiff(p.A.Text, p.B.Text)
	}
	return p.Diff
}

// FromComparison builds the report of one comparison: the two inputs named
// nameA and nameB as its sources, its aligned pairs with their diff and
// reasons, and the statements only one side has. Generated is left zero
// for the caller to set.
func FromComparison(c *compare.Comparison, nameA, nameB string) *Claim {
	j := c.JSON(nameA, nameB)
	doc := &Claim{
		Kind:   KindComparison,
		Title:  nameA + " / " + nameB,
		Ignore: j.Ignore,
		Sources: []Source{
			{Name: nameA, Title: nameA, Lang: c.A.Lang()},
			{Name: nameB, Title: nameB, Lang: c.B.Lang()},
		},
	}
	stmt := func(st *compare.Statement, src int) Statement {
		return Statement{
			Source: src, Seq: st.Index, Text: st.Text, Lang: compare.Parse(st.Text).Lang(),
			Speaker: st.Speaker.Text, SpeakerKind: st.SpeakerKind.String(), Cue: st.Cue.Text,
			Channel: st.Channel.Text, Quote: st.Direct,
		}
	}
	for _, p := range c.Pairs {
		sa, sb := &c.StatementsA[p.A], &c.StatementsB[p.B]
		rp := Pair{
			A: stmt(sa, 0), B: stmt(sb, 1),
			Relation: p.Relation.Label.String(), Confidence: p.Relation.Confidence,
			Moved: p.Moved, Similarity: p.Similarity,
			Diff: editsToDiff(p.Edits, c.TokensA(p), c.TokensB(p), sa.Start, sb.Start),
		}
		rp.Reasons = append(rp.Reasons, p.Relation.Reasons...)
		doc.Pairs = append(doc.Pairs, rp)
	}
	for _, fc := range c.FactConflicts() {
		doc.Conflicts = append(doc.Conflicts, Conflict{Pair: fc.Pair, What: fc.What, A: fc.TextA, B: fc.TextB})
	}
	for _, k := range c.OnlyA {
		doc.OnlyA = append(doc.OnlyA, stmt(&c.StatementsA[k], 0))
	}
	for _, k := range c.OnlyB {
		doc.OnlyB = append(doc.OnlyB, stmt(&c.StatementsB[k], 1))
	}
	return doc
}

// sourceLong names statement st's source with its outlet, when the outlet
// is not already its label: "Josh Rogin, columnist (The Washington Post)".
func (doc *Claim) sourceLong(st Statement) string {
	if st.Source < 0 || st.Source >= len(doc.Sources) {
		return ""
	}
	s := doc.Sources[st.Source]
	if l := s.Label(); s.Outlet != "" && s.Outlet != l {
		return l + " (" + s.Outlet + ")"
	}
	return s.Label()
}

// sourceRef is how a pair names the source of one of its statements:
// the source's number in the report's source list ("Source 3", or "A" and
// "B" in a comparison) and its outlet and title, so that two versions of
// one article under the same headline can be told apart.
type sourceRef struct {
	Num    string // "Source 3", "A"; "Source ?" when the statement's source is unknown
	Outlet string // "" when not set or the same as Title
	Title  string // the source's Label
}

// String is the reference on one line: "Source 3: outlet · title".
func (r sourceRef) String() string {
	s := r.Num + ": "
	if r.Outlet != "" {
		s += r.Outlet + " · "
	}
	return s + r.Title
}

func (doc *Claim) sourceRef(st Statement) sourceRef {
	if st.Source < 0 || st.Source >= len(doc.Sources) {
		return sourceRef{Num: "Source ?", Title: "(unknown source)"}
	}
	return doc.sourceNum(st.Source)
}

// sourceNum is source i's reference; its number is the one the sources
// table shows.
func (doc *Claim) sourceNum(i int) sourceRef {
	s := doc.Sources[i]
	r := sourceRef{Num: fmt.Sprintf("Source %d", i+1), Title: s.Label()}
	if doc.IsComparison() {
		r.Num = string(rune('A' + i))
	}
	if s.Outlet != r.Title {
		r.Outlet = s.Outlet
	}
	return r
}

// tally counts a report's pairs the way the window and 'claimdiff claims'
// do: a contradiction the journalist judged not to be one is no longer
// counted as a contradiction but on its own (Rejected).
type tally struct {
	Contradicts, Rejected, Agrees, Other int
}

func (doc *Claim) tally() tally {
	var t tally
	for _, p := range doc.Pairs {
		switch {
		case p.Relation == RelContradicts && p.Verdict == VerdictNotContradiction:
			t.Rejected++
		case p.Relation == RelContradicts:
			t.Contradicts++
		case p.Relation == RelAgrees:
			t.Agrees++
		default:
			t.Other++
		}
	}
	return t
}

// String is the tally in words, the same in every format: "75
// contradictions (and 2 judged not a contradiction), 27 agreements".
func (t tally) String() string {
	s := plural(t.Contradicts, "contradiction", "contradictions")
	if t.Rejected > 0 {
		s += fmt.Sprintf(" (and %d judged not a contradiction)", t.Rejected)
	}
	s += ", " + plural(t.Agrees, "agreement", "agreements")
	if t.Other > 0 {
		s += fmt.Sprintf(", %d other", t.Other)
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// pairRank is a pair's group in a claim report, in the order an editor
// reads them: confirmed contradictions, contradictions still to check,
// agreements, other relations, and last the pairs judged not a
// contradiction.
func pairRank(p *Pair) int {
	switch {
	case p.Verdict == VerdictNotContradiction:
		return 4
	case p.Relation == RelContradicts && p.Verdict == VerdictConfirmed:
		return 0
	case p.Relation == RelContradicts:
		return 1
	case p.Relation == RelAgrees:
		return 2
	}
	return 3
}

// inReportOrder returns doc with its pairs in the order every writer
// numbers them: by pairRank, then most confident first. A comparison's
// pairs keep the texts' order. doc itself is not changed: the writers are
// pure functions of the model.
func (doc *Claim) inReportOrder() *Claim {
	if doc.IsComparison() {
		return doc
	}
	c := *doc
	c.Pairs = slices.Clone(doc.Pairs)
	slices.SortStableFunc(c.Pairs, func(a, b Pair) int {
		if d := cmp.Compare(pairRank(&a), pairRank(&b)); d != 0 {
			return d
		}
		return cmp.Compare(b.Confidence, a.Confidence)
	})
	return &c
}

// repeatNumbers maps each pair's archive id to its number in the report
// (from 1), for the pairs that others repeat (RepeatOf).
func (doc *Claim) repeatNumbers() map[int64]int {
	if !slices.ContainsFunc(doc.Pairs, func(p Pair) bool { return p.RepeatOf != 0 }) {
		return nil
	}
	nums := map[int64]int{}
	for j := range doc.Pairs {
		if id := doc.Pairs[j].ID; id != 0 {
			nums[id] = j + 1
		}
	}
	return nums
}

// repeatNumber is the number in the report of the pair p repeats, 0 when
// it repeats none of the report's (nums holds no id 0).
func repeatNumber(p *Pair, nums map[int64]int) int { return nums[p.RepeatOf] }

// repeatLine says which pair p repeats, or "" when none of the report's.
func repeatLine(p *Pair, nums map[int64]int) string {
	if n := repeatNumber(p, nums); n > 0 {
		return fmt.Sprintf("repeats the figures of pair %d", n)
	}
	return ""
}

// confidenceMeaning says what a contradiction's confidence in a claim's
// list is (data/internal/calib), for a report's legend.
const confidenceMeaning = "A contradiction's confidence is how often pairs like it (the engine's certainty and the kinds of its reasons) were real on test claims nobody tuned the engine for: read its reasons before the figure."

// IsComparison reports whether doc is a comparison report.
func (doc *Claim) IsComparison() bool { return doc.Kind == KindComparison }

// verdictName is how a verdict reads in a report.
func verdictName(v string) string {
	switch v {
	case VerdictToCheck:
		return "to check"
	case VerdictConfirmed:
		return "confirmed"
	case VerdictNotContradiction:
		return "not a contradiction"
	}
	return v
}
