package textview

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/claimdiff/claimdiff/app/style"

	"github.com/claimdiff/claimdiff/compare/bidi"
)

// runeSpan returns the rune span of the first occurrence of word in s.
func runeSpan(s, word string, k Kind) Span {
	i := strings.Index(s, word)
	if i < 0 {
		panic("no " + word)
	}
	start := len([]rune(s[:i]))
	return Span{Start: start, End: start + len([]rune(word)), Kind: k}
}

func TestGoldenImages(t *testing.T) {
	a := newTestApp(t)
	highlights := Paragraph{Text: wrapped, Marks: []Span{
		runeSpan(wrapped, "مسؤول", Inserted),
		runeSpan(wrapped, "أمريكي", Deleted),
		runeSpan(wrapped, "Reuters", Linked),
		runeSpan(wrapped, "2500", NumberConflict),
		runeSpan(wrapped, "سيصلون إلى", Changed),
		runeSpan(wrapped, "المقبلين", Search),
		runeSpan(wrapped, "نهائي", Negation),
		runeSpan(wrapped, "12 آذار", DateConflict),
	}}
	cases := []struct {
		name  string
		p     Paragraph
		width float32
		dark  bool
	}{
		{"pure_arabic.png", Paragraph{Text: pureArabic}, 460, false},
		{"arabic_latin_number.png", Paragraph{Text: reuters}, 400, false},
		{"arabic_punctuation.png", Paragraph{Text: punctuation}, 560, false},
		{"english_arabic_quote.png", Paragraph{Text: englishQuote}, 520, false},
		{"wrap_500.png", Paragraph{Text: wrapped}, 500, false},
		{"wrap_300.png", Paragraph{Text: wrapped}, 300, false},
		{"wrap_160.png", Paragraph{Text: wrapped}, 160, false},
		{"highlights.png", highlights, 420, false},
		{"highlights_dark.png", highlights, 420, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			variant := theme.VariantLight
			if c.dark {
				variant = theme.VariantDark
			}
			a.Settings().SetTheme(&style.Theme{Variant: &variant})
			v := NewParagraph(c.p)
			w := showParagraph(t, v, c.width)
			test.AssertRendersToImage(t, c.name, w.Canvas())
			// The picture's word order, read from the drawn texts, is the
			// order compare/bidi gives for each line.
			drawn := renderedLines(t, v)
			lines := v.prep.lines
			if len(drawn) != len(lines) {
				t.Fatalf("%d lines drawn, %d laid out", len(drawn), len(lines))
			}
			for li, texts := range drawn {
				var got, want []string
				for _, tx := range texts {
					got = append(got, drawnWords(tx.Text)...)
				}
				for _, a := range bidiLineAtoms(v.prep, lines[li]) {
					want = append(want, displayText(v.prep.para, v.prep.runes, v.prep.atoms[a]))
				}
				if !slices.Equal(got, want) {
					t.Errorf("line %d drawn %q, bidi gives %q", li, got, want)
				}
			}
		})
	}
}

// displayText is what an atom should look like, worked out independently of
// prepare: runes at an odd level that are not letters are shown in reverse
// with their mirror glyphs.
func displayText(p *bidi.Paragraph, runes []rune, a atom) string {
	r := runes[a.start:a.end]
	if p.Levels[a.start]%2 == 0 || isRTLLetter(r[0]) {
		return string(r)
	}
	var out []rune
	for i := int(a.end) - 1; i >= int(a.start); i-- {
		m, ok := p.MirrorAt(i)
		if !ok {
			m = runes[i]
		}
		out = append(out, m)
	}
	return string(out)
}

func isRTLLetter(r rune) bool { return rtlGroup(r, false) }

// drawnWords are the words of a drawn text left to right: a text of
// right-to-left words holds them in logical order, which Fyne shapes right
// to left.
func drawnWords(text string) []string {
	ws := strings.Fields(text)
	if r, _ := utf8.DecodeRuneInString(text); isRTLLetter(r) {
		slices.Reverse(ws)
	}
	return ws
}

