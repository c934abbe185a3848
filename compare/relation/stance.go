package relation

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare/facts"
	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// Stance is how a statement stands toward a claim.
type Stance uint8

// Stances.
const (
	StanceNeutral Stance = iota // says nothing for or against the claim
	Affirms                     // says the claim is true
	Denies                      // says the claim is false
)

// String names the stance as the command line prints it.
func (s Stance) String() string {
	switch s {
	case Affirms:
		return "affirms"
	case Denies:
		return "denies"
	}
	return "neutral"
}

// StanceResult is a stance with its confidence in [0,1] and the evidence.
type StanceResult struct {
	Stance     Stance
	Confidence float64
	Reasons    []Reason
	// Part is which claim of a compound claim the stance is taken toward
	// (claimParts), 0 for a claim of one part. Two stances are opposite
	// only toward one part: "denied a devaluation" and "cut the rate" take
	// no sides against each other on "the bank cuts its rate, denies a
	// devaluation".
	Part int
}

// StanceOf says whether statement affirms or denies claim, even when they
// share few words. In the reasons, A is the statement side and B the claim
// side.
//
// The claim's predicate is its word that has an opposite in the lexicon
// ("withdraw", "raise", "ستنسحب"); its topic is its other content words,
// matched across Arabic and English through the concept table. The
// statement decides by, in order:
//   - a place or nation of the claim's role that is not the claim's one
//     ("withdraw from Syria" on a claim about Iraq): neutral;
//   - the predicate negated in its clause ("لن تنسحب", "no intention to
//     withdraw"), its opposite ("troops will stay"), a conflicting number
//     or date, or a denial word with the topic ("محض كذب", "denied"):
//     denies;
//   - the predicate, asserted, with a topic word: affirms;
//   - an agreement settled ("توصلنا إلى اتفاق") with the topic, or alone in
//     a short statement: affirms;
//   - otherwise neutral: a fact on the topic ("keeps 2,500 troops in
//     Iraq") is no stance on the claim.
func StanceOf(statement, claim string) StanceResult {
	return StanceOfPrepared(Prepare(statement), Prepare(claim))
}

// StanceOfPrepared is StanceOf(statement.Text(), claim.Text()) without
// tokenising the texts again; the result is the same.
func StanceOfPrepared(statement, claim *Prepared) StanceResult {
	if claim.parts != nil {
		if ps := claim.parts(); ps != nil {
			return stanceOfParts(statement, ps)
		}
	}
	return stanceOfOne(statement, claim)
}

// stanceOfParts is the stance of statement toward the part of a compound
// claim it takes the firmest side on; neutral toward all of them when it
// takes none.
func stanceOfParts(statement *Prepared, parts []*Prepared) StanceResult {
	best := StanceResult{Stance: StanceNeutral, Confidence: 1}
	for i, p := range parts {
		r := stanceOfOne(statement, p)
		r.Part = i
		switch {
		case r.Stance == StanceNeutral:
			// Neutral toward each: as sure as toward the part it
			// shares most with.
			if best.Stance == StanceNeutral && r.Confidence < best.Confidence {
				best = r
			}
		case best.Stance == StanceNeutral || r.Confidence > best.Confidence:
			best = r
		}
	}
	return best
}

// claimParts splits a compound claim, one that joins claims of their own
// with a comma ("Central bank cuts interest rate, denies dinar
// devaluation"), into them; nil when it is one claim. A part must say
// something happens: it has a word with an opposite in the lexicon or a
// cue of denial or affirmation. "Strike on a market in North Kordofan,
// Sudan" is one claim, and so is "fuel-subsidy cut and protests": "and"
// joins nouns as often as claims.
func claimParts(text string, toks []token) []string {
	// Segments between separators, as token ranges of the claim's own
	// tokens: whether a segment says something is read off them.
	type seg struct{ from, to int }
	var segs []seg
	from := 0
	for i := range toks {
		switch toks[i].text {
		case ",", "،", ";", "؛":
			if i > from {
				segs = append(segs, seg{from, i})
			}
			from = i + 1
		}
	}
	if len(segs) == 0 {
		return nil
	}
	if from < len(toks) {
		segs = append(segs, seg{from, len(toks)})
	}
	// A segment that says nothing happens belongs to the part before it:
	// "Strike on a market in North Kordofan, Sudan" is one part.
	var joined []seg
	for _, g := range segs {
		if len(joined) > 0 && !says(toks[g.from:g.to]) {
			joined[len(joined)-1].to = g.to
			continue
		}
		joined = append(joined, g)
	}
	if len(joined) < 2 || !says(toks[joined[0].from:joined[0].to]) {
		return nil
	}
	rs := []rune(text)
	parts := make([]string, len(joined))
	for i, g := range joined {
		parts[i] = string(rs[toks[g.from].start:toks[g.to-1].end])
	}
	return parts
}

// says reports whether a part of a claim says something happens.
func says(toks []token) bool {
	for i := range toks {
		if isPredicate(&toks[i]) || toks[i].cue&(cueDenial|cueAffirm) != 0 {
			return true
		}
	}
	return false
}

func stanceOfOne(statement, claim *Prepared) StanceResult {
	s := pool.Get().(*scratch)
	defer pool.Put(s)
	// The scratch copies: the stance marks the tokens it matches.
	s.a = append(s.a[:0], statement.toks...)
	s.b = append(s.b[:0], claim.toks...)
	return stanceOf(statement.text, claim.text, s.a, s.b, statement.counts, claim.counts)
}

