package app

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/claimdiff/claimdiff/app/textview"
	"github.com/claimdiff/claimdiff/compare/textnorm"
	"github.com/claimdiff/claimdiff/data"
)

// marked returns the text of each span of kind k.
func marked(text string, marks []textview.Span, k textview.Kind) []string {
	r := []rune(text)
	var out []string
	for _, m := range marks {
		if m.Kind == k {
			out = append(out, string(r[m.Start:m.End]))
		}
	}
	return out
}

func TestPairMarksHighlightTheChangedWordOnly(t *testing.T) {
	a := "ستجري مغادرة مئات عناصر القوات بحلول أيلول 2025."
	b := "ستجري مغادرة مئات عناصر القوات بحلول أيلول 2026."
	sa, sb := pairMarks(a, b, nil, defaultIgnore)
	if got := marked(a, sa.marks, textview.Changed); len(got) != 1 || got[0] != "2025" {
		t.Errorf("A changed words %q, want [2025]", got)
	}
	if got := marked(b, sb.marks, textview.Changed); len(got) != 1 || got[0] != "2026" {
		t.Errorf("B changed words %q, want [2026]", got)
	}
	// Every other word is linked to its partner at the same place.
	for i, p := range sa.partner {
		last := i == len(sa.partner)-1
		if last != (p < 0) {
			t.Errorf("word %d of A has partner %d", i, p)
		}
	}
}

func TestPairMarksIgnoreOptions(t *testing.T) {
	a := "أكّد المسؤول أن ٢٥٠٠ جندي سيبقون"
	b := "أكد المسؤول أن 2500 جندي سيبقون"
	sa, sb := pairMarks(a, b, nil, defaultIgnore)
	if len(sa.marks)+len(sb.marks) != 0 {
		t.Errorf("tashkeel and digit shapes are ignored by default, got marks %v %v", sa.marks, sb.marks)
	}
	sa, _ = pairMarks(a, b, nil, 0)
	if got := marked(a, sa.marks, textview.Changed); len(got) != 2 {
		t.Errorf("with nothing ignored, want 2 changed words in A, got %q", got)
	}
}

func TestPairMarksDoNotColourAWholeRewrite(t *testing.T) {
	a := "محض كذب من قبل الولايات المتحدة"
	b := "توصلنا إلى اتفاق"
	sa, sb := pairMarks(a, b, nil, defaultIgnore)
	if len(sa.marks)+len(sb.marks) != 0 {
		t.Errorf("statements with no word in common got diff marks %v %v", sa.marks, sb.marks)
	}
}

func TestPairMarksShowEvidence(t *testing.T) {
	a := "لا نية أمريكية للانسحاب"
	b := "توصلنا إلى اتفاق"
	reasons := []data.Reason{{Kind: "denial", A: "لا نية", B: "توصلنا", AStart: 0, AEnd: 6, BStart: 0, BEnd: 6}}
	sa, sb := pairMarks(a, b, reasons, defaultIgnore)
	if got := marked(a, sa.marks, textview.Negation); len(got) != 1 || got[0] != "لا نية" {
		t.Errorf("A evidence %q", got)
	}
	if got := marked(b, sb.marks, textview.Negation); len(got) != 1 || got[0] != "توصلنا" {
		t.Errorf("B evidence %q", got)
	}
}

func TestPointingAtAWordLightsItsPartner(t *testing.T) {
	test.NewTempApp(t)
	v := newPairView()
	a := "The US keeps 2,500 troops in Iraq."
	b := "The US keeps 3,000 troops in Iraq."
	v.set("A", a, "B", b, nil, textnorm.Options(0))
	v.a.OnHover(4) // "troops"
	got := marked(b, v.b.Paragraph().Marks, textview.Linked)
	if len(got) != 1 || got[0] != "troops" {
		t.Fatalf("pointing at troops in A lit %q in B", got)
	}
	v.a.OnHover(-1)
	if got := marked(b, v.b.Paragraph().Marks, textview.Linked); len(got) != 0 {
		t.Errorf("leaving A kept %q lit", got)
	}
}
