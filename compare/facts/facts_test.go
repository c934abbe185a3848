package facts

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// num is the part of a Number a test pins down; unit is the counted noun as
// written (the test folds it with textnorm.Key).
type num struct {
	text  string
	value float64
	flags string // letters: a approx, v vague, o ordinal, p percent, y year
	bound string
	unit  string
}

func (n num) String() string {
	return fmt.Sprintf("{%q %v %q %q %q}", n.text, n.value, n.flags, n.bound, n.unit)
}

func asNum(n Number) num {
	var f strings.Builder
	for _, b := range []struct {
		on bool
		c  byte
	}{{n.Approx, 'a'}, {n.Vague, 'v'}, {n.Ordinal, 'o'}, {n.Percent, 'p'}, {n.Year, 'y'}} {
		if b.on {
			f.WriteByte(b.c)
		}
	}
	return num{n.Text, n.Value, f.String(), n.Bound, n.Unit}
}

func TestNumbers(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []num
	}{
		// From the reference article.
		{"ar approx digits and clitic", "وتحتفظ الولايات المتحدة بنحو 2500 جندي في العراق، و900 جندي في سوريا",
			[]num{{"2500", 2500, "a", "", "جندي"}, {"900", 900, "", "", "جندي"}}},
		{"ar arabic-indic digits", "للولايات المتحدة نحو ٢٥٠٠ جندي في العراق", []num{{"٢٥٠٠", 2500, "a", "", "جندي"}}},
		{"ar vague hundreds", "وستجري مغادرة مئات عناصر القوات", []num{{"مئات", 100, "v", "", "عناصر"}}},
		{"ar number words with clitic", "وتشمل المصادر خمسة مسؤولين أمريكيين، وثلاثة مسؤولين عراقيين",
			[]num{{"خمسة", 5, "", "", "مسؤولين"}, {"ثلاثة", 3, "", "", "مسؤولين"}}},
		{"ar one of is not a count", "وهو أحد فصائل المقاومة", nil},
		{"ar day of the month named before is no count", "وسُجلت وفاة طالبة في 14 منه", nil},
		// Digits that name something count nothing: a train's number, a
		// decree's, a player's shirt.
		{"en train number", "The train, number 934, was running from Cairo to Aswan", nil},
		{"en No. before digits", "Train No. 934 derailed, killing 23 people", []num{{"23", 23, "", "", "people"}}},
		{"en adjectives joined before the noun", "Italy will open 12,000 seasonal and non-seasonal work permits a year", []num{{"12,000", 12000, "", "", "permit"}}},
		{"en two counts joined", "It killed two men and three women", []num{{"two", 2, "", "", "men"}, {"three", 3, "", "", "women"}}},
		{"ar raqm before digits", "خرج القطار رقم ٩٣٤ عن القضبان وقتل 21 شخصا", []num{{"21", 21, "", "", "شخصا"}}},
		{"en decree and flight", "Arrested under Decree 54, he was taken off flight 370", nil},
		{"en hash before digits", "#16 is throwing to the football player", nil},
		// Digits that end a name in quotation marks name it; a quoted
		// count stays one.
		{"ar quoted boat name", "البحث عن بحارة «البركة 7» مستمر", nil},
		{"en quoted boat name", "The trawler \"Al-Baraka 7\" sank off Sfax", nil},
		{"en quoted count", "He said “we lost 7” of them", []num{{"7", 7, "", "", ""}}},
		{"ar quoted count", "وقال «قتل 7»", []num{{"7", 7, "", "", ""}}},
		// Arabic number words.
		{"ar thousands joined by waw", "ألفين وخمسمئة جندي", []num{{"ألفين وخمسمئة", 2500, "", "", "جندي"}}},
		// A scale's dual in construct counts two before its noun; alone or
		// before "من" it is a thousand (a million) told as an object, and
		// "مليوني" before a preposition is an adjective ("million-strong").
		{"ar dual in construct", "قتل ألفا شخص", []num{{"ألفا", 2000, "", "", "شخص"}}},
		// The dual of a counted noun whose plural is broken counts two.
		{"ar dual of a noun", "أسفر الهجوم عن قتيلين وجريحين", []num{{"قتيلين", 2, "", "", "قتيل"}, {"جريحين", 2, "", "", "جريح"}}},
		{"ar feminine dual", "على خلفية وفاة طالبتين بالتهاب السحايا", []num{{"طالبتين", 2, "", "", "طالب"}}},
		{"ar masculine dual of a sound plural is no count", "خرج العاملين في المصنع", nil},
		{"ar dual of a case before its case", "سجلت الوزارة حالتي وفاة", []num{{"حالتي", 2, "", "", "حال"}}},
		{"ar my condition is no dual", "حالتي الصحية جيدة", nil},
		{"ar a sound plural is no dual", "قتل المسلحون المدنيين", nil},
		{"ar genitive dual in construct", "خصصت الحكومة مليوني دولار", []num{{"مليوني", 2e6, "", "", "دولار"}}},
		{"ar genitive dual after a clitic", "تفقد اتفاقا بملياري دولار", []num{{"ملياري", 2e9, "", "", "دولار"}}},
		{"ar accusative thousand", "جند الجيش ألفا من المقاتلين", []num{{"ألفا", 1000, "", "", "مقاتل"}}},
		{"ar million-strong", "شارك حشد مليوني في المسيرة", nil},
		{"ar scale multiplies", "ثلاثة آلاف وخمسمائة", []num{{"ثلاثة آلاف وخمسمائة", 3500, "", "", ""}}},
		{"ar units before tens", "خمسة وعشرون ألفا", []num{{"خمسة وعشرون ألفا", 25000, "", "", ""}}},
		{"ar accusative unit before tens", "بلغ عدد المصابين واحداً وثلاثين مصاباً", []num{{"واحداً وثلاثين", 31, "", "", "مصابا"}}},
		{"ar accusative unit before tens, no tanween", "شمل الحادث سبعا وعشرين مركبة", []num{{"سبعا وعشرين", 27, "", "", "مركب"}}},
		{"ar accusative one of", "يعد واحداً من أسوأ الأوبئة", nil},
		{"ar two units stay apart", "ثلاثة وخمسة", []num{{"ثلاثة", 3, "", "", ""}, {"خمسة", 5, "", "", ""}}},
		{"ar teen", "أحد عشر لاعبا", []num{{"أحد عشر", 11, "", "", "لاعبا"}}},
		// "إحدى" and "أحد" before a tens joined by و are its unit, as
		// "واحد" is; alone they are "one of" and the article makes Sunday.
		{"ar feminine one before tens", "سجلت إحدى وعشرون حالة", []num{{"إحدى وعشرون", 21, "", "", "حال"}}},
		{"ar one before tens", "قتل أحد وعشرين جنديا", []num{{"أحد وعشرين", 21, "", "", "جند"}}},
		{"ar sunday before tens", "يوم الأحد وعشرين", []num{{"عشرين", 20, "", "", ""}}},
		{"ar decimal scale", "8.2 ملايين دولار", []num{{"8.2 ملايين", 8.2e6, "", "", "دولار"}}},
		{"ar trillion alone", "تصل إلى تريليون دولار", []num{{"تريليون", 1e12, "", "", "دولار"}}},
		{"ar trillion with digits, other spelling", "2 ترليون دولار", []num{{"2 ترليون", 2e12, "", "", "دولار"}}},
		{"ar arabic decimal sign", "٢٫٥ مليون", []num{{"٢٫٥ مليون", 2.5e6, "", "", ""}}},
		{"ar arabic thousands sign", "٢٬٥٠٠ لاجئ", []num{{"٢٬٥٠٠", 2500, "", "", "لاجئ"}}},
		{"ar tens of thousands", "عشرات الآلاف من المتظاهرين", []num{{"عشرات الآلاف", 1e4, "v", "", "المتظاهرين"}}},
		{"ar below", "تتراجع دون 74 دولارا", []num{{"74", 74, "a", "max", "دولارا"}}},
		{"ar more than", "أكثر من 200 قتيل", []num{{"200", 200, "a", "min", "قتيل"}}},
		{"ar at least after", "مقتل 20 شخصا على الأقل", []num{{"20", 20, "a", "min", "شخصا"}}},
		{"ar percent sign", "ارتفع التضخم إلى 25%", []num{{"25%", 25, "p", "", ""}}},
		{"ar percent words", "نما الاقتصاد 3 في المئة", []num{{"3 في المئة", 3, "p", "", ""}}},
		{"ar ordinal", "الفصل الثالث من الرواية", []num{{"الثالث", 3, "o", "", ""}}},
		{"ar ordinal with its tens", "تظاهروا للمرة الخامسة والعشرين", []num{{"الخامسة والعشرين", 25, "o", "", ""}}},
		{"ar ordinal with clitic", "لأول مرة", []num{{"أول", 1, "o", "", ""}}},
		// "الأولي" with a final ya is "primary", not "the first" (الأولى),
		// though folding makes them one word.
		{"ar primary is no ordinal", "وزارة التربية الوطنية والتعليم الأولي", nil},
		{"ar first feminine", "في المرحلة الأولى", []num{{"الأولى", 1, "o", "", ""}}},
		{"ar half a million", "نصف مليون قتيل", []num{{"نصف مليون", 5e5, "", "", "قتيل"}}},
		{"ar and the next clause", "ارتفاع الإصابات إلى 85 والصحة تنفي وفاة طفل", []num{{"85", 85, "", "", ""}}},
		{"ar approaching", "نسبة المشاركة قاربت الأربعين في المئة", []num{{"الأربعين في المئة", 40, "ap", "", ""}}},
		{"ar nearing", "وعجز متوقع يناهز ستة مليارات دينار", []num{{"ستة مليارات", 6e9, "a", "", "دينار"}}},
		// A fraction of a scale word is a count; of a group, a share.
		{"ar quarter of a billion", "عائد يبلغ ربع مليار دينار", []num{{"ربع مليار", 2.5e8, "", "", "دينار"}}},
		{"en quarter of a million", "a quarter of a million people fled", []num{{"a quarter of a million", 2.5e5, "", "", "people"}}},
		{"en three quarters of a billion", "three quarters of a billion dollars", []num{{"three quarters of a billion", 7.5e8, "", "", "dollar"}}},
		{"en quarter of a group", "a quarter of the schools", []num{{"a quarter", 25, "ap", "", ""}}},
		{"ar one feminine", "دولة واحدة", []num{{"واحدة", 1, "", "", ""}}},
		{"ar unit is not one", "وحدة عسكرية", nil},
		{"ar ten is not tens", "عشر دول وعشرات القرى", []num{{"عشر", 10, "", "", "دول"}, {"عشرات", 10, "v", "", "القرى"}}},
		{"ar month name is not ordinal", "تشرين الثاني كان باردا", nil},
		{"ar monday is not two", "يوم الاثنين", nil},
		{"ar name with digits", "منظومة أس-300 الروسية", nil},
		// English.
		{"en approx and thousands comma", "The United States keeps about 2,500 troops in Iraq and 900 in Syria.",
			[]num{{"2,500", 2500, "a", "", "troops"}, {"900", 900, "", "", ""}}},
		{"en roughly", "roughly 2500 soldiers", []num{{"2500", 2500, "a", "", "soldiers"}}},
		{"en words", "two thousand five hundred people", []num{{"two thousand five hundred", 2500, "", "", "people"}}},
		{"en hyphen", "twenty-five people", []num{{"twenty-five", 25, "", "", "people"}}},
		{"en and", "two hundred and fifty votes", []num{{"two hundred and fifty", 250, "", "", "votes"}}},
		{"en dozen", "a dozen eggs and two dozen apples", []num{{"a dozen", 12, "", "", "eggs"}, {"two dozen", 24, "", "", "apples"}}},
		{"en half a dozen", "by half a dozen plainclothes police officers", []num{{"half a dozen", 6, "", "", "plainclothe"}}},
		{"en scale word", "2.5 million refugees", []num{{"2.5 million", 2.5e6, "", "", "refugees"}}},
		{"en thousand decimal", "2.5 thousand", []num{{"2.5 thousand", 2500, "", "", ""}}},
		{"en currency suffix", "a $2.5bn loan", []num{{"2.5bn", 2.5e9, "", "", "dollars"}}},
		{"en vague", "hundreds of troops", []num{{"hundreds", 100, "v", "", "troops"}}},
		{"en tens of thousands", "thousands of people", []num{{"thousands", 1000, "v", "", "people"}}},
		{"en up to", "up to 50 people", []num{{"50", 50, "a", "max", "people"}}},
		{"en a part takes the whole's noun", "won 15 of the 24 seats", []num{{"15", 15, "", "", "seat"}, {"24", 24, "", "", "seats"}}},
		{"en a part of a possessed whole", "Thirteen of the council's 18 members voted", []num{{"Thirteen", 13, "", "", "member"}, {"18", 18, "", "", "members"}}},
		{"en a part of the whole's noun", "placed about 650 of its workers on leave", []num{{"650", 650, "a", "", "worker"}}},
		{"en one of names no noun", "one of the deadliest attacks", nil},
		{"en out of", "three out of five judges", []num{{"three", 3, "", "", "judge"}, {"five", 5, "", "", "judges"}}},
		{"en go up to is the value reached", "prices would go up to 250 millimes", []num{{"250", 250, "", "", "millimes"}}},
		{"en went up to is the value reached", "fares went up to 12 dinars", []num{{"12", 12, "", "", "dinars"}}},
		{"en adjective before noun", "two young boys", []num{{"two", 2, "", "", "boys"}}},
		{"en nationality before noun", "2,500 US troops", []num{{"2,500", 2500, "", "", "troops"}}},
		// A plural without an s before a plural noun is its adjunct.
		{"en collective before plural noun", "two police vehicles were set on fire", []num{{"two", 2, "", "", "vehicles"}}},
		{"en staff before members", "20 staff members", []num{{"20", 20, "", "", "members"}}},
		{"en collective alone is counted", "ten police were injured", []num{{"ten", 10, "", "", "police"}}},
		// A cue word written as the noun's adjective: the noun is counted.
		{"en cue as adjective", "has recorded 64 confirmed cases", []num{{"64", 64, "", "", "cases"}}},
		{"en cue as adjective of deaths", "12 reported deaths", []num{{"12", 12, "", "", "deaths"}}},
		{"en cue after a comma counts nothing", "the toll rose to 64, confirmed officials", []num{{"64", 64, "", "", ""}}},
		{"en cue before a singular is no adjective", "64 confirmed today", []num{{"64", 64, "", "", ""}}},
		{"en dotted abbreviation before noun", "2,500 U.S. troops remain", []num{{"2,500", 2500, "", "", "troops"}}},
		{"en abbreviation before a singular noun", "one UN soldier", []num{{"one", 1, "", "", "soldier"}}},
		{"en ordinals", "the third day and the 3rd time", []num{{"third", 3, "o", "", ""}, {"3rd", 3, "o", "", ""}}},
		{"en percent", "25% and 30 percent", []num{{"25%", 25, "p", "", ""}, {"30 percent", 30, "p", "", ""}}},
		{"en one and two stay apart", "one and two", []num{{"one", 1, "", "", ""}, {"two", 2, "", "", ""}}},
		{"en no one", "no one came", nil},
		{"en one another", "close to one another", nil},
		{"en names with digits", "F-16 jets and COVID-19", nil},
		{"en year-range count with noun", "2000 troops", []num{{"2000", 2000, "y", "", "troops"}}},
		// Not numbers.
		{"year alone", "The coalition was formed in 2014.", nil},
		{"bare year", "2014 was a hard year", nil},
		{"arabic year", "تشكل التحالف عام 2014", nil},
		{"phone local", "call 0933 123 456 now", nil},
		{"phone international", "+963 11 2345678", nil},
		{"long digit run", "ID 12345678901", nil},
		{"day of a date", "في 6 من أيلول", nil},
		{"duration", "within two years", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Numbers(c.in)
			var g []num
			for _, n := range got {
				g = append(g, asNum(n))
			}
			var w []num
			for _, n := range c.want {
				if n.unit != "" {
					n.unit = textnorm.Key(n.unit)
				}
				w = append(w, n)
			}
			if fmt.Sprint(g) != fmt.Sprint(w) {
				t.Errorf("Numbers(%q)\n got  %v\n want %v", c.in, g, w)
			}
			checkSpans(t, c.in, Facts{Numbers: got})
		})
	}
}

