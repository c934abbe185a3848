package textview

import (
	"bytes"
	"math"
	"strings"
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
	ucd "golang.org/x/text/unicode/bidi"
)

// Fyne draws a canvas.Text with its baseline at the ascent of the
// font face of the text's first run, but reports every text's height and
// baseline from the theme font. The app's theme font (style.Theme, Claimdiff
// Sans) has Arabic, Latin and digits in one face, so those share one
// baseline as they are. A rune the theme font lacks falls back to Fyne's
// Noto Sans, whose ascent is smaller, and on its own would be drawn higher
// than the words beside it; such an atom is moved down by the difference.
// (Under a theme whose font is Arabic only, that is every Latin word.)
// This needs the faces' metrics and cmaps; the fonts are parsed with
// go-text/typesetting, the library Fyne itself shapes with.

// parsed caches fonts by resource name, each parsed once: a font.Font is
// read-only and safe for concurrent use, and parsing one (every glyph's
// outline) costs a megabyte or more of memory. Faces, which cache glyph
// extents as they shape and so are not safe to share, are made on top of
// it: the shared ones of faces, and one per shaper.
var parsed sync.Map

// faces caches a face per resource name; nil when a font does not parse.
// These shared faces serve only for cmap lookups and font-wide metrics,
// which read the font and write nothing.
var faces sync.Map

func loadFont(res fyne.Resource) *font.Font {
	if f, ok := parsed.Load(res.Name()); ok {
		return f.(*font.Font)
	}
	var ft *font.Font
	if ld, err := opentype.NewLoader(bytes.NewReader(withoutOutlines(res.Content()))); err == nil {
		if f, err := font.NewFont(ld); err == nil {
			ft = f
		}
	}
	f, _ := parsed.LoadOrStore(res.Name(), ft)
	return f.(*font.Font)
}

// withoutOutlines is a copy of the TrueType font b whose glyphs have no
// outlines: its loca table, which says where each glyph's outline lies in
// glyf, is zeroed, so every glyph reads as empty. This package only
// measures text (advances from hmtx, positioning from GPOS) and reads
// metrics and cmaps; Fyne draws the text with its own parse of the font.
// go-text parses every glyph's outline when it loads a font, which for the
// app's fonts is most of the memory of a parsed font. The widths stay those
// Fyne measures (TestWidthsMatchFyne). A font whose table directory does
// not read is returned as it is.
func withoutOutlines(b []byte) []byte {
	if len(b) < 12 {
		return b
	}
	n := int(b[4])<<8 | int(b[5])
	if len(b) < 12+16*n {
		return b
	}
	for i := 0; i < n; i++ {
		rec := b[12+16*i:]
		if string(rec[:4]) != "loca" {
			continue
		}
		off := int(rec[8])<<24 | int(rec[9])<<16 | int(rec[10])<<8 | int(rec[11])
		size := int(rec[12])<<24 | int(rec[13])<<16 | int(rec[14])<<8 | int(rec[15])
		if off < 0 || size < 0 || off+size > len(b) {
			return b
		}
		out := bytes.Clone(b)
		clear(out[off : off+size])
		return out
	}
	return b
}

func loadFace(res fyne.Resource) *font.Face {
	if res == nil {
		return nil
	}
	if f, ok := faces.Load(res.Name()); ok {
		return f.(*font.Face)
	}
	f, _ := faces.LoadOrStore(res.Name(), newFace(res))
	return f.(*font.Face)
}

// newFace is a face of its own on the shared parse of res; nil when res
// does not parse.
func newFace(res fyne.Resource) *font.Face {
	ft := loadFont(res)
	if ft == nil {
		return nil
	}
	return font.NewFace(ft)
}

// fallbackFont is the font Fyne falls back to for a style when the theme's
// font lacks a glyph (painter.CachedFontFace).
func fallbackFont(s fyne.TextStyle) fyne.Resource {
	switch {
	case s.Monospace:
		return theme.DefaultTextMonospaceFont()
	case s.Bold && s.Italic:
		return theme.DefaultTextBoldItalicFont()
	case s.Bold:
		return theme.DefaultTextBoldFont()
	case s.Italic:
		return theme.DefaultTextItalicFont()
	}
	return theme.DefaultTextFont()
}

// ascent is the ascent of f at size in pixels, rounded up as Fyne's painter
// rounds it.
func ascent(f *font.Face, size float32) float32 {
	e, ok := f.FontHExtents()
	if !ok || f.Upem() == 0 {
		return 0
	}
	return float32(math.Ceil(float64(e.Ascender * size / float32(f.Upem()))))
}