// textObject finds where the atom s is drawn: a rectangle as wide as the
// atom, at its place inside the drawn text that holds it. The place is
// the text's left edge plus the measured widths of the words and spaces
// drawn before it.
func textObject(t *testing.T, v *ParagraphView, s string) fyne.CanvasObject {
	t.Helper()
	pr := v.prepared()
	width := func(w string) float32 {
		for _, a := range pr.atoms {
			if a.text == w {
				return a.width
			}
		}
		t.Fatalf("no atom %q", w)
		return 0
	}
	for _, line := range renderedLines(t, v) {
		for _, tx := range line {
			x := tx.Position().X
			for _, w := range drawnWords(tx.Text) {
				if w == s {
					r := canvas.NewRectangle(nil)
					r.Move(fyne.NewPos(x, tx.Position().Y))
					r.Resize(fyne.NewSize(width(w), tx.Size().Height))
					return r
				}
				x += width(w) + pr.space
			}
		}
	}
	t.Fatalf("no text %q drawn", s)
	return nil
}

func centre(o fyne.CanvasObject) fyne.Position {
	return o.Position().Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2))
}

func TestTapReportsWord(t *testing.T) {
	newTestApp(t)
	v := NewParagraph(Paragraph{Text: reuters})
	showParagraph(t, v, 400)
	got := -1
	v.OnTapped = func(w int) { got = w }
	for i, word := range strings.Fields(reuters) {
		test.TapAt(v, centre(textObject(t, v, word)))
		if got != i {
			t.Errorf("tap on %q: word %d, want %d", word, got, i)
		}
	}
	got = -2
	test.TapAt(v, fyne.NewPos(2, 2)) // left of the right-aligned line
	if got != -2 {
		t.Errorf("tap beside the text reported word %d", got)
	}
}

func TestTapUsesGivenWords(t *testing.T) {
	newTestApp(t)
	// The caller's words: "2500 جندي" is one token.
	words := []Span{runeSpan(reuters, "قال", 0), runeSpan(reuters, "2500 جندي", 0)}
	v := NewParagraph(Paragraph{Text: reuters, Words: words})
	showParagraph(t, v, 400)
	got := -1
	v.OnTapped = func(w int) { got = w }
	test.TapAt(v, centre(textObject(t, v, "جندي")))
	if got != 1 {
		t.Errorf("tap on جندي: word %d, want 1", got)
	}
	got = -1
	test.TapAt(v, centre(textObject(t, v, "Reuters")))
	if got != -1 {
		t.Errorf("tap on a word outside Words reported %d", got)
	}
	// Indices are into Words as given, even out of order.
	v.SetParagraph(Paragraph{Text: reuters, Words: []Span{words[1], words[0]}})
	test.TapAt(v, centre(textObject(t, v, "قال")))
	if got != 1 {
		t.Errorf("tap on قال with reversed Words: word %d, want 1", got)
	}
}

func TestHoverReportsWordAndLeave(t *testing.T) {
	newTestApp(t)
	v := NewParagraph(Paragraph{Text: reuters})
	showParagraph(t, v, 400)
	var got []int
	v.OnHover = func(w int) { got = append(got, w) }
	at := func(s string) *desktop.MouseEvent {
		return &desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: centre(textObject(t, v, s))}}
	}
	v.MouseIn(at("Reuters"))
	v.MouseMoved(at("Reuters")) // same word: no second report
	v.MouseMoved(at("قال"))
	v.MouseOut()
	if want := []int{5, 0, -1}; !slices.Equal(got, want) {
		t.Errorf("hover reports %v, want %v", got, want)
	}
}

// drag sends the events a desktop driver sends for a drag from one point to
// another in two moves: each event holds the pointer's position and the
// distance since the last event. (test.Drag sends the start position with
// the whole distance, which no driver does.)
func drag(d fyne.Draggable, from, to fyne.Position) {
	mid := fyne.NewPos((from.X+to.X)/2, (from.Y+to.Y)/2)
	d.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: mid}, Dragged: fyne.NewDelta(mid.X-from.X, mid.Y-from.Y)})
	d.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-mid.X, to.Y-mid.Y)})
	d.DragEnd()
}

