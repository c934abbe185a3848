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
	case r < utf8.RuneSelf:
		if 'a' <= r|0x20 && r|0x20 <= 'z' {
			return ScriptLatin
		}
		return ScriptOther
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
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	case r >= 0x0600 && r < 0x0700:
		// Nearly every rune of Arabic text: a bit table, not the binary
		// searches of the unicode package.
		return arabicWordRunes[(r-0x0600)/64]&(1<<((r-0x0600)%64)) != 0
	}
	return isWordRuneSlow(r)
}

func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == 0x0640
}

// arabicWordRunes marks the word runes of the Arabic block, U+0600-U+06FF.
var arabicWordRunes = func() (t [4]uint64) {
	for r := rune(0x0600); r < 0x0700; r++ {
		if isWordRuneSlow(r) {
			t[(r-0x0600)/64] |= 1 << ((r - 0x0600) % 64)
		}
	}
	return t
}()

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
	if o&IgnoreCase != 0 && !(r >= 0x0600 && r <= 0x06FF) { // the Arabic block has no case
		return unicode.ToLower(r)
	}
	return r
}

// Fold applies o to s. With IgnorePunct, a string made only of punctuation
// and symbols folds to the empty string. When nothing changes, the result
// is s itself (sharing its memory), not a copy.
func Fold(s string, o Options) string {
	if o&(IgnoreLetterforms|IgnoreDigits) != 0 && !isASCII(s) && !quickNFKC(s) {
		s = norm.NFKC.String(s)
	}
	if o&IgnorePunct != 0 && IsPunct(s) {
		return ""
	}
	// Most words come out of the fold unchanged: return s itself then,
	// without building a copy.
	for i, r := range s {
		m := FoldRune(r, o)
		if m == r && (r != utf8.RuneError || isRuneError(s[i:])) {
			continue
		}
		var b strings.Builder
		b.Grow(len(s))
		b.WriteString(s[:i])
		for _, r := range s[i:] {
			if m := FoldRune(r, o); m >= 0 {
				b.WriteRune(m)
			}
		}
		return b.String()
	}
	return s
}

// isRuneError reports whether s starts with an encoded U+FFFD, which a fold
// keeps, rather than an invalid byte, which it replaces with U+FFFD.
func isRuneError(s string) bool {
	_, size := utf8.DecodeRuneInString(s)
	return size == 3
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

// nfkcQC holds, for the Arabic block and General Punctuation, the UAX #15
// quick check of each rune under NFKC: its canonical combining class when
// the rune is NFKC_QC=Yes, else notQCYes. quickNFKC runs the quick check on
// a string with it, so that Fold skips the normaliser (the costliest step of
// folding a word) for text that is already in NFKC, nearly all of it.
var nfkcQC = func() (t [2][256]uint8) {
	for i, base := range nfkcBlocks {
		for r := base; r < base+256; r++ {
			// The normaliser's own quick check stops before a rune that
			// is not NFKC_QC=Yes (one that may combine with what precedes
			// it, or that NFKC changes).
			if s := string(r); norm.NFKC.QuickSpanString(s) == len(s) {
				t[i][r-base] = norm.NFKC.PropertiesString(s).CCC()
			} else {
				t[i][r-base] = notQCYes
			}
		}
	}
	return t
}()

// nfkcBlocks are the first runes of the blocks nfkcQC covers.
var nfkcBlocks = [2]rune{0x0600, 0x2000}

const notQCYes = 0xFF

// quickNFKC reports whether s is certainly in NFKC (false means "maybe"): the
// quick check of UAX #15, on ASCII and the blocks of nfkcQC only.
func quickNFKC(s string) bool {
	last := uint8(0)
	for _, r := range s {
		var ccc uint8
		switch {
		case r < utf8.RuneSelf:
			last = 0
			continue
		case r >= 0x0600 && r < 0x0700:
			ccc = nfkcQC[0][r-0x0600]
		case r >= 0x2000 && r < 0x2100:
			ccc = nfkcQC[1][r-0x2000]
		default:
			return false
		}
		if ccc == notQCYes || ccc != 0 && last > ccc {
			return false
		}
		last = ccc
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

// IsCapitals reports whether w is an abbreviation in capitals: one to four
// upper-case letters, dots between or after them allowed ("US", "UN",
// "U.S.", the "U" of "U.S." on its own). Numbers count things these only
// qualify: "2,500 U.S. troops" counts troops.
func IsCapitals(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			n++
		default:
			return false
		}
	}
	return n >= 1 && n <= 4
}

// Initialism returns the byte offset where an initialism that starts at
// byte i of s ends: two or more single Latin letters, each followed by a
// dot, with no word rune right after ("U.S.", "U.A.E.", "e.g.", "a.m."),
// or i when there is none. A caller reads it as one word, as typed
// without the dots.
func Initialism(s string, i int) int {
	j, n := i, 0
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if j+w >= len(s) || s[j+w] != '.' || !unicode.IsLetter(r) || ScriptOf(r) != ScriptLatin {
			break
		}
		j += w + 1
		n++
	}
	if n < 2 {
		return i
	}
	if r, w := utf8.DecodeRuneInString(s[j:]); w > 0 && IsWordRune(r) {
		return i
	}
	return j
}
