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
	"hash/maphash"
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
	// lex and keyID are set by Parse for Statements, from Norm, Key and
	// Script (they sit in padding: Token is no larger for them). lex caches
	// what cueAt asks of the word alone (lexKnown set when it is filled in);
	// keyID numbers the distinct Keys of the document from 1, 0 when not
	// numbered. A hand-built token leaves both 0 and is looked up the slow
	// way; whoever changes Norm, Key or Script after Parse must zero them.
	lex   uint8
	keyID uint32
	Norm  string // textnorm.Normalize(Text); empty for Space and Punct
	Key   string // textnorm.Key(Text); empty for Space and Punct

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
func (d *Document) Lang() string { return langOf(d.letters()) }

// letters counts the Arabic and the Latin letters of d's words.
func (d *Document) letters() (ar, la int) {
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
	return ar, la
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

// runeAt decodes the rune at byte i of text as ranging over text would, with
// one- and two-byte runes (ASCII, Arabic) decoded inline: it is small enough
// for the compiler to inline, and nearly all runes take its fast paths.
func runeAt(text string, i int) (rune, int) {
	switch c := text[i]; {
	case c < utf8.RuneSelf:
		return rune(c), 1
	case c >= 0xC2 && c <= 0xDF && i+1 < len(text) && text[i+1]&0xC0 == 0x80:
		return rune(c&0x1F)<<6 | rune(text[i+1]&0x3F), 2
	}
	return decodeRest(text, i)
}

//go:noinline
func decodeRest(text string, i int) (rune, int) { return utf8.DecodeRuneInString(text[i:]) }

// decodeRunes returns the runes of text and their byte offsets, what ranging
// over text yields. The tokeniser walks the text with runeAt instead; this
// keeps runeAt checked against range by FuzzDecodeRunesLikeRange.
func decodeRunes(text string) scanner {
	n := utf8.RuneCountInString(text)
	sc := scanner{runes: make([]rune, 0, n), bytes: make([]int, 0, n+1)}
	for i := 0; i < len(text); {
		r, w := runeAt(text, i)
		sc.runes = append(sc.runes, r)
		sc.bytes = append(sc.bytes, i)
		i += w
	}
	sc.bytes = append(sc.bytes, len(text))
	return sc
}

// cursor walks the source by rune without decoding it into a []rune first
// (which cost a quarter of Parse): it keeps the byte and rune positions and
// the rune before them, all the look-behind the scanners need.
type cursor struct {
	text string
	b, n int  // byte and rune offset
	prev rune // the rune before b; -1 at the start
}

// peek is the rune at the cursor and its width; width 0 at the end.
func (c *cursor) peek() (rune, int) {
	if c.b < len(c.text) {
		if x := c.text[c.b]; x < utf8.RuneSelf {
			return rune(x), 1
		}
		return runeAt(c.text, c.b)
	}
	return -1, 0
}

// after is the rune that starts at byte b, -1 at the end.
func (c *cursor) after(b int) rune {
	if b >= len(c.text) {
		return -1
	}
	r, _ := runeAt(c.text, b)
	return r
}

func (c *cursor) advance(r rune, w int) {
	c.b += w
	c.n++
	c.prev = r
}

// wordInfo is what a token's text alone decides; tokenize keeps it per
// distinct word, since news text repeats its words (a 10,000-word article
// has about 500 distinct ones).
type wordInfo struct {
	norm, key string
	script    textnorm.Script
	lex       uint8
	keyID     uint32
}

// wordCache maps a token's text to its wordInfo. It is an open-addressing
// table on maphash rather than a Go map: the lookup runs for every word of
// Parse, and the map's lookup was a fifth of Parse's time. The table holds
// indexes into entries, so that it starts small (a table of the entries
// themselves, allocated up front, was a tenth of Parse).
type wordCache struct {
	slots   []uint32 // 1 + index in entries, 0 for empty; a power of two long, at most half full
	entries []cacheSlot
	keys    map[string]uint32 // Token.keyID of each Key met
}

type cacheSlot struct {
	text string // never empty
	info wordInfo
}

var cacheSeed = maphash.MakeSeed()

func newWordCache(words int) wordCache {
	size := 16
	for size < 2*words && size < 2048 {
		size *= 2
	}
	return wordCache{slots: make([]uint32, size), entries: make([]cacheSlot, 0, size/4), keys: make(map[string]uint32, size/8)}
}

// lookup returns the info of text, computing it on a miss. The pointer is
// good until the next lookup.
func (c *wordCache) lookup(text string) *wordInfo {
	mask := uint64(len(c.slots) - 1)
	for h := maphash.String(cacheSeed, text) & mask; ; h = (h + 1) & mask {
		i := c.slots[h]
		if i == 0 {
			info := wordInfoOf(text)
			if info.key != "" {
				id, ok := c.keys[info.key]
				if !ok {
					id = uint32(len(c.keys) + 1)
					c.keys[info.key] = id
				}
				info.keyID = id
			}
			c.entries = append(c.entries, cacheSlot{text, info})
			c.slots[h] = uint32(len(c.entries))
			if 2*len(c.entries) > len(c.slots) {
				c.grow()
			}
			return &c.entries[len(c.entries)-1].info
		}
		if e := &c.entries[i-1]; e.text == text {
			return &e.info
		}
	}
}

func (c *wordCache) grow() {
	c.slots = make([]uint32, 2*len(c.slots))
	mask := uint64(len(c.slots) - 1)
	for k := range c.entries {
		h := maphash.String(cacheSeed, c.entries[k].text) & mask
		for c.slots[h] != 0 {
			h = (h + 1) & mask
		}
		c.slots[h] = uint32(k + 1)
	}
}

// wordInfoOf computes the wordInfo of a Word or Number token's text.
func wordInfoOf(text string) wordInfo {
	norm := textnorm.Normalize(text)
	script := scriptOf(text)
	return wordInfo{norm: norm, key: textnorm.Stem(norm), script: script, lex: lexKnown | uint8(cueOfWord(norm, script))}
}

// estimateTokens guesses the token count from the spaces, so that the token
// slice is neither regrown nor much too large: a word and a space per space,
// and some punctuation.
func estimateTokens(text string) int {
	return 2*strings.Count(text, " ") + len(text)/32 + 16
}

func tokenize(text string) []Token {
	est := estimateTokens(text)
	toks := make([]Token, 0, est)
	cache := newWordCache(est / 2)
	c := cursor{text: text, prev: -1}
	for c.b < len(text) {
		start, startB := c.n, c.b
		kind := Punct
		r, w := runeAt(text, c.b)
		switch {
		case isSeparator(r):
			kind = Space
			if r == ' ' { // most spaces: no joiner test needed
				c.advance(r, w)
			}
			for {
				r, w := c.peek()
				if w == 0 || !isSeparator(r) || c.joinerBetween(r, w) {
					break
				}
				c.advance(r, w)
			}
		case isDigit(r):
			kind = Number
			c.scanNumber()
			if r, w := c.peek(); w > 0 && isWordRune(r) {
				kind = Word // "3rd", "10km"
				c.scanWord()
			}
		case isWordRune(r):
			kind = Word
			if !c.scanInitialism() {
				c.scanWord()
			}
		default:
			c.advance(r, w)
			for {
				r2, w2 := c.peek()
				if w2 == 0 || r2 != r {
					break
				}
				c.advance(r2, w2)
			}
		}
		if c.n == start { // a joiner with nothing to join: keep it as space
			c.advance(r, w)
		}
		// Filled in field by field in the slice's zeroed memory: a Token
		// literal is built aside and copied in, and while the collector
		// runs that copy goes through the bulk write barrier, which cost
		// a fifth of tokenize.
		if len(toks) == cap(toks) {
			toks = append(toks, Token{})
		} else {
			toks = toks[:len(toks)+1]
		}
		t := &toks[len(toks)-1]
		t.Text = text[startB:c.b]
		t.Start, t.End, t.Kind, t.off = start, c.n, kind, startB
		if kind == Word || kind == Number {
			info := cache.lookup(t.Text)
			t.Script, t.Norm, t.Key, t.lex, t.keyID = info.script, info.norm, info.key, info.lex, info.keyID
		}
	}
	return toks
}

// isSeparator is white space or an invisible format character (RLM, ZWSP,
// BOM...): nothing a reader sees as part of a word.
func isSeparator(r rune) bool {
	if uint32(r) < tableSize {
		return runeClass[r]&classSep != 0
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

// isWordRune is textnorm.IsWordRune, from a table for Latin and Arabic:
// Parse asks it of every rune, and the Unicode range tables are slow.
func isWordRune(r rune) bool {
	if uint32(r) < tableSize {
		return runeClass[r]&classWord != 0
	}
	return textnorm.IsWordRune(r)
}

// isDigit is unicode.IsDigit, from the table below the Unicode search.
func isDigit(r rune) bool {
	if uint32(r) < tableSize {
		return runeClass[r]&classDigit != 0
	}
	return unicode.IsDigit(r)
}

// The table covers Latin, Greek, Cyrillic, Hebrew and Arabic, and the
// General Punctuation block (curly quotes, dashes, bidi marks), whose runes
// would otherwise each cost several Unicode table searches.
const (
	tableSize = 0x2070
	classWord = 1 << iota
	classSep
	classDigit
)

// runeClass is the class bits of each rune below tableSize, from
// runeclass_gen.go: computing them took more than half a millisecond of every
// start of the program (TestRuneClassGenerated checks the table against
// classOf and rewrites it with -update).
//
//go:generate go test -run ^TestRuneClassGenerated$ -update
const runeClass = runeClassData

// classOf is the class bits of r, as runeClass holds them.
func classOf(r rune) uint8 {
	var c uint8
	if textnorm.IsWordRune(r) {
		c |= classWord
	}
	if unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) {
		c |= classSep
	}
	if unicode.IsDigit(r) {
		c |= classDigit
	}
	return c
}

// joinerBetween reports a ZWNJ or ZWJ r, at the cursor, between two word
// runes: it belongs inside the word (Persian and some Arabic typing).
func (c *cursor) joinerBetween(r rune, w int) bool {
	if r != 0x200C && r != 0x200D || c.prev < 0 {
		return false
	}
	next := c.after(c.b + w)
	return next >= 0 && isWordRune(c.prev) && isWordRune(next)
}

// scanNumber reads digits with single inner separators, each followed by a
// digit: "2,500", "٢٬٥٠٠", "2.5", "1.000.000".
func (c *cursor) scanNumber() {
	for {
		r, w := c.peek()
		switch {
		case w == 0:
			return
		case isDigit(r):
			c.advance(r, w)
		case isNumberSep(r):
			r2 := c.after(c.b + w)
			if r2 < 0 || !isDigit(r2) {
				return
			}
			c.advance(r, w)
			r2, w2 := c.peek()
			c.advance(r2, w2)
		default:
			return
		}
	}
}

func isNumberSep(r rune) bool {
	return r == ',' || r == '.' || r == 0x066C || r == 0x066B // ٬ thousands, ٫ decimal
}

// scanWord reads word runes, with inner apostrophes and hyphens (don't,
// al-Sudani) and joiners.
func (c *cursor) scanWord() {
	for c.b < len(c.text) {
		// Word runes, most of the text, decoded and classed inline: this
		// loop is the hottest of Parse.
		var r rune
		var w int
		switch x := c.text[c.b]; {
		case x < utf8.RuneSelf:
			r, w = rune(x), 1
		case x >= 0xC2 && x <= 0xDF && c.b+1 < len(c.text) && c.text[c.b+1]&0xC0 == 0x80:
			r, w = rune(x&0x1F)<<6|rune(c.text[c.b+1]&0x3F), 2
		default:
			r, w = decodeRest(c.text, c.b)
		}
		switch {
		case isWordRune(r):
			c.advance(r, w)
		case isInnerJoin(r) && c.prev >= 0 && isWordRune(c.prev):
			if next := c.after(c.b + w); next < 0 || !isWordRune(next) {
				return
			}
			c.advance(r, w)
		default:
			return
		}
	}
}

func isInnerJoin(r rune) bool {
	switch r {
	case '\'', '’', '-', '‐', '‑', 0x200C, 0x200D:
		return true
	}
	return false
}

// scanInitialism reads U.S., e.g., U.N. (textnorm.Initialism) as one
// word. It reports false, and leaves the cursor, when there is none.
func (c *cursor) scanInitialism() bool {
	if c.prev >= 0 && isWordRune(c.prev) {
		return false
	}
	if r, w := c.peek(); c.b+w >= len(c.text) || c.text[c.b+w] != '.' || r >= utf8.RuneSelf && textnorm.ScriptOf(r) != textnorm.ScriptLatin {
		return false // the common case, no dot after the first letter
	}
	end := textnorm.Initialism(c.text, c.b)
	if end == c.b {
		return false
	}
	for c.b < end {
		c.advance(c.peek())
	}
	return true
}

// scriptOf is the script of the first letter, else of the first digit.
func scriptOf(s string) textnorm.Script {
	digit := false
	for _, r := range s {
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
		t := &toks[i]
		if t.Kind == Space {
			if hasLineBreak(t.Text) {
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

// hasLineBreak reports a line or paragraph break in s. Most space tokens are
// one ASCII space: they are settled without strings.ContainsAny.
func hasLineBreak(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\n' || c == '\r' || c == '\v' || c == '\f':
			return true
		case c >= utf8.RuneSelf:
			return strings.ContainsAny(s[i:], "\n\r\u2028\u2029\v\f\u0085")
		}
	}
	return false
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
