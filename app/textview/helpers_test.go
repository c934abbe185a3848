package textview

import (
	"cmp"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/claimdiff/claimdiff/app/style"
)

// Sample paragraphs shared by the layout, golden-image and benchmark tests.
const (
	pureArabic   = "أعلنت وزارة الدفاع اليوم عن وصول تعزيزات جديدة إلى المنطقة"
	reuters      = "قال مسؤول أمريكي كبير لوكالة Reuters إن 2500 جندي"
	punctuation  = "وقال المتحدث: «لن ننسحب» (حتى الآن)، فهل يتغير الموقف؟ وأضاف: \"الوضع مستقر\"."
	englishQuote = "The minister said «لن ننسحب من المنطقة» on Tuesday, according to AFP."
	wrapped      = "قال مسؤول أمريكي كبير لوكالة Reuters إن 2500 جندي سيصلون إلى المنطقة خلال الأسبوعين المقبلين، وأضاف أن القرار (الذي اتخذ يوم 12 آذار) نهائي."
)

// newTestApp starts a headless app with the bundled fonts in the light
// variant, so that measurements and pictures do not depend on the machine.
func newTestApp(t testing.TB) fyne.App {
	t.Helper()
	a := test.NewTempApp(t)
	light := theme.VariantLight
	a.Settings().SetTheme(&style.Theme{Variant: &light})
	return a
}

// showParagraph puts v alone in a test window as wide as width and as tall
// as the paragraph wraps to.
func showParagraph(t testing.TB, v *ParagraphView, width float32) fyne.Window {
	t.Helper()
	w := test.NewWindow(v)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(width, 20))
	v.Resize(fyne.NewSize(width, 20))
	w.Resize(fyne.NewSize(width, v.MinSize().Height))
	t.Cleanup(w.Close)
	return w
}

// prep prepares p with the theme of newTestApp.
func prep(p Paragraph) *prepared {
	return prepare(p, newSpec(fyne.CurrentApp().Settings().Theme(), fyne.TextStyle{}))
}

// bidiLineAtoms is the oracle for a line's word order: the line's runes in
// the visual order compare/bidi gives, mapped to atoms, whitespace dropped,
// each atom where its first rune in that order falls (an atom is drawn once).
func bidiLineAtoms(pr *prepared, l line) []int32 {
	if l.c0 >= l.c1 {
		return nil
	}
	start, end := int(pr.chunks[l.c0].start), int(pr.chunks[l.c1-1].end)
	var out []int32
	seen := map[int32]bool{}
	for _, ri := range pr.para.VisualOrder(start, end) {
		if a := pr.atomOf[ri]; a >= 0 && !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	return out
}

// renderedLines reads the canvas.Text objects the renderer drew, grouped by
// line (top to bottom) and sorted left to right.
func renderedLines(t testing.TB, v *ParagraphView) [][]*canvas.Text {
	t.Helper()
	_, _, _, pad, step := v.geometry(v.Size())
	var lines [][]*canvas.Text
	for _, o := range test.WidgetRenderer(v).Objects() {
		tx, ok := o.(*canvas.Text)
		if !ok || !o.Visible() {
			continue
		}
		li := int((tx.Position().Y - pad) / step)
		for len(lines) <= li {
			lines = append(lines, nil)
		}
		lines[li] = append(lines[li], tx)
	}
	for _, l := range lines {
		slices.SortFunc(l, func(a, b *canvas.Text) int { return cmp.Compare(a.Position().X, b.Position().X) })
	}
	return lines
}
