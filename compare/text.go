// Package compare is Claimdiff's engine: it parses a text into paragraphs,
// sentences and tokens, finds the attributed statements in it, aligns the
// statements of two texts, diffs each aligned pair word by word and asks
// package relation how the two statements relate.
//
// Everything here is a plain function of its inputs: no UI, no storage.
// Offsets are always rune offsets into the text that was parsed (the text as
// CheckText returned it), so that a view can highlight the original.
package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// TokenKind says what a token is.
type TokenKind uint8

// Token kinds. Separators are tokens too (Space), so that the tokens of a
// document, concatenated, give its text back exactly.
const (
	Space  TokenKind = iota // white space, line breaks and invisible format characters (RLM, ZWSP...)
	Word                    // letters and digits, with inner apostrophes and hyphens, tashkeel and tatweel kept
	Number                  // digits, with inner thousands or decimal separators: 2,500 ٢٬٥٠٠ 2.5
	Punct                   // one punctuation or symbol rune, or a run of the same one ("...")
)

// String names the kind.
func (k TokenKind) String() string {
	switch k {
	case Word:
		return "word"
	case Number:
		return "number"
	case Punct:
		return "punct"
	}
	return "space"
}

// Token is one piece of the source text.
type Token struct {
	Text       string // exactly as in the source
	Start, End int    // rune offsets in the source
	Kind       TokenKind
	Script     textnorm.Script
	Norm       string // textnorm.Normalize(Text); empty for Space and Punct
	Key        string // textnorm.Key(Text); empty for Space and Punct

	off int // byte offset in the source, for slicing spans without copying
}

// Sentence is a run of tokens ending at a sentence mark or a line end. Its
// range excludes the white space around it.
type Sentence struct {
	Start, End       int // rune offsets
	TokStart, TokEnd int // token indexes, half open
}

// Paragraph is a run of sentences between line breaks.
type Paragraph struct {
	Start, End         int // rune offsets, line breaks excluded
	TokStart, TokEnd   int
	SentStart, SentEnd int    // sentence indexes, half open
	Lang               string // "ar", "en", "mixed", or "" when it has no letters
}

// Document is a parsed text. Joining the Text of all Tokens gives Text back.
type Document struct {
	Text       string
	Tokens     []Token
	Sentences  []Sentence
	Paragraphs []Paragraph
}

// Lang is the language of the whole document, by the same letter counts as a
// paragraph's.
func (d *Document) Lang() string {
	var ar, la int
	for _, t := range d.Tokens {
		if t.Kind == Word {
			switch t.Script {
			case textnorm.ScriptArabic:
				ar += t.End - t.Start
			case textnorm.ScriptLatin:
				la += t.End - t.Start
			}
		}
	}
	return langOf(ar, la)
}

// SentenceText returns the text of sentence i.
func (d *Document) SentenceText(i int) string {
	s := d.Sentences[i]
	return d.span(s.TokStart, s.TokEnd)
}

// span is the text of tokens [from, to), a substring of d.Text.
func (d *Document) span(from, to int) string {
	if from >= to {
		return ""
	}
	last := d.Tokens[to-1]
	return d.Text[d.Tokens[from].off : last.off+len(last.Text)]
}

// langOf decides a language from Arabic and Latin letter counts: four in
// five letters of one script make it that language.
func langOf(ar, la int) string {
	total := ar + la
	switch {
	case total == 0:
		return ""
	case ar*5 >= total*4:
		return "ar"
	case la*5 >= total*4:
		return "en"
	}
	return "mixed"
}

// Parse splits text into tokens, sentences and paragraphs. It never changes
// the text: Document.Text is text itself.
func Parse(text string) *Document {
	d := &Document{Text: text}
	d.Tokens = tokenize(text)
	d.split()
	return d
}

// scanner walks the source by rune, keeping byte and rune positions.
type scanner struct {
	runes []rune
	bytes []int // byte offset of rune i; len(runes)+1 entries
}

// decodeRunes returns the runes of text and their byte offsets, what ranging
// over text yields, with one- and two-byte runes (ASCII, Arabic) decoded
// inline.
func decodeRunes(text string) scanner {
	n := utf8.RuneCountInString(text)
	sc := scanner{runes: make([]rune, 0, n), bytes: make([]int, 0, n+1)}
	for i := 0; i < len(text); {
		var r rune
		w := 1
		switch c := text[i]; {
		case c < utf8.RuneSelf:
			r = rune(c)
		case c >= 0xC2 && c <= 0xDF && i+1 < len(text) && text[i+1]&0xC0 == 0x80:
			r, w = rune(c&0x1F)<<6|rune(text[i+1]&0x3F), 2
		default:
			r, w = utf8.DecodeRuneInString(text[i:])
		}
		sc.runes = append(sc.runes, r)
		sc.bytes = append(sc.bytes, i)
		i += w
	}
	sc.bytes = append(sc.bytes, len(text))
	return sc
}

