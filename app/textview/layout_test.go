package textview

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"golang.org/x/image/math/fixed"

	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// lineTexts returns the drawn texts of each line, left to right.
func lineTexts(pr *prepared, lines []line) [][]string {
	var out [][]string
	for i := range lines {
		var ts []string
		for _, it := range pr.arrange(&lines[i]) {
			if it.atom >= 0 {
				ts = append(ts, pr.atoms[it.atom].text)
			}
		}
		out = append(out, ts)
	}
	return out
}

func TestMixedLineVisualOrder(t *testing.T) {
	newTestApp(t)
	pr := prep(Paragraph{Text: reuters})
	if !pr.para.IsRTL() {
		t.Fatal("paragraph direction: want RTL")
	}
	got := lineTexts(pr, pr.wrap(float32(math.Inf(1))))
	// Read right to left: قال مسؤول أمريكي كبير لوكالة Reuters إن 2500 جندي.
	want := [][]string{{"جندي", "2500", "إن", "Reuters", "لوكالة", "كبير", "أمريكي", "مسؤول", "قال"}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("visual order:\n got %q\nwant %q", got, want)
	}
}

func TestNeutralsMirroredAtRTLLevels(t *testing.T) {
	newTestApp(t)
	pr := prep(Paragraph{Text: punctuation})
	got := lineTexts(pr, pr.wrap(float32(math.Inf(1))))[0]
	// Logical: وقال المتحدث: «لن ننسحب» (حتى الآن)، فهل يتغير الموقف؟ وأضاف: "الوضع مستقر".
	// Visual, left to right, neutrals reversed and mirrored: the logical
	// opening '«' before لن sits on the right and is drawn as '»', so both
	// guillemets and both parentheses point outwards, as in print.
	want := []string{
		".\"", "مستقر", "الوضع", "\"", ":", "وأضاف", "؟", "الموقف", "يتغير", "فهل",
		"،(", "الآن", "حتى", ")", "«", "ننسحب", "لن", "»", ":", "المتحدث", "وقال",
	}
	if !slices.Equal(got, want) {
		t.Errorf("visual order:\n got %q\nwant %q", got, want)
	}
}

func TestArabicQuoteInEnglish(t *testing.T) {
	newTestApp(t)
	pr := prep(Paragraph{Text: englishQuote})
	if pr.para.IsRTL() {
		t.Fatal("paragraph direction: want LTR")
	}
	got := lineTexts(pr, pr.wrap(float32(math.Inf(1))))[0]
	want := []string{"The", "minister", "said", "«", "المنطقة", "من", "ننسحب", "لن", "»", "on", "Tuesday,", "according", "to", "AFP."}
	if !slices.Equal(got, want) {
		t.Errorf("visual order:\n got %q\nwant %q", got, want)
	}
}

// TestLinesFollowBidi checks every line of every sample, at several widths,
// against the order compare/bidi gives for that line.
func TestLinesFollowBidi(t *testing.T) {
	newTestApp(t)
	for _, s := range []string{pureArabic, reuters, punctuation, englishQuote, wrapped} {
		pr := prep(Paragraph{Text: s})
		for _, width := range []float32{80, 150, 240, 400, 2000} {
			lines := pr.wrap(width)
			for li := range lines {
				var got []int32
				for _, it := range pr.arrange(&lines[li]) {
					if it.atom >= 0 {
						got = append(got, it.atom)
					}
				}
				if want := bidiLineAtoms(pr, lines[li]); !slices.Equal(got, want) {
					t.Errorf("%.20q at %v line %d: atoms %v, bidi gives %v", s, width, li, got, want)
				}
			}
		}
	}
}

func TestWrapKeepsLogicalOrderAndWidth(t *testing.T) {
	newTestApp(t)
	pr := prep(Paragraph{Text: wrapped})
	for _, width := range []float32{60, 200, 330, 500} {
		lines := pr.wrap(width)
		if len(lines) < 2 && width < 500 {
			t.Errorf("width %v: %d lines, want wrapping", width, len(lines))
		}
		next := int32(0)
		for _, l := range lines {
			if l.c0 != next {
				t.Fatalf("width %v: line starts at chunk %d, want %d", width, l.c0, next)
			}
			next = l.c1
			if l.width > width && l.c1-l.c0 > 1 {
				t.Errorf("width %v: line of %d words is %v wide", width, l.c1-l.c0, l.width)
			}
			// Greedy: the next word would not have fit.
			if int(l.c1) < len(pr.chunks) {
				c := pr.chunks[l.c1]
				if l.width+c.gap+c.width <= width {
					t.Errorf("width %v: word %d would fit on the line before", width, l.c1)
				}
			}
		}
		if int(next) != len(pr.chunks) {
			t.Errorf("width %v: lines end at chunk %d of %d", width, next, len(pr.chunks))
		}
	}
}

