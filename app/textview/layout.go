// Package textview shows right-to-left and mixed Arabic-English paragraphs
// in Fyne, which cannot lay them out itself (fyne-io/fyne issue #90).
//
// A paragraph is cut into display atoms: runs of non-space runes with one
// bidi level and one script group (right-to-left letters and their marks
// versus everything else). Each atom becomes one canvas.Text, so Fyne only
// ever shapes text of one direction and one font face, which it does
// correctly. Lines are wrapped in logical order at spaces, and each line is
// put in visual order with rule L2 of the bidi algorithm (compare/bidi).
// Neutral atoms at right-to-left levels (brackets, guillemets, quotes) are
// reversed and mirrored by hand, because Fyne would shape them left to right.
// Highlights are rectangles behind whole words: colouring part of an Arabic
// word would cut it into several texts and break letter joining.
package textview

import (
	"slices"
	"sync"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	ucd "golang.org/x/text/unicode/bidi"

	"github.com/claimdiff/claimdiff/compare/bidi"
	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// Kind is what a highlight means; each kind has its own colour.
type Kind uint8

// Highlight kinds.
const (
	None           Kind = iota
	Inserted            // only in this version: green
	Deleted             // only in the other version: red, struck through
	Changed             // reworded: amber
	Negation            // negation or denial: purple, underlined
	NumberConflict      // numbers disagree: orange
	DateConflict        // dates disagree: orange
	Linked              // the word matching the one under the pointer: blue outline
	Search              // search hit: yellow
)

// Span is a range of runes [Start, End) of a paragraph's text. Spans of
// marks cover whole words; a span that cuts a word is drawn over the whole
// word.
type Span struct {
	Start, End int
	Kind       Kind
}

// Paragraph is one paragraph to show.
type Paragraph struct {
	Text string
	// Words are the word boundaries for hit-testing, in logical order; their
	// Kind is ignored. When nil, the whitespace-separated runs of Text are the
	// words.
	Words []Span
	// Marks are the highlights.
	Marks []Span
	// Dir is the paragraph direction; the zero value, Auto, picks it from
	// the first strong character.
	Dir Direction
}

// Direction is the direction of a paragraph. Unlike bidi.Direction its zero
// value detects the direction, so that a Paragraph literal without Dir shows
// Arabic right to left.
type Direction uint8

// Paragraph directions.
const (
	Auto Direction = iota // the first strong character decides; left to right when there is none
	LTR
	RTL
)

func (d Direction) bidi() bidi.Direction {
	switch d {
	case LTR:
		return bidi.LTR
	case RTL:
		return bidi.RTL
	}
	return bidi.Auto
}

// atom is one canvas.Text of a laid-out paragraph.
type atom struct {
	start, end int32 // logical runes [start, end)
	level      uint8
	rtl        bool   // of the right-to-left group: shaped right to left
	text       string // what to draw: reversed and mirrored when neutral at an odd level
	width      float32
	drop       float32 // moves the text down onto the paragraph's baseline
}

// chunk is a whitespace-separated run of runes: the unit of wrapping.
type chunk struct {
	start, end int32 // runes
	a0, a1     int32 // atoms
	width      float32
	gap        float32 // width of the whitespace before the chunk
	spaces     int32   // number of spaces before the chunk, line feeds excluded
	hardBreak  bool    // a line feed precedes it
}

// item is one atom or one gap placed on a line, left to right.
type item struct {
	atom int32 // -1 for a gap
	rune int32 // first logical rune of the atom, or the space rune
	x, w float32
}

// line is one laid-out line.
type line struct {
	c0, c1 int32 // chunks [c0, c1)
	width  float32
	items  []item // nil until arranged
}

// prepared holds the width-independent part of a layout: resolved levels,
// atoms and their measured widths. It is rebuilt when the text, the text
// size or the font changes.
type prepared struct {
	runes  []rune
	para   *bidi.Paragraph
	atoms  []atom
	chunks []chunk
	atomOf []int32 // rune -> atom, -1 for whitespace
	words  []Span  // hit-test words, as the caller gave them
	// wordsSorted allows a binary search of words.
	wordsSorted bool
	space       float32
	lineH       float32
	baseline    float32    // from the top of a line
	key         measureKey // font and size it was measured with (text empty)

	wrapWidth float32 // width of the cached wrap
	lines     []line
}

// measureKey identifies one measurement. The font name stands for the theme,
// so that a theme change does not reuse widths measured with another font.
type measureKey struct {
	font  string
	size  float32
	style fyne.TextStyle
	text  string
}

// measureCache keeps text widths for the life of the process: a document
// repeats most of its words, and shaping is the slow part of a layout.
var measureCache = struct {
	sync.Mutex
	m map[measureKey]fyne.Size
}{m: map[measureKey]fyne.Size{}}

// fontKey is the measurement key of th for size and style; a prepared
// paragraph is stale when its key differs from the theme's.
func fontKey(th fyne.Theme, size float32, style fyne.TextStyle) measureKey {
	name := ""
	if f := th.Font(style); f != nil {
		name = f.Name()
	}
	return measureKey{font: name, size: size, style: style}
}

// isSpace reports the runes lines break at; they are never drawn.
func isSpace(r rune) bool { return unicode.IsSpace(r) }

// isJoiner reports invisible format characters that belong to the atom
// before them (ZWNJ and ZWJ shape Arabic and Persian words).
func isJoiner(r rune) bool { return r == 0x200C || r == 0x200D }

// rtlGroup reports the runes of right-to-left scripts and their marks: the
// runes that must be shaped together, in one canvas.Text, to join.
func rtlGroup(r rune, prevRTL bool) bool {
	if textnorm.IsArabicLetter(r) {
		return true
	}
	if unicode.Is(unicode.Mn, r) {
		return prevRTL
	}
	if !unicode.IsLetter(r) {
		return false
	}
	p, _ := ucd.LookupRune(r)
	c := p.Class()
	return c == ucd.R || c == ucd.AL
}

// spec is what a layout needs of the theme. Making one asks Fyne for the
// line height, so it is done on the UI goroutine; prepare may then run on
// any goroutine.
type spec struct {
	key   measureKey
	fonts fonts
	lineH float32
}

func newSpec(th fyne.Theme, style fyne.TextStyle) spec {
	key := fontKey(th, th.Size(theme.SizeNameText), style)
	return spec{
		key:   key,
		fonts: newFonts(th, key.size, style),
		lineH: fyne.MeasureText(" ", key.size, style).Height, // the height of every text Fyne draws
	}
}

// prepare resolves and measures a paragraph.
func prepare(p Paragraph, sp spec) *prepared {
	pr := split(p, sp)
	measureAtoms(sp, []*prepared{pr}, 1)
	pr.finish()
	return pr
}

// prepareAll resolves and measures paras on up to workers goroutines: the
// paragraphs are split into atoms in parallel, then the distinct texts not
// yet measured, from all paragraphs at once, are shaped in parallel. Shaping
// each distinct word once for the whole document, rather than paragraph by
// paragraph, is what makes a cold layout of a long article fast.
func prepareAll(paras []Paragraph, sp spec, workers int) []*prepared {
	out := make([]*prepared, len(paras))
	if sp.fonts.primary == nil || sp.fonts.fallback == nil {
		workers = 1 // measuring falls back to fyne.MeasureText, which is not safe off the UI goroutine
	}
	workers = max(1, min(workers, len(paras)))
	parallel(workers, func(w int) {
		for i := w; i < len(paras); i += workers {
			out[i] = split(paras[i], sp)
		}
	})
	measureAtoms(sp, out, workers)
	for _, pr := range out {
		pr.finish()
	}
	return out
}

// parallel runs f(0) ... f(n-1) on n goroutines (f(0) on this one) and
// waits for them.
func parallel(n int, f func(w int)) {
	if n <= 1 {
		f(0)
		return
	}
	var wg sync.WaitGroup
	for w := 1; w < n; w++ {
		wg.Go(func() { f(w) })
	}
	f(0)
	wg.Wait()
}

// split resolves a paragraph's levels and cuts it into atoms and chunks,
// leaving the widths to measureAtoms and finish.
func split(p Paragraph, sp spec) *prepared {
	key, fs := sp.key, sp.fonts
	runes := []rune(p.Text)
	pr := &prepared{runes: runes, key: key, wrapWidth: -1}
	pr.para = bidi.Resolve(runes, p.Dir.bidi())
	pr.lineH = sp.lineH
	if fs.primary != nil {
		pr.baseline = ascent(fs.primary, key.size)
	} else {
		pr.baseline = sp.lineH * 0.7
	}
	pr.atomOf = make([]int32, len(runes))

	var buf []rune
	flush := func(start, end int) {
		if start >= end {
			return
		}
		lv := pr.para.Levels[start]
		rtl := rtlGroup(runes[start], false)
		buf = buf[:0]
		if lv&1 == 1 && !rtl {
			// A neutral at a right-to-left level: Fyne would shape it left to
			// right, so draw it in visual order with mirrored glyphs.
			for i := end - 1; i >= start; i-- {
				r, ok := pr.para.MirrorAt(i)
				if !ok {
					r = runes[i]
				}
				buf = append(buf, r)
			}
		} else {
			buf = append(buf, runes[start:end]...)
		}
		for i := start; i < end; i++ {
			pr.atomOf[i] = int32(len(pr.atoms))
		}
		pr.atoms = append(pr.atoms, atom{start: int32(start), end: int32(end), level: lv, rtl: rtl, text: string(buf), drop: fs.dropFor(buf[0])})
	}

	atomStart := -1
	chunkStart := -1
	prevRTL := false
	spaces, hard := 0, false
	endChunk := func(i int) {
		flush(atomStart, i)
		atomStart = -1
		c := chunk{start: int32(chunkStart), end: int32(i), a1: int32(len(pr.atoms)), spaces: int32(spaces), hardBreak: hard}
		c.a0 = pr.atomOf[chunkStart]
		pr.chunks = append(pr.chunks, c)
		chunkStart = -1
		spaces, hard = 0, false
	}
	for i, r := range runes {
		if isSpace(r) {
			pr.atomOf[i] = -1
			if chunkStart >= 0 {
				endChunk(i)
			}
			if r == '\n' || r == '\u2029' || r == '\u2028' {
				hard = true
			} else {
				spaces++
			}
			continue
		}
		if chunkStart < 0 {
			chunkStart = i
		}
		rtl := rtlGroup(r, prevRTL)
		switch {
		case atomStart < 0:
			atomStart = i
		case isJoiner(r):
			rtl = prevRTL
		case rtl != prevRTL || pr.para.Levels[i] != pr.para.Levels[atomStart]:
			flush(atomStart, i)
			atomStart = i
		}
		prevRTL = rtl
	}
	if chunkStart >= 0 {
		endChunk(len(runes))
	}
	if len(pr.chunks) > 0 {
		pr.chunks[0].spaces = 0 // leading whitespace is not drawn
	}

	if p.Words != nil {
		pr.words = p.Words
		pr.wordsSorted = slices.IsSortedFunc(p.Words, func(a, b Span) int { return a.Start - b.Start })
	} else {
		pr.wordsSorted = true
		pr.words = make([]Span, len(pr.chunks))
		for i, c := range pr.chunks {
			pr.words[i] = Span{Start: int(c.start), End: int(c.end)}
		}
	}
	return pr
}

// measureAtoms sets the width of every atom of prs and their space width,
// from the cache, shaping on up to workers goroutines the distinct texts
// the cache lacks.
func measureAtoms(sp spec, prs []*prepared, workers int) {
	k := sp.key
	k.text = " "
	todo := map[measureKey]int{} // text to measure -> index in texts
	var texts []string
	var rtl []bool
	want := func(k measureKey, r bool) (float32, bool) {
		if s, ok := measureCache.m[k]; ok {
			return s.Width, true
		}
		if _, ok := todo[k]; !ok {
			todo[k] = len(texts)
			texts = append(texts, k.text)
			rtl = append(rtl, r)
		}
		return 0, false
	}
	measureCache.Lock()
	space, spaceOK := want(k, false)
	missing := false
	for _, pr := range prs {
		for i := range pr.atoms {
			a := &pr.atoms[i]
			k.text = a.text
			w, ok := want(k, a.rtl)
			a.width = w
			missing = missing || !ok
		}
	}
	measureCache.Unlock()
	if len(texts) > 0 {
		widths := measureTexts(sp, texts, rtl, workers)
		measureCache.Lock()
		for i, t := range texts {
			k.text = t
			measureCache.m[k] = fyne.NewSize(widths[i], 0)
		}
		measureCache.Unlock()
		if !spaceOK {
			space = widths[0]
		}
		if missing {
			for _, pr := range prs {
				for i := range pr.atoms {
					a := &pr.atoms[i]
					k.text = a.text
					if j, ok := todo[k]; ok {
						a.width = widths[j]
					}
				}
			}
		}
	}
	for _, pr := range prs {
		pr.space = space
	}
}

// measureTexts measures texts (rtl tells the right-to-left atoms), by the
// fonts when they parsed, or else by Fyne, which only the UI goroutine may
// ask.
func measureTexts(sp spec, texts []string, rtl []bool, workers int) []float32 {
	if sp.fonts.primary != nil && sp.fonts.fallback != nil {
		return sp.fonts.widths(texts, rtl, sp.key.size, workers)
	}
	out := make([]float32, len(texts))
	for i, t := range texts {
		out[i] = fyne.MeasureText(t, sp.key.size, sp.key.style).Width
	}
	return out
}

// finish adds up the widths of each chunk once its atoms are measured.
func (pr *prepared) finish() {
	for i := range pr.chunks {
		c := &pr.chunks[i]
		c.width, c.gap = 0, float32(c.spaces)*pr.space
		for a := c.a0; a < c.a1; a++ {
			c.width += pr.atoms[a].width
		}
	}
}

// wrap breaks the paragraph into lines no wider than width, in logical
// order, at whitespace. A chunk wider than a line is put on a line alone.
// The result is cached for the last width.
func (pr *prepared) wrap(width float32) []line {
	if width == pr.wrapWidth && pr.lines != nil {
		return pr.lines
	}
	lines := pr.lines[:0]
	cur := line{c0: 0}
	for i, c := range pr.chunks {
		ci := int32(i)
		if ci > cur.c0 && (c.hardBreak || cur.width+c.gap+c.width > width) {
			cur.c1 = ci
			lines = append(lines, cur)
			cur = line{c0: ci, width: c.width}
			continue
		}
		if ci > cur.c0 {
			cur.width += c.gap
		}
		cur.width += c.width
	}
	cur.c1 = int32(len(pr.chunks))
	lines = append(lines, cur)
	pr.lines, pr.wrapWidth = lines, width
	return lines
}

// arrange puts line l in visual order (rule L2) and places its atoms and
// gaps from x = 0, left to right.
func (pr *prepared) arrange(l *line) []item {
	if l.items != nil || l.c0 >= l.c1 {
		return l.items
	}
	start, end := int(pr.chunks[l.c0].start), int(pr.chunks[l.c1-1].end)
	order := pr.para.VisualOrder(start, end)
	items := make([]item, 0, 2*(l.c1-l.c0))
	x := float32(0)
	// An atom is one text object, drawn once, where its first rune in
	// visual order falls. Its runes are not always together in that order:
	// rule L1 resets a format character (a BN such as U+0000 or a soft
	// hyphen) at the end of a line to the paragraph level, apart from the
	// letters before it in the same atom.
	a0 := pr.chunks[l.c0].a0
	placed := make([]bool, pr.chunks[l.c1-1].a1-a0)
	for _, ri := range order {
		a := pr.atomOf[ri]
		if a < 0 {
			if pr.runes[ri] == '\n' {
				continue
			}
			items = append(items, item{atom: -1, rune: int32(ri), x: x, w: pr.space})
			x += pr.space
			continue
		}
		if placed[a-a0] {
			continue
		}
		placed[a-a0] = true
		at := &pr.atoms[a]
		items = append(items, item{atom: a, rune: at.start, x: x, w: at.width})
		x += at.width
	}
	l.items = items
	return items
}

// height is the height of the paragraph wrapped at width, without padding.
func (pr *prepared) height(width, spacing float32) float32 {
	n := float32(len(pr.wrap(width)))
	return n*pr.lineH + (n-1)*spacing
}

// wordAt returns the index of the word holding rune r, or -1.
func (pr *prepared) wordAt(r int) int {
	if !pr.wordsSorted {
		for i, w := range pr.words {
			if w.Start <= r && r < w.End {
				return i
			}
		}
		return -1
	}
	i, found := slices.BinarySearchFunc(pr.words, r, func(s Span, r int) int {
		if s.End <= r {
			return -1
		}
		if s.Start > r {
			return 1
		}
		return 0
	})
	if !found {
		return -1
	}
	return i
}

// chunkAt returns the index of the chunk holding rune r, or -1.
func (pr *prepared) chunkAt(r int) int {
	i, found := slices.BinarySearchFunc(pr.chunks, r, func(c chunk, r int) int {
		if int(c.end) <= r {
			return -1
		}
		if int(c.start) > r {
			return 1
		}
		return 0
	})
	if !found {
		return -1
	}
	return i
}
