package compare

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare/facts"
	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// SpeakerKind says who a statement is attributed to.
type SpeakerKind uint8

// Speaker kinds.
const (
	NoSpeaker SpeakerKind = iota // the writer's own voice: no attribution found
	Named                        // a named person or body: "Ali al-Taie", "the Pentagon"
	Anonymous                    // unnamed: "sources", "a senior US official", "مسؤول أمريكي كبير (لم تسمه الوكالة)"
)

// String names the kind as the JSON output spells it.
func (k SpeakerKind) String() string {
	switch k {
	case Named:
		return "named"
	case Anonymous:
		return "anonymous"
	}
	return "none"
}

// Span is a piece of the document: its text and rune offsets. The zero Span
// means "absent".
type Span struct {
	Text       string
	Start, End int
}

// Statement is an attributed unit of a document, usually one sentence; a
// quotation that runs over several sentences stays one statement.
type Statement struct {
	Index            int    // position in the document's statement list
	Text             string // the statement as written
	Start, End       int    // rune offsets in the document
	TokStart, TokEnd int    // token indexes in the document, half open

	Speaker     Span        // who says it: a name, or the anonymous description
	SpeakerKind SpeakerKind // named, anonymous or none
	Role        Span        // the speaker's title when a name follows it: "رئيس الوزراء العراقي"
	Carried     bool        // Speaker was carried over from an earlier statement ("وأضاف", "he said")
	Cue         Span        // the attribution verb or phrase: said, told, according to, قال، نقلت، وفق
	Channel     Span        // the outlet it came through: Reuters, جريدة “الأخبار” اللبنانية
	Quote       Span        // the longest direct quotation (three words or more), if any
	Direct      bool        // a direct quotation; false is a paraphrase or the writer's voice

	Facts Facts // numbers, dates and cues, offsets in the document

	keys []string // distinct content keys, for Align
	// keyIDs are the Token.keyIDs of keys, numbered in keySpace; nil when
	// keys came from keysInto. Align turns them into its own ids with a
	// slice, not a map lookup of each key.
	keyIDs   []uint32
	keySpace *keySpace
}

// Statements splits doc into statements, one per sentence, except that a
// quotation left open at a sentence end takes in the sentences up to its
// close (within the paragraph).
func Statements(doc *Document) []Statement {
	out := statements(doc)
	fillFacts(out)
	return out
}

// statements is Statements without the facts, which fillFacts adds: Compare
// extracts them once per distinct statement text of both documents.
func statements(doc *Document) []Statement {
	out := make([]Statement, 0, len(doc.Sentences))
	kd := newKeyDedup(doc.Tokens)
	back, backPara := -1, -1 // the last statement with a speaker, and its paragraph
	for pi, p := range doc.Paragraphs {
		if pi > 0 && pi <= 2 && byline(doc, p) {
			continue
		}
		for i := p.SentStart; i < p.SentEnd; i++ {
			first := doc.Sentences[i]
			end := first
			depth := quoteDepth(doc, first.TokStart, first.TokEnd, 0)
			for depth > 0 && i+1 < p.SentEnd && i+1-p.SentStart < 64 {
				i++
				end = doc.Sentences[i]
				depth = quoteDepth(doc, end.TokStart, end.TokEnd, depth)
			}
			st := Statement{
				Index: len(out), Start: first.Start, End: end.End,
				TokStart: first.TokStart, TokEnd: end.TokEnd,
			}
			st.Text = doc.span(st.TokStart, st.TokEnd)
			var prev *Statement
			if len(out) > 0 {
				prev = &out[len(out)-1]
			}
			// A pronoun or a bare Arabic verb refers back to the last
			// speaker of this paragraph or the one before.
			var earlier *Statement
			if back >= 0 && backPara >= pi-1 {
				earlier = &out[back]
			}
			attribute(doc, &st, prev, earlier, i == p.SentStart || first.TokStart == p.TokStart)
			if st.SpeakerKind != NoSpeaker {
				back, backPara = len(out), pi
			}
			st.keys, st.keyIDs = kd.keys(doc.Tokens, st.TokStart, st.TokEnd)
			if st.keyIDs != nil {
				st.keySpace = kd.space
			}
			out = append(out, st)
		}
	}
	return out
}

// byline reports whether a paragraph near the top of a document names who
// published it, where and when rather than saying anything: "Gulf 24 News |
// Tuesday 16 September", "New York, 11 March 2025", "عين وردة - (وان)",
// "شبكة صوت الجبل". It is short and ends without a sentence mark, and holds
// a date, a "|", a name in brackets or guillemets, or at most four words.
// Set against another account, its date read as the event's.
func byline(doc *Document, p Paragraph) bool {
	words, marked := 0, false
	last := ""
	for i := p.TokStart; i < p.TokEnd; i++ {
		t := &doc.Tokens[i]
		switch t.Kind {
		case Word, Number:
			words++
			last = ""
		case Punct:
			switch t.Text {
			case "|", "(", "«", "[":
				marked = true
			}
			last = t.Text
		}
	}
	if words == 0 || words > 12 || strings.ContainsAny(last, ".!?؟…:\"”") {
		return false
	}
	return marked || words <= 4 || slices.ContainsFunc(facts.Dates(doc.span(p.TokStart, p.TokEnd)), func(d facts.Date) bool { return d.Clock == 0 })
}

// keyDedup computes what keysInto does for each statement of a document,
// but tells keys apart by the Token.keyID Parse gave them: a stamp per id
// instead of a map cleared and filled for every statement (which was a
// sixth of Statements' time).
type keyDedup struct {
	stamp []int32 // stamp[id] == gen: the key was met in this statement
	short []uint8 // per key id: 0 not yet known, 1 long enough, 2 under two runes (keysInto skips it)
	gen   int32
	seen  map[string]struct{} // keysInto's scratch, for tokens without an id
	space *keySpace
	// The statements' keys and ids are cut from these, one allocation
	// for the document rather than two per statement.
	keyArena []string
	idArena  []uint32
}

// keySpace stands for one numbering of keys by Token.keyID: the statements
// of one Statements call share it, and Align tells numberings apart by it.
type keySpace struct {
	size int // one more than the largest id
}

func newKeyDedup(toks []Token) keyDedup {
	var most uint32
	n := 16
	for i := range toks {
		most = max(most, toks[i].keyID)
		if toks[i].keyID != 0 {
			n++ // at most one key per such token
		}
	}
	return keyDedup{stamp: make([]int32, most+1), short: make([]uint8, most+1), seen: make(map[string]struct{}, 64),
		space: &keySpace{size: int(most) + 1}, keyArena: make([]string, 0, n), idArena: make([]uint32, 0, n)}
}