func TestArabicWordsAreWholeAtoms(t *testing.T) {
	newTestApp(t)
	pr := prep(Paragraph{Text: wrapped})
	for _, a := range pr.atoms {
		r := pr.runes[a.start:a.end]
		// An atom never starts or ends between two Arabic letters.
		if a.start > 0 && textnorm.IsArabicLetter(pr.runes[a.start-1]) && textnorm.IsArabicLetter(r[0]) {
			t.Errorf("atom %q splits an Arabic word", a.text)
		}
		if int(a.end) < len(pr.runes) && textnorm.IsArabicLetter(pr.runes[a.end]) && textnorm.IsArabicLetter(r[len(r)-1]) {
			t.Errorf("atom %q splits an Arabic word", a.text)
		}
	}
}

func TestRTLLinesRightAligned(t *testing.T) {
	newTestApp(t)
	for _, s := range []string{wrapped, englishQuote} {
		v := NewParagraph(Paragraph{Text: s})
		w := showParagraph(t, v, 300)
		rtl := v.prep.para.IsRTL()
		pad, _ := v.metrics()
		for li, texts := range renderedLines(t, v) {
			first, last := texts[0], texts[len(texts)-1]
			if rtl {
				right := last.Position().X + last.Size().Width
				if d := w.Canvas().Size().Width - pad - right; d < -0.5 || d > 0.5 {
					t.Errorf("%.12q line %d ends %v px from the right edge", s, li, d)
				}
			} else if d := first.Position().X - pad; d < -0.5 || d > 0.5 {
				t.Errorf("%.12q line %d starts %v px from the left edge", s, li, d)
			}
		}
	}
}

func TestWordsDefaultToWhitespaceRuns(t *testing.T) {
	newTestApp(t)
	pr := prep(Paragraph{Text: "  قال   مسؤول\n(كبير)"})
	var got []string
	for _, w := range pr.words {
		got = append(got, string(pr.runes[w.Start:w.End]))
	}
	if want := []string{"قال", "مسؤول", "(كبير)"}; !slices.Equal(got, want) {
		t.Errorf("words %q, want %q", got, want)
	}
	if n := len(pr.wrap(1000)); n != 2 {
		t.Errorf("a line feed gives %d lines, want 2", n)
	}
}

// FuzzLayout checks the invariants of a layout on any text: every non-space
// rune is in exactly one atom, every line shows each of its atoms once, in
// the order compare/bidi gives.
func FuzzLayout(f *testing.F) {
	for _, s := range []string{pureArabic, reuters, punctuation, englishQuote, wrapped, "", " ", "a\u200cب", "«»()[]", "١٢٣ abc ابج 12.5%", "\u2067abc\u2069 د"} {
		f.Add(s, uint16(120))
	}
	newTestApp(f)
	f.Fuzz(func(t *testing.T, s string, w uint16) {
		s = strings.ToValidUTF8(s, "")
		pr := prep(Paragraph{Text: s})
		seen := make([]int, len(pr.runes))
		for ai, a := range pr.atoms {
			for i := a.start; i < a.end; i++ {
				seen[i]++
				if pr.atomOf[i] != int32(ai) {
					t.Fatalf("rune %d: atomOf %d, in atom %d", i, pr.atomOf[i], ai)
				}
			}
		}
		for i, r := range pr.runes {
			if want := map[bool]int{true: 0, false: 1}[isSpace(r)]; seen[i] != want {
				t.Fatalf("rune %d %q is in %d atoms", i, r, seen[i])
			}
		}
		lines := pr.wrap(float32(w))
		for li := range lines {
			var got []int32
			for _, it := range pr.arrange(&lines[li]) {
				if it.atom >= 0 {
					got = append(got, it.atom)
				}
			}
			if want := bidiLineAtoms(pr, lines[li]); !slices.Equal(got, want) {
				t.Fatalf("line %d: atoms %v, bidi gives %v", li, got, want)
			}
			n := 0
			for c := lines[li].c0; c < lines[li].c1; c++ {
				n += int(pr.chunks[c].a1 - pr.chunks[c].a0)
			}
			if n != len(got) {
				t.Fatalf("line %d: %d atoms placed, %d in its words", li, len(got), n)
			}
		}
	})
}

