package relation

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare/facts"
)

// hasReason reports whether res has a reason of kind whose evidence
// contains wantA on side a and wantB on side b (either may be "").
func hasReason(rs []Reason, kind, wantA, wantB string) bool {
	for _, r := range rs {
		if r.Kind == kind && strings.Contains(r.A, wantA) && strings.Contains(r.B, wantB) {
			return true
		}
	}
	return false
}

func TestClassifyReasonKinds(t *testing.T) {
	cases := []struct {
		name, a, b   string
		kind, ea, eb string
	}{
		{"negation ar", "لا نية أمريكية للانسحاب من العراق.", "هناك نية أمريكية للانسحاب من العراق.", "negation", "نية", "للانسحاب"},
		{"negation en", "The talks have ended and a deal was reached.", "The talks have ended and no deal was reached.", "negation", "deal", "deal"},
		{"no longer vs still ar", "قال إن التنظيم لم تعد تشكل خطرا على الدولة.", "قال إن التنظيم ما زالت تشكل خطرا على الدولة.", "negation", "تشكل", "تشكل"},
		{"number ar", "تحتفظ الولايات المتحدة بنحو 2500 جندي في العراق.", "تحتفظ الولايات المتحدة بنحو 3000 جندي في العراق.", "number", "2500", "3000"},
		{"number en", "Police said 12 people were injured in the blast.", "Police said 40 people were injured in the blast.", "number", "12", "40"},
		{"date ar month", "كان الإعلان عن الصفقة مقررا خلال آب.", "كان الإعلان عن الصفقة مقررا خلال أيلول.", "date", "آب", "أيلول"},
		{"date en year", "The coalition was formed in 2014 to fight the group.", "The coalition was formed in 2016 to fight the group.", "date", "2014", "2016"},
		{"antonym ar", "أسعار النفط في ارتفاع", "أسعار النفط في انخفاض", "antonym", "ارتفاع", "انخفاض"},
		{"antonym en", "Oil prices rise after the announcement.", "Oil prices fall after the announcement.", "antonym", "rise", "fall"},
		{"entity colour en", "A man in a red shirt rides a bike.", "A man in a blue shirt rides a bike.", "entity", "red", "blue"},
		{"entity place ar", "بكين مستعدة لأي حرب تجارية ضد واشنطن", "موسكو مستعدة لأي حرب تجارية ضد واشنطن", "entity", "بكين", "موسكو"},
		{"denial ar", "قال المتحدث إن الأنباء عن انسحاب القوات من العراق محض كذب.", "قال المتحدث إن القوات ستنسحب من العراق.", "denial", "محض كذب", ""},
		{"denial ar participle", "وقال المتحدث نافياً أن تكون الحكومة رفعت أسعار الوقود.", "الحكومة رفعت أسعار الوقود.", "denial", "نافياً", ""},
		{"denial en", "The ministry denied that troops will leave Iraq this year.", "The ministry said that troops will leave Iraq this year.", "denial", "denied", ""},
		{"entity nationality ar", "سجن الشاعر المصري بعد إدانته", "سجن الشاعر السعودي بعد إدانته", "entity", "المصري", "السعودي"},
		{"modality ar", "سيتم الإعلان عن الاتفاق الأسبوع المقبل", "لن يتم الإعلان عن الاتفاق الأسبوع المقبل", "negation", "الإعلان", "الإعلان"},
		{"no longer vs still en", "The company no longer sells cars in Europe.", "The company still sells cars in Europe.", "negation", "sells", "sells"},
		{"roles swapped ar", "مصر تتهم إثيوبيا بتعطيل المفاوضات حول السد", "إثيوبيا تتهم مصر بتعطيل المفاوضات حول السد", "entity", "مصر", "إثيوبيا"},
		{"roles swapped en", "Brazil beat Germany in the final on Sunday.", "Germany beat Brazil in the final on Sunday.", "entity", "Brazil", "Germany"},
		{"old against teenage", "An old woman is looking at the sun.", "A teenage woman is looking at the sun.", "antonym", "old", "teenage"},
		{"antonym roles ar", "الذهب يرتفع والدولار ينخفض في التعاملات المبكرة", "الدولار يرتفع والذهب ينخفض في التعاملات المبكرة", "antonym", "", ""},
		{"failure ar", "الحكومة تتجنب رفع أسعار الخبز هذا العام", "الحكومة ترفع أسعار الخبز هذا العام", "negation", "تتجنب", ""},
		{"failure ar verb", "أخفق مجلس النواب في انتخاب رئيس جديد له", "انتخب مجلس النواب رئيساً جديداً له", "negation", "أخفق", ""},
		{"nationality for country ar", "وصل وفد من اليابان إلى بغداد لبحث الاستثمار", "وصل وفد فرنسي إلى بغداد لبحث الاستثمار", "entity", "اليابان", "فرنسي"},
		{"antonym verbs ar", "الحكومة يدعم القرار الجديد", "الحكومة يدين القرار الجديد", "antonym", "يدعم", "يدين"},
		{"doubt en", "The militia leader casts doubt on the withdrawal plan.", "Officials said the withdrawal plan was agreed.", "denial", "doubt", ""},
		{"number past an abbreviation en", "The Pentagon said that 2,500 U.S. troops remain in Iraq.", "Officials said that 3,000 US soldiers are still stationed in Iraq.", "number", "2,500", "3,000"},
		{"antonym unanimous en", "The board's decision to cut the rate was unanimous.", "The board's decision to cut the rate was split.", "antonym", "unanimous", "split"},
		{"antonym unanimous ar", "اتخذ المجلس قرار خفض الفائدة بالإجماع.", "اتخذ المجلس قرار خفض الفائدة بأغلبية أعضائه.", "antonym", "بالإجماع", "بأغلبية"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Classify(c.a, c.b)
			if res.Label != Contradicts {
				t.Errorf("label %s (%.2f), want contradicts; reasons %+v", res.Label, res.Confidence, res.Reasons)
			}
			if !hasReason(res.Reasons, c.kind, c.ea, c.eb) {
				t.Errorf("no %s reason with %q vs %q: %+v", c.kind, c.ea, c.eb, res.Reasons)
			}
			checkOffsets(t, c.a, c.b, res.Reasons)
		})
	}
}

// TestArticleWordIsNotAVerb checks that a word with the article is not
// taken for the imperfect verb that the stemmer brings to the same key:
// "الدين" (the debt, or part of a name such as "علاء الدين") is not
// "يدين" (condemns), the antonym of "دعم" (support).
func TestArticleWordIsNotAVerb(t *testing.T) {
	res := Classify("قال إن أمريكا تواصل دعم إسرائيل", "قال فرهاد علاء الدين إن المحادثات انتهت")
	for _, r := range res.Reasons {
		if r.Kind == "antonym" {
			t.Errorf("antonym reason %q vs %q: %+v", r.A, r.B, res.Reasons)
		}
	}
}

// TestSilenceIsNoNegation checks that a reporting verb under a negation
// ("have not yet said") is no negation of what another source said, in
// either language, while the negated fact itself still is.
func TestSilenceIsNoNegation(t *testing.T) {
	silent := [][2]string{
		{"Investigators have not yet said what caused the fire.", "The fire chief said the fire was caused by an electrical fault."},
		{"لم تذكر الشرطة سبب الحريق حتى الآن.", "قالت الشرطة إن الحريق نتج عن تماس كهربائي."},
	}
	for _, c := range silent {
		if r, ok := reasonOf(c[0], c[1], "negation"); ok {
			t.Errorf("%q vs %q: negation reason %q vs %q", c[0], c[1], r.A, r.B)
		}
	}
	res := Classify("The fire was not caused by an electrical fault, the chief said.", "The fire chief said the fire was caused by an electrical fault.")
	if !hasReason(res.Reasons, "negation", "not caused", "caused") {
		t.Errorf("a negated cause: no negation reason in %+v", res.Reasons)
	}
}

// TestNumberConflictInArticleSentences checks that a number given two
// values in two sentences about one thing is a contradiction even when the
// sentences differ in their attribution and asides (the model alone read
// the first pair as neutral), and that a different number about something
// else is not.
func TestNumberConflictInArticleSentences(t *testing.T) {
	a := "Amal Haddad has won the presidential election with 55 percent of the vote, her campaign said."
	b := "Amal Haddad won the presidential election with 52 percent of the vote, against 45 percent for her rival Youssef Karam."
	res := Classify(a, b)
	if res.Label != Contradicts || !hasReason(res.Reasons, "number", "55 percent", "52 percent") {
		t.Errorf("%q vs %q: %s %.2f %v, want a number contradiction", a, b, res.Label, res.Confidence, res.Reasons)
	}
	checkOffsets(t, a, b, res.Reasons)
	c := "Inflation reached 18 percent last year, the central bank said."
	if res := Classify(c, b); res.Label == Contradicts {
		t.Errorf("%q vs %q: %s %v, want no contradiction", c, b, res.Label, res.Reasons)
	}
}

// TestNumberConflictAcrossLanguages checks that an English and an Arabic
// account of one result meet by names, concepts and numbers, and that a
// share of the vote is not set against a turnout.
func TestNumberConflictAcrossLanguages(t *testing.T) {
	cases := [][2]string{
		{"Amal Haddad has won Narobia presidential election with 55 percent of the vote, her campaign said on Monday.", "أعلنت المفوضية المستقلة للانتخابات في ناروبيا فوز أمل حداد بالانتخابات الرئاسية بنسبة 52% من الأصوات، مقابل 45% لمنافسها يوسف كرم."},
		{"Turnout was 41 percent, the commission's chairman, Rami Saleh, told a news conference in the capital.", "وقال رئيس المفوضية، رامي صالح، إن نسبة المشاركة بلغت 44%، وهي الأدنى منذ عام 1996."},
	}
	for _, c := range cases {
		res := Classify(c[0], c[1])
		if res.Label != Contradicts || !hasReason(res.Reasons, "number", "", "") {
			t.Errorf("%q vs %q: %s %.2f %v, want a number contradiction", c[0], c[1], res.Label, res.Confidence, res.Reasons)
		}
		checkOffsets(t, c[0], c[1], res.Reasons)
	}
	a := "Narobia opposition rejects election result as turnout hits 44%"
	b := "The commission said Amal Haddad had won 52 percent of the vote and Youssef Karam 45 percent."
	if hasReason(Classify(a, b).Reasons, "number", "", "") {
		t.Errorf("%q vs %q: a turnout is set against a share of the vote", a, b)
	}
}

// TestNegationScopeInNewsProse checks rules found on unseen articles: a
// denial verb after the conjunction و is a denial; a denial's scope runs
// past where it was made ("في بيان") and past "any"; "no link to X" does
// not negate X.
func TestNegationScopeInNewsProse(t *testing.T) {
	contra := []struct{ a, b, wantB string }{
		{"أرسل المجلس ثلاث رسائل إلى الوزارة يحذر فيها من تصدعات في السد.", "ونفت الوزارة تلقي أي تحذيرات من المجلس البلدي.", ""},
		{"أعلنت هيئة الميناء التوصل إلى اتفاق مع النقابة لإنهاء الإضراب.", "لكن النقابة نفت في بيان التوصل إلى أي اتفاق.", "التوصل"},
		{"The port authority said on Friday that an agreement had been reached with the union to end the strike.", "The union on Saturday denied that any agreement had been reached to end the strike.", "agreement"},
	}
	for _, c := range contra {
		res := Classify(c.a, c.b)
		if res.Label != Contradicts {
			t.Errorf("%q vs %q: %s %.2f %v, want a contradiction", c.a, c.b, res.Label, res.Confidence, res.Reasons)
			continue
		}
		if c.wantB != "" && !hasReason(res.Reasons, "negation", "", c.wantB) && !hasReason(res.Reasons, "negation", c.wantB, "") {
			t.Errorf("%q vs %q: reasons %v, want a negation on %q", c.a, c.b, res.Reasons, c.wantB)
		}
		checkOffsets(t, c.a, c.b, res.Reasons)
	}
	// An Arabic denial verb comes before its subject; what it denies is the
	// predicate past it, not the police that both sides name.
	if res := Classify("Police detained the captain on Wednesday pending an investigation.", "ونفى مصدر في الشرطة توقيف قبطان العبارة."); res.Label != Contradicts || !hasReason(res.Reasons, "negation", "detained", "توقيف") {
		t.Errorf("a denied arrest: %s %.2f %v", res.Label, res.Confidence, res.Reasons)
	}
	// A denied clause is denied whole, its verb after its subject.
	if res := Classify("The Corrections Department denied that any staff member had helped the inmates.", "Two guards were arrested on suspicion of helping seven inmates escape."); res.Label != Contradicts || !hasReason(res.Reasons, "negation", "helped", "helping") {
		t.Errorf("a denied that-clause: %s %.2f %v", res.Label, res.Confidence, res.Reasons)
	}
	same := [][2]string{
		{"وأكد الوزير أن الوزارة لم تتلق أي تحذير مسبق من المجلس البلدي.", "ونفت الوزارة تلقي أي تحذيرات من المجلس البلدي."},
		{"إضراب عمال ميناء رأس حمرا يدخل يومه الخامس", "وقال متحدث باسم السائقين إن الاحتجاج لا علاقة له بإضراب عمال الميناء."},
	}
	for _, c := range same {
		if res := Classify(c[0], c[1]); res.Label == Contradicts {
			t.Errorf("%q vs %q: %s %.2f %v, want no contradiction", c[0], c[1], res.Label, res.Confidence, res.Reasons)
		}
	}
}

// TestCountedNounInAttributedSentences checks that two counts of one named
// thing conflict even when the attribution makes the sentences share
// little else.
func TestCountedNounInAttributedSentences(t *testing.T) {
	a := "Thirty-seven cargo ships were waiting at anchor outside the port on Friday, according to harbour master Karim Nassar."
	b := "Rahal said 23 ships were waiting to berth."
	if res := Classify(a, b); res.Label != Contradicts || !hasReason(res.Reasons, "number", "Thirty-seven", "23") {
		t.Errorf("%s %.2f %v, want a number contradiction", res.Label, res.Confidence, res.Reasons)
	}
}

// TestPercentagesNeedOneReferentToBeFirm checks when two percentages surely
// measure one thing: the same referent on both sides, not merely both
// being percentages (an offer and a demand).
func TestPercentagesNeedOneReferentToBeFirm(t *testing.T) {
	firm := func(a, b string) bool { return firmReason(t, a, b, "number") }
	if !firm("Turnout was 41 percent, the commission said.", "Turnout reached 44 percent, the commission said.") {
		t.Error("two turnouts are not a firm conflict")
	}
	if firm("The authority offered a 10 percent rise, the union said.", "The authority had offered a 30 percent rise, the union said.") {
		t.Error("two percentages of nothing named are a firm conflict")
	}
}