// keys is keysInto(toks, from, to, ...), with the Token.keyID of each key,
// which it falls back to (ids nil) for a token that has a key but no id,
// and for a statement with no keys.
func (k *keyDedup) keys(toks []Token, from, to int) ([]string, []uint32) {
	k.gen++
	start := len(k.keyArena)
	for i := from; i < to; i++ {
		t := &toks[i]
		if t.Kind != Word && t.Kind != Number || t.Key == "" {
			continue
		}
		if t.keyID == 0 || int(t.keyID) >= len(k.stamp) {
			k.keyArena, k.idArena = k.keyArena[:start], k.idArena[:start]
			return keysInto(toks, from, to, k.seen), nil
		}
		if t.Kind == Word && k.isShort(t) {
			continue
		}
		if k.stamp[t.keyID] == k.gen {
			continue
		}
		k.stamp[t.keyID] = k.gen
		k.keyArena = append(k.keyArena, t.Key)
		k.idArena = append(k.idArena, t.keyID)
	}
	end := len(k.keyArena)
	if end == start {
		return keysInto(toks, from, to, k.seen), nil
	}
	return k.keyArena[start:end:end], k.idArena[start:end:end]
}

// isShort is keysInto's test for a key of less than two runes, once per
// key id.
func (k *keyDedup) isShort(t *Token) bool {
	if k.short[t.keyID] == 0 {
		k.short[t.keyID] = 1
		if len(t.Key) < 2*utf8.UTFMax && utf8.RuneCountInString(t.Key) < 2 {
			k.short[t.keyID] = 2
		}
	}
	return k.short[t.keyID] == 2
}

// Quotation marks. Arabic text often opens with ” as well as “, so ” opens a
// quote when it sits right before a letter.
func isOpenQuote(r rune) bool  { return r == '“' || r == '«' || r == '„' || r == '‹' }
func isCloseQuote(r rune) bool { return r == '”' || r == '»' || r == '›' }

// quoteDepth follows the quotation marks of tokens [from, to) from depth and
// returns the depth at the end (0 or 1: nested quotes are rare in news).
func quoteDepth(doc *Document, from, to, depth int) int {
	toks := doc.Tokens
	for i := from; i < to; i++ {
		t := &toks[i]
		if t.Kind != Punct || t.Text == "" || t.Text[0] < utf8.RuneSelf && t.Text[0] != '"' {
			continue // no quotation mark: the others are not ASCII
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		switch {
		case r == '"':
			depth = 1 - depth
		case isOpenQuote(r):
			depth = 1
		case r == '”' && depth == 0 && i+1 < to && toks[i+1].Kind == Word:
			depth = 1
		case isCloseQuote(r):
			depth = 0
		}
	}
	return depth
}

// quoteSpans returns the token ranges [open+1, close) of the quotations in
// tokens [from, to).
func quoteSpans(doc *Document, from, to int) [][2]int {
	toks := doc.Tokens
	var out [][2]int
	open := -1
	for i := from; i < to; i++ {
		t := &toks[i]
		if t.Kind != Punct || t.Text == "" || t.Text[0] < utf8.RuneSelf && t.Text[0] != '"' {
			continue // no quotation mark: the others are not ASCII
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		switch {
		case open < 0 && (isOpenQuote(r) || r == '"' || (r == '”' && i+1 < to && toks[i+1].Kind == Word)):
			open = i
		case open >= 0 && (isCloseQuote(r) || r == '"'):
			out = append(out, [2]int{open + 1, i})
			open = -1
		}
	}
	if open >= 0 && to-open > 1 {
		out = append(out, [2]int{open + 1, to})
	}
	return out
}

// cueKind groups cue verbs by how their phrase is built.
type cueKind uint8

const (
	cueSay       cueKind = iota + 1 // said, قال: speaker before (SVO) or after (VSO)
	cueTold                         // told X: X is the listener, an outlet when named
	cueAccording                    // according to X, وفق X, بحسب X: X is the source
	cueRelay                        // نقلت X عن Y: X the channel, Y the speaker
)

// Cue words, normalised (textnorm.Normalize). Arabic forms may also carry a
// leading و or ف, which is tried off.
var cueWords = map[string]cueKind{
	// English
	"said": cueSay, "says": cueSay, "added": cueSay, "adds": cueSay, "denied": cueSay, "denies": cueSay,
	"confirmed": cueSay, "confirms": cueSay, "stressed": cueSay, "stresses": cueSay, "stated": cueSay,
	"noted": cueSay, "explained": cueSay, "warned": cueSay, "insisted": cueSay, "claimed": cueSay,
	"announced": cueSay, "argued": cueSay, "acknowledged": cueSay, "wrote": cueSay, "declared": cueSay,
	"asserted": cueSay, "reported": cueSay, "estimated": cueSay, "told": cueTold, "tells": cueTold,
	"rejected": cueSay, "rejects": cueSay, "dismissed": cueSay, "dismisses": cueSay,
	// Arabic
	"قال": cueSay, "قالت": cueSay, "يقول": cueSay, "تقول": cueSay, "قالوا": cueSay, "يقولون": cueSay,
	"اضاف": cueSay, "اضافت": cueSay, "يضيف": cueSay, "تضيف": cueSay, "مضيفا": cueSay, "مضيفه": cueSay,
	"نفي": cueSay, "نفت": cueSay, "ينفي": cueSay, "تنفي": cueSay, "نافيا": cueSay, "نفوا": cueSay,
	"اكد": cueSay, "اكدت": cueSay, "يؤكد": cueSay, "تؤكد": cueSay, "مؤكدا": cueSay, "اكدوا": cueSay,
	"اوضح": cueSay, "اوضحت": cueSay, "يوضح": cueSay, "توضح": cueSay, "موضحا": cueSay,
	"اشار": cueSay, "اشارت": cueSay, "يشير": cueSay, "مشيرا": cueSay, "مشيره": cueSay,
	"اعتبر": cueSay, "اعتبرت": cueSay, "معتبرا": cueSay,
	"صرح": cueSay, "صرحت": cueSay, "يصرح": cueSay,
	"ذكر": cueSay, "ذكرت": cueSay, "افاد": cueSay, "افادت": cueSay, "اعلن": cueSay, "اعلنت": cueSay,
	"رفضت": cueSay, "يرفض": cueSay, "ترفض": cueSay, "رافضا": cueSay,
	"شدد": cueSay, "شددت": cueSay, "كشف": cueSay, "كشفت": cueSay, "تابع": cueSay, "تابعت": cueSay,
	"نقلت": cueRelay, "نقل": cueRelay, "نقله": cueRelay, "نقلها": cueRelay,
	"وفق": cueAccording, "وفقا": cueAccording, "بحسب": cueAccording, "حسب": cueAccording,
}

// Words that end a speaker phrase: complementisers and connectives.
var speakerStops = map[string]bool{
	"ان": true, "انه": true, "انها": true, "انهم": true, "انهما": true, "بان": true, "بانه": true, "بانها": true,
	"فان": true, "فانه": true, "فانها": true, "فانهم": true,
	"وهو": true, "وهي": true, "وهم": true, "قوله": true, "قولها": true, "قولهم": true, "الي": true, "لكن": true, "حيث": true, "الذي": true, "التي": true,
	"that": true, "on": true, "in": true, "at": true, "during": true, "after": true, "before": true,
	"when": true, "while": true, "last": true, "this": true, "earlier": true, "late": true, "as": true,
	"had": true, "has": true, "was": true, "is": true, "would": true, "will": true, "and": true, "but": true,
	"who": true, "adding": true, "saying": true, "citing": true,
}

// Words that open an adverbial rather than a speaker phrase.
var prepositions = map[string]bool{
	"في": true, "وفي": true, "من": true, "خلال": true, "عبر": true, "امام": true,
	"بعد": true, "قبل": true, "منذ": true, "مع": true, "ومع": true, "عن": true, "الي": true, "حينها": true,
	"in": true, "on": true, "at": true, "after": true, "before": true, "during": true, "since": true,
	"with": true, "for": true, "last": true, "earlier": true, "later": true, "then": true, "also": true,
	"that": true, "it": true, "this": true, "there": true,
}

// Pronouns as subjects: the statement continues the previous speaker.
var pronouns = map[string]bool{
	"he": true, "she": true, "they": true, "we": true, "i": true, "هو": true, "هي": true, "هم": true,
}

// Heads of anonymous attributions, as keys (textnorm.Key).
var anonymousHeads = keySet("sources", "source", "official", "officials", "diplomat", "diplomats",
	"people", "person", "someone", "some", "analyst", "analysts", "aide", "aides", "spokesperson",
	"مصادر", "مصدر", "مسؤول", "مسؤولون", "مسؤولين", "قيادي", "قياديون", "دبلوماسي", "دبلوماسيون",
	"بعضهم", "بعض", "مقربون", "شخص", "اشخاص", "مطلعون")

// Phrases that mark an unnamed speaker anywhere in the attribution, as keys.
var anonymousMarks = keySet("لم", "anonymity", "unnamed", "unidentified", "named", "anonymous")

// Role nouns: a segment that starts with one is a title, not a name.
var roleHeads = keySet("مستشار", "رئيس", "وزير", "قيادي", "مسؤول", "المتحدث", "الناطق", "السفير", "السفيره",
	"الكاتب", "قائد", "نائب", "المبعوث", "السكرتير", "مدير", "امين", "عضو", "زعيم", "مصدر",
	"a", "an", "the", "minister", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
	"leader", "official", "head", "chief", "president", "prime", "ambassador", "envoy", "secretary",
	"commander", "director", "member", "senior", "former", "deputy")

// Outlet words: a listener or source phrase holding one is a channel.
var outletWords = keySet("reuters", "afp", "ap", "bbc", "cnn", "associated", "press", "newspaper", "agency",
	"post", "times", "journal", "television", "tv", "radio", "news", "channel", "magazine", "outlet",
	"رويترز", "وكاله", "جريده", "صحيفه", "قناه", "موقع", "شبكه", "مجله", "اذاعه", "تلفزيون", "الانباء")

func keySet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[textnorm.Key(w)] = true
	}
	return m
}