func TestDates(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []Date // Start, End unset: compared on Text and fields
	}{
		// From the reference article.
		{"ar since mid month year", "منذ منتصف تشرين الأول 2023",
			[]Date{{Text: "منذ منتصف تشرين الأول 2023", Year: 2023, Month: 10, Qualifier: "mid", Prep: "since"}}},
		{"ar day month current", "وفي 6 من أيلول الحالي، نقلت وكالة رويترز",
			[]Date{{Text: "في 6 من أيلول الحالي", Month: 9, Day: 6, Qualifier: "in", Prep: "in", Relative: "current"}}},
		{"ar by month year", "مغادرة مئات عناصر القوات بحلول أيلول 2025",
			[]Date{{Text: "بحلول أيلول 2025", Year: 2025, Month: 9, Qualifier: "by", Prep: "by"}}},
		{"ar by end of year", "مع مغادرة الباقين بحلول نهاية 2026",
			[]Date{{Text: "بحلول نهاية 2026", Year: 2026, Qualifier: "end", Prep: "by"}}},
		{"ar year word", "التحالف الذي تشكل عام 2014", []Date{{Text: "عام 2014", Year: 2014}}},
		{"ar month in both series", "صوّت المجلس، يوم الاثنين 11 أيار/مايو 2026، على الإقالة",
			[]Date{{Text: "11 أيار/مايو 2026", Year: 2026, Month: 5, Day: 11}}},
		{"ar since a month in both series", "يشغل المنصب منذ نيسان/أبريل 2024",
			[]Date{{Text: "منذ نيسان/أبريل 2024", Year: 2024, Month: 4, Qualifier: "since", Prep: "since"}}},
		{"ar two months apart stay two dates", "في آذار/أبريل 2024",
			[]Date{{Text: "في آذار", Month: 3, Qualifier: "in", Prep: "in"}, {Text: "أبريل 2024", Year: 2024, Month: 4}}},
		{"ar year word indic digits", "سنة ٢٠١٤", []Date{{Text: "سنة ٢٠١٤", Year: 2014}}},
		{"ar two-word month", "في تشرين الثاني 2023", []Date{{Text: "في تشرين الثاني 2023", Year: 2023, Month: 11, Qualifier: "in", Prep: "in"}}},
		{"ar august last", "في 21 من آب الماضي", []Date{{Text: "في 21 من آب الماضي", Month: 8, Day: 21, Qualifier: "in", Prep: "in", Relative: "last"}}},
		{"ar day of the month named before", "فيما سُجلت الوفاة الأولى في 14 منه لطالبة", []Date{{Text: "في 14 منه", Day: 14, Qualifier: "in", Prep: "in"}}},
		{"ar ordinal day of this month", "في العاشر من الشهر الجاري", []Date{{Text: "في العاشر من الشهر الجاري", Day: 10, Qualifier: "in", Prep: "in", Relative: "current"}}},
		{"ar august with preposition", "كان مقررا خلال آب نفسه", []Date{{Text: "خلال آب", Month: 8, Qualifier: "in", Prep: "in"}}},
		{"ar within dual", "في غضون عامين", []Date{{Text: "في غضون عامين", Period: "2y", Qualifier: "within", Prep: "within"}}},
		{"ar during dual", "خلال عامين", []Date{{Text: "خلال عامين", Period: "2y", Qualifier: "within", Prep: "within"}}},
		{"ar dual alone", "جدول زمني مدته عامان", []Date{{Text: "عامان", Period: "2y"}}},
		{"ar this month", "الإعلان عنها هذا الشهر", []Date{{Text: "هذا الشهر", Relative: "current", RelUnit: "m"}}},
		{"ar last year", "العام الماضي", []Date{{Text: "العام الماضي", Relative: "last", RelUnit: "y"}}},
		{"ar counted months", "ثلاثة أشهر", []Date{{Text: "ثلاثة أشهر", Period: "3m"}}},
		{"ar egyptian series", "في سبتمبر 2025", []Date{{Text: "في سبتمبر 2025", Year: 2025, Month: 9, Qualifier: "in", Prep: "in"}}},
		{"ar january levantine", "كانون الثاني 2024", []Date{{Text: "كانون الثاني 2024", Year: 2024, Month: 1}}},
		// English.
		{"en month year", "September 2025", []Date{{Text: "September 2025", Year: 2025, Month: 9}}},
		{"en abbreviation", "by Sept. 2025", []Date{{Text: "by Sept. 2025", Year: 2025, Month: 9, Qualifier: "by", Prep: "by"}}},
		{"en on month day", "on September 6, 2025", []Date{{Text: "on September 6, 2025", Year: 2025, Month: 9, Day: 6, Qualifier: "in", Prep: "in"}}},
		{"en day month", "6 September", []Date{{Text: "6 September", Month: 9, Day: 6}}},
		{"en by the end of", "by the end of 2026", []Date{{Text: "by the end of 2026", Year: 2026, Qualifier: "end", Prep: "by"}}},
		{"en within", "within two years", []Date{{Text: "within two years", Period: "2y", Qualifier: "within", Prep: "within"}}},
		{"en period", "for three months", []Date{{Text: "three months", Period: "3m"}}},
		{"en in year", "formed in 2014 to fight", []Date{{Text: "in 2014", Year: 2014, Qualifier: "in", Prep: "in"}}},
		{"en mid", "since mid-2014", []Date{{Text: "since mid-2014", Year: 2014, Qualifier: "mid", Prep: "since"}}},
		{"en last year", "last year", []Date{{Text: "last year", Relative: "last", RelUnit: "y"}}},
		{"en last year's", "Last year's pass rate", []Date{{Text: "Last year's", Relative: "last", RelUnit: "y"}}},
		{"en this month's", "this month’s figures", []Date{{Text: "this month’s", Relative: "current", RelUnit: "m"}}},
		{"numeric day first", "on 6/9/2025", []Date{{Text: "on 6/9/2025", Year: 2025, Month: 9, Day: 6, Qualifier: "in", Prep: "in"}}},
		{"iso", "2025-09-06", []Date{{Text: "2025-09-06", Year: 2025, Month: 9, Day: 6}}},
		{"may modal and month", "They may leave in May 2025.", []Date{{Text: "in May 2025", Year: 2025, Month: 5, Qualifier: "in", Prep: "in"}}},
		// Not dates.
		{"father is not august", "قال أب الضحية", nil},
		{"august without context", "اسمه آب فقط", nil},
		{"door is not august", "فتح الباب", nil},
		{"march the verb", "Protesters march to the square", nil},
		{"practised is not march", "مارس الضغط على الحكومة", nil},
		{"general is not year", "الرأي العام", nil},
		{"count not year", "نحو 2000 جندي", nil},
		{"phone", "0933 123 456", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Dates(c.in)
			checkSpans(t, c.in, Facts{Dates: got})
			if len(got) != len(c.want) {
				t.Fatalf("Dates(%q) = %+v, want %d dates", c.in, got, len(c.want))
			}
			for i := range got {
				g := got[i]
				g.Start, g.End = 0, 0
				if g != c.want[i] {
					t.Errorf("Dates(%q)[%d]\n got  %+v\n want %+v", c.in, i, g, c.want[i])
				}
			}
		})
	}
}