// stanceOf is StanceOf on the tokens st of statement and cl of claim,
// which it marks; cs and cc give their counts (countsOf).
func stanceOf(statement, claim string, st, cl []token, cs, cc func() *counts) StanceResult {
	markMatches(st, cl)
	markMatches(cl, st)
	markTerms(cl)

	// The claim's predicate words, its topic and how much of the topic the
	// statement shares.
	nTopic, topic, nPred := 0, 0, 0
	for i := range cl {
		if !content(&cl[i]) || cl[i].num.kind != numNone {
			continue
		}
		if isPredicate(&cl[i]) {
			nPred++
			continue
		}
		nTopic++
		if cl[i].matched {
			topic++
		}
	}
	stContent := 0
	for i := range st {
		if content(&st[i]) {
			stContent++
		}
	}
	short := stContent <= 3
	cover := ratio(topic, nTopic)

	if i, j, ok := otherPlace(st, cl); ok {
		return StanceResult{Stance: StanceNeutral, Confidence: 0.7, Reasons: []Reason{{Kind: "entity",
			A: st[i].text, AStart: st[i].start, AEnd: st[i].end, B: cl[j].text, BStart: cl[j].start, BEnd: cl[j].end,
			Detail: fmt.Sprintf("entity: about %s, the claim is about %s", st[i].text, cl[j].text)}}}
	}

	// Each occurrence of the predicate (or its opposite) in the statement,
	// with its polarity.
	pos, neg := -1, -1
	exact := false // the claim's predicate itself, not negated
	var negReason Reason
	for k := range st {
		if !content(&st[k]) {
			continue
		}
		j, same := predicateMatch(&st[k], cl)
		if j < 0 || demandedWord(st, k) || st[k].moot || st[k].hypo {
			// "وطالب نواب بإقالة الوزير" (MPs demanded the minister's
			// dismissal): what is asked for has not happened, and
			// neither affirms nor denies that it has; nor does what a
			// speaker would neither confirm nor deny, or a condition.
			continue
		}
		c := negatedAt(st, k)
		if c >= 0 && haltWords[st[c].norm] && claimHalts(cl) {
			// "Morocco halted all octopus fishing in its southern zone"
			// on the claim "المغرب يوقف موسم صيد الأخطبوط": the halt is
			// the claim's own event, told, not a denial of the fishing.
			c = -1
		}
		positive := same == (c < 0)
		if !same && priorEvent(st, k) {
			// "بعد أن رفعها البنك المركزي خلال عامي 2022 و2023" (after the
			// bank had raised them): an opposite of another, earlier time.
			continue
		}
		if saidOfOther(st, k, cl) {
			// "بينما لم ترتفع الأجور" (while wages did not rise) against
			// the claim "Egypt raises fuel prices": the rise, said or
			// denied, is of the wages.
			continue
		}
		if !same && c < 0 && cueBefore(st, k, cueDenial) >= 0 {
			// "ينفي توجيه المحافظ رسالة تحذير إلى البرلمان" (denies the
			// governor sent a warning to parliament) against "parliament
			// approves the loan": the opposite is what is denied, which
			// takes no side.
			continue
		}
		if !same && c < 0 && countObject(st, k) {
			// "The court acquitted three of the defendants", "برأت
			// المحكمة متهمين اثنين" against "court jails former commune
			// head": the opposite is said of some others, counted.
			continue
		}
		if !same && c < 0 && survivalWords[st[k].key] && !universalIn(st, k) {
			// "نجا السائق من الحادث" (the driver survived the crash)
			// against "Deadly bus crash": one who survived denies no
			// death; "all passengers survived" does.
			continue
		}
		if !same && c < 0 && !measureSaid(st, k, cl) {
			// "خفضت مخصصات الأسرة من ثلاث ربطات إلى ربطتين" (the family
			// allowance was cut from three bundles to two) against the
			// claim "رفع سعر ربطة الخبز": what is cut is no price.
			continue
		}
		if !same && c < 0 && !saidOfClaim(st, k, cl) {
			// "ارتفعت حصيلة الضحايا" (the toll rose) against the claim
			// "انهيار سد" (a dam collapsed): the rise is of the toll,
			// not of anything the claim names.
			continue
		}
		if positive {
			if pos < 0 {
				pos = k
			}
			if c < 0 && st[k].key == cl[j].key {
				exact = true
			}
			continue
		}
		if neg >= 0 {
			continue
		}
		neg = k
		if c >= 0 {
			lo, hi := min(c, k), max(c, k)
			negReason = Reason{Kind: "negation", A: spanText(st, lo, hi), AStart: st[lo].start, AEnd: st[hi].end,
				B: cl[j].text, BStart: cl[j].start, BEnd: cl[j].end}
			negReason.Detail = fmt.Sprintf("negation: %q against %q", negReason.A, negReason.B)
		} else {
			negReason = Reason{Kind: "antonym", A: st[k].text, AStart: st[k].start, AEnd: st[k].end,
				B: cl[j].text, BStart: cl[j].start, BEnd: cl[j].end,
				Detail: fmt.Sprintf("antonym: %q against %q", st[k].text, cl[j].text)}
		}
	}
	hasTopic := topic > 0 || nTopic == 0
	res := StanceResult{}
	d := firstCue(st, cueDenial) // the first denial word, -1 if none
	switch {
	case neg >= 0 && hasTopic && (negReason.Kind == "negation" || !exact):
		// An opposite word does not deny a claim the statement also
		// states in the claim's own word: "حصيلة ضحايا انهيار السد ترتفع"
		// (the toll of the dam's collapse rises).
		res.Stance, res.Confidence, res.Reasons = Denies, 0.7+0.25*cover, []Reason{negReason}
	case (pos >= 0 || neg >= 0) && hasTopic && quantityConflict(statement, claim, st, cl, cs, cc, &res):
		res.Stance, res.Confidence = Denies, 0.6+0.3*cover
	case d >= 0 && !deniesAnother(st, d) && !(pos >= 0 && anotherOne(st, pos)) && (nPred > 0 && deniesTopic(st, d) || pos >= 0 && sameClause(st, pos, d) && !verbBetween(st, pos, d) && !(d > pos && coordinated(st, d)) || short && !deniesOther(st, d)):
		// A claim that only names an event ("Ras Hamra port strike") is
		// not denied by a denial near its words ("denied that any
		// agreement had been reached to end the strike"): what is denied
		// is something else about it.
		end := cueRun(st, d, cueDenial)
		res.Stance, res.Confidence = Denies, 0.55+0.35*cover
		res.Reasons = []Reason{{Kind: "denial", A: spanText(st, d, end), AStart: st[d].start, AEnd: st[end].end, BStart: -1, BEnd: -1,
			Detail: fmt.Sprintf("denial: %q", spanText(st, d, end))}}
	case nPred == 0 && negatesHead(st, cl, &res):
		// "No agreement was reached", "لا اتفاق نهائي" against the claim
		// "detainee release deal": the event the claim names, denied.
		res.Stance, res.Confidence = Denies, 0.7+0.25*cover
	case pos >= 0 && hasTopic:
		j, _ := predicateMatch(&st[pos], cl)
		res.Stance, res.Confidence = Affirms, 0.6+0.35*cover
		res.Reasons = []Reason{{Kind: "affirmation", A: st[pos].text, AStart: st[pos].start, AEnd: st[pos].end,
			B: cl[j].text, BStart: cl[j].start, BEnd: cl[j].end, Detail: fmt.Sprintf("affirmation: %q", st[pos].text)}}
	case nPred == 0 && cover >= 0.5 && firstCue(st, cueNeg|cueFailure) < 0 && (firstCue(st, cueDenial) < 0 || firstCue(cl, cueDenial) >= 0):
		// Most of the claim's words, and no word of negation, failure or
		// denial but one the claim says too: "Central Bank of Egypt
		// denies devaluation" does not affirm "Egypt's central bank moves
		// to devalue the pound".
		res.Stance, res.Confidence = Affirms, 0.5+0.4*cover
	default:
		if a := affirmCue(st); a >= 0 && (topic > 0 || short) && !statusQuo(cl) {
			end := affirmRun(st, a)
			res.Stance, res.Confidence = Affirms, 0.5+0.3*cover
			res.Reasons = []Reason{{Kind: "affirmation", A: spanText(st, a, end), AStart: st[a].start, AEnd: st[end].end, BStart: -1, BEnd: -1,
				Detail: fmt.Sprintf("affirmation: %q", spanText(st, a, end))}}
			break
		}
		res.Stance, res.Confidence = StanceNeutral, 1-0.5*cover
	}
	return res
}