// cueAt reports whether the word at token i starts a cue, and how many tokens
// the cue spans.
func cueAt(toks []Token, i, end int) (cueKind, int) {
	t := toks[i]
	if t.Kind != Word {
		return 0, 0
	}
	if t.Norm == "according" {
		j := nextWord(toks, i+1, end)
		if j >= 0 && toks[j].Norm == "to" {
			return cueAccording, j + 1 - i
		}
		return 0, 0
	}
	k := cueKind(t.lex &^ lexKnown)
	if t.lex&lexKnown == 0 {
		k = cueOfWord(t.Norm, t.Script)
	}
	if k != 0 {
		return k, 1
	}
	return 0, 0
}

// lexKnown marks a Token.lex that Parse filled in with cueOfWord.
const lexKnown = 0x80

// cueOfWord is the cue a word is by itself, from its normalised form and
// script, with a leading و or ف tried off an Arabic word; 0 for none.
func cueOfWord(norm string, script textnorm.Script) cueKind {
	if k, ok := cueWords[norm]; ok {
		return k
	}
	if n := norm; script == textnorm.ScriptArabic && utf8.RuneCountInString(n) > 3 && (n[0:2] == "و" || n[0:2] == "ف") {
		if k, ok := cueWords[n[2:]]; ok {
			return k
		}
	}
	return 0
}

// nextWord is the index of the first Word or Number token in [i, end), or -1.
func nextWord(toks []Token, i, end int) int {
	for ; i < end; i++ {
		if toks[i].Kind == Word || toks[i].Kind == Number {
			return i
		}
	}
	return -1
}

// isBoundary is a clause boundary inside a sentence: comma, colon, dash, stop.
func isBoundary(t Token) bool {
	if t.Kind != Punct {
		return false
	}
	switch t.Text {
	case ",", "،", ":", ";", "؛", "—", "–", ".", "!", "?", "؟":
		return true
	}
	return false
}

// boundaryAt is isBoundary, except for the dot of an abbreviation ("Gen.").
func boundaryAt(toks []Token, i int) bool {
	return isBoundary(toks[i]) && !(toks[i].Text == "." && isAbbrevDot(toks, i))
}