func tokenize(text string) []Token {
	sc := decodeRunes(text)
	rs := sc.runes
	toks := make([]Token, 0, len(rs)/2+1)
	cache := make(map[string][2]string)
	for i := 0; i < len(rs); {
		start := i
		kind := Punct
		r := rs[i]
		switch {
		case isSeparator(r):
			kind = Space
			for i < len(rs) && isSeparator(rs[i]) && !isJoinerBetween(rs, i) {
				i++
			}
		case isDigit(r):
			kind = Number
			i = scanNumber(rs, i)
			if i < len(rs) && isWordRune(rs[i]) {
				kind = Word // "3rd", "10km"
				i = scanWord(rs, i)
			}
		case isWordRune(r):
			kind = Word
			if e := scanInitialism(rs, i); e > i {
				i = e
			} else {
				i = scanWord(rs, i)
			}
		default:
			i++
			for i < len(rs) && rs[i] == r {
				i++
			}
		}
		if i == start { // a joiner with nothing to join: keep it as space
			i++
		}
		t := Token{Text: text[sc.bytes[start]:sc.bytes[i]], Start: start, End: i, Kind: kind, off: sc.bytes[start]}
		if kind == Word || kind == Number {
			t.Script = scriptOf(rs[start:i])
			nk, ok := cache[t.Text]
			if !ok {
				norm := textnorm.Normalize(t.Text)
				nk = [2]string{norm, textnorm.Stem(norm)}
				cache[t.Text] = nk
			}
			t.Norm, t.Key = nk[0], nk[1]
		}
		toks = append(toks, t)
	}
	return toks
}

// isSeparator is white space or an invisible format character (RLM, ZWSP,
// BOM...): nothing a reader sees as part of a word.
func isSeparator(r rune) bool {
	if r < tableSize {
		return runeClass[r]&classSep != 0
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

// isWordRune is textnorm.IsWordRune, from a table for Latin and Arabic:
// Parse asks it of every rune, and the Unicode range tables are slow.
func isWordRune(r rune) bool {
	if r < tableSize {
		return runeClass[r]&classWord != 0
	}
	return textnorm.IsWordRune(r)
}

const (
	tableSize = 0x0800 // Latin, Greek, Cyrillic, Hebrew, Arabic, Syriac
	classWord = 1 << iota
	classSep
)

var runeClass = func() (t [tableSize]uint8) {
	for r := rune(0); r < tableSize; r++ {
		if textnorm.IsWordRune(r) {
			t[r] |= classWord
		}
		if unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) {
			t[r] |= classSep
		}
	}
	return t
}()

// isJoinerBetween reports a ZWNJ or ZWJ between two word runes, which belongs
// inside the word (Persian and some Arabic typing).
func isJoinerBetween(rs []rune, i int) bool {
	return (rs[i] == 0x200C || rs[i] == 0x200D) && i > 0 && i+1 < len(rs) &&
		isWordRune(rs[i-1]) && isWordRune(rs[i+1])
}

// isDigit is unicode.IsDigit, without its table search for ASCII and the
// Arabic block (whose digits are U+0660-U+0669 and U+06F0-U+06F9).
func isDigit(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return '0' <= r && r <= '9'
	case r >= 0x0600 && r <= 0x06FF:
		return r >= 0x0660 && r <= 0x0669 || r >= 0x06F0 && r <= 0x06F9
	}
	return unicode.IsDigit(r)
}

// scanNumber reads digits with single inner separators, each followed by a
// digit: "2,500", "٢٬٥٠٠", "2.5", "1.000.000".
func scanNumber(rs []rune, i int) int {
	for i < len(rs) {
		switch {
		case isDigit(rs[i]):
			i++
		case isNumberSep(rs[i]) && i+1 < len(rs) && isDigit(rs[i+1]):
			i += 2
		default:
			return i
		}
	}
	return i
}

func isNumberSep(r rune) bool {
	return r == ',' || r == '.' || r == 0x066C || r == 0x066B // ٬ thousands, ٫ decimal
}

// scanWord reads word runes, with inner apostrophes and hyphens (don't,
// al-Sudani) and joiners.
func scanWord(rs []rune, i int) int {
	for i < len(rs) {
		switch {
		case isWordRune(rs[i]):
			i++
		case isInnerJoin(rs[i]) && i+1 < len(rs) && isWordRune(rs[i+1]) && i > 0 && isWordRune(rs[i-1]):
			i++
		default:
			return i
		}
	}
	return i
}

func isInnerJoin(r rune) bool {
	switch r {
	case '\'', '’', '-', '‐', '‑', 0x200C, 0x200D:
		return true
	}
	return false
}

// scanInitialism reads U.S., e.g., U.N.: two or more single letters each
// followed by a dot. It returns i when there is none.
func scanInitialism(rs []rune, i int) int {
	if i > 0 && isWordRune(rs[i-1]) {
		return i
	}
	j, n := i, 0
	for j+1 < len(rs) && rs[j+1] == '.' && unicode.IsLetter(rs[j]) && textnorm.ScriptOf(rs[j]) == textnorm.ScriptLatin {
		j += 2
		n++
	}
	if n < 2 || (j < len(rs) && isWordRune(rs[j])) {
		return i
	}
	return j
}