// countObject reports a word at k whose object is a count: a number in
// the three words after it, past a subject or "of the", before any
// punctuation ("acquitted three of the defendants", "برأت المحكمة متهمين
// اثنين").
func countObject(st []token, k int) bool {
	for j, n := k+1, 0; j < len(st) && n < 3 && !st[j].punct; j++ {
		if st[j].num.kind == numCount {
			return true
		}
		if !st[j].stop {
			n++
		}
	}
	return false
}

// deniesOther reports a denial at d of another event done to a word of
// the claim: its first word is none of the claim's, and a later word of
// its clause is ("والأمن ينفي القبض على عمال", security denies arresting
// workers, against a strike of workers). The words that name what is
// denied as told (reports, existence: "denies reports of a strike", "تنفي
// وجود أي اتفاق") are passed.
func deniesOther(st []token, d int) bool {
	first := true
	for j := d + 1; j < len(st) && !st[j].punct; j++ {
		if !content(&st[j]) || st[j].cue != 0 || toldWords[st[j].norm] {
			continue
		}
		if first {
			if st[j].matched {
				return false
			}
			first = false
			continue
		}
		if st[j].matched {
			return true
		}
	}
	return false
}

// toldWords name what a denial denies as told: "denies reports of".
var toldWords = normSet("reports report claims allegations rumours rumors news existence الأخبار أخبار وجود حدوث صحة " + arabicReportNouns)

// arabicReportNouns are reports, claims and rumours, for toldWords and
// for the reports a denial reaches past (reportNounsAr).
const arabicReportNouns = "الأنباء أنباء التقارير تقارير المزاعم مزاعم الشائعات شائعات"

// survivalWords say that someone lived through an event: the opposite of
// its dead only for all who were in it (universalIn).
var survivalWords = map[string]bool{}

func initSurvivalWords() {
	survivalWords = keySet(`survive survived survives surviving alive نجا نجت نجوا ينجو تنجو نجاة`)
}

// universalIn reports a word of all (allWords) in the clause of st[k].
func universalIn(st []token, k int) bool {
	return inClause(st, k, func(i int) bool { return allWords[st[i].norm] })
}

// allWords say that all of a group are meant, as token norms.
var allWords = normSet("all every everyone everybody جميع جميعهم جميعا كل كافة")

// priorEvent reports whether st[k] is said of something before the
// statement's event: a clause of "after" governs it, within three words
// before it ("بعد أن رفعها", "بعدما", "after raising rates").
func priorEvent(st []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && !st[j].punct; j-- {
		switch st[j].norm {
		case "بعدما", "after":
			return true
		case "بعد":
			return j+1 < k && st[j+1].norm == "ان" // "بعد أن", normalised
		}
	}
	return false
}

// demandedWord reports whether st[k] is what a demand, within three words
// before it in its clause, asks for: "demanded the dismissal", "طالب
// بإقالة". A call is not one: "the president is expected to call for the
// withdrawal" announces what he will order.
func demandedWord(st []token, k int) bool {
	for j, n := k-1, 0; j >= 0 && n < 3 && !st[j].punct; j-- {
		if demandWords[st[j].key] {
			return true
		}
		if !st[j].stop {
			n++
		}
	}
	return false
}

// saidOfClaim reports whether the pole word st[k] is said of something the
// claim names: a word it governs (attached) is a claim word. A place or a
// measure alone ("Egypt", "rates") is not enough: the claim's thing must
// then be named in the pole word's clause too ("Fuel prices in Egypt
// fell", not "ارتفاع معدلات البطالة" against an interest-rate cut).
func saidOfClaim(st []token, k int, cl []token) bool {
	ids, n := attached(st, k)
	weak := false
	for _, id := range ids[:n] {
		if t := claimToken(id, cl); t != nil {
			if !weakWord(t) {
				return true
			}
			weak = true
		}
	}
	return weak && clauseNamesClaim(st, k)
}

// measureSaid reports whether an opposite of the claim's predicate at
// st[k] is said of the measure the claim's predicate is of, when it is of
// one: against "رفع سعر ربطة الخبز" (the price of bread raised), a fall
// must be of a price (a measure word in its clause: "خفضت سعر الربطة"),
// not of the bundles a family gets. A claim whose predicate is of no
// measure ("US forces will withdraw") asks nothing.
func measureSaid(st []token, k int, cl []token) bool {
	if !predicateOfMeasure(cl) {
		return true
	}
	return inClause(st, k, func(i int) bool { return measureNouns[st[i].key] })
}

