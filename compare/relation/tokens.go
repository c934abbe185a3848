package relation

import (
	"hash/maphash"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare/facts"
	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// token is one word, number or punctuation mark of a text.
type token struct {
	text       string // original text
	start, end int    // rune offsets in the text
	key        string // canonical matching key ("" for punctuation)
	norm       string // normalised form (textnorm.Normalize)
	id         uint64 // what matches across texts: concept, number value or key
	ent        *lexEntry
	cue        uint8
	punct      bool    // punctuation or symbol
	sep        bool    // a list separator: comma, "and", "or", "و"
	stop       bool    // function word, not content
	covered    bool    // second word of a two-word lexicon entry
	negated    bool    // inside the scope of a negation cue
	far        bool    // negated, past the first two words of a denied clause (markNegation)
	nested     bool    // a cue inside another cue's scope ("ينفي مزاعم"): one negation, not two
	report     bool    // a reporting or vague word, not counted as shared (reportWords)
	upper      bool    // starts with an upper-case letter
	term       bool    // a claim word that names the event, not its predicate (markTerms)
	moot       bool    // what a "confirm or deny" leaves open: neither said nor denied (markMoot)
	hypo       bool    // in a condition: "if ... not", "إذا لم" (markConditions)
	matched    bool    // scratch: has a counterpart in the other text
	frac       bool    // a fraction word, "half", "ثلث", which facts may read as a share, or a word of a length without a number, "open-ended", "week-long" (hasQuantity)
	num        numInfo // last: the flags above pack into one word
	skel       uint64  // consonant skeleton of a possible name (translit.go); 0 = none
}

// numKind tells numbers that may be compared apart.
type numKind uint8

const (
	numNone numKind = iota
	numCount
	numOrdinal
	numYear
	numMonth
)

type numInfo struct {
	kind    numKind
	lo, hi  float64 // value, or the range of a vague count ("hundreds")
	approx  bool
	unit    uint64 // id of the counted noun, 0 when unknown
	unitTok int    // index of the unit token, -1
}

var seed = maphash.MakeSeed()

func hashKey(k string) uint64 { return maphash.String(seed, k) &^ (3 << 62) }

// Ids of concepts and numbers are kept apart from key hashes by the top bits.
func conceptID(c int32) uint64  { return 1<<63 | uint64(c) }
func numberID(v float64) uint64 { return 1<<62 | (math.Float64bits(v) >> 2) }

// stopWords are function words: they neither count as shared content nor as
// a difference.
var stopWords = map[string]bool{}

func initStopWords() {
	for _, w := range strings.Fields(`a an the of in on at to is are was were be been being and or with by for from as that this these those it its his her their there here while some which who whom whose into onto than then very also just has have had do does did will would can could shall should may might must he she they we you i me him them us our your my one's s yet
		في من على إلى الى عن أن إن ان مع هذا هذه ذلك تلك التي الذي الذين ثم أو او بين حول لدى عند قد كان كانت يكون تكون هو هي هم نحن أنا كما لكن بل حتى إذا اذا كل أي ايه به بها له لها فيه فيها منه منها عليه عليها إليه وهو وهي وفي ومن وعلى وأن وإن أنه أنها انه انها بأنه بأنها لأنه لأنها وأنه وأنها وإنه وإنها فإنه فإنها كأنه كأنها أنهم بأنهم لأنهم وأنهم تم يتم عام سنة خلال بعد قبل منذ ضد عبر فى الي علي بينما وبينما`) {
		stopWords[textnorm.Normalize(w)] = true
	}
}

// tokenize splits s into tokens with rune offsets. Digits and Arabic
// letters are split apart ("و900" is "و" and "900"), so a number glued to a
// clitic is still a number.
func tokenize(s string, toks []token, words wordCache) []token {
	toks = toks[:0]
	runeIdx := 0
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) || r == utf8.RuneError && size == 1 && !utf8.FullRuneInString(s[i:]) {
			i += size
			runeIdx++
			continue
		}
		if !textnorm.IsWordRune(r) {
			toks = append(toks, token{text: s[i : i+size], start: runeIdx, end: runeIdx + 1, punct: true, sep: r == ',' || r == '،' || r == '؛' || r == ';'})
			i += size
			runeIdx++
			continue
		}
		if e := textnorm.Initialism(s, i); e > i {
			// "U.S.", "U.N.", "a.m.": one word, as typed "US", "UN", "am"
			// (fillWord drops the dots).
			toks = append(toks, token{text: s[i:e], start: runeIdx, end: runeIdx + e - i})
			runeIdx += e - i
			i = e
			continue
		}
		// A word: letters/digits, with inner apostrophes (don't) and inner
		// digit separators (2,500 or 8.2).
		startB, startR := i, runeIdx
		digit := textnorm.ScriptOf(r) == textnorm.ScriptDigit
		allDigit := digit
		for i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
			if textnorm.IsWordRune(r) {
				d := textnorm.ScriptOf(r) == textnorm.ScriptDigit
				if i > startB && d != digit && (textnorm.IsArabicLetter(r) || textnorm.IsArabicLetter(prevRune(s, i))) {
					break
				}
				digit = d
				allDigit = allDigit && d
				i += size
				runeIdx++
				continue
			}
			if i > startB && i+size < len(s) {
				next, _ := utf8.DecodeRuneInString(s[i+size:])
				prev := prevRune(s, i)
				if (r == '\'' || r == '’') && unicode.IsLetter(prev) && unicode.IsLetter(next) && next < 0x80 {
					i += size
					runeIdx++
					continue
				}
				if (r == ',' || r == '.' || r == '٬' || r == '٫') && allDigit && textnorm.ScriptOf(prev) == textnorm.ScriptDigit && textnorm.ScriptOf(next) == textnorm.ScriptDigit {
					i += size
					runeIdx++
					continue
				}
				if r == '-' && compoundNumber(s[startB:i], s[i+size:]) {
					// "Twenty-seven", "thirty-first": one number, one
					// token, so that the words around it are its own
					// ("Twenty-seven people were injured").
					i += size
					runeIdx++
					continue
				}
			}
			break
		}
		toks = append(toks, token{text: s[startB:i], start: startR, end: runeIdx})
	}
	for j := range toks {
		if !toks[j].punct {
			words.fill(&toks[j])
		}
	}
	markUnits(toks)
	markNumbers(toks)
	markTimeEdges(toks)
	markHowever(toks)
	markConcessions(toks)
	markConditions(toks)
	markAnonymity(toks)
	markHolders(toks)
	markLegalTerms(toks)
	markNegation(toks)
	return toks
}

// markLegalTerms takes the negation off عدم in a ruling's terms: "قضت
// بعدم دستورية المادة" (ruled the article unconstitutional), "الدفع بعدم
// الدستورية", "عدم شرعية القرار". The phrase names a finding; the court
// ("المحكمة الدستورية"), the constitution and the article are not negated.
func markLegalTerms(toks []token) {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].cue&cueNeg == 0 || !strings.HasSuffix(toks[k].norm, "عدم") {
			continue
		}
		switch strings.TrimPrefix(toks[k+1].norm, "ال") {
		case "دستوريه", "شرعيه", "قانونيه", "مشروعيه", "اختصاص":
			uncue(&toks[k], cueNeg)
		}
	}
}

// markHolders tells حَمَلة (holders, bearers) from حملة (a campaign), one
// spelling: before what is held ("حملة الشهادات العليا", degree holders;
// "من غير حملة شهادة الصيدلة", not holders of a pharmacy degree) the word is
// the holders, no campaign another account names.
func markHolders(toks []token) {
	for k := 0; k+1 < len(toks); k++ {
		switch toks[k].norm {
		case "حمله", "وحمله", "لحمله", "بحمله":
		default:
			continue
		}
		next := strings.TrimPrefix(toks[k+1].norm, "ال")
		for _, h := range heldThings {
			if strings.HasPrefix(next, h) {
				toks[k].key, toks[k].ent = "حامل", nil
				toks[k].id = hashKey(toks[k].key)
				break
			}
		}
	}
}

// heldThings are what holders hold, as the start of a normalised word
// without its article.
var heldThings = []string{"شهاد", "سلاح", "جنسي", "اسهم", "سندات", "بطاق", "دكتوراه", "ماجستير", "اجاز", "دبلوم", "جواز"}

// markAnonymity takes the words of a source's request for anonymity out of
// what the statement says: "who asked not to be named", "speaking on
// condition of anonymity", "not authorised to speak to the media", "طلب
// عدم الكشف عن اسمه", "فضلت عدم ذكر اسمها", "غير مخول بالتصريح". Their
// negation negates nothing the other side tells, and their words ("طلب",
// asked) are no claim: "طلب عدم الكشف عن اسمه" against "نحن لا نطلب
// امتيازات" is no flip.
func markAnonymity(toks []token) {
	for k := range toks {
		if !anonymityEnds[toks[k].norm] {
			continue
		}
		from := -1
		for j := k - 1; j >= 0 && j >= k-5 && !toks[j].punct; j-- {
			if anonymityNegs[toks[j].norm] {
				from = j
			}
		}
		if toks[k].norm == "anonymity" {
			from = k
			for j := k - 1; j >= 0 && j >= k-3 && !toks[j].punct; j-- {
				if anonymityOpeners[toks[j].norm] {
					from = j
				}
			}
		}
		if from < 0 {
			continue
		}
		if from > 0 && anonymityAsks[toks[from-1].norm] {
			from-- // "asked not to be named", "طلب عدم الكشف"
		}
		for j := from; j <= k; j++ {
			uncue(&toks[j], cueNeg|cueDenial)
			toks[j].stop = true
		}
	}
}

