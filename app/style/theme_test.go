package style

import (
	"bytes"
	"image/color"
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"

	"github.com/claimdiff/claimdiff/assets"
)

// textStyles are the styles the theme answers with its bundled font.
var textStyles = map[string]fyne.TextStyle{
	"regular":     {},
	"bold":        {Bold: true},
	"italic":      {Italic: true},
	"bold italic": {Bold: true, Italic: true},
}

func themeFace(t *testing.T, s fyne.TextStyle) *font.Face {
	t.Helper()
	f, err := font.ParseTTF(bytes.NewReader((&Theme{}).Font(s).Content()))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func shape(f *font.Face, text string, dir di.Direction, script language.Script) shaping.Output {
	runes := []rune(text)
	var sh shaping.HarfbuzzShaper
	return sh.Shape(shaping.Input{
		Text: runes, RunEnd: len(runes), Direction: dir, Face: f,
		Size: fixed.I(100), Script: script, Language: language.NewLanguage("ar"),
	})
}

// One face must hold both scripts: a theme has one font per style, and
// what it lacks Fyne draws from another face on another baseline.
func TestTextFontCoversArabicAndLatin(t *testing.T) {
	const text = "قال مسؤول أمريكي كبير لوكالة Reuters إن 2500 جندي ، ؟ « » ( ) : ; \" ' ‐ – — ÀÉßœ ١٢٣ ۴ ٪ ﷼"
	for name, s := range textStyles {
		f := themeFace(t, s)
		for _, r := range text {
			if _, ok := f.NominalGlyph(r); !ok {
				t.Errorf("%s: no glyph for %q (U+%04X)", name, r, r)
			}
		}
	}
}

// Arabic letters take their joined forms (GSUB init/medi/fina), lam-alef
// ligates, and a mark sits higher on a tall letter than on a short one
// (GPOS mark attachment): the merge kept the Arabic lookups.
func TestTextFontShapesArabic(t *testing.T) {
	for name, s := range textStyles {
		f := themeFace(t, s)
		word := shape(f, "بيت", di.DirectionRTL, language.Arabic)
		if len(word.Glyphs) != 3 {
			t.Fatalf("%s: %d glyphs for a three-letter word", name, len(word.Glyphs))
		}
		for _, g := range word.Glyphs {
			r := []rune("بيت")[g.ClusterIndex]
			if iso, _ := f.NominalGlyph(r); g.GlyphID == iso {
				t.Errorf("%s: %q drawn in its isolated form inside a word", name, r)
			}
		}
		if la := shape(f, "لا", di.DirectionRTL, language.Arabic); len(la.Glyphs) != 1 {
			t.Errorf("%s: lam-alef is %d glyphs, want one ligature", name, len(la.Glyphs))
		}
		low := shape(f, "بَ", di.DirectionRTL, language.Arabic)
		high := shape(f, "لَ", di.DirectionRTL, language.Arabic)
		if markY(low) >= markY(high) {
			t.Errorf("%s: fatha at %v over beh, %v over lam: marks are not attached", name, markY(low), markY(high))
		}
	}
}

// markY is the vertical offset of the run's zero-advance glyph, the mark.
func markY(o shaping.Output) fixed.Int26_6 {
	for _, g := range o.Glyphs {
		if g.XAdvance == 0 {
			return g.YOffset
		}
	}
	return -1 << 30
}

// Latin pairs kern (GPOS kern from Noto Sans).
func TestTextFontKernsLatin(t *testing.T) {
	for name, s := range textStyles {
		f := themeFace(t, s)
		pair := shape(f, "AV", di.DirectionLTR, language.Latin).Advance
		apart := shape(f, "A", di.DirectionLTR, language.Latin).Advance + shape(f, "V", di.DirectionLTR, language.Latin).Advance
		if pair >= apart {
			t.Errorf("%s: AV is %v wide, A and V apart %v: no kerning", name, pair, apart)
		}
	}
}

// The line must fit the Arabic letters and marks: the font's ascent and
// descent are Noto Sans Arabic's, which exceed Noto Sans's.
func TestTextFontHasArabicVerticalMetrics(t *testing.T) {
	ar, err := font.ParseTTF(bytes.NewReader(assets.ArabicRegular))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := ar.FontHExtents()
	for name, s := range textStyles {
		got, ok := themeFace(t, s).FontHExtents()
		if !ok || got.Ascender != want.Ascender || got.Descender != want.Descender {
			t.Errorf("%s: extents %+v, want Noto Sans Arabic's %+v", name, got, want)
		}
	}
}

// The merged font is a Modified Version under the OFL and goes by a name of
// its own.
func TestTextFontName(t *testing.T) {
	for name, s := range textStyles {
		ld, err := ot.NewLoader(bytes.NewReader((&Theme{}).Font(s).Content()))
		if err != nil {
			t.Fatal(err)
		}
		d, _ := font.Describe(ld, nil)
		if d.Family != "Claimdiff Sans" || strings.Contains(d.Family, "Noto") {
			t.Errorf("%s: family %q, want Claimdiff Sans", name, d.Family)
		}
		if bold := d.Aspect.Weight >= font.WeightBold; bold != s.Bold {
			t.Errorf("%s: weight %v", name, d.Aspect.Weight)
		}
	}
}

func TestMonospaceAndSymbolAreFynes(t *testing.T) {
	th := &Theme{}
	for _, s := range []fyne.TextStyle{{Monospace: true}, {Symbol: true}} {
		if n := th.Font(s).Name(); strings.HasPrefix(n, "ClaimdiffSans") {
			t.Errorf("%+v: got the bundled text font %s", s, n)
		}
	}
}

// TestDefaultFontsAreTheTextFont checks that the theme's font for each text
// style is Fyne's default font for that style, carrying Claimdiff Sans: Fyne
// then parses one font per style instead of the theme's and its fallback.
func TestDefaultFontsAreTheTextFont(t *testing.T) {
	defaults := map[string]fyne.Resource{
		"regular":     theme.DefaultTextFont(),
		"bold":        theme.DefaultTextBoldFont(),
		"italic":      theme.DefaultTextItalicFont(),
		"bold italic": theme.DefaultTextBoldItalicFont(),
	}
	for name, s := range textStyles {
		got := (&Theme{}).Font(s)
		if got != defaults[name] {
			t.Errorf("%s: the theme's font is not Fyne's default resource for the style", name)
		}
		want := assets.UIRegular
		if s.Bold {
			want = assets.UIBold
		}
		if !bytes.Equal(got.Content(), want) {
			t.Errorf("%s: the font is not Claimdiff Sans", name)
		}
	}
}

// TestInputBordersStandOut: the outline of a field or an unticked check
// box has a contrast of at least 3:1 with the background (WCAG's least for
// a control), in both variants.
func TestInputBordersStandOut(t *testing.T) {
	test.NewTempApp(t) // the default theme reads the app's settings
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		th := &Theme{Variant: &v}
		if c := contrast(th.Color(theme.ColorNameInputBorder, v), th.Color(theme.ColorNameBackground, v)); c < 3 {
			t.Errorf("variant %d: border contrast %.2f:1, want at least 3:1", v, c)
		}
	}
}

// contrast is WCAG 2's contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(c color.Color) float64 {
	r, g, b, _ := color.NRGBAModel.Convert(c).RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.04045 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}