// predicateOfMeasure reports a claim whose predicate governs a measure
// word, the next content word after it: "رفع سعر", "raises fuel prices"
// (up to two words after it, past the thing measured).
func predicateOfMeasure(cl []token) bool {
	for i := range cl {
		if !isPredicate(&cl[i]) {
			continue
		}
		for j, n := i+1, 0; j < len(cl) && n < 2 && !cl[j].punct; j++ {
			if !content(&cl[j]) {
				continue
			}
			if measureNouns[cl[j].key] {
				return true
			}
			n++
		}
	}
	return false
}

// saidOfOther reports whether the pole word st[k] is said of something
// the claim does not name: of the words it governs (governed), none is a
// word of the claim but a place or a measure, and one is a word of
// substance: "تراجع أسعار النفط" (oil prices fell) against "Egypt raises
// fuel prices" is said of oil. A pole word alone ("لن ننسحب"), or with a
// place of the claim ("لا نية أمريكية للانسحاب"), is said of the claim's
// thing.
func saidOfOther(st []token, k int, cl []token) bool {
	verb := !latin(st[k].key) || verbUse(st, k)
	if h := compoundHead(st, k); verb && h >= 0 && !claimWord(st[h].id, cl) && substance(&st[h]) {
		// "would cut the fuel subsidy bill": an English compound's head
		// is its last noun, what is cut; the claim's "fuel" only says
		// which bill.
		return true
	}
	// An object that is the event the claim names (a term, markTerms):
	// "أعلنت الوزارة تأجيل بدء العام الدراسي", "The ministry postponed
	// the start of the school year" put off the claim's start, whoever
	// announced it.
	j := k + 1
	for j < len(st) && st[j].stop && !st[j].punct {
		j++
	}
	if j < len(st) && content(&st[j]) && claimTerm(&st[j], cl) {
		return false
	}
	other := false
	// An English noun's next word is no object of it: "protests spread
	// to a dozen cities".
	at, n := governed(st, k, k > 0 && compoundDeterminers[st[k-1].norm], verb)
	for _, i := range at[:n] {
		switch {
		case !claimWord(st[i].id, cl) && !st[i].matched:
			// A word the claim names in the other script ("Kchaou",
			// "القشاو") is the claim's as much as the same word.
			other = other || substance(&st[i])
		case !weakWord(&st[i]):
			return false
		}
	}
	return other
}

// claimTerm reports whether t is a word the claim names its event by
// (markTerms), or one of its pole in the same pair of opposites: "start"
// for "بدء".
func claimTerm(t *token, cl []token) bool {
	for j := range cl {
		if !cl[j].term || !content(&cl[j]) {
			continue
		}
		if t.id == cl[j].id {
			return true
		}
		if t.ent != nil && cl[j].ent != nil && sameSide(t.ent, cl[j].ent) {
			return true
		}
	}
	return false
}

// verbUse reports an English pole word used as a verb: in the past
// ("raised the minimum wage") or after an auxiliary, "to" or a negation
// within two words ("would cut", "tried to cut", "did not rise").
func verbUse(st []token, k int) bool {
	if strings.HasSuffix(st[k].norm, "ed") {
		return true
	}
	for i, seen := k-1, 0; i >= 0 && seen < 2 && !st[i].punct; i, seen = i-1, seen+1 {
		if verbMarkers[st[i].norm] || st[i].cue&cueNeg != 0 {
			return true
		}
	}
	return false
}

// claimWord reports whether a content word of the claim has id.
func claimWord(id uint64, cl []token) bool { return claimToken(id, cl) != nil }

// claimToken is the first content word of the claim with id, or nil.
func claimToken(id uint64, cl []token) *token {
	for j := range cl {
		if content(&cl[j]) && cl[j].id == id {
			return &cl[j]
		}
	}
	return nil
}

// substance reports a content word that can be what a pole word is said
// of: not a place or a measure, a word of saying, a name, an intention, a
// preposition, a time ("will not rise this year"), a quantifier or an
// English adverb; in Arabic, a definite noun ("ترتفع الأجور", "تخفض
// الدعم"), as an adjective after its noun is not ("احتجاجات واسعة",
// "انسحاب تدريجي").
func substance(t *token) bool {
	if !content(t) || weakWord(t) || t.report || t.upper || intentNouns[t.key] || prepWords[t.norm] || timeNouns[t.norm] || dayWords[t.norm] || quantifiers[t.norm] {
		return false
	}
	if latin(t.key) {
		return !strings.HasSuffix(t.norm, "ly") // "fell sharply": an adverb
	}
	return definite(t.norm)
}

// quantifiers say how much of a thing, not what it is: "the withdrawal of
// all US forces".
var quantifiers = normSet("all every each both most many several other others more less further entire whole جميع كل بعض معظم كافة")

// dayWords name a day by its distance from today: "will not rise today".
var dayWords = normSet("today tomorrow yesterday tonight weekend اليوم غدا أمس الليلة")

// prepWords stand before a noun or a clause as a preposition or a
// conjunction does, though the stop list keeps them as words: "وسط
// احتجاجات" (amid protests), "when protests spread".
var prepWords = normSet("when where whenever while after before since until because if though although unless whether how why what amid despite following over against وسط إثر اثر جراء عقب إزاء ازاء أمام امام بسبب نتيجة رغم بفعل")

// compoundHead returns the head of the English noun compound right after
// the pole word st[k], past an article or a possessive: its last word, when
// it has two or more ("the fuel subsidy bill"); -1 otherwise. An Arabic
// phrase's head comes first, and governed already takes it.
func compoundHead(st []token, k int) int {
	if !latin(st[k].key) {
		return -1
	}
	i := k + 1
	for i < len(st) && compoundDeterminers[st[i].norm] {
		i++
	}
	first, last := i, -1
	for ; i < len(st) && i < first+3; i++ {
		t := &st[i]
		if !content(t) || t.num.kind != numNone || !latin(t.key) || t.ent != nil && len(t.ent.ants) > 0 || timeDeterminers[t.norm] {
			break
		}
		last = i
	}
	// The compound must end where its phrase does: at punctuation, a
	// function word, a number or "next" ("raise fuel prices next
	// month"), not run on into words it cannot tell from nouns.
	if last <= first || i < len(st) && content(&st[i]) && st[i].num.kind == numNone && !timeDeterminers[st[i].norm] {
		return -1
	}
	return last
}

var compoundDeterminers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "this": true, "that": true}

// intentNouns say what someone means or is about to do; a pole word they
// govern is what is meant, not something else: "no intention to withdraw",
// "خطة الانسحاب".
var intentNouns = map[string]bool{}