func TestCues(t *testing.T) {
	type cue struct {
		text string
		kind CueKind
	}
	cases := []struct {
		name string
		in   string
		want []cue
	}{
		// From the reference article.
		{"ar negation", "إنه لا يصدق المعلومات", []cue{{"لا", Negation}}},
		{"ar pure lie", "التصريحات محض كذب من قبل الولايات المتحدة", []cue{{"محض كذب", Denial}}},
		{"ar lan", "أن أمريكا لن تنسحب من العراق", []cue{{"لن", Negation}}},
		{"ar no longer", "لم تعد تشكل خطرا", []cue{{"لم تعد", Negation}}},
		{"ar agreed and reached", "خطة اتفق عليها. توصلنا إلى اتفاق", []cue{{"اتفق", Affirmation}, {"توصلنا", Affirmation}}},
		{"ar confirmed with clitic", "وأكد بعضهم أن الصفقة", []cue{{"أكد", Affirmation}}},
		{"ar qad imperfect", "قد تمهد الطريق", []cue{{"قد", Hedge}}},
		{"ar expected", "ومن المتوقع أيضا أن يدعو", []cue{{"من المتوقع", Hedge}}},
		{"ar without", "دون الإشارة إلى مبررات", []cue{{"دون", Negation}}},
		// Arabic rules.
		{"ar dun below a number", "أسعار النفط تتراجع دون 74 دولارا", nil},
		{"ar ma zala is still", "ما زالت تشكل خطرا على الدولة", nil},
		{"ar la yazal is still", "لا يزال القتال مستمرا", nil},
		{"ar la siyyama", "ولا سيما في العراق", nil},
		{"ar ma negates a verb", "ما قال شيئا", []cue{{"ما", Negation}}},
		{"ar ma relative", "وفق ما نقله الكاتب", nil},
		{"ar ma question", "ما قصة النجمة؟", nil},
		{"ar qad perfect", "قد قتل في القنصلية", nil},
		{"ar ghayr adjective", "تنافس غير مسبوق", []cue{{"غير", Negation}}},
		{"ar ghayr anna", "غير أن الحكومة", nil},
		{"ar not true", "الخبر غير صحيح", []cue{{"غير صحيح", Denial}}},
		{"ar denied with clitic", "ونفت الوزارة الخبر", []cue{{"نفت", Denial}}},
		{"ar baseless", "لا أساس له من الصحة", []cue{{"لا أساس له من الصحة", Denial}}},
		{"ar no truth to what", "ولا صحة لما أشيع عن إغلاقها", []cue{{"لا صحة لما", Denial}}},
		// English.
		{"en not", "The talks have not ended.", []cue{{"not", Negation}}},
		{"en contraction", "They didn't leave and won't.", []cue{{"didn't", Negation}, {"won't", Negation}}},
		{"en curly contraction", "They didn’t leave.", []cue{{"didn’t", Negation}}},
		{"en no longer", "IS no longer poses a threat", []cue{{"no longer", Negation}}},
		{"en reached", "We have reached an agreement", []cue{{"We have reached", Affirmation}}},
		{"en denial words", "He denied the baseless reports", []cue{{"denied", Denial}, {"baseless", Denial}}},
		{"en hedges", "Troops reportedly might leave; it is expected to end", []cue{{"reportedly", Hedge}, {"might", Hedge}, {"is expected to", Hedge}}},
		{"en confirmed", "Officials confirmed the deal", []cue{{"confirmed", Affirmation}}},
		{"en lies the noun", "It was a pack of lies.", []cue{{"lies", Denial}}},
		{"en lies the verb", "A dog lies on the floor", nil},
		{"en lies the noun before on", "They were “pure lies on the part of the United States”", []cue{{"lies", Denial}}},
		{"en no inside words", "I know the notable nominee", nil},
		{"en not only", "not only Iraq but Syria", nil},
		{"en number abbreviation", "No. 5 was there", nil},
		{"en may modal", "Troops may leave", []cue{{"may", Hedge}}},
		{"en may month", "They left in May", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Cues(c.in)
			checkSpans(t, c.in, Facts{Cues: got})
			var g []cue
			for _, x := range got {
				g = append(g, cue{x.Text, x.Kind})
			}
			if fmt.Sprint(g) != fmt.Sprint(c.want) {
				t.Errorf("Cues(%q)\n got  %v\n want %v", c.in, g, c.want)
			}
		})
	}
}

