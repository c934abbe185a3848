package textnorm

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// refFold is Fold without its shortcuts: always the normaliser, always a
// copy. Fold must give the same result on every input.
func refFold(s string, o Options) string {
	if o&(IgnoreLetterforms|IgnoreDigits) != 0 && !isASCII(s) {
		s = norm.NFKC.String(s)
	}
	if o&IgnorePunct != 0 && IsPunct(s) {
		return ""
	}
	var b strings.Builder
	for _, r := range s {
		if m := FoldRune(r, o); m >= 0 {
			b.WriteRune(m)
		}
	}
	return b.String()
}

// randomText draws runes from the blocks quickNFKC knows, the composing
// marks around them, a few others and invalid bytes.
func randomText(rng *rand.Rand) string {
	var b strings.Builder
	for range rng.IntN(8) + 1 {
		switch rng.IntN(6) {
		case 0:
			b.WriteRune(rune(0x0600 + rng.IntN(256)))
		case 1:
			b.WriteRune(rune(0x2000 + rng.IntN(256)))
		case 2:
			b.WriteRune(rune(0x20 + rng.IntN(0x60)))
		case 3:
			b.WriteRune([]rune{0x064E, 0x0651, 0x0653, 0x0654, 0x0655, 0x0627, 0x0648, 0x064A, 0xFEFB, 0x00C9, 0xFFFD}[rng.IntN(11)])
		case 4:
			b.WriteByte(byte(0x80 + rng.IntN(0x80))) // invalid UTF-8
		default:
			b.WriteString("الأمريكية")
		}
	}
	return b.String()
}

func TestFoldMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	opts := []Options{0, All, IgnoreCase, IgnoreDiacritics, IgnoreLetterforms, IgnoreDigits, IgnorePunct | IgnoreCase, IgnoreLetterforms | IgnoreDiacritics}
	for range 200000 {
		s := randomText(rng)
		o := opts[rng.IntN(len(opts))]
		if got, want := Fold(s, o), refFold(s, o); got != want {
			t.Fatalf("Fold(%+q, %b) = %+q, want %+q", s, o, got, want)
		}
	}
}

func TestQuickNFKCNeverWrong(t *testing.T) {
	for _, base := range nfkcBlocks {
		for r := base; r < base+256; r++ {
			for _, m := range []rune{0, 0x064E, 0x0651, 0x0653, 0x0654, 0x0655, 'a'} {
				for _, s := range []string{string(r), string(r) + string(m), string(m) + string(r), string(r) + string(m) + string(m)} {
					if !utf8.ValidString(s) {
						continue
					}
					if quickNFKC(s) && !norm.NFKC.IsNormalString(s) {
						t.Errorf("quickNFKC(%+q) = true, but it is not in NFKC", s)
					}
				}
			}
		}
	}
	if !quickNFKC("قالت الحكومة “لن ننسحب” — أمس") {
		t.Error("plain Arabic text with punctuation should pass the quick check")
	}
}

func FuzzFold(f *testing.F) {
	f.Add("الأمريكية", uint8(All))
	f.Add("مُلحّة\xff", uint8(IgnoreLetterforms))
	f.Fuzz(func(t *testing.T, s string, o uint8) {
		if got, want := Fold(s, Options(o)&All), refFold(s, Options(o)&All); got != want {
			t.Errorf("Fold(%+q, %b) = %+q, want %+q", s, o, got, want)
		}
	})
}

func TestIsWordRuneMatchesUnicode(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if got, want := IsWordRune(r), isWordRuneSlow(r); got != want {
			t.Errorf("IsWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}

func TestScriptOfASCII(t *testing.T) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		want := ScriptOther
		switch {
		case r >= '0' && r <= '9':
			want = ScriptDigit
		case unicode.Is(unicode.Latin, r):
			want = ScriptLatin
		}
		if got := ScriptOf(r); got != want {
			t.Errorf("ScriptOf(%q) = %v, want %v", r, got, want)
		}
	}
}
