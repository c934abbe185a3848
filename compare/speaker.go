package compare

import (
	"strings"

	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// This file bounds speaker phrases: where the speaker's noun phrase ends and
// the verb's object, an adverbial or a relative clause begins, and which
// words around a speaker name the medium it spoke through.

// normSet is a set of words in textnorm.Normalize form.
func normSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[textnorm.Normalize(w)] = true
	}
	return m
}

// bareNorm is an Arabic word's normalised form without the article.
func bareNorm(t Token) string {
	if t.Script == textnorm.ScriptArabic && len(t.Norm) > 4 && strings.HasPrefix(t.Norm, "ال") {
		return t.Norm[len("ال"):]
	}
	return t.Norm
}

// Nouns that open the object of a verb of saying, denying or confirming
// rather than continue its subject: "نفى قيادي ... صحة التقارير", "أكد الوزير
// وجود ...". Without the article; a masdar or a noun of report.
var arObjectOpeners = normSet("صحة", "وجود", "حدوث", "أي", "أية", "عدم", "علمه", "علمها", "علمهم", "تلقي",
	"تقارير", "تقرير", "أنباء", "أخبار", "معلومات", "اتهامات", "ادعاءات", "شائعات", "مزاعم", "رواية",
	"ذلك", "هذا", "هذه", "تلك", "هذان", "هؤلاء", "مسؤولية", "نية", "قيام", "ضلوع", "تورط", "استعداد",
	"التزام", "رغبة", "موافقة", "رفض", "دعم", "مقتل", "سقوط", "إصابة", "اعتقال", "توقيع", "انسحاب",
	"خبر", "نبأ", "إمكانية", "احتمال", "حصول", "وقوع", "أهمية", "ضرورة")

// Words that open an adverbial of time or occasion after a speaker:
// "وقال الوزير خلال ...", "أمس", "الأحد". They never belong to the speaker.
var arAdverbials = normSet("خلال", "أثناء", "عقب", "إثر", "اثر", "بعد", "قبل", "أمام", "لدى", "منذ", "حين", "عندما",
	"يوم", "أمس", "اليوم", "الليلة", "صباح", "مساء", "ظهر", "فجر", "الأحد", "الاثنين", "الإثنين", "الثلاثاء",
	"الأربعاء", "الخميس", "الجمعة", "السبت", "مؤخرا", "سابقا", "أيضا", "كذلك", "بدوره", "بدورها", "بدورهم",
	"مجددا", "اليوم", "الثلاثاء", "غداة", "ضمن", "لاحقا", "حينها", "وقتها", "الاسبوع", "الأسبوع", "الشهر")

// After في, a noun of occasion makes the phrase an adverbial ("في ختام
// حديثه", "في بيان", "في وقت سابق") and not a place in the speaker's title
// ("قيادي في فصيل"). Prefixes of the bare form, so that pronoun suffixes
// (حديثه، كلمتها) match.
var arOccasionPrefixes = []string{"ختام", "مستهل", "نهاي", "بداي", "اطار", "سياق", "معرض", "رد", "وقت", "حديث",
	"كلم", "تصريح", "مؤتمر", "بيان", "لقاء", "مقابل", "اجتماع", "زيار", "جلس", "ندو", "تغريد", "منشور",
	"رسال", "خطاب", "اتصال", "حوار", "مداخل", "تعليق", "اعقاب", "اثناء", "تدوين", "فيديو", "برنامج", "ختم"}

// Media a statement is issued through, as a channel when no outlet is
// named: "في بيان", "in a statement". Events (a speech, a press conference)
// are occasions, not channels.
var arMediaPrefixes = []string{"بيان", "تصريح", "مقابل", "تغريد", "منشور", "رسال", "تدوين"}

var enMedia = normSet("statement", "statements", "interview", "post", "tweet", "letter", "message", "email",
	"posting", "communique", "communiqué")

// Determiners and modifiers allowed between "in" and an English medium noun.
var enMediaDets = normSet("a", "an", "the", "his", "her", "its", "their", "our", "written", "joint",
	"televised", "separate", "brief", "emailed", "later", "short", "video", "radio", "television", "tv", "phone", "telephone")