// TestPeriodsOfOneLength checks that two periods told in different units
// agree when they last as long, and conflict when they do not.
func TestPeriodsOfOneLength(t *testing.T) {
	for _, c := range [][2]string{
		{"وقال إن فرق الإنقاذ ستنتهي من البحث خلال 48 ساعة.", "وقال إن فرق الإنقاذ ستنتهي من البحث خلال يومين."},
		{"The talks will end within two weeks.", "The talks will end within 14 days."},
	} {
		if res := Classify(c[0], c[1]); res.Label == Contradicts {
			t.Errorf("%q vs %q: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
	if res := Classify("The talks will end within two weeks.", "The talks will end within three weeks."); res.Label != Contradicts || !hasReason(res.Reasons, "date", "two weeks", "three weeks") {
		t.Errorf("two weeks against three: %s %v", res.Label, res.Reasons)
	}
}

// TestDeathTollAcrossLanguages checks an English and an Arabic count of
// the dead of one sinking: the counts of one outcome are compared (not the
// number in the ship's name), across the two languages.
func TestDeathTollAcrossLanguages(t *testing.T) {
	a := "A passenger ferry bound for Jeddah capsized off Sudan's Red Sea coast late on Tuesday, killing 23 people, officials said."
	b := "ارتفع عدد ضحايا غرق العبارة \"السلام 7\" قبالة ميناء سواكن السوداني إلى 31 قتيلا، وفق ما أعلنت السلطات."
	res := Classify(a, b)
	if res.Label != Contradicts || !hasReason(res.Reasons, "number", "23", "31") {
		t.Errorf("%s %.2f %v, want a number contradiction 23 vs 31", res.Label, res.Confidence, res.Reasons)
	}
	checkOffsets(t, a, b, res.Reasons)
}

// TestBareYearsAreNoFirmDate checks that two bare years make a date reason
// the model may weigh, but not a firm one, while two days of a month do.
func TestBareYearsAreNoFirmDate(t *testing.T) {
	firm := func(a, b string) bool { return firmReason(t, a, b, "date") }
	if firm("The commission was founded in 1996, officials said.", "The commission was founded in 2019, officials said.") {
		t.Error("two bare years are a firm date conflict")
	}
	if !firm("The vote was held on June 9, officials said.", "The vote was held on June 8, officials said.") {
		t.Error("two days of June are not a firm date conflict")
	}
}

// TestDaysOfSayingAreNoConflict checks that the days two sources spoke on
// are no weekday conflict, while two days of one event still are.
func TestDaysOfSayingAreNoConflict(t *testing.T) {
	a := "The port authority said on Friday that an agreement had been reached with the union."
	b := "The union on Saturday denied that any agreement had been reached."
	for _, r := range Classify(a, b).Reasons {
		if r.Kind == "entity" || r.Kind == "date" {
			t.Errorf("a weekday reason between the days of saying: %q vs %q", r.A, r.B)
		}
	}
	if res := Classify("The strike began on Monday.", "The strike began on Tuesday."); !hasReason(res.Reasons, "date", "Monday", "Tuesday") {
		t.Errorf("two days the strike began on: %s %v", res.Label, res.Reasons)
	}
}

// TestDatelineIsNotTheEventsDate checks that a wire dateline's date ("PORT
// SUDAN, March 4 (Gulf Wire) -") is not set against, nor taken to agree
// with, the date of what the dispatch reports, nor its month against a
// month named alone.
func TestDatelineIsNotTheEventsDate(t *testing.T) {
	a := "PORT SUDAN, March 4 (Gulf Wire) - A passenger ferry capsized off the coast late on Tuesday, March 3, killing 23 people, officials said."
	b := "وغرقت العبارة مساء الأربعاء 4 مارس أثناء رحلتها من سواكن إلى ميناء جدة."
	if res := Classify(a, b); !hasReason(res.Reasons, "date", "March 3", "4 مارس") {
		t.Errorf("the ship sank on March 3 against 4 مارس: %s %v", res.Label, res.Reasons)
	}
	c := "The ferry sank late on Tuesday, March 3, officials said on Wednesday."
	if res := Classify(a, c); hasReason(res.Reasons, "date", "", "") {
		t.Errorf("the dateline's March 4 is set against the event's March 3: %v", res.Reasons)
	}
	// Nor is the dateline's month set against a month named alone.
	a = "TRIPOLI, June 15 (Libya Business Journal) — Libya's government will raise the price of subsidised petrol to 0.85 dinars per litre, the economy minister said on Sunday."
	b = "الحكومة ترفع سعر لتر البنزين إلى ٨٥٠ درهماً بدءاً من يوليو"
	if res := Classify(a, b); hasReason(res.Reasons, "date", "", "") {
		t.Errorf("the dateline's June is set against the July of the rise: %v", res.Reasons)
	}
}

// TestReleasedAgainstStillHeld checks that "released on bail" and "لا يزال
// ... موقوفاً" (still held) are opposites.
func TestReleasedAgainstStillHeld(t *testing.T) {
	res := Classify("وأُفرج عن الناشط ليث الحداد بكفالة مساء الأربعاء.", "ولا يزال الناشط ليث الحداد موقوفاً رغم صدور الحكم.")
	if !hasReason(res.Reasons, "antonym", "", "موقوف") {
		t.Errorf("released against still held: %s %v", res.Label, res.Reasons)
	}
}

// TestLebanesePoundIsLira checks that "pounds" and "ليرة" are no two
// currencies: the Lebanese and the Syrian pound are the lira in Arabic.
func TestLebanesePoundIsLira(t *testing.T) {
	res := Classify("Under the new table, the price of 20 litres of petrol rose by 52,000 pounds.", "وبموجب الجدول الجديد، ارتفع سعر صفيحة البنزين ٥٢ ألف ليرة.")
	if hasReason(res.Reasons, "entity", "", "") || res.Label == Contradicts {
		t.Errorf("pounds against ليرة: %s %v", res.Label, res.Reasons)
	}
}

// TestTwoWordDayOfDenial checks that "اليوم الخميس" set off by commas after
// a denial and its subject dates the denial, both its words: it is no rival
// of the day production was halted.
func TestTwoWordDayOfDenial(t *testing.T) {
	wantInClaimReason(t, "date", false, [][2]string{{"Production was halted on Sunday, March 1, at the plant in the industrial zone.",
		"نفت وزارة الصناعة، اليوم الخميس، أن تكون قد تلقت أي إشعار مسبق من الشركة بشأن تعليق الإنتاج في مصنعها."}})
}

// TestNoneBefallenNegatesThePredicate checks that "No passengers or crew
// members were injured" negates the injuries, not the passengers: it is no
// rival of "It was carrying 148 passengers", and is one of "Three
// passengers were injured". "no deal was reached" still denies the deal.
func TestNoneBefallenNegatesThePredicate(t *testing.T) {
	none := "No passengers or crew members were injured."
	wantInClaimReason(t, "negation", false, [][2]string{{"It was carrying 148 passengers and six crew members.", none}})
	wantInClaimReason(t, "negation", true, [][2]string{
		{"Three passengers were injured when the plane left the runway.", none},
		{"The two sides reached a deal on Monday.", "No deal was reached, officials said."},
	})
}

// wantNoContradiction fails t for each pair that ClassifyInClaim calls a
// contradiction.
func wantNoContradiction(t *testing.T, pairs [][2]string) {
	t.Helper()
	for _, p := range pairs {
		if r := ClassifyInClaim(Prepare(p[0]), Prepare(p[1])); r.Label == Contradicts {
			t.Errorf("%q against %q: %v %v", p[0], p[1], r.Label, r.Reasons)
		}
	}
}

// TestDeniedCauseLeavesTheEventStanding checks that "not because X but
// because Y" denies a cause, not the event: the deaths and the closure are
// affirmed. A negation with a single cause after it ("No one died because
// the alarm sounded") still negates the event.
func TestDeniedCauseLeavesTheEventStanding(t *testing.T) {
	wantNoContradiction(t, [][2]string{
		{"Eleven women were killed on Saturday in a stampede in Sidi Bennour.",
			`"These women did not die because of disorder, they died because they were beaten back like animals," the league's spokeswoman said.`},
		{"Rubbish piles up in Tripoli after the landfill closes",
			"The group said the landfill did not close because it was full, but because the contractor shut its gates after going unpaid."},
		{"أغلق مطمر طرابلس أبوابه يوم الاثنين.", "وقالت الجمعية إن المطمر لم يغلق بسبب امتلائه، بل بسبب توقف المتعهد عن العمل."},
	})
	wantInClaimReason(t, "negation", true, [][2]string{{"Three people died in the fire.", "No one died because the alarm sounded in time."}})
}

// TestNotUntilTellsWhen checks that a past negation with "until" and a
// time, or Arabic لم with إلا, says when a thing was done: it is no
// negation of an account that it was done, and its date is still the rival
// of another date. A future ("will not reopen until Friday", "لن يبدأ ...
// إلا بعد العيد") and a negation with "إلا أن" (however) keep their
// negation.
func TestNotUntilTellsWhen(t *testing.T) {
	withdraws := "Iraq's health ministry withdraws a batch of antibiotic injections."
	wantNoContradiction(t, [][2]string{
		{withdraws, "But the ministry did not order the batch withdrawn until Wednesday, April 23, nearly a week later, the Observatory said."},
		{withdraws, "The ministry didn't order the batch withdrawn until late on Wednesday."},
		{"وزارة الصحة تسحب دفعة من حقن سيفترياكسون", "وأكد عضو مجلس المحافظة أن وزارة الصحة لم تُصدر قرار سحب الدفعة إلا يوم الأربعاء 23 نيسان/أبريل."},
	})
	wantInClaimReason(t, "date", true, [][2]string{
		{"The ministry ordered the withdrawal of the batch on Monday, April 21.",
			"But the ministry did not order the batch withdrawn until Wednesday, April 23, the Observatory said."},
		{"As a precaution, the ministry ordered the withdrawal of the syrup on 3 February.",
			"The ministry did not order a recall until February 10, it said, more than a month after the first children fell ill."},
	})
	wantInClaimReason(t, "negation", true, [][2]string{
		{"The airport reopened on Thursday.", "The airport will not reopen until Friday."},
		{"بدأ القسم القنصلي استقبال طلبات التأشيرات.", "ولن يبدأ القسم القنصلي باستقبال طلبات التأشيرات إلا بعد عطلة عيد الفطر."},
		{"أصدرت الوزارة قرار السحب.", "لم تصدر الوزارة قرار السحب إلا أن مصادر قالت إنه سيصدر قريبا."},
	})
	// The withdrawal is affirmed.
	runStance(t, "Iraq withdraws a batch of antibiotic injections", []stanceCase{
		{"But the ministry did not order the batch withdrawn until Wednesday, April 23.", Affirms},
	})
}

// TestStateUntilADay checks that a day after "إلى غاية" or "لغاية" (until)
// bounds a state ("the runway remains closed until Friday evening"), no
// rival of the day of the event, while two days of the event still are.
func TestStateUntilADay(t *testing.T) {
	skid := "A passenger plane skidded off the runway at Constantine airport on Thursday night, the ministry said."
	wantInClaimReason(t, "date", false, [][2]string{
		{skid, "لا يزال مدرج مطار قسنطينة مغلقاً إلى غاية مساء الجمعة، غداة انزلاق طائرة ركاب عن المسار."},
		{skid, "وبقي مدرج مطار قسنطينة مغلقاً لغاية صباح الجمعة بعد انزلاق الطائرة."},
	})
	wantInClaimReason(t, "date", true, [][2]string{
		{skid, "انزلقت طائرة ركاب عن مدرج مطار قسنطينة مساء الجمعة."},
	})
}

// TestAnonymityIsNoClaim checks that a source's request for anonymity
// ("طلب عدم الكشف عن اسمه", "asked not to be named because he was not
// authorised to speak") negates nothing and asks for nothing the other side
// tells, while the statement's own negation still counts.
func TestAnonymityIsNoClaim(t *testing.T) {
	wantNoContradiction(t, [][2]string{
		{"وأفاد مصدر طبي في المستشفى، طلب عدم الكشف عن اسمه، بأن سبعة من العاملين أصيبوا بالفيروس.", "وقالت ممرضة في قسم الطوارئ: \"نحن لا نطلب امتيازات، نطلب فقط أن نعمل بأمان\"."},
		{"Officials were authorised to speak to the media on Monday.", "The hospital was shut on Monday, an official who was not authorised to speak to the media said."},
	})
	wantInClaimReason(t, "negation", true, [][2]string{
		{"The plant was shut on Monday, an official who asked not to be named said.", "The plant was not shut on Monday, the company said."},
	})
}

// TestNoTruthIsADenial checks that "ولا صحة لما أُشيع" (there is no truth
// to what was rumoured) is a denial, and its صحة (truth) no word of health
// for the other side to affirm.
func TestNoTruthIsADenial(t *testing.T) {
	wantInClaimReason(t, "negation", false, [][2]string{
		{"من جانبه، أكد مدير عام صحة ذي قار أن ردهة الأمراض الانتقالية في المستشفى مستمرة في استقبال المرضى بشكل طبيعي.",
			"رابعاً: إن ردهة الأمراض الانتقالية في المستشفى مستمرة في استقبال المرضى، ولا صحة لما أُشيع عن إغلاقها."},
	})
}

// TestNotBecauseOfDeniesTheCause checks that "not because of the weather"
// denies the weather as a cause, in English as in Arabic ("وليس بسبب
// الأحوال الجوية"): two accounts that both deny it do not conflict on it,
// and one that gives it conflicts with one that denies it.
func TestNotBecauseOfDeniesTheCause(t *testing.T) {
	en := "The pilots' union said the plane left the runway because several of the runway's edge lights were out of service, and not because of the weather."
	wantInClaimReason(t, "cause", false, [][2]string{
		{en, "من جهتها، حمّلت النقابة إدارة المطار مسؤولية الحادث، مؤكدة أن الطائرة خرجت عن المدرج بسبب تعطل جزء من أضواء حافة المدرج، وليس بسبب الأحوال الجوية."},
	})
	wantInClaimReason(t, "cause", true, [][2]string{
		{en, "The plane left the runway because of the weather, the airport said."},
	})
}

// TestOneUnhurtIsNoCountOfNone checks that "Atwi was not injured" says
// nothing befell one man, and is no count of none against "Four other
// guards were wounded"; against "Atwi was wounded" it is a negation.
func TestOneUnhurtIsNoCountOfNone(t *testing.T) {
	unhurt := "Atwi was not injured and later appeared in a video posted by his office."
	wantNoContradiction(t, [][2]string{{"Four other guards were wounded in the blast, which hit the governor's convoy.", unhurt}})
	wantInClaimReason(t, "negation", true, [][2]string{{"Atwi was wounded in the blast.", unhurt}})
	wantInClaimNumber(t, true, [][2]string{{"Three passengers were injured.", "No one was injured in the crash."}})
}

// TestFeminineOutcomeVerbs checks that an outcome told by a verb in the
// feminine ("أصيبت", "توفيت") is that outcome: seventy women injured are
// no rival of eleven killed, and three female students who died are of two
// students who died.
func TestFeminineOutcomeVerbs(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{{"وزارة الداخلية: مصرع 11 امرأة في تدافع خلال توزيع مساعدات غذائية", "وأصيبت أكثر من سبعين امرأة أخرى، وفق المصدر ذاته."}})
	wantInClaimNumber(t, true, [][2]string{{"Two students died in the outbreak.", "وتوفيت ثلاث طالبات جراء المرض."}})
}

// TestPartOfASumIsNoRival checks that a sum told as a part ("the first
// phase alone", "the largest share of the irregularities, about 96 million
// dinars") is no rival of the whole in the same currency, while two totals
// that differ are, and so are two shares.
func TestPartOfASumIsNoRival(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"The first phase of the project alone was budgeted at 700 million pounds, according to the ministry.", "وتقدر تكلفة مشروع المحور بنحو 2.5 مليار جنيه."},
		{"The Ministry of Health accounted for the largest share of the irregularities, about 96 million dinars, followed by Public Works.", "وأفاد الديوان بأن قيمة المخالفات المالية بلغت ٣١٢ مليون دينار كويتي."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"The project will cost 700 million pounds, the ministry said.", "وتقدر تكلفة مشروع المحور بنحو 2.5 مليار جنيه."},
		{"The Health Ministry's share of the irregularities was 96 million dinars.", "The Health Ministry accounted for the largest share, 120 million dinars."},
	})
}

// TestDeniedThingOfALightVerb checks that "denied that tear gas had been
// used" denies the gas, against "fired tear gas", while in "denied that
// any migrants had been taken to the border" the migrants are the subject
// of what is denied, not denied themselves.
func TestDeniedThingOfALightVerb(t *testing.T) {
	wantInClaimReason(t, "negation", true, [][2]string{{"The interior ministry denied that tear gas had been used, describing the operation as calm.", "Security forces fired tear gas at residents of several camps."}})
	wantInClaimReason(t, "negation", false, [][2]string{{"The governor denied that any migrants had been taken to areas near the border.", "Several migrants said they were still in the camps of Sfax."}})
}

// TestNotDoingLeavesItsObject checks that "عدم حرق النفايات" (not burning
// rubbish) denies the burning, not the rubbish others name, and that "عدم
// تسليم" still meets "تسليم".
func TestNotDoingLeavesItsObject(t *testing.T) {
	wantInClaimReason(t, "negation", false, [][2]string{{"بدوره، قال مصدر في وزارة الصحة إنه لم تسجل أي حالة مرضية مرتبطة بتكدس النفايات في المدينة، داعيا المواطنين إلى عدم حرق النفايات لما يسببه ذلك من أضرار صحية.",
		"وفي حي باب التبانة، أضرم سكان النار في أكوام النفايات ليلا للتخلص منها، ما تسبب في انتشار دخان كثيف."}})
	wantInClaimReason(t, "negation", true, [][2]string{{"وأكد المصدر عدم تسليم الإقليم إيراداته.", "وأكد الوزير تسليم الإقليم إيراداته."}})
}