func TestCueKindString(t *testing.T) {
	want := map[CueKind]string{Negation: "negation", Denial: "denial", Hedge: "hedge", Affirmation: "affirmation", 9: "unknown"}
	for k, w := range want {
		if k.String() != w {
			t.Errorf("CueKind(%d).String() = %q, want %q", k, k.String(), w)
		}
	}
}

// TestExtractMatchesParts checks that Extract, which shares one tokenisation,
// agrees with the three single-kind functions.
func TestExtractMatchesParts(t *testing.T) {
	for _, p := range strings.Split(articleSample, "\n") {
		f := Extract(p)
		if fmt.Sprint(f.Numbers) != fmt.Sprint(Numbers(p)) || fmt.Sprint(f.Dates) != fmt.Sprint(Dates(p)) ||
			fmt.Sprint(f.Cues) != fmt.Sprint(Cues(p)) {
			t.Errorf("Extract differs from the parts on %q", p)
		}
		checkSpans(t, p, f)
	}
}

// TestArticleFacts pins every number and date of the reference article's
// sample paragraphs.
func TestArticleFacts(t *testing.T) {
	f := Extract(articleSample)
	var nums, dates []string
	for _, n := range f.Numbers {
		nums = append(nums, fmt.Sprintf("%s=%v", n.Text, n.Value))
	}
	for _, d := range f.Dates {
		dates = append(dates, d.Text)
	}
	wantNums := []string{"مئات=100", "خمسة=5", "ثلاثة=3", "2500=2500", "900=900"}
	wantDates := []string{"منذ منتصف تشرين الأول 2023", "في 6 من أيلول الحالي", "بحلول أيلول 2025",
		"بحلول نهاية 2026", "هذا الشهر", "عام 2014", "في 1 من أيلول الحالي", "في تشرين الثاني 2023",
		"في 21 من آب الماضي", "في عام 2014", "في غضون عامين", "خلال آب", "في تموز الماضي", "عامان"}
	if fmt.Sprint(nums) != fmt.Sprint(wantNums) {
		t.Errorf("numbers\n got  %v\n want %v", nums, wantNums)
	}
	if fmt.Sprint(dates) != fmt.Sprint(wantDates) {
		t.Errorf("dates\n got  %v\n want %v", dates, wantDates)
	}
}

// TestSharedArticle runs the extractor over the whole reference article
// when the shared data sits next to the repository.
func TestSharedArticle(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "seed", "000_765204c47648eeb1.txt"))
	if err != nil {
		t.Skip("reference article not present:", err)
	}
	text := string(b)
	f := Extract(text)
	checkSpans(t, text, f)
	sample := Extract(articleSample)
	if len(f.Numbers) < len(sample.Numbers) || len(f.Dates) < len(sample.Dates) || len(f.Cues) < len(sample.Cues) {
		t.Errorf("whole article gives fewer facts (%d/%d/%d) than its sample (%d/%d/%d)", len(f.Numbers), len(f.Dates),
			len(f.Cues), len(sample.Numbers), len(sample.Dates), len(sample.Cues))
	}
}

// checkSpans asserts the span invariants every fact must keep.
func checkSpans(t *testing.T, text string, f Facts) {
	t.Helper()
	runes := []rune(text)
	check := func(kind string, start, end int, txt string, prevEnd *int) {
		t.Helper()
		if start < 0 || start >= end || end > len(runes) {
			t.Fatalf("%s span [%d,%d) out of range for %d runes in %q", kind, start, end, len(runes), text)
		}
		if string(runes[start:end]) != string([]rune(txt)) {
			t.Fatalf("%s Text %q is not runes[%d:%d] = %q", kind, txt, start, end, string(runes[start:end]))
		}
		if start < *prevEnd {
			t.Fatalf("%s span [%d,%d) overlaps the previous one ending at %d in %q", kind, start, end, *prevEnd, text)
		}
		*prevEnd = end
	}
	e := 0
	for _, n := range f.Numbers {
		check("number", n.Start, n.End, n.Text, &e)
	}
	e = 0
	for _, d := range f.Dates {
		check("date", d.Start, d.End, d.Text, &e)
	}
	e = 0
	for _, c := range f.Cues {
		check("cue", c.Start, c.End, c.Text, &e)
	}
}

// TestOneOfIsNoCount checks that "one" picking one of many ("one of the
// deadliest", "واحدة من أسوأ") is no count, while "one person" is.
func TestOneOfIsNoCount(t *testing.T) {
	for _, s := range []string{"It was one of the deadliest accidents in the region.", "وهي واحدة من أسوأ الكوارث في المنطقة."} {
		if ns := Extract(s).Numbers; len(ns) != 0 {
			t.Errorf("%q: numbers %+v", s, ns)
		}
	}
	for _, s := range []string{"One person died.", "قتل شخص واحد.", "one of 12 victims"} {
		if ns := Extract(s).Numbers; len(ns) != 1 {
			t.Errorf("%q: numbers %+v, want one", s, ns)
		}
	}
}

// TestOrdinalDayOfMonth checks dates whose day is an ordinal word, as
// Arabic news writes them: "الرابع عشر من أكتوبر" is 14 October.
func TestOrdinalDayOfMonth(t *testing.T) {
	cases := []struct {
		in         string
		day, month int
	}{
		{"انهار السد فجر الثلاثاء الرابع عشر من أكتوبر", 14, 10},
		{"بدأ الإضراب يوم الثلاثاء العاشر من مارس", 10, 3},
		{"تنتهي المهلة في الحادي والعشرين من سبتمبر", 21, 9},
		{"وقع الانفجار فجر الأول والثلاثين من مايو", 31, 5},
		{"It opened on the fourteenth of October.", 14, 10},
	}
	for _, c := range cases {
		ds := Extract(c.in).Dates
		if len(ds) != 1 || ds[0].Day != c.day || ds[0].Month != c.month {
			t.Errorf("%q: dates %+v, want day %d of month %d", c.in, ds, c.day, c.month)
		}
	}
	if ds := Extract("الفصل الرابع من الكتاب").Dates; len(ds) != 0 {
		t.Errorf("an ordinal without a month is a date: %+v", ds)
	}
}

// TestTimeAgo checks that "a year ago" and "قبل عام" are past times a
// period long before now, while "قبل أيام" (days ago, how many unsaid), "a
// week before the vote" and "before the end of the year" are not.
func TestTimeAgo(t *testing.T) {
	for _, c := range []struct{ in, period string }{
		{"Prices rose 8 percent a year ago.", "1y"},
		{"Prices rose 8 percent two years ago.", "2y"},
		{"وكانت الأسعار قد ارتفعت قبل عام بنسبة 8 بالمئة", "1y"},
		{"وكان قد غادر قبل عامين", "2y"},
		{"وكان قد غادر قبل سنة", "1y"},
		{"وكان قد غادر قبل أسبوع", "1w"},
	} {
		ds := Extract(c.in).Dates
		if len(ds) != 1 || ds[0].Period != c.period || ds[0].Relative != "last" || ds[0].Qualifier != "" {
			t.Errorf("%q: dates %+v, want %s ago", c.in, ds, c.period)
		}
	}
	for _, in := range []string{"أعدتها الحكومة قبل أيام", "قبل أسبوع من الانتخابات", "قبل نهاية العام"} {
		for _, d := range Extract(in).Dates {
			if d.Relative == "last" {
				t.Errorf("%q: %+v is a time ago", in, d)
			}
		}
	}
}

