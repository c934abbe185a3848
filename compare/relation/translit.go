package relation

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// Names cross scripts by sound: "Amal Haddad" is "أمل حداد", "Narobia" is
// "ناروبيا", "Youssef Karam" is "يوسف كرم". No lexicon can list them, so a
// name is matched on its consonant skeleton: each letter (or Latin digraph)
// is put in a class of letters that transliterations exchange, vowels and
// the letters that stand for them (w, y, و, ي, alef, ain, hamza) are left
// out, and a repeated class is kept once. Words of the two scripts with the
// same skeleton match (markMatches); two words of one script never do by
// their skeleton.

// Letter classes, 1 to 13; 0 is "no class" (a vowel).
const (
	clsB = iota + 1
	clsT
	clsD
	clsS
	clsX // sh
	clsJ // j, g, gh
	clsK // k, q, c, kh
	clsH
	clsF
	clsL
	clsM
	clsN
	clsR
)

const (
	skelLatin  = uint64(1) << 60
	skelArabic = uint64(2) << 60
	skelScript = uint64(15) << 60
	skelMax    = 15 // classes that fit below the script nibble
)

var arabicClass = map[rune]uint8{
	'ب': clsB, 'ت': clsT, 'ط': clsT, 'ث': clsT, 'د': clsD, 'ض': clsD, 'ذ': clsD,
	'س': clsS, 'ص': clsS, 'ز': clsS, 'ظ': clsS, 'ش': clsX, 'ج': clsJ, 'غ': clsJ,
	'ك': clsK, 'ق': clsK, 'خ': clsK, 'ح': clsH, 'ه': clsH, 'ف': clsF, 'ل': clsL,
	'م': clsM, 'ن': clsN, 'ر': clsR,
	'ة': clsH, // "جدة" is "Jeddah", "فاطمة" "Fatimah"
}

var latinClass = [26]uint8{
	'b' - 'a': clsB, 'p' - 'a': clsB, 't' - 'a': clsT, 'd' - 'a': clsD, 's' - 'a': clsS, 'z' - 'a': clsS,
	'j' - 'a': clsJ, 'g' - 'a': clsJ, 'k' - 'a': clsK, 'q' - 'a': clsK, 'c' - 'a': clsK, 'x' - 'a': clsK,
	'h' - 'a': clsH, 'f' - 'a': clsF, 'v' - 'a': clsF, 'l' - 'a': clsL, 'm' - 'a': clsM, 'n' - 'a': clsN,
	'r' - 'a': clsR,
}

// latinDigraphs are read before single letters.
var latinDigraphs = map[string]uint8{"sh": clsX, "ch": clsX, "kh": clsK, "gh": clsJ, "th": clsT, "dh": clsD, "ph": clsF, "ck": clsK, "ng": clsN}

// skeleton is the packed skeleton of a word that may be a name: a
// capitalised Latin word, or an Arabic word the lexicon does not know. 0
// when the word has fewer than two classes or is neither.
func skeleton(w string, upper bool) uint64 {
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case upper && r < unicode.MaxASCII:
		return packSkeleton(latinClasses(w), skelLatin)
	case textnorm.IsArabicLetter(r):
		return packSkeleton(arabicClasses(w), skelArabic)
	}
	return 0
}

func latinClasses(w string) []uint8 {
	w = strings.ToLower(w)
	var out []uint8
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'a' || c > 'z' {
			if c >= 0x80 || c == '\'' {
				return nil // not a plain Latin word
			}
			continue
		}
		if i+1 < len(w) {
			if k, ok := latinDigraphs[w[i:i+2]]; ok {
				out = append(out, k)
				i++
				continue
			}
		}
		if k := latinClass[c-'a']; k != 0 {
			out = append(out, k)
		}
	}
	return out
}

func arabicClasses(w string) []uint8 {
	for _, p := range []string{"وال", "بال", "فال", "لل", "ال"} {
		if strings.HasPrefix(w, p) && utf8.RuneCountInString(w) > utf8.RuneCountInString(p)+2 {
			w = w[len(p):]
			break
		}
	}
	var out []uint8
	for _, r := range w {
		if k := arabicClass[r]; k != 0 {
			out = append(out, k)
		} else if !textnorm.IsArabicLetter(r) && !unicode.Is(unicode.Mn, r) && r != 'ـ' {
			return nil
		}
	}
	return out
}