// The second half of a two-part Arabic name that has the article ("علاء
// الدين", "عبد الله"): a definite word after an indefinite one is then no
// object.
var arNameSecond = normSet("الدين", "الله", "الرحمن", "الرحيم", "الكريم", "العزيز", "الحق", "الأمير", "النبي",
	"الإله", "الهادي", "المجيد", "الحسين", "الحسن", "الزهراء", "الأمين", "الباري", "الحميد", "الستار", "الجبار")

var arNameFirst = normSet("عبد", "أبو", "ابو", "أم", "بن", "ابن", "بنت", "آل", "ذو", "أبي")

// Adjectives that take a genitive in a speaker phrase ("رفيع المستوى",
// "واسعة الاطلاع"): their definite complement is no object.
var arFalseIdafa = normSet("المستوى", "الاطلاع", "الصلة", "الشأن", "النفوذ", "التأثير", "الاختصاص")

// isArPrep is an Arabic preposition after which the next word is its object
// inside the speaker phrase: "في فصيل", "من إيران", "باسم الوزارة".
func isArPrep(n string) bool {
	switch n {
	case "في", "من", "عن", "علي", "الي", "مع", "ضد", "لدي", "ب", "ل":
		return true
	}
	return false
}

// arSpeakerEnd cuts an Arabic speaker phrase found after its verb where the
// noun phrase ends: before an adverbial ("في ختام حديثه", "أمس"), before the
// verb's object ("صحة التقارير", "التزام الحكومة" after a definite head,
// "التقارير" after an indefinite head and its adjectives), keeping
// prepositional attachments ("قيادي في فصيل مسلح مقرب من إيران"). It returns
// the cut phrase and where the dropped adverbial starts (-1 when none).
// source marks the phrase after وفق/بحسب, which may well start with a
// masdar or a report noun ("بحسب استطلاع للرأي", "وفق تقرير").
func arSpeakerEnd(toks []Token, p [2]int, source bool) ([2]int, int) {
	first := nextWord(toks, p[0], p[1])
	if first < 0 || toks[first].Script != textnorm.ScriptArabic {
		return p, -1
	}
	if h := toks[first]; !source && (arObjectOpeners[h.Norm] || arObjectOpeners[bareNorm(h)] || arMasdarLike(h.Norm) && nextWord(toks, first+1, p[1]) >= 0) {
		// "ونفى صحة التقارير": the verb's object right after it, the
		// speaker carried; but "هذا المسؤول" is a subject.
		if k := nextWord(toks, first+1, p[1]); !arDemonstratives[h.Norm] || k < 0 || !strings.HasPrefix(toks[k].Norm, "ال") {
			return [2]int{}, first
		}
	}
	headDef := strings.HasPrefix(toks[first].Norm, "ال")
	headName := arNameFirst[toks[first].Norm]
	chainDef := true   // every word after the head so far is definite (adjectives of a definite head)
	chainIndef := true // every word so far is indefinite, with no preposition
	afterPrep := false
	paren := 0
	prev := first
	for j := first + 1; j < p[1]; j++ {
		t := toks[j]
		if t.Kind == Punct {
			switch t.Text {
			case "(":
				paren++
			case ")":
				if paren > 0 {
					paren--
				}
			}
			continue
		}
		if t.Kind != Word || paren > 0 || t.Script != textnorm.ScriptArabic {
			afterPrep = false
			prev = j
			continue
		}
		n := t.Norm
		bare := bareNorm(t)
		def := strings.HasPrefix(n, "ال")
		switch {
		case arAdverbials[n]:
			return trimEnd(toks, p[0], j), j
		case n == "في" || n == "وفي":
			if k := nextWord(toks, j+1, p[1]); k >= 0 && hasAnyPrefix(bareNorm(toks[k]), arOccasionPrefixes) {
				return trimEnd(toks, p[0], j), j
			}
		case !afterPrep && (arObjectOpeners[n] || arObjectOpeners[bare] && def && (strings.HasPrefix(toks[prev].Norm, "ال") || arAdjective(toks[prev].Norm)) ||
			!def && arObjectOpeners[trimPronoun(n)]):
			return trimEnd(toks, p[0], j), j
		case !afterPrep && !headName && headDef && chainDef && !def && !isArPrep(n) && !arNameFirst[n]:
			// A definite head takes definite adjectives; an indefinite noun
			// in construct with a definite one opens the object ("أكد الوزير
			// العراقي التزام الحكومة"), unlike a name ("الوزير فؤاد حسين").
			if k := nextWord(toks, j+1, p[1]); k >= 0 && k == j+2 && strings.HasPrefix(toks[k].Norm, "ال") &&
				!arNameSecond[toks[k].Norm] && !strings.HasPrefix(n, "ب") && !strings.HasPrefix(n, "ل") {
				return trimEnd(toks, p[0], j), j
			}
		case !afterPrep && chainIndef && def && prev != first && !arFalseIdafa[n] && !arNameSecond[n] &&
			arAdjective(toks[prev].Norm):
			// An indefinite head takes indefinite adjectives; a definite
			// noun after them is the object ("مسؤول أمريكي رفيع التقارير").
			return trimEnd(toks, p[0], j), j
		}
		if isArPrep(n) || isGluedPrep(t) {
			chainIndef, chainDef = false, false
			afterPrep = isArPrep(n)
		} else {
			afterPrep = false
			if def {
				chainIndef = false
			} else {
				chainDef = false
			}
		}
		prev = j
	}
	return p, -1
}

