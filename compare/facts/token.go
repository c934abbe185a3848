package facts

import (
	"hash/maphash"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare/textnorm"
)

type tokKind uint8

const (
	tWord   tokKind = iota // letters and marks
	tDigits                // a run of ASCII, Arabic-Indic or Eastern digits
	tPunct                 // any other single rune that is not a space
)

// token is one word, digit run or punctuation rune. norm is the folded form
// (textnorm.All; digits as ASCII) and points into one string per scan, so a
// scan allocates once however many tokens it has.
type token struct {
	rs, re int // rune span
	bs, be int // byte span
	nb, ne int // span of norm in scanner.norm
	norm   string
	kind   tokKind
	glued  bool // no space between this token and the one before
	upper  bool // first rune is an upper-case letter
	latin  bool
	used   bool // taken by a date
	info   *wordInfo
	// cinfo is the entry of the word without a one-letter proclitic
	// (و ف ب ل ك); clitic is that letter.
	cinfo  *wordInfo
	clitic rune
}

type scanner struct {
	text  string
	norm  string
	toks  []token
	arena []byte
	// numEnd is the end of the last number found, so that a percent sign
	// is not claimed by two numbers.
	numEnd int
}

func isDigit(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= 0x0660 && r <= 0x0669) || (r >= 0x06F0 && r <= 0x06F9)
}

func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 0x0660 && r <= 0x0669:
		return int(r - 0x0660)
	}
	return int(r - 0x06F0)
}

// isSpace also swallows the invisible bidi and joiner marks that pasted
// Arabic text is full of, so that they neither split nor glue tokens.
func isSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r')
	}
	if r >= 0x0600 && r <= 0x06FF { // no white space in the Arabic block
		return r == 0x061C
	}
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF, 0x2066, 0x2067, 0x2068, 0x2069, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E:
		return true
	}
	return unicode.IsSpace(r)
}

func isWordRune(r rune) bool {
	switch {
	case r < 0x80:
		return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')
	case r >= 0x0620 && r <= 0x065F, r >= 0x066E && r <= 0x06D3:
		// The Arabic letters and marks: the hot path, with no table lookup.
		return r < 0x0660 || r > 0x0669
	case r >= 0 && r < wordTabEnd:
		return wordTab[r/64]&(1<<(r%64)) != 0
	}
	return isWordRuneSlow(r)
}

func isWordRuneSlow(r rune) bool {
	return !isDigit(r) && r != utf8.RuneError && textnorm.IsWordRune(r)
}

// wordTab is isWordRuneSlow below wordTabEnd, the end of the General
// Punctuation block: the curly quotes and dashes of news text would each
// cost a search of the Unicode tables. It is generated (wordtab_gen.go):
// computing it took half a millisecond of every start of the program.
// TestWordTabGenerated checks it and rewrites it with -update.
//
//go:generate go test -run ^TestWordTabGenerated$ -update
const wordTabEnd = 0x2070

var wordTab = wordTabData

// fold folds one rune for matching. ASCII and Arabic runes, nearly all of
// the text, skip the Unicode case tables.
func fold(r rune) rune {
	switch {
	case r < 0x80:
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	case r >= 0x0600 && r <= 0x06FF:
		return arabicFold[r-0x0600]
	}
	return textnorm.FoldRune(r, textnorm.All)
}

// arabicFastPath enables tokenize's table path for the Arabic block; tests
// turn it off to check that it changes nothing.
var arabicFastPath = true

// arabicWord marks the runes of the Arabic block that isWordRune accepts.
var arabicWord = func() (t [4]uint64) {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		if isWordRune(r) {
			t[(r-0x0600)/64] |= 1 << ((r - 0x0600) % 64)
		}
	}
	return t
}()

