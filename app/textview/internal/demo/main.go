// Command demo opens a window with the textview samples: the lines of the
// golden-image tests, one paragraph wrapped at three widths, highlights, and
// a DocumentView whose words light up under the pointer.
// scripts/bidi-screenshot.sh runs it on a virtual display to make
// docs/bidi.png.
package main

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/claimdiff/claimdiff/app/style"
	"github.com/claimdiff/claimdiff/app/textview"
)

const (
	pureArabic   = "أعلنت وزارة الدفاع اليوم عن وصول تعزيزات جديدة إلى المنطقة"
	reuters      = "قال مسؤول أمريكي كبير لوكالة Reuters إن 2500 جندي"
	punctuation  = "وقال المتحدث: «لن ننسحب» (حتى الآن)، فهل يتغير الموقف؟ وأضاف: \"الوضع مستقر\"."
	englishQuote = "The minister said «لن ننسحب من المنطقة» on Tuesday, according to AFP."
	wrapped      = "قال مسؤول أمريكي كبير لوكالة Reuters إن 2500 جندي سيصلون إلى المنطقة خلال الأسبوعين المقبلين، وأضاف أن القرار (الذي اتخذ يوم 12 آذار) نهائي."
)

var document = []string{
	"قال قيادي في «المقاومة الإسلامية بالعراق»، وهي مجموعة من الفصائل المدعومة من إيران، إنه لا يصدق المعلومات عن نية أمريكية للانسحاب من العراق.",
	"وأضاف لجريدة «الأخبار» اللبنانية أن الولايات المتحدة لن تنسحب، وأن عدد الجنود الأمريكيين في العراق يبلغ نحو 2500 جندي، بحسب وزارة الدفاع (Pentagon).",
	"A senior U.S. official told Reuters that about 2,500 troops remain in Iraq, and that «لا نية للانسحاب» was not the official position.",
	"ونقلت الجريدة عن قيادي في «كتائب حزب الله» (لم تسمّه) قوله إن السفير الأمريكي زار بغداد يوم 12 آذار 2024.",
}

// span returns the runes of the first occurrence of word in s.
func span(s, word string, k textview.Kind) textview.Span {
	i := strings.Index(s, word)
	if i < 0 {
		return textview.Span{}
	}
	start := len([]rune(s[:i]))
	return textview.Span{Start: start, End: start + len([]rune(word)), Kind: k}
}

func caption(s string) *canvas.Text {
	l := canvas.NewText(s, theme.Color(theme.ColorNamePlaceHolder))
	l.TextSize = theme.CaptionTextSize()
	return l
}

// fixedWidth shows v exactly w wide and as tall as its text wraps to.
func fixedWidth(v *textview.ParagraphView, w float32) fyne.CanvasObject {
	v.Resize(fyne.NewSize(w, 1))
	return container.NewGridWrap(fyne.NewSize(w, v.MinSize().Height), v)
}

func main() {
	a := app.NewWithID("io.claimdiff.bidi-demo")
	light := theme.VariantLight
	a.Settings().SetTheme(&style.Theme{Variant: &light})
	w := a.NewWindow("textview: right-to-left and mixed text")

	line := func(name, text string) fyne.CanvasObject {
		return container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(150, 30), caption(name)), nil,
			textview.NewParagraph(textview.Paragraph{Text: text}))
	}
	marks := []textview.Span{
		span(wrapped, "مسؤول", textview.Inserted),
		span(wrapped, "أمريكي", textview.Deleted),
		span(wrapped, "Reuters", textview.Linked),
		span(wrapped, "2500", textview.NumberConflict),
		span(wrapped, "سيصلون إلى", textview.Changed),
		span(wrapped, "المقبلين", textview.Search),
		span(wrapped, "نهائي", textview.Negation),
		span(wrapped, "12 آذار", textview.DateConflict),
	}
	var legend []fyne.CanvasObject
	for _, k := range []textview.Kind{textview.Inserted, textview.Deleted, textview.Changed, textview.Negation,
		textview.NumberConflict, textview.Linked, textview.Search} {
		legend = append(legend, caption(k.String()))
	}
	highlighted := textview.NewParagraph(textview.Paragraph{Text: wrapped, Marks: marks})

	var paras []textview.Paragraph
	for _, s := range document {
		paras = append(paras, textview.Paragraph{Text: s})
	}
	doc := textview.NewDocument(paras)
	status := caption("hover or tap a word of the document")
	lit := -1
	doc.OnHover = func(p, word int) {
		if lit >= 0 {
			doc.SetMarks(lit, nil)
			lit = -1
		}
		if word < 0 {
			return
		}
		ws := doc.Words(p)
		doc.SetMarks(p, []textview.Span{{Start: ws[word].Start, End: ws[word].End, Kind: textview.Linked}})
		lit = p
		status.Text = fmt.Sprintf("paragraph %d, word %d", p, word)
		status.Refresh()
	}

	top := container.NewVBox(
		line("pure Arabic", pureArabic),
		line("Arabic + Latin + number", reuters),
		line("Arabic punctuation", punctuation),
		line("English + Arabic quote", englishQuote),
		widget.NewSeparator(),
		caption("one paragraph wrapped at 520, 340 and 200 px"),
		container.NewHBox(
			fixedWidth(textview.NewParagraph(textview.Paragraph{Text: wrapped}), 520),
			fixedWidth(textview.NewParagraph(textview.Paragraph{Text: wrapped}), 340),
			fixedWidth(textview.NewParagraph(textview.Paragraph{Text: wrapped}), 200),
		),
		widget.NewSeparator(),
		container.NewHBox(append([]fyne.CanvasObject{caption("highlights:")}, legend...)...),
		fixedWidth(highlighted, 620),
		widget.NewSeparator(),
		container.NewHBox(caption("DocumentView (virtualised list):"), status),
	)
	w.SetContent(container.NewBorder(top, nil, nil, nil, doc))
	w.Resize(fyne.NewSize(1180, 790))
	w.ShowAndRun()
}