var arDemonstratives = normSet("ذلك", "هذا", "هذه", "تلك", "هؤلاء", "هذان")

// trimPronoun drops a pronoun suffix: "دعمها" gives "دعم".
func trimPronoun(n string) string {
	for _, suf := range []string{"هما", "هم", "ها", "ه"} {
		if strings.HasSuffix(n, suf) && len(n) > len(suf)+4 {
			return n[:len(n)-len(suf)]
		}
	}
	return n
}

// arAdjective is an indefinite word that reads as an adjective: a nisba
// ("أمريكي", "عراقية", "غربيون") or a common one of a speaker phrase. A
// definite word after a noun that is no adjective is its genitive ("نائب
// رئيس مجلس الوزراء"), not an object.
func arAdjective(n string) bool {
	for _, suf := range []string{"ي", "يه", "يون", "يين", "يات"} {
		if strings.HasSuffix(n, suf) && len(n) > len(suf)+4 {
			return true
		}
	}
	return arCommonAdjectives[n]
}

var arCommonAdjectives = normSet("رفيع", "رفيعة", "كبير", "كبيرة", "كبار", "بارز", "بارزة", "سابق", "سابقة",
	"مطلع", "مطلعة", "مطلعون", "مطلعين", "مقرب", "مقربة", "مقربون", "مسؤول", "رفيعو", "متعددة", "عدة", "آخر", "أخرى")

// isGluedPrep is a word with a preposition glued on: "باسم", "للشؤون",
// "بالعراق". It attaches what follows to the speaker.
func isGluedPrep(t Token) bool {
	n := t.Norm
	return len(n) > 4 && (strings.HasPrefix(n, "بال") || strings.HasPrefix(n, "لل") || n == "باسم" || n == "لشؤون")
}

// hasAnyPrefix reports whether s starts with one of prefixes, which are
// written in normalised form.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// mediumAt reads "في بيان", "في تصريح", "in a statement", "in an interview"
// at the first word at or after i: the medium of the statement, returned
// without the preposition; empty when there is none.
func mediumAt(toks []Token, i, to int) [2]int {
	j := nextWord(toks, i, to)
	if j < 0 {
		return [2]int{}
	}
	n := toks[j].Norm
	switch {
	case n == "in":
		k := nextWord(toks, j+1, to)
		start := k
		for w := 0; k >= 0 && w < 3 && enMediaDets[toks[k].Norm]; w++ {
			k = nextWord(toks, k+1, to)
		}
		if k >= 0 && enMedia[toks[k].Norm] && k-j < 10 {
			return [2]int{start, k + 1}
		}
	case n == "في" || n == "وفي":
		k := nextWord(toks, j+1, to)
		if k >= 0 && k == j+2 && hasAnyPrefix(bareNorm(toks[k]), arMediaPrefixes) {
			end := k + 1
			// one adjective: "بيان رسمي", "تصريح صحفي", "بيان مشترك"
			if a := nextWord(toks, end, to); a == end+1 && toks[a].Script == textnorm.ScriptArabic &&
				(strings.HasSuffix(toks[a].Norm, "ي") || strings.HasSuffix(toks[a].Norm, "يه") || toks[a].Norm == "مشترك") &&
				!speakerStops[toks[a].Norm] {
				end = a + 1
			}
			return [2]int{k, end}
		}
	}
	return [2]int{}
}

