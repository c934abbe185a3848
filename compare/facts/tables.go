package facts

import (
	"slices"
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// The word lists of the extractor. Entries are written as they appear in
// text; init folds them with textnorm.Normalize, so hamza, tashkeel and
// ta marbuta variants need not be listed. To extend the extractor, add words
// here.

type numKind uint8

const (
	nNone     numKind = iota
	nUnit             // 1..9
	nTen              // 10
	nTeen             // 11..19 (English)
	nTens             // 20..90
	nHundred          // 100, multiplies what precedes it
	nHundreds         // 200..900 in one word: "ثلاثمئة", "مئتين"
	nScale            // 1000, 10^6, 10^9: multiplies what precedes it
	nScaled           // a dual of a scale: "ألفين" = 2000
	nDozen            // 12, multiplies: "two dozen"
	nPreTen           // "أحد", "اثنا": only before "عشر"
)

// Cardinal number words.
var (
	enCardinals = map[string]float64{
		"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
		"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
		"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
		"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1e3, "million": 1e6,
		"billion": 1e9, "trillion": 1e12, "dozen": 12,
	}
	arCardinals = map[string]float64{
		"واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
		"ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6,
		"سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
		"عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "خمسون": 50,
		"خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
		"تسعون": 90, "تسعين": 90,
		// The accusative of the units, "واحداً وثلاثين" (thirty-one),
		// "سبعاً وعشرين" (twenty-seven), tanween written or not.
		"واحدا": 1, "ثلاثا": 3, "أربعا": 4, "خمسا": 5, "ستا": 6, "سبعا": 7, "ثمانيا": 8, "تسعا": 9,
		"مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200, "مئتا": 200,
		"مئتي": 200, "مائتا": 200, "مائتي": 200,
		"ثلاثمئة": 300, "ثلاثمائة": 300, "أربعمئة": 400, "أربعمائة": 400, "خمسمئة": 500, "خمسمائة": 500,
		"ستمئة": 600, "ستمائة": 600, "سبعمئة": 700, "سبعمائة": 700, "ثمانمئة": 800, "ثمانمائة": 800,
		"ثمانيمئة": 800, "ثمانيمائة": 800, "تسعمئة": 900, "تسعمائة": 900,
		"ألف": 1e3, "ألفا": 1e3, "آلاف": 1e3, "ألفان": 2e3, "ألفين": 2e3,
		"مليون": 1e6, "مليونا": 1e6, "ملايين": 1e6, "مليونان": 2e6, "مليونين": 2e6,
		"مليار": 1e9, "مليارا": 1e9, "مليارات": 1e9, "ملياران": 2e9, "مليارين": 2e9, "بليون": 1e9,
		"تريليون": 1e12, "تريليونا": 1e12, "تريليونات": 1e12, "تريليونان": 2e12, "تريليونين": 2e12,
		"ترليون": 1e12, "ترليونا": 1e12, "ترليونات": 1e12, "ترليونان": 2e12, "ترليونين": 2e12,
	}
	// Duals of a scale, a count by themselves.
	arScaledDuals = map[string]bool{"ألفان": true, "ألفين": true, "مليونان": true, "مليونين": true,
		"ملياران": true, "مليارين": true, "تريليونان": true, "تريليونين": true, "ترليونان": true, "ترليونين": true}
	// Duals of a scale in construct, before the noun they count: "مليونا
	// شخص" (two million people), "بمليوني دولار" (with two million
	// dollars). "ألفا" is also a thousand told alone or after a number
	// ("جند ألفا من المقاتلين", "ثلاثون ألفا"), and "مليوني" an adjective
	// ("حشد مليوني"): wordCount reads them as two only first in a count
	// and before a word that is no number and no "من".
	arConstructDuals = map[string]float64{"ألفا": 2e3, "مليونا": 2e6, "مليارا": 2e9, "تريليونا": 2e12, "ترليونا": 2e12,
		"ألفي": 2e3, "مليوني": 2e6, "ملياري": 2e9, "تريليوني": 2e12, "ترليوني": 2e12}
	// Halves of a scale: "نصف مليون", "half a million".
	halfWords = []string{"half", "نصف"}
	// English plurals without an s, for finding the counted noun.
	enIrregularPlurals = []string{"men", "women", "children", "people", "police", "feet", "teeth", "mice",
		"geese", "cattle", "personnel", "staff", "troops", "sheep", "fish", "deer", "aircraft"}
	// Only a number in "أحد عشر", "اثنا عشر": alone "أحد" is "someone" or
	// "Sunday".
	arPreTen = map[string]float64{"أحد": 1, "إحدى": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2}
	// Words that take the definite article and stay numbers ("الثلاثة");
	// "الاثنين" is Monday and "الأحد" Sunday, so 1 and 2 are left out.
	arDefiniteOK = func(v float64) bool { return v >= 3 && v < 1000 }

	// Plurals that give an order of magnitude, not a count.
	enVague = map[string]float64{"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
	arVague = map[string]float64{"عشرات": 10, "مئات": 100, "آلاف": 1e3, "ألوف": 1e3, "ملايين": 1e6, "مليارات": 1e9,
		"تريليونات": 1e12, "ترليونات": 1e12}

	enOrdinals = map[string]float64{
		"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
		"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
		"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
		"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100,
	}
	arOrdinals = map[string]float64{
		"أول": 1, "الأول": 1, "أولى": 1, "الأولى": 1, "ثاني": 2, "الثاني": 2, "ثانية": 2, "الثانية": 2,
		"ثالث": 3, "الثالث": 3, "ثالثة": 3, "الثالثة": 3, "رابع": 4, "الرابع": 4, "رابعة": 4, "الرابعة": 4,
		"خامس": 5, "الخامس": 5, "خامسة": 5, "الخامسة": 5, "سادس": 6, "السادس": 6, "سادسة": 6, "السادسة": 6,
		"سابع": 7, "السابع": 7, "سابعة": 7, "السابعة": 7, "ثامن": 8, "الثامن": 8, "ثامنة": 8, "الثامنة": 8,
		"تاسع": 9, "التاسع": 9, "تاسعة": 9, "التاسعة": 9, "عاشر": 10, "العاشر": 10, "عاشرة": 10,
		"العاشرة": 10, "الحادي": 1, "حادي": 1, "الحادية": 1, "حادية": 1,
	}

	// Signs and words that make a number a percentage.
	percentWords = []string{"percent", "pct", "بالمئة", "بالمائة"}
	// Percent signs, matched as punctuation.
	percentSigns = "%٪"
	// Two-word forms: "per cent", "في المئة".
	percentPairs = [][2]string{{"per", "cent"}, {"في", "المئة"}, {"في", "المائة"}}

	// Digit suffixes glued to a number: "2.5bn", "10k", "3rd".
	digitScales   = map[string]float64{"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
	digitOrdinals = []string{"st", "nd", "rd", "th"}
)

// nearBefore are the phrases of approxBefore that come near a value from
// under it: "nearly 30" is 27 and "يناهز ستة مليارات" just under six
// billion, not seven.
var nearBefore = map[string]bool{"nearly": true, "almost": true, "ما يقارب": true, "يقارب": true, "تقارب": true, "قاربت": true,
	"يناهز": true, "تناهز": true, "ناهز": true, "ناهزت": true}

// approx lists the phrases that make a number approximate. The phrase is
// matched just before the number (after, for the after list); bound is
// "min" or "max" for open-ended ones.
var (
	approxBefore = []struct{ phrase, bound string }{
		{"about", ""}, {"around", ""}, {"roughly", ""}, {"approximately", ""}, {"some", ""}, {"nearly", ""},
		{"almost", ""}, {"as many as", ""}, {"circa", ""}, {"estimated", ""}, {"close to", ""},
		{"more than", "min"}, {"over", "min"}, {"at least", "min"}, {"upwards of", "min"}, {"in excess of", "min"},
		{"less than", "max"}, {"fewer than", "max"}, {"under", "max"}, {"up to", "max"}, {"at most", "max"},
		{"no more than", "max"}, {"not more than", "max"}, {"no fewer than", "min"}, {"not less than", "min"},
		{"above", "min"}, {"below", "max"}, {"does not exceed", "max"}, {"did not exceed", "max"}, {"do not exceed", "max"}, {"not exceeding", "max"},
		{"doesn't exceed", "max"}, {"didn't exceed", "max"}, {"would not exceed", "max"}, {"will not exceed", "max"},
		{"exceeded", "min"}, {"exceeds", "min"}, {"surpassed", "min"}, {"topped", "min"},
		{"exceed", "min"}, {"not exceed", "max"}, {"cannot exceed", "max"}, {"surpass", "min"}, {"surpasses", "min"},
		{"نحو", ""}, {"حوالي", ""}, {"حوالى", ""}, {"قرابة", ""}, {"زهاء", ""}, {"يقارب", ""}, {"ما يقارب", ""},
		{"ما يقرب من", ""}, {"نحو من", ""}, {"تقريبا", ""},
		{"تقارب", ""}, {"قاربت", ""}, {"يناهز", ""}, {"تناهز", ""}, {"ناهز", ""}, {"ناهزت", ""},
		{"أكثر من", "min"}, {"أزيد من", "min"}, {"ما يزيد عن", "min"}, {"ما يزيد على", "min"}, {"يزيد عن", "min"},
		{"يزيد على", "min"}, {"ما لا يقل عن", "min"}, {"لا يقل عن", "min"}, {"أقل من", "max"}, {"ما لا يزيد عن", "max"},
		{"ما لا يزيد على", "max"}, {"حتى", "max"}, {"دون", "max"},
		{"لا يزيد عن", "max"}, {"لا يزيد على", "max"}, {"لا يتجاوز", "max"}, {"لا تتجاوز", "max"}, {"لم يتجاوز", "max"}, {"لم تتجاوز", "max"},
		{"تجاوز", "min"}, {"تجاوزت", "min"}, {"يتجاوز", "min"}, {"تتجاوز", "min"}, {"تخطى", "min"}, {"تخطت", "min"},
		{"يتخطى", "min"}, {"يفوق", "min"}, {"تفوق", "min"}, {"فاق", "min"}, {"فاقت", "min"},
	}
	approxAfter = []struct{ phrase, bound string }{
		{"تقريبا", ""}, {"على الأقل", "min"}, {"أو أكثر", "min"}, {"or so", ""}, {"or more", "min"},
		{"at least", "min"}, {"approximately", ""},
	}
)

// Words that cannot be the counted noun after a number.
var unitStop = []string{
	"a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "than", "as",
	"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "said", "says", "that",
	"this", "which", "who", "more", "less", "per", "into", "across", "since", "until", "after", "before",
	"during", "while", "when", "if", "it", "they", "he", "she", "we", "you", "i", "his", "her", "their", "its",
	"out", "up", "over", "under", "about", "against", "between", "among", "or", "so", "not", "no",
	"في", "من", "على", "إلى", "الى", "عن", "مع", "و", "أو", "او", "ثم", "بين", "حتى", "منذ", "قد", "لا", "لم",
	"لن", "ما", "هو", "هي", "هم", "أن", "إن", "ان", "الذي", "التي", "الذين", "كان", "كانت", "بعد", "قبل",
	"خلال", "عند", "لدى", "نحو", "حوالي", "تقريبا", "فقط", "أيضا", "لكن", "بل", "كما", "وفق", "بحسب", "حسب",
	"إلا", "سوى", "عام", "سنة", "عبر", "ضد", "لدى", "أمام", "وراء", "فوق", "تحت", "حول", "دون",
}

// Words and symbols that glue a date or period to what follows.
var (
	datePreps = map[string]string{
		"by": "by", "before": "before", "prior": "before", "after": "after", "following": "after",
		"since": "since", "until": "until", "till": "until", "through": "until", "within": "within",
		"in": "in", "during": "in", "on": "in", "over": "within",
		"بحلول": "by", "قبل": "before", "بعد": "after", "منذ": "since", "حتى": "until", "لغاية": "until",
		"غضون": "within", "في": "in", "خلال": "in", "أثناء": "in",
	}
	datePositions = map[string]string{
		"end": "end", "late": "end", "start": "start", "beginning": "start", "early": "start", "mid": "mid",
		"middle": "mid", "نهاية": "end", "أواخر": "end", "ختام": "end", "أواسط": "mid", "منتصف": "mid",
		"بداية": "start", "أوائل": "start", "مستهل": "start", "مطلع": "start",
	}
	dateFillers = []string{"the", "of", "من", "to", "than"}

	// Relative words: after a unit or month in Arabic ("العام الماضي"),
	// before it in English ("last year", "هذا العام").
	relAfter = map[string]string{
		"الحالي": "current", "الجاري": "current", "الراهن": "current", "الحالية": "current", "الجارية": "current",
		"الماضي": "last", "المنصرم": "last", "الفائت": "last", "السابق": "last", "الماضية": "last",
		"المنصرمة": "last", "الفائتة": "last", "المقبل": "next", "القادم": "next", "المقبلة": "next",
		"القادمة": "next", "التالي": "next",
	}
	relBefore = map[string]string{
		"this": "current", "current": "current", "last": "last", "past": "last", "previous": "last",
		"next": "next", "coming": "next", "هذا": "current", "هذه": "current",
	}
	// Days named relative to today.
	dayWords = map[string]string{
		"today": "current", "yesterday": "last", "tomorrow": "next", "اليوم": "current", "أمس": "last",
		"الأمس": "last", "غدا": "next",
	}
	// Words that introduce a year: "عام 2014", "the year 2014".
	yearWords = []string{"عام", "العام", "سنة", "السنة", "year", "عامي"}

	// Time units of a duration; the count is 2 for Arabic duals, and 10 for
	// decades (as years).
	timeUnits = map[string]struct {
		unit  byte
		count float64
	}{
		"year": {'y', 1}, "years": {'y', 1}, "yr": {'y', 1}, "yrs": {'y', 1}, "month": {'m', 1},
		"months": {'m', 1}, "week": {'w', 1}, "weeks": {'w', 1}, "day": {'d', 1}, "days": {'d', 1},
		"hour": {'h', 1}, "hours": {'h', 1}, "decade": {'y', 10}, "decades": {'y', 10},
		"عام": {'y', 1}, "عاما": {'y', 1}, "أعوام": {'y', 1}, "سنة": {'y', 1}, "سنوات": {'y', 1}, "سنين": {'y', 1},
		"عامين": {'y', 2}, "عامان": {'y', 2}, "سنتين": {'y', 2}, "سنتان": {'y', 2},
		"شهر": {'m', 1}, "شهرا": {'m', 1}, "أشهر": {'m', 1}, "شهور": {'m', 1}, "شهرين": {'m', 2}, "شهران": {'m', 2},
		"أسبوع": {'w', 1}, "أسبوعا": {'w', 1}, "أسابيع": {'w', 1}, "أسبوعين": {'w', 2}, "أسبوعان": {'w', 2},
		"يوم": {'d', 1}, "يوما": {'d', 1}, "أيام": {'d', 1}, "يومين": {'d', 2}, "يومان": {'d', 2},
		"ساعة": {'h', 1}, "ساعات": {'h', 1}, "ساعتين": {'h', 2}, "ساعتان": {'h', 2},
		"عقد": {'y', 10}, "عقود": {'y', 10}, "عقدين": {'y', 20}, "عقدان": {'y', 20},
		// With the article, for relative dates: "العام الماضي".
		"العام": {'y', 1}, "السنة": {'y', 1}, "الشهر": {'m', 1}, "الأسبوع": {'w', 1},
	}
	// Arabic duals are a count of two by themselves.
	dualUnits = []string{"عامين", "عامان", "سنتين", "سنتان", "شهرين", "شهران", "أسبوعين", "أسبوعان", "يومين",
		"يومان", "ساعتين", "ساعتان", "عقدين", "عقدان"}
	// Units that need a count or a relative word: alone, "عام" is "general"
	// and "عقد" is "contract".
	monthOfWords = []string{"شهر", "month"}
	// Prepositions that also govern counts ("on 2000 acres", "مع 2000
	// جندي"), so they do not make a bare number a year.
	weakPreps = []string{"on", "over", "through", "following"}
)

// Month names. English names must be capitalised in text; Arabic ones need a
// context (see dates.go) because "آب" folds to the same letters as "أب"
// (father) and "مارس" is also "he practised".
var (
	monthNames = map[string]int{
		"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
		"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
		"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
		// Levantine and Iraqi series.
		"شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9,
		// Egyptian and Gulf series.
		"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
		"يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11,
		"ديسمبر": 12,
		// Maghreb series.
		"جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
	}
	// Two-word Levantine months: كانون الثاني (1), تشرين الأول (10), تشرين
	// الثاني (11), كانون الأول (12).
	monthPairs = map[[2]string]int{
		{"كانون", "الثاني"}: 1, {"كانون", "ثاني"}: 1, {"تشرين", "الأول"}: 10, {"تشرين", "أول"}: 10,
		{"تشرين", "الثاني"}: 11, {"تشرين", "ثاني"}: 11, {"كانون", "الأول"}: 12, {"كانون", "أول"}: 12,
	}
	monthAbbrev = []string{"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"}
)

// Cue phrases. A phrase is a list of words; a "-" kind entry matches and
// consumes the words but is not a cue (ما زال "still" is not a negation).
type cueEntry struct {
	phrase string
	ws     []string // folded words of phrase
	kind   CueKind
	not    bool // an exclusion: matched so that its words are not cues
	rule   cueRule
}

type cueRule uint8

const (
	ruleNone     cueRule = iota
	ruleMa               // ما negates only at the head of a clause before a verb
	ruleQad              // قد hedges only before an imperfect verb
	ruleGhayr            // غير negates before an adjective, not in "غير أن"
	ruleLies             // "lies" is a denial, not "lies on the floor"
	ruleMay              // "May" capitalised is usually the month or a name
	ruleNo               // "No." before digits is "number"
	ruleExpected         // "expected" hedges only as "expected to"
	ruleDun              // دون before a number is "below", not "without"
)

var cueTable = []cueEntry{
	// Exclusions first: they win over the single words they contain.
	{phrase: "ما زال", not: true}, {phrase: "ما زالت", not: true}, {phrase: "ما زالوا", not: true},
	{phrase: "ما يزال", not: true}, {phrase: "ما تزال", not: true}, {phrase: "ما يزالون", not: true},
	{phrase: "ما دام", not: true}, {phrase: "ما دامت", not: true}, {phrase: "ما برح", not: true},
	{phrase: "ما انفك", not: true}, {phrase: "ما فتئ", not: true}, {phrase: "لا يزال", not: true},
	{phrase: "لا تزال", not: true}, {phrase: "لا زال", not: true}, {phrase: "لا زالت", not: true},
	{phrase: "لا يزالون", not: true}, {phrase: "لم يزل", not: true}, {phrase: "لا سيما", not: true},
	{phrase: "لا بد", not: true}, {phrase: "not only", not: true}, {phrase: "not just", not: true},
	{phrase: "no doubt", not: true}, {phrase: "ما إذا", not: true},

	// Negation.
	{phrase: "لم يعد", kind: Negation}, {phrase: "لم تعد", kind: Negation}, {phrase: "لم يعودوا", kind: Negation},
	{phrase: "لم نعد", kind: Negation}, {phrase: "لم أعد", kind: Negation}, {phrase: "no longer", kind: Negation},
	{phrase: "no one", kind: Negation}, {phrase: "من دون", kind: Negation}, {phrase: "من غير", kind: Negation},
	{phrase: "لا", kind: Negation}, {phrase: "لن", kind: Negation}, {phrase: "لم", kind: Negation},
	{phrase: "ليس", kind: Negation}, {phrase: "ليست", kind: Negation}, {phrase: "لست", kind: Negation},
	{phrase: "لسنا", kind: Negation}, {phrase: "ليسوا", kind: Negation}, {phrase: "لستم", kind: Negation},
	{phrase: "عدم", kind: Negation}, {phrase: "بدون", kind: Negation}, {phrase: "دون", kind: Negation, rule: ruleDun},
	{phrase: "ما", kind: Negation, rule: ruleMa}, {phrase: "غير", kind: Negation, rule: ruleGhayr},
	{phrase: "not", kind: Negation}, {phrase: "no", kind: Negation, rule: ruleNo}, {phrase: "never", kind: Negation},
	{phrase: "none", kind: Negation}, {phrase: "nobody", kind: Negation}, {phrase: "nothing", kind: Negation},
	{phrase: "neither", kind: Negation}, {phrase: "nor", kind: Negation}, {phrase: "without", kind: Negation},
	{phrase: "cannot", kind: Negation}, {phrase: "nowhere", kind: Negation},

	// Denial.
	{phrase: "محض كذب", kind: Denial}, {phrase: "عار عن الصحة", kind: Denial}, {phrase: "عارية عن الصحة", kind: Denial},
	{phrase: "عار من الصحة", kind: Denial}, {phrase: "لا أساس له من الصحة", kind: Denial},
	{phrase: "لا أساس لها من الصحة", kind: Denial}, {phrase: "لا أساس لهما من الصحة", kind: Denial},
	{phrase: "لا صحة له", kind: Denial}, {phrase: "لا صحة لها", kind: Denial}, {phrase: "لا صحة لما", kind: Denial},
	{phrase: "لا صحة للأنباء", kind: Denial}, {phrase: "لا صحة لذلك", kind: Denial}, {phrase: "لا صحة لهذه", kind: Denial},
	{phrase: "لا صحة لهذا", kind: Denial}, {phrase: "غير صحيح", kind: Denial},
	{phrase: "غير صحيحة", kind: Denial}, {phrase: "not true", kind: Denial}, {phrase: "fake news", kind: Denial},
	{phrase: "نفى", kind: Denial}, {phrase: "نفت", kind: Denial}, {phrase: "نفوا", kind: Denial},
	{phrase: "ينفي", kind: Denial}, {phrase: "تنفي", kind: Denial}, {phrase: "ينفون", kind: Denial},
	{phrase: "نفي", kind: Denial}, {phrase: "نافيا", kind: Denial}, {phrase: "نافية", kind: Denial},
	{phrase: "كذب", kind: Denial}, {phrase: "كذبت", kind: Denial}, {phrase: "يكذب", kind: Denial},
	{phrase: "تكذب", kind: Denial}, {phrase: "تكذيب", kind: Denial}, {phrase: "شائعات", kind: Denial},
	{phrase: "شائعة", kind: Denial}, {phrase: "إشاعات", kind: Denial}, {phrase: "إشاعة", kind: Denial},
	{phrase: "مفبرك", kind: Denial}, {phrase: "مفبركة", kind: Denial}, {phrase: "ملفق", kind: Denial},
	{phrase: "ملفقة", kind: Denial}, {phrase: "دحض", kind: Denial}, {phrase: "يدحض", kind: Denial},
	{phrase: "تدحض", kind: Denial}, {phrase: "رفض", kind: Denial}, {phrase: "رفضت", kind: Denial},
	{phrase: "رفضوا", kind: Denial}, {phrase: "يرفض", kind: Denial}, {phrase: "ترفض", kind: Denial},
	{phrase: "يرفضون", kind: Denial},
	{phrase: "deny", kind: Denial}, {phrase: "denies", kind: Denial}, {phrase: "denied", kind: Denial},
	{phrase: "denying", kind: Denial}, {phrase: "denial", kind: Denial}, {phrase: "false", kind: Denial},
	{phrase: "lies", kind: Denial, rule: ruleLies}, {phrase: "fake", kind: Denial}, {phrase: "baseless", kind: Denial},
	{phrase: "unfounded", kind: Denial}, {phrase: "untrue", kind: Denial}, {phrase: "fabricated", kind: Denial},
	{phrase: "hoax", kind: Denial}, {phrase: "rumors", kind: Denial}, {phrase: "rumours", kind: Denial},
	{phrase: "dismissed", kind: Denial}, {phrase: "dismisses", kind: Denial}, {phrase: "rejected", kind: Denial},
	{phrase: "rejects", kind: Denial}, {phrase: "refuted", kind: Denial}, {phrase: "refutes", kind: Denial},
	{phrase: "refused", kind: Denial}, {phrase: "refuses", kind: Denial},

	// Hedge.
	{phrase: "من المتوقع", kind: Hedge}, {phrase: "من المرجح", kind: Hedge}, {phrase: "من المحتمل", kind: Hedge},
	{phrase: "على ما يبدو", kind: Hedge}, {phrase: "is expected to", kind: Hedge},
	{phrase: "are expected to", kind: Hedge}, {phrase: "was expected to", kind: Hedge},
	{phrase: "were expected to", kind: Hedge}, {phrase: "is likely to", kind: Hedge},
	{phrase: "ربما", kind: Hedge}, {phrase: "قد", kind: Hedge, rule: ruleQad}, {phrase: "يعتقد", kind: Hedge},
	{phrase: "يعتقدون", kind: Hedge}, {phrase: "المتوقع", kind: Hedge}, {phrase: "متوقع", kind: Hedge},
	{phrase: "يتوقع", kind: Hedge}, {phrase: "يرجح", kind: Hedge}, {phrase: "محتمل", kind: Hedge},
	{phrase: "يحتمل", kind: Hedge}, {phrase: "يزعم", kind: Hedge}, {phrase: "مزعوم", kind: Hedge},
	{phrase: "مزعومة", kind: Hedge}, {phrase: "المزعوم", kind: Hedge}, {phrase: "المزعومة", kind: Hedge},
	{phrase: "مزاعم", kind: Hedge}, {phrase: "يبدو", kind: Hedge},
	{phrase: "reportedly", kind: Hedge}, {phrase: "may", kind: Hedge, rule: ruleMay}, {phrase: "might", kind: Hedge},
	{phrase: "could", kind: Hedge}, {phrase: "possibly", kind: Hedge}, {phrase: "probably", kind: Hedge},
	{phrase: "likely", kind: Hedge}, {phrase: "perhaps", kind: Hedge}, {phrase: "maybe", kind: Hedge},
	{phrase: "allegedly", kind: Hedge}, {phrase: "alleged", kind: Hedge}, {phrase: "apparently", kind: Hedge},
	{phrase: "purportedly", kind: Hedge}, {phrase: "supposedly", kind: Hedge},
	{phrase: "expected", kind: Hedge, rule: ruleExpected},

	// Affirmation.
	{phrase: "we have reached", kind: Affirmation}, {phrase: "have reached an", kind: Affirmation},
	{phrase: "has reached an", kind: Affirmation}, {phrase: "reached an agreement", kind: Affirmation},
	{phrase: "reached a deal", kind: Affirmation},
	{phrase: "أكد", kind: Affirmation}, {phrase: "أكدت", kind: Affirmation}, {phrase: "أكدوا", kind: Affirmation},
	{phrase: "يؤكد", kind: Affirmation}, {phrase: "تؤكد", kind: Affirmation}, {phrase: "يؤكدون", kind: Affirmation},
	{phrase: "مؤكدا", kind: Affirmation}, {phrase: "مؤكدة", kind: Affirmation}, {phrase: "تأكيد", kind: Affirmation},
	{phrase: "توصلنا", kind: Affirmation}, {phrase: "توصلوا", kind: Affirmation}, {phrase: "توصل", kind: Affirmation},
	{phrase: "توصلت", kind: Affirmation}, {phrase: "اتفق", kind: Affirmation}, {phrase: "اتفقت", kind: Affirmation},
	{phrase: "اتفقوا", kind: Affirmation}, {phrase: "اتفقا", kind: Affirmation},
	{phrase: "confirm", kind: Affirmation}, {phrase: "confirms", kind: Affirmation},
	{phrase: "confirmed", kind: Affirmation}, {phrase: "confirming", kind: Affirmation},
	{phrase: "affirmed", kind: Affirmation}, {phrase: "reaffirmed", kind: Affirmation},
	{phrase: "agreed", kind: Affirmation}, {phrase: "agree", kind: Affirmation}, {phrase: "agrees", kind: Affirmation},
}

// wordInfo gathers every role a folded word plays, so that a token needs a
// single map lookup.
type wordInfo struct {
	num      float64 // cardinal value when numK != nNone
	numK     numKind
	ord      float64 // ordinal value, 0 when none
	vague    float64 // order of magnitude of a vague plural
	definite bool    // the cardinal carries the article ("الثلاثة")
	month    int
	monthA   bool // Arabic month: needs the context rules
	month1   bool // first word of a two-word month (كانون، تشرين)
	prep     string
	pos      string
	filler   bool
	relAfter string
	relPre   string
	day      string
	yearWord bool
	firstOf  bool // "غرة": the first day of the month after it
	unit     byte
	unitN    float64
	dual     bool
	pair     float64 // a scale's dual in construct ("مليونا", "مليوني"): its value
	monthOf  bool
	stop     bool
	percent  bool
	abbrev   bool        // abbreviated month name, may take a dot
	half     bool        // "half", "نصف"
	plural   bool        // English plural without an s
	weak     bool        // preposition too common to make a bare number a year
	cues     []*cueEntry // phrases starting with this word, longest first
	approxB  bool        // last word of an approximator before a number
	approxA  bool        // first word of an approximator after a number
}

// words maps a folded word to its roles.
var words = map[string]*wordInfo{}

// Approximator phrases as folded word lists.
var approxB, approxA []approxPhrase

type approxPhrase struct {
	words []string
	bound string
	near  bool // comes near the value from under it (nearBefore)
}

func norm(w string) string { return textnorm.Normalize(w) }

func entry(w string) *wordInfo {
	k := norm(w)
	wi := words[k]
	if wi == nil {
		wi = &wordInfo{}
		words[k] = wi
	}
	return wi
}

func classify(v float64) numKind {
	switch {
	case v < 10:
		return nUnit
	case v == 10:
		return nTen
	case v < 20:
		return nTeen
	case v < 100:
		return nTens
	case v == 100:
		return nHundred
	case v < 1000:
		return nHundreds
	}
	return nScale
}

// tablesOnce builds the word tables on first use rather than at start: every
// command of the program would pay for them, and most never read a fact.
var tablesOnce sync.Once

func loadTables() { tablesOnce.Do(buildTables) }

func buildTables() {
	for w, v := range enCardinals {
		e := entry(w)
		e.num, e.numK = v, classify(v)
		if w == "dozen" {
			e.numK = nDozen
		}
	}
	for w, v := range arCardinals {
		k := classify(v)
		if arScaledDuals[w] {
			k = nScaled
		}
		e := entry(w)
		e.num, e.numK = v, k
		if arDefiniteOK(v) {
			d := entry("ال" + w)
			if d.numK == nNone {
				d.num, d.numK, d.definite = v, k, true
			}
		}
	}
	for w, v := range arConstructDuals {
		entry(w).pair = v
	}
	for w, v := range arPreTen {
		e := entry(w)
		e.num, e.numK = v, nPreTen
	}
	for w, v := range enVague {
		entry(w).vague = v
	}
	for w, v := range arVague {
		entry(w).vague = v
		entry("ال" + w).vague = v
	}
	for w, v := range enOrdinals {
		entry(w).ord = v
	}
	for w, v := range arOrdinals {
		entry(w).ord = v
	}
	for _, w := range percentWords {
		entry(w).percent = true
	}
	for w, m := range monthNames {
		e := entry(w)
		e.month = m
		e.monthA = w[0] >= 0x80
	}
	for p := range monthPairs {
		entry(p[0]).month1 = true
	}
	for w, q := range datePreps {
		entry(w).prep = q
	}
	for w, q := range datePositions {
		entry(w).pos = q
	}
	for _, w := range dateFillers {
		entry(w).filler = true
	}
	for w, r := range relAfter {
		entry(w).relAfter = r
	}
	for w, r := range relBefore {
		entry(w).relPre = r
	}
	for w, r := range dayWords {
		entry(w).day = r
	}
	for _, w := range yearWords {
		entry(w).yearWord = true
	}
	entry("غرة").firstOf = true
	for w, u := range timeUnits {
		e := entry(w)
		e.unit, e.unitN = u.unit, u.count
	}
	for _, w := range dualUnits {
		entry(w).dual = true
	}
	for _, w := range monthOfWords {
		entry(w).monthOf = true
	}
	for _, w := range unitStop {
		entry(w).stop = true
	}
	for i := range cueTable {
		c := &cueTable[i]
		c.ws = foldFields(c.phrase)
		e := entry(c.ws[0])
		e.cues = append(e.cues, c)
	}
	// Longest phrase first, exclusions before cues of the same length.
	for _, wi := range words {
		cs := wi.cues
		for a := 1; a < len(cs); a++ {
			for b := a; b > 0 && cueLess(cs[b], cs[b-1]); b-- {
				cs[b], cs[b-1] = cs[b-1], cs[b]
			}
		}
	}
	for _, p := range approxBefore {
		ws := foldFields(p.phrase)
		approxB = append(approxB, approxPhrase{ws, p.bound, nearBefore[p.phrase]})
		for _, w := range ws {
			entry(w)
		}
		entry(ws[len(ws)-1]).approxB = true
	}
	// Longest phrase first: "no more than" 12 is at most 12, not the
	// "more than" at its end.
	slices.SortStableFunc(approxB, func(a, b approxPhrase) int { return len(b.words) - len(a.words) })
	for _, p := range approxAfter {
		ws := foldFields(p.phrase)
		approxA = append(approxA, approxPhrase{words: ws, bound: p.bound})
		entry(ws[0]).approxA = true
	}
	for p, m := range monthPairs {
		monthPairsN[[2]string{norm(p[0]), norm(p[1])}] = m
	}
	for _, p := range percentPairs {
		percentPairsN = append(percentPairsN, [2]string{norm(p[0]), norm(p[1])})
	}
	for _, w := range monthAbbrev {
		entry(w).abbrev = true
	}
	for _, w := range halfWords {
		entry(w).half = true
	}
	for _, w := range enIrregularPlurals {
		entry(w).plural = true
	}
	for _, w := range weakPreps {
		entry(w).weak = true
	}
	buildWordFilter() // last: words is complete
}

func cueLess(a, b *cueEntry) bool {
	na, nb := len(strings.Fields(a.phrase)), len(strings.Fields(b.phrase))
	if na != nb {
		return na > nb
	}
	return a.not && !b.not
}

// percentPairsN is percentPairs folded.
var percentPairsN [][2]string

// monthPairsN is monthPairs folded.
var monthPairsN = map[[2]string]int{}

func foldFields(p string) []string {
	fs := strings.Fields(p)
	for i, f := range fs {
		fs[i] = norm(f)
	}
	return fs
}