// TestKilometreMarkersMeetOnlyMarkers checks that "the Km 30 camp" is no
// count of camps against "nine camps were cleared", and that two markers
// of one death's place are rivals.
func TestKilometreMarkersMeetOnlyMarkers(t *testing.T) {
	km30 := "Mamadou Camara was killed near the Km 30 camp when a vehicle hit him."
	wantInClaimNumber(t, false, [][2]string{{"Officials said nine camps were cleared.", km30}})
	wantInClaimNumber(t, true, [][2]string{{"A Guinean man died after being struck by a vehicle as people fled the Km 24 camp.", km30}})
}

// TestCountOfSourcesIsNoCountOfTheEvent checks that "according to two
// council members" counts who told the report, no rival of the thirteen
// members who voted.
func TestCountOfSourcesIsNoCountOfTheEvent(t *testing.T) {
	voted := "Thirteen of the council's 18 members voted in favour of the motion, the chairman told reporters."
	wantInClaimNumber(t, false, [][2]string{
		{voted, "No audit report was presented during the session, according to two council members who voted against the motion."},
		{voted, "وقدم التقرير إلى الأعضاء، بحسب ثلاثة أعضاء في المجلس."},
	})
	wantInClaimNumber(t, true, [][2]string{{voted, "Nine of the council's 18 members voted in favour of the motion."}})
}

// TestWordsOfOppositesUsedAsNoPole checks that "في البداية" (at first)
// is no start against a halt, "من ارتفاع" (from a height) no rise against
// a drop, and "أمام" (before, to) a preposition; a rise of prices still
// meets their fall.
func TestWordsOfOppositesUsedAsNoPole(t *testing.T) {
	wantInClaimReason(t, "antonym", false, [][2]string{
		{"وأوضح البيان أن المحافظة كانت قد قدّرت في البداية عدد العقارات المشمولة بقرارات الإزالة بـ١٢٠ عقارا.", "القضاء الإداري يوقف هدم 146 عقارا في حي العطارين بالإسكندرية"},
		{"The gondola dropped about six metres to the ground when the component gave way, he said.", "وبحسب البيان، سقطت العربة من ارتفاع يقارب ستة أمتار."},
		{"وزارة النقل: الرياح الجانبية والأمطار وراء انحراف الطائرة عن مدرج مطار جربة", "لا يزال مطار جربة الدولي مغلقا أمام حركة الطيران بعد انحراف الطائرة."},
	})
	wantInClaimReason(t, "antonym", true, [][2]string{{"Prices dropped sharply on Monday.", "وشهدت الأسعار ارتفاعا حادا يوم الاثنين."}})
}

// TestCorrectedFigure checks that "three students, not two, have died"
// gives three deaths: the two it corrects is no figure of its own, so it
// is a rival of "Two students have died", and its outcome is past the
// correction, so it is no rival of twenty-three students admitted.
func TestCorrectedFigure(t *testing.T) {
	three := "A student campaign group said on Friday that three students, not two, have died in the meningitis outbreak at a hostel in Irbid."
	wantInClaimNumber(t, true, [][2]string{{"Two students have died in the outbreak, the ministry said.", three}})
	wantInClaimNumber(t, false, [][2]string{{"Twenty-three students were admitted to hospitals in Irbid for observation.", three}})
}

// TestHeldFuneralsAndOneNotArrested checks that funerals "held" hold no
// one captive, and that "رئيس الجمعية لم يتم توقيفه" (he was not arrested)
// is no count of none, while "لم يتم توقيف أحد" (no one was arrested) is.
func TestHeldFuneralsAndOneNotArrested(t *testing.T) {
	wantNoContradiction(t, [][2]string{{"Funerals for seven of them were held in Sidi Bennour on Sunday afternoon, attended by hundreds of mourners.",
		"وأضاف بنعلي أن رئيس الجمعية لم يتم توقيفه، وأن الشرطة استمعت إليه قبل أن يطلق سراحه."}})
	wantInClaimNumber(t, true, [][2]string{
		{"Police arrested three people.", "وأكد المصدر أنه لم يتم توقيف أحد."},
		{"Two suspects were held in custody on Sunday.", "وأكد المصدر أنه لم يتم توقيف أحد."},
	})
}

// TestLostJobsAndEarlyReports checks that those who lost their jobs are
// one outcome across nouns and languages ("640 people had lost their
// jobs", "1,100 workers have lost their jobs", "العمال المسرحين"), that
// jobs created are no jobs lost, and that a count of "initial reports" is
// no rival of the count told later.
func TestLostJobsAndEarlyReports(t *testing.T) {
	a := "Initial reports on Monday put the number of dismissed workers at around 400, but the company later confirmed that 640 people had lost their jobs."
	wantInClaimNumber(t, true, [][2]string{{a, "More than 1,100 workers have lost their jobs at the plant, the union said."}})
	wantInClaimNumber(t, false, [][2]string{
		{a, "وأفادت مصادر من إدارة الشركة بأن عدد العمال المسرحين بلغ 640 عاملا وعاملة."},
		{"The company said 640 people had lost their jobs.", "The new plant will create 900 jobs, the minister said."},
	})
}

// TestCountsToldAsEarlier checks that a count the statement gives as told
// earlier ("في وقت سابق", "تقارير سابقة", "had stood at") or as a first
// toll ("، في أول حصيلة رسمية") is no rival of the count told now, in
// another statement or its own, while a count told as the present one
// still is.
func TestCountsToldAsEarlier(t *testing.T) {
	seven := "Cyclone Murjan, which struck Oman's Dhofar this week, has killed at least seven people."
	wantInClaimNumber(t, false, [][2]string{
		{seven, "ارتفعت حصيلة ضحايا الإعصار في محافظة ظفار إلى سبع وفيات، بعد أن أعلنت السلطات في وقت سابق وفاة أربعة أشخاص."},
		{seven, "The toll had stood at six on Tuesday night, but rescuers recovered more bodies overnight."},
		{"The ministry had earlier said four people were killed.", seven},
		{"The ministry initially reported four deaths.", seven},
		{"وكانت تقارير سابقة قد تحدثت عن حزمة بقيمة ١٥٠ مليون دولار قبل الإعلان الرسمي.", "وأعلن الوزير عن حزمة مساعدات بقيمة 200 مليون دولار يقدمها الصندوق."},
	})
	wantInClaimNumber(t, false, [][2]string{
		// A first toll, past a comma.
		{"The monitor said it had documented the deaths of 19 children from acute kidney failure.", "وكانت وزارة الصحة قد أعلنت يوم السبت وفاة 11 طفلا، في أول حصيلة رسمية تصدر عنها."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{seven, "أعلنت السلطات وفاة أربعة أشخاص جراء الإعصار في ظفار."},
		{"The death toll from the cyclone stood at six on Wednesday.", "The death toll from the cyclone stood at nine on Wednesday."},
		{"وتحدثت تقارير عن حزمة بقيمة ١٥٠ مليون دولار.", "وأعلن الوزير عن حزمة مساعدات بقيمة 200 مليون دولار يقدمها الصندوق."},
		// "earlier" of the event, not of a telling.
		{"Two students die in meningitis outbreak at Jordan university hostel", "Students say meningitis outbreak began earlier and killed three"},
	})
}

// TestDayOfAClaimOfResponsibility checks that the day a group claimed an
// attack ("تبنى تنظيم القاعدة، مساء الثلاثاء، محاولة اغتيال") is no rival of
// the attack's day, while two days of the attack are.
func TestDayOfAClaimOfResponsibility(t *testing.T) {
	attack := "The governor of Lahj, Mohammed Saleh al-Atwi, survived an assassination attempt on Monday when an explosive device went off beside his convoy in the Sabr area, on the main road linking the province to Aden."
	wantInClaimReason(t, "date", false, [][2]string{{attack, "تبنى تنظيم القاعدة في جزيرة العرب، مساء الثلاثاء، محاولة اغتيال محافظ لحج محمد صالح العطوي، في بيان نشرته مؤسسة إعلامية تابعة له على منصات التواصل."}})
	wantInClaimReason(t, "date", true, [][2]string{{attack, "نجا محافظ لحج صباح الثلاثاء من محاولة اغتيال بعبوة ناسفة استهدفت موكبه."}})
}

// TestDayOfTheMonthIsNoCount checks that "في 14 منه" (on the 14th of the
// month named before) dates the first death and counts nothing.
func TestDayOfTheMonthIsNoCount(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{{"Two students have died in the meningitis outbreak, the Health Ministry said.",
		"وقال الناطق إن أول حالة أُدخلت المستشفى في 12 تشرين الأول/أكتوبر الحالي، فيما سُجلت الوفاة الأولى في 14 منه لطالبة في كلية الصيدلة."}})
}

// TestReactionDayIsNotTheEventsDay checks that the day a reaction was
// voiced ("on Friday condemned the agreement signed this week") is no rival
// of the day of the event it reacts to, while two days of one event are.
func TestReactionDayIsNotTheEventsDay(t *testing.T) {
	event := "ROME - Italy and Tunisia signed a migration agreement on Thursday that commits Tunis to take back more of its nationals."
	wantInClaimReason(t, "date", false, [][2]string{
		{event, "TUNIS - A coalition of rights organisations on Friday condemned the migration agreement signed this week by Tunisia and Italy."},
		{event, "The Amman Centre for Civic Freedoms on Friday welcomed this week's agreement between Tunisia and Italy on migration."},
		{event, "ونددت منظمات حقوقية يوم الجمعة باتفاق الهجرة الذي وقعته تونس وإيطاليا."},
	})
	wantInClaimReason(t, "date", true, [][2]string{{event, "Tunisia and Italy signed the migration agreement in Tunis on Wednesday."}})
}

func TestClassifyAgreements(t *testing.T) {
	cases := []struct{ name, a, b string }{
		{"approximate number and digit shapes ar", "تحتفظ الولايات المتحدة بنحو 2500 جندي في العراق، و900 جندي في سوريا.", "للولايات المتحدة نحو ٢٥٠٠ جندي في العراق."},
		{"synonym en", "A small dog runs across the street.", "A little dog runs across the street."},
		{"hypernym en", "A woman is chopping carrots in the kitchen.", "A woman is chopping vegetables in the kitchen."},
		{"number word and digits en", "Two men sit on a bench.", "2 men sit on a bench."},
		{"country and its nationality ar", "امرأة من السودان تفوز بجائزة دولية للأدب", "امرأة سودانية تفوز بجائزة دولية للأدب"},
		{"list order is no role ar", "اتفاق تجاري جديد بين مصر والسعودية", "اتفاق تجاري جديد بين السعودية ومصر"},
		{"doubt and negation stand together ar", "نقلت الجزيرة عن مصادر أن القوات الأمريكية لن تنسحب من العراق قبل عام 2027.", "“المقاومة الإسلامية” تشكك بنية أمريكا الانسحاب من العراق"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Classify(c.a, c.b)
			if res.Label != Agrees {
				t.Errorf("label %s (%.2f), want agrees; reasons %+v", res.Label, res.Confidence, res.Reasons)
			}
			checkOffsets(t, c.a, c.b, res.Reasons)
		})
	}
}

func TestClassifyUnrelated(t *testing.T) {
	res := Classify("Oil prices rise after the announcement.", "A child plays football in the park with her friends.")
	if res.Label != Unrelated && res.Label != Neutral {
		t.Errorf("label %s, want unrelated", res.Label)
	}
}

// TestNothingSharedDoesNotAgree checks short texts with no word in common:
// the model alone called them agreements.
func TestNothingSharedDoesNotAgree(t *testing.T) {
	for _, c := range [][2]string{{"a", "b"}, {"Hello", "Goodbye"}, {"دعم إسرائيل", "علاء الدين"}, {`"quoted" text`, "x"}} {
		if res := Classify(c[0], c[1]); res.Label == Agrees {
			t.Errorf("%q vs %q: agrees (%.2f)", c[0], c[1], res.Confidence)
		}
	}
}

// TestNumberOfAnotherPlaceIsAnotherFact checks that a number or date that
// differs along with the place is not a contradiction, while a number that
// differs in one place, or a place that differs alone, still is.
func TestNumberOfAnotherPlaceIsAnotherFact(t *testing.T) {
	neutral := [][2]string{
		{"The US has 2,500 troops in Iraq.", "The US has 900 troops in Syria."},
		{"لدى الولايات المتحدة 2500 جندي في العراق", "لدى الولايات المتحدة 900 جندي في سوريا"},
		{"The ministry said 40 people were killed in Baghdad.", "The ministry said 12 people were killed in Basra."},
		{"The US will withdraw from Iraq by 2026.", "The US will withdraw from Syria by 2025."},
		{"2,500 American troops will stay.", "900 French troops will stay."},
		// Places the lexicon does not know, told by their capitals.
		{"Twelve killed in Riverton textile factory fire", "Warehouse fire in Port Hallam kills three"},
	}
	for _, c := range neutral {
		res := Classify(c[0], c[1])
		if res.Label == Contradicts || res.Label == Agrees {
			t.Errorf("%q vs %q: %s %v, want neither", c[0], c[1], res.Label, res.Reasons)
			continue
		}
		if len(res.Reasons) != 1 || res.Reasons[0].Kind != "places" {
			t.Errorf("%q vs %q: reasons %v, want one of kind places", c[0], c[1], res.Reasons)
		}
		checkOffsets(t, c[0], c[1], res.Reasons)
	}
	contra := []struct{ a, b, kind string }{
		{"The US has 2,500 troops in Iraq.", "The US has 3,000 troops in Iraq.", "number"},
		{"The US has 2,500 troops in Iraq and 900 in Syria.", "The US has 2,500 troops in Iraq and 1,200 in Syria.", "number"},
		{"Explosion in Baghdad kills 40.", "Explosion in Mosul kills 40.", "entity"},
		{"The ministry said 40 people were not killed in Baghdad.", "The ministry said 12 people were killed in Basra.", "negation"},
		{"Twelve killed in Riverton factory fire", "Fifteen killed in Riverton factory fire", "number"},
		{"Twelve killed in the Riverton fire", "The death toll in Riverton rose to fifteen", "number"},
	}
	for _, c := range contra {
		res := Classify(c.a, c.b)
		if res.Label != Contradicts || len(res.Reasons) == 0 || res.Reasons[0].Kind != c.kind {
			t.Errorf("%q vs %q: %s %v, want a contradiction of kind %s", c.a, c.b, res.Label, res.Reasons, c.kind)
		}
	}
}

// checkOffsets asserts every reason's offsets are within its text and
// select the evidence text.
func checkOffsets(t *testing.T, a, b string, rs []Reason) {
	t.Helper()
	ra, rb := []rune(a), []rune(b)
	for _, r := range rs {
		if r.AStart >= 0 {
			if r.AStart > r.AEnd || r.AEnd > len(ra) {
				t.Errorf("a offsets %d..%d out of %d runes", r.AStart, r.AEnd, len(ra))
				continue
			}
			if got := string(ra[r.AStart:r.AEnd]); r.A != "" && !sameWords(got, r.A) {
				t.Errorf("a[%d:%d] = %q, reason says %q", r.AStart, r.AEnd, got, r.A)
			}
		}
		if r.BStart >= 0 {
			if r.BStart > r.BEnd || r.BEnd > len(rb) {
				t.Errorf("b offsets %d..%d out of %d runes", r.BStart, r.BEnd, len(rb))
				continue
			}
			if got := string(rb[r.BStart:r.BEnd]); r.B != "" && !sameWords(got, r.B) {
				t.Errorf("b[%d:%d] = %q, reason says %q", r.BStart, r.BEnd, got, r.B)
			}
		}
	}
}

func sameWords(x, y string) bool {
	return strings.Join(strings.Fields(x), " ") == strings.Join(strings.Fields(y), " ")
}