var (
	// anonymityEnds end a request for anonymity: "named", "اسمه".
	anonymityEnds = normSet("named identified anonymity authorised authorized اسمه اسمها اسمهم هويته هويتها هويتهم بالتصريح بالحديث")
	// anonymityNegs negate what the source allows: "not to be named",
	// "عدم الكشف", "غير مخول".
	anonymityNegs = normSet("not عدم غير")
	// anonymityOpeners open "on condition of anonymity".
	anonymityOpeners = normSet("on condition requested")
	// anonymityAsks ask for it: "asked not to be named", "طلب عدم".
	anonymityAsks = normSet("asked declined wished طلب طلبت فضل فضلت اشترط اشترطت مفضلا مفضلة طالبا")
)

// markTimeEdges takes the end or the start of a time for what it is, part
// of a date: "by the end of 2026", "at the start of next year", "بحلول
// نهاية العام", "مطلع سبتمبر". It keeps its word but loses its lexicon
// entry, and with it its opposites: "the rest will leave by the end of
// 2026" does not set an end against "بدء الانسحاب". "the end of the war"
// is an end.
func markTimeEdges(toks []token) {
	for i := range toks {
		if !timeEdges[toks[i].norm] {
			continue
		}
		k := i + 1
		if k < len(toks) && toks[k].norm == "of" {
			k++
			for k < len(toks) && timeDeterminers[toks[k].norm] {
				k++
			}
		}
		if k == i+1 && latin(toks[i].key) || k >= len(toks) {
			continue // English says "the end of": "end" alone is a verb or an event
		}
		if t := &toks[k]; t.num.kind == numYear || t.num.kind == numMonth || timeNouns[t.norm] {
			toks[i].ent = nil
		}
	}
}

var (
	timeEdges       = normSet("end beginning start middle نهاية بداية مطلع أواخر أوائل منتصف")
	timeDeterminers = normSet("the this next last that its their")
	timeNouns       = normSet(`year years month week decade century quarter season summer winter spring autumn fall term day
		العام عام السنة سنة الشهر شهر الأسبوع أسبوع العقد القرن الربع الصيف الشتاء الربيع الخريف الموسم الدورة الولاية اليوم`)
)

// concessive words introduce someone else's denial, which the statement
// mentions and does not make: "يبدأ الجمعة رغم نفي الجبهة" (starts Friday
// despite the Front's denial), "despite denials", "amid denials".
var concessive = map[string]bool{"رغم": true, "برغم": true, "الرغم": true, "despite": true, "spite": true, "amid": true, "وسط": true}

// markConcessions drops the denial cue of a word that denies nothing the
// statement says:
//   - a word a concessive word governs (within two words, in the same
//     clause): "despite the Front's denial";
//   - a denial that is itself negated, or offered as one of two choices,
//     which is no commitment either way: "من دون أن ينفي أو يؤكد", "did not
//     deny", "declined to confirm or deny". The negation goes too: "لم
//     ينف الخبر" negates nothing of the news;
//   - "dismiss" and "reject" said of anything but a report or a claim: "the
//     prime minister dismissed the minister" removed him from office, "the
//     party rejects the increase" opposes it.
func markConcessions(toks []token) {
	for i := range toks {
		if toks[i].cue&(cueDenial|cueFailure) != 0 && notACue(toks, i) {
			uncue(&toks[i], cueDenial|cueFailure)
			continue
		}
		if toks[i].cue&cueDenial == 0 {
			continue
		}
		for k, seen := i-1, 0; k >= 0 && seen < 2 && !toks[k].punct; k-- {
			if concessive[toks[k].norm] {
				toks[i].cue &^= cueDenial
				break
			}
			seen++
		}
		if toks[i].cue&cueDenial == 0 {
			continue
		}
		if objectDenials[toks[i].norm] && !reportObject(toks, i) {
			// A word of its own again: "dismissed" the minister is
			// "sacked" him.
			uncue(&toks[i], cueDenial)
			continue
		}
		choice := choiceWithAffirm(toks, i)
		if k := negatorBefore(toks, i); k >= 0 {
			toks[i].cue &^= cueDenial
			toks[k].cue &^= cueNeg
		} else if choice >= 0 {
			toks[i].cue &^= cueDenial
		}
		if choice >= 0 && toks[i].cue&cueDenial == 0 {
			toks[choice].cue &^= cueAffirm // "confirming" in "without denying or confirming"
		}
		if choice >= 0 {
			markMoot(toks, max(i, choice))
		}
	}
}

// markHowever takes the negation off the "غير" of "غير أن" (however):
// "غير أن الوزارة نفت أن يكون المبنى قد انهار" is a denial, not a denial
// negated.
//
// It also takes it off the "no" of a bound, "no more than 12", "لا يتجاوز
// 12", which says how many, not that none.
func markHowever(toks []token) {
	for j := 0; j+1 < len(toks); j++ {
		n, next := toks[j].norm, toks[j+1].norm
		switch {
		case n == "غير" && howeverWords[next],
			(n == "no" || n == "not") && j+2 < len(toks) && boundWords[next] && toks[j+2].norm == "than",
			(n == "لا" || n == "لم") && boundVerbs[next]:
			uncue(&toks[j], cueNeg)
		}
	}
}

var (
	boundWords = normSet("more less fewer")
	boundVerbs = normSet("يتجاوز تتجاوز يزيد تزيد يقل تقل")
)

// howeverWords make "غير" a "however": "غير أن", "غير أنه".
var howeverWords = normSet("أن ان أنه أنها انه انها")

// markConditions marks the words of a condition, from its "if" to the
// end of its clause: what would happen if something did or did not is
// stated neither way ("if subsidy spending does not fall", "إذا لم تتراجع
// نفقات الدعم", "unless the talks fail", "ما لم يتم الاتفاق"). Unlike a
// "confirm or deny", the statement says something of it all the same: a
// threat "if the US blocks our exports" conflicts with a refusal to
// respond "in case of" a block.
func markConditions(toks []token) {
	for i := range toks {
		n := toks[i].norm
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].norm
		}
		if conditionWords[n] || (n == "ان" || n == "ما") && next == "لم" || n == "حال" && i > 0 && toks[i-1].norm == "في" || purposeNot(toks, i) {
			for j, end := i+1, clauseEnd(toks, i); j < end; j++ {
				toks[j].hypo = true
			}
		}
	}
}

var conditionWords = normSet("if unless whether إذا اذا لو")

// purposeNot reports a clause opened at toks[i] that says what something
// was done so as not to happen: "so the ground would not collapse on
// him", "حتى لا تضيع الفرصة", "كي لا", "لئلا". What it negates is no fact.
func purposeNot(toks []token, i int) bool {
	n := toks[i].norm
	if n == "so" {
		for j := i + 1; j < len(toks) && j <= i+4 && !toks[j].punct; j++ {
			if modalWords[toks[j].norm] && j+1 < len(toks) && toks[j+1].norm == "not" {
				return true
			}
		}
		return false
	}
	switch purposeWords[n] {
	case purposeBeforeNot: // "حتى لا", "كي لا"
		return i+1 < len(toks) && toks[i+1].norm == "لا"
	case purposeLest:
		return true
	}
	return false
}

// The Arabic words that open a clause of purpose: those a "لا" must follow,
// and "لئلا", which carries its own.
const (
	purposeBeforeNot = 1 + iota
	purposeLest
)

var (
	modalWords   = normSet("would could might will can")
	purposeWords = func() map[string]uint8 {
		m := map[string]uint8{}
		for w := range normSet("حتى كي لكي") {
			m[w] = purposeBeforeNot
		}
		for w := range normSet("لئلا") {
			m[w] = purposeLest
		}
		return m
	}()
)

// markMoot marks the words after toks[k], the last word of a "confirm or
// deny", up to the end of its clause: what the speaker would neither
// confirm nor deny is no statement of it either way. "من دون أن ينفي أو
// يؤكد خبر الإقالة" (without denying or confirming the news of the
// dismissal) does not report the dismissal; "declined to confirm or deny
// that the minister had been sacked" does not say he was.
func markMoot(toks []token, k int) {
	for j, end := k+1, clauseEnd(toks, k); j < end; j++ {
		toks[j].moot = true
	}
}

// clauseEnd is the index of the first punctuation after toks[k], or
// len(toks): the words between end the clause of toks[k].
func clauseEnd(toks []token, k int) int {
	j := k + 1
	for j < len(toks) && !toks[j].punct {
		j++
	}
	return j
}

// uncue takes the cues bits off t, which becomes a content word again
// unless another cue or the stop list keeps it one (fillWord).
func uncue(t *token, bits uint8) {
	t.cue &^= bits
	t.stop = t.cue&(cueNeg|cueDenial|cueHedge|cueStill) != 0 || stopWords[t.norm]
}

// notACue reports a word of denial or failure that, where it stands,
// denies nothing and says nothing failed:
//   - a refusal of a request, an appeal or a motion: "رفضت المحكمة طلبات
//     الدفاع", "طلباته بسماع شهود النفي رفضت", a step of procedure;
//   - "غيابيا", tried in absentia, not an absence of the trial;
//   - "rumours" not called so by someone ("dismissed as rumours", "وصفها
//     بالشائعات"): "Rumours of a devaluation spread" reports them;
//   - "النفي" after witnesses or evidence: "شهود النفي" are the defence's
//     witnesses, "أدلة النفي" its evidence, terms of a trial.
func notACue(toks []token, i int) bool {
	t := &toks[i]
	switch {
	case denialNouns[t.norm] && i > 0 && trialNouns[toks[i-1].norm]:
		return true
	case refusalWords[t.norm]:
		for _, d := range [2]int{1, -1} {
			// Four words: "طلباته بسماع شهود النفي رفضت".
			for k, n := i+d, 0; k >= 0 && k < len(toks) && n < 4 && !toks[k].punct; k += d {
				if requestNouns[toks[k].key] {
					return true
				}
				if !toks[k].stop {
					n++
				}
			}
		}
	case t.norm == "lies" || t.norm == "lie":
		// "where Beled Hawo lies on the border": where a place is.
		prev := ""
		if i > 0 {
			prev = toks[i-1].norm
		}
		return i+1 < len(toks) && facts.LiesAt(prev, toks[i+1].norm)
	case strings.HasPrefix(t.norm, "غيابي"):
		return true
	case t.norm == "false" || t.norm == "fake":
		// Before a noun that is not a telling, a kind of thing: "the
		// false ceiling", "a crackdown on fake medicines". "False
		// reports", "fake news" and "is false" deny.
		if i+1 < len(toks) {
			n := &toks[i+1]
			return !n.punct && !n.stop && n.cue == 0 && !reportNouns[n.norm] && !toldThings[n.norm]
		}
	case rumourWords[t.norm]:
		for k, n := i-1, 0; k >= 0 && n < 3 && !toks[k].punct; k-- {
			if rumourCallers[toks[k].norm] || toks[k].cue&cueDenial != 0 {
				return false
			}
			n++
		}
		return true
	}
	return false
}