// TestClockTimesAreNoCounts checks that a time of day is no quantity: "at
// 3:42 a.m." holds no 3 and no 42 to set against another account's count.
func TestClockTimesAreNoCounts(t *testing.T) {
	for _, c := range []struct {
		text string
		want []float64 // the numbers left
	}{
		{"The quake struck at 3:42 a.m. and killed 12 people.", []float64{12}},
		{"The fire broke out at 11 pm on Sunday.", nil},
		{"Fighting resumed at 23:30 GMT, and 40 people fled.", []float64{40}},
		{"The 6 a.m. shift had 40 workers.", []float64{40}},
		{"The blast came at 2.30pm.", nil},
		{"It began at 11 o'clock.", nil},
		{"اندلع الحريق عند الساعة الحادية عشرة ليلا وقتل 5 أشخاص.", []float64{5}},
		{"وقع الزلزال عند الساعة 3:42 فجرا.", nil},
		{"وقع الزلزال عند الساعة الخامسة فجرا.", nil},
		{"وقع الانفجار قرابة الحادية عشرة صباحاً.", nil},
		// Not times: a decimal without am or pm, a count.
		{"Prices rose 2.30 percent.", []float64{2.3}},
		{"Turnout was 41.50 percent, up from 38.", []float64{41.5, 38}},
		{"Police said 11 people were hurt.", []float64{11}},
	} {
		var got []float64
		for _, n := range Extract(c.text).Numbers {
			got = append(got, n.Value)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: numbers %v, want %v", c.text, got, c.want)
		}
	}
	// The time itself, in minutes after midnight plus one.
	for _, c := range []struct {
		text           string
		clock          int
		twelve, approx bool
	}{
		{"The quake struck at 3:42 a.m.", 3*60 + 42 + 1, false, false},
		{"The fire broke out at 11 pm.", 23*60 + 1, false, false},
		{"The blast came at 2.30pm.", 14*60 + 30 + 1, false, false},
		{"Fighting resumed at 23:30 GMT.", 23*60 + 30 + 1, false, false},
		{"The meeting began at 10:15.", 10*60 + 15 + 1, true, false},
		{"It broke out shortly after 2 a.m.", 2*60 + 1, false, true},
		{"It began at around 4 a.m.", 4*60 + 1, false, true},
		{"اندلع الحريق عند الساعة الحادية عشرة ليلا.", 23*60 + 1, false, false},
		{"وقع الزلزال عند الساعة الخامسة فجرا.", 5*60 + 1, false, false},
		{"وصل الوفد عند الساعة الثانية عشرة ظهرا.", 12*60 + 1, false, false},
		// The minutes in words, and an hour without "الساعة" told with its
		// part of the day.
		{"اندلعت النيران عند الساعة الرابعة والربع عصراً.", 16*60 + 15 + 1, false, false},
		{"ووقع الحادث في حدود الساعة السابعة وأربعين دقيقة صباحا.", 7*60 + 40 + 1, false, false},
		{"وقع الانفجار عند الساعة الثامنة وخمس وعشرين دقيقة صباحا.", 8*60 + 25 + 1, false, false},
		{"وقعت الهزة على الساعة الحادية عشرة و٤٢ دقيقة ليلا.", 23*60 + 42 + 1, false, false},
		{"وقع الانفجار قرابة الحادية عشرة صباحاً.", 11*60 + 1, false, true},
		{"وقع الحادث نحو 11 صباحاً.", 11*60 + 1, false, true},
		{"بدأ الهجوم في الثالثة والنصف فجراً.", 3*60 + 30 + 1, false, false},
	} {
		ds := Extract(c.text).Dates
		if len(ds) != 1 || ds[0].Clock != c.clock || ds[0].Clock12 != c.twelve || ds[0].ClockApprox != c.approx {
			t.Errorf("%q: dates %+v, want clock %d (twelve %v, approx %v)", c.text, ds, c.clock, c.twelve, c.approx)
		}
	}
}

// TestCompoundDurations checks the durations written as one compound ("a
// 30-day ceasefire", "a two-week truce") or as a bare unit after "for the
// length of" ("هدنة لمدة شهر"), and that an age ("a 12-year-old") stays a
// number.
func TestCompoundDurations(t *testing.T) {
	for _, c := range []struct{ text, period string }{
		{"The two sides agreed a 30-day ceasefire.", "30d"},
		{"They signed a two-week truce.", "2w"},
		{"The court set a three-month deadline.", "3m"},
		{"اتفق الطرفان على هدنة لمدة شهر.", "1m"},
		{"اتفق الطرفان على هدنة تمتد 60 يوما.", "60d"},
	} {
		ds := Extract(c.text).Dates
		if len(ds) != 1 || ds[0].Period != c.period {
			t.Errorf("%q: dates %+v, want one period %s", c.text, ds, c.period)
		}
	}
	for _, s := range []string{"A 12-year-old boy was among the dead.", "They found a 3-day-old baby."} {
		f := Extract(s)
		if len(f.Dates) != 0 || len(f.Numbers) != 1 {
			t.Errorf("%q: an age; dates %+v, numbers %+v", s, f.Dates, f.Numbers)
		}
	}
	// How far apart two events are.
	if ds := Extract("The fire broke out three days after the blast.").Dates; len(ds) != 1 || ds[0].Qualifier != "offset" {
		t.Errorf("three days after: %+v", ds)
	}
	// "after ten days of talks" is how long the talks lasted; "after ten
	// days" alone is a time.
	if ds := Extract("They reached a deal after ten days of difficult negotiations.").Dates; len(ds) != 1 || ds[0].Period != "10d" || ds[0].Qualifier != "" {
		t.Errorf("after ten days of negotiations: %+v", ds)
	}
	if ds := Extract("They will meet again after ten days.").Dates; len(ds) != 1 || ds[0].Qualifier != "after" {
		t.Errorf("after ten days: %+v", ds)
	}
	// A length with no number: "week-long", and one with no set end.
	for _, c := range []struct{ text, period string }{
		{"Iraq's week-long doctors' strike tests the government.", "1w"},
		{"A month-long sit-in ended on Friday.", "1m"},
		{"Iraqi doctors begin open-ended strike over attacks and pay.", PeriodOpen},
		{"The union called an indefinite strike.", PeriodOpen},
		{"بدأ الأطباء صباح الأحد إضراباً مفتوحاً عن العمل.", PeriodOpen},
		{"دخل إضراب الأطباء المفتوح يومه الثالث.", PeriodOpen},
	} {
		ds := Extract(c.text).Dates
		if !slices.ContainsFunc(ds, func(d Date) bool { return d.Period == c.period }) {
			t.Errorf("%q: dates %+v, want a period %s", c.text, ds, c.period)
		}
	}
	for _, text := range []string{"The ministry opened an open dialogue with doctors.", "باب الحوار مفتوح أمام النقابة.", "The talks were adjourned indefinitely.", "He spent weeks-long stays abroad."} {
		if ds := Extract(text).Dates; slices.ContainsFunc(ds, func(d Date) bool { return d.Period != "" }) {
			t.Errorf("%q: a length %+v", text, ds)
		}
	}
	// A month alone names no duration.
	if ds := Extract("وصل الوفد في بداية الشهر.").Dates; slices.ContainsFunc(ds, func(d Date) bool { return d.Period != "" }) {
		t.Errorf("a month with no length: %+v", ds)
	}
}

// TestYearAfterAnArticle checks that "a 2019 fire" is a year, as "the 2019
// election" is, while "2000 troops" stays a count.
func TestYearAfterAnArticle(t *testing.T) {
	f := Extract("A 2019 fire at the same port killed two workers.")
	if len(f.Dates) != 1 || f.Dates[0].Year != 2019 || len(f.Numbers) != 1 || f.Numbers[0].Value != 2 {
		t.Errorf("a 2019 fire: dates %+v, numbers %+v", f.Dates, f.Numbers)
	}
	if f := Extract("He sent 2000 troops."); len(f.Dates) != 0 || len(f.Numbers) != 1 {
		t.Errorf("2000 troops: dates %+v, numbers %+v", f.Dates, f.Numbers)
	}
}

// TestRatesAreNoDurations checks that the time unit of a rate ("280
// million dinars a year", "10% a year", "$5 per month") is no period, while
// a length of time ("spent a year in prison", "within a year") and an
// offset ("12 people died a year later") still are.
func TestRatesAreNoDurations(t *testing.T) {
	for _, in := range []string{
		"The subsidy costs the treasury 280 million dinars a year.",
		"The union had demanded raises of 10% a year.",
		"Households that use more than 300 kilowatt hours a month pay more.",
		"Households that use more than 200 kilowatt-hours a month will pay more.",
		"The pass costs $5 per month.",
	} {
		for _, d := range Extract(in).Dates {
			if d.Period != "" {
				t.Errorf("%q: %+v is a period", in, d)
			}
		}
	}
	for _, c := range []struct{ in, period, qualifier string }{
		{"He spent a year in prison.", "1y", ""},
		{"The plant will reopen within a year.", "1y", "within"},
		{"Twelve people died a year later.", "1y", "offset"},
		{"The talks - a year in the making - ended.", "1y", ""},
	} {
		ds := Extract(c.in).Dates
		if len(ds) != 1 || ds[0].Period != c.period || ds[0].Qualifier != c.qualifier {
			t.Errorf("%q: dates %+v, want a period of %s (%q)", c.in, ds, c.period, c.qualifier)
		}
	}
}