// attribute fills the attribution fields of st. prev is the statement before
// it in the document (nil for the first); earlier is the last one with a
// speaker in this paragraph or the one before, which a pronoun subject ("he
// said") or a verb with no subject ("وأضاف") continues when prev has none;
// paraStart says st opens a paragraph, where a quotation alone does not
// continue the last speaker.
func attribute(doc *Document, st *Statement, prev, earlier *Statement, paraStart bool) {
	toks := doc.Tokens
	from, to := st.TokStart, st.TokEnd
	inQuote := quoteMask(doc, from, to)
	var speaker, role, channel [2]int // token ranges, for telling quotes from quoted names
	defer func() {
		if st.Cue.Text == "" && !st.Carried {
			return // quotation marks in the writer's voice mark names and titles
		}
		if q := longestQuote(doc, from, to, speaker, role, channel); q[1] > q[0] {
			for q[1] > q[0] && (toks[q[1]-1].Kind == Space || isBoundary(toks[q[1]-1])) {
				q[1]--
			}
			st.Quote = doc.spanOf(q[0], q[1])
			st.Direct = true
		}
	}()
	cue, n := -1, 0
	var kind cueKind
	for i := from; i < to; i++ {
		if inQuote[i-from] {
			continue
		}
		if k, m := cueAt(toks, i, to); k != 0 && !notACue(toks, from, i, to) {
			cue, n, kind = i, m, k
			break
		}
	}
	if cue < 0 {
		// A quotation that opens the statement, inside a paragraph,
		// continues the speaker of the statement before.
		if q := firstContent(toks, from, to) + 1; prev != nil && prev.SpeakerKind != NoSpeaker && !paraStart &&
			startsWithQuote(toks, from, to) && q < to && inQuote[q-from] {
			carry(st, prev)
		}
		return
	}
	st.Cue = doc.spanOf(cue, cue+n)
	after := cue + n
	// "بحسب ما قالت X", "وفق ما نقله X عن Y": the verb after ما is the cue.
	if kind == cueAccording {
		if j := nextWord(toks, after, to); j >= 0 && toks[j].Norm == "ما" {
			if v := nextWord(toks, j+1, to); v >= 0 {
				if k, m := cueAt(toks, v, to); k != 0 {
					kind, after = k, v+m
				}
			}
		}
	}
	// "وفقا لـ مصادر": the bare لـ of وفقا is no outlet.
	lamSpeaker := false
	if kind == cueAccording && toks[cue].Script == textnorm.ScriptArabic {
		if j := nextWord(toks, after, to); j >= 0 && toks[j].Norm == "ل" {
			after = j + 1
		} else if j >= 0 && strings.HasPrefix(toks[cue].Norm, "وفقا") || j >= 0 && strings.HasSuffix(toks[cue].Norm, "وفقا") {
			lamSpeaker = strings.HasPrefix(toks[j].Norm, "ل") && len(toks[j].Norm) > 4 && !isLamOutlet(toks[j])
		}
	}
	// Listener or channel right after the verb: "told Reuters", "قال لـ”رويترز”".
	after, channel = channelAfter(doc, st, kind, after, to)
	var adverbial = -1 // where an adverbial cut off the Arabic speaker starts
	var relClause [2]int

	switch kind {
	case cueAccording:
		speaker = phrase(toks, after, to, 14)
		speaker, adverbial = arSpeakerEnd(toks, speaker, true)
		if hasKey(toks, speaker, outletWords) && st.Channel.Text == "" {
			st.Channel, channel = doc.trimmedSpan(speaker[0], speaker[1]), speaker
		}
	case cueRelay:
		// نقلت X عن Y: X up to عن is the channel.
		j := after
		for j < to && !(toks[j].Kind == Word && (toks[j].Norm == "عن" || toks[j].Norm == "عنه")) && j-after < 30 {
			j++
		}
		if j < to && toks[j].Norm == "عن" {
			if ch := phrase(toks, after, j, 12); ch[1] > ch[0] && st.Channel.Text == "" {
				st.Channel, channel = doc.trimmedSpan(ch[0], ch[1]), ch
			}
			speaker = phrase(toks, j+1, to, 14)
		} else {
			speaker = phrase(toks, after, to, 14)
		}
		speaker, adverbial = arSpeakerEnd(toks, speaker, false)
	default:
		before, brole := subjectBefore(toks, from, cue)
		afterP := phrase(toks, after, to, 14)
		for k := afterP[0]; k < afterP[1]; k++ {
			if k > afterP[0] && inQuote[k-from] && !inQuote[k-1-from] && !quotedName(toks, afterP[0], k) { // "وقال مسؤول أمريكي "توصلنا إلى اتفاق""
				afterP = trimEnd(toks, afterP[0], k-1)
				break
			}
		}
		if !isLatin(toks[cue]) {
			afterP, adverbial = arSpeakerEnd(toks, afterP, false)
			if takesAn[bareCue(toks[cue])] {
				afterP = cutAt(toks, afterP, "عن") // "أعلن الجيش عن مقتل ...": عن opens the object
			}
		}
		if afterP[1] > afterP[0] && (prepositions[toks[afterP[0]].Norm] || inQuote[afterP[0]-from] ||
			afterP[0]+1 < to && toks[afterP[0]].Kind == Punct && inQuote[afterP[0]+1-from]) {
			afterP = [2]int{} // an adverbial or the quotation itself: "وأضاف، “نحن..."
		}
		// "The reports are false, said Ali al-Taie.": no quotation marks,
		// the speaker after the verb.
		inv := isLatin(toks[cue]) && saidAfter(toks, from, cue, afterP, to)
		if afterP[1] > afterP[0] && isLatin(toks[cue]) && !inverted(toks, from, cue) && !inv {
			afterP = [2]int{} // English puts the speaker first unless the quote or the statement comes first
		}
		if afterP[1] > afterP[0] && kind == cueTold {
			afterP = [2]int{}
		}
		switch {
		case before[1] > before[0] && (isLatin(toks[cue]) && !inv || afterP[1] == afterP[0] ||
			!isLatin(toks[cue]) && brole[1] == brole[0] && arSubjectFirst(toks, from, cue, before)):
			// Arabic SVO: a noun phrase right before the verb is its
			// subject, and what follows the verb its object ("فصيل عراقي
			// ينفي خطة الانسحاب").
			speaker, role = before, brole
			if src, ok := citing(toks, speaker); ok {
				// "Reuters, citing several informed sources, reported":
				// the sources speak, through Reuters.
				if role[1] > role[0] && st.Channel.Text == "" {
					st.Channel, channel = doc.trimmedSpan(role[0], role[1]), role
					role = [2]int{}
				}
				speaker = src
			}
		case afterP[1] > afterP[0]:
			speaker = afterP
			if name := appositive(toks, afterP[1], to); name[1] > name[0] {
				speaker, role = name, afterP
			} else if isLatin(toks[cue]) {
				// "..., said Farhad Alaaldin, foreign affairs adviser to
				// Iraq's prime minister." / "said the official, who spoke
				// on condition of anonymity."
				if c, rel := trailingClause(toks, afterP[1], to); rel {
					relClause = c
				} else if c[1] > c[0] {
					role = c
				}
			}
		}
	}
	if speaker[1] > speaker[0] && speaker[0] > cue && st.Channel.Text == "" {
		_, channel = channelAfter(doc, st, kind, speaker[1], to) // "مصادر مطلعة لوكالة “رويترز”"
	}
	pronoun := false
	if speaker[1] > speaker[0] {
		if speaker[1]-speaker[0] == 1 && pronouns[toks[speaker[0]].Norm] {
			speaker, pronoun = [2]int{}, true
		}
	}
	if speaker[1] == speaker[0] {
		if isLatin(toks[cue]) && passiveCue(toks, from, cue) {
			return // "it was reported": nobody said it
		}
		if prev != nil && prev.SpeakerKind != NoSpeaker && (pronoun || !isLatin(toks[cue]) || !hasSubjectWords(toks, from, cue)) {
			carry(st, prev)
		} else if earlier != nil && (pronoun || !isLatin(toks[cue]) && nextWord(toks, from, cue) < 0) {
			carry(st, earlier)
		}
		if st.Channel.Text == "" {
			at := adverbial
			if at < 0 {
				at = cue + n
			}
			mediumChannel(doc, st, at, to)
		}
		return
	}
	if lamSpeaker {
		// "وفقا لمصادر مطلعة": the speaker without the ل of وفقا.
		sp := doc.spanOf(speaker[0], speaker[1])
		_, size := utf8.DecodeRuneInString(sp.Text)
		st.Speaker = Span{Text: sp.Text[size:], Start: sp.Start + 1, End: sp.End}
	}
	if !lamSpeaker {
		st.Speaker = doc.spanOf(speaker[0], speaker[1])
	}
	if role[1] > role[0] {
		st.Role = doc.spanOf(role[0], role[1])
	}
	st.SpeakerKind = kindOf(toks, speaker, role)
	if st.SpeakerKind == Named && relClause[1] > relClause[0] && hasKey(toks, relClause, anonymityClause) {
		st.SpeakerKind = Anonymous // "said the official, who spoke on condition of anonymity"
	}
	if st.Channel.Text == "" && hasKey(toks, speaker, outletWords) {
		st.Channel, channel = doc.trimmedSpan(speaker[0], speaker[1]), speaker // "Reuters reported"
	}
	if st.Channel.Text == "" {
		at := adverbial
		if at < 0 {
			at = cue + n
			if speaker[0] > cue {
				at = speaker[1]
			}
		}
		mediumChannel(doc, st, at, to)
	}
	// "القيادي", "the official": a definite title that the previous speaker
	// holds refers back to that speaker.
	if prev != nil && prev.SpeakerKind != NoSpeaker && role[1] == role[0] && countWords(toks, speaker) <= 2 {
		head := toks[speaker[0]]
		definite := head.Norm == "the" || strings.HasPrefix(head.Norm, "ال") // "officials" is someone else
		if j := nextWord(toks, speaker[0]+1, speaker[1]); head.Norm == "the" && j >= 0 {
			head = toks[j]
		}
		if definite && head.Key != "" && roleHeads[head.Key] && head.Norm != "the" &&
			(containsKey(prev.Role.Text, head.Key) || containsKey(prev.Speaker.Text, head.Key)) {
			st.Role = st.Speaker
			st.Speaker, st.SpeakerKind = prev.Speaker, prev.SpeakerKind
		}
	}
}

