package report

import (
	"strings"

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
	// An Arabic paragraph is right to left, and so is a mixed one whose
	// letters are mostly Arabic (Word needs <w:bidi/> on it, and the HTML
	// says dir="rtl" when the browser's dir="auto" would not find it); any
	// other takes the direction of its first strong letter, as dir="auto"
	// makes the browser do.
	rtl, dir := false, "auto"
	switch {
	case ltr:
		dir = "ltr"
	case doc.Lang() == "ar":
		rtl, dir = true, "rtl"
	default:
		firstR := false
		for _, t := range toks {
			if s := strong(t); s == 'R' || s == 'L' {
				firstR = s == 'R'
				break
			}
		}
		rtl = firstR
		if !firstR && mostlyArabic(toks) {
			rtl, dir = true, "rtl"
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
	// direction, from its first foreign strong token to its last one. In a
	// left-to-right paragraph a number that follows Arabic words belongs to
	// their run, as the Unicode bidi algorithm reads it ("بحلول نهاية 2026"
	// is one right-to-left phrase): isolating the words without the number
	// would put the number on the wrong side of them.
	foreign := make([]bool, len(toks))
	isForeign := func(s byte) bool {
		if rtl {
			return s == 'L' || s == 'N'
		}
		return s == 'R'
	}
	continues := func(s byte) bool { return isForeign(s) || (!rtl && s == 'N') }
	for i := 0; i < len(toks); {
		if !isForeign(strong(toks[i])) {
			i++
			continue
		}
		last := i
		j := i + 1
		for ; j < len(toks); j++ {
			s := strong(toks[j])
			if continues(s) {
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

// mostlyArabic reports whether Arabic letters outnumber Latin ones in
// toks, counted as compare.Document.Lang counts them.
func mostlyArabic(toks []compare.Token) bool {
	var ar, la int
	for _, t := range toks {
		if t.Kind != compare.Word {
			continue
		}
		switch t.Script {
		case textnorm.ScriptArabic:
			ar += t.End - t.Start
		case textnorm.ScriptLatin:
			la += t.End - t.Start
		}
	}
	return ar > la
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

// reasonLine lays out a reason as one left-to-right line: its Detail (or
// "kind: a vs b" when it has none) with each side's evidence, the whole of
// Reason.A and the whole of Reason.B, as one isolated span in its own
// direction, so that the words and numbers of "بحلول نهاية 2026" keep
// their order whatever surrounds them. The rest of the line is laid out
// as inline text.
func reasonLine(r Reason) para {
	text := r.Detail
	if text == "" {
		text = r.Kind + ": " + r.A + " vs " + r.B
	}
	out := para{Dir: "ltr"}
	glue := func(s string) {
		if s != "" {
			out.Spans = append(out.Spans, inline(s).Spans...)
		}
	}
	// The evidence is searched for after the "kind:" prefix, A before B,
	// as every Detail the engine writes names them in that order.
	from, pos := 0, 0 // written up to from; search from pos
	if strings.HasPrefix(text, r.Kind+":") {
		pos = len(r.Kind) + 1
	}
	for _, ev := range []string{r.A, r.B} {
		if strings.TrimSpace(ev) == "" {
			continue
		}
		i := strings.Index(text[pos:], ev)
		if i < 0 {
			continue
		}
		glue(text[from : pos+i])
		out.Spans = append(out.Spans, span{Foreign: true, RTL: firstStrongRTL(ev), Pieces: []piece{{Text: ev}}})
		from, pos = pos+i+len(ev), pos+i+len(ev)
	}
	glue(text[from:])
	return out
}

// firstStrongRTL reports whether the first letter of s is Arabic, the
// direction an isolate with dir="auto" takes.
func firstStrongRTL(s string) bool {
	for _, t := range compare.Parse(s).Tokens {
		if st := strong(t); st == 'R' || st == 'L' {
			return st == 'R'
		}
	}
	return false
}

// fieldsLine lays out fields, such as a source's outlet and title, on one
// line joined by sep, for DOCX: the line takes the direction of its text
// (plain), and each field is one run in its own direction, ended by a
// directional mark when that is not the line's, so that a field's neutral
// characters ("<b>" ending an outlet's name) stay with it rather than with
// its neighbour.
func fieldsLine(sep string, fields ...string) para {
	var kept []string
	for _, f := range fields {
		if f != "" {
			kept = append(kept, f)
		}
	}
	p := plain(strings.Join(kept, sep))
	out := para{RTL: p.RTL, Dir: p.Dir}
	for i, f := range kept {
		if i > 0 {
			out.Spans = append(out.Spans, span{RTL: p.RTL, Pieces: []piece{{Text: sep}}})
		}
		rtl := firstStrongRTL(f)
		if rtl != p.RTL {
			// A mark of the field's own direction ends it: Word and
			// LibreOffice order a neutral at the end of a field ("<b>")
			// by its neighbours, and the field's is the mark.
			f += map[bool]string{true: "\u200f", false: "\u200e"}[rtl]
		}
		out.Spans = append(out.Spans, span{Foreign: rtl != p.RTL, RTL: rtl, Pieces: []piece{{Text: f}}})
	}
	return out
}