// TestNegatedBounds checks that "no more than", "not more than" and "لا
// يتجاوز" bound a number from above, not from below as the "more than" at
// their end would.
func TestNegatedBounds(t *testing.T) {
	wantBounds(t, []boundCase{
		{"The fire killed no more than 12 people.", "max"},
		{"The fire killed not more than 12 people.", "max"},
		{"The fire killed more than 12 people.", "min"},
		{"The fire killed no fewer than 12 people.", "min"},
		{"وقالت الشرطة إن عدد القتلى لا يتجاوز 12 شخصا.", "max"},
		{"وقالت الشرطة إن عدد القتلى لم يتجاوز 12 شخصا.", "max"},
		{"قتل أكثر من 12 شخصا.", "min"},
		{"The governor said the toll “does not exceed 25”.", "max"},
		{"Participation did not exceed 30 percent, the ministry said.", "max"},
		{"A fine not exceeding 500 dinars.", "max"},
		{"Annual inflation rose above 28 percent in July.", "min"},
		{"Temperatures fell below 5 degrees overnight.", "max"},
	})
}

// TestCurrencyCodesAndYearSpans checks that a currency's code before an
// amount ("EGP 17.75", "USD 10") is its unit, and that the second year of
// a fiscal year's span ("2025/26", "2025/2026") is no count.
func TestCurrencyCodesAndYearSpans(t *testing.T) {
	for _, c := range []struct{ in, text, unit string }{
		{"A litre now sells at EGP 17.75.", "17.75", "pound"},
		{"The loan is worth USD 10 billion.", "10 billion", "dollar"},
		{"The deficit will reach JOD 2 billion.", "2 billion", "dinar"},
		{"The subsidy bill reached JD310 million annually.", "310 million", "dinar"},
		{"Its debts stand at JD5.2 billion.", "5.2 billion", "dinar"},
		{"A litre costs LE17.75 now.", "17.75", "pound"},
		{"The F16 jets flew 300 sorties.", "300", "sorty"},
	} {
		ns := Extract(c.in).Numbers
		if len(ns) != 1 || ns[0].Text != c.text || ns[0].Unit != c.unit {
			t.Errorf("%q: %+v, want %s in %s", c.in, ns, c.text, c.unit)
		}
	}
	for _, in := range []string{"The budget for fiscal year 2025/26 was approved.", "أقرت موازنة العام المالي 2025/2026."} {
		for _, n := range Extract(in).Numbers {
			if n.Value == 26 || n.Value == 2026 {
				t.Errorf("%q: %+v is a count", in, n)
			}
		}
	}
}

// TestFractionsOfAGroup checks that a fraction of a group is a share of it
// in percent ("half of the schools", "a third of", "two thirds of", "نصف
// المدارس", "ثلثا الناخبين"), and that a half of a time or of a scale is
// not ("half an hour", "نصف ساعة", "the first half of 2025", "half a
// million").
func TestFractionsOfAGroup(t *testing.T) {
	for _, c := range []struct {
		in    string
		value float64
	}{
		{"Half of the schools were closed.", 50},
		{"A third of the schools were closed.", 100.0 / 3},
		{"Two thirds of the voters stayed home.", 200.0 / 3},
		{"Three quarters of the staff went on strike.", 75},
		{"وأغلقت نصف المدارس أبوابها.", 50},
		{"وقاطع ثلثا الناخبين الاقتراع.", 200.0 / 3},
		{"وأضرب ربع المعلمين.", 25},
	} {
		ns := Extract(c.in).Numbers
		if len(ns) != 1 || !ns[0].Percent || math.Abs(ns[0].Value-c.value) > 0.01 {
			t.Errorf("%q: %+v, want a share of %.1f%%", c.in, ns, c.value)
		}
	}
	for _, in := range []string{"The talks resumed half an hour later.", "واستؤنفت المحادثات بعد نصف ساعة.", "Exports fell in the first half of 2025.", "Half a million people fled."} {
		for _, n := range Extract(in).Numbers {
			if n.Percent {
				t.Errorf("%q: %+v is a share", in, n)
			}
		}
	}
}

// TestBoundedShares checks that a share told as open-ended takes its bound
// as a count does: "more than half" is not belied by 55%, nor "just under a
// third" by 31%.
func TestBoundedShares(t *testing.T) {
	for _, c := range []struct {
		in, bound string
		value     float64
	}{
		{"More than half of the voters stayed home.", "min", 50},
		{"Turnout was just under a third of the registered voters.", "max", 100.0 / 3},
		{"Less than a quarter of the budget was spent.", "max", 25},
		{"وقاطع أكثر من نصف الناخبين الاقتراع.", "min", 50},
		{"About half of the schools were closed.", "", 50},
		{"The bank raised its rate by more than half a point.", "min", 50},
	} {
		ns := Extract(c.in).Numbers
		if len(ns) != 1 || ns[0].Bound != c.bound || !ns[0].Approx || math.Abs(ns[0].Value-c.value) > 0.01 {
			t.Errorf("%q: %+v, want %.1f bound %q", c.in, ns, c.value, c.bound)
		}
	}
	// A bound told as near its value says so, of a share and of a count.
	for in, near := range map[string]bool{
		"Turnout was just under a third of the registered voters.": true,
		"Turnout was under a third of the registered voters.":      false,
		"Slightly more than 40 people were killed.":                true,
		"More than 40 people were killed.":                         false,
		"Barely above 2 percent of the vote.":                      true,
	} {
		if ns := Extract(in).Numbers; len(ns) != 1 || ns[0].Near != near || ns[0].Bound == "" {
			t.Errorf("%q: %+v, want a bound near %v", in, ns, near)
		}
	}
}

// TestDurationBounds checks that a duration told as open-ended or as
// approximate says so, before or after it, in both languages.
func TestDurationBounds(t *testing.T) {
	for _, c := range []struct {
		in, period, bound string
		approx            bool
	}{
		{"The appeal will take at least a year.", "1y", "min", true},
		{"The talks went on for about 18 months.", "18m", "", true},
		{"The curfew may last up to two weeks.", "2w", "max", true},
		{"حكم عليه بالسجن أكثر من خمس سنوات.", "5y", "min", true},
		{"تستغرق عملية الإصلاح عامين على الأقل.", "2y", "min", true},
		{"استمرت المفاوضات نحو عامين.", "2y", "", true},
		{"The strike lasted three days.", "3d", "", false},
	} {
		ds := Extract(c.in).Dates
		if len(ds) != 1 || ds[0].Period != c.period || ds[0].Bound != c.bound || ds[0].Approx != c.approx {
			t.Errorf("%q: %+v, want %s bound %q approx %v", c.in, ds, c.period, c.bound, c.approx)
		}
	}
}

// TestPointsOfARate checks that a change of a rate told in points, whole
// or fractions, in either language, is a count of basis points.
func TestPointsOfARate(t *testing.T) {
	for _, c := range []struct {
		in    string
		value float64
	}{
		{"The bank cut its main rate by 50 basis points.", 50},
		{"It raised rates by 75 bps.", 75},
		{"The bank cut by a quarter of a percentage point.", 25},
		{"It was a quarter-point cut.", 25},
		{"The rate rose by half a percentage point.", 50},
		{"The rate fell 0.35 percentage point.", 35},
		{"خفض البنك سعر الفائدة 25 نقطة أساس.", 25},
		{"خفض البنك الفائدة بواقع ربع نقطة مئوية.", 25},
		{"رفع البنك الفائدة نصف نقطة مئوية.", 50},
		{"رفع البنك الفائدة 1.5 نقطة مئوية.", 150},
	} {
		ns := Extract(c.in).Numbers
		if len(ns) != 1 || ns[0].Unit != BasisPoints || ns[0].Value != c.value {
			t.Errorf("%q: %+v, want %v %s", c.in, ns, c.value, BasisPoints)
		}
	}
	if ns := Extract("Half of the schools were closed.").Numbers; len(ns) != 1 || !ns[0].Percent || ns[0].Unit == BasisPoints {
		t.Errorf("half of the schools: %+v", ns)
	}
}

// TestBetweenRanges checks that "between 30 and 45 tonnes" and "ما بين 30
// و45 طناً" are one range, counting what the second number counts, and
// that two numbers not told so stay two.
func TestBetweenRanges(t *testing.T) {
	for _, c := range []struct {
		in       string
		from, to float64
	}{
		{"Crews removed between 30 and 45 tonnes of dead fish.", 30, 45},
		{"أزالت الفرق ما بين 30 و45 طناً من الأسماك النافقة.", 30, 45},
		{"وقتل بين ٢٠ و٣٠ شخصاً في الاشتباكات.", 20, 30},
		{"وأصيب بين ثلاثة وخمسة أشخاص.", 3, 5},
	} {
		ns := Numbers(c.in)
		if len(ns) != 1 || ns[0].Value != c.from || ns[0].To != c.to || ns[0].Unit == "" {
			t.Errorf("%q: %+v, want one range %g to %g with its noun", c.in, ns, c.from, c.to)
		} else if !strings.HasPrefix(ns[0].Text, "between") && !strings.HasPrefix(ns[0].Text, "بين") {
			t.Errorf("%q: the range's text %q does not open with its between", c.in, ns[0].Text)
		}
	}
	for _, in := range []string{
		"The score was 3 and 1 after extra time.",
		"Between Monday's 12 dead and 40 injured, the toll is the worst this year.",
		"The price rose from 30 to 45 dinars.",
	} {
		for _, n := range Numbers(in) {
			if n.To != 0 {
				t.Errorf("%q: %+v read as a range", in, n)
			}
		}
	}
}

