package report

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// render writes a laid-out paragraph in a compact notation: [text] is a
// foreign (isolated) span, -x- changed, *x* evidence.
func render(p para) string {
	var b strings.Builder
	for _, sp := range p.Spans {
		if sp.Foreign {
			b.WriteString("[")
		}
		for _, pc := range sp.Pieces {
			t := pc.Text
			if pc.Changed {
				t = "-" + t + "-"
			}
			if pc.Evidence {
				t = "*" + t + "*"
			}
			b.WriteString(t)
		}
		if sp.Foreign {
			b.WriteString("]")
		}
	}
	return b.String()
}

func TestLayout(t *testing.T) {
	for _, tc := range []struct {
		name     string
		text     string
		changed  []Range
		evidence []Range
		dir      string
		rtl      bool
		want     string
	}{
		{"latin name isolated in mixed text starting arabic", "قال كاتب The Washington Post إن القوات باقية", nil, nil, "auto", true, "قال كاتب [The Washington Post] إن القوات باقية"},
		{"number isolated in arabic", "نحو 2,500 جندي", nil, nil, "rtl", true, "نحو [2,500] جندي"},
		{"arabic isolated in english", "The paper الأخبار said no", nil, nil, "auto", false, "The paper [الأخبار] said no"},
		{"numbers stay in english", "About 2,500 troops", nil, nil, "auto", false, "About 2,500 troops"},
		{"mostly arabic paragraph starting latin", "Al-Akhbar & Co · المقاومة الإسلامية تشكك بنية أمريكا", nil, nil, "rtl", true, "[Al-Akhbar & Co] · المقاومة الإسلامية تشكك بنية أمريكا"},
		{"english paragraph starting arabic", "رويترز: the plan is agreed by officials", nil, nil, "auto", true, "رويترز: [the plan is agreed by officials]"},
		// "2500" is runes 4-8; a change covering part of a word marks the
		// whole word, and spaces at a change's edge stay unmarked.
		{"whole words highlighted", "نحو 2500 جندي في العراق", []Range{{5, 6}}, []Range{{9, 12}}, "rtl", true, "نحو [-2500-] *جندي* في العراق"},
		{"multiword change joins its inner spaces", "one two three four", []Range{{4, 13}}, nil, "auto", false, "one -two three- four"},
		{"empty", "", nil, nil, "auto", false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := layout(tc.text, tc.changed, tc.evidence)
			if p.Dir != tc.dir || p.RTL != tc.rtl {
				t.Errorf("dir %q rtl %v, want %q %v", p.Dir, p.RTL, tc.dir, tc.rtl)
			}
			if got := render(p); got != tc.want {
				t.Errorf("layout = %q\n           want %q", got, tc.want)
			}
		})
	}
}

func TestFromComparisonDiffPointsAtChangedWords(t *testing.T) {
	doc := sampleComparison(t)
	found := false
	for _, p := range doc.Pairs {
		for _, r := range p.Diff.A {
			got := string([]rune(p.A.Text)[r.Start:r.End])
			if got == "2500" || got == "2025" || got == "مئات" {
				found = true
			}
		}
		for _, r := range p.Diff.B {
			if got := string([]rune(p.B.Text)[r.Start:r.End]); strings.TrimSpace(got) == "" {
				t.Errorf("an empty change in %q", p.B.Text)
			}
		}
	}
	if !found {
		t.Error("the changed numbers and words of the variant are not in the diff")
	}
	if len(doc.OnlyB) != 1 || len(doc.OnlyA) != 0 {
		t.Errorf("only A %d, only B %d; want 0 and 1 (the added sentence)", len(doc.OnlyA), len(doc.OnlyB))
	}
}

func TestComputeDiffUnrelatedStatementsMarkNothing(t *testing.T) {
	d := ComputeDiff("قال القيادي إن الانسحاب كذب", "The United States keeps 2,500 troops")
	if len(d.A)+len(d.B) != 0 {
		t.Errorf("statements with no word in common got changes %v", d)
	}
	d = ComputeDiff("US forces will leave by September 2025", "US forces will leave by September 2026")
	if len(d.A) != 1 || len(d.B) != 1 {
		t.Errorf("one changed year: %v", d)
	}
}

