package relation

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Causes: what an account says brought the event about. Two accounts of
// one fire that blame a short circuit and a gas cylinder, or of one
// grounding that blame the wind and an engine failure, contradict each
// other however few words they share.
//
// A cause is a term of a closed class (causeTable) that the statement
// gives as the cause: after a word that introduces one ("caused by", "due
// to", "بسبب", "جراء", "ناجم عن"), before a word that names one ("blamed",
// "behind", "وراء", "تسبب"), or said of the event itself ("the fire was
// started deliberately", "الحريق «مفتعل»", "this was a technical fault").
// A term in a negation's scope is a cause denied ("ruled out arson", "لم
// يكن الطقس"); a term put as a possibility ("whether", "فرضية") is neither
// given nor denied, unless it is denied.
//
// Classes nest: a short circuit is a technical fault, which is an
// accident; an attack is a deliberate act. Two causes conflict when
// neither is the other or holds it.

// causeTable: the classes, each line "name > parent: terms", the terms
// separated by commas. A term is matched by the search keys of its words,
// in order, so "الرياح", "رياح" and "بالرياح" are one term.
var causeTable = []string{
	"accident: accident, accidental, industrial accident, حادث عرضي, قضاء وقدر, خطأ غير مقصود",
	"deliberate: arson, arsonist, arsonists, deliberate, deliberately, on purpose, intentionally, sabotage, act of sabotage, foul play, criminal act, set alight, set on fire, started deliberately" +
		", مفتعل, مفتعلا, مفتعلة, متعمد, متعمدا, متعمدة, عمدا, عن قصد, بفعل فاعل, تخريب, تخريبي, تخريبية, عمل تخريبي, عمل إجرامي, شبهة جنائية, جنائي",
	"attack > deliberate: bomb, car bomb, explosive device, explosives, missile, rocket, drone strike, airstrike, air strike, shelling, suicide bomber, drone, drones, projectile, cyberattack, cyber attack, cyber-attack, hackers" +
		", عبوة ناسفة, سيارة مفخخة, مفخخة, صاروخ, قذيفة, غارة, قصف, طائرة مسيرة, طائرات مسيرة, بطائرة مسيرة, المسيرة, مقذوف, انتحاري, هجوم إلكتروني, هجوم سيبراني, اختراق",
	"technical > accident: technical fault, technical failure, technical problem, technical glitch, mechanical failure, mechanical fault, mechanical problem, malfunction, breakdown" +
		", عطل فني, عطل تقني, خلل فني, خلل تقني, عطل ميكانيكي, خلل ميكانيكي, عطل, عطب, خلل",
	"engine > technical: engine, engines, engine failure, engine fire, electric motor, motor" +
		", محرك, المحرك, محركها, محركات",
	"steering > technical: steering, steering failure, rudder, جهاز التوجيه, نظام التوجيه, الدفة",
	"brakes > technical: brakes, brake failure, المكابح, الفرامل",
	"pump > technical: pump, pumps, مضخة, مضخات, مضختين",
	"crane > technical: crane, crane cable, cable snapped, الرافعة, حبل الرافعة, رافعة",
	"valve > technical: valve, corroded valve, faulty valve, صمام, الصمام",
	"anchor > accident: anchor, ship's anchor, dragging its anchor, مرساة, مرساتها, المرساة",
	"software > technical: software, software update, software glitch, computer glitch" +
		", برمجي, برمجية, تحديث, البرمجيات",
	"electric > technical: electrical fault, electrical problem, electrical failure, power supply, power problem, power fault, power line, high-voltage line" +
		", عطل كهربائي, خلل كهربائي, التيار الكهربائي, خط توتر, خط كهرباء, خطوط نقل الطاقة",
	"power > electric: power cut, power outage, power failure, blackout, loss of power, انقطاع الكهرباء, انقطاع التيار, انقطاع التيار الكهربائي, انقطاع في التيار",
	"shortcircuit > electric: short circuit, short-circuit, electrical short, faulty wiring, electrical spark, تماس كهربائي, ماس كهربائي, شرارة كهربائية",
	"gas > accident: cooking gas, gas leak, gas explosion, gas blast, ammonia leak, leak, تسرب, تسرب غاز, تسرب الغاز, تسرب لغاز, انفجار غاز",
	// What the gas leaked from: a cylinder, the pipes, an appliance.
	"cylinder > gas: gas cylinder, gas canister, gas tank, butane, butane bottle, أسطوانة غاز, قارورة غاز, قارورة غاز البوتان",
	"gaspipe > gas: gas pipe, gas supply pipe, gas network, أنبوب الغاز, أنبوب غاز, شبكة الغاز, شبكة توزيع الغاز",
	"appliance > gas: water heater, heater, boiler, steam boiler, سخان, سخان الماء, غلاية, الغلاية, غلاية البخار",
	"oxygen > accident: oxygen tank, oxygen cylinder, oxygen bottle, أسطوانة أكسجين, أسطوانة الأكسجين, أسطوانة أوكسجين",
	"weather > accident: weather, bad weather, storm, storms, strong winds, winds, wind, high waves, waves, heavy rain, rain, rains, rainfall, snow, fog, poor visibility, sandstorm, dust storm, lightning, heatwave, heat wave" +
		", الأحوال الجوية, الطقس, عاصفة, عواصف, رياح, أمواج, أمطار, الأمطار الغزيرة, ثلوج, الثلوج, ضباب, الضباب, غبار, عاصفة ترابية, صاعقة, موجة حر",
	"collision > accident: collision, collided, collides, collide, struck by, hit by, rammed, hits, hit, crashed into, slammed into, ploughed into, plowed into" +
		", اصطدام, تصادم, اصطدم, اصطدمت, يصطدم, تصطدم, صدم, صدمت",
	"human > accident: human error, pilot error, driver error, negligence, speeding, excessive speed, reckless driving, fell asleep" +
		", خطأ بشري, إهمال, الإهمال, السرعة الزائدة, السرعة المفرطة, تهور",
	"structural > accident: lack of maintenance, poor maintenance, corrosion, structural failure, structural defect, design flaw, construction defects, cracks" +
		", سوء الصيانة, غياب الصيانة, نقص الصيانة, ضعف الصيانة, تآكل, تصدع, تصدعات, خلل إنشائي, عيوب في البناء, الغش في البناء",
	"overload > accident: overloaded, overloading, overload, overcrowded, overcrowding, حمولة زائدة, الحمولة الزائدة, الاكتظاظ, اكتظاظ",
	"cooking > accident: cooking, oven, stove, فرن, موقد, الطهي",
	"pollution: pollution, sewage, untreated sewage, industrial waste, factory waste, toxic waste, chemical waste" +
		", تلوث, التلوث, الصرف الصحي, نفايات, مخلفات, نفايات المصانع",
	"disease: virus, viral, bacteria, bacterial, infection, فيروس, فيروسي, بكتيريا, بكتيري, عدوى",
	"lowoxygen: low oxygen, lack of oxygen, oxygen depletion, oxygen levels, نقص الأوكسجين, نقص الأكسجين, الأوكسجين المذاب, الأكسجين المذاب",
	"quake: earthquake, tremor, زلزال, هزة أرضية",
}