func TestStance(t *testing.T) {
	claim := "US forces will withdraw from Iraq"
	cases := []struct {
		statement string
		want      Stance
	}{
		{"محض كذب", Denies},
		{"لا نية أمريكية للانسحاب", Denies},
		{"توصلنا إلى اتفاق", Affirms},
		{"A plan was agreed for US troops to leave Iraq by September 2025.", Affirms},
		{"The weather in Paris was mild on Sunday.", StanceNeutral},
	}
	for _, c := range cases {
		got := StanceOf(c.statement, claim)
		if got.Stance != c.want {
			t.Errorf("StanceOf(%q) = %s, want %s", c.statement, got.Stance, c.want)
		}
		checkOffsets(t, c.statement, claim, got.Reasons)
	}
}

func FuzzClassify(f *testing.F) {
	f.Add("لا نية أمريكية للانسحاب من العراق.", "هناك نية أمريكية للانسحاب من العراق.")
	f.Add("about 2,500 troops in 2024", "٢٥٠٠ جندي في أيلول 2025")
	f.Add("Two men, one in red", "2nd men, one in blue")
	f.Add("\xff\xfe", "كانون الثاني")
	f.Add("لن تنسحب القوات من سوريا", "القوات الأمريكية ستنسحب من العراق")
	f.Add("will not, “withdraw” no", "withdraw")
	f.Fuzz(func(t *testing.T, a, b string) {
		res := Classify(a, b)
		na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
		for _, r := range res.Reasons {
			if r.AStart < -1 || r.AEnd > na || r.AStart > r.AEnd || r.BStart < -1 || r.BEnd > nb || r.BStart > r.BEnd {
				t.Fatalf("reason offsets out of bounds: %+v (len %d, %d)", r, na, nb)
			}
		}
		if res.Confidence < 0 || res.Confidence > 1 {
			t.Fatalf("confidence %v", res.Confidence)
		}
		st := StanceOf(a, b)
		for _, r := range st.Reasons {
			if r.AStart < -1 || r.AEnd > na || r.AStart > r.AEnd || r.BStart < -1 || r.BEnd > nb || r.BStart > r.BEnd {
				t.Fatalf("stance reason offsets out of bounds: %+v (len %d, %d)", r, na, nb)
			}
		}
		if st.Confidence < 0 || st.Confidence > 1 {
			t.Fatalf("stance confidence %v", st.Confidence)
		}
		pa, pb := Prepare(a), Prepare(b)
		if got := ClassifyPrepared(pa, pb); !reflect.DeepEqual(got, res) {
			t.Fatalf("ClassifyPrepared = %+v, Classify = %+v", got, res)
		}
		if got := StanceOfPrepared(pa, pb); !reflect.DeepEqual(got, st) {
			t.Fatalf("StanceOfPrepared = %+v, StanceOf = %+v", got, st)
		}
	})
}

func BenchmarkClassify(b *testing.B) {
	pairs := [][2]string{
		{"تحتفظ الولايات المتحدة بنحو 2500 جندي في العراق.", "تحتفظ الولايات المتحدة بنحو 3000 جندي في العراق."},
		{"الصين تخفض رسوم استيراد السيارات الجمركية", "الصين ترفع رسوم الجمارك على السيارات"},
		{"Six young men sitting around a round table drinking beer.", "Six young men sitting around a round table drinking vodka."},
		{"The announcement was postponed because of the escalation.", "The announcement was made on schedule, without any delay."},
	}
	i := 0
	for b.Loop() {
		p := pairs[i%len(pairs)]
		Classify(p[0], p[1])
		i++
	}
}

// TestDifferenceReasonNamesOnlyWhatDiffers: when one side has no word of
// its own, the reason names the other side's word alone, not an empty
// quote ("\"\" only in a").
func TestDifferenceReasonNamesOnlyWhatDiffers(t *testing.T) {
	loadTables()
	s := pool.Get().(*scratch)
	defer pool.Put(s)
	for _, c := range []struct{ a, b, want string }{
		{"لدينا اتفاق", "وقال لدينا اتفاق", `difference: "وقال" only in b`},
		{"the troops will leave soon", "the troops will leave", `difference: "soon" only in a`},
		{"the troops will leave", "the diplomats will leave", `difference: "troops" only in a, "diplomats" only in b`},
	} {
		s.a = tokenize(c.a, s.a, s.words)
		s.b = tokenize(c.b, s.b, s.words)
		markMatches(s.a, s.b)
		markMatches(s.b, s.a)
		if got := differenceReason(s.a, s.b).Detail; got != c.want {
			t.Errorf("%q vs %q: %s, want %s", c.a, c.b, got, c.want)
		}
	}
}

// TestArticleLevelConflicts: cases from realistic articles. غير before a
// definite adjective ("غير المباشرة", indirect) is no negation that cancels
// a denial; a counted noun with its accusative ending ("أسيرًا") counts
// the same thing as without it; a denial in a clause that shares nothing
// with the other statement is not a denial of it; a denial that a
// concessive word governs is someone else's.
func TestArticleLevelConflicts(t *testing.T) {
	for _, c := range []struct{ a, b, kind string }{
		{"أعلنت الحكومة التوصل إلى اتفاق بعد أسابيع من المفاوضات غير المباشرة.", "الجبهة تنفي وجود أي اتفاق.", "negation"},
		{"الاتفاق يشمل تبادل 200 أسير.", "الاتفاق يشمل تبادل 250 أسيرًا.", "number"},
	} {
		res := Classify(c.a, c.b)
		if res.Label != Contradicts || len(res.Reasons) == 0 || res.Reasons[0].Kind != c.kind {
			t.Errorf("%q vs %q: %s %v, want a contradiction of kind %s", c.a, c.b, res.Label, res.Reasons, c.kind)
		}
	}
	for _, c := range [][2]string{
		{"Twelve killed in Riverton textile factory fire", "Riverton fire kills 12; company rejects union claims of safety breaches"},
		{"قطر: وقف إطلاق النار يبدأ الجمعة", "الحكومة تؤكد: وقف إطلاق النار يبدأ الجمعة رغم نفي الجبهة"},
	} {
		if r, ok := reasonOf(c[0], c[1], "denial"); ok {
			t.Errorf("%q vs %q: a denial reason %q", c[0], c[1], r.Detail)
		}
	}
	if res := Classify("قطر: وقف إطلاق النار يبدأ الجمعة", "الحكومة تؤكد: وقف إطلاق النار يبدأ الجمعة رغم نفي الجبهة"); res.Label == Contradicts {
		t.Errorf("two accounts of a Friday start: %s %v", res.Label, res.Reasons)
	}
}

// TestCountsOfOutcomes: counts of people compare by what happened to them.
// "12 killed" is not set against "7 injured" (the injured counts are);
// "12 people died" and "15 workers died" count the same dead; "at least 20
// people killed" agrees with "20 dead", whatever the nouns.
func TestCountsOfOutcomes(t *testing.T) {
	for _, c := range []struct{ a, b, wantA, wantB string }{
		{"Twelve people were killed and 40 were injured in the fire.", "Seven people were injured in the fire.", "40", "Seven"},
		{"Twelve people died in the fire.", "Fifteen workers died in the fire.", "Twelve", "Fifteen"},
		{"قتل 12 شخصا وأصيب 40 في الحريق.", "أصيب سبعة أشخاص في الحريق.", "40", "سبعة"},
	} {
		res := Classify(c.a, c.b)
		if res.Label != Contradicts || len(res.Reasons) == 0 || res.Reasons[0].Kind != "number" || res.Reasons[0].A != c.wantA || res.Reasons[0].B != c.wantB {
			t.Errorf("%q vs %q: %s %v, want number %s vs %s", c.a, c.b, res.Label, res.Reasons, c.wantA, c.wantB)
		}
	}
	for _, c := range [][2]string{
		{"مقتل 20 شخصا على الأقل في غارة على حفل زفاف", "سقوط 20 قتيلا في غارة على حفل زفاف"},
		{"Twelve people were killed in the fire.", "Twelve people were injured in the fire."},
	} {
		if r, ok := numberReason(c[0], c[1]); ok {
			t.Errorf("%q vs %q: a number reason %q", c[0], c[1], r.Detail)
		}
	}
}

// TestDatelineIsNoPlace checks that the city a story was filed from is not
// the place of its event: "SUAKIN, Sudan (Reuters) -" against "الخرطوم -
// سكاي نيوز عربية:" sets no place against another, while the places in the
// story still do.
func TestDatelineIsNoPlace(t *testing.T) {
	res := Classify("SUAKIN, Sudan (Reuters) - The ferry sank with 120 people aboard.",
		"الخرطوم - سكاي نيوز عربية: غرقت العبارة وعلى متنها 90 راكبا.")
	if hasReason(res.Reasons, "places", "", "") || hasReason(res.Reasons, "entity", "", "") || !hasReason(res.Reasons, "number", "120", "90") {
		t.Errorf("datelines: %s %v", res.Label, res.Reasons)
	}
	res = Classify("GENEVA - The boat sank off Libya, the agency said.", "غرق القارب قبالة السواحل التونسية.")
	if !hasReason(res.Reasons, "entity", "Libya", "التونسية") {
		t.Errorf("Libya against Tunisian coasts, after a dateline: %s %v", res.Label, res.Reasons)
	}
	// An Arabic dateline with a slash: "بغداد/ شفق نيوز -".
	res = ClassifyInClaim(Prepare("BAGHDAD, July 14 (Reuters) - Iraqi Prime Minister's office dismissed Electricity Minister Hatem al-Rubaie on Sunday."),
		Prepare("بغداد/ شفق نيوز - أقال رئيس الوزراء وزير الكهرباء حاتم الربيعي يوم الأحد"))
	if res.Label == Contradicts || hasReason(res.Reasons, "entity", "", "") {
		t.Errorf("Iraqi against the dateline's Baghdad: %s %v", res.Label, res.Reasons)
	}
	// The outlet in brackets is no part of the dateline's five words.
	res = ClassifyInClaim(Prepare("عمّان، ٢ آذار (وكالة أنباء الشمال الإخبارية) - قُتل ١٤ شخصاً عندما انقلبت حافلة على الطريق الصحراوي."),
		Prepare("Eleven people were killed when a bus overturned on Jordan's desert highway, police said."))
	if res.Label != Contradicts || hasReason(res.Reasons, "places", "", "") || !hasReason(res.Reasons, "number", "١٤", "Eleven") {
		t.Errorf("a dateline with a five-word outlet: %s %v", res.Label, res.Reasons)
	}
	for _, s := range []string{"MUSCAT, 8 December 2025 (Muscat Business Review) — The ministry denied it.", "عمّان، ٢ آذار (وكالة أنباء الشمال الإخبارية) - قُتل ١٤ شخصاً."} {
		if datelineEnd(Prepare(s).toks) == 0 {
			t.Errorf("%q: no dateline found", s)
		}
	}
	for _, s := range []string{"A 30-day truce - the first in years - began.", "- The ferry sank.", "Officials in the port city of Suakin said the ferry had sunk - with 120 aboard.",
		"Officials (who spoke to the agency on the condition of anonymity) said - nothing."} {
		if n := datelineEnd(Prepare(s).toks); n != 0 {
			t.Errorf("%q: a dateline of %d tokens", s, n)
		}
	}
}

// TestNamesThatAreNoPlace checks words of a place or people that name
// something else: an outlet in quotation marks after it is told ("لـ«المدى
// العربي»"), a sea ("بحر عُمان") and a currency ("ريال عماني"). None is where the event
// happened, nor where a number was counted; but two currencies named by
// their countries differ.
func TestNamesThatAreNoPlace(t *testing.T) {
	res := ClassifyInClaim(Prepare("Three smugglers killed in Wednesday clash on Jordan-Syria border"),
		Prepare("قُتل ثلاثة مهربين في اشتباك مسلح مع قوات حرس الحدود الأردنية ليل الأربعاء، وفق ما أفاد به مصدر أمني أردني لـ«المدى العربي»."))
	if hasReason(res.Reasons, "entity", "", "العربي") {
		t.Errorf("an outlet's name as a place: %s %v", res.Label, res.Reasons)
	}
	res = ClassifyInClaim(Prepare("وقالت المصادر لـ«مسقط الاقتصادية» إن قيمة الصفقة تبلغ ٤٦٢ مليون ريال عماني، أي نحو ١٫٢ مليار دولار."),
		Prepare("وأوضحت المصادر أن قيمة الصفقة تبلغ 1.5 مليار دولار، وأن الشركة السعودية ستحصل بموجبها على مقعدين في مجلس الإدارة."))
	if hasReason(res.Reasons, "places", "", "") || !hasReason(res.Reasons, "number", "١٫٢", "1.5") {
		t.Errorf("the Omani rial as a place: %s %v", res.Label, res.Reasons)
	}
	// A sea named by a country is no place of that country.
	if res := ClassifyInClaim(Prepare("الحرس الثوري الإيراني يحتجز ناقلة نفط قبالة جاسك"), Prepare("الحرس الثوري يضبط ناقلة أجنبية تهرّب الوقود في بحر عُمان")); hasReason(res.Reasons, "entity", "", "عُمان") {
		t.Errorf("the Sea of Oman as Oman: %s %v", res.Label, res.Reasons)
	}
	// Two currencies of one name are two currencies.
	if res := Classify("انهيار كبير للريال الإيراني", "انهيار كبير للريال السعودي"); !hasReason(res.Reasons, "entity", "الإيراني", "السعودي") {
		t.Errorf("the Iranian rial against the Saudi riyal: %s %v", res.Label, res.Reasons)
	}
}

// TestNationAcrossScripts checks that a country and its people, written in
// the two scripts, are one place: "مسؤولون ليبيون" (Libyan officials)
// against "off Libya" is no pair of two places.
func TestNationAcrossScripts(t *testing.T) {
	res := Classify("قال مسؤولون ليبيون إن ثلاثة مهاجرين لقوا حتفهم قبالة الساحل.",
		"GENEVA - Five migrants died off the coast of Libya, the agency said.")
	if hasReason(res.Reasons, "places", "", "") || hasReason(res.Reasons, "entity", "", "") {
		t.Errorf("Libyan officials against off Libya: %s %v", res.Label, res.Reasons)
	}
	for _, c := range [][2]string{{"السودانيون", "Sudanese"}, {"العراقية", "Iraq"}, {"الليبية", "Libya"}} {
		if !sameNationAcross(c[0], c[1]) || !sameNationAcross(c[1], c[0]) {
			t.Errorf("%s and %s: not one nation", c[0], c[1])
		}
	}
	for _, c := range [][2]string{{"ليبيون", "Lebanon"}, {"السوري", "Sudan"}, {"التونسية", "Libya"}} {
		if sameNationAcross(c[0], c[1]) {
			t.Errorf("%s and %s: one nation", c[0], c[1])
		}
	}
}

// TestCityOfItsCountry checks that a country and one of its cities, in
// either script, are no two places, while two countries still are, and
// that a statement about the city is no statement of another place on a
// claim about the country.
func TestCityOfItsCountry(t *testing.T) {
	for _, c := range [][2]string{
		{"تركيا ترفع إطلاقات دجلة إلى ٥٠٠ متر مكعب في الثانية", "زيادة في إطلاقات دجلة بعد مباحثات إسطنبول"},
		{"The talks on the Tigris were held in Turkey.", "The talks on the Tigris were held in Istanbul."},
		{"The talks on the Tigris were held in Turkey.", "عقدت المباحثات بشأن دجلة في إسطنبول."},
	} {
		if res := ClassifyInClaim(Prepare(c[0]), Prepare(c[1])); hasReason(res.Reasons, "entity", "", "") {
			t.Errorf("a country against its city: %s %v\n  %s\n  %s", res.Label, res.Reasons, c[0], c[1])
		}
	}
	if res := ClassifyInClaim(Prepare("The talks on the Tigris were held in Turkey."), Prepare("The talks on the Tigris were held in Egypt.")); !hasReason(res.Reasons, "entity", "Turkey", "Egypt") {
		t.Errorf("Turkey against Egypt: %s %v", res.Label, res.Reasons)
	}
	if !within(lookup(canon("Istanbul")), lookup(canon("تركيا"))) || within(lookup(canon("Istanbul")), lookup(canon("Egypt"))) {
		t.Error("within: Istanbul is in Turkey, not in Egypt")
	}
}

