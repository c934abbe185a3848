package app

import (
	"sort"

	"github.com/claimdiff/claimdiff/app/textview"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/relation"
	"github.com/claimdiff/claimdiff/compare/textnorm"
	"github.com/claimdiff/claimdiff/data"
)

// docSide is one side of a source comparison, one entry per statement of
// that source: its text, words, highlights and its partner on the other side.
type docSide struct {
	text        []string
	words       [][]textview.Span
	marks       [][]textview.Span
	partner     []int   // partner statement on the other side, -1 when none
	wordPartner [][]int // per word, the partner word in the partner statement, -1 when none
	moved       []bool
	equal       []bool // paired, in order, and the same under the ignore options
}

// diffStop is one difference of a source comparison, for next/previous:
// statement a of A and b of B, either -1 for a statement only on one side.
type diffStop struct{ a, b int }

// docModel is a source comparison ready to show: built off the UI goroutine
// from a compare.Comparison, cheap to rebuild when the ignore options change.
type docModel struct {
	a, b      docSide
	stops     []diffStop
	conflicts []compare.FactConflict
	pairs     []compare.Pair // the comparison's, which conflicts index
	moved     int
}

func newDocSide(sts []compare.Statement) docSide {
	n := len(sts)
	s := docSide{
		text: make([]string, n), words: make([][]textview.Span, n), marks: make([][]textview.Span, n),
		partner: fill(n, -1), wordPartner: make([][]int, n), moved: make([]bool, n), equal: make([]bool, n),
	}
	for i, st := range sts {
		s.text[i] = st.Text
	}
	return s
}

// wholeStatement marks a statement found on one side only: one band from
// its first word to its last, which reads as one block rather than a
// patchwork of words.
func wholeStatement(text string, k textview.Kind) (words, marks []textview.Span) {
	words, _ = wordSpans(compare.Parse(text).Tokens)
	if len(words) > 0 {
		marks = []textview.Span{{Start: words[0].Start, End: words[len(words)-1].End, Kind: k}}
	}
	return words, marks
}

// buildDocModel turns a comparison into what the two document views show
// under ignore. The word diff of each pair is redone on the statement's own
// text (pairMarks), so offsets are statement-relative like the views'.
func buildDocModel(c *compare.Comparison, ignore textnorm.Options) *docModel {
	m := &docModel{a: newDocSide(c.StatementsA), b: newDocSide(c.StatementsB), conflicts: c.FactConflicts(), pairs: c.Pairs}
	for _, p := range c.Pairs {
		// A contradiction's evidence is marked, as in the pair view: two
		// statements that share little show no word diff, and without it
		// nothing would show that "3000" faces "2500".
		var reasons []data.Reason
		if p.Relation.Label == relation.Contradicts {
			reasons = p.Relation.Reasons
		}
		sa, sb := pairMarks(c.StatementsA[p.A].Text, c.StatementsB[p.B].Text, reasons, ignore)
		m.a.words[p.A], m.a.marks[p.A], m.a.wordPartner[p.A] = sa.words, sa.marks, sa.partner
		m.b.words[p.B], m.b.marks[p.B], m.b.wordPartner[p.B] = sb.words, sb.marks, sb.partner
		m.a.partner[p.A], m.b.partner[p.B] = p.B, p.A
		m.a.moved[p.A], m.b.moved[p.B] = p.Moved, p.Moved
		if p.Moved {
			m.moved++
		}
		eq := !p.Moved && !sa.differ && len(sa.marks)+len(sb.marks) == 0
		m.a.equal[p.A], m.b.equal[p.B] = eq, eq
	}
	for _, i := range c.OnlyA {
		m.a.words[i], m.a.marks[i] = wholeStatement(m.a.text[i], textview.Deleted)
		m.a.wordPartner[i] = fill(len(m.a.words[i]), -1)
	}
	for _, j := range c.OnlyB {
		m.b.words[j], m.b.marks[j] = wholeStatement(m.b.text[j], textview.Inserted)
		m.b.wordPartner[j] = fill(len(m.b.words[j]), -1)
	}
	m.stops = diffStops(&m.a, &m.b)
	return m
}

// diffStops lists the differences in reading order of A; a statement only
// in B comes after the difference of the B statement before it.
func diffStops(a, b *docSide) []diffStop {
	type keyed struct {
		pos float64
		s   diffStop
	}
	var ks []keyed
	for i := range a.text {
		if !a.equal[i] {
			ks = append(ks, keyed{float64(i), diffStop{i, a.partner[i]}})
		}
	}
	prev := -0.5
	for j := range b.text {
		if p := b.partner[j]; p >= 0 {
			prev = float64(p) + 0.5
			continue
		}
		ks = append(ks, keyed{prev, diffStop{-1, j}})
	}
	sort.SliceStable(ks, func(x, y int) bool { return ks[x].pos < ks[y].pos })
	out := make([]diffStop, len(ks))
	for i, k := range ks {
		out[i] = k.s
	}
	return out
}