// fonts are the faces Fyne draws a paragraph's text with: the theme's font
// and Fyne's embedded fallback. They serve to measure text without Fyne's
// MeasureText, which builds a new shaper, and so re-parses the font's
// lookup tables, on every call (about 100 µs a word), and which may only be
// called on the UI goroutine; and to put every text on one baseline.
type fonts struct {
	primaryRes, fallbackRes fyne.Resource
	primary, fallback       *font.Face // shared: cmap and metrics only
	drop                    float32    // how much lower a text drawn in the fallback face must go
}

func newFonts(th fyne.Theme, size float32, style fyne.TextStyle) fonts {
	f := fonts{primaryRes: th.Font(style), fallbackRes: fallbackFont(style)}
	f.primary, f.fallback = loadFace(f.primaryRes), loadFace(f.fallbackRes)
	if f.primary != nil && f.fallback != nil && f.primary != f.fallback {
		f.drop = ascent(f.primary, size) - ascent(f.fallback, size)
	}
	return f
}

// fallsBack reports whether Fyne draws r with the fallback face: when the
// theme's font lacks it and the fallback has it. (Fyne then searches the
// system's fonts; those runes are measured with the theme's font here.)
func (f fonts) fallsBack(r rune) bool {
	if _, ok := f.primary.NominalGlyph(r); ok {
		return false
	}
	_, ok := f.fallback.NominalGlyph(r)
	return ok
}

// dropFor returns the offset of a text that starts with r.
func (f fonts) dropFor(r rune) float32 {
	if f.drop == 0 || f.primary == nil || !f.fallsBack(r) {
		return 0
	}
	return f.drop
}

// fontmap resolves runes to one shaper's own copies of the faces.
type fontmap struct {
	f                 fonts
	primary, fallback *font.Face
}

// ResolveFace picks the face for r as Fyne does.
func (m fontmap) ResolveFace(r rune) *font.Face {
	if m.f.fallsBack(r) {
		return m.fallback
	}
	return m.primary
}

// shaperState is a shaper with its own faces. It is reused, because a
// HarfbuzzShaper caches the fonts and plans it has built, and never shared
// between goroutines, because neither it nor a face is safe for concurrent
// use.
type shaperState struct {
	hb    shaping.HarfbuzzShaper
	seg   shaping.Segmenter
	faces map[string]*font.Face
}

// shapers keeps idle shapers; unlike a sync.Pool it is not emptied by the
// garbage collector, which would mean parsing the fonts again.
var shapers = make(chan *shaperState, 8)

func getShaper() *shaperState {
	select {
	case s := <-shapers:
		return s
	default:
		s := &shaperState{faces: map[string]*font.Face{}}
		s.hb.SetFontCacheSize(8) // the default, 0, keeps no font
		return s
	}
}

func putShaper(s *shaperState) {
	select {
	case shapers <- s:
	default:
	}
}

func (s *shaperState) face(res fyne.Resource) *font.Face {
	f, ok := s.faces[res.Name()]
	if !ok {
		f = newFace(res)
		s.faces[res.Name()] = f
	}
	return f
}

// widths measures texts as Fyne's painter does (painter.walkString): split
// into runs by direction, script and face, shape each run, add the advances.
// rtl tells which texts are one right-to-left run (atoms of the
// right-to-left group); every other text is one left-to-right run. When
// the runes of a text also share one face and one script, it is shaped as
// one run without Fyne's segmenter, whose bidi pass costs a quarter of the
// time. The texts are shared out among up to workers goroutines, each with
// its own shaper.
//
// Right-to-left words of one face and script are shaped many at a time,
// joined by spaces, and the advances split at the spaces again: one shaper
// call per batch instead of one per word saves about a fifth of the time.
// Arabic letters do not join across a space, and the fonts' lookups do not
// reach across one (TestBatchedWidthsEqualSingle), so the widths are those
// of the words shaped alone.
func (f fonts) widths(texts []string, rtl []bool, size float32, workers int) []float32 {
	out := make([]float32, len(texts))
	var jobs [][]int // indices into texts, shaped together when more than one
	var batch []int
	batchRunes := 0
	fm := fontmap{f: f, primary: f.primary, fallback: f.fallback}
	for i, t := range texts {
		if !rtl[i] || strings.ContainsRune(t, ' ') {
			jobs = append(jobs, []int{i})
			continue
		}
		if script, face, one := oneRun([]rune(t), fm); !one || face != f.primary || script != language.Arabic {
			jobs = append(jobs, []int{i})
			continue
		}
		batch = append(batch, i)
		batchRunes += len(t)
		if batchRunes >= maxBatch {
			jobs = append(jobs, batch)
			batch, batchRunes = nil, 0
		}
	}
	if len(batch) > 0 {
		jobs = append(jobs, batch)
	}
	workers = max(1, min(workers, len(texts)/minPerWorker))
	var next atomic.Int64
	parallel(workers, func(int) {
		sh := getShaper()
		defer putShaper(sh)
		fm := fontmap{f: f, primary: sh.face(f.primaryRes), fallback: sh.face(f.fallbackRes)}
		sz := fixed.Int26_6(float64(size) * (1 << 6))
		for {
			j := int(next.Add(1)) - 1
			if j >= len(jobs) {
				return
			}
			if job := jobs[j]; len(job) > 1 {
				sh.shapeBatch(texts, job, fm, sz, out)
			} else {
				out[job[0]] = sh.width(texts[job[0]], fm, sz, rtl[job[0]])
			}
		}
	})
	return out
}