var (
	denialNouns  = normSet("النفي")
	trialNouns   = normSet("شهود شاهد أدلة دليل بينات")
	refusalWords = normSet("رفض رفضت يرفض ترفض رفضه رفضها rejected rejects reject refused refuses refuse")
	requestNouns = keySet("طلب طلبات طلباته الطلبات طعن طعون استئناف التماس مقترح اقتراح دعوى" +
		" request requests appeal appeals motion motions petition petitions plea pleas bid bids application applications")
	rumourWords   = normSet("rumor rumors rumour rumours شائعات شائعة الشائعات الشائعة")
	rumourCallers = normSet(`called calling described describing as mere just only
		وصف وصفت ووصف واصفا واصفة اعتبر اعتبرت معتبرا مجرد محض بأنها بأنه أنها`)
)

// negatorBefore is the negation or refusal that governs the denial word
// toks[i], within two words before it (past "أن", "to", "or", "nor"), or
// -1: "without denying", "من دون أن ينفي", "لم ينف", "declined to deny".
func negatorBefore(toks []token, i int) int {
	for k, seen := i-1, 0; k >= 0 && seen < 2 && !toks[k].punct; k-- {
		if toks[k].cue&cueNeg != 0 || declineWords[toks[k].norm] {
			return k
		}
		if !choiceLinks[toks[k].norm] {
			seen++
		}
	}
	return -1
}

// choiceWithAffirm is the word of confirming that the denial word toks[i]
// is given as the other choice of, or -1: "confirm or deny", "ينفي أو
// يؤكد".
//
// Its subject may come between, up to four words, either way: "لم ينف
// المتحدث باسم الوزارة أو يؤكد" (the ministry's spokesman neither denied
// nor confirmed), "لم يؤكد البنتاغون أو ينفِ", "ولم ينف ولم يؤكد".
func choiceWithAffirm(toks []token, i int) int {
	if i > 0 && orWords[toks[i-1].norm] {
		// Before, the confirming may have its subject after it: "لم
		// يؤكد البنتاغون أو ينفِ".
		for k, n := i-2, 0; k >= 0 && n <= 4 && !toks[k].punct; k, n = k-1, n+1 {
			if confirmWords[toks[k].norm] {
				return k
			}
		}
	}
	for j, n := i+1, 0; j+1 < len(toks) && n <= 4 && !toks[j].punct; j, n = j+1, n+1 {
		if orWords[toks[j].norm] {
			if confirmWords[toks[j+1].norm] {
				return j + 1
			}
			return -1
		}
	}
	return -1
}

// orWords join the two choices of a "confirm or deny".
var orWords = normSet("or nor او ولا ولم")

// reportObject reports whether what toks[i] is said of, its first content
// word after it in its clause, is a report, a claim or a charge, or is
// introduced by "as": "dismissed the reports", "dismissed as baseless",
// "rejects the allegations".
func reportObject(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4 && !toks[k].punct; k++ {
		if toks[k].norm == "as" || reportNouns[toks[k].norm] {
			return true
		}
		if !toks[k].stop && toks[k].norm != "any" && toks[k].norm != "such" {
			return false
		}
	}
	return false
}

var (
	objectDenials = map[string]bool{"dismiss": true, "dismissed": true, "dismisses": true, "dismissing": true,
		"reject": true, "rejects": true, "rejected": true, "rejecting": true}
	reportNouns = map[string]bool{"report": true, "reports": true, "claim": true, "claims": true, "allegation": true, "allegations": true,
		"accusation": true, "accusations": true, "charge": true, "charges": true, "rumour": true, "rumours": true, "rumor": true, "rumors": true,
		"suggestion": true, "suggestions": true, "speculation": true, "story": true, "stories": true, "account": true, "accounts": true,
		"assertion": true, "assertions": true, "idea": true, "notion": true, "talk": true}
	// toldThings are what "false" or "fake" before them calls untrue, with
	// reportNouns.
	toldThings   = normSet("news information statement statements figure figures numbers data alarm impression narrative video videos picture pictures image images photo photos document documents")
	declineWords = normSet("declined declines decline refused refuses nor neither")
	choiceLinks  = normSet("أن to or أو nor")
	confirmWords = normSet("confirm confirms confirmed confirming يؤكد تؤكد أكد تأكيد يؤكده تؤكده يؤكدها تؤكدها")
)

// isSpace is unicode.IsSpace without its table search for the Arabic
// block, which has no white space: most runes of Arabic text.
func isSpace(r rune) bool {
	if r >= 0x0600 && r <= 0x06FF {
		return false
	}
	return unicode.IsSpace(r)
}

func prevRune(s string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// wordCache remembers what fillWord computed for a word: news text repeats
// its words, and the normalising and stemming are most of Classify's cost.
// It is bounded (cleared when full) so a long stream cannot grow it.
type wordCache map[string]wordInfo

const wordCacheMax = 8192

type wordInfo struct {
	norm, key string
	id        uint64
	ent       *lexEntry
	cue       uint8
	stop, sep bool
	upper     bool
	report    bool
	frac      bool
	skel      uint64
}

func (c wordCache) fill(t *token) {
	if w, ok := c[t.text]; ok {
		t.norm, t.key, t.id, t.ent, t.cue, t.stop, t.sep, t.upper, t.report, t.frac, t.skel = w.norm, w.key, w.id, w.ent, w.cue, w.stop, w.sep, w.upper, w.report, w.frac, w.skel
		return
	}
	fillWord(t)
	if c == nil {
		return
	}
	if len(c) >= wordCacheMax {
		clear(c)
	}
	// Clone the strings: t.text points into the caller's text, which the
	// cache must not keep alive, and so may norm and key (textnorm returns
	// a word it leaves unchanged as it is).
	norm := strings.Clone(t.norm)
	key := t.key
	if k := strings.Index(norm, key); k >= 0 {
		key = norm[k : k+len(key)] // the key is most often a part of norm
	} else {
		key = strings.Clone(key)
	}
	c[strings.Clone(t.text)] = wordInfo{norm, key, t.id, t.ent, t.cue, t.stop, t.sep, t.upper, t.report, t.frac, t.skel}
}

// fillWord computes the key, lexicon entry, cues and stop flag of a word.
func fillWord(t *token) {
	w := t.text
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
		t.upper = true
	}
	// English possessive and contraction endings.
	lw := w
	negContraction := false
	if j := strings.IndexAny(lw, "'’"); j > 0 {
		tail := strings.ToLower(lw[j:])
		if strings.HasSuffix(strings.ToLower(lw[:j]), "n") && (tail == "'t" || tail == "’t") {
			negContraction = true
		}
		lw = lw[:j]
	}
	if strings.IndexByte(lw, '.') > 0 {
		lw = strings.ReplaceAll(lw, ".", "") // "U.S." (textnorm.Initialism)
	}
	norm := textnorm.Normalize(lw)
	t.norm = norm
	var stripped bool
	t.key, stripped = canonKeyVerb(textnorm.Stem(norm))
	if stopWords[norm] && lw != "US" || norm == "am" && lw != "AM" || norm == "pm" { // "US" is the country, "us" the pronoun; "a.m." a half of the day
		t.stop = true
	}
	if r, size := utf8.DecodeRuneInString(norm); size == len(norm) && unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
		// A proclitic written apart, with a tatweel ("لـ«منبر الشام»",
		// "بـ100"): a letter alone, no word.
		t.stop = true
	}
	e := lookup(t.key)
	if e == nil {
		// A short future form ("سترفع", "ستبقى") keeps its س: canonKey
		// only takes it off long words, where it cannot be a root letter.
		// Take it off when the rest is a lexicon word.
		if r, size := utf8.DecodeRuneInString(t.key); r == 'س' && utf8.RuneCountInString(t.key) >= 4 {
			if r2, _ := utf8.DecodeRuneInString(t.key[size:]); r2 == 'ي' || r2 == 'ت' || r2 == 'ن' {
				if e2 := lookup(canonKey(t.key[size:])); e2 != nil {
					e, t.key = e2, canonKey(t.key[size:])
				}
			}
		}
	}
	if e != nil && !e.noun && !stripped && definite(norm) {
		e = nil // "الدين" is not "يدين"
	}
	if e != nil && arabicNames[norm] {
		// Given names that stem as a lexicon word: "زياد" (Ziad) as
		// زيادة (a rise), "عدنان" (Adnan) as عدن (Aden).
		e = nil
	}
	if e != nil && notTheirStemWord(norm) {
		e = nil
	}
	if e != nil && oppositionBody[norm] {
		// "نواب في صفوف المعارضة": with the article, the opposition is a
		// body of parliament, not an act of opposing ("معارضته للقرار"):
		// naming it takes no side.
		e = nil
	}
	if e != nil && !memberForm(e, norm) {
		// A word that stems as a place or a class member and is none:
		// "البحر" (the sea) as البحرين, "الغاز" (gas) as بنغازي,
		// "المالية" (finance) as مالي, "using" as "US", "وأن" (and that)
		// as a currency.
		e = nil
	}
	if inClass(e, "season") && arabicNisba(norm) {
		// "الربيعي" is a surname (al-Rubaie) or "of spring", never the
		// season a statement dates itself by.
		e = nil
	}
	if e != nil {
		t.ent = e
		t.cue = e.cue &^ cueNeg
	}
	if e := lexicon[norm]; e != nil {
		t.cue |= e.cue
	}
	if t.cue == 0 {
		// Arabic conjunction clitics: ولا, فلم, ولن, and a cue verb after
		// them: ونفت (and it denied), وأكد (and he confirmed).
		if r, size := utf8.DecodeRuneInString(norm); (r == 'و' || r == 'ف') && len(norm) > size {
			if e := lexicon[norm[size:]]; e != nil {
				t.cue |= e.cue
			} else if e := lookup(canonKey(textnorm.Stem(norm[size:]))); e != nil {
				t.cue |= e.cue &^ cueNeg
			}
		}
	}
	if negContraction {
		t.cue |= cueNeg
	}
	if t.cue&(cueNeg|cueDenial|cueHedge|cueStill) != 0 {
		t.stop = true
	}
	t.report = reportWords[t.key]
	t.frac = facts.IsFraction(t.norm) || lengthWords[t.norm]
	if norm == "and" || norm == "or" || norm == "و" {
		t.sep = true
	}
	switch {
	case t.ent != nil && t.ent.concept != 0:
		t.id = conceptID(t.ent.concept)
	case t.ent == nil && pastFeminine(t.key):
		// "انسحبت القوات" and "انسحب الجيش": one verb, told of a
		// feminine and of a masculine subject.
		t.id = hashKey(t.key[:len(t.key)-len("ت")])
	default:
		t.id = hashKey(t.key)
	}
	// A Latin name is a capitalised word the lexicon does not know; an
	// Arabic one may also be a word ("صالح", "كرم"), which is why only a
	// Latin name and an Arabic word ever match by skeleton.
	if !t.stop && !t.report && t.cue == 0 && !t.sep && (t.ent == nil || !t.upper) {
		t.skel = skeleton(w, t.upper)
	}
}