// arabicFold is fold over the Arabic block, one lookup per rune of Arabic
// text instead of FoldRune's tests.
var arabicFold = func() (t [256]rune) {
	for i := range t {
		t[i] = textnorm.FoldRune(rune(0x0600+i), textnorm.All&^textnorm.IgnoreCase)
	}
	return t
}()

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func (s *scanner) tokenize(text string) {
	s.text = text
	s.toks = s.toks[:0]
	s.arena = s.arena[:0]
	ri := 0
	glued := false
	for i := 0; i < len(text); {
		r, w := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
		}
		if isSpace(r) {
			glued = false
			i += w
			ri++
			continue
		}
		t := token{rs: ri, bs: i, glued: glued && len(s.toks) > 0, nb: len(s.arena)}
		switch {
		case isDigit(r):
			t.kind = tDigits
			for i < len(text) {
				r, w = utf8.DecodeRuneInString(text[i:])
				if !isDigit(r) {
					break
				}
				s.arena = append(s.arena, byte('0'+digitValue(r)))
				i += w
				ri++
			}
		case isWordRune(r):
			t.kind = tWord
			t.upper = (r >= 'A' && r <= 'Z') || (r >= 0x80 && (r < 0x0600 || r > 0x06FF) && unicode.IsUpper(r)) // Arabic has no case
			t.latin = r < 0x0250
			compat := false
			for i < len(text) {
				if c := text[i]; arabicFastPath && c >= 0xD8 && c <= 0xDB && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
					// A rune of the Arabic block (U+0600-U+06FF, two bytes),
					// most of Arabic text: decoded, tested and folded from
					// tables, as the general path below would.
					r = rune(c&0x1F)<<6 | rune(text[i+1]&0x3F)
					if arabicWord[(r-0x0600)/64]&(1<<((r-0x0600)%64)) == 0 {
						break
					}
					if f := arabicFold[r-0x0600]; f >= 0x80 && f < 0x800 {
						s.arena = append(s.arena, byte(0xC0|f>>6), byte(0x80|f&0x3F))
					} else if f >= 0 {
						s.arena = utf8.AppendRune(s.arena, f)
					}
					i += 2
					ri++
					continue
				}
				r, w = utf8.DecodeRuneInString(text[i:])
				if isApostrophe(r) && t.latin {
					// Keep "don't" and "Iraq's" whole: an apostrophe between
					// two Latin letters is part of the word.
					r2, _ := utf8.DecodeRuneInString(text[i+w:])
					if r2 >= 0x0250 || !unicode.IsLetter(r2) {
						break
					}
					s.arena = append(s.arena, '\'')
					i += w
					ri++
					continue
				}
				if !isWordRune(r) {
					break
				}
				if r >= 0xFB50 {
					compat = true
				}
				if f := fold(r); f >= 0 {
					s.arena = utf8.AppendRune(s.arena, f)
				}
				i += w
				ri++
			}
			if compat {
				// Presentation forms need NFKC, which FoldRune alone does
				// not do; they are rare enough to pay for an allocation.
				s.arena = append(s.arena[:t.nb], textnorm.Normalize(text[t.bs:i])...)
			}
		default:
			t.kind = tPunct
			s.arena = utf8.AppendRune(s.arena, r)
			i += w
			ri++
		}
		t.re, t.be, t.ne = ri, i, len(s.arena)
		s.toks = append(s.toks, t)
		glued = true
	}
	s.norm = string(s.arena)
	for k := range s.toks {
		t := &s.toks[k]
		t.norm = s.norm[t.nb:t.ne]
		if t.kind == tWord {
			s.lookup(t)
		}
	}
}

// wordFilter has the bit wordBit(k) set for every key k of words. Most
// words of a text are in no table, and the filter turns them away before
// the hashed lookup (a Go map's was a third of tokenize's time).
var wordFilter [1 << 16 / 64]uint64

// wordBit mixes a word's length and three of its bytes into 16 bits. The
// bytes are the second and the last two, not the first: in Arabic the first
// byte of nearly every rune is D8 or D9.
func wordBit(k string) uint32 {
	n := len(k)
	h := uint32(n)
	if n > 0 {
		h = h*31 + uint32(k[n-1])
		h = h*31 + uint32(k[(n-1)/2])
		h = h*31 + uint32(k[min(1, n-1)])
	}
	return h * 0x9E3779B1 >> 16
}

func buildWordFilter() {
	buildWordTable()
	clear(wordFilter[:])
	for k := range words {
		b := wordBit(k)
		wordFilter[b/64] |= 1 << (b % 64)
	}
}

// wordTable is words as an open-addressing table, built with the filter:
// the words that pass the filter are mostly the table's own (في، من، the),
// and a Go map lookup cost twice as much as this one.
var wordTable struct {
	slots   []uint16 // 1 + index in entries, 0 for empty; a power of two long
	entries []wordEntry
}