// packSkeleton keeps a repeated class once and packs four bits a class;
// 0 when fewer than two classes remain or too many for the word.
func packSkeleton(cls []uint8, script uint64) uint64 {
	var v uint64
	n := 0
	var last uint8
	for _, c := range cls {
		if c == last {
			continue
		}
		last = c
		if n == skelMax {
			return 0
		}
		v = v<<4 | uint64(c)
		n++
	}
	if n < 2 {
		return 0
	}
	return v | script
}

// skeletonLen is the number of classes of a packed skeleton.
func skeletonLen(s uint64) int {
	s &^= skelScript
	n := 0
	for ; s != 0; s >>= 4 {
		n++
	}
	return n
}

// sameSkeleton reports whether two skeletons are one name in two scripts.
func sameSkeleton(x, y uint64) bool {
	return x != 0 && y != 0 && x&skelScript != y&skelScript && x&^skelScript == y&^skelScript
}

// nameMatch reports whether x[i] and y[j] are one name in two scripts: a
// skeleton of three classes or more alone, a shorter one ("Amal", "أمل")
// only with a neighbour that also matches ("Amal Haddad", "أمل حداد"),
// since two letters alone meet common words.
func nameMatch(x []token, i int, y []token, j int) bool {
	if !sameSkeleton(x[i].skel, y[j].skel) {
		return false
	}
	if skeletonLen(x[i].skel) >= 3 {
		return true
	}
	for _, dir := range [2]int{1, -1} {
		k, l := nameNeighbour(x, i, dir), nameNeighbour(y, j, dir)
		if k >= 0 && k < len(x) && l >= 0 && l < len(y) && sameSkeleton(x[k].skel, y[l].skel) {
			return true
		}
	}
	return false
}

// nameNeighbour is the token next to t[i] in direction dir (1 or -1) past
// the Latin article of a name and its hyphen: in "Hatem al-Rubaie" the
// neighbour of "Rubaie" is "Hatem", as "حاتم" is of "الربيعي". It may be
// out of range.
func nameNeighbour(t []token, i, dir int) int {
	k := i + dir
	for k >= 0 && k < len(t) && (t[k].text == "-" || strings.EqualFold(t[k].text, "al") || strings.EqualFold(t[k].text, "el")) {
		k += dir
	}
	return k
}

// NameKey is the consonant skeleton of a word that may be a name, as a
// string without its script, so that "Karam" and "كرم" give one key: a
// capitalised Latin word or an Arabic word that the lexicon does not know
// and that is no function word. "" for any other word. Callers use it to
// line up texts of two scripts; within one script it says nothing.
func NameKey(word string) string {
	loadTables()
	word = beforeApostrophe(word) // "Narobia's"
	r, _ := utf8.DecodeRuneInString(word)
	upper := unicode.IsUpper(r)
	norm := textnorm.Normalize(word)
	if stopWords[norm] || lookup(canonKey(textnorm.Stem(norm))) != nil {
		return ""
	}
	s := skeleton(word, upper) &^ skelScript
	if s == 0 {
		return ""
	}
	return strconv.FormatUint(s, 16)
}

// sameNameAcross reports whether two words of two scripts spell one name
// by their consonants, lexicon words included ("Sudan's", "السوداني").
func sameNameAcross(x, y string) bool {
	x, y = beforeApostrophe(x), beforeApostrophe(y)
	rx, _ := utf8.DecodeRuneInString(x)
	ry, _ := utf8.DecodeRuneInString(y)
	if textnorm.IsArabicLetter(rx) == textnorm.IsArabicLetter(ry) {
		return false // one script: the skeletons say nothing
	}
	return sameSkeleton(skeleton(x, unicode.IsUpper(rx)), skeleton(y, unicode.IsUpper(ry)))
}

// beforeApostrophe is w without a possessive or contraction ending:
// "Sudan's" is "Sudan".
func beforeApostrophe(w string) string {
	if i := strings.IndexAny(w, "'’"); i > 0 {
		return w[:i]
	}
	return w
}