// Words that give a cause after them, within causeReach words, and words
// that name one before them. "blame" goes both ways: "blamed a fault in
// the motor", "short circuit blamed".
var (
	causeBefore = "caused by, due to, because of, owing to, blamed on, blamed, blames, blaming, result of, resulted from, triggered by, sparked by, attributed to, caused, cause, cause of" +
		", بسبب, جراء, نتيجة, إثر, بفعل, ناجم عن, ناجما عن, ناجمة عن, نجم عن, ناتج عن, ناتجا عن, نتج عن, سببه, السبب, سبب, أسباب, أرجع, أرجعت, يرجع, ترجع, أرجعوا, عزا, عزت, يعزو, تعزو, لعطل, لخلل"
	causeAfter = "blamed, behind, caused, causes, sparked, sparks, triggered, to blame, led to, exploded, explosion, blast, halts, halted, shut down, knocked out, responsibility, responsible, وراء, مسؤولية, تسبب, تسببت, يتسبب, أشعل, يشعل, أدى إلى, أدت إلى"
	// The event itself, or a pronoun for it, said to be the cause: "the
	// fire was started deliberately", "this was a technical fault".
	causeSubjects = "fire, blaze, explosion, blast, crash, collapse, accident, incident, sinking, grounding, outage, stoppage, disruption, derailment, this, it" +
		", الحريق, حريق, الانفجار, انفجار, الحادث, حادث, الحادثة, الانهيار, الغرق, الجنوح, الكارثة, هذا, ذلك"
	// Words that deny a cause after them: "ruled out arson", "استبعد أن
	// يكون الحريق مفتعلاً", "نافياً أن يكون ناجماً عن تسرب غاز".
	causeDeny = "ruled out, rules out, rule out, ruling out, dismissed, denied, denies, deny, excluded, no evidence, rather than, instead of" +
		", استبعد, استبعدت, يستبعد, تستبعد, نفى, نفت, ينفي, تنفي, نافيا, نافية, نافين, مستبعدا, مستبعدة, مستبعدين, ليس, ليست, لم يكن, لا علاقة, لا وجود, لا توجد, لا يوجد, بدلا من, وليس"
	// Words of spreading: a cause given to them drove the event on.
	causeSpreadWords = "spread, spreading, fanned, fuelled, fueled, worsened, امتد, امتدت, انتشر, انتشرت, توسع, توسعت, تمدد, تمددت, تفاقم, أذكت, أججت"
	// Words after an effect that give its cause.
	causeOfWords = "caused by, due to, because of, owing to, result of, resulted from, triggered by, sparked by, attributed to" +
		", ناجم عن, ناجما عن, ناجمة عن, نجم عن, ناتج عن, ناتجا عن, ناتجة عن, نتج عن, بسبب, جراء, نتيجة, إثر"
	// An exploding thing is the cause of the blast (causeFramed).
	causeExploded = "انفجار, انفجر, انفجرت, explosion of, blast of"
	// A cause not ruled out is left open, not denied.
	causeNotDenied = "not rule out, not ruled out, not ruling out, لم يستبعد, لم تستبعد, لا يستبعد, لا تستبعد, لم تستبعد"
	// A cause put as a possibility is not given, nor is a cause of such
	// events in general: "is usually caused by ships' anchors", "أثر أي
	// عطل" (the effect of any fault).
	causeOpen = "whether, possibility, possible, hypothesis, theory, فرضية, احتمال, إمكانية, فرضيات, usually, often, typically, generally, commonly, any, عادة, غالبا, أي, أية"
)