const (
	// maxBatch is about how many bytes of words are shaped in one call:
	// enough to make the per-call cost small, few enough to share the work
	// out evenly.
	maxBatch = 2048
	// minPerWorker is how many texts a goroutine must have to be worth
	// starting.
	minPerWorker = 16
)

// width measures one text with runs resolved to the faces of fm.
func (sh *shaperState) width(text string, fm fontmap, size fixed.Int26_6, rtl bool) float32 {
	runes := []rune(text)
	in := shaping.Input{
		Text:      runes,
		RunEnd:    len(runes),
		Direction: di.DirectionLTR,
		Face:      fm.primary,
		Size:      size,
	}
	var adv fixed.Int26_6
	if script, face, one := oneRun(runes, fm); one {
		in.Script, in.Face = script, face
		if rtl {
			in.Direction = di.DirectionRTL
		}
		adv = sh.hb.Shape(in).Advance
	} else {
		for _, run := range sh.seg.Split(in, fm) {
			adv += sh.hb.Shape(run).Advance
		}
	}
	return float32(float64(adv) / (1 << 6))
}

// shapeBatch shapes texts[job], Arabic words of the primary face, as one
// right-to-left run joined by spaces, and sets out[job] to the
// advances of each word's glyphs. Should a glyph cover a space and a letter
// together, it cannot tell the widths apart and shapes the words one by one.
func (sh *shaperState) shapeBatch(texts []string, job []int, fm fontmap, size fixed.Int26_6, out []float32) {
	var runes []rune
	var owner []int32 // rune -> position in job, -1 for the spaces between words
	for k, i := range job {
		if k > 0 {
			runes = append(runes, ' ')
			owner = append(owner, -1)
		}
		for _, r := range texts[i] {
			runes = append(runes, r)
			owner = append(owner, int32(k))
		}
	}
	o := sh.hb.Shape(shaping.Input{
		Text:      runes,
		RunEnd:    len(runes),
		Direction: di.DirectionRTL,
		Face:      fm.primary,
		Size:      size,
		Script:    language.Arabic,
	})
	adv := make([]fixed.Int26_6, len(job))
	spaces := 0
	for _, g := range o.Glyphs {
		if k := owner[g.ClusterIndex]; k >= 0 {
			adv[k] += g.XAdvance
		} else {
			spaces++
		}
	}
	if spaces != len(job)-1 || o.Runes.Count != len(runes) {
		for _, i := range job {
			out[i] = sh.width(texts[i], fm, size, true)
		}
		return
	}
	for k, i := range job {
		out[i] = float32(float64(adv[k]) / (1 << 6))
	}
}

// oneRun reports whether Fyne's segmenter would make runes one run (in a
// run of one direction): one face, and at most one script besides Common
// and Inherited. Paired brackets, which the segmenter treats specially, go
// the slow way.
func oneRun(runes []rune, fm fontmap) (language.Script, *font.Face, bool) {
	script := language.Common
	var face *font.Face
	for _, r := range runes {
		fr := fm.ResolveFace(r)
		if face != nil && fr != face {
			return 0, nil, false
		}
		face = fr
		switch sc := language.LookupScript(r); {
		case sc == language.Common || sc == language.Inherited:
			if isBracket(r) {
				return 0, nil, false
			}
		case script == language.Common:
			script = sc
		case sc != script:
			return 0, nil, false
		}
	}
	return script, face, face != nil
}

func isBracket(r rune) bool {
	p, _ := ucd.LookupRune(r)
	return p.IsBracket() || r == '«' || r == '»' || r == '“' || r == '”' || r == '‘' || r == '’'
}