// TestExceededBounds checks that a number "exceeded" or "تجاوز" is a
// lower bound, and the same verb negated an upper one.
func TestExceededBounds(t *testing.T) {
	wantBounds(t, []boundCase{
		{"The number of suspected cases exceeded 4,000 on Monday.", "min"},
		{"وأضاف المصدر أن عدد الحالات المشتبه بها تجاوز أربعة آلاف حالة.", "min"},
		{"وقالت الشركة إن الخسائر تخطت 50 مليون دولار.", "min"},
		{"وقالت الشرطة إن عدد القتلى لا يتجاوز 12 شخصا.", "max"},
		{"The utility's debts exceed two billion dinars.", "min"},
		{"Fees must not exceed 40 dinars a month.", "max"},
	})
}

// boundCase is a text of one number and the bound it should have.
type boundCase struct{ in, bound string }

// wantBounds fails t for each case whose text does not give one number
// with its bound.
func wantBounds(t *testing.T, cases []boundCase) {
	t.Helper()
	for _, c := range cases {
		ns := Numbers(c.in)
		if len(ns) != 1 || ns[0].Bound != c.bound {
			t.Errorf("%q: %+v, want bound %q", c.in, ns, c.bound)
		}
	}
}

// TestHandedOverIsNoBound checks that the "over" of "handed over" is the
// verb's particle, not "more than", while "over" alone still is.
func TestHandedOverIsNoBound(t *testing.T) {
	wantBounds(t, []boundCase{
		{"Each tribe handed over 10 rifles to the mediators.", ""},
		{"Police turned over 12 suspects to prosecutors.", ""},
		{"Over 10 rifles were seized.", "min"},
	})
}

// TestAgesCountNoOne checks that "a seven-year-old girl" is an age, whose
// unit is AgeUnit, not a count with no noun that any count could meet.
func TestAgesCountNoOne(t *testing.T) {
	for _, in := range []string{"A seven-year-old girl died in hospital.", "A 70-year-old woman was among the dead.",
		"A boy of about ten who was selling water at the roadside was also killed.", "A woman of 70, she had queued since dawn."} {
		ns := Numbers(in)
		if len(ns) != 1 || ns[0].Unit != AgeUnit {
			t.Errorf("%q: %+v, want one age", in, ns)
		}
	}
	// "of" after a person and before a counted noun is no age.
	for _, in := range []string{"A man of three sons was killed.", "The body of 12 victims was found.", "A group of ten men was arrested."} {
		for _, n := range Numbers(in) {
			if n.Unit == AgeUnit {
				t.Errorf("%q: %+v is no age", in, n)
			}
		}
	}
}

// TestKilometreMarkerIsAPlace checks that "Km 30" before a noun is a
// marker (MarkerUnit), and "30 km" a distance.
func TestKilometreMarkerIsAPlace(t *testing.T) {
	for in, want := range map[string]string{
		"He was killed near the Km 30 camp.":     MarkerUnit,
		"أكبرها مخيم الكيلومتر ٢٤ على الطريق.":   MarkerUnit,
		"The camp lies 30 km north of the city.": "km",
	} {
		ns := Numbers(in)
		if len(ns) != 1 || ns[0].Unit != want {
			t.Errorf("%q: %+v, want one number of unit %q", in, ns, want)
		}
	}
}

// TestAircraftModelIsNoCount checks that an aircraft's model ("Boeing
// 737-800", "إيرباص 320") and a flight's number past the airline's code
// ("Flight RM 415") are names, not counts: only the passengers are.
func TestAircraftModelIsNoCount(t *testing.T) {
	for text, want := range map[string]float64{
		"The Boeing 737-800 carrying 148 passengers touched down.":           148,
		"Flight RM 415, carrying 164 passengers and no crew, landed safely.": 164,
		"هبطت طائرة إيرباص 320 تقل 150 راكبا في المدينة المنورة.":            150,
	} {
		ns := Extract(text).Numbers
		if len(ns) != 1 || ns[0].Value != want {
			t.Errorf("%q: numbers %v, want only %v", text, ns, want)
		}
	}
}

// TestAgeAfterName checks that a number set off by commas after a name is
// an age ("said Ali Kadhim, 27, who"), and that a count after a place and
// a comma is not ("in Mosul, 400 km north").
func TestAgeAfterName(t *testing.T) {
	ns := Extract("“I saw a boy go under people’s feet,” said Ali Kadhim, 27, who had travelled from Diwaniyah.").Numbers
	if len(ns) != 1 || ns[0].Unit != AgeUnit {
		t.Errorf("Ali Kadhim, 27,: %+v", ns)
	}
	ns = Extract("The dam lies near Mosul, 400 km north of Baghdad.").Numbers
	if len(ns) != 1 || ns[0].Unit == AgeUnit {
		t.Errorf("Mosul, 400 km: %+v", ns)
	}
}

// TestDecimalComma checks the Maghreb's decimal comma ("فائض بـ4,2 مليار
// دولار" is 4.2 billion), while a thousands comma and a list of digits keep
// their reading.
func TestDecimalComma(t *testing.T) {
	for text, want := range map[string][]float64{
		"الميزان التجاري: فائض بـ4,2 مليار دولار": {4.2e9},
		"وبلغت قيمة الصادرات 22,4 مليار دولار":    {22.4e9},
		"The deal is worth 4,200 dollars.":        {4200},
		"Seats 1,2,3 were empty.":                 {1, 2, 3},
	} {
		ns := Extract(text).Numbers
		var got []float64
		for _, n := range ns {
			got = append(got, n.Value)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: values %v, want %v", text, got, want)
		}
	}
}

// TestArabicLabelWords checks that the Arabic label words with a ta
// marbuta ("المادة 6", "الرحلة 415") make the digits after them a name, as
// "المرسوم 54" and "رقم 934" already did.
func TestArabicLabelWords(t *testing.T) {
	for _, text := range []string{"وتنص المادة 6 من الدستور على ذلك.", "الرحلة 415 هبطت في المدينة المنورة.", "صدر المرسوم 54 أمس."} {
		if ns := Extract(text).Numbers; len(ns) != 0 {
			t.Errorf("%q: numbers %v, want none", text, ns)
		}
	}
}

// TestDurationRange checks that a duration told as a range ("12 to 24
// hours", "between five and 10 years", "بين ١٨ و٣٥ عاماً") is one date from
// its first number to its second, and that the first is no count; "and"
// makes a range only after "between".
func TestDurationRange(t *testing.T) {
	for _, c := range []struct{ in, text, from, period string }{
		{"Treatment works best roughly 12 to 24 hours after drinking.", "12 to 24 hours", "12h", "24h"},
		{"They received prison terms of between five and 10 years.", "between five and 10 years", "5y", "10y"},
		{"وتتراوح أعمار الضحايا بين ١٨ و٣٥ عاماً.", "بين ١٨ و٣٥ عاماً", "18y", "35y"},
		{"ويستغرق العلاج من 3 إلى 5 أيام.", "3 إلى 5 أيام", "3d", "5d"},
	} {
		f := Extract(c.in)
		if len(f.Numbers) != 0 || len(f.Dates) != 1 || f.Dates[0].Text != c.text || f.Dates[0].From != c.from || f.Dates[0].Period != c.period {
			t.Errorf("%q: numbers %+v, dates %+v; want one date %q from %s to %s", c.in, f.Numbers, f.Dates, c.text, c.from, c.period)
		}
	}
	f := Extract("Police arrested 3 and held them for 5 days.")
	if len(f.Numbers) != 1 || len(f.Dates) != 1 || f.Dates[0].From != "" {
		t.Errorf("a count and a duration joined by and: numbers %+v, dates %+v", f.Numbers, f.Dates)
	}
}

// TestClockDoneBy checks that a time of day after "by" or "بحلول" is
// qualified as the time something was done by, and one after "until" as
// an end.
func TestClockDoneBy(t *testing.T) {
	for _, c := range []struct{ in, q string }{
		{"By 10 pm all of them had been brought down.", "by"},
		{"وبحلول الساعة العاشرة ليلاً تم إنزال جميع الركاب.", "by"},
		{"The curfew lasts until 6 a.m.", "until"},
		{"ويستمر حظر التجول حتى الساعة السادسة صباحاً.", "until"},
		{"The line stopped shortly after 4 pm.", ""},
	} {
		ds := Dates(c.in)
		if len(ds) != 1 || ds[0].Clock == 0 || ds[0].Qualifier != c.q {
			t.Errorf("%q: %+v, want one time of day qualified %q", c.in, ds, c.q)
		}
	}
}

