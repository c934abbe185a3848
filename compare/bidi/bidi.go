// Package bidi implements the parts of the Unicode Bidirectional Algorithm
// (UAX #9) the app needs to lay out mixed Arabic and English paragraphs:
// paragraph direction (P2-P3), isolates (X5a-X5c, X6a, X10), weak and neutral
// types (W1-W7, N0-N2), implicit levels (I1-I2), whitespace reset (L1) and
// line reordering (L2).
//
// Character classes come from golang.org/x/text/unicode/bidi; its own
// Paragraph/Ordering API reports runs without levels, which is not enough to
// reorder a wrapped line, so the algorithm itself lives here.
//
// Explicit embeddings and overrides (LRE, RLE, LRO, RLO, PDF) are not
// supported: they are treated like boundary neutrals, i.e. removed by X9 and
// otherwise ignored. Text is expected to be one paragraph; a paragraph
// separator inside it closes all open isolates but keeps the paragraph level.
package bidi

import (
	"slices"

	ucd "golang.org/x/text/unicode/bidi"
)

// Direction is a paragraph direction.
type Direction int

// Paragraph directions. Auto picks the direction of the first strong
// character (rules P2-P3) and falls back to LTR.
const (
	LTR Direction = iota
	RTL
	Auto
)

// String names the direction.
func (d Direction) String() string {
	switch d {
	case LTR:
		return "LTR"
	case RTL:
		return "RTL"
	case Auto:
		return "Auto"
	}
	return "Direction(?)"
}

// maxDepth is max_depth of UAX #9 (BD2). Resolved levels can reach
// maxDepth+1 through rules I1-I2.
const maxDepth = 125

// maxBracketPairs is the size of the BD16 bracket stack.
const maxBracketPairs = 63

// Paragraph is a resolved paragraph: one embedding level per rune, with
// rule L1 already applied as if the whole paragraph were one line.
type Paragraph struct {
	Runes  []rune
	Levels []uint8
	Base   uint8 // paragraph embedding level: 0 (LTR) or 1 (RTL)

	classes []ucd.Class
}

// Resolve runs the algorithm on one paragraph. dir LTR or RTL forces the
// paragraph level; Auto detects it. text is kept, not copied.
func Resolve(text []rune, dir Direction) *Paragraph {
	classes := make([]ucd.Class, len(text))
	var brackets []int32
	for i, r := range text {
		p, _ := ucd.LookupRune(r)
		classes[i] = p.Class()
		if p.IsBracket() {
			if brackets == nil {
				brackets = make([]int32, len(text))
			}
			brackets[i] = bracketID(r, p.IsOpeningBracket())
		}
	}
	levels, base := resolveClasses(classes, brackets, dir)
	return &Paragraph{Runes: text, Levels: levels, Base: base, classes: classes}
}

// IsRTL reports whether the paragraph level is right-to-left, i.e. whether
// lines should be right-aligned.
func (p *Paragraph) IsRTL() bool { return p.Base&1 == 1 }

// VisualOrder returns the logical indices of the line [start, end) of the
// paragraph in visual order, left to right. It re-applies the end-of-line
// part of L1 so whitespace where the line wraps sits at the paragraph level.
// Out-of-range bounds are clamped.
func (p *Paragraph) VisualOrder(start, end int) []int {
	start = max(0, min(start, len(p.Levels)))
	end = max(start, min(end, len(p.Levels)))
	line := slices.Clone(p.Levels[start:end])
	for i := len(line) - 1; i >= 0; i-- {
		c := p.classes[start+i]
		if c != ucd.WS && !isIsolateControl(c) && !isRemoved(c) {
			break
		}
		line[i] = p.Base
	}
	order := ReorderLevels(line)
	for i := range order {
		order[i] += start
	}
	return order
}

// MirrorAt returns the glyph to draw for rune i: its mirror image when it is
// at an odd (right-to-left) level and has one (rule L4), else ok is false.
func (p *Paragraph) MirrorAt(i int) (r rune, ok bool) {
	if p.Levels[i]&1 == 0 {
		return p.Runes[i], false
	}
	return Mirror(p.Runes[i])
}

// ReorderLevels applies rule L2 to the levels of one line and returns the
// indices into levels in visual order, left to right.
func ReorderLevels(levels []uint8) []int {
	order := make([]int, len(levels))
	for i := range order {
		order[i] = i
	}
	if len(levels) == 0 {
		return order
	}
	highest, lowestOdd := uint8(0), uint8(maxDepth+2)
	for _, l := range levels {
		highest = max(highest, l)
		if l&1 == 1 {
			lowestOdd = min(lowestOdd, l)
		}
	}
	for k := highest; k >= lowestOdd && k > 0; k-- {
		for i := 0; i < len(levels); {
			if levels[order[i]] < k {
				i++
				continue
			}
			j := i + 1
			for j < len(levels) && levels[order[j]] >= k {
				j++
			}
			slices.Reverse(order[i:j])
			i = j
		}
	}
	return order
}

// DetectDirection applies rules P2-P3: the direction of the first strong
// character outside isolates, or Auto when there is none, so that callers
// can choose a fallback (Resolve falls back to LTR).
func DetectDirection(text []rune) Direction {
	classes := make([]ucd.Class, len(text))
	for i, r := range text {
		p, _ := ucd.LookupRune(r)
		classes[i] = p.Class()
	}
	switch firstStrong(classes, 0, len(classes), matchIsolates(classes)) {
	case ucd.L:
		return LTR
	case ucd.R:
		return RTL
	}
	return Auto
}

func isIsolateInitiator(c ucd.Class) bool { return c == ucd.LRI || c == ucd.RLI || c == ucd.FSI }

func isIsolateControl(c ucd.Class) bool { return isIsolateInitiator(c) || c == ucd.PDI }

// isRemoved reports the classes rule X9 removes. Embeddings and overrides
// are unsupported and so are dropped the same way.
func isRemoved(c ucd.Class) bool {
	switch c {
	case ucd.BN, ucd.LRE, ucd.RLE, ucd.LRO, ucd.RLO, ucd.PDF:
		return true
	}
	return false
}

// matchIsolates pairs isolate initiators with their PDIs (BD9). For an
// initiator it holds the index of its PDI, for a PDI that of its initiator,
// and -1 for unmatched controls and every other character.
func matchIsolates(classes []ucd.Class) []int32 {
	match := make([]int32, len(classes))
	var open []int32
	for i, c := range classes {
		match[i] = -1
		switch {
		case isIsolateInitiator(c):
			open = append(open, int32(i))
		case c == ucd.PDI && len(open) > 0:
			o := open[len(open)-1]
			open = open[:len(open)-1]
			match[o], match[i] = int32(i), o
		case c == ucd.B:
			open = open[:0]
		}
	}
	return match
}

// firstStrong finds the first L, R or AL in [start, end), skipping isolates
// and stopping at a paragraph separator (P2). It returns L, R (also for AL)
// or ON when there is none.
func firstStrong(classes []ucd.Class, start, end int, match []int32) ucd.Class {
	for i := start; i < end; i++ {
		switch c := classes[i]; {
		case c == ucd.L:
			return ucd.L
		case c == ucd.R || c == ucd.AL:
			return ucd.R
		case c == ucd.B:
			return ucd.ON
		case isIsolateInitiator(c):
			if match[i] < 0 {
				return ucd.ON
			}
			i = int(match[i])
		}
	}
	return ucd.ON
}