// pastFeminine reports an Arabic key that reads as a past verb with the
// feminine ending (keys of four letters or more ending in ت: "انسحبت",
// "هربت", "ولدت"), which the lexicon does not know: its stem is the
// masculine form's. Nouns that end in ت are mostly of three letters ("صوت",
// "بيت"), or places the lexicon knows ("بيروت", "الكويت").
func pastFeminine(key string) bool {
	return strings.HasSuffix(key, "ت") && utf8.RuneCountInString(key) >= 4 && arabicWord(key)
}

// definite reports whether the Arabic word w carries the article, alone or
// after a one-letter proclitic ("الدين", "والدين", "بالدين", "للدين").
func definite(w string) bool {
	for _, p := range []string{"ال", "وال", "فال", "بال", "كال", "لل"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+2 {
			return true
		}
	}
	return false
}

// markUnits joins two-word lexicon entries ("dining room", "إطلاق سراح"):
// the first token takes the entry, the second is covered by it.
func markUnits(toks []token) {
	var buf [96]byte
	for j := 0; j+1 < len(toks); j++ {
		a, b := &toks[j], &toks[j+1]
		if a.punct || b.punct || a.key == "" || b.key == "" {
			continue
		}
		k := append(append(append(buf[:0], a.key...), '_'), b.key...)
		e := lexicon[string(k)]
		if e == nil {
			continue
		}
		a.ent, b.covered = e, true
		a.end = b.end
		a.text = a.text + " " + b.text
		a.norm = a.norm + " " + b.norm // "يوم الأحد" and "يوم السبت" are not one word
		a.cue |= e.cue
		a.stop = false
		if e.concept != 0 {
			a.id = conceptID(e.concept)
		} else {
			a.id = hashKey(string(k))
		}
		j++
	}
}

var numberWords = map[string]float64{}
var ordinalWords = map[string]float64{}
var vagueWords = map[string][2]float64{}
var multipliers = map[string]float64{}
var monthWords = map[string]float64{}

func initNumbers() {
	add := func(m map[string]float64, list string) {
		for _, f := range strings.Split(list, ",") {
			kv := strings.Fields(f)
			v, _ := strconv.ParseFloat(kv[0], 64)
			for _, w := range kv[1:] {
				m[textnorm.Normalize(w)] = v
			}
		}
	}
	add(numberWords, `1 one واحد واحدة,2 two اثنان اثنين اثنتين اثنتان,3 three ثلاثة ثلاث,4 four أربعة أربع,5 five خمسة خمس,6 six ستة,7 seven سبعة سبع,8 eight ثمانية ثماني,9 nine تسعة تسع,10 ten عشرة عشر,11 eleven,12 twelve dozen,13 thirteen,14 fourteen,15 fifteen,16 sixteen,17 seventeen,18 eighteen,19 nineteen,20 twenty عشرين عشرون,30 thirty ثلاثين,40 forty أربعين,50 fifty خمسين,60 sixty,70 seventy,80 eighty,90 ninety,100 hundred مئة مائة,1000 thousand ألف,1000000 million مليون,1000000000 billion مليار`)
	add(ordinalWords, `1 first 1st أول الأول الأولى أولى,2 second 2nd الثاني الثانية ثاني,3 third 3rd الثالث الثالثة,4 fourth 4th الرابع الرابعة,5 fifth 5th الخامس الخامسة,6 sixth 6th السادس السادسة,7 seventh 7th السابع السابعة,8 eighth 8th الثامن الثامنة,9 ninth 9th التاسع التاسعة,10 tenth 10th العاشر العاشرة`)
	add(multipliers, `1000 thousand thousands ألف آلاف الاف,1000000 million millions مليون ملايين,1000000000 billion billions مليار مليارات`)
	add(monthWords, `1 january يناير,2 february فبراير شباط,3 march مارس آذار,4 april أبريل ابريل نيسان,5 may مايو أيار,6 june يونيو يونية حزيران,7 july يوليو يوليه تموز,8 august أغسطس آب,9 september سبتمبر أيلول,10 october أكتوبر,11 november نوفمبر,12 december ديسمبر`)
	for _, v := range []struct {
		w      string
		lo, hi float64
	}{{"dozens", 24, 99}, {"عشرات", 20, 99}, {"hundreds", 200, 999}, {"مئات", 200, 999}, {"مئات", 200, 999}, {"thousands", 2000, 9999}, {"آلاف", 2000, 9999}, {"millions", 2e6, 9.99e8}, {"ملايين", 2e6, 9.99e8}} {
		vagueWords[textnorm.Normalize(v.w)] = [2]float64{v.lo, v.hi}
	}
}

// two-word Levantine months.
var levantMonths = map[string]float64{"كانون الثاني": 1, "كانون الاول": 12, "تشرين الاول": 10, "تشرين الثاني": 11}

// compoundNumber reports whether word, a hyphen and the start of rest make
// an English compound number word: "Twenty" and "seven people".
func compoundNumber(word, rest string) bool {
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	_, _, ok := compoundValue(strings.ToLower(word) + "-" + strings.ToLower(rest[:end]))
	return ok
}

// compoundValue is the value of a compound number word's norm
// ("twenty-seven": 27) and whether it is an ordinal ("thirty-first"): a
// tens word of numberWords, a hyphen, and a unit of numberWords or of
// ordinalWords.
func compoundValue(norm string) (v float64, ordinal, ok bool) {
	tens, unit, found := strings.Cut(norm, "-")
	t := numberWords[tens]
	if !found || t < 20 || t > 90 || math.Mod(t, 10) != 0 {
		return 0, false, false
	}
	if u := numberWords[unit]; u >= 1 && u <= 9 {
		return t + u, false, true
	}
	if u := ordinalWords[unit]; u >= 1 && u <= 9 {
		return t + u, true, true
	}
	return 0, false, false
}

// markNumbers finds numbers, ordinals, years and months and the noun each
// number counts.
func markNumbers(toks []token) {
	for j := range toks {
		t := &toks[j]
		if t.punct || t.covered {
			continue
		}
		norm := t.norm
		n := &t.num
		n.unitTok = -1
		switch {
		case isDigits(norm):
			v, ok := parseNumber(norm)
			if !ok {
				continue
			}
			n.lo, n.hi = v, v
			if v >= 1900 && v <= 2100 && v == math.Trunc(v) && !strings.ContainsAny(norm, ",.٬٫") {
				n.kind = numYear
			} else {
				n.kind = numCount
			}
		case ordinalWords[norm] != 0:
			n.kind, n.lo = numOrdinal, ordinalWords[norm]
			n.hi = n.lo
		case strings.Contains(norm, "-"):
			v, ordinal, ok := compoundValue(norm)
			if !ok {
				continue
			}
			n.kind, n.lo, n.hi = numCount, v, v
			if ordinal {
				n.kind = numOrdinal
			}
		case numberWords[norm] != 0 && !(norm == "one" && !t.upper && j > 0):
			n.kind, n.lo = numCount, numberWords[norm]
			n.hi = n.lo
		case vagueWords[norm] != [2]float64{}:
			n.kind = numCount
			n.lo, n.hi = vagueWords[norm][0], vagueWords[norm][1]
			n.approx = true
		case monthWords[norm] != 0:
			if norm == "اب" && !strings.HasPrefix(t.text, "آ") {
				continue
			}
			if norm == "may" || norm == "march" {
				if !t.upper || j == 0 {
					continue
				}
			}
			n.kind, n.lo = numMonth, monthWords[norm]
			n.hi = n.lo
		default:
			if v := moneyAfterSign(toks, j); v > 0 {
				// "€2.1m", "$3bn": an amount with its scale glued on.
				n.kind, n.lo, n.hi = numCount, v, v
			} else if j+1 < len(toks) {
				if m := levantMonths[norm+" "+toks[j+1].norm]; m != 0 {
					n.kind, n.lo, n.hi = numMonth, m, m
					t.end = toks[j+1].end
					toks[j+1].covered = true
				}
			}
			if n.kind == numNone {
				continue
			}
		}
		if n.kind == numCount && j+1 < len(toks) {
			if m := multipliers[toks[j+1].norm]; m != 0 && n.hi < m {
				n.lo, n.hi = n.lo*m, n.hi*m
				toks[j+1].covered = true
				t.end = toks[j+1].end
			}
		}
		if j > 0 {
			switch toks[j-1].norm {
			case "about", "around", "roughly", "approximately", "nearly", "almost", "some", "over", "نحو", "بنحو", "حوالي", "قرابه", "زهاء", "تقريبا", "اكثر":
				n.approx = true
			}
		}
		if n.kind == numCount || n.kind == numOrdinal {
			// The counted noun, past the words that only say whose it is:
			// "2,500 U.S. troops" and "3,000 US soldiers" count troops.
			seen := 0
			for k := j + 1; k < len(toks) && seen < 3; k++ {
				u := &toks[k]
				if u.punct {
					if u.text == "." && k > j+1 && abbrevPiece(&toks[k-1]) {
						continue // the dots of "U.S."
					}
					break
				}
				if u.covered || u.stop {
					continue
				}
				seen++
				if whose(u) {
					continue
				}
				if u.num.kind == numNone {
					n.unit, n.unitTok = u.id, k
				}
				break
			}
		}
		t.id = numberID(n.lo*16 + float64(n.kind))
		t.stop = false
	}
}