// Words that open a free relative ("What Reuters reported"): the speaker, if
// any, comes after them, never with them.
var whWords = normSet("what", "how", "why", "where", "whatever", "ما", "ماذا", "لماذا", "كيف", "متى", "أين")

// Relative pronouns inside a subject: the speaker is the noun before them
// ("officials who spoke on condition of anonymity", "الوزير الذي ...").
var relativeWords = normSet("who", "whom", "which", "whose", "الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي")

// Auxiliaries that open or close an Arabic subject before its verb: "وكان
// الوزير قد أكد".
var arAuxLead = normSet("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا", "فكان", "فكانت")
var arAuxTrail = normSet("قد", "لقد", "وقد")

// trimSubject bounds a subject found before its verb: a free relative gives
// what follows the wh-word, a relative clause is dropped, and Arabic
// auxiliaries are trimmed. ok is false when nothing is left.
func trimSubject(toks []Token, s [2]int) ([2]int, bool) {
	for i := s[0]; i < s[1]; i++ {
		t := toks[i]
		if t.Kind != Word {
			continue
		}
		switch {
		case whWords[t.Norm]:
			s[0] = i + 1
		case relativeWords[t.Norm] && i > s[0]:
			s[1] = i
		}
	}
	for i := s[1] - 1; i > s[0]; i-- {
		if toks[i].Kind == Word && toks[i].Norm == "و" {
			s[0] = i + 1 // "نتنياهو ينقل للمستشفى و المتحدث باسمه يؤكد": the subject of the last clause
			break
		}
	}
	s = enSubjectTrim(toks, s)
	if i := nextWord(toks, s[0], s[1]); i >= 0 && arAuxLead[toks[i].Norm] {
		s[0] = i + 1
	}
	for {
		i := prevContent(toks, s[0], s[1])
		if i < 0 || toks[i].Kind != Word || !arAuxTrail[toks[i].Norm] {
			break
		}
		s[1] = i
	}
	s = trimSeg(toks, s[0], s[1])
	return s, s[1] > s[0] && countWords(toks, s) > 0
}

// Words that make a relative clause after a speaker a mark of anonymity:
// "who spoke on condition of anonymity", "who asked not to be named".
var anonymityClause = keySet("anonymity", "named", "identified", "authorized", "authorised", "اسمه", "اسمها", "هويته", "هويتها")

// trailingClause reads what follows an English speaker set after its verb
// at the end of a statement: ", who spoke on condition of anonymity" (rel)
// or ", foreign affairs adviser to Iraq's prime minister" (a title). It
// returns the clause and whether it is a relative one; empty when the
// statement goes on with something else.
func trailingClause(toks []Token, i, to int) (clause [2]int, rel bool) {
	for i < to && toks[i].Kind == Space {
		i++
	}
	if i >= to || toks[i].Text != "," {
		return
	}
	j := nextWord(toks, i+1, to)
	if j < 0 {
		return
	}
	end := to
	for end > j && (toks[end-1].Kind == Space || toks[end-1].Kind == Punct && (toks[end-1].Text == "." || isCloser(toks[end-1].Text))) {
		end--
	}
	c := [2]int{j, end}
	if countWords(toks, c) > 14 {
		return [2]int{}, false
	}
	for k := j; k < end; k++ {
		if toks[k].Kind == Punct && (boundaryAt(toks, k) || strings.ContainsAny(toks[k].Text, "“”\"«»")) {
			return [2]int{}, false
		}
	}
	if relativeWords[toks[j].Norm] {
		return c, true
	}
	if hasCue(toks, c) || speakerStops[toks[j].Norm] || prepositions[toks[j].Norm] || startsUpper(toks[j].Text) && !roleHeads[toks[j].Key] {
		return [2]int{}, false
	}
	return c, false
}

// Head nouns of an English speaker phrase end before these: "a spokesman
// for the ministry", "officials at the Pentagon".
var enHeadEnders = normSet("of", "for", "from", "at", "in", "with", "close", "familiar", "who", "whom", "which", "on", "to", "briefed")