// citingWords open a phrase that names where a report comes from.
var citingWords = map[string]bool{"citing": true, "quoting": true}

// citing returns the source a speaker phrase cites ("citing US officials"
// gives "US officials"), and whether it is such a phrase.
func citing(toks []Token, sp [2]int) ([2]int, bool) {
	i := nextWord(toks, sp[0], sp[1])
	if i < 0 || !citingWords[toks[i].Norm] {
		return sp, false
	}
	j := nextWord(toks, i+1, sp[1])
	if j < 0 {
		return sp, false
	}
	return [2]int{j, sp[1]}, true
}

func carry(st, prev *Statement) {
	st.Speaker, st.SpeakerKind, st.Role, st.Carried = prev.Speaker, prev.SpeakerKind, prev.Role, true
}

func isLatin(t Token) bool { return t.Script == textnorm.ScriptLatin }

// inverted reports an English cue that follows a quotation (“...,” said X),
// where the speaker comes after the verb.
func inverted(toks []Token, from, cue int) bool {
	for i := cue - 1; i >= from; i-- {
		switch toks[i].Kind {
		case Space:
			continue
		case Punct:
			if isCloser(toks[i].Text) || toks[i].Text == "," {
				continue
			}
			return false
		default:
			return i < cue-1 && (strings.ContainsAny(toks[i+1].Text, "”\"»") || hasCloser(toks[i:cue]))
		}
	}
	return false
}

// saidAfter reports an English speaker after the verb with no quotation
// marks: "The reports are false, said Ali al-Taie." The verb follows a
// comma, and the phrase after it ends the statement and is a name or a
// title ("said the official"), not a clause ("said the talks had ended").
func saidAfter(toks []Token, from, cue int, p [2]int, to int) bool {
	if p[1] <= p[0] || countWords(toks, p) > 8 {
		return false
	}
	if nextWord(toks, p[1], to) >= 0 {
		if c, _ := trailingClause(toks, p[1], to); c[1] <= c[0] {
			return false
		}
	}
	if i := prevContent(toks, from, cue); i < 0 || toks[i].Text != "," {
		return false
	}
	if first := toks[p[0]]; first.Kind == Word && startsUpper(first.Text) {
		return true
	}
	for i := p[0]; i < p[1]; i++ {
		t := toks[i]
		if t.Kind == Word && t.Norm != "a" && t.Norm != "an" && t.Norm != "the" && (anonymousHeads[t.Key] || roleHeads[t.Key]) {
			return true
		}
	}
	return false
}

func hasCloser(ts []Token) bool {
	for _, t := range ts {
		if t.Kind == Punct && strings.ContainsAny(t.Text, "”\"»’") {
			return true
		}
	}
	return false
}

// channelAfter reads the listener after a cue ("told Reuters", "لجريدة
// “الأخبار” اللبنانية", "لـ”رويترز”"), records it as the channel when it is an
// outlet, and returns where the rest of the phrase starts.
func channelAfter(doc *Document, st *Statement, kind cueKind, i, to int) (int, [2]int) {
	toks := doc.Tokens
	j := nextWord(toks, i, to)
	if j < 0 {
		return i, [2]int{}
	}
	t := toks[j]
	switch {
	case kind == cueTold:
		p := phrase(toks, j, to, 6)
		if p[1] > p[0] && (hasKey(toks, p, outletWords) || startsUpper(t.Text)) && !pronouns[t.Norm] {
			st.Channel = doc.trimmedSpan(p[0], p[1])
			return p[1], p
		}
	case isLamOutlet(t) && j-i <= 1:
		{
			p := phrase(toks, j, to, 8)
			if p[1] > p[0] {
				st.Channel = doc.trimmedSpan(p[0], p[1])
				return p[1], p
			}
		}
	}
	return i, [2]int{}
}