// abbrevPiece is a letter of a dotted abbreviation: "U" of "U.S.".
func abbrevPiece(t *token) bool {
	return utf8.RuneCountInString(t.text) == 1 && textnorm.IsCapitals(t.text)
}

// whose reports a word that says whose the counted thing is rather than
// what it is: a nationality or a place ("Iraqi", "American"), or an
// abbreviation in capitals ("US", the "U" and "S" of "U.S.").
func whose(t *token) bool {
	return t.ent != nil && t.ent.role != 0 || textnorm.IsCapitals(t.text)
}

// moneyAfterSign is the value of toks[j] when it is an amount written with
// its scale glued on after a currency sign ("€2.1m", "$3bn", "£40k"), else
// 0.
func moneyAfterSign(toks []token, j int) float64 {
	if j == 0 || !toks[j-1].punct || !strings.ContainsFunc(toks[j-1].text, func(r rune) bool { return unicode.Is(unicode.Sc, r) }) {
		return 0
	}
	norm := toks[j].norm
	for _, sc := range []struct {
		suffix string
		times  float64
	}{{"bn", 1e9}, {"m", 1e6}, {"k", 1e3}} {
		if digits, ok := strings.CutSuffix(norm, sc.suffix); ok && isDigits(digits) {
			if v, ok := parseNumber(digits); ok {
				return v * sc.times
			}
		}
	}
	return 0
}

func isDigits(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && c != ',' && c != '.' {
			return false
		}
	}
	return true
}

// parseNumber reads "2,500", "8.2" and "1,000.5"; a lone comma followed by
// three digits is a thousands separator.
func parseNumber(s string) (float64, bool) {
	var b [32]byte
	out := b[:0]
	for i := 0; i < len(s) && len(out) < len(b); i++ {
		if s[i] != ',' {
			out = append(out, s[i])
		}
	}
	v, err := strconv.ParseFloat(string(out), 64)
	return v, err == nil
}

// reportVerbs are the verbs of saying among reportWords (which also holds
// vague words such as "any"): a negation that governs one negates the
// saying, not what is said.
var reportVerbs = map[string]bool{}

func initReportVerbs() {
	reportVerbs = keySet(`said say says saying told tell tells mention mentioned comment commented specify specified disclose disclosed
		respond responded confirm confirmed
		قال قالت يقول تقول يقل تقل ذكر ذكرت يذكر تذكر أوضح أوضحت يوضح توضح يعلق تعلق يرد ترد`)
}

// keySet is the set of the lexicon keys (canon) of the words of list.
func keySet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[canon(w)] = true
	}
	return m
}

// arabicVerb reports whether an Arabic cue word, as written, is a verb
// rather than its verbal noun: "نفى", "ونفت", "تنفي" against "نفي",
// "النفي" (normalised, نفى and نفي are one word).
func arabicVerb(text string) bool {
	if !arabicWord(text) {
		return false
	}
	w := strings.TrimPrefix(strings.TrimPrefix(text, "و"), "ف")
	return w != "نفي" && !strings.HasPrefix(w, "ال")
}

// imperfectVerb reports an Arabic word that may be an imperfect verb, as
// "أن" takes one: "يرفع", "تكون", "نعلن".
func imperfectVerb(text string) bool {
	w := strings.TrimPrefix(strings.TrimPrefix(text, "و"), "ف")
	r, _ := utf8.DecodeRuneInString(w)
	return (r == 'ي' || r == 'ت' || r == 'ن') && utf8.RuneCountInString(w) >= 3
}

// pastSpeakerTitle returns where what an Arabic verb of denial denies may
// start, past the title of who denies when it follows the verb: "ونفى
// محافظ البنك المركزي ..." is the bank's governor denying, not a denial of
// the bank. Only the title and the noun it is of ("محافظ البنك", "وزارة
// الداخلية", "رئيس لجنة شؤون الأسرى", "المتحدث باسم الحكومة") are passed:
// what follows may be the object already ("نفت وزارة الداخلية التقارير").
// i itself when no title follows the verb.
//
// The adjectives of that body go with it ("محافظ البنك المركزي", "وزارة
// الدفاع الأمريكية"): definite words with a nisba ending; a definite noun
// of another form may be the object ("التقارير"). So do a name and a time
// set off by commas after it (pastApposition): "نفى رئيس اللجنة عبد الكريم
// الحمزي، اليوم الأحد، ما تداولته ...".
func pastSpeakerTitle(toks []token, i int) int {
	if i >= len(toks) {
		return i
	}
	k := i
	if first, _, ok := strings.Cut(toks[i].norm, " "); ok && i+1 < len(toks) && toks[i+1].covered && speakerTitles[first] {
		// A title and its body that the lexicon joins into one entry
		// ("وزارة الصحة", its second word covered), with the body's
		// adjectives.
		return pastBodyName(toks, first, pastNisbas(toks, i+2))
	}
	switch {
	case speakerTitles[toks[i].norm] || speakerTitles[strings.TrimPrefix(toks[i].norm, "ال")] && definite(toks[i].norm):
		k = i + 1
		if k < len(toks) && toks[k].norm == "باسم" {
			k++ // "المتحدث باسم الحكومة"
		} else if definite(toks[i].norm) {
			// "المتحدث الرسمي": a definite title takes no noun after it.
			k = pastNisbas(toks, k)
			break
		}
		// The noun the title is of, through a construct chain up to its
		// first definite noun: "رئيس لجنة شؤون الأسرى".
		for n := 0; n < 2 && k < len(toks) && !toks[k].punct && !toks[k].stop && arabicWord(toks[k].norm) && !definite(toks[k].norm); n++ {
			k++
		}
		if k >= len(toks) || toks[k].punct || !definite(toks[k].norm) {
			return i
		}
		return pastBodyName(toks, toks[i].norm, pastNisbas(toks, k+1))
	case speakerBodies[toks[i].norm]:
		// "نفت الحكومة العراقية ... الأنباء": the body that denies, with
		// its adjectives.
		k = pastNisbas(toks, i+1)
	default:
		return i
	}
	return pastApposition(toks, k)
}

// pastBodyName returns the index past the name set off after a speaker's
// title at k (pastApposition), or, after a body's title, only past a time
// (pastBodyTime): "نفت وزارة الموارد المائية فتح بوابات سد حمرين،": a
// ministry has no name after it; what follows is what it denies.
func pastBodyName(toks []token, title string, k int) int {
	if bodyTitles[title] {
		return pastBodyTime(toks, k)
	}
	return pastApposition(toks, k)
}

// bodyTitles are the speakerTitles that name a body, not a person: no
// name follows them.
var bodyTitles = normSet("وزارة مكتب")

// pastBodyTime returns the index past a time or a place of saying set off
// by commas at k ("، في بيان،"), or k.
func pastBodyTime(toks []token, k int) int {
	if k < len(toks) && isComma(toks[k].text) {
		return pastTime(toks, k+1, k)
	}
	return k
}

// pastNisbas returns the index past the definite relational adjectives
// from k on.
func pastNisbas(toks []token, k int) int {
	for k < len(toks) && !toks[k].punct && definite(toks[k].norm) && nisba(toks[k].norm) {
		k++
	}
	return k
}

// pastApposition returns the index past what an Arabic speaker's title
// may have after it before the verb's object: where it is ("في صنعاء") and
// the speaker's name, closed by a comma, then a time closed by a comma
// ("عبد الكريم الحمزي، اليوم الأحد،"); k when none is there. The name is
// at most four words, none a function word but في, none a cue: a clause
// that says something is not passed.
func pastApposition(toks []token, k int) int {
	j := k
	for n := 0; j < len(toks) && !toks[j].punct && n < 6; j, n = j+1, n+1 {
		if toks[j].cue != 0 || toks[j].stop && toks[j].norm != "في" || !arabicWord(toks[j].norm) {
			return k
		}
	}
	if j == k || j >= len(toks) || !isComma(toks[j].text) {
		if j == k && j < len(toks) && isComma(toks[j].text) {
			return pastTime(toks, k+1, k)
		}
		return k
	}
	return pastTime(toks, j+1, j+1)
}

// pastTime returns the index past a time or a place of saying of at most
// three words closed by a comma from k on ("اليوم الأحد،", "مساء
// الاثنين،", "في بيان،"), or none when there is no such phrase.
func pastTime(toks []token, k, none int) int {
	time := k < len(toks) && adverbialPreps[toks[k].norm]
	j := k
	for n := 0; j < len(toks) && !toks[j].punct && n < 3; j, n = j+1, n+1 {
		time = time || dayWord(toks[j].norm) || toks[j].num.kind == numMonth
	}
	if time && j < len(toks) && isComma(toks[j].text) {
		return j + 1
	}
	return none
}