// TestWidthsMatchFyne checks the package's own measuring against
// fyne.MeasureText, which draws the text in the end.
func TestWidthsMatchFyne(t *testing.T) {
	newTestApp(t)
	texts := []string{pureArabic, reuters, punctuation, englishQuote, wrapped, "Joe Biden «ننسحب» 12.5% (U.S.) ١٢٣ «Reuters» ‹a›"}
	for _, p := range article(1000) {
		texts = append(texts, p.Text)
	}
	for _, s := range texts {
		pr := prep(Paragraph{Text: s})
		for _, a := range pr.atoms {
			want := fyne.MeasureText(a.text, pr.key.size, fyne.TextStyle{}).Width
			if d := a.width - want; d < -0.01 || d > 0.01 {
				t.Errorf("%q: width %v, Fyne measures %v", a.text, a.width, want)
			}
		}
	}
}

// TestBatchedWidthsEqualSingle checks that Arabic words shaped many at a
// time, joined by spaces (fonts.widths), are as wide as each shaped alone:
// no letter joins and no font lookup reaches across the spaces. The
// reference article of the shared data enriches the word list when present.
func TestBatchedWidthsEqualSingle(t *testing.T) {
	newTestApp(t)
	texts := []string{pureArabic, reuters, punctuation, wrapped}
	for _, p := range article(5000) {
		texts = append(texts, p.Text)
	}
	if seed, err := filepath.Glob(filepath.Join("..", "..", "..", "shared", "seed", "*.txt")); err == nil {
		for _, name := range seed {
			if b, err := os.ReadFile(name); err == nil {
				texts = append(texts, string(b))
			}
		}
	}
	sp := newSpec(fyne.CurrentApp().Settings().Theme(), fyne.TextStyle{})
	seen := map[string]bool{}
	var words []string
	var rtl []bool
	for _, s := range texts {
		for _, a := range split(Paragraph{Text: s}, sp).atoms {
			if a.rtl && !seen[a.text] {
				seen[a.text] = true
				words = append(words, a.text)
				rtl = append(rtl, true)
			}
		}
	}
	got := sp.fonts.widths(words, rtl, sp.key.size, 2)
	sh := getShaper()
	defer putShaper(sh)
	fm := fontmap{f: sp.fonts, primary: sh.face(sp.fonts.primaryRes), fallback: sh.face(sp.fonts.fallbackRes)}
	size := fixed.Int26_6(float64(sp.key.size) * (1 << 6))
	for i, w := range words {
		if want := sh.width(w, fm, size, true); got[i] < want-0.01 || got[i] > want+0.01 {
			t.Errorf("%q: %v in a batch, %v alone", w, got[i], want)
		}
	}
	t.Logf("%d distinct right-to-left words compared", len(words))
}

// TestPrepareAllEqualsPrepare checks that preparing a document at once on
// several goroutines gives the atoms, widths and chunks of preparing each
// paragraph alone.
func TestPrepareAllEqualsPrepare(t *testing.T) {
	newTestApp(t)
	paras := append(article(800), Paragraph{Text: englishQuote}, Paragraph{Text: "  \n"}, Paragraph{Text: "a\nb  c"})
	sp := newSpec(fyne.CurrentApp().Settings().Theme(), fyne.TextStyle{})
	clearMeasureCache()
	all := prepareAll(paras, sp, 3)
	clearMeasureCache()
	for i, p := range paras {
		one := prepare(p, sp)
		if !slices.Equal(one.atoms, all[i].atoms) || !slices.Equal(one.chunks, all[i].chunks) || one.space != all[i].space {
			t.Fatalf("paragraph %d differs:\n%+v\n%+v", i, one.atoms, all[i].atoms)
		}
	}
}