// isLamOutlet is "لـ" or ل glued to an outlet noun (لجريدة، لوكالة): the
// listener of the verb, not part of the speaker.
func isLamOutlet(t Token) bool {
	if t.Kind != Word || t.Script != textnorm.ScriptArabic || !strings.HasPrefix(t.Norm, "ل") {
		return false
	}
	rest := strings.TrimPrefix(t.Norm, "ل")
	return rest == "" || outletWords[textnorm.Key(rest)] || outletWords[textnorm.Stem(rest)]
}

// phrase is the run of tokens from the first word at or after i up to a
// clause boundary or stop word, at most max words; empty when it runs over.
// Brackets are kept whole: "مسؤول أمريكي كبير (لم تسمه الوكالة)".
func phrase(toks []Token, i, to, max int) [2]int {
	start := i
	for start < to && toks[start].Kind == Space {
		start++
	}
	if start >= to || boundaryAt(toks, start) {
		return [2]int{} // "وأضاف، ...": nothing between the verb and the comma
	}
	end, words, paren := start, 0, 0
	for j := start; j < to; j++ {
		t := toks[j]
		switch t.Kind {
		case Word, Number:
			if paren == 0 && (speakerStops[t.Norm] || j > start && isLamOutlet(t)) {
				return trimEnd(toks, start, end)
			}
			words++
			if words > max {
				return [2]int{}
			}
			end = j + 1
		case Punct:
			switch {
			case t.Text == "(":
				paren++
			case t.Text == ")" && paren > 0:
				paren--
				end = j + 1
			case paren == 0 && boundaryAt(toks, j):
				return trimEnd(toks, start, end)
			default:
				end = j + 1
			}
		}
	}
	return trimEnd(toks, start, end)
}

// trimEnd drops trailing opening marks from a range.
func trimEnd(toks []Token, start, end int) [2]int {
	for end > start && (toks[end-1].Kind == Space || (toks[end-1].Kind == Punct && strings.ContainsAny(toks[end-1].Text, "“«("))) {
		end--
	}
	return [2]int{start, end}
}

// subjectBefore finds the speaker before an SVO cue: the clause just before
// the verb ("two officials said", "رايدر اعتبر"), or, when a comma stands
// right before the verb, the appositive pair before it ("Ali al-Taie, a
// leader of X, said"; "مستشار ...، فرهاد علاء الدين، قال").
func subjectBefore(toks []Token, from, cue int) (speaker, role [2]int) {
	// Segments between boundaries, nearest first.
	var segs [][2]int
	end := cue
	for i := cue - 1; i >= from-1 && len(segs) < 3; i-- {
		if i < from || boundaryAt(toks, i) || (toks[i].Kind == Punct && isCloser(toks[i].Text) && len(segs) == 0 && i == prevContent(toks, from, cue)) {
			seg := trimSeg(toks, i+1, end)
			segs = append(segs, seg)
			end = i
			if i >= from && !boundaryAt(toks, i) {
				break // a closing quote: the clause started after it
			}
		}
	}
	for k := range segs {
		if s, ok := trimSubject(toks, segs[k]); ok {
			segs[k] = s
		} else if segs[k][1] > segs[k][0] {
			// Only a wh-word or a relative clause: no subject here ("هذا ما
			// قاله"), while "What Reuters reported" kept "Reuters" above.
			segs[k] = [2]int{cue, cue}
			if k == 0 {
				return
			}
		}
	}
	ok := func(s [2]int, max int) bool {
		if s[1] <= s[0] {
			return false
		}
		w := countWords(toks, s)
		return w > 0 && w <= max && !prepositions[toks[s[0]].Norm] && !hasCue(toks, s)
	}
	if len(segs) == 0 {
		return
	}
	if segs[0][1] > segs[0][0] {
		if ok(segs[0], 8) || isLatin(toks[segs[0][0]]) && roleHeads[toks[segs[0][0]].Key] && ok(segs[0], 12) {
			return segs[0], [2]int{}
		}
		return
	}
	if len(segs) >= 2 && ok(segs[1], 10) { // "a leader of the Islamic Resistance in Iraq"
		speaker = segs[1]
		if len(segs) >= 3 && ok(segs[2], 10) && segs[2][0] == firstContent(toks, from, cue) {
			a, b := segs[2], segs[1]
			if clauseLike(toks[b[0]]) {
				// "A senior US official, not named by the agency, said":
				// the middle is a clause about the speaker, not a title.
				return a, [2]int{}
			}
			// The title is the segment that opens with a role noun.
			if roleHeads[toks[b[0]].Key] && !roleHeads[toks[a[0]].Key] || latinName(toks, a) && !latinName(toks, b) && !citingWords[toks[b[0]].Norm] {
				a, b = b, a
			}
			return b, a
		}
	}
	return
}

// clauseLike reports whether a segment between commas that opens with t is
// a clause about the phrase before it ("not named by the agency", "who
// spoke on condition of anonymity", "speaking to Reuters") rather than a
// name or a title: an English word in lower case that is a negation, a
// relative pronoun or a verb form.
func clauseLike(t Token) bool {
	if !isLatin(t) || t.Text != strings.ToLower(t.Text) || roleHeads[t.Key] || citingWords[t.Norm] {
		return false // "citing several sources" names the speaker itself
	}
	switch t.Norm {
	case "not", "who", "which", "whose", "whom", "unnamed", "anonymous":
		return true
	}
	return len(t.Norm) > 4 && (strings.HasSuffix(t.Norm, "ing") || strings.HasSuffix(t.Norm, "ed"))
}

func prevContent(toks []Token, from, cue int) int {
	for i := cue - 1; i >= from; i-- {
		if toks[i].Kind != Space {
			return i
		}
	}
	return -1
}

func firstContent(toks []Token, from, to int) int {
	for i := from; i < to; i++ {
		if toks[i].Kind != Space {
			return i
		}
	}
	return to
}

// trimSeg trims spaces and quote marks from both ends of [s, e).
func trimSeg(toks []Token, s, e int) [2]int {
	for s < e && (toks[s].Kind == Space || toks[s].Kind == Punct && !strings.ContainsAny(toks[s].Text, "(")) {
		s++
	}
	for e > s && (toks[e-1].Kind == Space || toks[e-1].Kind == Punct && !strings.ContainsAny(toks[e-1].Text, ")”»\"")) {
		e--
	}
	return [2]int{s, e}
}

