package report

import (
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/textnorm"
)

var allIgnore = textnorm.All

// Mark is how a piece of text is highlighted.
type mark uint8

const (
	markChanged  mark = 1 << iota // deleted (side A) or inserted (side B)
	markEvidence                  // evidence of a reason
)

// piece is text with one highlight.
type piece struct {
	Text     string
	Changed  bool
	Evidence bool
}

// span is a run of pieces; Foreign spans run against the paragraph's
// direction (Latin words and numbers in Arabic, Arabic in English) and are
// isolated (<bdi>, a run without w:rtl) so that a multi-word name keeps its
// order.
type span struct {
	Foreign bool
	RTL     bool // the span's own direction
	Pieces  []piece
}

// para is one paragraph laid out for writing.
type para struct {
	RTL   bool   // the paragraph's resolved direction
	Dir   string // the HTML dir attribute: "rtl" for Arabic, "auto" otherwise
	Spans []span
}

// strong is a token's bidi strength: 'R' Arabic letters, 'L' other
// letters, 'N' numbers (weak, shown left to right), 0 neutral.
func strong(t compare.Token) byte {
	switch t.Kind {
	case compare.Word:
		if t.Script == textnorm.ScriptArabic {
			return 'R'
		}
		if t.Script == textnorm.ScriptDigit {
			return 'N'
		}
		return 'L'
	case compare.Number:
		return 'N'
	}
	return 0
}

// layout splits text into spans of one direction and pieces of one
// highlight. changed and evidence are rune ranges of text. Highlights cover
// whole tokens: colouring part of an Arabic word would break its joining.
func layout(text string, changed, evidence []Range) para {
	return layoutIn(text, changed, evidence, false)
}

// inline lays out text that sits inside a left-to-right line (a label's
// value, a reason): its Arabic runs are the foreign ones, whatever its
// language.
func inline(text string) para { return layoutIn(text, nil, nil, true) }

// layoutIn is layout; ltr forces a left-to-right base direction.
func layoutIn(text string, changed, evidence []Range, ltr bool) para {
	doc := compare.Parse(text)
	toks := doc.Tokens
	// An Arabic paragraph is right to left; any other takes the direction
	// of its first strong letter, as dir="auto" makes the browser do.
	rtl, dir := false, "auto"
	switch {
	case ltr:
		dir = "ltr"
	case doc.Lang() == "ar":
		rtl, dir = true, "rtl"
	default:
		for _, t := range toks {
			if s := strong(t); s == 'R' || s == 'L' {
				rtl = s == 'R'
				break
			}
		}
	}
	p := para{RTL: rtl, Dir: dir}
	if len(toks) == 0 {
		if text != "" {
			p.Spans = []span{{RTL: rtl, Pieces: []piece{{Text: text}}}}
		}
		return p
	}

	marks := make([]mark, len(toks))
	isSpace := func(t compare.Token) bool { return t.Kind == compare.Space }
	for i, t := range toks {
		if isSpace(t) {
			continue
		}
		if overlaps(changed, t.Start, t.End) {
			marks[i] |= markChanged
		}
		if overlaps(evidence, t.Start, t.End) {
			marks[i] |= markEvidence
		}
	}
	// A space is highlighted only inside a highlighted phrase, so that a
	// highlight never ends in a bare space.
	for i, t := range toks {
		if !isSpace(t) {
			continue
		}
		var prev, next mark
		if i > 0 {
			prev = marks[i-1]
		}
		if i+1 < len(toks) {
			next = marks[i+1]
		}
		marks[i] = prev & next
	}

	// foreign[i]: token i belongs to a run against the paragraph's
	// direction, from its first foreign strong token to its last one.
	foreign := make([]bool, len(toks))
	isForeign := func(s byte) bool {
		if rtl {
			return s == 'L' || s == 'N'
		}
		return s == 'R'
	}
	for i := 0; i < len(toks); {
		if !isForeign(strong(toks[i])) {
			i++
			continue
		}
		last := i
		j := i + 1
		for ; j < len(toks); j++ {
			s := strong(toks[j])
			if isForeign(s) {
				last = j
			} else if s != 0 {
				break
			}
		}
		for k := i; k <= last; k++ {
			foreign[k] = true
		}
		i = last + 1
	}

	var cur *span
	for i, t := range toks {
		if cur == nil || cur.Foreign != foreign[i] {
			p.Spans = append(p.Spans, span{Foreign: foreign[i], RTL: rtl != foreign[i]})
			cur = &p.Spans[len(p.Spans)-1]
		}
		pc := piece{Text: t.Text, Changed: marks[i]&markChanged != 0, Evidence: marks[i]&markEvidence != 0}
		if n := len(cur.Pieces); n > 0 && cur.Pieces[n-1].Changed == pc.Changed && cur.Pieces[n-1].Evidence == pc.Evidence {
			cur.Pieces[n-1].Text += pc.Text
			continue
		}
		cur.Pieces = append(cur.Pieces, pc)
	}
	return p
}

func overlaps(rs []Range, start, end int) bool {
	for _, r := range rs {
		if r.Start < end && start < r.End {
			return true
		}
	}
	return false
}

// evidenceRanges returns the rune ranges of the reasons' evidence on side A
// (a true) or B, skipping offsets that do not fit text of n runes.
func evidenceRanges(reasons []Reason, a bool, n int) []Range {
	var out []Range
	for _, r := range reasons {
		s, e := r.BStart, r.BEnd
		if a {
			s, e = r.AStart, r.AEnd
		}
		if s >= 0 && e > s && e <= n {
			out = append(out, Range{s, e})
		}
	}
	return out
}

// pairSides lays out both statements of a pair with their highlights.
func pairSides(p *Pair) (a, b para) {
	d := diffOf(p)
	na, nb := len([]rune(p.A.Text)), len([]rune(p.B.Text))
	a = layout(p.A.Text, d.A, evidenceRanges(p.Reasons, true, na))
	b = layout(p.B.Text, d.B, evidenceRanges(p.Reasons, false, nb))
	return a, b
}

// plain lays out text with no highlight.
func plain(text string) para { return layout(text, nil, nil) }