// causeReach is how many words from a cue a cause may stand, and
// causeSubjectReach from the event it is said of.
const (
	causeReach        = 6
	causeSubjectReach = 4
	// causeDenyReach is how far a denial reaches: "استبعد المدير العام
	// للدفاع المدني أن يكون الحريق مفتعلاً".
	causeDenyReach = 10
)

type causeTerm struct {
	keys  []string
	class int8
}

type causeTables struct {
	names    []string
	parent   []int8
	terms    map[string][]causeTerm // by first key
	before   map[string][][]string
	after    map[string][][]string
	subject  map[string][][]string
	deny     map[string][][]string
	notDeny  map[string][][]string
	open     map[string][][]string
	spread   map[string][][]string
	effectOf map[string][][]string
	exploded map[string][][]string
}

var causeTabs = sync.OnceValue(func() *causeTables {
	loadTables()
	ct := &causeTables{terms: map[string][]causeTerm{}}
	for _, line := range causeTable {
		head, list, _ := strings.Cut(line, ":")
		name, parent, _ := strings.Cut(head, ">")
		ct.names = append(ct.names, strings.TrimSpace(name))
		p := int8(-1)
		for i, n := range ct.names {
			if n == strings.TrimSpace(parent) {
				p = int8(i)
			}
		}
		ct.parent = append(ct.parent, p)
		class := int8(len(ct.names) - 1)
		for _, term := range strings.Split(list, ",") {
			ks := phraseKeys(term)
			if len(ks) > 0 {
				ct.terms[ks[0]] = append(ct.terms[ks[0]], causeTerm{ks, class})
			}
		}
	}
	ct.before, ct.after, ct.subject, ct.open = phraseIndex(causeBefore), phraseIndex(causeAfter), phraseIndex(causeSubjects), phraseIndex(causeOpen)
	ct.deny, ct.notDeny = phraseIndex(causeDeny), phraseIndex(causeNotDenied)
	ct.spread, ct.effectOf = phraseIndex(causeSpreadWords), phraseIndex(causeOfWords)
	ct.exploded = phraseIndex(causeExploded)
	return ct
})

// phraseKeys are the search keys of the words of a phrase, as a
// statement's tokens carry them.
func phraseKeys(phrase string) []string {
	var ks []string
	for _, t := range tokenize(strings.TrimSpace(phrase), nil, wordCache{}) {
		if !t.punct && t.key != "" {
			ks = append(ks, t.key)
		}
	}
	return ks
}

