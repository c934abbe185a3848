package facts

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"unicode"

	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// The tokeniser's shortcuts for the Arabic block must agree with the
// unicode package they stand in for.
func TestArabicBlockShortcuts(t *testing.T) {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		want := unicode.IsSpace(r) || r == 0x061C
		if got := isSpace(r); got != want {
			t.Errorf("isSpace(%U) = %v, want %v", r, got, want)
		}
		if unicode.IsUpper(r) {
			t.Errorf("%U is upper case: the Arabic block shortcut of t.upper is wrong", r)
		}
	}
}

func TestArabicFoldTable(t *testing.T) {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		if got, want := fold(r), textnorm.FoldRune(r, textnorm.All); got != want {
			t.Errorf("fold(%U) = %U, want %U", r, got, want)
		}
	}
}

// The tokeniser's table path for Arabic must give the tokens of its general
// path, on the examples of the tests and on random Arabic-block text.
func TestArabicFastPathSameTokens(t *testing.T) {
	texts := []string{
		"قال مسؤول أمريكي كبير إن القوات الأمريكية ستنسحب من العراق بحلول نهاية ٢٠٢٦",
		"وأضاف لجريدة “الأخبار” اللبنانية، أن أمريكا لن تنسحب، طالما هناك مصالح مُلحّة لها",
		"نحو ٢٥٠٠ جندي و900 في سوريا؛ في غضون عامين ﻻ يزال", "mixed نص with English 3rd",
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 3000 {
		var b []rune
		for range rng.IntN(20) + 1 {
			switch rng.IntN(4) {
			case 0:
				b = append(b, ' ')
			case 1:
				b = append(b, rune('a'+rng.IntN(26)))
			default:
				b = append(b, rune(0x0600+rng.IntN(256)))
			}
		}
		texts = append(texts, string(b))
	}
	var fast, slow scanner
	for _, text := range texts {
		arabicFastPath = true
		fast.tokenize(text)
		arabicFastPath = false
		slow.tokenize(text)
		arabicFastPath = true
		if fast.norm != slow.norm || !reflect.DeepEqual(fast.toks, slow.toks) {
			t.Fatalf("tokenize(%q): the Arabic table path differs from the general path", text)
		}
	}
}