func isComma(s string) bool { return s == "," || s == "،" }

// dayWord reports a normalised word, or a token of two ("اليوم الأحد"),
// that names a day or a part of one.
func dayWord(norm string) bool {
	for _, w := range strings.Fields(norm) {
		if dayTimeWords[w] {
			return true
		}
	}
	return false
}

var dayTimeWords = normSet(`اليوم يوم أمس الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت صباح مساء ليل ليلة فجر ظهر عصر صباحا`)

// arabicWord reports a word in Arabic script.
func arabicWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return textnorm.ScriptOf(r) == textnorm.ScriptArabic
}

// lengthWords make facts read a length without a number: "open-ended",
// "week-long", "indefinite", "إضراب مفتوح" (as normalised).
var lengthWords = normSet("ended long indefinite مفتوح مفتوحا مفتوحة المفتوح المفتوحة")

// speakerBodies are bodies that deny by name, definite, after an Arabic
// verb of denial: the subject, not what is denied.
var speakerBodies = normSet("الحكومة السلطات الشرطة الجيش الرئاسة الوزارة الشركة الحركة الجماعة الهيئة النيابة الخارجية الداخلية")

// speakerTitles are the nouns of an official or a body that take the
// body they are of after them, as normalised.
var speakerTitles = normSet("محافظ وزير مصدر متحدث ناطق رئيس مسؤول مدير نائب وزارة سفير قائد مكتب أمين")

// normSet is the set of the normalised forms of the words of list, the
// form a token's norm has: written as they are spelled, hamza and all.
func normSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[textnorm.Normalize(w)] = true
	}
	return m
}

// arabicNames are given names, as normalised, that are no other word in
// news Arabic but stem as one.
var arabicNames = normSet("زياد عدنان سلمان سعيد")

// notTheirStem are words the stemmer folds onto a lexicon word they are
// not: "الإعلان" (the announcement) onto أعلى (higher), "التحتية" (of
// infrastructure) onto تحت (under), "news" onto "new", "nearly" onto
// "near", "shortly" onto "short"; "عمليات" (operations) and "يعمل" (works)
// onto عملة (currency), "حاليا" (currently) onto حالات (cases), "البلدين"
// (the two countries) onto بلدة (a town), "يدفع" (pays) onto دفعة (a
// batch), "يذهب" (goes) onto ذهب (gold), "قاعدة" (a base) onto تقاعد
// (retirement), "أسرة" (a family) onto أسرى (prisoners), "التحريات"
// (inquiries) onto حرية (freedom), "تقريبا" (about) onto قريب (near),
// "نطاق" (scope) onto طاقة (energy), "تقديم" (presenting) onto قديم (old),
// "كيماوية" (chemical) onto مأوى (shelter), "بالغة" (severe) onto إلغاء
// (cancelling), "ترخيص" (a licence) onto رخيص (cheap), "جارية" (under way)
// onto تجارة (trade), "يستغرق" (takes) onto غرق (sinking), "نيسان"
// (April) onto كنيسة (a church); "التواصل" (communication, as in مواقع
// التواصل) onto تواصل (continues), a word of continuation, and "الغابات"
// (the forests) onto غاب (was absent), a word of failure, "تجديد" (renewing)
// onto جديد (new). Found by listing, for every word of the
// hold-out articles and the ANS titles with a lexicon entry, those written
// like none of the entry's words. Each could give an antonym, a shared
// concept across the two languages, or a negated word the sentence did
// not hold ("far" against "nearly").
var notTheirStem = normSet(`إعلان إعلانات تحتية news nearly shortly
	عمليات عملية عمليا تعمل يعمل يعملون تعملان حاليا الحالي الحالية البلدين يدفع تدفع سيدفع ستدفع ندفع يدفعان
	يذهب تذهب قاعدة أسرة أسرته التحريات تقريبا نطاق تقديم كيماوية كيماوي بالغة ترخيص جارية يستغرق تستغرق نيسان
	التواصل والتواصل للتواصل بالتواصل غابة غابات تجديد التجديد بتجديد`)

// oppositionBody are the forms of "the opposition", as token norms.
var oppositionBody = normSet("المعارضة والمعارضة للمعارضة بالمعارضة")

// notTheirStemWord reports whether norm, without its clitics, is one of
// notTheirStem.
func notTheirStemWord(norm string) bool {
	for _, c := range bareForms(norm) {
		if notTheirStem[c.form] {
			return true
		}
	}
	return notTheirStem[norm]
}

// arabicNisba reports an Arabic word with a nisba ending: nisba of a word
// in Arabic script.
func arabicNisba(w string) bool { return arabicWord(w) && nisba(w) }

// nisba reports an Arabic relational adjective (نسبة), normalised: one
// ending in ية or ي with a stem of three letters or more ("نظامية",
// "شرعي", "قانونية"), which غير turns into its opposite as one word.
func nisba(w string) bool {
	for _, suf := range []string{"يه", "ية", "ي"} {
		// A stem of two letters takes the feminine ending ("غير صحية",
		// unhealthy), not ي alone, which ends many verbs.
		if stem, ok := strings.CutSuffix(w, suf); ok && utf8.RuneCountInString(stem) >= 3 || ok && suf != "ي" && utf8.RuneCountInString(stem) == 2 {
			return true
		}
	}
	return false
}

// auxiliaries follow the subject of an English clause: "the syrup was
// contaminated", "the minister had been sacked".
// noSubjectEnd returns, for a "no" at toks[j] that opens the subject of a
// verb of what befalls people ("No passengers or crew members were
// injured", "No staff member was hurt", "no one was arrested"), the index
// of the verb's auxiliary, or 0: those people were there, what befell none
// of them is negated. Other verbs keep their subject in the scope: "no deal
// was reached", "No live rounds were fired", "No protest has taken place"
// deny the deal, the rounds and the protest.
func noSubjectEnd(toks []token, j int) int {
	if toks[j].norm != "no" {
		return 0
	}
	for k, words := j+1, 0; k < len(toks) && words <= 4; k++ {
		u := &toks[k]
		switch {
		case auxiliaries[u.norm] && words > 0:
			m := k + 1
			for m < len(toks) && (auxiliaries[toks[m].norm] || toks[m].norm == "been" || toks[m].norm == "being") {
				m++
			}
			if m < len(toks) && outcomeAt(outcomeWords(), toks, m) != 0 {
				return k
			}
			return 0
		case u.punct && u.text != ",", u.num.kind != numNone:
			return 0
		case u.norm == "or" || u.norm == "and" || u.text == ",":
		default:
			words++
		}
	}
	return 0
}

var auxiliaries = map[string]bool{"was": true, "were": true, "is": true, "are": true, "had": true, "has": true, "have": true,
	"been": true, "would": true, "will": true, "could": true}

// namesGroup reports a token k that names a group: "among" or "بين", or
// "of" or من after a word that picks one or none from it ("none of the
// injuries", "أي من الإصابات"). The group is there, whatever is said or
// denied of some of it.
func namesGroup(t []token, k int) bool {
	switch w := t[k].norm; {
	case w == "among" || w == "بين":
		return true
	case w == "of" || w == "من":
		return k > 0 && pickWords[t[k-1].norm]
	}
	return false
}

// groupAfter is the last token of the group that token k names
// (namesGroup), -1 when it names none: up to the auxiliary that says what
// none of it is ("none of the injuries was"), else its first content word.
func groupAfter(t []token, k int) int {
	if !namesGroup(t, k) {
		return -1
	}
	for m := k + 1; m < len(t) && m <= k+5 && !t[m].punct; m++ {
		if auxiliaries[t[m].norm] {
			return m - 1
		}
	}
	m := k + 1
	for m < len(t) && t[m].stop && !t[m].punct {
		m++
	}
	if m < len(t) && !t[m].punct {
		return m
	}
	return m - 1
}

// pickWords pick one or none from a group named after "of" or من, as
// token norms.
var pickWords = normSet("none any neither either one أي أحد")

// complementizers open the clause a denial denies, as token norms (أن is
// ان once normalised).
var complementizers = normSet("that أن بأن")

// transparentNouns, under a negation, pass it on to what they are of.
var transparentNouns = map[string]bool{}

func initTransparentNouns() {
	transparentNouns = keySet(`any plan plans intention intentions existence نية خطة خطط وجود حالة حالات`)
}

// commentWords, with the verbs of saying (reportVerbs), make the wire's
// "no comment" formula when a negation or a refusal (declineWords, or the
// Arabic abstainWords, by key for their clitics: "وامتنع") governs them: "There was no immediate
// comment from the ministry", "declined to comment", "ولم يصدر عن الوزارة
// أي تعليق", "امتنع المتحدث عن التعليق". With the words of comment are
// those of checking and of knowing: "Reuters could not independently
// verify the reports", "ولم يتسن للجزيرة التحقق من الأرقام", "It was not
// immediately clear how many were inside", "ولم يتضح بعد سبب الحريق" say
// what is not known, not that it is false.
var commentWords, unclearWords, abstainWords = map[string]bool{}, map[string]bool{}, map[string]bool{}

var contrastWords = normSet(`but however yet لكن لكنه لكنها ولكن بيد`)

func initCommentWords() {
	commentWords = keySet(`comments تعليق التعليق علق علقت verify verified التحقق clear known يتضح تتضح الإدلاء`)
	unclearWords = keySet(`unclear`)
	abstainWords = keySet(`رفض رفضت امتنع امتنعت يمتنع تمتنع`)
	replyVerbs = keySet(`answer answered answers answering respond responded responds reply replied return returned
		يرد ترد يردوا الرد`)
	contactNouns = keySet(`call calls phone message messages email emails request requests question questions inquiry inquiries
		اتصال اتصالات الاتصالات مكالمة مكالمات طلب طلبات أسئلة استفسار استفسارات رسالة رسائل`)
}