// TestNegatedSharedWordAcrossLanguages checks that in a claim a word two
// statements in two languages share, negated in one, is a contradiction
// even when the rest of the two long sentences shares nothing the model
// could see: "No live rounds were fired ..." against "أطلقت قوات الأمن
// الرصاص الحي ...".
func TestNegatedSharedWordAcrossLanguages(t *testing.T) {
	a := Prepare(`"No live rounds were fired by the security forces. Some of the injuries were caused by stones thrown by rioters and by a stampede near the market," the interior ministry spokesman told reporters on Monday evening.`)
	b := Prepare("وقال شهود عيان لمراسلنا إن قوات الأمن أطلقت الرصاص الحي على المحتجين قرب السوق المركزي في مدينة حدان، ما أدى إلى إصابة العشرات بجروح، بينهم أطفال.")
	res := ClassifyInClaim(a, b)
	if res.Label != Contradicts || !hasReason(res.Reasons, "negation", "live rounds", "الرصاص الحي") {
		t.Errorf("no live rounds against live rounds: %s %v", res.Label, res.Reasons)
	}
}

// TestNotAsClaimed checks that "not as X claims" negates the rival's
// claim, not X: the claimant is no negated word shared with the other
// statement, and the figures still conflict.
func TestNotAsClaimed(t *testing.T) {
	a := "The water company announced a 12 percent rise in the tariff."
	b := "The party said the rise is 25 percent, not as the company claims."
	res := Classify(a, b)
	for _, r := range res.Reasons {
		if r.Kind == "negation" {
			t.Errorf("negation reason: %s", r.Detail)
		}
	}
	if !hasReason(res.Reasons, "number", "12 percent", "25 percent") {
		t.Errorf("12 percent against 25 percent: %s %v", res.Label, res.Reasons)
	}
	res = Classify("بلاغ صحفي صادر عن شركة المياه حول تعديل التعرفة",
		"وقال الحزب إن الزيادة تبلغ ٢٥ بالمئة، لا كما تدعي الشركة.")
	for _, r := range res.Reasons {
		if r.Kind == "negation" && r.AStart >= 0 && r.BStart >= 0 {
			t.Errorf("negation reason: %s", r.Detail)
		}
	}
}

// TestSeasonNisbaIsNoSeason checks that a season word with a nisba ending
// ("الربيعي", a surname) names no season, while two seasons still differ.
func TestSeasonNisbaIsNoSeason(t *testing.T) {
	res := Classify("The minister has been at his desk all summer.", "وقال الوزير حاتم الربيعي إنه في مكتبه.")
	for _, r := range res.Reasons {
		if r.Kind == "entity" {
			t.Errorf("a surname read as a season: %s", r.Detail)
		}
	}
	if res := Classify("The offensive began in the spring.", "بدأ الهجوم في الصيف."); !slices.ContainsFunc(res.Reasons, func(r Reason) bool { return r.Kind == "entity" }) {
		t.Errorf("spring against summer: %s %v", res.Label, res.Reasons)
	}
}

// TestResignedAgainstSacked checks that a resignation and a dismissal of
// one person are one departure told two ways, in both languages.
func TestResignedAgainstSacked(t *testing.T) {
	for _, p := range [][2]string{
		{"The electricity minister was sacked over power cuts.", "The electricity minister resigned."},
		{"Iraq's electricity minister sacked over summer power cuts, sources say", "وزير الكهرباء العراقي يقدم استقالته لأسباب صحية"},
	} {
		if res := Classify(p[0], p[1]); res.Label != Contradicts || !hasReason(res.Reasons, "antonym", "", "") {
			t.Errorf("%s %v\n  %s\n  %s", res.Label, res.Reasons, p[0], p[1])
		}
	}
}

// TestWordsThatDenyNothing checks words of denial or failure that, where
// they stand, deny nothing: a refused request, a trial in absentia,
// rumours that someone reports rather than calls so; and that a report
// dismissed as rumours still denies.
func TestWordsThatDenyNothing(t *testing.T) {
	for _, p := range [][2]string{
		{"رفضت المحكمة طلبات الدفاع.", "The court convicted the protesters."},
		{"حوكم تسعة متهمين غيابيا.", "Nine defendants were tried in absentia."},
		{"وانتشرت شائعات عن خفض قيمة الدينار.", "البنك المركزي يخفض قيمة الدينار."},
	} {
		if res := Classify(p[0], p[1]); res.Label == Contradicts {
			t.Errorf("%s %v\n  %s\n  %s", res.Label, res.Reasons, p[0], p[1])
		}
	}
	if res := Classify("The governor dismissed the reports of a devaluation as rumours.", "The central bank will devalue the dinar, a report said."); !hasReason(res.Reasons, "denial", "", "") {
		t.Errorf("reports dismissed as rumours: %s %v", res.Label, res.Reasons)
	}
}

// TestDenialAgainstANegationOfSomethingElse checks that a denial on one
// side stands against a statement that negates something else ("and no one
// was hurt", "without food"), while one that negates what the denial
// denies says the same ("لم ينهر الجسر" and "نفت الوزارة انهيار الجسر").
func TestDenialAgainstANegationOfSomethingElse(t *testing.T) {
	for _, p := range [][2]string{
		{"The ministry denied that the bridge had collapsed.", "The bridge collapsed on Monday, and no one was hurt."},
		{"The governor denied that migrants were taken to the border.", "Buses took migrants to the border, where they were left without food."},
		{"نفت الوزارة انهيار الجسر.", "انهار الجسر يوم الاثنين ولم يصب أحد."},
	} {
		if res := Classify(p[0], p[1]); res.Label != Contradicts || !hasReason(res.Reasons, "denial", "", "") {
			t.Errorf("%s %v\n  %s\n  %s", res.Label, res.Reasons, p[0], p[1])
		}
	}
	for _, p := range [][2]string{
		{"نفت الوزارة انهيار الجسر.", "لم ينهر الجسر."},
		{"The ministry denied that the bridge had collapsed.", "The bridge did not collapse."},
		{"ونفى مصدر دبلوماسي أن يكون تأجيل الافتتاح عائداً لأسباب أمنية.", "وأوضح مصدر أن تأجيل الافتتاح جاء بسبب ترميم المبنى وليس لأي اعتبارات أمنية."},
	} {
		if res := Classify(p[0], p[1]); hasReason(res.Reasons, "denial", "", "") {
			t.Errorf("both deny: %s %v\n  %s\n  %s", res.Label, res.Reasons, p[0], p[1])
		}
	}
}

// TestBackgroundCountIsAnotherTime checks that a count told as background
// of years ("in recent years", "ويذكر أن") is no rival of the event's.
func TestBackgroundCountIsAnotherTime(t *testing.T) {
	for _, p := range [][2]string{
		{"Contaminated cough syrups have killed hundreds of children worldwide in recent years.", "Six children died after taking the syrup, the ministry said."},
		{"ويذكر أن أدوية سعال ملوثة تسببت في وفاة عشرات الأطفال.", "وتوفي أربعة أطفال بعد تناول الشراب."},
	} {
		if r, ok := numberReason(p[0], p[1]); ok {
			t.Errorf("%s\n  %s\n  %s", r.Detail, p[0], p[1])
		}
	}
	// After a superlative, the years are what the event is ranked
	// against: its count is its own.
	wantInClaimNumber(t, true, [][2]string{
		{"Kuwait audit bureau flags 312 million dinars in irregular public spending",
			"The bureau's annual report put the value of financial irregularities in government bodies at 480 million dinars, in one of its most critical reports in recent years."},
		{"قتلت الفيضانات 12 شخصا.", "وأودت أسوأ فيضانات في السنوات الأخيرة بحياة 20 شخصا."},
	})
}

// TestGivenNamesAreNoWords checks that a given name that stems as a
// lexicon word ("زياد" as زيادة, a rise) carries no antonym.
func TestGivenNamesAreNoWords(t *testing.T) {
	res := Classify("وقال المحافظ زياد حداد إن البنك سيعلن قراره.", "خفض البنك سعر الفائدة.")
	for _, r := range res.Reasons {
		if r.Kind == "antonym" {
			t.Errorf("a name read as a rise: %s", r.Detail)
		}
	}
}

// TestWhoDeniesIsNotDenied checks that the title after an Arabic verb of
// denial names who denies, not what is denied, and that the object after
// it still is.
func TestWhoDeniesIsNotDenied(t *testing.T) {
	res := Classify("ونفى محافظ البنك المركزي وجود أي توجه لتعديل سعر الصرف.", "خفض البنك المركزي سعر الفائدة.")
	for _, r := range res.Reasons {
		if r.Kind == "negation" && strings.Contains(r.B, "البنك") {
			t.Errorf("the bank read as denied: %s", r.Detail)
		}
	}
	res = Classify("ونفى مصدر في الشرطة توقيف قبطان العبارة.", "أوقفت الشرطة قبطان العبارة.")
	if res.Label != Contradicts {
		t.Errorf("a denied arrest against the arrest: %s %v", res.Label, res.Reasons)
	}
	// A body named after the verb is who denies: the dismissal is denied,
	// and the evidence is written once, the two-word time included.
	res = Classify("BAGHDAD - The prime minister's office dismissed Electricity Minister Hatem al-Rubaie on Sunday, two government sources said.",
		"نفت الحكومة العراقية مساء الاثنين الأنباء التي تحدثت عن إقالة وزير الكهرباء حاتم الربيعي.")
	neg := false
	for _, r := range res.Reasons {
		if r.Kind != "negation" {
			continue
		}
		neg = true
		if strings.HasSuffix(r.B, "الحكومة") || strings.HasSuffix(r.A, "الحكومة") || strings.Contains(r.B, "الاثنين الاثنين") {
			t.Errorf("the government read as denied, or a word written twice: %s", r.Detail)
		}
	}
	if res.Label != Contradicts || !neg {
		t.Errorf("a denied dismissal against the dismissal: %s %v", res.Label, res.Reasons)
	}
}

// TestCountriesAndCountsAcrossLanguages checks that a country and its name
// in the other script are one place, and that counts of defendants and of
// batches meet across the languages.
func TestCountriesAndCountsAcrossLanguages(t *testing.T) {
	for _, p := range [][2]string{
		{"Jordan lowers interest rates.", "الأردن يخفض أسعار الفائدة."},
		{"The Moroccan health ministry recalled the syrup.", "سحبت وزارة الصحة في المغرب الشراب."},
	} {
		if res := Classify(p[0], p[1]); res.Label == Contradicts {
			t.Errorf("one country in two scripts: %s %v\n  %s\n  %s", res.Label, res.Reasons, p[0], p[1])
		}
	}
	for _, p := range [][2]string{
		{"The court acquitted 27 defendants.", "وبرأت المحكمة 19 متهما."},
		{"The ministry recalled two batches of the syrup.", "سحبت الوزارة ثلاث دفعات من الشراب."},
	} {
		if _, ok := numberReason(p[0], p[1]); !ok {
			t.Errorf("no number reason:\n  %s\n  %s", p[0], p[1])
		}
	}
}

// TestCountedNounsAcrossLanguages checks counts of nouns news gives in
// both languages: civilians, homes, vehicles, tents.
func TestCountedNounsAcrossLanguages(t *testing.T) {
	for _, p := range [][2]string{
		{"The officials said 12 civilians were killed in the strike.", "وقال المسؤولون إن 17 مدنيا قتلوا في الغارة."},
		{"The floods destroyed 300 homes, officials said.", "ودمرت السيول 450 منزلا بحسب المسؤولين."},
		{"Rescuers sent 40 vehicles to the site.", "وأرسل المسعفون 25 مركبة إلى الموقع."},
		{"Aid groups handed out 2,000 tents.", "ووزعت منظمات الإغاثة 3500 خيمة."},
	} {
		if _, ok := numberReason(p[0], p[1]); !ok {
			t.Errorf("no number reason:\n  %s\n  %s", p[0], p[1])
		}
	}
}

// TestSubjectOfADeniedClause checks that the subject of an English clause a
// denial governs is not what is denied: "denied its syrup was
// contaminated" denies the contamination, not the syrup.
func TestSubjectOfADeniedClause(t *testing.T) {
	denial := "Pharma Atlas denied its syrup was contaminated."
	res := Classify("The syrup, sold under the brand name Siroflu, is made by Pharma Atlas.", denial)
	for _, r := range res.Reasons {
		if r.Kind == "negation" && strings.Contains(r.A+r.B, "syrup") {
			t.Errorf("the syrup read as denied: %s", r.Detail)
		}
	}
	if res := Classify("The syrup was contaminated with diethylene glycol, the ministry said.", denial); !hasReason(res.Reasons, "negation", "contaminated", "contaminated") {
		t.Errorf("contaminated against a denial of it: %s %v", res.Label, res.Reasons)
	}
}

// TestConfirmOrDenyContradictsNothing checks that a statement that neither
// confirms nor denies something conflicts neither with a denial of it nor
// with a report of it, agrees with another that leaves it open, and that
// the denial and the report still conflict.
func TestConfirmOrDenyContradictsNothing(t *testing.T) {
	open := []string{
		"The federation declined to confirm or deny that the coach had been fired.",
		"ولم ينف المتحدث باسم الاتحاد أو يؤكد نبأ إقالة المدرب.",
	}
	for _, o := range open {
		for _, s := range []string{
			"The federation denied that the coach had been fired.",
			"الاتحاد ينفي إقالة المدرب",
			"The coach was fired on Monday.",
		} {
			for _, p := range [][2]string{{o, s}, {s, o}} {
				if res := Classify(p[0], p[1]); res.Label == Contradicts || res.Label == Agrees {
					t.Errorf("%s %.2f %v\n  %s\n  %s", res.Label, res.Confidence, res.Reasons, p[0], p[1])
				}
			}
		}
	}
	if res := Classify(open[0], open[1]); res.Label == Contradicts {
		t.Errorf("two statements that leave it open: %s %v", res.Label, res.Reasons)
	}
	if res := Classify("The federation denied that the coach had been fired.", "The coach was fired on Monday."); res.Label != Contradicts {
		t.Errorf("a denial against the report: %s %v", res.Label, res.Reasons)
	}
}

// TestUnansweredCallsSayNothing checks the reporter's silence formula: a
// call, a message or a request not answered says nothing for or against
// what the same body says elsewhere, nor against another such silence on
// another day; a reply refused to anything else is an act, and conflicts.
func TestUnansweredCallsSayNothing(t *testing.T) {
	for _, p := range [][2]string{
		{"The mayor's office did not answer calls on Friday.", "The mayor did not return messages seeking comment on Saturday."},
		{"The mayor's office did not answer calls on Friday.", "The mayor said on Saturday that the bridge would reopen."},
		{"ولم يرد مكتب المحافظ على اتصالات الصحيفة يوم الجمعة.", "وقال المحافظ السبت إن الجسر سيعاد فتحه."},
		{"ولم ترد البلدية على أسئلة الصحفيين.", "وأكدت البلدية أن الجسر مغلق."},
	} {
		if res := Classify(p[0], p[1]); res.Label == Contradicts {
			t.Errorf("%s %.2f %v\n  %s\n  %s", res.Label, res.Confidence, res.Reasons, p[0], p[1])
		}
	}
	if res := Classify("The navy did not respond to the attack on the convoy.", "The navy responded to the attack on the convoy with missile strikes."); res.Label != Contradicts {
		t.Errorf("a reply refused to an attack: %s %v", res.Label, res.Reasons)
	}
}

// TestEndOfATimeIsPartOfADate checks that the end or the start of a time
// ("by the end of 2026", "at the start of next year", "مطلع العام") is
// part of a date, no opposite of a beginning or an end, while the end of an
// event still opposes its start, and two ends of two years still conflict.
func TestEndOfATimeIsPartOfADate(t *testing.T) {
	for _, p := range [][2]string{
		{"The last soldiers will leave the base by the end of 2027.", "بدء انسحاب الجنود من القاعدة"},
		{"The last soldiers will leave the base by the end of 2027.", "The withdrawal of the soldiers from the base will begin in May."},
		{"بحلول نهاية العام يغادر آخر الجنود القاعدة", "بدأ انسحاب الجنود من القاعدة"},
	} {
		res := Classify(p[0], p[1])
		for _, r := range res.Reasons {
			if r.Kind == "antonym" {
				t.Errorf("%s\n  %s\n  %s", r.Detail, p[0], p[1])
			}
		}
	}
	for _, p := range [][2]string{
		{"The end of the siege was announced on Monday.", "The start of the siege was announced on Monday."},
		{"The last soldiers will leave the base by the end of 2027.", "The last soldiers will leave the base by the end of 2028."},
	} {
		if res := Classify(p[0], p[1]); res.Label != Contradicts {
			t.Errorf("%s %v\n  %s\n  %s", res.Label, res.Reasons, p[0], p[1])
		}
	}
}