// phraseIndex indexes the comma-separated phrases of list by first key.
func phraseIndex(list string) map[string][][]string {
	m := map[string][][]string{}
	for _, p := range strings.Split(list, ",") {
		if ks := phraseKeys(p); len(ks) > 0 {
			m[ks[0]] = append(m[ks[0]], ks)
		}
	}
	return m
}

// phraseAt returns how many tokens from t[i] on one of the phrases of idx
// spans (punctuation ends a phrase), 0 when none does.
func phraseAt(t []token, i int, idx map[string][][]string) int {
	best := 0
	k, bare := t[i].key, bareKey(t[i].key)
	for _, first := range [2]string{k, bare} {
		for _, ks := range idx[first] {
			if n := keysAt(t, i, ks); n > best {
				best = n
			}
		}
		if bare == k {
			break
		}
	}
	return best
}

// bareKey is an Arabic key without the conjunction its word began with
// ("ونفت" is "نفت"), which the search keys keep; k itself otherwise.
func bareKey(k string) string {
	for _, c := range [2]string{"و", "ف"} {
		if rest, ok := strings.CutPrefix(k, c); ok && len(rest) >= 2*len(c) {
			return rest
		}
	}
	return k
}

// keysAt returns how many tokens from t[i] on match ks in order, 0 when
// they do not.
func keysAt(t []token, i int, ks []string) int {
	j := i
	for _, k := range ks {
		if j >= len(t) || t[j].punct || t[j].key != k && bareKey(t[j].key) != k {
			return 0
		}
		j++
	}
	return j - i
}

// causeHit is a cause a statement gives or denies: its class and its
// tokens t[i..j].
type causeHit struct {
	class  int8
	i, j   int
	denied bool
}

// causesOf finds the causes t gives or denies.
func causesOf(t []token) []causeHit {
	ct := causeTabs()
	var hits []causeHit
	for i := 0; i < len(t); i++ {
		if t[i].punct || t[i].key == "" {
			continue
		}
		n, class := termAt(t, i, ct)
		if n == 0 {
			continue
		}
		j := i + n - 1
		if t[i].hypo {
			i = j
			continue
		}
		if causeCue(t, i, ct.notDeny, causeDenyReach) || causeEffect(t, j, ct) {
			i = j
			continue
		}
		ruled := causeCue(t, i, ct.deny, causeDenyReach)
		negated := t[i].negated || t[j].negated
		// A term that completes a cause just given is given too: "a
		// technical fault in the power supply", "caused by an ammonia
		// leak, not sabotage".
		follows := false
		if len(hits) > 0 {
			last := hits[len(hits)-1].j
			follows = !negated && i-last <= causeSubjectReach && !punctBetween(t, last, i) || negated && i-last <= causeReach
		}
		if ruled || (negated || !causeOpened(t, i, ct)) && (follows || causeFramed(t, i, j, ct)) {
			hits = append(hits, causeHit{class: class, i: i, j: j, denied: ruled || negated})
		}
		i = j
	}
	return hits
}

// punctBetween reports punctuation between t[i] and t[j].
func punctBetween(t []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if t[k].punct {
			return true
		}
	}
	return false
}

// causeClauseEnd reports a token that ends a clause for the cause rules: any
// punctuation but quotation marks ("الحريق «بفعل فاعل»").
func causeClauseEnd(t *token) bool {
	return t.punct && !strings.ContainsAny(t.text, "«»\"“”'‘’")
}

// causeCue reports a phrase of idx that ends before t[i], within reach
// words of its clause.
func causeCue(t []token, i int, idx map[string][][]string, reach int) bool {
	for k, steps := i-1, 0; k >= 0 && steps < reach && !causeClauseEnd(&t[k]); k-- {
		if n := phraseAt(t, k, idx); n > 0 && k+n <= i {
			return true
		}
		if !t[k].punct {
			steps++
		}
	}
	return false
}

// causeFramed reports whether the term t[i..j] is given as a cause: a cue
// before it or after it within causeReach words of its clause, or an
// event (or "this", "it") just before it.
func causeFramed(t []token, i, j int, ct *causeTables) bool {
	if causeCue(t, i, ct.before, causeReach) && !causeSpread(t, i, ct) || causeSaidOf(t, i, ct) {
		return true
	}
	// An exploding thing is the cause of the blast: "بانفجار أسطوانة
	// أكسجين" (in the explosion of an oxygen cylinder).
	if i > 0 && phraseAt(t, i-1, ct.exploded) > 0 {
		return true
	}
	// The verb that names the cause may follow an aside: "Low oxygen, not
	// pollution, behind fish deaths".
	return causeCueAfter(t, j, ct.after, causeReach, true)
}