// replyVerbs and contactNouns make the reporter's silence formula: a call,
// a message or a request that was not answered or returned ("did not
// answer calls", "did not return messages seeking comment", "ولم يرد
// المكتب على اتصالات الجزيرة"). A reply to anything else is an act: "did
// not respond to the attack" says something.
var replyVerbs, contactNouns = map[string]bool{}, map[string]bool{}

// commentAt reports whether t[i] is a word of comment: a comment word, a
// verb of saying, or a reply whose object, within four words, is a call, a
// request or a comment. "did not respond to the attack" is no silence.
func commentAt(t []token, i int) bool {
	if !replyVerbs[t[i].key] {
		return commentWords[t[i].key] || reportVerbs[t[i].key]
	}
	for k := i + 1; k < len(t) && k <= i+4 && !clauseBreak(&t[k]); k++ {
		if contactNouns[t[k].key] || commentWords[t[k].key] {
			return true
		}
	}
	return false
}

// noComment reports whether the statement t says only that someone did
// not comment or say, or that something is not known or could not be
// checked: every comment word and verb of saying in it comes after a
// negation or a refusal in its clause (or it says "unclear"), and it has
// no number and no "but" or "while" to say something else ("declined to
// comment, but said 12 people had died", "ولم يصدر تعليق من الجيش، فيما
// قالت قوات الدعم السريع إنها لا تملك طائرات مسيرة" say something).
func noComment(t []token) bool {
	found := false
	for i := range t {
		if t[i].num.kind != numNone || contrastWords[t[i].norm] || subordinators[t[i].norm] {
			return false
		}
		if unclearWords[t[i].key] {
			found = true
			continue
		}
		// A verb of saying counts as a word of comment: "did not say how
		// many were hurt", "ولم تذكر الشرطة عدد المصابين" say nothing. Not
		// negated, it says something ("the ministry said ...").
		if !commentAt(t, i) {
			continue
		}
		negated := false
		for k, n := i-1, 0; k >= 0 && n < 6 && !clauseBreak(&t[k]); k, n = k-1, n+1 {
			if t[k].cue&(cueNeg|cueFailure) != 0 || declineWords[t[k].norm] || abstainWords[t[k].key] {
				negated = true
				break
			}
		}
		if !negated {
			return false
		}
		found = true
	}
	return found
}

// measureNouns name a quantity of something ("rate", "prices", "معدلات"):
// shared by themselves, they do not make two statements about one thing
// ("interest rate" and "unemployment rate").
var measureNouns = map[string]bool{}

func initMeasureNouns() {
	measureNouns = keySet(`rate rates level levels price prices number numbers amount value index figure
		معدل معدلات نسبة مستوى مستويات سعر أسعار عدد قيمة مؤشر`)
}

// weakWord reports whether t, a claim word a statement shares, says by
// itself little of what the claim is about: a place or a measure.
func weakWord(t *token) bool {
	return measureNouns[t.key] || t.ent != nil && placeRole(t.ent)
}

// relationNouns name a link between things, or what one thing says of
// another ("explain", "mean"); a negation of one ends at it: "the rain
// alone does not explain the collapse" does not deny the collapse.
var relationNouns = map[string]bool{}

func initRelationNouns() {
	relationNouns = keySet(`connection connections link links relation relationship علاقة صلة
		explain explains explained justify justifies justified mean means imply implies
		تفسر يفسر تفسير يبرر تبرر يعني تعني`)
}

// exceedWords, negated, bound a number from above ("لا يتجاوز", "did not
// exceed"): a bound, not a negation of the words between.
var exceedWords = normSet("exceed exceeds exceeded يتجاوز تتجاوز يتعدى تتعدى")

// scopePreps end a plain negation's scope after the word it negates.
var scopePreps = normSet("in of on at from into في على من عن")

// adverbialPreps open the phrase that says where or how a denial was made
// when it comes right after the denial.
var adverbialPreps = map[string]bool{"في": true, "خلال": true, "عبر": true, "in": true, "via": true, "through": true}

// becauseWords open a cause: "because (of)", "due to", "بسبب", "لأن".
var becauseWords = normSet("because due owing بسبب لأن لان جراء")

// negatesCause reports whether the negation cue at j denies a cause, not
// what it was the cause of: "not" within three words before "because", and
// another cause given later in the sentence ("not because X but because
// Y", "did not die because of X, they died because of Y"). With one cause
// alone, "no one died because the alarm sounded in time" keeps its
// negation.
func negatesCause(toks []token, j int) bool {
	if toks[j].cue&cueNeg == 0 || toks[j].cue&cueDenial != 0 {
		return false
	}
	first := -1
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		if toks[k].punct || toks[k].sep {
			return false
		}
		if becauseWords[toks[k].norm] {
			first = k
			break
		}
	}
	if first < 0 {
		return false
	}
	return slices.ContainsFunc(toks[first+1:], func(u token) bool { return becauseWords[u.norm] })
}