func countWords(toks []Token, s [2]int) int {
	n := 0
	for _, t := range toks[s[0]:s[1]] {
		if t.Kind == Word || t.Kind == Number {
			n++
		}
	}
	return n
}

func hasCue(toks []Token, s [2]int) bool {
	for i := s[0]; i < s[1]; i++ {
		if k, _ := cueAt(toks, i, s[1]); k != 0 {
			return true
		}
	}
	return false
}

// appositive is a short name set off by commas after a title and before the
// clause: "قال رئيس الوزراء العراقي، محمد شياع السوداني، إن".
func appositive(toks []Token, i, to int) [2]int {
	for i < to && toks[i].Kind == Space {
		i++
	}
	if i >= to || !(toks[i].Text == "," || toks[i].Text == "،") {
		return [2]int{}
	}
	p := phrase(toks, i+1, to, 4)
	if p[1] <= p[0] || toks[p[0]].Kind != Word {
		return [2]int{}
	}
	first := toks[p[0]].Norm
	if strings.HasPrefix(first, "و") && (first == "وهو" || first == "وهي" || first == "وهم") || roleHeads[toks[p[0]].Key] || prepositions[first] {
		return [2]int{}
	}
	// What follows the name must be the clause: a comma and إن/أن, or إن/أن.
	j := nextWord(toks, p[1], to)
	if j < 0 || !speakerStops[toks[j].Norm] {
		return [2]int{}
	}
	return p
}

// kindOf tells a named speaker from an anonymous one: a mark of anonymity
// ("(لم تسمه الوكالة)", "unnamed"), or a head noun like sources, official,
// مصادر, قيادي with no name after it, makes it anonymous.
func kindOf(toks []Token, speaker, role [2]int) SpeakerKind {
	if hasKey(toks, speaker, anonymousMarks) {
		return Anonymous
	}
	if role[1] > role[0] {
		return Named // a title with a name after it
	}
	// The head: first word, skipping an article and numbers ("two officials").
	for i := speaker[0]; i < speaker[1]; i++ {
		t := toks[i]
		if t.Kind == Number || t.Kind == Word && (t.Norm == "a" || t.Norm == "an" || t.Norm == "the" || t.Norm == "two" ||
			t.Norm == "three" || t.Norm == "several" || t.Norm == "multiple" || t.Norm == "senior" || t.Norm == "some") {
			if t.Norm == "some" {
				return Anonymous
			}
			continue
		}
		if t.Kind != Word {
			continue
		}
		if anonymousHeads[t.Key] || anonymousHeads[textnorm.Stem(strings.TrimPrefix(t.Norm, "ال"))] {
			return Anonymous
		}
		// "a senior US official": an indefinite English phrase ending in an
		// anonymous head.
		if toks[speaker[0]].Norm == "a" || toks[speaker[0]].Norm == "an" {
			for k := i; k < speaker[1]; k++ {
				if anonymousHeads[toks[k].Key] {
					return Anonymous
				}
			}
		}
		// Arabic: an indefinite noun phrase whose head is an anonymous noun
		// was caught above; a named body or person otherwise.
		break
	}
	for k := speaker[0]; k < speaker[1]; k++ {
		if toks[k].Script == textnorm.ScriptLatin && anonymousHeads[toks[k].Key] && !startsUpper(toks[speaker[0]].Text) {
			return Anonymous
		}
	}
	if enHeadAnonymous(toks, speaker) {
		return Anonymous // "U.S. officials", "a spokesman for the ministry"
	}
	return Named
}

func hasKey(toks []Token, s [2]int, set map[string]bool) bool {
	for i := s[0]; i < s[1]; i++ {
		if toks[i].Kind == Word && (set[toks[i].Key] || set[toks[i].Norm]) {
			return true
		}
	}
	return false
}