// enHeadAnonymous reports an English speaker whose head noun, the last word
// before a preposition, is an unnamed one: "U.S. officials", "a spokesman
// for the ministry", "Western diplomats"; not "Pentagon spokesman John Kirby".
func enHeadAnonymous(toks []Token, sp [2]int) bool {
	head := -1
	for i := sp[0]; i < sp[1]; i++ {
		t := toks[i]
		if t.Kind != Word {
			continue
		}
		if head >= 0 && enHeadEnders[t.Norm] {
			break
		}
		head = i
	}
	if head < 0 || toks[head].Script != textnorm.ScriptLatin {
		return false
	}
	if anonymousHeads[toks[head].Key] || enAnonymousHeads[toks[head].Norm] {
		return true
	}
	// "a senior commander of an armed faction": a title with an
	// indefinite article and no name.
	first := nextWord(toks, sp[0], sp[1])
	h := toks[head]
	return first >= 0 && (toks[first].Norm == "a" || toks[first].Norm == "an") && roleHeads[h.Key] &&
		h.Norm != "a" && h.Norm != "an" && h.Norm != "the" && !startsUpper(h.Text)
}

var enAnonymousHeads = normSet("spokesman", "spokeswoman", "spokespeople", "spokesmen", "insider", "insiders", "officer", "officers")

// passiveCue reports an English cue in the passive voice ("it was reported",
// "were told"): nobody is named as its speaker, and none is carried over.
func passiveCue(toks []Token, from, cue int) bool {
	i := prevContent(toks, from, cue)
	if i < 0 || toks[i].Kind != Word {
		return false
	}
	switch toks[i].Norm {
	case "was", "were", "is", "are", "been", "being", "be":
		return true
	}
	return false
}

// arMasdarLike reports an indefinite Arabic word of a verbal-noun pattern
// that a speaker does not start with but an object does: تفعيل ("تشكيل",
// "تسليم"), مفاعلة ("مواجهة"), افتعال/انفعال ("انسحاب", "اعتقال"),
// استفعال ("استخدام").
func arMasdarLike(n string) bool {
	if strings.HasPrefix(n, "ال") {
		return false
	}
	rs := []rune(n)
	switch {
	case len(rs) == 5 && rs[0] == 'ت' && rs[3] == 'ي':
		return true
	case len(rs) == 6 && rs[0] == 'م' && rs[2] == 'ا' && rs[5] == 'ه':
		return true
	case len(rs) == 6 && rs[0] == 'ا' && rs[4] == 'ا' && (rs[2] == 'ت' || rs[1] == 'ن'):
		return true
	case len(rs) == 7 && strings.HasPrefix(n, "است") && rs[5] == 'ا':
		return true
	}
	return false
}

var weekdays = normSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
var dayParts = normSet("morning", "afternoon", "evening", "night")
var enTimeWords = normSet("yesterday", "today", "tonight", "earlier", "later", "overnight")

// enSubjectTrim drops a wire dateline ("Sept 15 - ") before an English
// subject and a time adverbial after it ("on Sunday", "on Sunday evening",
// "earlier"): "BAGHDAD, Sept 15 - A senior commander of an armed faction
// on Sunday dismissed ...".
func enSubjectTrim(toks []Token, s [2]int) [2]int {
	words := 0
	for i := s[0]; i < s[1] && words <= 4; i++ {
		t := toks[i]
		if t.Kind == Word || t.Kind == Number {
			words++
		}
		if t.Kind == Punct && t.Text == "-" && i > s[0] && i+1 < s[1] && toks[i-1].Kind == Space && toks[i+1].Kind == Space {
			s[0] = i + 2
			break
		}
	}
	last := prevContent(toks, s[0], s[1])
	if last < 0 || toks[last].Script != textnorm.ScriptLatin {
		return s
	}
	if enTimeWords[toks[last].Norm] {
		return [2]int{s[0], last}
	}
	i := last
	if dayParts[toks[i].Norm] {
		i = prevContent(toks, s[0], i)
	}
	if i >= 0 && weekdays[toks[i].Norm] {
		if on := prevContent(toks, s[0], i); on > s[0] && toks[on].Norm == "on" {
			return [2]int{s[0], on}
		}
	}
	return s
}