// causeCueAfter reports a phrase of idx that starts after t[j], within
// reach words of its clause; past commas too when asides.
func causeCueAfter(t []token, j int, idx map[string][][]string, reach int, asides bool) bool {
	for k, steps := j+1, 0; k < len(t) && steps < reach; k++ {
		if causeClauseEnd(&t[k]) && !(asides && (t[k].text == "," || t[k].text == "،")) {
			return false
		}
		if phraseAt(t, k, idx) > 0 {
			return true
		}
		if !t[k].punct {
			steps++
		}
	}
	return false
}

// causeSaidOf reports a term said of the event just before it, in a
// sentence whose predicate it is: "the fire had been started
// deliberately", "this was a technical fault" (a form of "be" between the
// two), "الحريق «مفتعل»" (a definite subject, an indefinite predicate). A
// term that names the event's kind is not its cause: "حادث تصادم" is a
// collision, "حادث التصادم" the collision.
func causeSaidOf(t []token, i int, ct *causeTables) bool {
	latinTerm := latin(t[i].norm)
	if !latinTerm && strings.HasPrefix(t[i].norm, "ال") {
		return false
	}
	be := false
	for k, steps := i-1, 0; k >= 0 && steps < causeSubjectReach && !causeClauseEnd(&t[k]); k-- {
		if t[k].punct {
			continue
		}
		if beWords[t[k].norm] {
			be = true
		}
		if n := phraseAt(t, k, ct.subject); n > 0 && k+n <= i {
			if latinTerm {
				return be
			}
			return strings.HasPrefix(t[k].norm, "ال") || t[k].norm == "هذا" || t[k].norm == "ذلك"
		}
		steps++
	}
	return false
}

// beWords are the forms of "be" a cause is said of the event with.
var beWords = normSet("is was were been be are")

// causeSpread reports a word of spreading just before the cue that gives
// a cause at t[i]: "امتد بفعل الرياح القوية" (it spread with the strong
// winds) tells what drove the fire on, not what started it.
func causeSpread(t []token, i int, ct *causeTables) bool {
	for k, steps := i-1, 0; k >= 0 && steps < causeReach && !causeClauseEnd(&t[k]); k-- {
		if n := phraseAt(t, k, ct.before); n > 0 && k+n <= i {
			for m := k - 1; m >= 0 && m >= k-2 && !t[m].punct; m-- {
				if phraseAt(t, m, ct.spread) > 0 {
					return true
				}
			}
			return false
		}
		if !t[k].punct {
			steps++
		}
	}
	return false
}

// causeEffect reports a term followed by a word that gives its cause: the
// term is the effect, "السيول ناجمة عن الأمطار" (the floods came of the
// rain), "the power cut was caused by".
func causeEffect(t []token, j int, ct *causeTables) bool {
	return causeCueAfter(t, j, ct.effectOf, causeSubjectReach, false)
}

// causeOpened reports a possibility word in the few words before t[i]:
// "whether a short circuit", "فرضية الاصطدام".
func causeOpened(t []token, i int, ct *causeTables) bool {
	return causeCue(t, i, ct.open, causeSubjectReach)
}

// causeKin reports whether class x is y, or holds it, or is held by it.
func causeKin(ct *causeTables, x, y int8) bool {
	return causeHolds(ct, x, y) || causeHolds(ct, y, x)
}

func causeHolds(ct *causeTables, outer, inner int8) bool {
	for c := inner; c >= 0; c = ct.parent[c] {
		if c == outer {
			return true
		}
	}
	return false
}

// causeConflict is the conflict of the causes two accounts give, if any:
// a cause of one unlike every cause the other gives, when the other gives
// one unlike every cause of the first; or a cause one gives that the other
// denies.
func causeConflict(a, b []token) (Reason, bool) {
	return causeConflictOf(a, b, causesOf(a), causesOf(b))
}