func initIntentNouns() {
	intentNouns = keySet(`intention intentions intent plan plans decision decisions order orders move moves attempt bid
		readiness willingness step steps process timetable schedule talks
		نية نوايا خطة خطط قرار قرارات توجه اتجاه عزم مسعى خطوة خطوات عملية جدول موعد محادثات مفاوضات`)
}

// clauseNamesClaim reports whether the clause of st[k] has a word of the
// claim (as markMatches marked it) other than a place, a measure or a
// word with an opposite.
func clauseNamesClaim(st []token, k int) bool {
	return inClause(st, k, func(i int) bool {
		t := &st[i]
		return i != k && t.matched && content(t) && t.num.kind == numNone && !weakWord(t) && (t.ent == nil || len(t.ent.ants) == 0)
	})
}

// isPredicate reports whether a claim word is what the claim says happens:
// a word with an opposite in the lexicon.
func isPredicate(t *token) bool {
	return t.ent != nil && len(t.ent.ants) > 0 && t.ent.role == 0 && !t.term
}

// markTerms marks the claim words that name the event rather than say
// what happens to it: two opposites in one claim ("وقف إطلاق النار", a
// ceasefire: stop and launch), and an English word in noun position
// ("Riverton factory fire": fire, not the verb that hire opposes). A
// statement that repeats such a word neither affirms nor denies the claim
// by it.
func markTerms(cl []token) {
	for i := range cl {
		if !content(&cl[i]) || cl[i].ent == nil || len(cl[i].ent.ants) == 0 {
			continue
		}
		for j := i + 1; j < len(cl); j++ {
			if content(&cl[j]) && cl[j].ent != nil && opposes(cl[i].ent, cl[j].ent) {
				cl[i].term, cl[j].term = true, true
			}
		}
		if r, _ := utf8.DecodeRuneInString(cl[i].text); textnorm.ScriptOf(r) == textnorm.ScriptLatin && !verbPosition(cl, i) {
			cl[i].term = true
		}
		if inName(cl, i) {
			// "Sudan–South Sudan border clash", "السودان وجنوب السودان": a
			// direction in a country's name says nothing happens.
			cl[i].term = true
		}
	}
	for i := range cl {
		if !isPredicate(&cl[i]) || !delayWords[cl[i].norm] {
			continue
		}
		// What a delay delays, when it is a predicate itself, names the
		// event: "تأجيل بدء العام الدراسي" (postponing the start of the
		// school year) postpones; "will open" neither affirms nor denies
		// it.
		j := i + 1
		for j < len(cl) && cl[j].stop && !cl[j].punct {
			j++
		}
		if j < len(cl) && isPredicate(&cl[j]) {
			cl[j].term = true
		}
	}
}

// delayWords put an event off: what they put off is no predicate of the
// claim (markTerms).
var delayWords = normSet("delay delays delayed postpone postpones postponed defer defers deferred تأجيل تأجل يؤجل تؤجل أجلت أجل إرجاء أرجأت يرجئ ترجئ تأخير")

// inName reports whether t[i] begins a name with the word after it: a
// capitalised English word before another ("South Sudan", "West Bank"), or
// an Arabic word before a place the lexicon knows ("جنوب السودان").
func inName(t []token, i int) bool {
	if i+1 >= len(t) || t[i+1].punct {
		return false
	}
	if t[i].upper && t[i+1].upper {
		return true
	}
	return arabicWord(t[i].norm) && t[i+1].ent != nil && placeRole(t[i+1].ent)
}

// verbMarkers precede an English verb within two words: auxiliaries and
// "to" ("will withdraw", "to raise"), negations and subject pronouns.
var verbMarkers = map[string]bool{"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true,
	"may": true, "might": true, "must": true, "to": true, "not": true, "never": true, "do": true, "does": true, "did": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "has": true, "have": true,
	"had": true, "won't": true, "wont": true, "they": true, "we": true, "i": true, "you": true, "he": true, "she": true, "it": true}

// verbPosition reports whether the English word cl[i] reads as a verb: an
// inflected form (withdraws, withdrew, withdrawing), after one of
// verbMarkers within two words, after a plural noun ("prices rise"), or
// first (a headline's "Withdraw troops"). A base form after a singular
// noun ("factory fire") is a noun.
func verbPosition(cl []token, i int) bool {
	w := strings.ToLower(cl[i].text)
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return true
	}
	seen := 0
	for k := i - 1; k >= 0 && seen < 2; k-- {
		if cl[k].punct {
			break
		}
		pw := strings.ToLower(cl[k].text)
		if verbMarkers[pw] {
			return true
		}
		if seen == 0 && !cl[k].stop && strings.HasSuffix(pw, "s") && !strings.HasSuffix(pw, "ss") {
			return true // a plural subject: "prices rise"
		}
		seen++
	}
	return seen == 0
}

// sameClause reports whether st[i] and st[j] lie between the same
// punctuation (quotation marks aside).
// verbBetween reports an English verb (a word ending in -ed or -ing)
// between st[i] and st[j]: what a denial denies is that verb's clause.
// "Interior ministry denies police used live fire at fuel protests" denies
// the live fire, not the protests.
func verbBetween(st []token, i, j int) bool {
	for k := min(i, j) + 1; k < max(i, j); k++ {
		if content(&st[k]) && latin(st[k].key) && verbLike(&st[k]) {
			return true
		}
	}
	return false
}

func sameClause(st []token, i, j int) bool {
	for k := min(i, j); k < max(i, j); k++ {
		if clauseBreak(&st[k]) {
			return false
		}
	}
	return true
}

// predicateMatch returns the claim predicate t stands for (-1 if none) and
// whether t says the same (true) or the opposite (false).
func predicateMatch(t *token, cl []token) (int, bool) {
	if t.ent == nil {
		return -1, false
	}
	for j := range cl {
		if !content(&cl[j]) || !isPredicate(&cl[j]) {
			continue
		}
		if t.id == cl[j].id {
			return j, true
		}
		for _, x := range t.ent.ants {
			for _, y := range cl[j].ent.ants {
				if x.grp == y.grp {
					return j, x.pole == y.pole
				}
			}
		}
	}
	return -1, false
}