// TestTimeAgoIsNoDuration checks that a time ago ("a decade ago") and a
// length ("for a year") are no rival durations, while two lengths and two
// times ago still conflict.
func TestTimeAgoIsNoDuration(t *testing.T) {
	x := facts.Extract("Solar power was less than 5% of supply a decade ago.").Dates
	y := facts.Extract("The contract runs for a year.").Dates
	if len(x) != 1 || len(y) != 1 {
		t.Fatalf("dates %+v and %+v, want one each", x, y)
	}
	if datesConflict(x[0], y[0]) {
		t.Errorf("%+v conflicts with %+v", x[0], y[0])
	}
	for _, p := range [][2]string{{"for a year", "for three years"}, {"a decade ago", "two years ago"}} {
		a, b := facts.Extract("It happened "+p[0]+".").Dates, facts.Extract("It happened "+p[1]+".").Dates
		if len(a) != 1 || len(b) != 1 || !datesConflict(a[0], b[0]) {
			t.Errorf("%q against %q: %+v %+v, want a conflict", p[0], p[1], a, b)
		}
	}
}

// TestDayOfEffectIsNoRival checks that the day something takes effect
// ("from 6 a.m. on Saturday", "اعتبارا من صباح السبت") is no rival of the
// day it was decided, while two days of effect, and two days of one event,
// still conflict.
func TestDayOfEffectIsNoRival(t *testing.T) {
	for _, p := range [][2]string{
		{"The city raised bus fares on Friday night.", "The new bus fares apply starting Saturday morning."},
		{"رفعت البلدية أسعار تذاكر الحافلات مساء الجمعة.", "وتطبق الأسعار الجديدة لتذاكر الحافلات اعتبارا من صباح السبت."},
	} {
		if res := Classify(p[0], p[1]); hasReason(res.Reasons, "date", "", "") {
			t.Errorf("%s %v\n  %s\n  %s", res.Label, res.Reasons, p[0], p[1])
		}
	}
	for _, p := range [][2]string{
		{"The new bus fares apply starting Saturday.", "The new bus fares apply starting Monday."},
		{"The new bus fares come into force on Saturday.", "The new bus fares apply from 6 a.m. on Monday."},
		{"وتدخل الأسعار الجديدة لتذاكر الحافلات حيز التنفيذ يوم السبت.", "وتطبق الأسعار الجديدة لتذاكر الحافلات اعتبارا من يوم الاثنين."},
		{"The city raised bus fares on Friday.", "The city raised bus fares on Sunday."},
	} {
		if res := Classify(p[0], p[1]); !hasReason(res.Reasons, "date", "", "") {
			t.Errorf("no date conflict: %s %v\n  %s\n  %s", res.Label, res.Reasons, p[0], p[1])
		}
	}
}

// TestHoweverIsNoNegation checks that the "غير" of "غير أن" (however)
// negates nothing: a denial after it still denies, and a statement after
// it says what it says.
func TestHoweverIsNoNegation(t *testing.T) {
	if res := Classify("غير أن البلدية نفت أن يكون الجسر قد انهار بالكامل.", "انهار الجسر بالكامل صباح الأحد."); res.Label != Contradicts || !hasReason(res.Reasons, "denial", "", "") {
		t.Errorf("a denial after غير أن: %s %v", res.Label, res.Reasons)
	}
	if res := Classify("غير أن المتحدث أوضح أن المحادثات ستستأنف الأسبوع المقبل.", "وقال المتحدث إن المحادثات ستستأنف الأسبوع المقبل."); res.Label == Contradicts {
		t.Errorf("the same statement after غير أن: %s %v", res.Label, res.Reasons)
	}
}

// TestConditionIsNoFlip checks that a negation inside a condition ("if
// ... not", "إذا لم") is no flip against the same words stated.
func TestConditionIsNoFlip(t *testing.T) {
	for _, p := range [][2]string{
		{"وحذرت النقابة من أن الإضراب سيتواصل إذا لم ترفع الحكومة الأجور.", "رفعت الحكومة الأجور بنسبة خمسة بالمئة."},
		{"The union warned the strike would go on if the government did not raise wages.", "The government raised wages by five percent."},
	} {
		if res := Classify(p[0], p[1]); hasReason(res.Reasons, "negation", "", "") {
			t.Errorf("%s %v\n  %s\n  %s", res.Label, res.Reasons, p[0], p[1])
		}
	}
}

// TestNegatedBoundIsNoNegation checks that the "no" of "no more than 12"
// and the "لا" of "لا يتجاوز 12" bound a number and negate nothing: ten
// dead fit under the bound, thirty do not.
func TestNegatedBoundIsNoNegation(t *testing.T) {
	for _, p := range [][2]string{
		{"The blast killed 10 people.", "The blast killed no more than 12 people, the police said."},
		{"قتل الانفجار 10 أشخاص.", "وقالت الشرطة إن عدد قتلى الانفجار لا يتجاوز 12 شخصا."},
	} {
		if res := Classify(p[0], p[1]); res.Label == Contradicts {
			t.Errorf("%s %v\n  %s\n  %s", res.Label, res.Reasons, p[0], p[1])
		}
	}
	for _, p := range [][2]string{
		{"The blast killed 30 people.", "The blast killed no more than 12 people, the police said."},
		{"قتل الانفجار 30 شخصا.", "وقالت الشرطة إن عدد قتلى الانفجار لا يتجاوز 12 شخصا."},
	} {
		if res := Classify(p[0], p[1]); !hasReason(res.Reasons, "number", "", "") {
			t.Errorf("no number conflict: %s %v\n  %s\n  %s", res.Label, res.Reasons, p[0], p[1])
		}
	}
}

// TestOppositesOfTwoTimes checks that two opposite words told of two times
// (a past year against none, last March against 2022) are two events,
// while opposites of one time still conflict.
func TestOppositesOfTwoTimes(t *testing.T) {
	for _, p := range [][2]string{
		{"The bank raised its main rate to 4% in 2022 and 2023 to tame inflation.", "Economists say the bank now has room to cut its main rate."},
		{"وكان البنك قد خفض سعر الفائدة الرئيسي في مارس الماضي.", "ورفع البنك سعر الفائدة الرئيسي خلال عامي 2022 و2023."},
	} {
		if res := Classify(p[0], p[1]); hasReason(res.Reasons, "antonym", "", "") {
			t.Errorf("%s %v\n  %s\n  %s", res.Label, res.Reasons, p[0], p[1])
		}
	}
	if res := Classify("The bank raised its main rate in 2024.", "The bank cut its main rate in 2024."); !hasReason(res.Reasons, "antonym", "", "") {
		t.Errorf("opposites of one year: %s %v", res.Label, res.Reasons)
	}
}

// TestPostponedIsNotCancelled checks that an event put off and the same
// event called off conflict, in both languages and across them, and that
// an event put off against another called off does not.
func TestPostponedIsNotCancelled(t *testing.T) {
	for _, p := range [][2]string{
		{"The drivers' union postponed the national strike until next month.", "The drivers' union cancelled the national strike after the talks."},
		{"أرجأت نقابة السائقين الإضراب الوطني إلى الشهر المقبل.", "ألغت نقابة السائقين الإضراب الوطني بعد المحادثات."},
		{"The drivers' union postponed the national strike until next month.", "ألغت نقابة السائقين الإضراب الوطني بعد المحادثات."},
	} {
		if res := Classify(p[0], p[1]); res.Label != Contradicts || !hasReason(res.Reasons, "antonym", "", "") {
			t.Errorf("%s %v\n  %s\n  %s", res.Label, res.Reasons, p[0], p[1])
		}
	}
	if res := Classify("The ferry crossing was postponed because of the storm.", "The football match was cancelled after the floods."); hasReason(res.Reasons, "antonym", "", "") {
		t.Errorf("two events: %s %v", res.Label, res.Reasons)
	}
	// "Called off" is cancelled, in one word or two.
	if res := Classify("The drivers' union called off the national strike after the talks.", "The drivers' union postponed the national strike until next month."); res.Label != Contradicts {
		t.Errorf("called off against postponed: %s %v", res.Label, res.Reasons)
	}
	if res := Classify("The drivers' union called off the national strike after the talks.", "The drivers' union cancelled the national strike after the talks."); res.Label == Contradicts {
		t.Errorf("called off against cancelled: %s %v", res.Label, res.Reasons)
	}
}

// negatedCase is a text with the words a negation or denial in it must
// reach (want) and must not (wantNot), as written.
type negatedCase struct {
	text          string
	want, wantNot []string
}

func (c negatedCase) check(t *testing.T) {
	t.Helper()
	got := map[string]bool{}
	for _, tk := range Prepare(c.text).toks {
		if tk.negated {
			got[tk.text] = true
		}
	}
	for _, w := range c.want {
		if !got[w] {
			t.Errorf("%q: %q not denied (denied: %v)", c.text, w, got)
		}
	}
	for _, w := range c.wantNot {
		if got[w] {
			t.Errorf("%q: %q denied (denied: %v)", c.text, w, got)
		}
	}
}

// TestDenialPastALongArabicSpeaker checks that an Arabic verb of denial
// denies its object, past who denies: a title with the body it is of
// through a construct chain ("رئيس لجنة شؤون الأسرى") or "باسم"
// ("المتحدث باسم الحكومة"), and a name and a time set off by commas (after
// a person's title; after a ministry, only a time); and that in a denied
// "أن" clause the subject after its verb is not denied.
func TestDenialPastALongArabicSpeaker(t *testing.T) {
	for _, c := range []negatedCase{
		{"نفى رئيس لجنة شؤون الأسرى في صنعاء عبد الكريم الحمزي، اليوم الأحد، إطلاق سراح أي محتجز.", []string{"إطلاق سراح"}, []string{"رئيس", "لجنة", "الأسرى"}},
		{"نفى المتحدث باسم الحكومة التوصل إلى اتفاق.", []string{"التوصل", "اتفاق"}, []string{"المتحدث", "الحكومة"}},
		// The news is what circulated; what it tells is denied (pastReport).
		{"نفت الحكومة العراقية، مساء الاثنين، الأنباء عن إقالة الوزير.", []string{"إقالة"}, []string{"الحكومة", "العراقية", "الأنباء"}},
		{"ونفى وزير الداخلية، في بيان، وجود أي معتقلين.", []string{"معتقلين"}, []string{"وزير", "الداخلية", "بيان"}},
		{"نفى متحدث باسم البنك المركزي أن يرفع البنك أسعار الفائدة.", []string{"يرفع", "أسعار"}, []string{"متحدث", "البنك", "المركزي"}},
		// A ministry has no name after it: what follows it is denied, and
		// the denial ends at the comma, not past a clause taken for a name.
		{"نفت وزارة الموارد المائية فتح بوابات سد حمرين، مؤكدة أن السيول ناجمة عن الأمطار الغزيرة.", []string{"فتح", "بوابات"}, []string{"مؤكدة", "السيول", "الأمطار"}},
		// A title and body the lexicon joins into one entry.
		{"نفت وزارة الصحة العراقية، الأحد، وجود أي وفيات.", []string{"وفيات"}, []string{"وزارة الصحة", "العراقية"}},
	} {
		c.check(t)
	}
}

// TestDaysOfAccusingAndOfTheEvent checks that the day of an accusation
// dates a statement ("accused ... troops on Friday of breaking the
// ceasefire"), and that the event's day, not the day of blaming, is the
// rival of another account's day of the event.
func TestDaysOfAccusingAndOfTheEvent(t *testing.T) {
	date := func(a, b string) (Reason, bool) { return inClaimReason(a, b, "date") }
	a := "Sudan’s army accused South Sudanese troops on Friday of breaking the border ceasefire with an attack on its positions in the disputed area."
	b := "اتهم الجيش السوداني قوات جنوب السودان بخرق اتفاق وقف إطلاق النار على الحدود، بعد هجوم شنته على مواقع سودانية في المنطقة عصر الخميس."
	if r, ok := date(a, b); ok {
		t.Errorf("the day of accusing against the day of the attack: %s", r.Detail)
	}
	a = "The army spokesman said South Sudanese units opened fire first on Thursday afternoon, shelling a Sudanese outpost near the border."
	b = "South Sudan’s army on Saturday blamed Sudanese forces for a deadly border clash, saying Sudanese troops shelled its positions at dawn on Friday."
	if r, ok := date(a, b); !ok || r.A != "Thursday" || r.B != "Friday" {
		t.Errorf("%q vs %q: %+v, want Thursday against Friday", a, b, r)
	}
}

// TestNegationOfAnIncreaseIsNotOfItsThing checks that "لا زيادة في سعر
// الخبز" (no increase in the price of bread) negates the increase, not
// the price: it is no flip against "bread price unchanged".
func TestNegationOfAnIncreaseIsNotOfItsThing(t *testing.T) {
	for _, tk := range Prepare("ووزير التجارة يطمئن: لا زيادة في سعر الخبز").toks {
		if tk.negated && (tk.text == "سعر" || tk.text == "الخبز") {
			t.Errorf("%q is negated", tk.text)
		}
	}
	for _, tk := range Prepare("There will be no increase in bread prices.").toks {
		if tk.negated && tk.text == "prices" {
			t.Errorf("%q is negated", tk.text)
		}
	}
}

// TestDaysOfSayingSetOffByCommas checks that a weekday set off by commas
// after a verb of saying and its subject ("أفاد مصدر في الدفاع المدني،
// اليوم الخميس، بأن"), or after a warning, dates the statement, so that it
// is no rival of the event's day; two days of one event still conflict.
func TestDaysOfSayingSetOffByCommas(t *testing.T) {
	wantNoRuleReason(t, "date", [][2]string{
		{"أفاد مصدر في الدفاع المدني، اليوم الخميس، بأن الحريق اندلع في السوق", "اندلع الحريق في السوق مساء الأربعاء"},
		// "اليوم الأحد" is one token of the lexicon, the weekday itself.
		{"أفاد مصدر في الدفاع المدني، اليوم الأحد، بأن الحريق اندلع في السوق", "اندلع الحريق في السوق مساء السبت"},
		{"The health ministry warned on Wednesday that the outbreak in the city could spread.", "The governor declared a health emergency in the city on Monday."},
	})
	wantRuleReason(t, "date", [][2]string{{"اندلع الحريق في السوق مساء الخميس", "اندلع الحريق في السوق مساء الأربعاء"}})
}

// TestNegationScopeOfGhayrAndComplements checks that غير negates only the
// word after it ("غير مباشرة", indirect), and that a word after a
// preposition far into a denial's scope is not what is denied ("تنفي شمول
// الأسر بزيادة": the inclusion is denied, not the increase); a denied
// report of a dismissal still denies the dismissal.
func TestNegationScopeOfGhayrAndComplements(t *testing.T) {
	wantNoRuleReason(t, "negation", [][2]string{
		{"The government will raise electricity prices in August, officials said.", "وحذرت الجمعية من أن التجار سيحملون المواطن كلفة الزيادة بطريقة غير مباشرة عبر رفع أسعار السلع"},
		{"The cabinet approved an increase in electricity tariffs for shops.", "وزارة الطاقة تنفي شمول الأسر بزيادة أسعار الكهرباء"},
	})
	wantRuleReason(t, "negation", [][2]string{{"أقال رئيس الوزراء وزير الكهرباء.", "نفت الحكومة الأنباء التي تحدثت عن إقالة وزير الكهرباء."}})
}