// causeConflictOf is causeConflict on the causes ha of a and hb of b.
func causeConflictOf(a, b []token, ha, hb []causeHit) (Reason, bool) {
	if len(ha) == 0 || len(hb) == 0 {
		return Reason{}, false
	}
	ct := causeTabs()
	ha, hb = specific(ct, ha), specific(ct, hb)
	lone := func(h causeHit, other []causeHit) bool {
		for _, o := range other {
			if !o.denied && causeKin(ct, h.class, o.class) {
				return false
			}
		}
		return true
	}
	mk := func(x, y causeHit, how string) Reason {
		r := Reason{Kind: "cause", A: spanText(a, x.i, x.j), B: spanText(b, y.i, y.j),
			AStart: a[x.i].start, AEnd: a[x.j].end, BStart: b[y.i].start, BEnd: b[y.j].end,
			causes: [2]int8{x.class + 1, y.class + 1}}
		r.Detail = fmt.Sprintf("cause: %q vs %q (%s)", r.A, r.B, how)
		return r
	}
	// Given by one, denied by the other.
	// A denied cause holds the given one: "not a technical problem" denies
	// a short circuit; "not a power cut" leaves a technical fault open.
	for _, x := range ha {
		for _, y := range hb {
			if !x.denied && y.denied && causeHolds(ct, y.class, x.class) || x.denied && !y.denied && causeHolds(ct, x.class, y.class) {
				return mk(x, y, "given and denied"), true
			}
		}
	}
	var xa, yb *causeHit
	for k := range ha {
		if !ha[k].denied && lone(ha[k], hb) {
			xa = &ha[k]
			break
		}
	}
	for k := range hb {
		if !hb[k].denied && lone(hb[k], ha) {
			yb = &hb[k]
			break
		}
	}
	if xa == nil || yb == nil {
		return Reason{}, false
	}
	return mk(*xa, *yb, "two causes"), true
}

// specific drops the causes given that another given cause of hs falls
// under: "a technical fault in the power supply" gives a fault of the
// power supply, not any technical fault.
func specific(ct *causeTables, hs []causeHit) []causeHit {
	var out []causeHit
	for _, h := range hs {
		general := false
		for _, o := range hs {
			if !h.denied && !o.denied && o.class != h.class && causeHolds(ct, h.class, o.class) {
				general = true
				break
			}
		}
		if !general {
			out = append(out, h)
		}
	}
	return out
}

// CauseTerms are the classes of the cause terms text names, given as a
// cause or not: the terms a claim's title names are its event ("انفجار غاز
// في عمارة سكنية", a gas explosion), which no account gives as a cause.
func (p *Prepared) CauseTerms() []string {
	p.termOnce.Do(func() { p.causeClasses = causeTerms(p.toks) })
	return p.causeClasses
}

// causes are the causes p gives or denies (causesOf), worked out once.
func (p *Prepared) causes() []causeHit {
	p.causeOnce.Do(func() { p.causeHits = causesOf(p.toks) })
	return p.causeHits
}

// causeTerms are the classes of the cause terms of t, in order, each once,
// whatever frames them.
func causeTerms(t []token) []string {
	ct := causeTabs()
	var out []string
	for i := 0; i < len(t); i++ {
		n, class := termAt(t, i, ct)
		if n == 0 {
			continue
		}
		if !slices.Contains(out, ct.names[class]) {
			out = append(out, ct.names[class])
		}
		i += n - 1
	}
	return out
}

// CauseClass is the class of the first cause term of text (the evidence of
// a "cause" reason), whatever its language or wording: "oxygen tank" and
// "أسطوانة أكسجين" are both "oxygen"; "" when text holds none.
func CauseClass(text string) string {
	if cs := causeTerms(Prepare(text).toks); len(cs) > 0 {
		return cs[0]
	}
	return ""
}

// CauseClasses are the classes of the two causes of a "cause" reason the
// engine found ("" for any other reason, or one read back from an
// archive: CauseClass reads its words again).
func (r Reason) CauseClasses() (a, b string) {
	if r.causes[0] == 0 || r.causes[1] == 0 {
		return "", ""
	}
	ct := causeTabs()
	return ct.names[r.causes[0]-1], ct.names[r.causes[1]-1]
}

// termAt returns the length in tokens and the class of the longest cause
// term from t[i] on; 0 and -1 when none starts there.
func termAt(t []token, i int, ct *causeTables) (n int, class int8) {
	class = -1
	k, bare := t[i].key, bareKey(t[i].key)
	for _, first := range [2]string{k, bare} {
		for _, term := range ct.terms[first] {
			if m := keysAt(t, i, term.keys); m > n {
				n, class = m, term.class
			}
		}
		if bare == k {
			break // a key with no conjunction to drop is looked up once
		}
	}
	return n, class
}

// GivesCause reports whether the statement gives or denies a cause of the
// event (the classes of causeTable), so that an archive pairs it with the
// other accounts that do.
func (p *Prepared) GivesCause() bool { return len(p.causes()) > 0 }