// containsKey reports whether some word of text has the key.
func containsKey(text, key string) bool {
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !textnorm.IsWordRune(r) }) {
		if textnorm.Key(f) == key {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func startsWithQuote(toks []Token, from, to int) bool {
	i := firstContent(toks, from, to)
	return i < to && toks[i].Kind == Punct && strings.ContainsAny(toks[i].Text, "“”«\"")
}

// quoteMask marks the tokens of [from, to) that are inside quotation marks:
// a cue inside a quotation is the speaker's word, not an attribution.
func quoteMask(doc *Document, from, to int) []bool {
	m := make([]bool, to-from)
	for _, q := range quoteSpans(doc, from, to) {
		if countWords(doc.Tokens, q) >= 3 {
			for i := q[0]; i < q[1]; i++ {
				m[i-from] = true
			}
		}
	}
	return m
}

// longestQuote is the longest quotation of three words or more: shorter ones
// are names in quotation marks (“الأخبار”, “الدولة الإسلامية”), and so are
// quoted words inside the speaker, role or channel, or glued to the word
// before them (لـ”حركة المقاومة الإسلامية”).
func longestQuote(doc *Document, from, to int, not ...[2]int) [2]int {
	var best [2]int
	bestWords := 2
	for _, q := range quoteSpans(doc, from, to) {
		if q[0] >= 2 && q[0]-2 >= from && doc.Tokens[q[0]-2].Kind == Word {
			continue
		}
		inside := false
		for _, n := range not {
			if n[1] > n[0] && q[0] < n[1] && q[1] > n[0] {
				inside = true
			}
		}
		if inside {
			continue
		}
		if w := countWords(doc.Tokens, q); w > bestWords {
			best, bestWords = q, w
		}
	}
	return best
}

// spanOf is the Span of tokens [from, to).
func (d *Document) spanOf(from, to int) Span {
	if from >= to {
		return Span{}
	}
	return Span{Text: d.span(from, to), Start: d.Tokens[from].Start, End: d.Tokens[to-1].End}
}

// trimmedSpan is spanOf without a leading ل/لـ clitic and surrounding quote
// marks: the channel's name as a reader would say it.
func (d *Document) trimmedSpan(from, to int) Span {
	s := d.spanOf(from, to)
	rs := []rune(s.Text)
	a, b := 0, len(rs)
	if b-a > 1 && rs[0] == 'ل' && (rs[1] == 'ـ' || d.Tokens[from].Text == "لـ" || !textnorm.IsWordRune(rs[1]) || outletAfterLam(rs[1:])) {
		a++
	}
	for a < b && (rs[a] == 'ـ' || strings.ContainsRune("“”«»\"", rs[a])) {
		a++
	}
	for b > a && strings.ContainsRune("“”«»\"", rs[b-1]) && !strings.ContainsRune(string(rs[a:b-1]), '“') && !strings.ContainsRune(string(rs[a:b-1]), '”') {
		b--
	}
	return Span{Text: string(rs[a:b]), Start: s.Start + a, End: s.Start + b}
}

func outletAfterLam(rs []rune) bool {
	w := rs
	for i, r := range rs {
		if !textnorm.IsWordRune(r) {
			w = rs[:i]
			break
		}
	}
	return outletWords[textnorm.Key(string(w))]
}

// mediumChannel sets the channel of st from the phrase at i: an outlet
// behind لـ ("في حديث لصحيفة لبنانية"), else the medium ("في بيان", "in a
// statement").
func mediumChannel(doc *Document, st *Statement, i, to int) {
	toks := doc.Tokens
	for j, w := i, 0; j < to && w < 6; j++ {
		t := toks[j]
		if t.Kind == Punct && boundaryAt(toks, j) {
			break
		}
		if t.Kind != Word {
			continue
		}
		if w > 0 && isLamOutlet(t) {
			if _, ch := channelAfter(doc, st, cueSay, j, to); ch[1] > ch[0] {
				return
			}
			break
		}
		if w > 0 && speakerStops[t.Norm] {
			break
		}
		w++
	}
	if m := mediumAt(toks, i, to); m[1] > m[0] {
		st.Channel = doc.trimmedSpan(m[0], m[1])
	}
}

// Particles of names written in Latin letters.
var nameParticles = normSet("al", "el", "bin", "ibn", "bint", "abu", "de", "van", "von", "der", "la", "le", "ben", "da", "di")

// latinName reports a segment of capitalised words, a name rather than a
// title: "Farhad Alaaldin", "Ali al-Taie"; not "foreign affairs adviser".
func latinName(toks []Token, s [2]int) bool {
	words := 0
	for i := s[0]; i < s[1]; i++ {
		t := toks[i]
		if t.Kind != Word {
			continue
		}
		if t.Script != textnorm.ScriptLatin || !startsUpper(t.Text) && !nameParticles[t.Norm] {
			return false
		}
		words++
	}
	return words > 0
}

// quotedName reports a quotation mark at k that opens a name inside the
// speaker phrase rather than the quotation: it follows a preposition
// ("قيادي في “المقاومة الإسلامية بالعراق”").
func quotedName(toks []Token, from, k int) bool {
	i := prevContent(toks, from, k)
	for i >= from && toks[i].Kind == Punct {
		i = prevContent(toks, from, i)
	}
	if i < from {
		return false
	}
	n := toks[i].Norm
	return isArPrep(n) || isGluedPrep(toks[i]) || enHeadEnders[n] || strings.HasPrefix(n, "ل") && toks[i].Script == textnorm.ScriptArabic && len(n) <= 2 ||
		orgNouns[bareNorm(toks[i])] || outletWords[toks[i].Key]
}

// Nouns that a quoted name follows: "حركة “المقاومة الإسلامية”", "the group
// “Islamic Resistance in Iraq”".
var orgNouns = normSet("حركة", "تنظيم", "حزب", "جماعة", "فصيل", "فصائل", "ائتلاف", "تحالف", "كتائب", "تيار",
	"منظمة", "مجلس", "هيئة", "لجنة", "جبهة", "عملية", "مجموعة", "شركة", "group", "movement", "party", "coalition", "operation")

// arSubjectFirst reports an Arabic subject that opens the statement right
// before its verb and reads as a noun phrase: a few words, no number, no
// punctuation but quotation marks, no complementiser or auxiliary.
func arSubjectFirst(toks []Token, from, cue int, s [2]int) bool {
	if s[1] != prevContent(toks, from, cue)+1 || s[0] != firstContent(toks, from, cue) || countWords(toks, s) > 6 {
		return false
	}
	for i := s[0]; i < s[1]; i++ {
		t := toks[i]
		switch t.Kind {
		case Number:
			return false
		case Punct:
			if !strings.ContainsAny(t.Text, "“”«»\"()") {
				return false
			}
		case Word:
			if speakerStops[t.Norm] || arAuxLead[t.Norm] || arAuxTrail[t.Norm] || prepositions[t.Norm] && i == s[1]-1 {
				return false
			}
		}
	}
	return true
}

// hasSubjectWords reports words other than a quotation before an English
// cue: a subject too long or odd to be read, which is no reason to carry the
// speaker before ("BAGHDAD - A senior commander of ... on Sunday dismissed").
func hasSubjectWords(toks []Token, from, cue int) bool {
	if !isLatin(toks[cue]) {
		return false
	}
	inQ := false
	for i := from; i < cue; i++ {
		t := toks[i]
		switch {
		case t.Kind == Punct && strings.ContainsAny(t.Text, "“”«»\""):
			inQ = !inQ
		case !inQ && (t.Kind == Word || t.Kind == Number):
			return true
		}
	}
	return false
}

// notACue reports a cue word at i that is no attribution here: the verb of
// a relative clause ("وائل عباس الذي أعلن", "the official, who said"), or
// تابع meaning "belonging to" ("مطبخ ميداني تابع للقوات").
func notACue(toks []Token, from, i, to int) bool {
	if j := prevContent(toks, from, i); j >= 0 && toks[j].Kind == Word && relativeWords[toks[j].Norm] {
		return true
	}
	if n := bareCue(toks[i]); n == "تابع" || n == "تابعه" {
		if j := nextWord(toks, i+1, to); j >= 0 && strings.HasPrefix(toks[j].Norm, "ل") {
			return true
		}
	}
	return false
}

// bareCue is a cue word's normalised form without a leading و or ف.
func bareCue(t Token) string {
	n := t.Norm
	if t.Script == textnorm.ScriptArabic && len(n) > 6 && (n[0:2] == "و" || n[0:2] == "ف") {
		if _, ok := cueWords[n[2:]]; ok {
			return n[2:]
		}
	}
	return n
}

// Verbs whose object is introduced by عن: "أعلن الجيش عن ...", "كشف مصدر عن ...".
var takesAn = normSet("أعلن", "أعلنت", "كشف", "كشفت", "تحدث", "تحدثت")

// cutAt ends the range before the first word w outside brackets, if any.
func cutAt(toks []Token, p [2]int, w string) [2]int {
	for i := p[0]; i < p[1]; i++ {
		if toks[i].Kind == Word && toks[i].Norm == w {
			return trimEnd(toks, p[0], i)
		}
	}
	return p
}
