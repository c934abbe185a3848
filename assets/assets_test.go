package assets

import (
	"bytes"
	"image/png"
	"testing"
	"unicode/utf8"
)

func TestSampleIsWellFormed(t *testing.T) {
	s, err := Sample()
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	for _, a := range s.Accounts {
		if keys[a.Key] {
			t.Errorf("duplicate account key %q", a.Key)
		}
		keys[a.Key] = true
		if a.Outlet == "" || a.Speaker == "" {
			t.Errorf("%s: outlet and speaker are required", a.Key)
		}
		if len(a.Ar) == 0 || len(a.Ar) != len(a.En) {
			t.Errorf("%s: %d Arabic statements but %d English renderings", a.Key, len(a.Ar), len(a.En))
		}
		for _, s := range append(append([]string{}, a.Ar...), a.En...) {
			if !utf8.ValidString(s) || s == "" {
				t.Errorf("%s: empty or invalid statement %q", a.Key, s)
			}
		}
	}
	// The sample must carry the two sides of the reference case.
	all := ""
	for _, a := range s.Accounts {
		all += a.TextAr()
	}
	for _, want := range []string{"محض كذب", "توصلنا إلى اتفاق", "2500", "أيلول 2025", "نهاية 2026"} {
		if !bytes.Contains([]byte(all), []byte(want)) {
			t.Errorf("sample lacks %q", want)
		}
	}
}

func TestIconIsPNG(t *testing.T) {
	img, err := png.Decode(bytes.NewReader(Icon))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 512 || b.Dy() != 512 {
		t.Errorf("icon is %v, want 512x512", b)
	}
}

func TestFontsAreTrueType(t *testing.T) {
	for name, f := range map[string][]byte{
		"UI regular": UIRegular, "UI bold": UIBold,
		"Arabic regular": ArabicRegular,
	} {
		if len(f) < 1000 || !bytes.Equal(f[:4], []byte{0, 1, 0, 0}) {
			t.Errorf("%s font is not a TrueType file", name)
		}
	}
}