// TestAPluralUnitIsNoOne checks that "a" before a plural unit ("a
// months-long deadlock", "a decades-long conflict") counts no one of it,
// while "a year" and "a decade" are one.
func TestAPluralUnitIsNoOne(t *testing.T) {
	for _, in := range []string{"It deepened a months-long deadlock over the post.", "The deal ends a decades-long conflict."} {
		if ds := Dates(in); len(ds) != 0 {
			t.Errorf("%q: %+v, want no date", in, ds)
		}
	}
	for in, p := range map[string]string{"He was jailed for a year.": "1y", "The dam was built a decade ago.": "10y"} {
		if ds := Dates(in); len(ds) != 1 || ds[0].Period != p {
			t.Errorf("%q: %+v, want %s", in, ds, p)
		}
	}
}

// TestHourWithPartOfDay checks that an hour told with an English part of
// the day ("at 6 in the morning", "1:15 in the afternoon") is a time of
// day after a preposition of time, that a count before "in the morning
// attack" stays a count, and that the wire's time in GMT is neither.
func TestHourWithPartOfDay(t *testing.T) {
	for in, clock := range map[string]int{
		"The vote began at 6 in the morning.":          6*60 + 1,
		"The session opened at 1:15 in the afternoon.": 13*60 + 15 + 1,
		"It was called for 9 in the evening.":          21*60 + 1,
	} {
		f := Extract(in)
		if len(f.Dates) != 1 || f.Dates[0].Clock != clock || len(f.Numbers) != 0 {
			t.Errorf("%q: dates %+v numbers %+v, want the time %d", in, f.Dates, f.Numbers, clock)
		}
	}
	if f := Extract("Gunmen killed 11 in the morning attack."); len(f.Numbers) != 1 || len(f.Dates) != 0 {
		t.Errorf("a count before a morning attack: %+v", f)
	}
	if f := Extract("The session opened at 1:15 p.m. (1015 GMT)."); len(f.Numbers) != 0 || len(f.Dates) != 1 {
		t.Errorf("the time in GMT: %+v", f)
	}
}

// TestFirstOfTheMonth checks that "غرة" before a month is its first day.
func TestFirstOfTheMonth(t *testing.T) {
	for in, want := range map[string][3]int{
		"ويبدأ تطبيق التعريفة الجديدة ابتداءً من غرة يناير/كانون الثاني.": {0, 1, 1},
		"تطبق الأسعار الجديدة في غرة جويلية 2025.":                        {2025, 7, 1},
	} {
		ds := Dates(in)
		if len(ds) != 1 || ds[0].Year != want[0] || ds[0].Month != want[1] || ds[0].Day != want[2] {
			t.Errorf("%q: %+v, want %v", in, ds, want)
		}
	}
}

// TestArabicAmountsJoinedByAnd checks that the digits after "و" that finish
// an Arabic amount begun with a larger scale word are part of it:
// "مليوناً و860 ألف ناخب" is 1,860,000 voters, not a million and 860,000.
// A larger scale after "و" stays a number of its own, and "بين 30 ألف و45
// ألف" stays a range from 30,000 (its first value), not 75,000.
func TestArabicAmountsJoinedByAnd(t *testing.T) {
	for text, want := range map[string][]float64{
		"بلغ عدد الناخبين المسجلين مليوناً و860 ألف ناخب.": {1.86e6},
		"من أصل مليون و٨٦٠ ألف ناخب مسجل.":                 {1.86e6},
		"يعيش في المخيم 3 آلاف و500 لاجئ.":                 {3500},
		"وبلغت الكلفة 2 مليون و500 ألف دولار.":             {2.5e6},
		"وشارك في المسيرة ألفين و500 شخص.":                 {2500},
		"ارتفع العدد من مليون و3 ملايين.":                  {1e6, 3e6},
		"بين 30 ألف و45 ألف طن.":                           {30e3},
	} {
		var got []float64
		for _, n := range Extract(text).Numbers {
			got = append(got, n.Value)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: values %v, want %v", text, got, want)
		}
	}
}

// TestHyphenatedScale checks an amount whose scale word is joined by a
// hyphen, "a 5.5-billion-dinar loan": 5.5 billion dinars, not 5.5 and a
// billion.
func TestHyphenatedScale(t *testing.T) {
	for text, want := range map[string]Number{
		"The central bank will extend an exceptional 5.5-billion-dinar loan.": {Value: 5.5e9, Unit: "dinar"},
		"They signed a $2-billion deal.":                                      {Value: 2e9, Unit: "dollar"},
	} {
		ns := Extract(text).Numbers
		if len(ns) != 1 || ns[0].Value != want.Value || ns[0].Unit != want.Unit {
			t.Errorf("%q: %+v, want one number %v %s", text, ns, want.Value, want.Unit)
		}
	}
}

// TestNearBeforeAreApproximators checks that each phrase nearBefore marks
// is one approxBefore lists, so that none is lost to a spelling.
func TestNearBeforeAreApproximators(t *testing.T) {
	for p := range nearBefore {
		if !slices.ContainsFunc(approxBefore, func(a struct{ phrase, bound string }) bool { return a.phrase == p }) {
			t.Errorf("%q is near but no approximator", p)
		}
	}
}

// TestNearingIsNear checks that the approximators that come near a value
// from under it ("nearly", "almost", "يناهز", "ما يقارب") make it Near,
// while "about" and "نحو" do not.
func TestNearingIsNear(t *testing.T) {
	for in, near := range map[string]bool{
		"Nearly 30 workers were taken to hospital.":    true,
		"Almost 7,000 workers joined the strike.":      true,
		"ونقل إلى المستشفى ما يقارب 30 عاملاً.":        true,
		"وبلغت الخسائر ما يناهز ستة مليارات دينار.":    true,
		"About 30 workers were taken to hospital.":     false,
		"ونقل إلى المستشفى نحو 30 عاملاً.":             false,
		"More than 30 workers were taken to hospital.": false,
	} {
		if ns := Extract(in).Numbers; len(ns) != 1 || !ns[0].Approx || ns[0].Near != near {
			t.Errorf("%q: %+v, want an approximate number, near %v", in, ns, near)
		}
	}
}

// TestAgesAreNoLengths checks that a duration that is someone's age is
// marked as one (after a word of age, before "old", in parentheses after
// an Arabic name, both ends of an age range), and that a length of time is
// not, nor the years of a sentence ("بين سنة وسنتين": سنة is no age word).
func TestAgesAreNoLengths(t *testing.T) {
	for in, want := range map[string][]bool{
		"وروى أحد الناجين، ويدعى عبد الرحيم محمود (٤١ عاماً)، أنه استيقظ على صراخ الركاب.":          {true},
		"وقال خبير النقل إن العبارة يزيد عمرها على أربعين عاماً.":                                   {true},
		"تستهدف تطعيم ٨٥ ألف طفل تتراوح أعمارهم بين ستة أشهر وعشر سنوات.":                           {true, true},
		"The campaign will vaccinate children aged between six months and 10 years over two weeks.": {true, true, false},
		"The man, 41 years old, was rescued after two days.":                                        {true, false},
		"The strike lasted two weeks (14 days).":                                                    {false, false},
		"وتراوحت الأحكام الصادرة في حق باقي المتهمين بين سنة وسنتين.":                               {false},
	} {
		var got []bool
		for _, d := range Extract(in).Dates {
			got = append(got, d.Age)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: ages %v, want %v (%+v)", in, got, want, Extract(in).Dates)
		}
	}
}

// TestApproximatorAfterAPreposition checks that an approximator between a
// preposition and a duration ("بعد نحو ثماني ساعات", "after about eight
// hours") leaves the preposition's qualifier on the date and makes it
// approximate.
func TestApproximatorAfterAPreposition(t *testing.T) {
	for _, in := range []string{
		"وأوضحت الشركة أن الخدمة استعيدت بعد نحو ثماني ساعات.",
		"The service came back after about eight hours.",
	} {
		ds := Extract(in).Dates
		if len(ds) != 1 || ds[0].Period != "8h" || ds[0].Qualifier != "after" || !ds[0].Approx {
			t.Errorf("%q: %+v, want 8h after, approximate", in, ds)
		}
	}
}

// TestPartOfAnApproximateWhole checks that a part told of an approximate
// whole ("1,400 of the plant's roughly 3,200 workers") counts the whole's
// noun, not the approximator.
func TestPartOfAnApproximateWhole(t *testing.T) {
	ns := Extract("The decision affects 1,400 of the plant's roughly 3,200 workers.").Numbers
	if len(ns) != 2 || ns[0].Unit != "worker" || ns[1].Unit != "worker" {
		t.Errorf("%+v, want two counts of workers", ns)
	}
}