// onlyThen reports a past negation cue at j that says when a thing was
// done, not that it was not: "did not order ... until Wednesday", "had not
// reopened until late on Friday" (English "not" after a past auxiliary,
// "until" and a time in its clause), "لم تصدر القرار إلا يوم الأربعاء", "ما
// أعلن ذلك إلا بعد أسبوع" (Arabic لم or ما with إلا in its clause, not
// "إلا أن", however, nor "إلا إذا", unless). A future or a present keeps its
// negation: "will not reopen until Friday" says it is closed now, "لن يبدأ
// إلا بعد العيد" that it has not begun.
func onlyThen(toks []token, j int) bool {
	arabic := toks[j].norm == "لم" || toks[j].norm == "ما"
	if !arabic && !(toks[j].norm == "not" && j > 0 && pastAux[toks[j-1].norm] || pastNegated[toks[j].norm]) {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+12; k++ {
		if toks[k].punct || toks[k].sep {
			return false
		}
		if arabic && toks[k].norm == illa {
			return k+1 < len(toks) && !exceptNot[toks[k+1].norm]
		}
		if !arabic && (toks[k].norm == "until" || toks[k].norm == "till") {
			for m := k + 1; m < len(toks) && m <= k+3 && !toks[m].punct; m++ {
				if toks[m].num.kind != numNone || whenWords[toks[m].norm] {
					return true
				}
			}
			return false
		}
	}
	return false
}

var (
	pastAux     = normSet("did had was were")
	pastNegated = normSet("didn hadn wasn weren") // "didn't" and the like, as normalised
	// illa is إلا as normalised, the "except" of لم ... إلا.
	illa = textnorm.Normalize("إلا")
	// exceptNot are the words after إلا that make it no "only": "إلا أن"
	// (however), "إلا إذا" (unless).
	exceptNot = normSet("أن ان إذا اذا")
	// whenWords open a time after "until": a day, a month, a part of one.
	whenWords = normSet("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august" +
		" september october november december late early mid midnight noon dawn after the last next this")
)

// englishVerbAt reports whether t[k] reads as the finite verb of an English
// clause whose subject ends just before it: a past in -ed or an irregular
// past ("the army shelled", "the guards shot"), or a present in -s before
// a function word or a number ("the deal provides for", "the company owns
// the plant"; not "the police officers shot", where "officers" is followed
// by a content word). Callers ask it only inside a that-clause, where a
// finite verb is due; names (upper case) are no verbs.
func englishVerbAt(t []token, k int) bool {
	if k >= len(t) || t[k].punct || t[k].upper || t[k].stop || arabicWord(t[k].norm) {
		return false
	}
	w := t[k].norm
	switch {
	case irregularPasts[w]:
		return true
	case len(w) >= 5 && strings.HasSuffix(w, "ed"):
		return true
	case facts.SEnding(w):
		return k+1 < len(t) && !t[k+1].punct && (t[k+1].stop || t[k+1].num.kind != numNone)
	}
	return false
}

// irregularPasts are English pasts without -ed that news clauses open
// with after their subject.
var irregularPasts = normSet("shot hit fled took made sent left held led fell rose won lost paid sold built brought caught began broke kept met ran saw struck stole went came gave got found set cut put spent fought froze drove flew threw wrote stood sank burnt")

// lightVerbs say only that a thing was there or was done: "denied that
// tear gas had been used", "that any shots were fired", "that a meeting
// had taken place" deny the thing itself; "that migrants had been taken to
// the border" denies the taking.
var lightVerbs = normSet("used employed fired happened occurred made conducted")

// lightPassive reports auxiliaries from token k (up to three: "had been")
// followed by a light verb (lightVerbs).
func lightPassive(toks []token, k int) bool {
	for m := k; m < len(toks) && m < k+3; m++ {
		if !auxiliaries[toks[m].norm] {
			// "taken place", not "taken to the border"
			return lightVerbs[toks[m].norm] || toks[m].norm == "taken" && m+1 < len(toks) && toks[m+1].norm == "place"
		}
	}
	return false
}

// pastReport returns where the words a denial denies begin when its object
// is a report, told with where it circulated: "denied reports circulating
// on social media that one of the pilgrims had died", "نفت المديرية ما
// تداولته حسابات على مواقع التواصل الاجتماعي عن وفاة طفلة". It is the
// complementizer ("that", "أن"), which markNegation reads as the opening of
// the denied clause, or the word after "about" ("عن", "بشأن", "حول"); from
// itself when the words at from are no report, or no such word follows it
// within ten words of its clause.
func pastReport(toks []token, from int) int {
	k := from
	for ; k < len(toks) && k < from+6; k++ {
		// Past "such", "the", and past the subject an Arabic verb puts
		// before its object: "نفى المكتب الإعلامي لوزارة الكهرباء ما
		// تداولته".
		u := &toks[k]
		if u.punct || u.cue&(cueNeg|cueDenial) != 0 || complementizers[u.norm] ||
			reportNouns[u.norm] || reportNounsAr[u.norm] || circulated(toks, k) {
			break
		}
		if !u.stop && !arabicWord(u.norm) {
			return from // "denied the minister had resigned": no report
		}
	}
	if k >= len(toks) || !reportNouns[toks[k].norm] && !reportNounsAr[toks[k].norm] && !circulated(toks, k) {
		return from
	}
	for m := k + 1; m < len(toks) && m <= k+10; m++ {
		switch u := &toks[m]; {
		case u.punct || u.cue&(cueNeg|cueDenial) != 0:
			return from
		case complementizers[u.norm]:
			return m
		case reportAbout[u.norm]:
			return m + 1
		}
	}
	return from
}

// circulated reports "ما" at k opening what was circulated or published:
// "ما تداولته", "ما تم تداوله", "ما جرى تداوله", "ما نشرته".
func circulated(toks []token, k int) bool {
	if toks[k].norm != "ما" {
		return false
	}
	for m := k + 1; m < len(toks) && m <= k+2; m++ {
		if strings.Contains(toks[m].norm, "تداول") || publishedForms[toks[m].norm] {
			return true
		}
	}
	return false
}

var (
	// reportNounsAr are the Arabic reportNouns: news, reports, rumours.
	reportNounsAr = normSet(arabicReportNouns + " إشاعات الإشاعات ادعاءات الادعاءات")
	// publishedForms are the verbs of "ما نشرته" (what it published):
	// published, reported, passed around, spread.
	publishedForms = normSet("نشرته نشرتها نشره أوردته أوردتها أورده تناقلته تناقلتها روجته روجتها")
	// reportAbout open what a report is about.
	reportAbout = normSet("about عن بشأن حول حيال بخصوص")
)

// kanaForms are the imperfect forms of كان that open a denied clause
// ("أن يكون", "أن تكون"), as token norms.
var kanaForms = normSet("يكون تكون يكونوا تكونا يكونا")

// markNegation marks the content words a negation cue governs: up to two
// content words after it, stopping at punctuation or a conjunction. "لا
// يزال" (still) is not a negation.
//
// A denial ("تنفي أي حرب") governs its words the same way.
func markNegation(toks []token) {
	for j := range toks {
		if toks[j].cue&(cueNeg|cueDenial) == 0 {
			continue
		}
		if j+1 < len(toks) && toks[j+1].cue&cueStill != 0 {
			toks[j].cue &^= cueNeg
			continue
		}
		if j+1 < len(toks) && toks[j+1].norm == "سيما" {
			// "ولا سيما البنك الدولي": especially, no negation.
			toks[j].cue &^= cueNeg
			continue
		}
		if j+1 < len(toks) && exceedWords[toks[j+1].norm] || j+2 < len(toks) && toks[j+1].stop && exceedWords[toks[j+2].norm] {
			// "ولا يتجاوز مخزون البحيرة ٦٠ مليون متر مكعب", "does not
			// exceed 25": an upper bound of the number, which facts
			// reads; the stock is not negated.
			toks[j].cue &^= cueNeg
			continue
		}
		if negatesCause(toks, j) {
			// "These women did not die because of disorder, they died
			// because they were beaten back", "the landfill did not close
			// because it was full, but because the contractor shut its
			// gates": what is denied is the cause; the death, the closure
			// stand.
			toks[j].cue &^= cueNeg
			continue
		}
		if onlyThen(toks, j) {
			// "did not order the batch withdrawn until Wednesday", "لم
			// تصدر قرار السحب إلا يوم الأربعاء": the order was given, and
			// the statement says when. Its date is the rival of another
			// date; it denies no account that the order was given.
			toks[j].cue &^= cueNeg
			continue
		}
		if toks[j].norm == "غير" && j+1 < len(toks) && (definite(toks[j+1].norm) || nisba(toks[j+1].norm)) {
			// "المفاوضات غير المباشرة", "هجرة غير نظامية": غير before a
			// definite or a relational adjective makes it "in-" or "ir-"
			// (indirect, irregular), no negation of what follows.
			toks[j].cue &^= cueNeg
			continue
		}
		if toks[j].nested {
			continue // the outer cue's scope covers these words
		}
		content, limit, from := 0, 2, j+1
		if e := noSubjectEnd(toks, j); e > 0 {
			// "No passengers or crew members were injured": the
			// passengers were there; what befell none of them is negated.
			from = e
		}
		if toks[j].norm == "غير" {
			// "بطريقة غير مباشرة عبر رفع الأسعار" (indirectly, by raising
			// prices): غير makes one word its opposite, "in-", "un-".
			limit = 1
		}
		thatVerb := false  // the denied clause opened with "أن" and a verb
		clause := false    // the denied clause opened with a complementizer
		predicate := false // the denied clause's verb has been reached
		denial := toks[j].cue&cueDenial != 0 && toks[j].cue&cueNeg == 0
		if denial && arabicVerb(toks[j].text) {
			// An Arabic verb comes before its subject: "ونفى مصدر في الشرطة
			// توقيف قبطان العبارة" denies the arrest, two words past the
			// source that denies it. The words past the first two are far.
			limit = 4
			from = pastSpeakerTitle(toks, j+1)
		}
		if denial {
			if r := pastReport(toks, from); r != from {
				from = r
				if r > 0 && reportAbout[toks[r-1].norm] {
					// "ما تداولته ... عن وفاة طفلة": the event the report
					// tells is denied, not who or what it befell, which
					// other accounts name too.
					limit = 1
				}
			}
		}
		for k := from; k < len(toks) && content < limit; k++ {
			u := &toks[k]
			if u.punct || u.sep {
				break
			}
			if denial && content == 0 && complementizers[u.norm] {
				clause = true
				thatVerb = k+1 < len(toks) && imperfectVerb(toks[k+1].text)
				// "denied that any staff member had helped the inmates",
				// "نفى أن تكون الوزارة قد تلقت": the whole clause is denied,
				// its subject and its verb. The words past the first two
				// are far: stance does not take them for what is denied.
				limit = 5
				continue
			}
			if denial && content == 0 && adverbialPreps[u.norm] && k+1 < len(toks) && !toks[k+1].punct {
				// "نفت في بيان التوصل إلى أي اتفاق", "denied in a statement
				// that …": where the denial was made is not what it denies.
				k++
				for k+1 < len(toks) && toks[k].stop && !toks[k].punct {
					k++ // "in a statement": past the article too
				}
				continue
			}
			if e := groupAfter(toks, k); !denial && e >= 0 {
				// "لم يكن بين الضحايا أطفال" (there were no children among
				// the dead), "none of the injuries was life-threatening":
				// the group is there; what is not in it, or what none of it
				// is, is negated. After "أي من", and after "none of" with no
				// auxiliary, the group stays in the scope; noneCounts reads
				// it as a group all the same.
				among := u.norm == "among" || u.norm == "بين"
				noneOf := k == j+1 && toks[j].norm == "none" && e+1 < len(toks) && auxiliaries[toks[e+1].norm]
				if among || noneOf {
					k = e
					continue
				}
			}
			if content == 0 && (u.norm == "كما" || u.norm == "as" && !denial) {
				// "٢٥ بالمئة، لا كما تدّعي الشركة", "25 percent, not as the
				// company claims": what is negated is the rival's claim,
				// which stands before; the words after name who made it.
				break
			}
			if u.cue&(cueNeg|cueDenial) != 0 {
				u.nested = true
			}
			if u.stop || u.covered {
				continue
			}
			if content == 0 && !clause && (u.num.kind != numNone || u.norm == "الصفر" || u.norm == "zero") {
				// "دون 74 دولارا", "no more than 5", "ما دون الصفر": a bound,
				// not a negation. A number that opens a denied clause is its
				// subject: "denied that one of the pilgrims had died".
				break
			}
			if reportVerbs[u.key] {
				// "Investigators have not yet said what caused it", "لم
				// تذكر الشرطة سبب الحريق": silence, which negates neither
				// the cause someone else gave nor who is silent ("Neither
				// airline would comment": the words before the verb are
				// who).
				for m := j + 1; m < k; m++ {
					toks[m].negated, toks[m].far = false, false
				}
				break
			}
			beforeAux := denial && k+1 < len(toks) && auxiliaries[toks[k+1].norm] && !arabicVerb(toks[j].text) && !lightPassive(toks, k+1)
			if beforeAux || clause && !predicate && content <= 1 && englishVerbAt(toks, k+1) {
				// The denied clause's subject ends at k, before an
				// auxiliary ("denied its syrup was contaminated", "denied
				// that the electricity minister had been sacked") or, in a
				// that-clause, before a finite verb ("denied that the deal
				// provides for a withdrawal", "that the army shelled the
				// village"): what is denied is the predicate, not the
				// subject nor the words before it, which another account
				// may name for something else.
				for m := j + 1; m <= k; m++ {
					toks[m].negated, toks[m].far = false, false
				}
				content, predicate = 0, true
				continue
			}
			if thatVerb && (content == 1 || content == 0 && kanaForms[toks[k-1].norm]) && definite(u.norm) && arabicWord(u.norm) {
				// "نفى أن يرفع البنك أسعار الفائدة": the subject after the
				// denied clause's verb is not what is denied, as in
				// English ("denied that the bank would raise rates"); so
				// after "يكون" too: "نفى أن تكون الجامعة قد تأخرت".
				continue
			}
			u.negated = true
			u.far = content >= 2
			if transparentNouns[u.key] {
				// "denied any plan to pull US forces out", "تنفي وجود أي
				// اتفاق": what is denied is what the plan or the existence
				// is of.
				continue
			}
			content++
			if !denial && k+1 < len(toks) && scopePreps[toks[k+1].norm] && !becauseWords[u.norm] {
				// "لا زيادة في سعر الخبز", "no increase in prices": the
				// negation is of the increase; the price it is of is
				// not denied. "Not because of the weather" denies the
				// weather: "because" is no thing to negate.
				break
			}
			if relationNouns[u.key] {
				// "لا علاقة له بإضراب عمال الميناء", "no link to the
				// strike": what is negated is the link, not the strike,
				// and the cue says nothing against the other text.
				toks[j].nested = true
				break
			}
		}
	}
}
