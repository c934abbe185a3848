// Package textnorm folds Arabic and English words into the forms the engine
// matches on. It never changes text that is shown: callers keep the original
// and use the folded form only as a key.
//
// The folding follows the project's design notes: NFKC; tashkeel
// (U+064B-U+0652, U+0670) and tatweel (U+0640) removed; alef forms أ إ آ ٱ
// folded to ا; ى to ي; ة to ه; Arabic-Indic and Eastern Arabic-Indic digits to
// ASCII; case folded.
package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Script is the writing system of a rune or a token.
type Script uint8

// Scripts the engine tells apart.
const (
	ScriptOther  Script = iota // punctuation, symbols, spaces
	ScriptArabic               // Arabic letters and marks
	ScriptLatin                // Latin letters
	ScriptDigit                // digits of any numbering system
)

// String names the script.
func (s Script) String() string {
	switch s {
	case ScriptArabic:
		return "arabic"
	case ScriptLatin:
		return "latin"
	case ScriptDigit:
		return "digit"
	}
	return "other"
}

// ScriptOf returns the script of r.
func ScriptOf(r rune) Script {
	switch {
	case r >= '0' && r <= '9', r >= 0x0660 && r <= 0x0669, r >= 0x06F0 && r <= 0x06F9:
		return ScriptDigit
	case IsArabicLetter(r):
		return ScriptArabic
	case unicode.Is(unicode.Latin, r):
		return ScriptLatin
	case unicode.IsDigit(r):
		return ScriptDigit
	}
	return ScriptOther
}

// IsArabicLetter reports whether r is an Arabic letter or combining mark
// (tashkeel, tatweel included), the runes that join inside an Arabic word.
func IsArabicLetter(r rune) bool {
	switch {
	case r >= 0x0610 && r <= 0x061A, r >= 0x0620 && r <= 0x065F, r == 0x0670,
		r >= 0x0671 && r <= 0x06D3, r == 0x06D5, r >= 0x06D6 && r <= 0x06ED,
		r >= 0x06FA && r <= 0x06FF, r >= 0x0750 && r <= 0x077F,
		r >= 0x08A0 && r <= 0x08FF, r >= 0xFB50 && r <= 0xFDFF && r != 0xFD3E && r != 0xFD3F,
		r >= 0xFE70 && r <= 0xFEFC:
		return true
	}
	return false
}

// IsDiacritic reports whether r is Arabic tashkeel (harakat, tanwin, shadda,
// sukun, dagger alef) or tatweel.
func IsDiacritic(r rune) bool {
	return (r >= 0x064B && r <= 0x0652) || r == 0x0670 || r == 0x0640
}

// IsWordRune reports whether r belongs inside a word: a letter, a digit, a
// combining mark or tatweel.
func IsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == 0x0640
}

// Options select which cosmetic differences a fold removes. They are the
// diff's ignore options; matching uses All.
type Options uint8

// Ignore options, combinable with |.
const (
	IgnorePunct       Options = 1 << iota // punctuation-only tokens compare equal
	IgnoreCase                            // upper and lower case compare equal
	IgnoreDiacritics                      // tashkeel and tatweel are dropped
	IgnoreLetterforms                     // alef forms, ى/ي, ة/ه are folded
	IgnoreDigits                          // Arabic-Indic digits equal ASCII digits
	All               = IgnorePunct | IgnoreCase | IgnoreDiacritics | IgnoreLetterforms | IgnoreDigits
)

// FoldRune maps one rune under o; it returns -1 for a rune that is dropped.
func FoldRune(r rune, o Options) rune {
	if o&IgnoreDiacritics != 0 && IsDiacritic(r) {
		return -1
	}
	if o&IgnoreLetterforms != 0 {
		switch r {
		case 'أ', 'إ', 'آ', 'ٱ':
			return 'ا'
		case 'ى':
			return 'ي'
		case 'ة':
			return 'ه'
		case 'ک': // Persian kaf, common in pasted text
			return 'ك'
		case 'ی':
			return 'ي'
		}
	}
	if o&IgnoreDigits != 0 {
		switch {
		case r >= 0x0660 && r <= 0x0669:
			return '0' + (r - 0x0660)
		case r >= 0x06F0 && r <= 0x06F9:
			return '0' + (r - 0x06F0)
		}
	}
	if o&IgnoreCase != 0 {
		return unicode.ToLower(r)
	}
	return r
}

// Fold applies o to s. With IgnorePunct, a string made only of punctuation
// and symbols folds to the empty string.
func Fold(s string, o Options) string {
	if o&(IgnoreLetterforms|IgnoreDigits) != 0 && !isASCII(s) {
		s = norm.NFKC.String(s)
	}
	if o&IgnorePunct != 0 && IsPunct(s) {
		return ""
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if m := FoldRune(r, o); m >= 0 {
			b.WriteRune(m)
		}
	}
	return b.String()
}

// Normalize folds a word with every option: the form used for matching.
func Normalize(s string) string { return Fold(s, All) }

// IsPunct reports whether s is non-empty and holds no letter or digit.
func IsPunct(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Key is the matching key of a word: normalised, then lightly stemmed.
func Key(word string) string { return Stem(Normalize(word)) }
