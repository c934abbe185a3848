package textview

import (
	"bytes"
	"testing"

	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/font"
)

// TestFontsParsedWithoutOutlines checks that the package's parse of a font
// keeps its cmap and advances but none of its glyph outlines, which Fyne's
// own parse draws with.
func TestFontsParsedWithoutOutlines(t *testing.T) {
	res := theme.DefaultTextFont()
	full, err := font.ParseTTF(bytes.NewReader(res.Content()))
	if err != nil {
		t.Fatal(err)
	}
	light := font.NewFace(loadFont(res))
	for _, r := range "aWقال" {
		gf, ok := full.NominalGlyph(r)
		gl, ok2 := light.NominalGlyph(r)
		if !ok || !ok2 || gf != gl {
			t.Fatalf("%q: glyph %d (%v) in the full parse, %d (%v) in the light one", r, gf, ok, gl, ok2)
		}
		if a, b := full.HorizontalAdvance(gf), light.HorizontalAdvance(gl); a != b {
			t.Errorf("%q: advance %v in the full parse, %v in the light one", r, a, b)
		}
		if o, ok := full.GlyphData(gf).(font.GlyphOutline); !ok || len(o.Segments) == 0 {
			t.Fatalf("%q: the full parse has no outline; the test needs a glyph with one", r)
		}
		if o, ok := light.GlyphData(gl).(font.GlyphOutline); ok && len(o.Segments) > 0 {
			t.Errorf("%q: the light parse kept the outline (%d segments)", r, len(o.Segments))
		}
	}
}