// negatedAt returns the index of a negation or failure cue that governs
// st[k] (-1 if none): one in its clause up to three content words before
// it ("لا نية أمريكية للانسحاب", "will not withdraw"), or right after it
// with at most one word between ("the withdrawal will not happen").
func negatedAt(st []token, k int) int {
	const bits = cueNeg | cueFailure
	// A word of failure that is itself a pole of an antonym group ("رفض",
	// rejected; "فشلت", failed) says its pole: it does not negate itself.
	if st[k].cue&bits != 0 && (st[k].ent == nil || len(st[k].ent.ants) == 0) {
		return k
	}
	if m := k - 1; m >= 0 && endVerbs[st[m].norm] {
		// "عملية نوعية تنهي احتجاز المهندسين" (an operation ends the
		// engineers' detention), "ended their captivity": what ends is
		// over, as if negated.
		return m
	}
	if m := cueBefore(st, k, bits); m >= 0 {
		return m
	}
	words := 0
	for m := k + 1; m < len(st) && words <= 1; m++ {
		if clauseBreak(&st[m]) || conditionWords[st[m].norm] {
			// "ستضطر إلى تعليق الإنتاج إذا لم يُفرج عن الأطقم": the "not"
			// of a condition after the word negates the condition.
			break
		}
		if st[m].cue&cueNeg != 0 {
			if withoutWords[st[m].norm] {
				// "deposit the withdrawn notes without having to prove
				// the source": "without" negates what follows it.
				break
			}
			if toldAfter(st, m) || m+1 < len(st) && relationNouns[st[m+1].key] {
				// "her death was never reported as meningitis": what is
				// negated is the telling, not the death; "تراجع الأسعار لا
				// علاقة له بالإنتاج" (the fall has nothing to do with the
				// harvest): the link.
				break
			}
			return m
		}
		if content(&st[m]) {
			words++
		}
	}
	return -1
}

// withoutWords negate what follows them, never the word before them, as
// token norms.
var withoutWords = normSet("without بدون دون بلا")

// toldVerbs say that something was told or counted: negated after a noun,
// they negate its telling ("the death was not reported", "never
// announced").
var toldVerbs = normSet("reported announced disclosed confirmed recorded registered declared publicised publicized acknowledged")

// toldAfter reports whether the negation cue at st[m] governs a verb of
// telling, past an auxiliary ("was never reported", "has not been
// announced").
func toldAfter(st []token, m int) bool {
	for n := m + 1; n < len(st) && n <= m+3; n++ {
		if toldVerbs[st[n].norm] {
			return true
		}
		if !st[n].stop || st[n].punct {
			return false
		}
	}
	return false
}

// cueBefore is the word of one of the cues bits that governs st[k] from
// before it, in its clause and within four content words, or -1.
func cueBefore(st []token, k int, bits uint8) int {
	words := 0
	for m := k - 1; m >= 0 && words <= 3; m-- {
		if clauseBreak(&st[m]) || relationNouns[st[m].key] || timeBreaks[st[m].norm] {
			// "لا تفسر الانهيار": the negation is of the explaining;
			// "warnings ignored before the classroom collapse": the
			// collapse after "before" happened.
			break
		}
		if st[m].cue&bits != 0 {
			return m
		}
		if content(&st[m]) {
			words++
		}
	}
	return -1
}

// haltWords stop or suspend something, as token norms: in English they are
// failure cues (negatedAt); in a claim in either language they name the
// claim's event.
var haltWords = normSet("halt halts halted halting suspend suspends suspended stop stops stopped يوقف توقف أوقف أوقفت وقف توقيف إيقاف ووقف وتوقيف يعلق علق علقت تعليق")

// claimHalts reports a claim whose event is a halt: a word of haltWords in
// it.
func claimHalts(cl []token) bool {
	for i := range cl {
		if haltWords[cl[i].norm] {
			return true
		}
	}
	return false
}

// timeBreaks open a time clause that a negation or failure before them
// does not reach, as token norms. Not بعد, which is also "yet" ("لم
// يعلن بعد").
var timeBreaks = normSet("before after قبل")

// endVerbs end what follows them (negatedAt).
var endVerbs = normSet("end ends ended ending تنهي ينهي أنهى أنهت أنهوا إنهاء وأنهت وأنهى لإنهاء")

// clauseHasTopic reports whether the clause of st[d], between punctuation
// other than quotation marks, holds a word of the claim's topic: a denial
// there is of the claim ("the reports of a withdrawal are pure lies"),
// one in another clause is of something else ("Riverton fire kills 12;
// company rejects union claims of safety breaches").
func clauseHasTopic(st []token, d int) bool {
	return inClause(st, d, func(i int) bool { return st[i].matched && content(&st[i]) && st[i].num.kind == numNone })
}

// deniesTopic reports whether the denial at st[d] governs a word of the
// claim: "نفى ... انسحاب القوات" does, "ونفى الوزير أن تكون الوزارة قد تلقت
// أي تحذيرات بشأن سلامة السد" does not deny the dam's collapse, though the
// dam is named in its clause; nor does a denial of something the claim does
// not name reach past a preposition after it ("تنفي وجود تشققات في نفق").
func deniesTopic(st []token, d int) bool {
	other := false // a word the claim does not name, denied before k
	for k := d + 1; k < len(st) && !clauseBreak(&st[k]); k++ {
		if other && complementPreps[st[k].norm] {
			// "نفت الوزارة وجود أي تشققات في سقف النفق" (denied any cracks
			// in the tunnel's roof): what follows the preposition is
			// where the denied cracks would be, not denied itself.
			break
		}
		if !st[k].negated || !content(&st[k]) || st[k].num.kind != numNone {
			continue
		}
		if st[k].matched && !st[k].far && !measureNouns[st[k].key] {
			return true
		}
		if !st[k].matched && !transparentNouns[st[k].key] {
			other = true
		}
	}
	return false
}

// inClause reports whether test holds for the index of a token in the
// clause of st[k] (clauseBounds), st[k] itself included.
func inClause(st []token, k int, test func(i int) bool) bool {
	lo, hi := clauseBounds(st, k)
	for i := lo; i <= hi; i++ {
		if test(i) {
			return true
		}
	}
	return false
}

// clauseBounds returns the first and last index of the clause of st[k]:
// the words around it up to a clauseBreak.
func clauseBounds(st []token, k int) (lo, hi int) { return clauseBoundsBy(st, k, clauseBreak) }

