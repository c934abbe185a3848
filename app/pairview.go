package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/claimdiff/claimdiff/app/textview"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/textnorm"
	"github.com/claimdiff/claimdiff/data"
)

// sideMarks is what one side of a pair shows: its words for hit-testing,
// the diff and evidence highlights, and for each word the partner word on
// the other side (-1 when it has none).
type sideMarks struct {
	words   []textview.Span
	marks   []textview.Span
	partner []int
	differ  bool // the two texts differ under the ignore options, marked or not
}

// pairMarks diffs two statements word by word under ignore and adds the
// reasons' evidence. Offsets are runes of each statement's text.
func pairMarks(a, b string, reasons []data.Reason, ignore textnorm.Options) (sa, sb sideMarks) {
	ta, tb := compare.Parse(a).Tokens, compare.Parse(b).Tokens
	wa, idxA := wordSpans(ta)
	wb, idxB := wordSpans(tb)
	sa = sideMarks{words: wa, partner: fill(len(wa), -1)}
	sb = sideMarks{words: wb, partner: fill(len(wb), -1)}
	mark := func(s *sideMarks, toks []compare.Token, from, to int, k textview.Kind) {
		for _, t := range toks[from:to] {
			if t.Kind == compare.Word || t.Kind == compare.Number {
				s.marks = append(s.marks, textview.Span{Start: t.Start, End: t.End, Kind: k})
			}
		}
	}
	edits := compare.DiffTokens(ta, tb, ignore)
	for _, e := range edits {
		if e.Op != compare.Equal {
			sa.differ, sb.differ = true, true
		}
	}
	// Two statements that share no word are one replacement: colouring
	// every word would only hide the evidence, so the diff shows nothing
	// and the reasons' words stand out alone.
	if len(edits) == 1 && edits[0].Op == compare.Replace {
		edits = nil
	}
	for _, e := range edits {
		switch e.Op {
		case compare.Delete:
			mark(&sa, ta, e.AStart, e.AEnd, textview.Deleted)
		case compare.Insert:
			mark(&sb, tb, e.BStart, e.BEnd, textview.Inserted)
		case compare.Replace:
			mark(&sa, ta, e.AStart, e.AEnd, textview.Changed)
			mark(&sb, tb, e.BStart, e.BEnd, textview.Changed)
		case compare.Equal:
			for i, j := e.AStart, e.BStart; i < e.AEnd && j < e.BEnd; i, j = i+1, j+1 {
				if wi, wj := idxA[i], idxB[j]; wi >= 0 && wj >= 0 {
					sa.partner[wi], sb.partner[wj] = wj, wi
				}
			}
		}
	}
	for _, r := range reasons {
		k := reasonKind(r.Kind)
		if r.AStart >= 0 && r.AEnd > r.AStart {
			sa.marks = append(sa.marks, textview.Span{Start: r.AStart, End: r.AEnd, Kind: k})
		}
		if r.BStart >= 0 && r.BEnd > r.BStart {
			sb.marks = append(sb.marks, textview.Span{Start: r.BStart, End: r.BEnd, Kind: k})
		}
	}
	return sa, sb
}

// wordSpans returns the word and number tokens as spans, and for each token
// its word index (-1 for spaces and punctuation).
func wordSpans(toks []compare.Token) ([]textview.Span, []int) {
	var spans []textview.Span
	idx := make([]int, len(toks))
	for i, t := range toks {
		idx[i] = -1
		if t.Kind == compare.Word || t.Kind == compare.Number {
			idx[i] = len(spans)
			spans = append(spans, textview.Span{Start: t.Start, End: t.End})
		}
	}
	return spans, idx
}

func fill(n, v int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = v
	}
	return s
}

// reasonKind is the highlight of a reason's evidence.
func reasonKind(kind string) textview.Kind {
	switch kind {
	case "negation", "denial":
		return textview.Negation
	case "number", "quantity":
		return textview.NumberConflict
	case "date":
		return textview.DateConflict
	}
	return textview.Changed
}

// pairView shows two statements side by side, each in its own direction,
// with the word diff and the evidence highlighted; pointing at a word lights
// its partner on the other side.
type pairView struct {
	headA, headB *textview.ParagraphView
	a, b         *textview.ParagraphView
	ma, mb       sideMarks
	content      fyne.CanvasObject
}

func newPairView() *pairView {
	v := &pairView{}
	// Headers mix an English interface with Arabic names: they go through
	// the bidi layout too, as left-to-right paragraphs.
	mkHead := func() *textview.ParagraphView {
		h := textview.NewParagraph(textview.Paragraph{Dir: textview.LTR})
		h.TextStyle = fyne.TextStyle{Bold: true}
		return h
	}
	v.headA, v.headB = mkHead(), mkHead()
	v.a = textview.NewParagraph(textview.Paragraph{})
	v.b = textview.NewParagraph(textview.Paragraph{})
	v.a.OnHover = func(w int) { v.link(&v.ma, &v.mb, v.b, w) }
	v.b.OnHover = func(w int) { v.link(&v.mb, &v.ma, v.a, w) }
	v.a.OnTapped = v.a.OnHover
	v.b.OnTapped = v.b.OnHover
	v.content = container.NewGridWithColumns(2,
		container.NewVBox(v.headA, widget.NewSeparator(), v.a),
		container.NewVBox(v.headB, widget.NewSeparator(), v.b))
	return v
}

// set shows a pair's two statements.
func (v *pairView) set(headA, textA, headB, textB string, reasons []data.Reason, ignore textnorm.Options) {
	v.ma, v.mb = pairMarks(textA, textB, reasons, ignore)
	v.headA.SetParagraph(textview.Paragraph{Text: headA, Dir: textview.LTR})
	v.headB.SetParagraph(textview.Paragraph{Text: headB, Dir: textview.LTR})
	v.a.SetParagraph(textview.Paragraph{Text: textA, Words: v.ma.words, Marks: v.ma.marks})
	v.b.SetParagraph(textview.Paragraph{Text: textB, Words: v.mb.words, Marks: v.mb.marks})
}

// link lights on the other side the partner of word w of this side, or
// clears the light when w is -1 or has no partner.
func (v *pairView) link(this, other *sideMarks, view *textview.ParagraphView, w int) {
	marks := other.marks
	if w >= 0 && w < len(this.partner) {
		if p := this.partner[w]; p >= 0 {
			sp := other.words[p]
			sp.Kind = textview.Linked
			marks = append(append([]textview.Span(nil), other.marks...), sp)
		}
	}
	view.SetMarks(marks)
}