// TestCountedThingsAcrossScripts checks that the things news counts are one
// thing in both languages, and that rain told in millimetres is a length:
// two counts of them in two accounts conflict.
func TestCountedThingsAcrossScripts(t *testing.T) {
	for _, c := range [][4]string{
		{"The blaze destroyed 200 shops in the old market.", "أتى الحريق على ١٢٠ محلاً في السوق القديم.", "200", "١٢٠"},
		{"Each clan handed 10 rifles to the mediators.", "سلمت كل عشيرة ٢٠ بندقية إلى الوسطاء.", "10", "٢٠"},
		{"The storm dumped 45 millimetres of rain on the city.", "سجلت المدينة ٧٠ ملم من الأمطار خلال العاصفة.", "45", "٧٠"},
		{"Police said 31 inmates escaped through a tunnel.", "فر ٢٣ نزيلاً من السجن عبر نفق.", "31", "٢٣"},
		{"The fire spread to 12 tankers parked at the depot.", "امتدت النيران إلى ثمانية صهاريج في المستودع.", "12", "ثمانية"},
		{"The subsidised baguette will cost 190 millimes.", "سيرتفع سعر الرغيف المدعم إلى 250 مليماً.", "190", "250"},
		{"The loaf will weigh 200 grams under the new rules.", "سيبقى وزن الرغيف 220 غراماً وفق القواعد الجديدة.", "200", "220"},
	} {
		res := ClassifyInClaim(Prepare(c[0]), Prepare(c[1]))
		if res.Label != Contradicts || !hasReason(res.Reasons, "number", c[2], c[3]) {
			t.Errorf("%q vs %q: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
	// The same counts do not conflict.
	res := ClassifyInClaim(Prepare("The blaze destroyed 120 shops in the old market."), Prepare("أتى الحريق على ١٢٠ محلاً في السوق القديم."))
	if res.Label == Contradicts {
		t.Errorf("120 shops against ١٢٠ محلاً: %s %v", res.Label, res.Reasons)
	}
}

// TestCitiesAcrossScripts checks that a city named in both scripts is one
// place, so two counts there conflict, while two counts in two cities do
// not.
func TestCitiesAcrossScripts(t *testing.T) {
	for _, c := range [][2]string{{"Tripoli", "طرابلس"}, {"Benghazi", "بنغازي"}, {"Aleppo", "حلب"}, {"Damascus", "دمشق"}, {"Jerusalem", "القدس"}, {"Athens", "أثينا"}} {
		a := "Twelve people died in " + c[0] + " on Monday, officials said."
		b := "توفي ١٥ شخصا في " + c[1] + " يوم الاثنين، بحسب مسؤولين."
		res := ClassifyInClaim(Prepare(a), Prepare(b))
		if res.Label != Contradicts || hasReason(res.Reasons, "places", "", "") {
			t.Errorf("%s and %s: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
	res := ClassifyInClaim(Prepare("Twelve people died in Aleppo on Monday, officials said."), Prepare("توفي ١٥ شخصا في دمشق يوم الاثنين، بحسب مسؤولين."))
	if res.Label == Contradicts {
		t.Errorf("Aleppo and دمشق: %s %v", res.Label, res.Reasons)
	}
}

// TestNegationOfNoWord checks three negations that had flipped a word the
// other statement uses: "غير صحية" (unhealthy), a relational adjective of
// a two-letter stem, against "health"; a company that did not respond
// ("لم ترد"), silence, against the company named; and a proclitic written
// apart ("لـ«المنبر»") against the same proclitic.
func TestNegationOfNoWord(t *testing.T) {
	for _, p := range [][2]string{
		{"ونفى المتحدث أن تكون الشبكة مصدراً للعدوى، مشيراً إلى باعة يبيعون مشروبات غير صحية.",
			"Health teams closed 23 ice factories, the health directorate said."},
		{"ولم ترد شركة الواحات الجنوبية للنفط على اتصالات الوكالة.", "وتأسست شركة الواحات الجنوبية للنفط عام 2005 كشركة مشتركة."},
		{"ولم يتسن لـ«المنبر» التحقق من الرواية من مصدر مستقل.", "وقال مصدر أمني لـ«المنبر» إن الهجوم وقع فجراً."},
	} {
		if r, ok := ruleReason(p[0], p[1], "negation"); ok {
			t.Errorf("%s\n  %s\n  %s", r.Detail, p[0], p[1])
		}
	}
}

// TestPlacesFarFromTheCount checks that two places make two facts of two
// counts only when each stands in its count's clause: a bus's destination
// far from the count of its passengers does not, while "troops in Iraq"
// against "troops in Syria", or a title's place ("إيران: ..."), does.
func TestPlacesFarFromTheCount(t *testing.T) {
	a := "The bus, which had 57 passengers on board, was travelling north from Aqaba towards Amman, a medical source said."
	b := "وقالت الوزارة إن الحافلة كانت تقل نحو خمسين راكباً، جميعهم من العمال المصريين."
	if r, ok := inClaimReason(a, b, "number"); !ok {
		t.Errorf("57 passengers against about fifty: no number reason (%v)", r)
	}
	for _, p := range [][2]string{
		{"About 2,500 US troops are deployed in Iraq, officials said.", "About 900 US troops are deployed in Syria, officials said."},
		{"إيران: مقتل 5 من أفراد الشرطة في اشتباكات", "مصر: حبس ضابطين و4 أمناء شرطة في قضية مقتل محتجز"},
	} {
		if r, ok := reasonOf(p[0], p[1], "number"); ok {
			t.Errorf("two places, two facts: %s\n  %s\n  %s", r.Detail, p[0], p[1])
		}
	}
}

// TestFailureOnOneSideAloneIsNoDispute checks that, in a claim, a word of
// failure or stopping that one statement adds and the other does not
// deny ("احتجاجاً على إلغاء عقد") is no conflict by itself, while a
// failure set against its opposite still is.
func TestFailureOnOneSideAloneIsNoDispute(t *testing.T) {
	r := ClassifyInClaim(Prepare("استقالة وزير النفط احتجاجاً على إلغاء عقد مصنع الغاز"), Prepare("مصادر: استقالة وزير النفط مقبولة.."))
	if r.Label == Contradicts {
		t.Errorf("cancel on one side only: %s %v", r.Label, r.Reasons)
	}
	r = ClassifyInClaim(Prepare("The cabinet voted at its meeting on October 6 to scrap the tender for the plant."),
		Prepare("وأضافت المصادر أن مجلس الوزراء لم يلغ عقد المصنع، بل جمده وأحاله إلى ديوان المحاسبة."))
	if r.Label != Contradicts {
		t.Errorf("scrapped against not cancelled: %s %v", r.Label, r.Reasons)
	}
}

// TestRenewingIsNotNew checks that "تجديد" (renewing) is no form of جديد
// (new): "no new taxes" is no negation of a renewal.
func TestRenewingIsNotNew(t *testing.T) {
	r := ClassifyInClaim(Prepare("The finance minister said the budget contains no new taxes."),
		Prepare("ورأى خبراء أن الموازنة تتضمن تجديد رسوم عدد من الخدمات الحكومية."))
	if hasReason(r.Reasons, "negation", "", "") {
		t.Errorf("no new against تجديد: %s %v", r.Label, r.Reasons)
	}
}

// TestOneNegationReadWithTwoScopes checks that no negation flip is read
// between two statements that negate the same thing with scopes that
// differ: a flip found each way ("the river never rose" against "لم نر
// النهر يرتفع", we have not seen the river rise), or a word of a denial's
// scope that the other statement denies too ("denied that the ministry
// planned to raise the price" against "الأنباء عن زيادة سعر ... عارية من
// الصحة، ولا توجد أي نية لرفع سعره").
func TestOneNegationReadWithTwoScopes(t *testing.T) {
	wantInClaimReason(t, "negation", false, [][2]string{
		{"“The rain was heavy, but the river never rose like this,” a farmer said.", "وقال مزارع: «المطر ليس جديداً علينا، لكننا لم نر النهر يرتفع بهذا الشكل»."},
		{"The spokesman also denied that the ministry planned to raise the price of cooking gas, calling reports of an increase “baseless”.", "وقال المتحدث إن «الأنباء عن زيادة سعر غاز الطهي عارية من الصحة، ولا توجد أي نية لرفع سعره»."},
		{"The spokesman denied that the ministry planned to raise the price of diesel, calling the reports false.", "وقال المتحدث إن «الأخبار عن رفع سعر الديزل عارية من الصحة، ولا توجد نية لرفعه»."},
	})
	// A denial against an affirmation is still a flip.
	wantInClaimReason(t, "negation", true, [][2]string{
		{"The spokesman denied that the ministry planned to raise the price of diesel.", "وقال المتحدث إن الحكومة قررت رفع سعر الديزل اعتباراً من الشهر المقبل."},
	})
}

// TestEspeciallyAndPurposeAreNoNegations checks that "ولا سيما"
// (especially) negates nothing, nor does a clause of purpose ("so the
// ground would not collapse", "حتى لا تنهار التربة") say that something did
// not happen, while a plain negation of the same event still flips.
func TestEspeciallyAndPurposeAreNoNegations(t *testing.T) {
	wantInClaimReason(t, "negation", false, [][2]string{
		{"وأشارت إلى أن تمويل الحافز يأتي من الجهات المانحة، ولا سيما البنك الدولي.", "وقال مصدر إن تمويل الحافز سيأتي من منح يقدمها البنك الدولي."},
		{"Rescuers dug by hand so the ground would not collapse on the boy, an officer said.", "وقال الدفاع المدني إن الطفل سقط في البئر يوم الثلاثاء."},
		{"وقال الضابط إن الفرق حفرت يدوياً حتى لا تنهار التربة على الطفل.", "وانهارت التربة على الطفل أثناء الحفر، بحسب شهود."},
	})
	wantInClaimReason(t, "negation", true, [][2]string{
		{"The ground did not collapse on the boy, an officer said.", "وانهارت التربة على الطفل أثناء الحفر، بحسب شهود."},
	})
}

// TestNegatedNounLeavesItsPlace checks that a negation of a noun ("no",
// ليس, a denial of وجود) does not reach a word after a preposition that
// completes it when the other side does not name the noun: the cracks and
// the layoffs are denied, not the tunnel or the plant. A negated verb still
// negates its complement, and a noun both sides name still flips.
func TestNegatedNounLeavesItsPlace(t *testing.T) {
	wantNoRuleReason(t, "negation", [][2]string{
		{"البلدية تنفي وجود تصدعات في جسر الميناء وتتوقع إعادة فتحه الأحد", "إغلاق جسر الميناء أمام حركة السير"},
		{"الوزارة: إجازة إجبارية وليس فصلا بمعمل النسيج في المحلة", "اعتصام مئات العمال أمام معمل النسيج في المحلة"},
	})
	wantRuleReason(t, "negation", [][2]string{
		{"There were no cracks in the bridge, the engineers said.", "Engineers found cracks in the bridge on Saturday."},
		{"وقال مسؤول إن الاتفاق لا يحتاج إلى مصادقة البرلمان.", "وسيعرض الاتفاق على البرلمان للمصادقة عليه."},
	})
}

// TestHoldersAreNoCampaign checks that حملة before what is held ("حملة
// الشهادات", degree holders) is not the campaign another statement names,
// while حملة as a campaign still flips.
func TestHoldersAreNoCampaign(t *testing.T) {
	wantNoRuleReason(t, "negation", [][2]string{
		{"وكانت الصيدليات يديرها أشخاص من غير حملة شهادة الصيدلة.", "حملة على الصيدليات في البصرة تسفر عن إغلاق 40 منها"},
	})
	wantRuleReason(t, "negation", [][2]string{
		{"ولم تشمل الحملة الصيدليات الكبرى في المدينة.", "وشملت الحملة الصيدليات الكبرى في المدينة."},
	})
}

// TestNegationCuesWithTheirClitic checks بعدم and لعدم as negations ("accused
// the institute of not issuing any warning" says what "لم يصدر أي تحذير"
// says, and flips against a warning issued).
func TestNegationCuesWithTheirClitic(t *testing.T) {
	wantNoRuleReason(t, "negation", [][2]string{
		{"وأكد مزارعون أن مصلحة الأرصاد لم تصدر أي تحذير من العاصفة.", "واتهم الاتحاد مصلحة الأرصاد بعدم إصدار أي تحذير قبل العاصفة."},
	})
	wantRuleReason(t, "negation", [][2]string{
		{"واتهم الاتحاد مصلحة الأرصاد بعدم إصدار أي تحذير قبل العاصفة.", "وأصدرت مصلحة الأرصاد تحذيرا قبل العاصفة بيومين."},
	})
}

// TestNowIsNoFlip checks that a negation passes "now" ("لا تعويضات حتى
// الآن", no compensation so far) to what it negates: a radio station's
// name with "الآن" in it is no flip.
func TestNowIsNoFlip(t *testing.T) {
	wantNoRuleReason(t, "negation", [][2]string{
		{"وقال المندوب الجهوي لإذاعة صفاقس الآن إن الأضرار كبيرة.", "نقابة المزارعين: لا تعويضات حتى الآن"},
	})
}

// TestUnconstitutionalIsNoNegation checks that a ruling's "بعدم دستورية"
// (unconstitutional) negates neither the constitutional court nor the
// article, now that بعدم is a negation (markLegalTerms).
func TestUnconstitutionalIsNoNegation(t *testing.T) {
	wantNoRuleReason(t, "negation", [][2]string{
		{"المحكمة الدستورية تقضي بعدم دستورية مادة في قانون الصحافة", "\"الدستورية\" تُسقط مادة من قانون الصحافة"},
	})
}

// TestSubjectOfADeniedKanaClause checks that the subject after "أن يكون"
// or "أن تكون" in a denied clause is not what is denied ("نفى أن تكون
// الجامعة قد تأخرت" denies the delay, not the university), while its
// predicate still is.
func TestSubjectOfADeniedKanaClause(t *testing.T) {
	wantNoRuleReason(t, "negation", [][2]string{
		{"كما نفى أن تكون الجامعة قد تأخرت في الإبلاغ عن الحالات.", "وتوفيت الطالبة في مستشفى الجامعة ليل الأربعاء."},
	})
	wantRuleReason(t, "negation", [][2]string{
		{"كما نفى أن تكون الجامعة قد تأخرت في الإبلاغ عن الحالات.", "وقال الطلاب إن الجامعة تأخرت في الإبلاغ عن الحالات."},
	})
}

// TestFreeOfNegates checks "خلو" and "خالية" (free of) as negations: a
// finding of "no disease" says what "خلوّها من أي أمراض" says, against a
// disease found.
func TestFreeOfNegates(t *testing.T) {
	wantRuleReason(t, "negation", [][2]string{
		{"وأظهرت نتائج الفحوص المخبرية خلوّها من أي أمراض معدية.", "وأكد الأطباء البيطريون إصابة القطيع بأمراض معدية."},
	})
	wantNoRuleReason(t, "negation", [][2]string{
		{"Laboratory tests found no contagious disease in the samples.", "وأظهرت نتائج الفحوص المخبرية خلوّها من أي أمراض معدية."},
	})
}

// A date reason between two weekdays alone is weighed as "weekday"; one of
// two days of a month, or any other reason, as its kind.
func TestWeighedKindOfWeekdays(t *testing.T) {
	res := ClassifyInClaim(Prepare("The workers began their sit-in outside the plant gate on Tuesday, the union said."),
		Prepare("The workers began their sit-in outside the plant gate on Wednesday, the union said."))
	var got []string
	for _, r := range res.Reasons {
		got = append(got, r.WeighedKind())
	}
	if !slices.Contains(got, "weekday") {
		t.Errorf("Tuesday against Wednesday: %v weighed as %v", res.Reasons, got)
	}
	res = ClassifyInClaim(Prepare("The sit-in began on March 3."), Prepare("The sit-in began on March 5."))
	for _, r := range res.Reasons {
		if r.WeighedKind() != r.Kind {
			t.Errorf("%v weighed as %q", r, r.WeighedKind())
		}
	}
	if !hasReason(res.Reasons, "date", "", "") {
		t.Errorf("March 3 against March 5: %v", res.Reasons)
	}
}

// TestOpenListItemsAreNoConflict checks that two members of one class in
// a list that names some of its items, not all, are two items, neither a
// conflict nor an agreement; and that a count in such a list, or a swap
// outside one, is still a conflict.
func TestOpenListItemsAreNoConflict(t *testing.T) {
	open := []struct{ name, a, b string }{
		{"includes en", "The chef prepared a dish that includes rice, carrots and eggs.", "The chef prepared a dish that includes rice, onions and eggs."},
		{"including en", "The crowd, including a man in a red shirt, cheered the band.", "The crowd, including a man in a blue shirt, cheered the band."},
		{"and other things en", "The stall sold onions, tomatoes, beans and many other things.", "The stall sold onions, carrots, beans and many other things."},
		{"such as en", "The minister visited countries such as Spain and France last week.", "The minister visited countries such as Spain and Italy last week."},
		{"تشمل ar", "شملت جولة الوزير بغداد والبصرة وأربيل.", "شملت جولة الوزير بغداد والموصل وأربيل."},
		{"وغيرها ar", "زار الوفد بغداد والبصرة وغيرها من المدن.", "زار الوفد بغداد والموصل وغيرها من المدن."},
	}
	for _, c := range open {
		t.Run(c.name, func(t *testing.T) {
			res := Classify(c.a, c.b)
			if res.Label == Contradicts || res.Label == Agrees {
				t.Errorf("%s: %v %.2f %+v, want neither a contradiction nor an agreement", c.name, res.Label, res.Confidence, res.Reasons)
			}
			if !hasReason(res.Reasons, "items", "", "") {
				t.Errorf("%s: reasons %+v, want an items reason", c.name, res.Reasons)
			}
		})
	}
	conflict := []struct{ name, a, b, kind string }{
		{"no inclusion en", "The chef cooked rice with carrots.", "The chef cooked rice with onions.", "entity"},
		{"count in an inclusion en", "Many people, including two women in red, walked down the street.", "Many people, including four women in red, walked down the street.", "number"},
		{"no inclusion ar", "زار الوزير البصرة أمس.", "زار الوزير الموصل أمس.", "entity"},
	}
	for _, c := range conflict {
		t.Run(c.name, func(t *testing.T) {
			res := Classify(c.a, c.b)
			if res.Label != Contradicts || !hasReason(res.Reasons, c.kind, "", "") {
				t.Errorf("%s: %v %+v, want a contradiction of kind %s", c.name, res.Label, res.Reasons, c.kind)
			}
		})
	}
}

// TestNationwideCountAgainstARegionSubject checks that a count told of the
// whole country is no rival of one a region is the subject of ("the
// governorate has recorded 85"), while two counts of the region conflict.
func TestNationwideCountAgainstARegionSubject(t *testing.T) {
	nation := Prepare("Nationwide, the ministry has confirmed 310 cases of the disease since March.")
	region := Prepare("The governorate has recorded 85 confirmed cases of the disease since March, a local official said.")
	region2 := Prepare("The governorate has recorded 120 confirmed cases of the disease since March.")
	if res := ClassifyInClaim(nation, region); res.Label == Contradicts {
		t.Errorf("nationwide against the governorate: %v %+v, want no contradiction", res.Label, res.Reasons)
	}
	if res := ClassifyInClaim(region, region2); res.Label != Contradicts || !hasReason(res.Reasons, "number", "85", "120") {
		t.Errorf("two counts of the governorate: %v %+v, want a number conflict 85 vs 120", res.Label, res.Reasons)
	}
}

// TestDenialOfCirculatedReports checks that a denial of reports told with
// where they circulated denies what the reports tell: "denied reports
// circulating on social media that ...", "نفت ... ما تداولته حسابات على
// مواقع التواصل الاجتماعي عن ..." (the event after "عن", not who it befell).
func TestDenialOfCirculatedReports(t *testing.T) {
	for _, c := range []negatedCase{
		{"The governor denied reports circulating on social media that a nurse had died at the clinic.", []string{"died"}, []string{"social", "media", "circulating", "governor"}},
		{"The police denied reports in the local press that officers had fired live rounds.", []string{"fired"}, []string{"local", "press"}},
		{"نفت مديرية الصحة ما تداولته حسابات على مواقع التواصل الاجتماعي عن وفاة ممرضة في العيادة.", []string{"وفاة"}, []string{"مواقع", "التواصل", "ممرضة", "العيادة", "مديرية"}},
		{"ونفى المتحدث باسم الوزارة ما جرى تداوله في بعض وسائل الإعلام بشأن استقالة الوزير.", []string{"استقالة"}, []string{"وسائل", "الإعلام", "الوزير"}},
		// No report: the denial reads its object as before.
		{"The governor denied that a nurse had died at the clinic.", []string{"died"}, []string{"governor"}},
	} {
		c.check(t)
	}
	// Across the languages of a claim, with words that share little else.
	a := Prepare("The health director, who spoke on condition of anonymity because he was not allowed to brief reporters, denied reports circulating on social media that a nurse had died at the clinic.")
	b := Prepare("وتوفيت ممرضة في العيادة مساء الثلاثاء بعد إصابتها بالعدوى، بحسب ما أفاد به زوجها لمراسلنا.")
	res := ClassifyInClaim(a, b)
	if res.Label != Contradicts || !hasReason(res.Reasons, "negation", "died", "توفيت") {
		t.Errorf("denied death against a death across the languages: %v %+v, want a contradiction with a negation reason", res.Label, res.Reasons)
	}
}

// TestDeniedClauseSubjectBeforeItsVerb checks that in an English denied
// that-clause the subject before a finite verb with no auxiliary is not
// what is denied ("denied that the deal provides for ..."), as it is not
// before an auxiliary; and that a plural subject followed by a content
// word is not read as a verb ("the police officers shot").
func TestDeniedClauseSubjectBeforeItsVerb(t *testing.T) {
	for _, c := range []negatedCase{
		{"The ministry denied that the deal provides for a withdrawal of troops.", []string{"provides", "withdrawal"}, []string{"deal", "ministry"}},
		{"The governor denied that the army shelled the village.", []string{"shelled"}, []string{"army"}},
		{"Officials denied that the guards shot at the crowd.", []string{"shot"}, []string{"guards"}},
		{"The police denied that the police officers shot at the crowd.", []string{"shot"}, []string{"officers"}},
		// Past the verb, a plural noun before a function word is no
		// second verb: "resuming flights to" stays denied.
		{"A spokesman denied that any date had been set for resuming flights to Damascus.", []string{"set", "resuming"}, []string{"date"}},
		// Without "that", a noun and a participle after it are what is
		// denied: "the allegations levelled against him".
		{"The minister denied the allegations levelled against him.", []string{"allegations"}, nil},
	} {
		c.check(t)
	}
	a := Prepare("The ministry denied that the deal provides for a withdrawal of troops.")
	other := ClassifyInClaim(a, Prepare("The deal was signed on Monday by both governments."))
	if hasReason(other.Reasons, "negation", "deal", "deal") {
		t.Errorf("denial of what a deal provides against its signing: %+v, want no negation of the deal", other.Reasons)
	}
	same := ClassifyInClaim(a, Prepare("The deal provides for a withdrawal of troops by September."))
	if same.Label != Contradicts || !hasReason(same.Reasons, "negation", "provides", "") {
		t.Errorf("denial of what a deal provides against it: %v %+v, want a contradiction with a negation reason", same.Label, same.Reasons)
	}
}

// TestSwapOfAWordSaidTwice checks that a word of a closed class one text
// says twice and the other once stands, in its place, for the word it
// replaces: "a man and a man" against "a man and a woman", "a red car and
// a red truck" against "a red car and a blue truck". A repeated word that
// replaces nothing ("The police said the police arrested"), and a repeated
// place, are no swap.
func TestSwapOfAWordSaidTwice(t *testing.T) {
	for _, c := range []struct{ a, b, wantA, wantB string }{
		{"On a near-empty street, a man and woman converse.", "On a near-empty street, a man and man converse.", "woman", "man"},
		{"A man and a man talk.", "A man and a woman talk.", "man", "woman"},
		{"A red car and a red truck collided.", "A red car and a blue truck collided.", "red", "blue"},
		{"A man with a blue jacket and a woman wearing a black jacket stand near a statue.", "A man with a black jacket and a woman wearing a black jacket stand near a statue.", "blue", "black"},
	} {
		res := Classify(c.a, c.b)
		if res.Label != Contradicts || !hasReason(res.Reasons, "entity", c.wantA, c.wantB) {
			t.Errorf("%q / %q: %v %+v, want a contradiction with an entity reason %s vs %s", c.a, c.b, res.Label, res.Reasons, c.wantA, c.wantB)
		}
	}
	for _, c := range [][2]string{
		{"The police said the police arrested a man.", "The police arrested a man."},
		{"The Saudi crown prince vowed to purge Saudi schools.", "The Saudi crown prince vowed to purge the kingdom's schools."},
		{"ولي العهد السعودي يتعهد بالقضاء على فكر الاخوان الذي غزا المدارس السعودية", "تعهد ولى العهد السعودي بالقضاء على فكر الاخوان الذي غزا مدارس المملكة"},
	} {
		if res := Classify(c[0], c[1]); res.Label == Contradicts {
			t.Errorf("%q / %q: %v %+v, want no contradiction", c[0], c[1], res.Label, res.Reasons)
		}
	}
}

// TestGenderWordsOfOneConcept checks that a gender word's singular and
// plural, and its synonyms in either language, are one word to the
// class swap: "a woman" against "two women" differ in number only, and
// "امرأة" against "سيدة" say the same; a man against a woman still
// conflicts.
func TestGenderWordsOfOneConcept(t *testing.T) {
	for _, c := range [][2]string{
		{"A woman was killed in the blast.", "Two women were killed in the blast."},
		{"A man was killed in the blast.", "Two men were killed in the blast."},
		{"A lady sells flowers in the city.", "A woman sells flowers in the city."},
		{"السلطات الإيرانية تعتقل 35 امرأة حاولن حضور مباراة كرة قدم", "35 سيدة اعتقلن من قبل الشرطة الإيرانية بتهمة حضور مباراة كرة قدم"},
		{"قتل رجل في الانفجار.", "قتل رجال في الانفجار."},
	} {
		if res := Classify(c[0], c[1]); hasReason(res.Reasons, "entity", "", "") {
			t.Errorf("%q / %q: %v %+v, want no entity reason", c[0], c[1], res.Label, res.Reasons)
		}
	}
	for _, c := range [][2]string{
		{"A man sells flowers in the city.", "A woman sells flowers in the city."},
		{"قتل رجل في الانفجار.", "قتلت امرأة في الانفجار."},
	} {
		if res := Classify(c[0], c[1]); res.Label != Contradicts || !hasReason(res.Reasons, "entity", "", "") {
			t.Errorf("%q / %q: %v %+v, want a contradiction with an entity reason", c[0], c[1], res.Label, res.Reasons)
		}
	}
}

// TestRolesSwapOnlyBetweenOneKind checks that "roles swapped" is said of
// two names of one kind that trade places (two countries), not of a
// gender word and a weekday that two languages order differently.
func TestRolesSwapOnlyBetweenOneKind(t *testing.T) {
	a := Prepare("Eleven women were killed on Saturday in a stampede during a distribution of food aid in the Moroccan town of Sidi Bennour, the Interior Ministry said.")
	b := Prepare("أسفر التدافع الذي شهدته مدينة سيدي بنور المغربية، السبت، عن مقتل ١٤ امرأة، وفق حصيلة وثقتها العصبة المغربية للحقوق الاجتماعية.")
	res := ClassifyInClaim(a, b)
	for _, r := range res.Reasons {
		if strings.HasPrefix(r.Detail, "roles swapped") {
			t.Errorf("a count of women on a weekday across the languages: reason %q, want no roles swapped", r.Detail)
		}
	}
	if res.Label != Contradicts || !hasReason(res.Reasons, "number", "Eleven", "١٤") {
		t.Errorf("eleven women against ١٤ امرأة: %v %+v, want a contradiction with a number reason", res.Label, res.Reasons)
	}
}

// TestClassMemberVariantsAreNoSwap checks that two spellings of one
// member of a class, or its noun and adjective or plural, are no swap.
func TestClassMemberVariantsAreNoSwap(t *testing.T) {
	for _, c := range [][2]string{
		{"A blond man is playing a guitar.", "A blonde man is playing a guitar."},
		{"Two men are drinking whisky at a bar.", "Two men are drinking whiskey at a bar."},
		{"A child sits on a wooden bench.", "A child sits on a wood bench."},
		{"A woman is holding a metal bowl.", "A woman is holding a metallic bowl."},
		{"A man is chopping a tomato.", "A man is chopping tomatoes."},
		{"قتل جنود أفغان في الهجوم.", "قتل جنود أفغانيون في الهجوم."},
	} {
		if res := Classify(c[0], c[1]); hasReason(res.Reasons, "entity", "", "") {
			t.Errorf("%q / %q: %v %+v, want no entity reason", c[0], c[1], res.Label, res.Reasons)
		}
	}
}

// TestVerbFormsMeet checks that the forms of one verb meet: an Arabic
// past with the feminine ending and its masculine ("انسحبت القوات",
// "انسحب الجيش"; "هربت", "هرب", which the lexicon does not know), an
// English past and its present ("withdrew" against "will not withdraw",
// which must be a negation, not a difference of words), and the Arabic
// and English adjectives of size.
func TestVerbFormsMeet(t *testing.T) {
	for _, c := range [][2]string{
		{"انسحب الجيش من المدينة.", "انسحبت القوات من المدينة."},
		{"هرب السجين من السجن.", "هربت السجينة من السجن."},
		{"The building is big.", "المبنى كبير."},
	} {
		if res := Classify(c[0], c[1]); res.Label != Agrees {
			t.Errorf("%q / %q: %v %+v, want agrees", c[0], c[1], res.Label, res.Reasons)
		}
	}
	for _, c := range [][3]string{
		{"US forces withdrew from Iraq.", "US forces will not withdraw from Iraq.", "withdrew"},
		{"غادرت القوات القاعدة يوم الاثنين.", "لن تغادر القوات القاعدة.", "غادرت"},
	} {
		res := Classify(c[0], c[1])
		if res.Label != Contradicts || !hasReason(res.Reasons, "negation", c[2], "") {
			t.Errorf("%q / %q: %v %+v, want a contradiction with a negation reason on %q", c[0], c[1], res.Label, res.Reasons, c[2])
		}
	}
}

// TestSubscribersAndDunumsAcrossLanguages checks counts of one noun across the
// languages: subscribers and "مشترك", dunums (both spellings) and
// "دونم".
func TestSubscribersAndDunumsAcrossLanguages(t *testing.T) {
	for _, c := range [][2]string{
		{"More than 14 million subscribers lost service.", "وبلغ عدد المشتركين المتضررين نحو 9 ملايين مشترك."},
		{"Activists say about 40 dunums of woodland have been cleared.", "وقالت مصادر رسمية إن المساحة المتضررة تبلغ 12 دونماً."},
	} {
		if res := Classify(c[0], c[1]); res.Label != Contradicts || !hasReason(res.Reasons, "number", "", "") {
			t.Errorf("%q / %q: %v %+v, want a contradiction with a number reason", c[0], c[1], res.Label, res.Reasons)
		}
	}
}

// TestWeaponsAreAClass checks that two weapons a witness names are two
// members of one class (a hunting rifle is no pistol), in each language,
// while "gun" names any of them and a weapon meets its name in the other
// language.
func TestWeaponsAreAClass(t *testing.T) {
	for _, c := range [][2]string{
		{"وقالت مصادر أمنية إنه كان يحمل بندقية صيد.", "وأضاف أن المسلح كان يحمل مسدساً."},
		{"The gunman was carrying a rifle.", "The gunman was carrying a knife."},
	} {
		if res := Classify(c[0], c[1]); res.Label != Contradicts || !hasReason(res.Reasons, "entity", "", "") {
			t.Errorf("%q / %q: %v %+v, want a contradiction of two weapons", c[0], c[1], res.Label, res.Reasons)
		}
	}
	for _, c := range [][2]string{
		{"The gunman was carrying a rifle.", "The gunman was carrying a gun."},
		{"The gunman was carrying a pistol.", "وكان المسلح يحمل مسدسا."},
	} {
		if res := Classify(c[0], c[1]); res.Label == Contradicts {
			t.Errorf("%q / %q: %v %+v, want no contradiction", c[0], c[1], res.Label, res.Reasons)
		}
	}
}
