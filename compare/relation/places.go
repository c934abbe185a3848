package relation

import (
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// Places and nationalities, and the members of the lexicon's other closed
// classes (colours, currencies, kin, animals, weekdays...), are matched by
// their written forms, not by stem alone. The light stemmer folds many of
// them onto common words: "البحرين" and "البحر" (the sea), "بنغازي" and
// "الغاز" (gas), "مالي" and "المالية" (finance), "سوريا" and "السور" (the
// wall), "جورجيا" and "جورج" (George), "النيجر" and "يجري" (runs), "US"
// and "using"; "وأن" (and that) and a currency, "نسبته" (its share) and
// السبت, "حصانة" (immunity) and حصان (a horse), "falling" and the season.
// Such a word, taken for a place, set two accounts of one event in two
// countries, and took a statement's side away from a claim about the
// other.

// How a form of a member is listed (memberForms): a name written without
// the article ("مصر", "مالي"), one written with it ("العراق"), a nisba
// ("عراقي", or "فنزويلي" of "فنزويلا").
const (
	formBare uint8 = 1 << iota
	formArticle
	formNisba
)

// memberForms are, for each concept of a class member (classMember), the
// forms its words of the lexicon are written in, folded
// (textnorm.Normalize), without the article (bareForm), and how each is
// listed. Stemming every word of the tables to find its entry takes some
// 3 ms, paid by the first comparison of every process, so lexicon_gen.go
// holds the result (genMemberForms) and is used when it was made from the
// tables as they are now, as initLexicon does.
var memberForms = sync.OnceValue(func() map[int32]map[string]uint8 {
	loadTables()
	if genLexiconSum != tablesSum() {
		return buildMemberForms()
	}
	out := map[int32]map[string]uint8{}
	for _, f := range genMemberForms {
		if out[f.concept] == nil {
			out[f.concept] = map[string]uint8{}
		}
		out[f.concept][f.form] = f.how
	}
	return out
})

// memberFormRow is one form of genMemberForms.
type memberFormRow struct {
	concept int32
	form    string
	how     uint8
}

// buildMemberForms builds memberForms from the word tables and the lexicon.
func buildMemberForms() map[int32]map[string]uint8 {
	out := map[int32]map[string]uint8{}
	add := func(w string, nisba bool) {
		e := lookup(canon(w))
		if e == nil || !classMember(e) {
			return
		}
		if out[e.concept] == nil {
			out[e.concept] = map[string]uint8{}
		}
		n := textnorm.Normalize(strings.ReplaceAll(w, "_", " "))
		b := bareForm(n)
		switch {
		case nisba:
			out[e.concept][b] |= formNisba
		case b != n:
			out[e.concept][b] |= formArticle
		default:
			out[e.concept][b] |= formBare
		}
		// A name in ا has its nisba in ي, whether or not the lexicon
		// lists it: "فنزويلا", "الفنزويلية"; "كينيا", "الكينية".
		if strings.HasSuffix(b, "يا") {
			out[e.concept][strings.TrimSuffix(b, "ا")] |= formNisba
		} else if strings.HasSuffix(b, "ا") && !strings.Contains(b, " ") {
			out[e.concept][strings.TrimSuffix(b, "ا")+"ي"] |= formNisba
		}
	}
	nationality := map[string]bool{}
	for _, line := range classTable {
		name, rest, _ := strings.Cut(line, ":")
		members, _, _ := strings.Cut(rest, ">")
		for _, w := range strings.Fields(members) {
			if name == "nationality" {
				nationality[w] = true
			}
			add(w, name == "nationality")
		}
	}
	for _, line := range synonymTable {
		for _, w := range strings.Fields(line) {
			add(w, nationality[w])
		}
	}
	return out
}

// classMember reports whether e is a member of a closed class (classTable)
// or stands in a place's role.
func classMember(e *lexEntry) bool { return e.concept != 0 && (e.class != 0 || placeRole(e)) }

// memberForm reports whether a word folded to norm, whose stem is e's, is
// one of e's forms when e is a class member (classForm), or a place or a
// nationality: one the lexicon
// lists, after a conjunction, a preposition and the article ("بالعراق",
// "للسودان", "وبسوريا"), or a listed nisba with a feminine or plural
// ending ("العراقية", "السوريين", "iraqis"). Any other entry is always its
// words' own.
func memberForm(e *lexEntry, norm string) bool {
	if !classMember(e) {
		return true
	}
	forms := memberForms()[e.concept]
	if forms == nil {
		return true
	}
	if !placeRole(e) {
		return classForm(forms, norm)
	}
	for _, c := range bareForms(norm) {
		f := forms[c.form]
		// A name written without the article does not take it: "المالي"
		// and "المالية" are "the financial", not Mali.
		if f&formNisba != 0 || f&formArticle != 0 || f&formBare != 0 && !c.article {
			return true
		}
		for _, end := range []string{"ه", "ين", "ون", "ات", "ان", "تين", "تان", "ا"} {
			if s, ok := strings.CutSuffix(c.form, end); ok && strings.HasSuffix(s, "ي") && forms[s]&formNisba != 0 {
				return true
			}
		}
		for _, end := range []string{"s", "es"} {
			if s, ok := strings.CutSuffix(c.form, end); ok && forms[s] != 0 {
				return true
			}
		}
	}
	return false
}

// classForm reports whether norm is one of a class member's forms: listed,
// after clitics and the article, or with an accusative, plural or dual
// ending ("دولارا", "الدولارات", "dinars", "jumped"). In a phrase ("صباح الاثنين")
// its last word is the member.
func classForm(forms map[string]uint8, norm string) bool {
	words := []string{norm}
	if i := strings.LastIndexByte(norm, ' '); i >= 0 {
		words = append(words, norm[i+1:])
	}
	for _, w := range words {
		for _, c := range bareForms(w) {
			if forms[c.form] != 0 {
				return true
			}
			for _, end := range []string{"ا", "ات", "ان", "s", "es", "ed"} {
				if s, ok := strings.CutSuffix(c.form, end); ok && forms[s] != 0 {
					return true
				}
			}
		}
	}
	return false
}

// bareForm is a folded word without the Arabic article ("العراق" is
// "عراق"); a phrase loses it from its first word only. Latin words are
// left as they are.
func bareForm(norm string) string {
	if t, ok := strings.CutPrefix(norm, "ال"); ok && len([]rune(t)) >= 2 {
		return t
	}
	return norm
}

// bareCand is a form a word may be without its clitics, and whether the
// article was among them.
type bareCand struct {
	form    string
	article bool
}

// bareForms are the forms norm may be without the clitics before it: a
// conjunction (و, ف), then a preposition (ب, ل, ك) or "لل", then the
// article: "وبالعراق" may be "عراق". The word itself comes first, as a
// name may begin with one of those letters ("بغداد", "بيروت").
func bareForms(norm string) []bareCand {
	out := []bareCand{bare(norm)}
	r := []rune(norm)
	if len(r) == 0 || !textnorm.IsArabicLetter(r[0]) {
		return out
	}
	conj := []string{norm}
	for _, c := range []string{"و", "ف"} {
		if t, ok := strings.CutPrefix(norm, c); ok && len([]rune(t)) >= 3 {
			conj = append(conj, t)
		}
	}
	for i, s := range conj {
		if i > 0 {
			out = append(out, bare(s))
		}
		if t, ok := strings.CutPrefix(s, "لل"); ok && len([]rune(t)) >= 2 {
			out = append(out, bareCand{t, true})
		}
		for _, p := range []string{"ب", "ل", "ك"} {
			if t, ok := strings.CutPrefix(s, p); ok && len([]rune(t)) >= 3 {
				out = append(out, bare(t))
			}
		}
	}
	return out
}

// bare is bareForm of s, saying whether it took the article off.
func bare(s string) bareCand {
	b := bareForm(s)
	return bareCand{b, b != s}
}

// placesWithin lists, for each country (its words in both scripts, before
// the bar), cities of the place class that lie in it: a country and one of
// its cities are no two places ("Turkey raises the Tigris releases" and
// "after talks in Istanbul"). "عمان" is Oman and Amman: it is Oman here.
var placesWithin = []string{
	"america أمريكا أميركا | washington واشنطن",
	"russia روسيا | moscow موسكو",
	"china الصين | beijing بكين",
	"iran إيران | tehran طهران",
	"turkey تركيا | ankara istanbul أنقرة إسطنبول اسطنبول",
	"saudi_arabia saudi السعودية | riyadh الرياض",
	"egypt مصر | cairo القاهرة",
	"syria سوريا | damascus aleppo دمشق حلب إدلب",
	"iraq العراق | baghdad mosul basra بغداد الموصل البصرة",
	"lebanon لبنان | beirut tripoli بيروت طرابلس",
	"jordan الأردن | amman",
	"qatar قطر | doha الدوحة",
	"britain england بريطانيا إنجلترا | london لندن",
	"france فرنسا | paris باريس",
	"germany ألمانيا | berlin برلين",
	"italy إيطاليا | rome روما",
	"japan اليابان | tokyo طوكيو",
	"spain إسبانيا | madrid مدريد",
	"uae الإمارات | dubai دبي أبوظبي",
	"yemen اليمن | sanaa aden صنعاء عدن",
	"sudan السودان | khartoum الخرطوم",
	"libya ليبيا | tripoli benghazi طرابلس بنغازي",
	"morocco المغرب | rabat الرباط",
	"oman عمان | muscat مسقط",
	"bahrain البحرين | manama المنامة",
	"afghanistan أفغانستان | kabul كابول",
	"pakistan باكستان | islamabad",
	"india الهند | delhi",
	"belgium بلجيكا | brussels بروكسل",
	"switzerland سويسرا | geneva جنيف",
	"austria النمسا | vienna فيينا",
	"greece اليونان | athens أثينا",
	"poland بولندا | warsaw وارسو",
	"ukraine أوكرانيا | kyiv kiev كييف",
	"canada كندا | ottawa أوتاوا",
	"australia أستراليا | canberra",
	"korea south_korea كوريا كوريا_الجنوبية | seoul",
	"korea north_korea كوريا كوريا_الشمالية | pyongyang بيونغ_يانغ",
	"vietnam فيتنام | hanoi",
	"thailand تايلاند | bangkok",
	"indonesia إندونيسيا | jakarta",
	"philippines الفلبين | manila",
	"kenya كينيا | nairobi",
	"nigeria نيجيريا | lagos",
	"mauritania موريتانيا | نواكشوط",
	"palestine فلسطين | gaza غزة",
}

// inside maps each city's lexicon entry to the entries of the countries
// it lies in (placesWithin).
var inside = sync.OnceValue(func() map[*lexEntry]map[*lexEntry]bool {
	loadTables()
	out := map[*lexEntry]map[*lexEntry]bool{}
	for _, line := range placesWithin {
		countries, cities, _ := strings.Cut(line, "|")
		for _, c := range strings.Fields(cities) {
			ce := lookup(canon(c))
			if ce == nil {
				continue
			}
			for _, n := range strings.Fields(countries) {
				if ne := lookup(canon(n)); ne != nil && ne != ce {
					if out[ce] == nil {
						out[ce] = map[*lexEntry]bool{}
					}
					out[ce][ne] = true
				}
			}
		}
	}
	return out
})

// within reports a city and the country it lies in, either way round.
func within(x, y *lexEntry) bool {
	in := inside()
	return in[x][y] || in[y][x]
}