// clauseBoundsBy is clauseBounds with its own test of what ends a clause.
func clauseBoundsBy(st []token, k int, ends func(*token) bool) (lo, hi int) {
	lo, hi = k, k
	for lo > 0 && !ends(&st[lo-1]) {
		lo--
	}
	for hi+1 < len(st) && !ends(&st[hi+1]) {
		hi++
	}
	return lo, hi
}

// coordinated reports whether the verb st[d] opens a clause of its own
// joined by "and": "cut its rate and denied any plan", "يخفض ... وينفي".
// What came before it is not what it governs.
func coordinated(st []token, d int) bool {
	if d > 0 && (st[d-1].norm == "and" || st[d-1].norm == "but") {
		return true
	}
	w := st[d].text
	return (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && arabicVerb(w)
}

// clauseBreak reports whether t ends a clause: punctuation other than a
// quotation mark, or a word that opens another clause ("Union denies any
// deal as the port strike drags on": the strike is not what is denied).
func clauseBreak(t *token) bool { return t.punct && !quote(t.text) || subordinators[t.norm] }

// subordinators open a clause of their own inside a sentence.
var subordinators = map[string]bool{"as": true, "while": true, "whereas": true, "although": true, "though": true,
	"because": true, "بينما": true, "فيما": true, "حيث": true, "لأن": true, "لان": true}

func quote(s string) bool {
	switch s {
	case "\"", "“", "”", "«", "»", "'", "‘", "’":
		return true
	}
	return false
}

// otherPlace finds a place or nation next to the predicate in st that the
// claim does not name, while the place next to the claim's predicate is
// missing from st: the statement is about another place in the claim's
// role ("withdraw from Syria" against "withdraw from Iraq"). Without a
// predicate in the claim, any place of each side counts. It returns both
// words.
func otherPlace(st, cl []token) (int, int, bool) {
	missing := -1
	for j := range cl {
		if content(&cl[j]) && !cl[j].matched && cl[j].ent != nil && placeRole(cl[j].ent) && nearPredicate(cl, j, cl) {
			missing = j
			break
		}
	}
	if missing < 0 {
		return -1, -1, false
	}
	for i := range st {
		if content(&st[i]) && !st[i].matched && st[i].ent != nil && st[i].ent.role == cl[missing].ent.role && !within(st[i].ent, cl[missing].ent) && nearPredicate(st, i, cl) {
			return i, missing, true
		}
	}
	return -1, -1, false
}

// nearPredicate reports whether t[i] is within three words of a word that
// is cl's predicate (or its opposite), in the same clause; true when cl has
// no predicate.
func nearPredicate(t []token, i int, cl []token) bool {
	any := false
	for j := range cl {
		if content(&cl[j]) && isPredicate(&cl[j]) {
			any = true
		}
	}
	if !any {
		return true
	}
	for _, dir := range []int{-1, 1} {
		words := 0
		for k := i + dir; k >= 0 && k < len(t) && words < 3; k += dir {
			if clauseBreak(&t[k]) {
				break
			}
			if t[k].punct {
				continue
			}
			words++
			if j, _ := predicateMatch(&t[k], cl); j >= 0 {
				return true
			}
		}
	}
	return false
}

func placeRole(e *lexEntry) bool { return e.role != 0 && classNames[e.role-1] == "place" }

// inClass reports whether e is a member of the lexicon's closed class of
// that name ("currency", "season"); false for a nil e.
func inClass(e *lexEntry, name string) bool {
	return e != nil && e.class > 0 && int(e.class) <= len(classNames) && classNames[e.class-1] == name
}

// weekdayRole reports a day of the week ("Monday", "يوم الاثنين"); false for
// a nil e.
func weekdayRole(e *lexEntry) bool {
	return e != nil && e.role != 0 && classNames[e.role-1] == "weekday"
}

// affirmCue returns the first affirmation word of st that no negation
// governs, or -1.
func affirmCue(st []token) int {
	for k := range st {
		if st[k].cue&cueAffirm != 0 && !st[k].negated && !st[k].moot && negatedAt(st, k) < 0 && !reachedBy(st, k) {
			return k
		}
	}
	return -1
}

// statusQuo reports a claim that things stay as they are ("US forces will
// stay in Iraq", "سعر الخبز يبقى دون تغيير"): an agreement reached, or a
// decision confirmed, tells of a change, and affirms no such claim.
func statusQuo(cl []token) bool {
	for k := range cl {
		// Not content(): words of continuation ("remain", "still") are
		// cue words, which content leaves out.
		if stayWords[cl[k].norm] || cl[k].cue&cueStill != 0 {
			return true
		}
	}
	return false
}

// stayWords say that something stays as it is, as token norms.
var stayWords = normSet("stay stays stayed staying remain remains remained unchanged keep keeps kept" +
	" يبقى تبقى سيبقى ستبقى البقاء بقاء يظل تظل سيظل ستظل ثابت ثابتة ثابتا")

// reachedBy reports the "reached" of a reporter's call: "reached by
// phone", "when reached for comment", who was reached and what he said,
// not an agreement reached.
func reachedBy(st []token, k int) bool {
	return st[k].norm == "reached" && k+1 < len(st) && (st[k+1].norm == "by" || st[k+1].norm == "for")
}

// affirmRun returns the last index of the affirmation that starts at
// st[a]: later affirmation words of the same clause joined to it by
// function words only, so that "توصلنا إلى اتفاق" and "reached an
// agreement" are quoted whole.
func affirmRun(st []token, a int) int {
	end := a
	for k := a + 1; k < len(st); k++ {
		switch {
		case st[k].punct:
			return end
		case st[k].cue&cueAffirm != 0:
			end = k
		case !st[k].stop:
			return end
		}
	}
	return end
}

// quantityConflict reports a number or date of the statement that cannot
// be the claim's ("by 2027" against "by 2025") and adds it to res.
func quantityConflict(statement, claim string, st, cl []token, cs, cc func() *counts, res *StanceResult) bool {
	var f [numFeatures]float64
	var reasons []Reason
	quantities(statement, claim, st, cl, cs, cc, &f, &reasons)
	if f[fNumConflict]+f[fDateConflict] == 0 {
		return false
	}
	if f[fNumConflict] == 0 && nameYear(cc().facts.Dates, reasons) {
		return false
	}
	res.Reasons = reasons
	return true
}

// nameYear reports a date conflict whose claim side is a year that names
// the claim's thing rather than dates an event: "Jordan's parliament
// approves the 2026 state budget" against an IMF programme "approved in
// 2024". A year the claim puts with a preposition ("elections in 2026")
// still dates it.
func nameYear(claimDates []facts.Date, reasons []Reason) bool {
	for _, r := range reasons {
		if r.Kind != "date" {
			continue
		}
		for _, d := range claimDates {
			if d.Start == r.BStart && d.Year != 0 && d.Month == 0 && d.Prep == "" && d.Qualifier == "" && d.Relative == "" {
				return true
			}
		}
	}
	return false
}

// claimHead is the index in cl of the noun a claim that only names an
// event is about, -1 when it has none: in English the last word before
// the first preposition ("Yemen detainee release deal", "Doctors' strike at
// Iraq's public hospitals", "Derailment of the Cairo train"), in Arabic the
// first word ("إضراب الأطباء في المستشفيات").
func claimHead(cl []token) int {
	last := -1
	for i := range cl {
		t := &cl[i]
		if t.num.kind != numNone {
			continue
		}
		if content(t) {
			if arabicWord(t.norm) {
				if last < 0 {
					return i
				}
				return last
			}
			last = i
			continue
		}
		if last >= 0 && (headEnds[t.norm] || t.punct && t.text != "-" && t.text != "'" && t.text != "’" && t.text != "–") {
			return last
		}
	}
	return last
}

// headEnds end the noun group of an English claim's head.
var headEnds = map[string]bool{"of": true, "in": true, "at": true, "on": true, "for": true, "over": true, "with": true,
	"from": true, "to": true, "by": true, "after": true, "near": true, "and": true, "amid": true, "as": true,
	"between": true, "against": true, "into": true, "during": true}

// negatesHead reports whether a negation or a denial in st governs the
// word that names the event of cl (claimHead) as its first word, past
// words that only frame it: "No agreement was reached", "talks end without
// final deal", "لم يتم التوصل إلى اتفاق", "denied reports of a deal", "نفى
// المتحدث التوصل إلى اتفاق". The event is not denied when the negation
// governs something else first: "denied that any agreement had been
// reached to end the strike" does not deny the strike, nor "no end to the
// strike", nor "no doctors were detained" a doctors' strike. It sets the
// reason.
func negatesHead(st, cl []token, res *StanceResult) bool {
	h := claimHead(cl)
	if h < 0 || firstCue(cl, cueNeg|cueDenial) >= 0 {
		// A claim that names the denial too ("tariff increase and the
		// ministry's denials") is not denied by it.
		return false
	}
	for c := range st {
		if st[c].cue&(cueNeg|cueDenial) == 0 || st[c].moot || st[c].hypo {
			continue
		}
		k := c + 1
		if st[c].cue&cueDenial != 0 && arabicWord(st[c].norm) {
			k = pastSpeakerTitle(st, k)
		}
		for ; k < len(st) && !clauseBreak(&st[k]); k++ {
			t := &st[k]
			if !content(t) || headFrames[t.norm] || t.cue&(cueNeg|cueDenial) != 0 {
				continue
			}
			if t.norm == "ما" {
				// "نفى ما تداولته وسائل إعلام عن التوصل إلى اتفاق": what was
				// said about the event.
				if a := aboutAfter(st, k); a > k {
					k = a
					continue
				}
			}
			if t.id != cl[h].id && st[c].cue&cueDenial != 0 && latin(st[c].norm) {
				// "denies oil minister has resigned": past the subject
				// of the denied clause, to its verb.
				if v := clauseVerb(st, k); v > k && st[v].id == cl[h].id {
					k, t = v, &st[v]
				}
			}
			if t.id == cl[h].id && t.num.kind == numNone {
				// The evidence runs from the cue to the event, or is the
				// event alone past a speaker's title and a report ("نفى
				// رئيس اللجنة ... ما تداولته وسائل إعلام عن التوصل إلى
				// اتفاق"), with the cue in the detail.
				lo := c
				if k-c > 6 {
					lo = k
				}
				res.Reasons = []Reason{{Kind: "negation", A: spanText(st, lo, k), AStart: st[lo].start, AEnd: t.end,
					B: cl[h].text, BStart: cl[h].start, BEnd: cl[h].end,
					Detail: fmt.Sprintf("negation: %q, governed by %q, against %q", spanText(st, lo, k), st[c].text, cl[h].text)}}
				return true
			}
			break
		}
	}
	return false
}

// clauseVerb returns the index of the verb of an English clause whose
// subject starts at st[k]: the word after its auxiliary ("oil minister
// has resigned", "the deal had been signed"), at most five words on, or
// -1. A negated verb ("had not resigned") is not returned.
func clauseVerb(st []token, k int) int {
	for j := k; j < len(st) && j <= k+5 && !clauseBreak(&st[j]); j++ {
		if !auxiliaries[st[j].norm] {
			continue
		}
		m := j + 1
		for m < len(st) && st[m].norm == "been" {
			m++
		}
		if m < len(st) && st[m].cue&cueNeg == 0 && !clauseBreak(&st[m]) {
			return m
		}
		return -1
	}
	return -1
}

// aboutAfter returns the index of the "about" that ends "what ... said"
// ("ما تداولته وسائل الإعلام عن", "ما تردد بشأن") within eight words
// after st[k] in its clause, or -1.
func aboutAfter(st []token, k int) int {
	for j := k + 1; j < len(st) && j <= k+8 && !clauseBreak(&st[j]); j++ {
		switch st[j].norm {
		case "عن", "بشان", "حول":
			return j
		}
	}
	return -1
}

// headFrames are words between a negation and the event it denies that
// only frame it: "any", "final", "reports of", "reaching", "التوصل إلى",
// "وجود", "أنباء عن" (as normalised).
var headFrames = normSet(`any final formal official comprehensive real actual full new such reports report claims rumours rumors news reaching reach signing existence
	أي نهائي نهائيا رسمي رسميا جديد فعلي كامل التوصل توصل الوصول توقيع إبرام ابرام وجود أنباء الأنباء تقارير التقارير أخبار الأخبار مزاعم شائعات`)