func TestDragSelectsWordsInLogicalOrder(t *testing.T) {
	a := newTestApp(t)
	v := NewParagraph(Paragraph{Text: reuters})
	showParagraph(t, v, 400)
	// Drag from "كبير" leftwards to "2500": in an RTL line that is forwards
	// in logical order.
	from, to := centre(textObject(t, v, "كبير")), centre(textObject(t, v, "2500"))
	drag(v, from, to)
	if got, want := v.SelectedText(), "كبير لوكالة Reuters إن 2500"; got != want {
		t.Errorf("selection %q, want %q", got, want)
	}
	v.TypedShortcut(&fyne.ShortcutCopy{})
	if got := a.Clipboard().Content(); got != "كبير لوكالة Reuters إن 2500" {
		t.Errorf("clipboard %q after Ctrl+C", got)
	}
	v.TypedShortcut(&fyne.ShortcutSelectAll{})
	if got := v.SelectedText(); got != reuters {
		t.Errorf("select all: %q", got)
	}
	test.TapAt(v, centre(textObject(t, v, "قال")))
	if got := v.SelectedText(); got != "" {
		t.Errorf("a tap left the selection %q", got)
	}
	v.Copy()
	if got := a.Clipboard().Content(); got != reuters {
		t.Errorf("Copy with nothing selected put %q on the clipboard", got)
	}
}

func TestSelectionDrawnBehindWords(t *testing.T) {
	newTestApp(t)
	v := NewParagraph(Paragraph{Text: reuters})
	showParagraph(t, v, 400)
	before := len(test.WidgetRenderer(v).Objects())
	v.SelectAll()
	objs := test.WidgetRenderer(v).Objects()
	if len(objs) != before+1 {
		t.Fatalf("select all added %d objects, want 1 rectangle", len(objs)-before)
	}
	if _, ok := objs[0].(*canvas.Rectangle); !ok {
		t.Errorf("first object is %T, want the selection rectangle behind the text", objs[0])
	}
}

func TestMinSizeFollowsWidth(t *testing.T) {
	newTestApp(t)
	v := NewParagraph(Paragraph{Text: wrapped})
	showParagraph(t, v, 500)
	h500 := v.MinSize().Height
	v.Resize(fyne.NewSize(200, h500))
	if h200 := v.MinSize().Height; h200 <= h500 {
		t.Errorf("height at 200 px %v, at 500 px %v: want taller when narrower", h200, h500)
	}
}

// MaxLines cuts a wrapped paragraph to its first lines: the height of as
// many lines, and no text drawn below them.
func TestMaxLinesCutsTheParagraph(t *testing.T) {
	newTestApp(t)
	full := NewParagraph(Paragraph{Text: wrapped})
	showParagraph(t, full, 180)
	cut := NewParagraph(Paragraph{Text: wrapped})
	cut.MaxLines = 2
	showParagraph(t, cut, 180)
	one := NewParagraph(Paragraph{Text: "قال"})
	showParagraph(t, one, 180)
	line := one.MinSize().Height
	if fh := full.MinSize().Height; fh < 3*line {
		t.Fatalf("the test needs a paragraph of three lines or more at 180 px: %v, a line %v", fh, line)
	}
	if ch := cut.MinSize().Height; ch <= line || ch >= 3*line {
		t.Errorf("two lines measure %v, one line %v", ch, line)
	}
	bottom := float32(0)
	for _, o := range test.WidgetRenderer(cut).Objects() {
		if tx, ok := o.(*canvas.Text); ok && tx.Text != "" {
			bottom = max(bottom, tx.Position().Y+tx.Size().Height)
		}
	}
	if bottom > cut.MinSize().Height+1 {
		t.Errorf("text drawn down to %v, below the two lines' %v", bottom, cut.MinSize().Height)
	}
}