// scriptOf is the script of the first letter, else of the first digit.
func scriptOf(rs []rune) textnorm.Script {
	digit := false
	for _, r := range rs {
		switch s := textnorm.ScriptOf(r); s {
		case textnorm.ScriptArabic, textnorm.ScriptLatin:
			return s
		case textnorm.ScriptDigit:
			digit = true
		}
	}
	if digit {
		return textnorm.ScriptDigit
	}
	return textnorm.ScriptOther
}

// split groups the tokens into sentences and paragraphs.
func (d *Document) split() {
	toks := d.Tokens
	d.Sentences = make([]Sentence, 0, len(toks)/40+1)
	paraStart := -1 // first token of the open paragraph
	sentStart := -1
	var ar, la int
	closeSentence := func(end int) { // end: one past the last non-space token
		if sentStart < 0 {
			return
		}
		d.Sentences = append(d.Sentences, Sentence{
			Start: toks[sentStart].Start, End: toks[end-1].End,
			TokStart: sentStart, TokEnd: end,
		})
		sentStart = -1
	}
	closeParagraph := func(end int) {
		if paraStart < 0 {
			return
		}
		first := len(d.Sentences)
		for first > 0 && d.Sentences[first-1].TokStart >= paraStart {
			first--
		}
		d.Paragraphs = append(d.Paragraphs, Paragraph{
			Start: toks[paraStart].Start, End: toks[end-1].End,
			TokStart: paraStart, TokEnd: end,
			SentStart: first, SentEnd: len(d.Sentences),
			Lang: langOf(ar, la),
		})
		paraStart, ar, la = -1, 0, 0
	}
	lastContent := 0 // one past the last non-space token seen
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind == Space {
			if strings.ContainsAny(t.Text, "\n\r\u2028\u2029\v\f\u0085") {
				closeSentence(lastContent)
				closeParagraph(lastContent)
			}
			continue
		}
		if paraStart < 0 {
			paraStart = i
		}
		if sentStart < 0 {
			sentStart = i
		}
		if t.Kind == Word {
			switch t.Script {
			case textnorm.ScriptArabic:
				ar += t.End - t.Start
			case textnorm.ScriptLatin:
				la += t.End - t.Start
			}
		}
		lastContent = i + 1
		if t.Kind == Punct && isTerminal(t.Text) && !d.isAbbreviation(i) {
			j := i + 1
			for j < len(toks) && toks[j].Kind == Punct && isCloser(toks[j].Text) {
				j++
			}
			if j == len(toks) || toks[j].Kind == Space {
				lastContent = j
				i = j - 1
				closeSentence(j)
			}
		}
	}
	closeSentence(lastContent)
	closeParagraph(lastContent)
}

func isTerminal(s string) bool {
	for _, r := range s {
		switch r {
		case '.', '!', '?', '؟', '…', '۔':
		default:
			return false
		}
	}
	return true
}

func isCloser(s string) bool {
	for _, r := range s {
		switch r {
		case '”', '"', '»', '’', '\'', ')', ']', '}', '›':
		default:
			return false
		}
	}
	return true
}

// Abbreviations that a dot does not end a sentence after, folded to lower
// case. Month abbreviations and "no" only count before a number.
var (
	abbrevs = map[string]bool{
		"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true,
		"rep": true, "st": true, "jr": true, "sr": true, "lt": true, "col": true, "capt": true,
		"sgt": true, "gov": true, "maj": true, "adm": true, "rev": true, "vs": true, "mt": true,
		"د": true, "م": true, "أ": true, "ا": true,
	}
	numberAbbrevs = map[string]bool{
		"no": true, "nos": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
		"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
		"art": true, "p": true, "pp": true, "vol": true,
	}
)

// isAbbreviation reports whether the dot at token i belongs to the word
// before it rather than ending the sentence.
func (d *Document) isAbbreviation(i int) bool { return isAbbrevDot(d.Tokens, i) }

func isAbbrevDot(toks []Token, i int) bool {
	if toks[i].Text != "." || i == 0 || toks[i-1].Kind != Word {
		return false
	}
	prev := toks[i-1].Text
	low := strings.ToLower(prev)
	if abbrevs[low] {
		return true
	}
	// A single capital letter is an initial: "J. Smith".
	if r, size := utf8.DecodeRuneInString(prev); size == len(prev) && unicode.IsUpper(r) {
		return true
	}
	next := i + 1
	for next < len(toks) && toks[next].Kind == Space && !strings.Contains(toks[next].Text, "\n") {
		next++
	}
	if next < len(toks) && toks[next].Kind == Number && numberAbbrevs[low] {
		return true
	}
	return false
}
