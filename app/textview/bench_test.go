package textview

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// article returns a news article of about n words in paragraphs of 20 to
// 80 words: Arabic words with clitics and suffixes (so that most forms are
// distinct, as in real text), English names, numbers, punctuation and
// quotations. It is generated, with a fixed seed, so that the suite needs no
// outside data.
func article(n int) []Paragraph {
	stems := strings.Fields(`قال مسؤول أمريكي كبير وكالة إن جندي سيصل منطقة خلال أسبوع مقبل أضاف قرار
		اتخذ يوم نهائي أعلن وزارة دفاع عن وصول تعزيز جديد قيادي مقاومة إسلامية فصيل عسكري مدعوم إيران
		صدق معلومة نية انسحاب عراق خطة حكومة عراقية أيام تصريح اقتراب موعد قوة تحالف كذب ولاية متحدة
		جريدة لبنانية مصلحة ملحة دعم رأي عام موقف رافض احتلال سفير كتيبة حزب أحدث مشير تراجع`)
	prefixes := []string{"", "", "", "و", "ال", "وال", "ب", "بال", "ل", "لل", "ف"}
	suffixes := []string{"", "", "", "ة", "ات", "ها", "هم", "ين", "ون", "ي"}
	names := []string{"Reuters", "AFP", "Pentagon", "NATO", "Joe Biden", "Baghdad", "CNN", "U.S."}
	rng := rand.New(rand.NewPCG(1, 2))
	var paras []Paragraph
	for words := 0; words < n; {
		size := 20 + rng.IntN(60)
		var b strings.Builder
		for i := 0; i < size; i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			switch r := rng.IntN(100); {
			case r < 4:
				b.WriteString(names[rng.IntN(len(names))])
			case r < 7:
				fmt.Fprintf(&b, "%d", rng.IntN(5000))
			case r < 9:
				fmt.Fprintf(&b, "«%s%s»", prefixes[rng.IntN(len(prefixes))], stems[rng.IntN(len(stems))])
			case r < 10:
				fmt.Fprintf(&b, "(%s)", stems[rng.IntN(len(stems))])
			default:
				b.WriteString(prefixes[rng.IntN(len(prefixes))] + stems[rng.IntN(len(stems))] + suffixes[rng.IntN(len(suffixes))])
			}
			if rng.IntN(12) == 0 {
				b.WriteString("،")
			}
		}
		b.WriteString(".")
		paras = append(paras, Paragraph{Text: b.String()})
		words += size
	}
	return paras
}

// layoutAll lays out every paragraph at width: resolve and measure them as
// DocumentView does in the background (prepareAll on workers goroutines),
// wrap and put every line in visual order. It returns the number of lines.
func layoutAll(paras []Paragraph, width float32, workers int) int {
	sp := newSpec(fyne.CurrentApp().Settings().Theme(), fyne.TextStyle{})
	lines := 0
	for _, pr := range prepareAll(paras, sp, workers) {
		ls := pr.wrap(width)
		for i := range ls {
			pr.arrange(&ls[i])
		}
		lines += len(ls)
	}
	return lines
}

func clearMeasureCache() {
	measureCache.Lock()
	clear(measureCache.m)
	measureCache.Unlock()
}

// BenchmarkLayoutArticle lays out a 5,000-word article at 1,000 px. "cold"
// empties this package's width cache first (Fyne's own metrics cache stays
// warm, as it does in a running app); "warm" is a re-layout of text already
// measured. Both use GOMAXPROCS goroutines; "cold-1cpu" is cold on one.
func BenchmarkLayoutArticle(b *testing.B) {
	newTestApp(b)
	paras := article(5000)
	procs := runtime.GOMAXPROCS(0)
	b.Run("cold", func(b *testing.B) {
		for b.Loop() {
			clearMeasureCache()
			layoutAll(paras, 1000, procs)
		}
	})
	b.Run("cold-1cpu", func(b *testing.B) {
		for b.Loop() {
			clearMeasureCache()
			layoutAll(paras, 1000, 1)
		}
	})
	b.Run("warm", func(b *testing.B) {
		for b.Loop() {
			layoutAll(paras, 1000, procs)
		}
	})
	b.ReportMetric(float64(len(paras)), "paragraphs")
}

// BenchmarkRelayoutScreen re-lays out one screen of text, about 40 lines
// in ParagraphViews, on a resize: wrap, reorder and move the texts.
func BenchmarkRelayoutScreen(b *testing.B) {
	newTestApp(b)
	var views []*ParagraphView
	lines := 0
	for _, p := range article(5000) {
		if lines >= 40 {
			break
		}
		v := NewParagraph(p)
		v.Resize(fyne.NewSize(1000, 100))
		test.WidgetRenderer(v).Layout(v.Size())
		lines += len(v.prep.lines)
		views = append(views, v)
	}
	width := float32(1000)
	for b.Loop() {
		width = 1990 - width // 1000, 990, 1000, ...
		for _, v := range views {
			v.Resize(fyne.NewSize(width, 100)) // lays the renderer out
		}
	}
	b.ReportMetric(float64(lines), "lines")
}

// BenchmarkDocumentResize resizes a DocumentView of the whole article: all
// row heights are recomputed and the visible rows laid out again.
func BenchmarkDocumentResize(b *testing.B) {
	newTestApp(b)
	d := NewDocument(article(5000))
	d.preparing = true // measure everything now, not in the background
	for i := range d.Len() {
		d.prepared(i)
	}
	w := test.NewWindow(d)
	defer w.Close()
	w.Resize(fyne.NewSize(1000, 800))
	width := float32(1000)
	for b.Loop() {
		width = 1990 - width
		w.Resize(fyne.NewSize(width, 800))
	}
}

// BenchmarkDocumentFirstFrame opens a DocumentView of the 5,000-word article
// with nothing measured yet: the work on the UI goroutine before the first
// frame (the paragraphs near the viewport; the background measuring of the
// rest is switched off here).
func BenchmarkDocumentFirstFrame(b *testing.B) {
	newTestApp(b)
	paras := article(5000)
	for b.Loop() {
		clearMeasureCache()
		d := NewDocument(paras)
		d.preparing = true
		w := test.NewWindow(d)
		w.Resize(fyne.NewSize(1000, 800))
		w.Close()
	}
}