// FuzzLayout checks that layout neither loses nor adds text, whatever the
// text and ranges.
func FuzzLayout(f *testing.F) {
	f.Add("قال كاتب The Washington Post إن 2,500 جندي", 3, 9, 0, 2)
	f.Add("About 2,500 troops, الأخبار said", 0, 40, -1, 3)
	f.Add("\u202eabc\u200f ٢٥٠٠ x", 1, 2, 2, 1)
	f.Fuzz(func(t *testing.T, text string, cs, ce, es, ee int) {
		if !utf8.ValidString(text) {
			t.Skip()
		}
		p := layout(text, []Range{{cs, ce}}, []Range{{es, ee}})
		var b strings.Builder
		for _, sp := range p.Spans {
			for _, pc := range sp.Pieces {
				b.WriteString(pc.Text)
			}
		}
		if b.String() != text {
			t.Errorf("layout changed the text: %q -> %q", text, b.String())
		}
	})
}

// FuzzHTMLStatement feeds outside text through the HTML writer and checks
// that it never becomes markup: no element or attribute beyond the
// template's own.
func FuzzHTMLStatement(f *testing.F) {
	f.Add("<script>alert(1)</script>", "javascript:alert(1)")
	f.Add("</style><img src=x onerror=alert(1)>", "https://example.org/\"><x")
	f.Add("قال <b>مسؤول</b> إن 2500", "")
	f.Fuzz(func(t *testing.T, text, url string) {
		if !utf8.ValidString(text) || !utf8.ValidString(url) {
			t.Skip()
		}
		st := Statement{Source: 0, Text: text, Speaker: text}
		doc := &Claim{Title: text, Generated: fixedTime, Sources: []Source{{Title: text, URL: url}},
			Statements: []Statement{st}, Pairs: []Pair{{A: st, B: st, Relation: text, Note: text,
				Reasons: []Reason{{Kind: text, Detail: text, AStart: 0, AEnd: 1, BStart: 0, BEnd: 1}}}}}
		var b bytes.Buffer
		if err := WriteHTML(&b, doc, Options{}); err != nil {
			t.Fatal(err)
		}
		z := html.NewTokenizer(bytes.NewReader(b.Bytes()))
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				break
			}
			if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
				continue
			}
			name, hasAttr := z.TagName()
			if !allowedTags[string(name)] {
				t.Fatalf("text %q made a <%s> element", text, name)
			}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				if !allowedAttrs[string(k)] {
					t.Fatalf("text %q made an attribute %s=%q", text, k, v)
				}
				if string(k) == "href" && !strings.HasPrefix(string(v), "http") {
					t.Fatalf("url %q made a link to %q", url, v)
				}
			}
		}
	})
}

var allowedTags = map[string]bool{}
var allowedAttrs = map[string]bool{}

func init() {
	for _, t := range strings.Fields("html head meta title style body header p br h1 h2 h3 time section ul ol li del ins mark span b table thead tbody tr th td div code a article bdi blockquote footer") {
		allowedTags[t] = true
	}
	for _, a := range strings.Fields("lang dir charset http-equiv content name class datetime aria-label href rel") {
		allowedAttrs[a] = true
	}
}

func TestInlineIsolatesArabicInALeftToRightLine(t *testing.T) {
	p := inline("denial: «لا نية أمريكية للانسحاب» vs «توصلنا إلى اتفاق»")
	if p.RTL {
		t.Fatal("inline text must take its container's left-to-right direction")
	}
	if got, want := render(p), "denial: «[لا نية أمريكية للانسحاب]» vs «[توصلنا إلى اتفاق]»"; got != want {
		t.Errorf("inline = %q, want %q", got, want)
	}
}