type wordEntry struct {
	key  string
	info *wordInfo
}

var wordSeed = maphash.MakeSeed()

func buildWordTable() {
	if len(words) >= 1<<16 {
		panic("facts: too many words for wordTable's uint16 slots")
	}
	size := 16
	for size < 4*len(words) {
		size *= 2
	}
	wordTable.slots = make([]uint16, size)
	wordTable.entries = wordTable.entries[:0]
	mask := uint64(size - 1)
	for k, w := range words {
		h := maphash.String(wordSeed, k) & mask
		for wordTable.slots[h] != 0 {
			h = (h + 1) & mask
		}
		wordTable.entries = append(wordTable.entries, wordEntry{k, w})
		wordTable.slots[h] = uint16(len(wordTable.entries))
	}
}

// lookupWord is words[k], with the filter in front.
func lookupWord(k string) *wordInfo {
	if b := wordBit(k); wordFilter[b/64]&(1<<(b%64)) == 0 {
		return nil
	}
	mask := uint64(len(wordTable.slots) - 1)
	for h := maphash.String(wordSeed, k) & mask; ; h = (h + 1) & mask {
		i := wordTable.slots[h]
		if i == 0 {
			return nil
		}
		if e := &wordTable.entries[i-1]; e.key == k {
			return e.info
		}
	}
}

// lookup attaches the table entries of a word and of the word without a
// one-letter Arabic proclitic.
func (s *scanner) lookup(t *token) {
	t.info = lookupWord(t.norm)
	if t.latin && t.info == nil && strings.HasSuffix(t.norm, "'s") {
		// "Last year's pass rate", "yesterday's attack": a word of
		// time with its possessive is the time.
		if in := lookupWord(strings.TrimSuffix(t.norm, "'s")); in != nil && (in.unit != 0 || in.day != "" || in.month > 0) {
			t.info = in
		}
	}
	if t.latin || len(t.norm) < 4 {
		return
	}
	r, w := utf8.DecodeRuneInString(t.norm)
	switch r {
	case 'و', 'ف', 'ب', 'ل', 'ك':
		if ci := lookupWord(t.norm[w:]); ci != nil {
			t.cinfo, t.clitic = ci, r
			return
		}
		// A conjunction before a preposition: "وبحلول", "فلم".
		if r == 'و' || r == 'ف' {
			r2, w2 := utf8.DecodeRuneInString(t.norm[w:])
			if (r2 == 'ب' || r2 == 'ل') && len(t.norm) > w+w2+2 {
				if ci := lookupWord(t.norm[w+w2:]); ci != nil {
					t.cinfo, t.clitic = ci, r2
				}
			}
		}
	}
}

// clitStart is the rune offset of a token after its proclitic letter(s) and
// the marks that follow them, so that a span drops the glued "و".
func (s *scanner) clitStart(t *token) int {
	n := utf8.RuneCountInString(t.norm)
	// Letters in norm before the stripped word.
	strip := 1
	if t.clitic != 0 {
		r, _ := utf8.DecodeRuneInString(t.norm)
		if r != t.clitic {
			strip = 2
		}
	}
	if strip >= n {
		return t.rs
	}
	off := t.rs
	letters := 0
	for _, r := range s.text[t.bs:t.be] {
		if letters == strip && !textnorm.IsDiacritic(r) {
			break
		}
		if !textnorm.IsDiacritic(r) {
			letters++
		}
		off++
	}
	return off
}

// word returns the table entry of token i, allowing a proclitic when
// clitics is set; nil for a missing token or no entry.
func (s *scanner) word(i int, clitics bool) *wordInfo {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	t := &s.toks[i]
	if t.info != nil {
		return t.info
	}
	if clitics {
		return t.cinfo
	}
	return nil
}

func (s *scanner) is(i int, norm string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].norm == norm
}

func (s *scanner) isKind(i int, k tokKind) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == k
}

// gluedPunct reports whether token i is one of the punctuation runes in set
// written with no space before it.
func (s *scanner) gluedPunct(i int, set string) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	if t.kind != tPunct || !t.glued {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.norm)
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}
