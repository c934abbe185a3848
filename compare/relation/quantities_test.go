package relation

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare/facts"
)

// numberReason is the number reason of a pair, if any.
func numberReason(a, b string) (Reason, bool) { return reasonOf(a, b, "number") }

// wantNoNumberReason fails t for each pair of statements that Classify
// gives a number reason.
func wantNoNumberReason(t *testing.T, pairs [][2]string) {
	t.Helper()
	for _, c := range pairs {
		if r, ok := numberReason(c[0], c[1]); ok {
			t.Errorf("%q vs %q: %s", c[0], c[1], r.Detail)
		}
	}
}

// wantNumberReason fails t for each pair of statements that Classify gives
// no number reason.
func wantNumberReason(t *testing.T, pairs [][2]string) {
	t.Helper()
	for _, c := range pairs {
		if _, ok := numberReason(c[0], c[1]); !ok {
			t.Errorf("%q vs %q: no number reason", c[0], c[1])
		}
	}
}

// reasonOf is the first reason of kind that Classify(a, b) gives, if any.
func reasonOf(a, b, kind string) (Reason, bool) {
	for _, r := range Classify(a, b).Reasons {
		if r.Kind == kind {
			return r, true
		}
	}
	return Reason{}, false
}

// inClaimReason is the first reason of kind that ClassifyInClaim, the
// archive's judge, gives a and b, if any.
func inClaimReason(a, b, kind string) (Reason, bool) {
	for _, r := range ClassifyInClaim(Prepare(a), Prepare(b)).Reasons {
		if r.Kind == kind {
			return r, true
		}
	}
	return Reason{}, false
}

// firmReason reports whether the reason of kind of a pair is firm, and
// fails the test when the pair has none.
func firmReason(t *testing.T, a, b, kind string) bool {
	t.Helper()
	r, ok := reasonOf(a, b, kind)
	if !ok {
		t.Fatalf("%q vs %q: no %s reason", a, b, kind)
	}
	return r.firm
}

// TestOneCountedNounIsEnough checks that two article sentences that share
// only the noun they count conflict when they give it two values, and
// that two counts of one outcome with different nouns still need more.
func TestOneCountedNounIsEnough(t *testing.T) {
	res := Classify("The carmaker will cut about 1,200 jobs at its two plants, the union said.",
		"As many as 3,000 jobs could go under the restructuring plan.")
	if res.Label != Contradicts || !hasReason(res.Reasons, "number", "1,200", "3,000") {
		t.Errorf("1,200 jobs against 3,000 jobs: %s %v", res.Label, res.Reasons)
	}
	res = Classify("وزارة الصحة: مقتل 4 متظاهرين في احتجاجات لاغوس اليوم",
		"الجيش يعلن مقتل مسلحين اثنين في كمين شمالي مالي")
	if res.Label == Contradicts {
		t.Errorf("four protesters in Lagos against two gunmen in Mali: %s %v", res.Label, res.Reasons)
	}
}

// TestAsManyAsIsNoUpperBound checks that "as many as 3,000" is read as
// about 3,000, which a count of 1,200 contradicts, not as at most 3,000.
func TestAsManyAsIsNoUpperBound(t *testing.T) {
	ns := facts.Extract("As many as 3,000 jobs could go.").Numbers
	if len(ns) != 1 || !ns[0].Approx || ns[0].Bound != "" {
		t.Fatalf("as many as 3,000: %+v", ns)
	}
}

// TestCountOfAnEarlierEvent checks that a count told for a past year or a
// past month named as such is not set against the count of the event.
func TestCountOfAnEarlierEvent(t *testing.T) {
	cases := [][2]string{
		{"In 2017, a bus plunged off the same mountain road, killing 14 people.", "The bus plunged off the mountain road, killing 9 people."},
		{"وفي يناير الماضي، انقلبت حافلة على الطريق نفسه ما أدى إلى مقتل 14 شخصا.", "انقلبت الحافلة على الطريق الجبلي ما أدى إلى مقتل 9 أشخاص."},
	}
	for _, c := range cases {
		res := Classify(c[0], c[1])
		if res.Label == Contradicts || !hasReason(res.Reasons, "times", "14", "9") {
			t.Errorf("%q vs %q: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
	// Both in one year: one event, and a conflict.
	res := Classify("In 2017, the bus plunged off the road, killing 14 people.", "In 2017, the bus plunged off the road, killing 9 people.")
	if res.Label != Contradicts {
		t.Errorf("two counts of one event of 2017: %s %v", res.Label, res.Reasons)
	}
}

// TestPercentageOfANamedNoun checks that a percentage takes the noun right
// after it as what it is a share of when no known referent is near.
func TestPercentageOfANamedNoun(t *testing.T) {
	r, ok := numberReason("Norsk Energi already holds a 12% stake in the utility.", "Norsk Energi already owns a 20% stake in the utility.")
	if !ok || !r.firm {
		t.Errorf("a 12%% stake against a 20%% stake: %v %+v", ok, r)
	}
	if r, ok := numberReason("Norsk Energi already holds a 12% stake in the utility.", "The merged group would control 40% of the market."); ok {
		t.Errorf("a stake against a market share: %+v", r)
	}
}

// TestPeopleNeedAnOutcome checks that "people" alone does not make two
// counts one: 47 people killed and 190 people treated count two things.
func TestPeopleNeedAnOutcome(t *testing.T) {
	if r, ok := numberReason("The floods killed 47 people in the port city, officials said.", "About 190 people were treated in the port city's hospital."); ok && r.firm {
		t.Errorf("47 killed against 190 treated is a firm conflict: %+v", r)
	}
}

// TestOutcomesOfCounts checks the outcome of counts told as a toll earlier
// in the sentence, of the treated, the rescued and the people aboard, in
// both languages, and an outcome word past function words.
func TestOutcomesOfCounts(t *testing.T) {
	cases := []struct {
		text string
		want int
	}{
		{"The death toll rose to 85 on Monday.", outcomeKilled},
		{"The number of people killed in the landslide has risen to 19.", outcomeKilled},
		{"ارتفع عدد قتلى السيول التي ضربت المدينة الساحلية إلى 85", outcomeKilled},
		{"About 190 people were treated in hospital.", outcomeTreated},
		{"Divers rescued 40 passengers.", outcomeRescued},
		{"The storm flattened 300 homes.", outcomeNone},
		{"The dinghy, carrying 63 people, was stopped at dawn.", outcomeAboard},
		{"وكان على متن الزورق 81 مهاجرا", outcomeAboard},
		{"Two of our colleagues lost their lives.", outcomeKilled},
		// Past an inserted phrase, opened by the Arabic comma and "بينهم"
		// (among them), to the end of "لقي ... حتفهم" (met their death).
		{"لقي خمسة أشخاص، بينهم أطفال، حتفهم في انفجار غاز", outcomeKilled},
		{"وقال إن عدد المفقودين تراجع إلى 45 بعد العثور على عدد من الناجين", outcomeMissing},
		{"ارتفاع ضحايا شراب السعال في المغرب إلى 4 وفيات", outcomeKilled},
		{"وسجلت الوزارة 4 حالات وفاة", outcomeKilled},
		{"وانتشلت فرق الإنقاذ جثث الغرقى وعددهم 27", outcomeKilled},
		{"At least 27 migrants drowned off the coast.", outcomeKilled},
		{"وأعلنت وزارة الصحة استشهاد 14 فلسطينيا في الغارة", outcomeKilled},
		{"وارتفع عدد الشهداء إلى 31", outcomeKilled},
		{"وارتفعت حصيلة ضحايا الزلزال إلى 112", outcomeKilled},
		{"وارتفعت حصيلة الجرحى إلى 40", outcomeInjured},
		{"وأصيب 12 شخصا بجروح متفاوتة", outcomeInjured},
		{"وقال إن 12 شخصا نقلوا بجروح", outcomeInjured},
		{"Gunmen abducted 5 aid workers on the road to the camp.", outcomeAbducted},
		{"ولا يزال المسلحون يحتجزون رهائن عددهم 5", outcomeAbducted},
		{"أخلت النيابة العامة مساء الخميس سبيل اثنين من الموظفين", outcomeReleased},
		{"Kidnappers freed eight Turkish engineers on Tuesday.", outcomeReleased},
		{"The court also acquitted 21 defendants.", outcomeAcquitted},
		{"وبرأت المحكمة 27 متهما", outcomeAcquitted},
		{"The judge sentenced 41 people to prison terms.", outcomeConvicted},
		{"وقضت المحكمة بسجن 12 متهما", outcomeConvicted},
		{"أدانت 15 دولة الهجوم", outcomeNone},
		{"وألقت الشرطة القبض على 12 شخصا", outcomeDetained},
		{"وتمكنت القوات الأمنية من إعادة القبض على 17 منهم", outcomeRecaptured},
		{"Police had recaptured 12 of the escapees by Monday.", outcomeRecaptured},
		{"Two people caught in the blaze died in hospital.", outcomeKilled},
		{"Crews cleared 300 homes of debris.", outcomeNone},
	}
	for _, c := range cases {
		ns := facts.Extract(c.text).Numbers
		if len(ns) == 0 {
			t.Fatalf("%q: no number", c.text)
		}
		if got := Referents(c.text, ns)[len(ns)-1]; got != c.want {
			t.Errorf("%q: outcome %d, want %d", c.text, got, c.want)
		}
	}
}

// TestVerdictCountsArePartsOfTheDefendants checks that the defendants a
// court acquitted or convicted are no rival count of those it tried, while
// two counts of the acquitted still conflict.
func TestVerdictCountsArePartsOfTheDefendants(t *testing.T) {
	wantNoNumberReason(t, [][2]string{
		{"A total of 68 defendants stood trial in the case.", "The court acquitted 21 defendants on Tuesday."},
		{"The court sentenced 41 defendants to prison terms of up to 15 years.", "Some 68 defendants were tried over the riots."},
		{"مثل 72 متهما أمام المحكمة في القضية.", "وبرأت المحكمة 27 متهما."},
		{"وضمت القضية 72 متهما.", "المؤبد لمنظم الاحتجاجات وبراءة 27 متهما"},
	})
	if _, ok := numberReason("وضمت القضية 72 متهما، قضت المحكمة بتبرئة 27 منهم.", "المؤبد لمنظم الاحتجاجات وبراءة 19 متهما"); !ok {
		t.Error("27 acquitted against 19 acquitted, with clitics: no number reason")
	}
	if _, ok := numberReason("The court acquitted 21 defendants on Tuesday.", "The court acquitted 27 defendants on Tuesday."); !ok {
		t.Error("21 acquitted against 27 acquitted: no number reason")
	}
}

// TestRoundedDecimals checks that a figure told with fewer decimals is not
// set against the same figure told more precisely, nor a whole percentage
// against one told to a tenth, in either digit set; while other values, a
// whole count against decimals, and a whole percentage against hundredths
// still conflict.
func TestRoundedDecimals(t *testing.T) {
	const a = "The dinar has been pegged at 0.709 dinars to the dollar since 1995."
	wantNoNumberReason(t, [][2]string{
		{a, "The dinar has been pegged at 0.71 dinars to the dollar since 1995."},
		{"Unemployment rose to 12.4 percent last quarter.", "Unemployment rose to 12 percent last quarter."},
		{"بلغت نسبة الاقتراع ٣١٪ من الناخبين المسجلين.", "وبلغت نسبة الاقتراع ٣١٫٤٪ وفق الوزارة."},
	})
	wantNumberReason(t, [][2]string{
		{a, "The dinar has been pegged at 0.72 dinars to the dollar since 1995."},
		{"The central bank cut its key rate to 2.25 percent.", "The central bank cut its key rate to 2.2 percent."},
		{"The central bank cut its key rate to 2.25 percent.", "The central bank cut its key rate to 2 percent."},
		{"Unemployment rose to 12.6 percent last quarter.", "Unemployment rose to 12 percent last quarter."},
		{"بلغت نسبة الاقتراع ٣١٪ من الناخبين المسجلين.", "وبلغت نسبة الاقتراع ٣٨٫٢٪ وفق الوزارة."},
		{"The lorry carried 12 tonnes of flour.", "The lorry carried 12.4 tonnes of flour."},
	})
}

// TestRatesOfAGroup checks that a rate of a part of a population, or a
// monthly rate, is no rival of the overall or annual rate, while two rates
// of one group, and an annual rate against a rate with no measure named,
// still conflict.
func TestRatesOfAGroup(t *testing.T) {
	wantNoNumberReason(t, [][2]string{
		{"Unemployment rose to 13.6% in the third quarter.", "Youth unemployment rose to more than 36%."},
		{"Monthly inflation was 2.1% in October.", "Annual inflation slowed to 26% in October."},
		{"ارتفع معدل البطالة إلى 13.6 في المئة.", "ارتفعت نسبة البطالة بين الشباب إلى 36 في المئة."},
	})
	wantNumberReason(t, [][2]string{
		{"Youth unemployment rose to 31%.", "Youth unemployment rose to 36%."},
		{"Annual inflation slowed to 28% in October.", "Inflation slowed to 26% in October."},
		{"The central bank cut its key rate to 2.25 percent.", "خفض البنك المركزي سعر الفائدة الأساسي إلى 2 في المئة."},
	})
}

// TestAmongTheGroupWere checks that a part named after its group ("Among
// the wounded were two boys") is no rival of the group's count, while a
// count after "among" that is no part still is one.
func TestAmongTheGroupWere(t *testing.T) {
	wantNoNumberReason(t, [][2]string{
		{"Among the wounded were two boys who were hit by stray bullets.", "The clashes wounded 20 people, a medical source said."},
		{"Among the dead were three paramedics, the ministry said.", "The strike killed 14 people, the ministry said."},
	})
	wantNumberReason(t, [][2]string{
		{"Fighting among the tribes killed 12 people, officials said.", "The fighting killed 15 people, officials said."},
	})
}

// TestAmountAddedIsNoLevel checks that an amount added to a level is no
// rival of the level, in both languages, while "he added that ..." adds
// nothing and two amounts added still conflict.
func TestAmountAddedIsNoLevel(t *testing.T) {
	wantNoNumberReason(t, [][2]string{
		{"The ministry returned a line to service, adding 600 megawatts to the grid.", "Iraq produces about 27,000 megawatts of electricity."},
		{"وقال مسؤول إن الوزارة أعادت خطا إلى الخدمة، ما أضاف 600 ميغاواط إلى الشبكة.", "ويبلغ الإنتاج الحالي نحو 27 ألف ميغاواط."},
		{"The plant will supply an additional 600 megawatts.", "The plant supplies 2,000 megawatts."},
		// The size of a rise against the level it reaches.
		{"The increase of 1,500 pounds will apply to 4.6 million public-sector workers.", "The minimum wage of public-sector workers will rise to 8,500 pounds a month."},
		{"The ministry offered teachers a monthly increase of 1,000 dirhams.", "Teachers earn 6,200 dirhams a month, the union said."},
		{"وعرضت الوزارة على الأساتذة زيادة قدرها 750 درهما في الأجور.", "ويبلغ أجر الأستاذ 6200 درهم شهريا."},
		{"وعرضت الوزارة على الأساتذة زيادة شهرية قدرها 750 درهما.", "ويبلغ أجر الأستاذ 6200 درهم شهريا."},
		{"The government approved a 1,500-pound increase for teachers.", "Teachers earn 6,200 pounds a month."},
	})
	wantNumberReason(t, [][2]string{
		{"He added that 12 people were killed.", "The blast killed 15 people."},
		{"The line added 600 megawatts to the grid.", "The line added 400 megawatts to the grid."},
		// Two rises, told in two ways.
		{"The ministry offered teachers a monthly increase of 1,000 dirhams.", "وعرضت الوزارة على الأساتذة زيادة شهرية قدرها 750 درهما."},
		{"وجددت الوزارة عرضها بزيادة شهرية قدرها 1000 درهم في أجور الأساتذة.", "وعرضت الوزارة على الأساتذة زيادة قدرها 750 درهما في الأجور."},
		// A rise in percent is not told apart from a level in percent.
		{"The cabinet approved a 15 percent increase in electricity tariffs.", "The spokesman said the increase would average 12 percent."},
	})
}

// TestFormerValuesAndPricesOfTwoCommodities checks that the value before a
// change ("from 12 to 19", "بدلا من", "بعد أن كان") is no rival of a new
// value, while two former values still conflict, and that prices of two
// commodities are two facts whatever else the amounts are of.
func TestFormerValuesAndPricesOfTwoCommodities(t *testing.T) {
	// The new value is what conflicts, not the former one.
	for _, c := range [][3]string{
		{"The toll rose from 12 to 19.", "The toll rose to 15.", "19"},
		{"ارتفع سعر السولار إلى 15 جنيها بعد أن كان 13.75 جنيها.", "يبلغ سعر السولار 14 جنيها.", "15"},
		{"ارتفع سعر السولار إلى 15 جنيها بدلا من 13.75 جنيها.", "يبلغ سعر السولار 14 جنيها.", "15"},
	} {
		if r, ok := numberReason(c[0], c[1]); !ok || r.A != c[2] {
			t.Errorf("%q vs %q: %s, want the conflict of %s", c[0], c[1], r.Detail, c[2])
		}
	}
	a, b := "Diesel prices were left unchanged at 13.50 pounds a litre, the ministry said.", "وقالت اللجنة إن سعر لتر البنزين سيرتفع إلى 15.25 جنيها."
	if r, ok := numberReason(a, b); ok {
		t.Errorf("diesel's price against petrol's: %s", r.Detail)
	}
	wantNumberReason(t, [][2]string{
		{"The toll rose from 12 to 19.", "The toll rose from 15 to 19."},
		{"ارتفع سعر السولار إلى 15 جنيها بعد أن كان 13.75 جنيها.", "ارتفع سعر السولار إلى 15 جنيها بدلا من 13.50 جنيها."},
		{"بلغ سعر السولار 15 جنيها بدلا من 13.75 جنيها.", "يبلغ سعر السولار 15 جنيها بعد أن كان 13.50 جنيها."},
		{"Flights from 12 cities were cancelled.", "Flights from 15 cities were cancelled."},
		{"وتقول الحكومة إن دعم المياه يكلف الخزينة 300 مليون دينار سنويا.", "وقدر خبير الكلفة الفعلية لدعم المياه بنحو 150 مليون دينار سنويا."},
	})
}

// TestFarApartValuesCountTwoThings checks that a deal's value in billions
// and a price a share are not compared.
func TestFarApartValuesCountTwoThings(t *testing.T) {
	if r, ok := numberReason("Norsk Energi agreed to buy the utility for €2.1 billion.", "Norsk Energi is paying €14.20 for each share of the utility."); ok {
		t.Errorf("a deal's value against a price a share: %+v", r)
	}
}

// TestArabicWeekdays checks that an Arabic weekday that is also a common
// word (الأحد, "the one") is a day after a word of the day's time, the
// same day in both languages, and a conflict with another day.
func TestArabicWeekdays(t *testing.T) {
	res := Classify("غرقت العبارة قبالة الساحل مساء الأربعاء", "غرقت العبارة قبالة الساحل يوم الثلاثاء")
	if !hasReason(res.Reasons, "date", "الأربعاء", "الثلاثاء") {
		t.Errorf("Wednesday evening against Tuesday: %s %v", res.Label, res.Reasons)
	}
	res = Classify("غرقت العبارة قبالة الساحل مساء الأحد", "غرقت العبارة قبالة الساحل يوم السبت")
	if !hasReason(res.Reasons, "date", "الأحد", "السبت") {
		t.Errorf("Sunday evening against Saturday: %s %v", res.Label, res.Reasons)
	}
	// Two days after one word of the day's time: the phrases share their
	// first word, not their day.
	for _, c := range [][2]string{
		{"انهار السد يوم الأحد.", "انهار السد يوم السبت."},
		{"غرقت العبارة قبالة الساحل مساء الاثنين", "غرقت العبارة قبالة الساحل مساء الخميس"},
	} {
		if res := Classify(c[0], c[1]); res.Label != Contradicts || !hasReason(res.Reasons, "date", "", "") {
			t.Errorf("%q vs %q: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
	for _, c := range [][2]string{
		{"غرقت العبارة قبالة الساحل مساء الأحد", "غرقت العبارة قبالة الساحل يوم الأحد"},
		{"The ferry sank off the coast on Sunday.", "غرقت العبارة قبالة الساحل مساء الأحد"},
	} {
		if res := Classify(c[0], c[1]); hasReason(res.Reasons, "date", "", "") {
			t.Errorf("%q vs %q, one day: %v", c[0], c[1], res.Reasons)
		}
	}
}

// TestPoleWordsOfTwoTopics checks that a rise and a fall said of two
// things that share no word are no antonyms, that a rise is no opposite of
// losses, while two headlines on one subject still are.
func TestPoleWordsOfTwoTopics(t *testing.T) {
	for _, c := range [][2]string{
		{"ارتفعت الصادرات إلى مستوى قياسي في مايو", "تراجع عدد السياح في الجنوب"},
		{"الهلال الأحمر: ارتفاع عدد ضحايا الزلزال في مدينة الساحل إلى 120", "مدينة الساحل تحصي خسائرها بعد الزلزال"},
	} {
		if res := Classify(c[0], c[1]); res.Label == Contradicts {
			t.Errorf("%q vs %q: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
	// Each pole said of words the other statement never uses, in two
	// statements that share the town and a percentage.
	for _, c := range [][2]string{
		{"صادق المجلس البلدي لمدينة الريحان على مراجعة تعرفة الماء بزيادة قدرها 12 بالمئة.", "وقد انخفض مخزون سد وادي الريحان إلى 12 بالمئة من طاقته."},
		{"The Rayhan council approved a water tariff rise of 12 percent on Monday.", "The stock of the Rayhan reservoir fell to 12 percent of its capacity on Monday."},
	} {
		if res := Classify(c[0], c[1]); hasReason(res.Reasons, "antonym", "", "") {
			t.Errorf("%q vs %q: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
	res := Classify("Oil prices rise", "Oil prices fall sharply")
	if res.Label != Contradicts || !hasReason(res.Reasons, "antonym", "rise", "fall") {
		t.Errorf("oil prices rise against fall: %s %v", res.Label, res.Reasons)
	}
	res = Classify("The airline reported a profit for the year", "The airline reported a loss for the year")
	if res.Label != Contradicts || !hasReason(res.Reasons, "antonym", "profit", "loss") {
		t.Errorf("a profit against a loss: %s %v", res.Label, res.Reasons)
	}
}

// TestCountsOfOneOutcomeInOneClaim checks that within one claim two counts
// of one outcome conflict whatever else the statements share, and that
// outside a claim (Classify) they need more.
func TestCountsOfOneOutcomeInOneClaim(t *testing.T) {
	a := Prepare("Landslide kills 19 in mountain village of Kfar Nour")
	b := Prepare("أعلن الدفاع المدني تسجيل 27 حالة وفاة جراء الانزلاق الأرضي الذي ضرب القرية فجرا.")
	if res := ClassifyInClaim(a, b); res.Label != Contradicts || !hasReason(res.Reasons, "number", "19", "27") {
		t.Errorf("in one claim, 19 killed against 27 deaths: %s %v", res.Label, res.Reasons)
	}
	if res := ClassifyPrepared(a, b); res.Label == Contradicts {
		t.Errorf("without a claim, 19 killed against 27 deaths: %s %v", res.Label, res.Reasons)
	}
	// Two places stay two facts in a claim too.
	c := Prepare("Four people were killed in Riverton, police said.")
	d := Prepare("The fire in Port Hallam killed nine people.")
	if res := ClassifyInClaim(c, d); res.Label == Contradicts {
		t.Errorf("in one claim, four killed in Riverton against nine in Port Hallam: %s %v", res.Label, res.Reasons)
	}
}

// TestNoCommentNegatesNothing checks that a refusal to comment negates
// the saying, not its subject: "Neither airline would comment" says
// nothing against an airline merger.
func TestNoCommentNegatesNothing(t *testing.T) {
	for _, c := range [][2]string{
		{"Neither airline would comment on the talks last night.", "The regulator's last review of an airline merger ended with clearance."},
		{"ولم تعلق الشركة على التقرير.", "قالت الشركة إن التقرير دقيق."},
	} {
		if res := Classify(c[0], c[1]); hasReason(res.Reasons, "negation", "", "") {
			t.Errorf("%q vs %q: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
}

// TestDemandIsAPosition checks that a number one side demands is not set
// against a number the other gives as a fact or an offer, nor taken to
// agree with it, while two accounts of one demand still conflict.
func TestDemandIsAPosition(t *testing.T) {
	for _, c := range [][2]string{
		{"The ministry offered a 6 percent raise, the nurses' union said.", "The nurses' union wants a 20 percent raise."},
		{"وتطالب نقابة الممرضين بزيادة الرواتب بنسبة 20 في المئة.", "Under the agreement, nurses would get an 8 percent pay rise."},
	} {
		res := Classify(c[0], c[1])
		if res.Label == Contradicts || res.Label == Agrees || !hasReason(res.Reasons, "positions", "", "") {
			t.Errorf("%q vs %q: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
	res := Classify("The nurses' union demands a 20 percent raise.", "The nurses' union is demanding a 15 percent raise in pay.")
	if res.Label != Contradicts || !hasReason(res.Reasons, "number", "20", "15") {
		t.Errorf("two accounts of one demand: %s %v", res.Label, res.Reasons)
	}
}

// TestPartsAreNoRivalOfTheirWhole checks that two counts that add up to
// the other side's count are its parts, not a conflict, while small
// numbers that add up by chance still conflict.
func TestPartsAreNoRivalOfTheirWhole(t *testing.T) {
	if r, ok := numberReason("The army freed 140 detainees and the rebels released 95 soldiers, officials said.", "The exchange covered 235 prisoners from both sides."); ok {
		t.Errorf("140 and 95 against 235: %+v", r)
	}
	if _, ok := numberReason("The army freed 140 detainees.", "The army freed 235 detainees."); !ok {
		t.Error("140 against 235 detainees: no number reason")
	}
	if _, ok := numberReason("Two guitarists and one singer are on the stage.", "Three guitarists and one singer are on the stage."); !ok {
		t.Error("two against three guitarists: no number reason")
	}
}

// TestWeekdaysOfOneEvent checks that two weekdays are a firm conflict when
// their clauses share a word (one event), and not when they date two
// events.
func TestWeekdaysOfOneEvent(t *testing.T) {
	res := Classify("The cargo ship sank off the coast on Monday night, port records show.", "A cargo ship capsized off the coast late on Tuesday, officials said.")
	if res.Label != Contradicts || !hasReason(res.Reasons, "date", "Monday", "Tuesday") {
		t.Errorf("one sinking on two days: %s %v", res.Label, res.Reasons)
	}
	// A hyphen inside a name ("al-Masri") ends no clause: the clause of
	// "Sunday" reaches the police chief's name, which the Arabic spells
	// too. The two sentences share little else, and the model alone calls
	// them unrelated.
	res = ClassifyInClaim(Prepare("The interior ministry fired police chief Adel al-Masri on Sunday after weeks of protests over the death of a detainee in custody, two security sources told AFP."),
		Prepare("كشف مصدر أمني لصحيفة الشروق أن وزير الداخلية أقال قائد الشرطة عادل المصري يوم السبت، على خلفية ملف فساد في صفقة سيارات."))
	if res.Label != Contradicts || !hasReason(res.Reasons, "date", "Sunday", "يوم السبت") {
		t.Errorf("one dismissal on two days, across languages: %s %v", res.Label, res.Reasons)
	}
	res = Classify("Only nine guards were on duty for the prison's 900 inmates on Saturday night, according to rosters seen by the Herald.",
		"The five inmates who escaped from Halden State Penitentiary fled on Friday night, a police source told the Gazette.")
	if res.Label == Contradicts {
		t.Errorf("guards on duty on Saturday against a flight on Friday: %s %v", res.Label, res.Reasons)
	}
}

// TestLengthsInTwoUnits checks that lengths compare in metres, whatever
// their unit and language, and are never set against a count.
func TestLengthsInTwoUnits(t *testing.T) {
	if _, ok := numberReason("Police set up a 1km cordon around the depot.", "A 400-metre exclusion zone remains in place around the depot."); !ok {
		t.Error("1km against 400 metres: no number reason")
	}
	// A length written in words has its unit after it, not in it.
	wantNumberReason(t, [][2]string{
		{"The trawler sank 30 kilometres off the coast.", "The trawler sank fifty kilometres off the coast."},
		{"غرق القارب على بعد 30 كيلومترا من الساحل.", "غرق القارب على بعد خمسين كيلومترا من الساحل."},
	})
	for _, c := range [][2]string{
		{"A 1km cordon was set up around the depot.", "A 1,000-metre cordon was set up around the depot."},
		{"The trawler was stopped 18 nautical miles off the coast.", "The trawler was stopped about 33 kilometres off the coast."},
		{"اعترض خفر السواحل القارب على بعد 18 ميلا بحريا من الشاطئ", "اعترض خفر السواحل القارب على بعد 33 كيلومترا من الشاطئ"},
		{"The trawler carrying 40 people was stopped off the coast.", "The trawler was stopped 40 km off the coast."},
	} {
		if r, ok := numberReason(c[0], c[1]); ok {
			t.Errorf("%q vs %q: %+v", c[0], c[1], r)
		}
	}
}

// TestRoundedFigures checks that a figure told with a scale word covers
// what it rounds: 7.9 million is 7,912,440, not 8,212,440.
func TestRoundedFigures(t *testing.T) {
	if r, ok := numberReason("There were 7.9 million registered voters.", "There were 7,912,440 registered voters."); ok {
		t.Errorf("7.9 million against 7,912,440: %+v", r)
	}
	if _, ok := numberReason("There were 7.9 million registered voters.", "There were 8,212,440 registered voters."); !ok {
		t.Error("7.9 million against 8,212,440: no number reason")
	}
}

// TestYearOfAnotherClause checks that a year dates only the number it
// opens or precedes: "put his share at 54.1 per cent, below the landslide
// he recorded in 2019" is not a count of another time.
func TestYearOfAnotherClause(t *testing.T) {
	res := Classify("The commission put Haddad's share at 57.8 per cent of the vote.",
		"The commission put Haddad's share at 54.1 per cent of the vote, far below the landslide he recorded in 2019.")
	if hasReason(res.Reasons, "times", "", "") || res.Label != Contradicts {
		t.Errorf("57.8 against 54.1 per cent: %s %v", res.Label, res.Reasons)
	}
}

// TestHouseholdsAndIrregular checks two Arabic words that look like
// others: "أسرة" (a household) stems as "أسرى" (captives) and is no count
// of detainees, and "غير نظامية" (irregular) negates nothing after it.
func TestHouseholdsAndIrregular(t *testing.T) {
	text := "ستشمل الزيادة نحو 140 ألف أسرة في المدينة"
	if got := Referents(text, facts.Extract(text).Numbers); len(got) != 1 || got[0] == outcomeHeld {
		t.Errorf("%q: outcomes %v", text, got)
	}
	text = "أفرجت السلطات عن 312 أسيرا"
	if got := Referents(text, facts.Extract(text).Numbers); len(got) != 1 || got[0] != outcomeHeld {
		t.Errorf("%q: outcomes %v", text, got)
	}
	res := Classify("غرق قارب هجرة غير نظامية قبالة السواحل الليبية", "قبالة السواحل الليبية غرق قارب يقل مهاجرين")
	if hasReason(res.Reasons, "negation", "", "") {
		t.Errorf("irregular migration negates the coast: %v", res.Reasons)
	}
}

// TestTimeAgoIsAnotherTime checks that a rise of a year ago is not set
// against this year's.
func TestTimeAgoIsAnotherTime(t *testing.T) {
	res := Classify("ارتفعت تعرفة المياه بنسبة 12 بالمئة", "وكانت آخر زيادة في تعرفة المياه قد أقرت قبل عام بنسبة 8 بالمئة")
	if res.Label == Contradicts || !hasReason(res.Reasons, "times", "", "") {
		t.Errorf("12 percent against 8 percent a year ago: %s %v", res.Label, res.Reasons)
	}
	if r, ok := numberReason("The prison held 1,400 inmates.", "Seven inmates escaped from the prison."); ok {
		t.Errorf("1,400 against seven inmates: %+v", r)
	}
}

// TestApprovalAndRejectionArePositions checks that rejecting and approving
// in two article sentences that are not about one thing are no antonyms,
// while two titles that approve and reject one thing are.
func TestApprovalAndRejectionArePositions(t *testing.T) {
	res := Classify("وأعلنت جمعية حماية المستهلك رفضها القاطع للزيادة الجديدة في تعرفة المياه خلال مؤتمر صحفي عقدته في مقرها بوسط المدينة",
		"وكانت آخر زيادة في تعرفة المياه قد أقرت قبل عام بعد نقاش طويل داخل المجلس البلدي حول كلفة الخدمة")
	if hasReason(res.Reasons, "antonym", "", "") {
		t.Errorf("a rejection against last year's approval: %s %v", res.Label, res.Reasons)
	}
	res = Classify("البرلمان يرفض قانون الضرائب الجديد", "البرلمان يقر قانون الضرائب الجديد")
	if res.Label != Contradicts || !hasReason(res.Reasons, "antonym", "يرفض", "يقر") {
		t.Errorf("rejects against approves: %s %v", res.Label, res.Reasons)
	}
}

// TestMoneyIsNoLength checks that "€2.1m" is money, not 2.1 metres.
func TestMoneyIsNoLength(t *testing.T) {
	for _, text := range []string{"The council approved a €2.1m budget.", "The council approved a budget of $3m."} {
		for _, n := range facts.Extract(text).Numbers {
			if _, ok := lengthOf([]rune(text), n); ok {
				t.Errorf("%q: %q is a length", text, n.Text)
			}
		}
	}
	text := "A 400m exclusion zone was set up."
	if ns := facts.Extract(text).Numbers; len(ns) != 1 {
		t.Fatalf("%q: numbers %+v", text, ns)
	} else if m, ok := lengthOf([]rune(text), ns[0]); !ok || m != 1 {
		t.Errorf("%q: %v metres, %v", text, m, ok)
	}
}

// TestPlaceNameIsNoAppointment checks that عين opening a place name ("عين
// وردة") is not the verb "appoints", the opposite of "fired".
func TestPlaceNameIsNoAppointment(t *testing.T) {
	res := Classify("The minister fired the director of the water authority.", "وصل الوزير إلى عين وردة لتفقد هيئة المياه ومديرها")
	if hasReason(res.Reasons, "antonym", "", "") {
		t.Errorf("fired against a town named عين وردة: %s %v", res.Label, res.Reasons)
	}
}

// TestAmountsWithAGluedScale checks that "€2.1m" and "$3bn" are amounts:
// set against another amount, and equal to the same amount in words.
func TestAmountsWithAGluedScale(t *testing.T) {
	res := Classify("The council approved a €2.1m budget.", "The council approved a €3m budget.")
	if res.Label != Contradicts || !hasReason(res.Reasons, "number", "2.1m", "3m") {
		t.Errorf("€2.1m against €3m: %s %v", res.Label, res.Reasons)
	}
	if res := Classify("The company was valued at $3bn.", "The company was valued at $3 billion."); res.Label != Agrees {
		t.Errorf("$3bn against $3 billion: %s %v", res.Label, res.Reasons)
	}
}

// TestMagnitudesAndCurrenciesAcrossLanguages checks that an earthquake's
// magnitude and an amount of one currency compare between English and
// Arabic, and that an outcome word stands before "more than".
func TestMagnitudesAndCurrenciesAcrossLanguages(t *testing.T) {
	for _, c := range [][4]string{
		{"A magnitude 6.4 earthquake struck the province.", "وبلغت قوة الزلزال 6.8 درجات", "6.4", "6.8"},
		{"The price of petrol rose to 1.25 dinars a litre.", "ارتفع سعر البنزين إلى 1.40 دينار لليتر", "1.25", "1.40"},
		{"Police detained more than 200 people.", "اعتقلت الشرطة 63 شخصا.", "200", "63"},
	} {
		if res := Classify(c[0], c[1]); res.Label != Contradicts || !hasReason(res.Reasons, "number", c[2], c[3]) {
			t.Errorf("%q vs %q: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
	if res := Classify("The price of petrol rose to 1.40 dinars a litre.", "ارتفع سعر البنزين إلى 1.40 دينار لليتر"); res.Label == Contradicts {
		t.Errorf("1.40 dinars against 1.40 دينار: %s %v", res.Label, res.Reasons)
	}
}

// TestLiveFireDeniedAcrossLanguages checks that live rounds are one
// concept in both languages, so that a denial in one meets the account in
// the other.
func TestLiveFireDeniedAcrossLanguages(t *testing.T) {
	res := Classify("Police fired live rounds at the protesters in the capital.", "الداخلية تنفي إطلاق الرصاص الحي على المحتجين في العاصمة")
	if res.Label != Contradicts || !hasReason(res.Reasons, "negation", "", "") {
		t.Errorf("live rounds against a denial of الرصاص الحي: %s %v", res.Label, res.Reasons)
	}
}

// TestDurationsAcrossLanguages checks that a ceasefire's length conflicts
// however each language writes it: "a 30-day ceasefire" against "هدنة تمتد
// 60 يوما", "a 90-day ceasefire" against "هدنة لمدة شهر".
func TestDurationsAcrossLanguages(t *testing.T) {
	for _, c := range [][2]string{
		{"The two sides agreed a 30-day ceasefire.", "اتفق الطرفان على هدنة تمتد 60 يوما."},
		{"The two sides agreed a 90-day ceasefire.", "اتفق الطرفان على هدنة لمدة شهر."},
	} {
		if res := Classify(c[0], c[1]); res.Label != Contradicts || !hasReason(res.Reasons, "date", "", "") {
			t.Errorf("%q vs %q: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
	if res := Classify("The two sides agreed a 30-day ceasefire.", "اتفق الطرفان على هدنة لمدة 30 يوما."); res.Label == Contradicts {
		t.Errorf("30 days both: %s %v", res.Label, res.Reasons)
	}
	// How far apart two events are is not how long one lasts.
	res := ClassifyInClaim(Prepare("It came three days after a 30-day ceasefire took effect at midnight on Saturday."),
		Prepare("وكانت الهدنة قد دخلت حيز التنفيذ اعتبارا من صباح الاثنين، وتمتد 60 يوما قابلة للتجديد."))
	if hasReason(res.Reasons, "date", "three days", "") || !hasReason(res.Reasons, "date", "30-day", "60 يوما") {
		t.Errorf("three days after a 30-day ceasefire against 60 days: %s %v", res.Label, res.Reasons)
	}
}

// TestNewsWordsAcrossLanguages checks words the lexicon and the outcome
// table learned from unseen claims' misses: bodies are a count of the dead,
// "unfounded" denies, and a strike is إضراب.
func TestNewsWordsAcrossLanguages(t *testing.T) {
	res := ClassifyInClaim(Prepare("Rescuers have recovered 62 bodies from the river."), Prepare("قتل 85 شخصا في الفيضانات."))
	if !hasReason(res.Reasons, "number", "62", "85") {
		t.Errorf("62 bodies against 85 killed: %s %v", res.Label, res.Reasons)
	}
	res = Classify("Police used live rounds against the protesters.", "The ministry said reports that police used live rounds against protesters were unfounded.")
	if res.Label != Contradicts || !hasReason(res.Reasons, "denial", "", "") {
		t.Errorf("live rounds against unfounded reports: %s %v", res.Label, res.Reasons)
	}
	res = Classify("No shots were fired during the abduction, the governor said.", "وتبادل حراس القافلة إطلاق النار مع المسلحين قبل خطف العاملين.")
	if res.Label != Contradicts || !hasReason(res.Reasons, "negation", "shots", "إطلاق النار") {
		t.Errorf("no shots against an exchange of fire: %s %v", res.Label, res.Reasons)
	}
	// وقف إطلاق النار is a ceasefire, not shooting.
	if res = Classify("Gunfire was heard overnight.", "صمد وقف إطلاق النار طوال الليل."); res.Label == Agrees {
		t.Errorf("gunfire against a ceasefire that held: %s %v", res.Label, res.Reasons)
	}
	// Inquiries, meetings, governors, bodies and weeks, in both languages.
	res = Classify("The governor said the investigation into the blast at the petroleum depot would take three weeks.",
		"قال المحافظ إن التحقيق في انفجار مستودع البترول سيستغرق أربعة أسابيع.")
	if res.Shared < 4 || res.Label != Contradicts {
		t.Errorf("an inquiry of three or four weeks: shared %d, %s %v", res.Shared, res.Label, res.Reasons)
	}
	if res = Classify("The decision was taken at a meeting of the federation on Sunday.", "واتخذ القرار في اجتماع الاتحاد يوم الأحد."); res.Shared < 3 || res.Label != Agrees {
		t.Errorf("one decision at one meeting: shared %d, %s %v", res.Shared, res.Label, res.Reasons)
	}
	res = Classify("The strike began on Monday, March 9.", "بدأ الإضراب يوم الثلاثاء العاشر من مارس.")
	if res.Shared < 2 || res.Label != Contradicts {
		t.Errorf("the strike began on two days: shared %d, %s %v", res.Shared, res.Label, res.Reasons)
	}
}

// TestPercentOfPricesAndTurnout checks two referents of percentages: a
// price ("raises bread price 20%" against "رفع سعر الخبز بنسبة 35 في المئة",
// whatever else the Arabic says), and a turnout measured in a vote, which
// is no share of the vote.
func TestPercentOfPricesAndTurnout(t *testing.T) {
	firm := func(rs []Reason) bool {
		return slices.ContainsFunc(rs, func(r Reason) bool { return r.Kind == "number" && r.firm })
	}
	for _, c := range [][2]string{
		{"Government raises bread price 20% as reforms bite", "أعلنت الحكومة رفع سعر الخبز بنسبة 35 في المئة ليصل إلى 1.40 دينار، اعتبارا من يوم الأحد الأول من يونيو"},
		{"Turnout in Sunday's vote reached 52 percent of the 3 million registered voters, officials said.", "وأوضحت الهيئة أن نسبة المشاركة في الاقتراع بلغت 40 في المئة من إجمالي الناخبين المسجلين."},
		{"Officials reported a rise in prices of 10 percent.", "Officials reported a rise in prices of 12 percent."},
	} {
		res := ClassifyInClaim(Prepare(c[0]), Prepare(c[1]))
		if res.Label != Contradicts || !firm(res.Reasons) {
			t.Errorf("%q vs %q: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
	// Two referents stay two: a turnout is no share of the vote.
	if res := Classify("Turnout was 44 percent.", "Haddad won 52 percent of the vote."); firm(res.Reasons) {
		t.Errorf("turnout against a share of the vote: %s %v", res.Label, res.Reasons)
	}
}

// TestCountsOfAnotherEventOrPart checks three counts that are no rivals of
// a toll: an earlier event's ("A 2019 fire ... killed two workers"), those
// still in hospital against all treated, and tonnes in the two languages,
// which are one unit.
func TestCountsOfAnotherEventOrPart(t *testing.T) {
	in := func(a, b string) Result { return ClassifyInClaim(Prepare(a), Prepare(b)) }
	if res := in("A fire at the port warehouse killed four people on Monday.", "A 2019 fire at the same port killed two workers."); res.Label == Contradicts {
		t.Errorf("today's toll against a 2019 fire's: %s %v", res.Label, res.Reasons)
	}
	for _, c := range [][2]string{
		{"Doctors said 61 people had been treated for breathing difficulties.", "Twelve people remained in hospital on Tuesday, the health ministry said."},
		{"وقالت الوزارة إن 38 مصابا نقلوا إلى مستشفى الميناء.", "ولا يزال 12 مصابا يتلقون العلاج في المستشفى."},
	} {
		if res := in(c[0], c[1]); hasReason(res.Reasons, "number", "", "") {
			t.Errorf("all treated against those still in hospital: %q vs %q: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
	if res := in("Twelve people remained in hospital on Tuesday.", "Fifteen people remained in hospital on Tuesday."); !hasReason(res.Reasons, "number", "Twelve", "Fifteen") {
		t.Errorf("two counts of those still in hospital: %s %v", res.Label, res.Reasons)
	}
	// A count still so is no rival of a count of the same noun whose
	// outcome is too far to read.
	if res := in("وأضاف المصدر أن 11 طفلا لا يزالون يتلقون العلاج.", "وقالت إن نحو أربعين طفلا من مدرسة ابنها وحدها نقلوا إلى المستشفى."); hasReason(res.Reasons, "number", "", "") {
		t.Errorf("11 still treated against 40 taken to hospital: %s %v", res.Label, res.Reasons)
	}
	// A projection, a month that opens the statement, a year's total.
	for _, c := range [][2]string{
		{"The explosion killed three people and injured 14.", "Sources suggested the death toll could rise to as many as six."},
		{"Five migrants lost their lives after the boat was intercepted.", "In June, 61 people died when a boat capsized off the same stretch of coast."},
		{"Seven people were killed after the boat was intercepted.", "So far this year, the agency has recorded more than 1,240 deaths on the route."},
	} {
		if res := in(c[0], c[1]); res.Label == Contradicts || hasReason(res.Reasons, "number", "", "") {
			t.Errorf("%q vs %q: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
	// "May" the month foresees nothing.
	if res := in("The May floods killed 40 people.", "The floods killed 60 people."); !hasReason(res.Reasons, "number", "40", "60") {
		t.Errorf("the May floods killed 40 against 60: %s %v", res.Label, res.Reasons)
	}
	// A month named alone inside the sentence is of an earlier event too,
	// unless both name it (TestEarlierTimesOfAFigure); told on both sides,
	// the counts conflict.
	if res := in("The ferry sank in June with 61 people aboard.", "The ferry, which sank in June, had 40 people aboard."); !hasReason(res.Reasons, "number", "61", "40") {
		t.Errorf("61 aboard in June against 40 aboard in June: %s %v", res.Label, res.Reasons)
	}
	// "lives" counts the dead only as in "lost their lives".
	if res := in("Huda Karam, who lives two streets from the port, fled with her children.", "The death toll from the port fire has risen to six."); hasReason(res.Reasons, "number", "", "") {
		t.Errorf("two streets against a toll of six: %s %v", res.Label, res.Reasons)
	}
	if res := in("Two workers lost their lives in the blast.", "The blast killed five workers."); !hasReason(res.Reasons, "number", "Two", "five") {
		t.Errorf("two lost their lives against five killed: %s %v", res.Label, res.Reasons)
	}
	// Those still missing are all the missing.
	if res := in("About 100 people remain missing, the civil defence said.", "وأضافت أن عدد المفقودين بلغ 25 شخصا."); !hasReason(res.Reasons, "number", "100", "25") {
		t.Errorf("100 still missing against 25 missing: %s %v", res.Label, res.Reasons)
	}
	if res := in("The warehouse held 40 tonnes of chlorine.", "كان المستودع يحتوي على نحو 25 طنا من الكلور."); res.Label != Contradicts || !hasReason(res.Reasons, "number", "40", "25") {
		t.Errorf("40 tonnes against 25 طنا: %s %v", res.Label, res.Reasons)
	}
}

// TestTimesOfDay checks that two times of day conflict when further apart
// than their wording allows, in both languages.
func TestTimesOfDay(t *testing.T) {
	for _, c := range [][2]string{
		{"The fire broke out shortly after 2 a.m., firefighters said.", "The fire broke out at around 4 a.m., firefighters said."},
		{"The quake struck at 3:42 a.m. local time, killing 12 people.", "وقع الزلزال عند الساعة الخامسة فجرا وقتل 12 شخصا."},
	} {
		if res := Classify(c[0], c[1]); !hasReason(res.Reasons, "date", "", "") {
			t.Errorf("%q vs %q: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
	for _, c := range [][2]string{
		{"The quake struck at 3:42 a.m. local time.", "The quake struck at around 4 a.m. local time."},
		{"The fire broke out at 11 p.m. on Sunday.", "The fire broke out at 23:05 on Sunday."},
		{"The meeting began at 3:40.", "The meeting began at 15:40."},
	} {
		if res := Classify(c[0], c[1]); hasReason(res.Reasons, "date", "", "") {
			t.Errorf("%q vs %q, one time: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
}

// TestTollsOfTwoDays checks that a toll told on two days is an update, not
// a contradiction, while two tolls told on one day, a toll against one of
// no known day and those aboard a ship on two days conflict. The day a toll
// was told is the day it was said, opens its statement or dates the toll
// itself; the day of the event is not.
func TestTollsOfTwoDays(t *testing.T) {
	for _, c := range [][2]string{
		{"Flash floods tore through the city late on Sunday, killing 47 people, officials said on Tuesday.", "On Monday, officials had put the toll at 31."},
		{"بلغت حصيلة القتلى مساء الأحد 12 شخصا.", "ارتفعت حصيلة القتلى يوم الثلاثاء إلى 20 شخصا."},
	} {
		res := ClassifyInClaim(Prepare(c[0]), Prepare(c[1]))
		if res.Label == Contradicts || !hasReason(res.Reasons, "times", "", "") {
			t.Errorf("%q vs %q: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
	for _, c := range [][2]string{
		{"Flash floods tore through the city late on Sunday, killing 47 people, officials said on Tuesday.", "By Tuesday evening, rescuers had recovered 62 bodies."},
		{"Flash floods tore through the city late on Sunday, killing 47 people.", "On Monday, officials had put the toll at 31."},
		{"The ferry sank on Monday with 40 people aboard.", "The ferry sank on Tuesday with 60 people aboard."},
		{"Floods killed 47 people on Sunday.", "Floods killed 31 people."},
	} {
		if res := ClassifyInClaim(Prepare(c[0]), Prepare(c[1])); !hasReason(res.Reasons, "number", "", "") {
			t.Errorf("%q vs %q: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
}

// TestMagnitudeCountsNoOne checks that a magnitude followed by a verb of
// death is no count of the dead: "at least 112 dead" and "The magnitude
// 6.9 quake killed 112 people" give one toll.
func TestMagnitudeCountsNoOne(t *testing.T) {
	a := "Strong quake hits the northern mountains, at least 112 dead"
	b := "The magnitude 6.9 quake killed 112 people across the province, officials said."
	if r, ok := numberReason(a, b); ok {
		t.Errorf("112 dead against a magnitude 6.9 quake that killed 112: %s", r.Detail)
	}
	// The toll still conflicts with another toll.
	if _, ok := numberReason("Strong quake hits the northern mountains, 90 dead", b); !ok {
		t.Errorf("90 dead against 112 killed: no number reason")
	}
}

// TestAftershockIsAnotherEvent checks that an aftershock's magnitude is
// set against other aftershocks only, in both languages.
func TestAftershockIsAnotherEvent(t *testing.T) {
	for _, p := range [][2]string{
		{"A magnitude 4.7 aftershock rattled the valley around noon, sending residents back into the streets.",
			"The seismic centre measured the earthquake at magnitude 6.2 and said it struck before dawn."},
		{"وشعر السكان بهزة ارتدادية بلغت قوتها 4.7 درجات ظهر الخميس، ما دفع كثيرين إلى المبيت في العراء.",
			"وكان الزلزال الذي بلغت قوته 6.2 درجات قد ضرب المنطقة فجرا."},
	} {
		if r, ok := numberReason(p[0], p[1]); ok {
			t.Errorf("an aftershock against the earthquake: %s", r.Detail)
		}
	}
	if _, ok := numberReason("A magnitude 4.7 aftershock shook the town on Friday.", "A magnitude 5.3 aftershock shook the town on Friday."); !ok {
		t.Errorf("two magnitudes of one aftershock: no number reason")
	}
}

// TestPricesOfTwoCommodities checks that two changes of the prices of two
// commodities are two facts, and two of one commodity, in two languages,
// one fact told two ways.
func TestPricesOfTwoCommodities(t *testing.T) {
	a := "Kerosene prices will rise by 20 percent, while bread stays at its old price, the ministry said."
	b := "Petrol prices rose by 35 percent overnight as the subsidy cut came into force."
	if r, ok := numberReason(a, b); ok {
		t.Errorf("kerosene's rise against petrol's: %s", r.Detail)
	}
	if r, ok := numberReason("رفعت الحكومة سعر السولار بنسبة 20 في المئة", b); ok {
		t.Errorf("diesel's rise against petrol's, across languages: %s", r.Detail)
	}
	if _, ok := numberReason("رفعت الحكومة سعر البنزين بنسبة 20 في المئة", b); !ok {
		t.Errorf("petrol 20 percent against petrol 35 percent, across languages: no number reason")
	}
}

// TestSomeOfAGroupIsAPart checks that a count of some of a group ("were
// among", "including", "بينهم") is set only against a count of the same
// named noun, and that "two of them" in a state still counts that state.
func TestSomeOfAGroupIsAPart(t *testing.T) {
	for _, p := range [][2]string{
		{"Seven nurses were among those treated for smoke inhalation, the director added.",
			"Doctors at the city hospital said they had treated 26 people for smoke inhalation."},
		{"وأسفرت الغارة على القافلة عن مقتل عدد من الأشخاص بينهم 4 من عمال الإغاثة.",
			"وأسفرت الغارة على القافلة عن مقتل 11 شخصا."},
	} {
		if r, ok := numberReason(p[0], p[1]); ok {
			t.Errorf("a part of a group against another count: %s\n  %s\n  %s", r.Detail, p[0], p[1])
		}
	}
	for _, p := range [][2]string{
		{"The blast killed 30 people, including 12 children, officials said.",
			"The blast killed 30 people, including 15 children, the health ministry said."},
		{"Two of them were in critical condition, doctors said.", "Doctors said 23 were in critical condition."},
	} {
		if _, ok := numberReason(p[0], p[1]); !ok {
			t.Errorf("no number reason:\n  %s\n  %s", p[0], p[1])
		}
	}
}

// TestBackgroundAndFirstCounts checks two counts that are no rivals of an
// event's toll: a vague count twenty times larger, of a larger scope ("the
// war has killed tens of thousands"), and a count told as a first one
// ("initially put the toll at 12", "في البداية"), which is set only against
// another first count.
func TestBackgroundAndFirstCounts(t *testing.T) {
	for _, p := range [][2]string{
		{"The war has killed tens of thousands of people and driven millions from their homes.", "The drone strike on the market killed 23 people on Sunday."},
		{"The conflict has killed thousands of people since it began.", "The strike killed 23 people, officials said."},
		{"Local officials initially put the toll at 12.", "The strike on the market killed 23 people, local officials said."},
		{"وكانت مصادر طبية قد أفادت في البداية بمقتل 18 شخصا، قبل أن يرتفع العدد.", "قتل 27 شخصا في القصف، بحسب مصادر طبية."},
	} {
		if r, ok := numberReason(p[0], p[1]); ok {
			t.Errorf("%s\n  %s\n  %s", r.Detail, p[0], p[1])
		}
	}
	for _, p := range [][2]string{
		{"Hundreds of people were killed in the strike, witnesses said.", "The strike killed 23 people, officials said."},
		{"The preliminary toll is 12 dead, officials said.", "A preliminary count put the dead at 15."},
		{"وقدرت غرفة التجارة الخسائر الأولية بنحو 50 مليون دولار.", "وقال المحافظ إن الخسائر المادية تقدر بـ20 مليون دولار."},
	} {
		if _, ok := numberReason(p[0], p[1]); !ok {
			t.Errorf("no number reason:\n  %s\n  %s", p[0], p[1])
		}
	}
}

// TestCountsUpToATimeOfDay checks that a count told up to a time of the day
// ("by midday", "حتى الساعة الرابعة", a turnout "at 4 pm") is no rival of
// the day's count, while a time that dates the event, or the time by which
// all were counted, leaves the counts rivals.
func TestCountsUpToATimeOfDay(t *testing.T) {
	for _, p := range [][2]string{
		{"Earlier in the day the authority had put turnout at 19.87 percent at 4 pm.", "Turnout in the municipal elections reached 38.61 percent, the authority said."},
		{"By midday, 120 trucks had crossed the border, officials said.", "Some 340 trucks crossed the border on the first day, officials said."},
		{"About 120 trucks had crossed by midday, a customs officer said.", "Some 340 trucks crossed the border on the first day."},
		{"وبلغت نسبة المشاركة حتى الساعة الرابعة عصراً 19.87 في المئة.", "وبلغت نسبة المشاركة في الانتخابات 38.61 في المئة."},
	} {
		if r, ok := numberReason(p[0], p[1]); ok {
			t.Errorf("%s\n  %s\n  %s", r.Detail, p[0], p[1])
		}
	}
	for _, p := range [][2]string{
		{"The blast at 4 pm killed 12 people.", "The blast killed 15 people."},
		{"The bodies of the four dead had all been recovered by 9 pm on Tuesday.", "Three workers were killed in the collapse on Tuesday."},
	} {
		if _, ok := numberReason(p[0], p[1]); !ok {
			t.Errorf("no number reason:\n  %s\n  %s", p[0], p[1])
		}
	}
}

// TestAmountsOfTwoThings checks that two amounts of money are set against
// each other only when they are amounts of one thing: a saving is no rival
// of a wage, nor a loan of one of its tranches, nor a budget's deficit of
// its spending or revenue, nor an amount of another currency or one a new
// value is compared with, while two estimates of the losses, two values
// of one contract and two deficits in one currency are.
func TestAmountsOfTwoThings(t *testing.T) {
	for _, p := range [][2]string{
		{"The measures will save the state budget about 35 billion pounds a year, the minister said.",
			"وأضاف أن الحد الأدنى لأجور العاملين في الدولة سيرتفع إلى 7 آلاف جنيه شهريا."},
		{"The IMF loan programme is worth 8 billion dollars.", "The fund will release a new tranche of the loan of about 1.2 billion dollars."},
		// A budget's deficit, its spending and its revenue are three
		// figures, in Arabic too ("بعجز", "بمصروفات", the deficit after
		// "و" past the spending's amount).
		{"مجلس الوزراء يقر مشروع ميزانية 2026/2027 بعجز 5.9 مليار دينار",
			"أقرت الحكومة مشروع الميزانية الجديدة، بمصروفات تقارب خمسة وعشرين مليار دينار."},
		{"وقالت مصادر إن الإيرادات تقدر بـ١٨٫٩ مليار دينار.",
			"أقرت الحكومة مشروع الميزانية الجديدة، بمصروفات تقارب خمسة وعشرين مليار دينار، وعجز متوقع يناهز ستة مليارات دينار."},
		// An amount that names no currency takes the one before it: a
		// deficit in dinars is no rival of one in dollars.
		{"Kuwait's new budget projects $20.5 billion shortfall, sources say",
			"مصادر: المصروفات ٢٥٫٢ مليار دينار والعجز ٦٫٣ مليار في ميزانية الكويت الجديدة"},
		// The value a new one is set against ("down from", "compared
		// with") is no rival of it.
		{"The budget assumes an oil price of $65 a barrel, down from $68 a barrel assumed for the current fiscal year.",
			"Revenue estimates are based on an oil price of $65 a barrel, the sources added."},
		{"The ministry based its estimates on an oil price of $65 per barrel, compared with $68 in the current budget.",
			"Revenue estimates are based on an oil price of $65 a barrel, the sources added."},
		{"A total of 47 schools recorded a zero pass rate, down from 103 last year, the ministry said.",
			"وأضاف أن عدد المدارس التي لم ينجح فيها أي طالب بلغ 47 مدرسة، مقارنة بـ103 مدارس في العام الماضي."},
	} {
		if r, ok := numberReason(p[0], p[1]); ok {
			t.Errorf("%s\n  %s\n  %s", r.Detail, p[0], p[1])
		}
	}
	for _, p := range [][2]string{
		{"The chamber put losses at 50 million dollars.", "The governor said the damage was estimated at 20 million dollars."},
		{"The contract is worth $300 million, the ministry said.", "The ministry said the contract was worth $450 million."},
		{"مجلس الوزراء يقر مشروع ميزانية 2026/2027 بعجز 5.9 مليار دينار",
			"مصادر: المصروفات ٢٥٫٢ مليار دينار والعجز ٦٫٣ مليار في ميزانية الكويت الجديدة"},
	} {
		if _, ok := numberReason(p[0], p[1]); !ok {
			t.Errorf("no number reason:\n  %s\n  %s", p[0], p[1])
		}
	}
}

// TestTwoFloorsAreTwoCounts checks that two lower bounds are set against
// each other by their values ("more than 50" against "more than 70"),
// while one bound alone stays open ("at least 20" and 23 agree).
func TestTwoFloorsAreTwoCounts(t *testing.T) {
	if _, ok := numberReason("More than 50 people were wounded in the blast, officials said.", "More than 70 people were wounded in the blast, the ministry said."); !ok {
		t.Error("more than 50 wounded against more than 70: no number reason")
	}
	if r, ok := numberReason("At least 20 people were killed in the blast.", "The blast killed 23 people."); ok {
		t.Errorf("at least 20 against 23: %s", r.Detail)
	}
	if r, ok := numberReason("More than 50 people were wounded in the blast.", "More than 52 people were wounded in the blast."); ok {
		t.Errorf("more than 50 against more than 52: %s", r.Detail)
	}
}

// TestNearBounds checks that a bound told as near its value ("slightly
// more than 40", "just under 30 percent") reaches a tenth past it, where a
// bare bound is open, and that a share takes its bound ("more than half"
// is belied by 45%, not by 55%).
func TestNearBounds(t *testing.T) {
	if _, ok := numberReason("Slightly more than 40 people were killed in the blast, officials said.", "The blast killed 60 people, the ministry said."); !ok {
		t.Error("slightly more than 40 killed against 60: no number reason")
	}
	wantNoNumberReason(t, [][2]string{
		{"More than 40 people were killed in the blast, officials said.", "The blast killed 60 people, the ministry said."},
		{"Slightly more than 40 people were killed in the blast, officials said.", "The blast killed 43 people, the ministry said."},
		{"Just under 30 percent of the voters cast a ballot.", "Some 28 percent of the voters cast a ballot."},
	})
	if _, ok := numberReason("Just under 30 percent of the voters cast a ballot.", "Only 20 percent of the voters cast a ballot."); !ok {
		t.Error("just under 30 percent against 20 percent: no number reason")
	}
	if _, ok := numberReason("More than half of the voters cast a ballot, the commission said.", "Some 45 percent of the voters cast a ballot, observers said."); !ok {
		t.Error("more than half of the voters against 45 percent: no number reason")
	}
	wantNoNumberReason(t, [][2]string{
		{"More than half of the voters cast a ballot, the commission said.", "Some 55 percent of the voters cast a ballot, observers said."},
	})
}

// TestSaturdayAlone checks that "السبت" alone is Saturday, against another
// day in either language, and one day with itself.
func TestSaturdayAlone(t *testing.T) {
	if res := Classify("The new fuel prices take effect on Friday.", "بدء تطبيق أسعار الوقود الجديدة في مصر السبت"); !hasReason(res.Reasons, "date", "Friday", "السبت") {
		t.Errorf("Friday against السبت: %s %v", res.Label, res.Reasons)
	}
	if res := Classify("أعلنت الهيئة النتائج يوم السبت.", "أعلنت الهيئة النتائج السبت."); res.Label == Contradicts {
		t.Errorf("يوم السبت against السبت: %s %v", res.Label, res.Reasons)
	}
}

// TestTimesOfDayAreFirm checks that two times of day of one event conflict
// in article sentences that share little else, as two days do.
func TestTimesOfDayAreFirm(t *testing.T) {
	for _, p := range [][2]string{
		{"The fire at the port warehouse broke out at about 2 a.m., according to the civil defence, which sent 40 engines and fought the flames for nine hours.",
			"Residents said the fire at the warehouse began at 4 a.m. and that the smoke could be seen from the old town."},
		{"The market was packed with shoppers when the drone struck at around 10 a.m., according to witnesses reached by phone.",
			"A local official said the drone struck the market at 4 p.m., as traders were closing their stalls."},
	} {
		if res := Classify(p[0], p[1]); res.Label != Contradicts || !hasReason(res.Reasons, "date", "", "") {
			t.Errorf("%s %v\n  %s\n  %s", res.Label, res.Reasons, p[0], p[1])
		}
	}
}

// TestStartTimesInClaim checks that, within one claim, two times of day at
// which the event began or happened conflict though the statements share
// few words, in either language, while a time of something else does not.
func TestStartTimesInClaim(t *testing.T) {
	blaze := "The blaze broke out shortly after 4 p.m., when the market's alleys were packed with shoppers."
	for _, b := range []string{
		"The explosion happened around 11 a.m. at the edge of the market, where vendors sell sweets.",
		"وقال المصدر إن الانفجار وقع قرابة الحادية عشرة صباحاً، في وقت كان السوق مزدحماً.",
	} {
		if res := ClassifyInClaim(Prepare(blaze), Prepare(b)); res.Label != Contradicts || !hasReason(res.Reasons, "date", "", "") {
			t.Errorf("%s %v\n  %s\n  %s", res.Label, res.Reasons, blaze, b)
		}
	}
	// A part of the day at which the event began, when no hour is told.
	for _, p := range [][2]string{
		{"The explosion happened around 11 a.m. at the edge of the market.", "لقي ١٤ شخصاً مصرعهم في حريق اندلع عصر يوم الخميس داخل السوق."},
		{"The fire broke out on Thursday morning, witnesses said.", "The fire broke out on Thursday afternoon, the governor said."},
		{"A fire swept through a covered market in Mosul late on Wednesday afternoon, killing nine people.", "The explosion happened around 11 a.m. at the edge of the market."},
	} {
		if res := ClassifyInClaim(Prepare(p[0]), Prepare(p[1])); res.Label != Contradicts || !hasReason(res.Reasons, "date", "", "") {
			t.Errorf("%s %v\n  %s\n  %s", res.Label, res.Reasons, p[0], p[1])
		}
	}
	for _, b := range []string{
		"The governor held a news conference at 7 p.m. at the municipality building.",
		"The blaze broke out at about 4:15 p.m., witnesses said.",
		"لقي ١٤ شخصاً مصرعهم في حريق اندلع عصر يوم الخميس داخل السوق.",
		"The minister spoke about the fire on Thursday morning.",
	} {
		if res := ClassifyInClaim(Prepare(blaze), Prepare(b)); res.Label == Contradicts {
			t.Errorf("%s %v\n  %s\n  %s", res.Label, res.Reasons, blaze, b)
		}
	}
}

// TestAmountOfOneThingAcrossLanguages checks that two values of one named
// thing ("the contract", "العقد") conflict though the statements share no
// other word the lexicon bridges.
func TestAmountOfOneThingAcrossLanguages(t *testing.T) {
	a, b := "The contract is worth $300 million, the ministry said.", "وتبلغ قيمة العقد 450 مليون دولار."
	if res := Classify(a, b); res.Label != Contradicts || !hasReason(res.Reasons, "number", "300 million", "450") {
		t.Errorf("%s %v\n  %s\n  %s", res.Label, res.Reasons, a, b)
	}
}

// TestDaysOfOneAnnouncement checks that two days of one announcement
// conflict, while the days two people spoke do not.
func TestDaysOfOneAnnouncement(t *testing.T) {
	if res := Classify("The bank announced its decision on Wednesday.", "أعلن البنك قراره يوم الخميس."); !hasReason(res.Reasons, "date", "Wednesday", "الخميس") {
		t.Errorf("announced on Wednesday against يوم الخميس: %s %v", res.Label, res.Reasons)
	}
	if res := Classify("The bank announced its decision on Wednesday.", "The governor said on Thursday that the decision was final."); hasReason(res.Reasons, "date", "Wednesday", "Thursday") {
		t.Errorf("an announcement's day against a day of saying: %s %v", res.Label, res.Reasons)
	}
}

// TestFloodsAreNoSeoul checks that "السيول" (the flash floods) is the
// floods, not Seoul: two accounts of one flood that name it in two words
// agree, in one language and across two.
func TestFloodsAreNoSeoul(t *testing.T) {
	if res := Classify("أودت السيول بحياة 12 شخصا في اليمن", "أودت الفيضانات بحياة 12 شخصا في اليمن"); res.Label == Contradicts {
		t.Errorf("torrents against floods: %s %v", res.Label, res.Reasons)
	}
	res := Classify("The floods killed 12 children in Yemen.", "أودت السيول بحياة 15 طفلا في اليمن")
	if res.Label != Contradicts || !hasReason(res.Reasons, "number", "12", "15") {
		t.Errorf("12 against 15 children killed by the floods: %s %v", res.Label, res.Reasons)
	}
}

// TestMoreCountedNounsAcrossLanguages checks counted nouns that meet across
// the two languages: buses, doses, litres.
func TestMoreCountedNounsAcrossLanguages(t *testing.T) {
	for _, c := range [][4]string{
		{"The convoy of 12 buses left the camp at dawn.", "غادرت قافلة من 15 حافلة المخيم فجرا.", "12", "15"},
		{"The ministry received 20,000 doses of the vaccine.", "تسلمت الوزارة 30 ألف جرعة من اللقاح.", "20,000", "30 ألف"},
		{"Each family receives 20 litres of water a day.", "تحصل كل أسرة على 15 لترا من المياه يوميا.", "20", "15"},
	} {
		res := ClassifyInClaim(Prepare(c[0]), Prepare(c[1]))
		if !hasReason(res.Reasons, "number", c[2], c[3]) {
			t.Errorf("%q against %q: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
}

// TestDurationsSayDuration checks that two durations (a prison term) are
// told as durations in the reason a journalist reads, not as dates.
func TestDurationsSayDuration(t *testing.T) {
	res := Classify("The court sentenced him to 10 years in prison.", "The court sentenced him to 15 years in prison.")
	if len(res.Reasons) == 0 || res.Reasons[0].Kind != "date" || res.Reasons[0].Detail != "duration: 10 years vs 15 years" {
		t.Errorf("%s %+v", res.Label, res.Reasons)
	}
	res = Classify("The strike began on March 9.", "The strike began on March 10.")
	if len(res.Reasons) == 0 || !strings.HasPrefix(res.Reasons[0].Detail, "date: ") {
		t.Errorf("two days: %s %+v", res.Label, res.Reasons)
	}
}

// TestNoCommentContradictsNothing checks that the wire's "no comment"
// formula, in either language, conflicts with nothing a statement of the
// same body says, while a refusal that goes on to say something still can.
func TestNoCommentContradictsNothing(t *testing.T) {
	for _, c := range [][2]string{
		{"The ministry said it would cut prices.", "There was no immediate comment from the ministry."},
		{"The ministry said it would cut prices.", "The ministry did not respond to a request for comment."},
		{"The ministry said it would cut prices.", "A ministry spokesman could not be reached for comment."},
		{"قالت الوزارة إنها ستخفض الأسعار", "ولم يصدر عن الوزارة أي تعليق"},
		{"قالت الوزارة إنها ستخفض الأسعار", "وامتنع المتحدث باسم الوزارة عن التعليق"},
		// A refusal to make any statement, with the conjunction on رفض.
		{"أعلنت وزارة الصحة تسجيل 12 إصابة جديدة وعلقت الدراسة في المدرسة.", "ورفض متحدث باسم وزارة الصحة الإدلاء بأي تصريح حول الإصابات."},
	} {
		if res := Classify(c[0], c[1]); res.Label == Contradicts {
			t.Errorf("%q vs %q: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
	res := Classify("The ministry said 12 people died.", "The ministry declined to comment, but said 15 people had died.")
	if res.Label != Contradicts || !hasReason(res.Reasons, "number", "12", "15") {
		t.Errorf("a refusal that goes on to give a toll: %s %v", res.Label, res.Reasons)
	}
	res = Classify("The RSF said its drones struck the market.", "ولم يصدر تعليق فوري من الجيش، فيما قالت قوات الدعم السريع إنها لا تملك طائرات مسيرة.")
	if res.Label != Contradicts {
		t.Errorf("no comment from one side while the other denies: %s %v", res.Label, res.Reasons)
	}
}

// TestNotKnownContradictsNothing checks that the wire's sentences of what
// is not known or could not be checked contradict nothing, in either
// language, while a denial that something happened still does.
func TestNotKnownContradictsNothing(t *testing.T) {
	for _, c := range [][2]string{
		{"Local media reported that the army shelled the village.", "Reuters could not independently verify the reports."},
		{"The fire was caused by an electrical fault, the civil defence said.", "The cause of the fire was not immediately known."},
		{"قال الدفاع المدني إن الحريق نجم عن تماس كهربائي", "ولم يتضح بعد سبب الحريق"},
		{"Twelve people were inside the building when it collapsed.", "It was not clear how many people were inside the building."},
		{"The army shelled the village on Monday.", "It was unclear who shelled the village."},
	} {
		if res := Classify(c[0], c[1]); res.Label == Contradicts {
			t.Errorf("%q vs %q: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
	if res := Classify("The army shelled the village on Monday.", "The army denied shelling the village."); res.Label != Contradicts {
		t.Errorf("a denial of the shelling: %s %v", res.Label, res.Reasons)
	}
}

// TestSilenceContradictsNothing checks that a source's silence ("did not
// say how many were hurt", "ولم تذكر الشرطة عدد المصابين") contradicts
// nothing, while a statement of saying something negated still can.
func TestSilenceContradictsNothing(t *testing.T) {
	for _, c := range [][2]string{
		{"Twelve people were hurt, the ministry said.", "The ministry did not say how many people were hurt."},
		{"قالت الشرطة إن 12 شخصا أصيبوا", "ولم تذكر الشرطة عدد المصابين"},
		{"The ministry said the water was safe to drink.", "The ministry did not say whether the water was safe to drink."},
	} {
		if res := Classify(c[0], c[1]); res.Label == Contradicts {
			t.Errorf("%q vs %q: %s %v", c[0], c[1], res.Label, res.Reasons)
		}
	}
	if res := Classify("The army withdrew from the town on Monday.", "Residents said the army has not withdrawn from the town."); res.Label != Contradicts {
		t.Errorf("a denial reported by residents: %s %v", res.Label, res.Reasons)
	}
}

// TestSubsidyAndDebtAreTwoAmounts checks that a subsidy's cost and a
// company's debt are two amounts of money, not rivals, in either language,
// while two costs of one subsidy still conflict.
func TestSubsidyAndDebtAreTwoAmounts(t *testing.T) {
	for _, p := range [][2]string{
		{"The water subsidy costs the treasury about 300 million dinars a year.", "The utility's debt has risen to 4 billion dinars, the report said."},
		{"وتقول الحكومة إن دعم المياه يكلف الخزينة 300 مليون دينار سنويا.", "وارتفعت مديونية الشركة إلى 4 مليارات دينار بحسب التقرير."},
	} {
		if r, ok := numberReason(p[0], p[1]); ok {
			t.Errorf("%s\n  %s\n  %s", r.Detail, p[0], p[1])
		}
	}
	for _, p := range [][2]string{
		{"The water subsidy costs the treasury about 300 million dinars a year.", "Experts put the real cost of the water subsidy at 150 million dinars a year."},
		{"وتقول الحكومة إن دعم المياه يكلف الخزينة 300 مليون دينار سنويا.", "وقدر خبير الكلفة الفعلية لدعم المياه بنحو 150 مليون دينار سنويا."},
	} {
		if _, ok := numberReason(p[0], p[1]); !ok {
			t.Errorf("no conflict:\n  %s\n  %s", p[0], p[1])
		}
	}
}

// TestFiscalYearIsNoPastEvent checks that a budget's year ("in fiscal year
// 2025/26") does not make a figure an earlier event's: two savings
// forecast for the year still conflict.
func TestFiscalYearIsNoPastEvent(t *testing.T) {
	a := "The ministry said the new tariffs would save the treasury about 35 billion pounds in the current fiscal year."
	b := "The new tariffs will save the treasury around 45 billion pounds in fiscal year 2025/26, the minister said."
	if r, ok := numberReason(a, b); !ok || r.Kind != "number" {
		t.Errorf("%+v, want a number conflict\n  %s\n  %s", r, a, b)
	}
}

// TestRoundedFiguresOfOneStep checks that two amounts told with a scale
// word one step apart ("2 billion" and "3 billion") conflict, while a
// rounded figure and a count inside its rounding ("7.9 million" and
// 7,912,440) do not.
func TestRoundedFiguresOfOneStep(t *testing.T) {
	for _, p := range [][2]string{
		{"The new port will cost 2 billion dollars, the minister said.", "The new port will cost 3 billion dollars, officials said."},
		{"تبلغ كلفة الميناء الجديد 2 مليار دولار.", "تبلغ كلفة الميناء الجديد 3 مليارات دولار."},
	} {
		if _, ok := numberReason(p[0], p[1]); !ok {
			t.Errorf("no conflict:\n  %s\n  %s", p[0], p[1])
		}
	}
	if r, ok := numberReason("The register lists 7.9 million voters.", "The register lists 7,912,440 voters."); ok {
		t.Errorf("a rounded figure against its count: %s", r.Detail)
	}
}

// TestLastYearIsOneTimeInBothLanguages checks that "last year" and "العام
// الماضي" date one time: two figures told of it conflict, rather than pass
// for counts of two events.
func TestLastYearIsOneTimeInBothLanguages(t *testing.T) {
	a, b := "The economy grew by 3.2% last year, the statistics office said.", "نما الاقتصاد بنسبة 2.8% العام الماضي، بحسب مكتب الإحصاء."
	if r, ok := numberReason(a, b); !ok {
		t.Errorf("%+v, want a number conflict\n  %s\n  %s", r, a, b)
	}
}

// TestLastYearsFigure checks that a figure told as last year's ("Last
// year's pass rate was 57.1 percent") is no rival of this year's, as one
// told "last year" is not, while two of last year's still meet.
func TestLastYearsFigure(t *testing.T) {
	if r, ok := inClaimReason("Last year's pass rate was 57.1 percent, according to ministry figures.", "ونسبة النجاح تبلغ 58.6%", "number"); ok {
		t.Errorf("last year's rate against this year's: %s", r.Detail)
	}
	if _, ok := inClaimReason("Last year's pass rate was 57.1 percent, according to ministry figures.", "The pass rate last year was 59.3 percent.", "number"); !ok {
		t.Error("two rates of last year do not meet")
	}
}

// TestFigureToldAgain checks that a figure the other side gives too, with
// its noun, is no rival of that side's other figure ("500 MW in the first
// phase" of a "total capacity of 1,000 MW"), unless the other side gives
// it as a former value ("to 250 millimes, from 190 millimes now").
func TestFigureToldAgain(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"It will be built in two phases, the first of which will have a capacity of 500 MW, he said.",
			"The interconnection will have a total capacity of 1,000 MW, with 500 MW in the first phase, according to the agreement."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"The minister said the price of the subsidised baguette would remain at 190 millimes.",
			"The bakers said the price of the baguette would go up to 250 millimes next month, from 190 millimes now."},
		{"It will be built in two phases, the first of which will have a capacity of 600 MW, he said.",
			"The interconnection will have a total capacity of 1,000 MW, with 500 MW in the first phase, according to the agreement."},
	})
}

// TestSharesAsFractions checks that two fractions of one group, or a
// fraction against a percentage of it, conflict when they differ and not
// when they name one share, in either language.
func TestSharesAsFractions(t *testing.T) {
	for _, p := range [][2]string{
		{"Half of the schools in the province were closed, the union said.", "A third of the schools in the province were closed, the ministry said."},
		{"Half of the schools in the province were closed, the union said.", "وقالت الوزارة إن ثلث المدارس في المحافظة أغلقت."},
	} {
		if _, ok := numberReason(p[0], p[1]); !ok {
			t.Errorf("no conflict:\n  %s\n  %s", p[0], p[1])
		}
	}
	if r, ok := numberReason("A third of the schools in the province were closed.", "33% of the schools in the province were closed."); ok {
		t.Errorf("a third against 33%%: %s", r.Detail)
	}
}

// ruleReason is the first reason of kind the rules find in a pair, before
// the model weighs them: what a rule should see, whatever the model then
// makes of a pair across languages.
func ruleReason(a, b, kind string) (Reason, bool) {
	s := &scratch{words: wordCache{}}
	for _, r := range s.analysePair(a, b, nil, nil) {
		if r.Kind == kind {
			return r, true
		}
	}
	return Reason{}, false
}

// wantRuleReason fails t for each pair of statements in which the rules
// find no reason of kind (ruleReason).
func wantRuleReason(t *testing.T, kind string, pairs [][2]string) {
	t.Helper()
	for _, p := range pairs {
		if _, ok := ruleReason(p[0], p[1], kind); !ok {
			t.Errorf("%q vs %q: no %s reason", p[0], p[1], kind)
		}
	}
}

// wantNoRuleReason fails t for each pair of statements in which the rules
// find a reason of kind (ruleReason).
func wantNoRuleReason(t *testing.T, kind string, pairs [][2]string) {
	t.Helper()
	for _, p := range pairs {
		if r, ok := ruleReason(p[0], p[1], kind); ok {
			t.Errorf("%q vs %q: %s", p[0], p[1], r.Detail)
		}
	}
}

// TestWhatAShareIsOf checks four ways the thing a percentage is a share of
// was misread, each making two shares of one thing pass for shares of two
// (no number conflict): an Arabic referent with a clitic on a four-letter
// word ("لنمو"); "pay" as a verb ("will pay 15% more" is a price, not a
// wage); a comparative after the percentage ("15% more" is of no noun
// "more"); and التجارة (trade), whose key was that of الجاري ("current").
func TestWhatAShareIsOf(t *testing.T) {
	wantRuleReason(t, "number", [][2]string{
		{"The central bank expects economic growth of 2.9%.", "ورفع البنك المركزي توقعاته لنمو الاقتصاد إلى 3.5 في المائة بفضل الصادرات."},
		{"New electricity tariffs announced; heavy users to pay 14% more", "الهيئة ترفع تعرفة الكهرباء 9% على الاستهلاك المرتفع"},
		{"Households that use more than 400 kWh a month will pay 15% more for power.", "رفعت الهيئة تعرفة الكهرباء للأسر بنسبة 9%."},
		{"The water utility raised its tariffs by 6 percent.", "رفعت الشركة أسعار المياه الجارية بنسبة 4%."},
	})
	// A wage is still a wage, and no rival of a price.
	if r, ok := ruleReason("Civil servants will get a 7% pay rise.", "The price of bread rose by 12%.", "number"); ok {
		t.Errorf("a pay rise against a price: %s", r.Detail)
	}
}

// TestYesterdayAndThisYearAreNoEarlierEvent checks that a figure told of
// "yesterday" (أمس), the day a report is usually about, or of a year
// named on one side and "this year" on the other, conflicts with another
// account's figure, while a year named against no date still sets a
// figure in an earlier event.
func TestYesterdayAndThisYearAreNoEarlierEvent(t *testing.T) {
	wantRuleReason(t, "number", [][2]string{
		{"أعلنت الهيئة أمس رفع تعرفة الكهرباء بنسبة 9%.", "The regulator raised electricity tariffs by 15%, it said."},
		{"The regulator said yesterday it had raised electricity tariffs by 15%.", "رفعت الهيئة تعرفة الكهرباء بنسبة 9%."},
		{"Inflation should average 1.4 percent in 2025, the bank said.", "وتوقع البنك أن يبلغ معدل التضخم 1.9 في المائة خلال العام الجاري."},
	})
	a, b := "In 2019, a ferry sank off the island, killing 40 people.", "The ferry sank off the island, killing 23 people."
	if r, ok := ruleReason(a, b, "number"); ok {
		t.Errorf("a count of 2019 against today's: %s", r.Detail)
	}
}

// TestDurationsHowTold checks that two durations conflict only when they
// cannot be one told two ways: "at least a year" holds "about 18 months",
// a length a hundred times another is of another thing, and a term
// demanded is no rival of the term given; two plain terms still conflict.
func TestDurationsHowTold(t *testing.T) {
	wantNoRuleReason(t, "date", [][2]string{
		{"Lawyers expect the appeal to take at least a year.", "Appeals of this kind usually take about 18 months."},
		{"The verdict follows two days of unrest in the port city.", "The court sentenced the organiser to 15 years in prison."},
		{"Prosecutors had demanded 25-year terms for the five organisers.", "The five organisers were each sentenced to 15 years."},
		{"طالبت النيابة بالسجن 25 عاما للمتهمين الخمسة.", "قضت المحكمة بسجن المتهمين الخمسة 15 عاما."},
	})
	a, b := "The court sentenced the organiser to 15 years in prison.", "The organiser was sentenced to 10 years in prison."
	if _, ok := ruleReason(a, b, "date"); !ok {
		t.Errorf("no conflict:\n  %s\n  %s", a, b)
	}
}

// TestCutsInPoints checks that a cut told in basis points and one told in
// a fraction of a percentage point are compared, in either language, and
// say so (not "(Wednesday)", the word after the number), and that a cut
// called for is a position, not a rival of the cut made.
func TestCutsInPoints(t *testing.T) {
	r, ok := ruleReason("The bank cut its rate by a quarter of a percentage point on Wednesday.", "خفض البنك الفائدة 50 نقطة أساس يوم الأربعاء.", "number")
	if !ok || !strings.HasSuffix(r.Detail, "(basis points)") {
		t.Errorf("%+v, want a conflict in basis points", r)
	}
	wantRuleReason(t, "number", [][2]string{
		{"The central bank cut its main rate by 50 basis points.", "خفض البنك المركزي سعر الفائدة الرئيسي بمقدار 25 نقطة أساس."},
		{"The central bank cut its main rate by a quarter of a percentage point.", "The central bank cut its main rate by half a percentage point."},
	})
	wantNoRuleReason(t, "number", [][2]string{
		{"The central bank cut its main rate by a quarter of a percentage point.", "خفض البنك المركزي سعر الفائدة الرئيسي بمقدار 25 نقطة أساس."},
		{"The chamber of industry had called for a cut of at least 100 basis points.", "The central bank cut its main rate by 50 basis points."},
		{"ودعت غرفة الصناعة إلى خفض الفائدة 100 نقطة أساس.", "The central bank cut its main rate by 50 basis points."},
	})
}

// TestEarlierTimesOfAFigure checks that a figure told of the end of an
// earlier year, or of a month named alone anywhere before it, is of
// another time than a figure told with no date, while a deadline ("by the
// end of 2026") still dates the figure it sets.
func TestEarlierTimesOfAFigure(t *testing.T) {
	wantNoRuleReason(t, "number", [][2]string{
		{"Foreign reserves stood at about $17 billion at the end of 2022, the bank said.", "Foreign reserves stand at a record $21.4 billion, the governor said."},
		{"A drone strike on the same market in June killed 15 people.", "A drone strike on the crowded market killed 23 people, the ministry said."},
	})
	a, b := "By the end of 2026, 2,500 troops will have left the country.", "About 2,000 troops will leave the country, officials said."
	if _, ok := ruleReason(a, b, "number"); !ok {
		t.Errorf("no conflict:\n  %s\n  %s", a, b)
	}
}

// TestBreakdownsArePartsOfAToll checks that the numbers of a breakdown
// ("the dead included 13 men, six women and four children", "بين القتلى
// ستة أطفال وأربع نساء") are parts of a toll, no rivals of it, while two
// tolls still conflict.
func TestBreakdownsArePartsOfAToll(t *testing.T) {
	wantNoRuleReason(t, "number", [][2]string{
		{"The dead included 13 men, six women and four children, a doctor said.", "The drone strike on the market killed 31 people, officials said."},
		{"The dead included 13 men, six women and four children, a doctor said.", "قتل 31 شخصا في الغارة على السوق."},
		{"وأضافت أن بين القتلى ستة أطفال وأربع نساء.", "قتل 23 شخصا في الغارة على السوق، بحسب الوزارة."},
		// One more of another kind after "and a".
		{"The dead were three workers and a security guard, he said.", "The fire killed four people, officials said."},
	})
	wantRuleReason(t, "number", [][2]string{
		{"The drone strike on the market killed 23 people.", "The drone strike on the market killed 31 people."},
		{"The dead were three workers, he said.", "The fire killed four people, officials said."},
	})
}

// TestComparativesNameNoReferent checks that a comparative after a
// percentage, in either language as written (with its hamza), leaves what
// the share is of unknown rather than naming it.
func TestComparativesNameNoReferent(t *testing.T) {
	for _, s := range []string{"Households will pay 15% more.", "ستدفع الأسر 15% إضافية.", "ستدفع الأسر 15% أكثر."} {
		if r := Referents(s, facts.Extract(s).Numbers); len(r) != 1 || r[0] != 0 {
			t.Errorf("%q: referents %v, want one unknown", s, r)
		}
	}
}

// TestUnitTextNamesTheUnit checks the unit a number conflict names: the
// unit's word after the number ("Egyptian pounds" is in pounds, not
// "Egyptian"), or the currency of an amount whose code stood before it
// ("JD310 million annually" is in dinars, not "annually").
func TestUnitTextNamesTheUnit(t *testing.T) {
	for _, c := range []struct{ a, b, unit string }{
		{"The price of gasoline rose to 17.25 Egyptian pounds a litre.", "A litre of gasoline now sells at EGP 17.75, the ministry said.", "(pounds)"},
		{"The subsidy bill reached JD310 million annually, an official said.", "The subsidy costs the state 280 million dinars a year, the minister said.", "(dinar)"},
		{"The fire killed 12 people on Sunday, officials said.", "The fire killed 19 people on Sunday, the civil defence said.", "(people)"},
	} {
		if r, ok := ruleReason(c.a, c.b, "number"); !ok || !strings.HasSuffix(r.Detail, c.unit) {
			t.Errorf("%+v, want a number conflict ending %s", r, c.unit)
		}
	}
}

// TestTollsToldAroundTheNumber checks two ways of telling the dead that
// gave a number no outcome: a toll whose figure is quoted ("the number of
// people killed ... “does not exceed 25”"), and the Arabic "أودى بحياة"
// (claimed the lives of); "أنقذ حياة" (saved the lives of) counts no dead.
func TestTollsToldAroundTheNumber(t *testing.T) {
	wantNumberReason(t, [][2]string{
		{"The flood killed 43 people, the ministry said.", "The governor said that the number of people killed when the dam collapsed “does not exceed 25”."},
		{"ارتفع عدد ضحايا انهيار السد إلى ٦٤ قتيلاً، بحسب مصادر طبية.", "أودت الفيضانات الناجمة عن انهيار السد في شرق السودان بحياة ثلاثة وأربعين شخصاً، وفق حصيلة رسمية."},
	})
	wantNoNumberReason(t, [][2]string{
		{"ارتفع عدد ضحايا انهيار السد إلى ٦٤ قتيلاً، بحسب مصادر طبية.", "وأنقذت فرق الدفاع المدني حياة ثلاثة وأربعين شخصاً من القرى المنكوبة."},
	})
}

// TestCountOfOnePlaceAlone checks that a count said of one place or one
// of several "alone" is a part of the toll, not a rival of it, also in a
// claim's archive, where two counts of one outcome conflict whatever else
// the statements share.
func TestCountOfOnePlaceAlone(t *testing.T) {
	numberIn := func(a, b string) bool { _, ok := inClaimReason(a, b, "number"); return ok }
	for _, c := range [][2]string{
		{"At least 60 people died when the dam burst.", "The town's main hospital alone had received 43 bodies by Sunday night."},
		{"The floods killed 85 people across the state.", "In Tokar alone, 43 people died."},
		{"أودت الفيضانات بحياة 85 شخصا في الولاية.", "وفي طوكر وحدها لقي 43 شخصا حتفهم."},
		// "alone" eight words after the count, past a long place.
		{"وقال المتحدث باسم الوزارة إن عدد الحالات المسجلة بلغ 43 حالة.", "وبحسب المصادر، فإن ٢٧ حالة سُجّلت في مستشفى البصرة التعليمي وحده."},
	} {
		if numberIn(c[0], c[1]) {
			t.Errorf("%q vs %q: a number conflict", c[0], c[1])
		}
	}
	if a, b := "The floods killed 85 people across the state.", "The floods killed 43 people, the ministry said."; !numberIn(a, b) {
		t.Errorf("%q vs %q: no number conflict", a, b)
	}
}

// TestStrikeOfNoSetEnd checks that a strike of no set end and one of a
// set length are two lengths of it, across the languages, and that two
// strikes of no set end agree on it.
func TestStrikeOfNoSetEnd(t *testing.T) {
	for _, c := range [][2]string{
		{"Iraqi doctors begin open-ended strike over attacks and pay", "Iraq's week-long doctors' strike tests the government"},
		{"The three-day strike began on Sunday at nearly 200 public hospitals.", "دخل إضراب الأطباء المفتوح في المستشفيات الحكومية العراقية يومه الثالث."},
	} {
		if r, ok := reasonOf(c[0], c[1], "date"); !ok {
			t.Errorf("%q vs %q: no date reason", c[0], c[1])
		} else {
			checkOffsets(t, c[0], c[1], []Reason{r})
		}
	}
	if r, ok := reasonOf("Iraqi doctors begin open-ended strike over attacks and pay", "بدأ الأطباء صباح الأحد إضراباً مفتوحاً عن العمل", "date"); ok {
		t.Errorf("two strikes of no set end: %s", r.Detail)
	}
}

// TestNewValueAgainstAFormerOne checks that a former value is found past
// an approximation and a comma ("weakened to 52.30 per dollar in interbank
// trading, from around 50.80"), and that a new value that only meets the
// other side's former value does not agree with it: the new values still
// conflict.
func TestNewValueAgainstAFormerOne(t *testing.T) {
	for _, c := range []struct {
		text string
		prev []bool
	}{
		{"The pound weakened to 52.30 per dollar in interbank trading after the announcement, from around 50.80 before the decision.", []bool{false, true}},
		{"The price of petrol rose to 19 pounds a litre, from about 17.25 pounds.", []bool{false, true}},
		{"More than 12 people died, from a village of 300.", []bool{false, false}},
	} {
		if got := Prepare(c.text).counts().previous; !slices.Equal(got, c.prev) {
			t.Errorf("%q: former values %v, want %v", c.text, got, c.prev)
		}
	}
	a := "The price of petrol rose to 19 pounds a litre, from about 17.25 pounds, the ministry said."
	b := "The price of petrol rose to 17.50 pounds a litre from 15.25 pounds, the ministry said."
	var f [numFeatures]float64
	if i, j, ok := numberConflict(Prepare(a).counts(), Prepare(b).counts(), &f); !ok || i != 0 || j != 0 {
		t.Errorf("%q vs %q: conflict %d %d %v, want the new prices 19 and 17.50", a, b, i, j, ok)
	}
}

// TestLengthsOfTwoThings checks that two lengths written before the nouns
// they measure are rivals only when they measure one thing, also in a
// claim's archive.
func TestLengthsOfTwoThings(t *testing.T) {
	dateIn := func(a, b string) bool { _, ok := inClaimReason(a, b, "date"); return ok }
	if a, b := "The three-day strike by doctors began on Sunday at public hospitals to protest attacks on doctors.", "“Doctors are attacked in public hospitals, and then we are asked to work thirty-six-hour shifts,” said a surgeon."; dateIn(a, b) {
		t.Errorf("%q vs %q: a strike's length against a shift's", a, b)
	}
	for _, c := range [][2]string{
		{"The three-day strike began on Sunday.", "Iraq's week-long doctors' strike tests the government."},
		{"The union announced a 30-day ceasefire.", "The 60-day truce took effect."},
	} {
		if !dateIn(c[0], c[1]) {
			t.Errorf("%q vs %q: no date reason", c[0], c[1])
		}
	}
}

// TestPredicateLengthMeasuresTheSubject checks that a length said of its
// subject ("described the strike as open-ended and said") is no compound
// before another noun: it still meets the strike's other lengths.
func TestPredicateLengthMeasuresTheSubject(t *testing.T) {
	a, b := "The syndicate described the strike as open-ended and said it would continue.", "The three-day strike began on Sunday, the syndicate said."
	if _, ok := inClaimReason(a, b, "date"); !ok {
		t.Errorf("%q vs %q: no date reason", a, b)
	}
}

// TestDeadWithAPronoun checks that "لقي 23 شخصاً مصرعهم" counts the dead
// (مصرعهم, their death, with its pronoun), so that its rival is the other
// side's dead, not its injured.
func TestDeadWithAPronoun(t *testing.T) {
	a := "لقي ٢٣ شخصاً مصرعهم وأصيب ١٤٢ آخرون، صباح الثلاثاء، إثر خروج عربات القطار."
	b := "لقي تسعة عشر شخصاً حتفهم وأصيب نحو تسعين آخرين، صباح الثلاثاء، في حادث خروج عربات القطار."
	r, ok := numberReason(a, b)
	if !ok || r.A != "٢٣" || r.B != "تسعة عشر" {
		t.Errorf("%q vs %q: %+v, want ٢٣ against تسعة عشر", a, b, r)
	}
}

// TestInClaimChangeWithoutReferent checks that, among accounts of one
// claim, a percentage whose statement names no referent is set against a
// change of a price or a wage, however little else the two share, and not
// against a level such as turnout.
func TestInClaimChangeWithoutReferent(t *testing.T) {
	const fares = "The government raises bus fares by 10 percent from March."
	if _, ok := inClaimReason(fares, "A transport ministry spokesman, Samir Haddad, said the increase would average 7 percent and would take effect on March 1.", "number"); !ok {
		t.Error("fares up 10 percent against an increase of 7 percent: no number reason in a claim")
	}
	if _, ok := inClaimReason("Teachers' wages will rise 12 percent next year.", "The union's leader said the rise would be 8 percent, not the 12 promised in the spring.", "number"); !ok {
		t.Error("wages up 12 percent against a rise of 8 percent: no number reason in a claim")
	}
	if r, ok := inClaimReason("Turnout reached 41 percent, the commission said on Monday evening.", "A transport ministry spokesman, Samir Haddad, said the increase would average 7 percent and would take effect on March 1.", "number"); ok {
		t.Errorf("turnout against an increase: %s", r.Detail)
	}
}

// TestPartOfAnOutcomeAndYearlyCounts checks that some of those an outcome
// counts ("seven of the injured") are no rival of its total, while two
// such parts still conflict; and that a yearly count is no count of the
// event.
func TestPartOfAnOutcomeAndYearlyCounts(t *testing.T) {
	for _, p := range [][2]string{
		{"Twelve people were killed and more than 40 injured when the ferry capsized.", "A doctor said seven of the injured were in intensive care."},
		{"At least 12 people were killed and more than 40 injured late on Saturday when the ferry capsized.", "وقال طبيب في مستشفى المدينة إن سبعة من المصابين يرقدون في العناية المركزة."},
	} {
		if r, ok := inClaimReason(p[0], p[1], "number"); ok {
			t.Errorf("%q vs %q in a claim: %s", p[0], p[1], r.Detail)
		}
	}
	wantNoNumberReason(t, [][2]string{
		{"Road accidents kill hundreds of people in the country every year.", "The crash killed 19 people, police said."},
		{"تحصد حوادث الطرق أرواح المئات سنوياً في البلاد.", "قتل ١٩ شخصاً في الحادث بحسب الشرطة."},
	})
	wantNumberReason(t, [][2]string{
		{"A doctor said five of the injured were in intensive care.", "A doctor said seven of the injured were in intensive care."},
		{"The crash killed 17 people, police said.", "The crash killed 19 people, police said."},
	})
}

// TestExchangeRates checks that two exchange rates of one currency, told
// after long asides, conflict in a claim, in either language, and that a
// rate told with fewer decimals agrees.
func TestExchangeRates(t *testing.T) {
	const weaker = "The pound weakened to 52.30 per dollar in interbank trading after the announcement, from around 50.80 before the decision, dealers said."
	if _, ok := inClaimReason(weaker, "The pound firmed to 50.10 against the dollar on Thursday morning, from 50.80 before the move, as foreign investors returned.", "number"); !ok {
		t.Error("52.30 against 50.10 per dollar: no number reason in a claim")
	}
	if _, ok := inClaimReason("The dinar traded at 1,470 to the dollar on Monday, bankers in Baghdad said.", "وقال مصرفيون إن الدينار جرى تداوله عند ١٤٥٠ ديناراً مقابل الدولار يوم الاثنين.", "number"); !ok {
		t.Error("1,470 against ١٤٥٠ to the dollar: no number reason in a claim")
	}
	wantNoNumberReason(t, [][2]string{
		{weaker, "The pound stood at 52.3 to the dollar after the decision, dealers said."},
	})
}

// TestSmallCountsToldRoughly checks that a small count told roughly
// ("about 15") takes in its neighbours, while larger gaps, exact counts and
// large counts keep their conflicts.
func TestSmallCountsToldRoughly(t *testing.T) {
	wantNoNumberReason(t, [][2]string{
		{"About 15 people were killed in the fire, officials said.", "Fourteen people were killed in the fire, officials said."},
		{"قتل نحو خمسة عشر شخصاً في الحريق.", "قتل ١٦ شخصاً في الحريق."},
	})
	wantNumberReason(t, [][2]string{
		{"About 15 people were killed in the fire, officials said.", "Twelve people were killed in the fire, officials said."},
		{"Fifteen people were killed in the fire, officials said.", "Fourteen people were killed in the fire, officials said."},
		{"About 2,500 troops remain in the country.", "Some 3,000 troops remain in the country."},
	})
}

// TestOfficialAndMarketPrices checks that an official price or exchange
// rate is no rival of the market's (a price a market closed at too), nor
// of the previous official rate, in either language, while two official
// rates, or two market rates, still conflict.
func TestOfficialAndMarketPrices(t *testing.T) {
	const official = "The central bank raised the official price of the dollar to 1,450 dinars on Sunday."
	wantNoNumberReason(t, [][2]string{
		{official, "The dollar closed at 1,530 dinars on Sunday in the capital's exchange market, traders said."},
		{"رفع البنك المركزي سعر الدولار الرسمي إلى ١٤٥٠ ديناراً.", "وبلغ سعر الدولار في السوق الموازية ١٥٦٠ ديناراً."},
	})
	wantNoNumberReason(t, [][2]string{
		{official, "The dollar closed at 1,530 dinars on Sunday, traders said."},
		{"رفع البنك المركزي سعر الدولار الرسمي إلى ١٤٥٠ ديناراً.", "وفي بورصة الكفاح، أغلق الدولار يوم الأحد على ١٥٢٠ ديناراً."},
		{official, "The previous official rate of 1,310 dinars had been in place since February 2023."},
	})
	wantNumberReason(t, [][2]string{
		{official, "The central bank set a new official exchange rate of 1,470 dinars to the dollar on Sunday."},
		{"The dollar closed at 1,530 dinars in the exchange market, traders said.", "The dollar closed at 1,580 dinars in the exchange market, traders said."},
	})
}

// TestPartsOfAWholeAndCountedOutcomes checks that the whole a part is told
// of ("15 of 24 seats") is no rival of another part's count, while the
// parts still meet across languages; and that a counted noun that is an
// outcome ("انتشال ثلاث جثث", three bodies recovered) counts that outcome,
// not the verb's.
func TestPartsOfAWholeAndCountedOutcomes(t *testing.T) {
	wantNoNumberReason(t, [][2]string{
		{"The list won 15 of 24 seats.", "The list won 15 seats and its rival 9 seats."},
		{"فازت اللائحة بـ١٥ مقعداً من أصل ٢٤ في الانتخابات.", "The list won 15 seats in the vote and its rival 9 seats."},
	})
	if _, ok := inClaimReason("The list wins 15 of 24 seats in disputed municipal vote", "بلدية المدينة: اللائحة بثلاثة عشر مقعداً وإعادة فرز في 14 قلماً", "number"); !ok {
		t.Error("15 of 24 seats against ثلاثة عشر مقعداً: no number reason in a claim")
	}
	if _, ok := inClaimReason("Rescuers recovered two bodies on Wednesday morning.", "الحرس البحري ينفي تعليق البحث عن البحارة وانتشال ثلاث جثث", "number"); !ok {
		t.Error("two bodies against انتشال ثلاث جثث: no number reason in a claim")
	}
}

// TestArabicDualCounts checks that an Arabic dual counts two of its noun
// and its outcome ("قتيلين", two dead), against a count in either language.
func TestArabicDualCounts(t *testing.T) {
	wantNumberReason(t, [][2]string{
		{"أسفر الهجوم عن سقوط قتيلين.", "The attack killed five people."},
		{"أسفر الهجوم عن سقوط قتيلين وجريحين.", "أسفر الهجوم عن سقوط قتيلين و٥ جرحى."},
	})
	if _, ok := inClaimReason("وأضاف المتحدث أن الوزارة سجلت حالتي وفاة فقط بين المصابين.", "The cholera toll rises to nine as local officials contradict Baghdad.", "number"); !ok {
		t.Error("حالتي وفاة against nine dead: no number reason in a claim")
	}
	wantNoNumberReason(t, [][2]string{
		{"أسفر الهجوم عن سقوط قتيلين.", "The attack killed two people."},
	})
}

// TestPlaceALocationIsToldFrom checks that a place a location is told from
// ("south of Amman", "جنوب عمّان") is no rival of another place, while two
// places of two events still are.
func TestPlaceALocationIsToldFrom(t *testing.T) {
	wantNumberReason(t, [][2]string{
		{"قتل ١٩ شخصاً في انقلاب حافلة جنوب عمّان.", "Seventeen people were killed when a bus overturned in Jordan."},
		{"The bus overturned 150 km south of Amman, killing 19 people.", "The bus overturned in Jordan, killing 17 people."},
	})
	wantNoNumberReason(t, [][2]string{
		{"Floods killed 19 people in Jordan.", "Floods killed 17 people in Syria."},
	})
}

// TestPassengersWhoWereHurt checks that "140 passengers were injured"
// counts the injured, no rival of the 500 passengers a train carried,
// while two counts of those aboard still conflict.
func TestPassengersWhoWereHurt(t *testing.T) {
	wantNoNumberReason(t, [][2]string{
		{"The train, which was carrying about 500 passengers, derailed shortly after 6 a.m.", "About 140 passengers were injured, the health ministry said."},
	})
	wantNumberReason(t, [][2]string{
		{"The ferry was carrying 300 passengers.", "The ferry had 250 passengers aboard."},
		{"About 140 passengers were injured, the ministry said.", "About 90 passengers were injured, the ministry said."},
	})
}

// TestCountsOfOtherThings checks three counts that are of something other
// than the event's outcome: minutes before an outcome word, the children
// of "a mother of five", and soldiers "taken prisoner" against soldiers
// killed; two counts of the captured still conflict.
func TestCountsOfOtherThings(t *testing.T) {
	wantNoNumberReason(t, [][2]string{
		{"Eight people were killed and more than 60 injured in a crush at the stadium on Friday.", "Kick-off was delayed by 40 minutes while ambulances took the injured away."},
		{"A local official said dozens of families had fled villages near the border.", "Mary Achol, a mother of five who fled to the town with her family, said the shelling began at night."},
		{"The army said six of its soldiers had been taken prisoner.", "The army said four of its soldiers were killed."},
	})
	wantNumberReason(t, [][2]string{
		{"The army said six soldiers had been captured.", "The army said nine soldiers had been captured."},
	})
}

// TestWordsThatAreNoOutcome checks that words whose stem is an outcome
// word's and that are none give a count no outcome: "وفي" (and in) is no
// death, "الأسر" (the families) no prisoners, "حملات" (campaigns) no one
// carried.
func TestWordsThatAreNoOutcome(t *testing.T) {
	for _, s := range []string{"وفي القرية 40 منزلا متضررا", "وأجلت السلطات الأسر من 40 منزلا", "أطلقت الوزارة حملات في 12 محافظة"} {
		c := Prepare(s).counts()
		for i, n := range c.facts.Numbers {
			if c.outcomes[i] != outcomeNone {
				t.Errorf("%q: %s has outcome %d", s, n.Text, c.outcomes[i])
			}
		}
	}
	c := Prepare("لقي 40 شخصا حتفهم").counts()
	if len(c.outcomes) != 1 || c.outcomes[0] != outcomeKilled {
		t.Errorf("لقي 40 شخصا حتفهم: outcomes %v, want killed", c.outcomes)
	}
}

// TestChangeToldBy checks that the size of a change told by its
// preposition ("by 10 dirhams", "بعشرة دراهم", "بـ10 دراهم") or by "more"
// after it is no rival of the level the change reaches, while two sizes of
// a change, and "by" that tells no change, still conflict.
func TestChangeToldBy(t *testing.T) {
	wantNoRuleReason(t, "number", [][2]string{
		{"The government raised the price of the cylinder by 10 dirhams.", "The government raised the price of the cylinder to 60 dirhams."},
		{"قنينة الغاز تزيد بعشرة دراهم.", "الحكومة ترفع سعر قنينة الغاز إلى 60 درهماً."},
		{"رفعت الحكومة سعر القنينة بـ10 دراهم.", "رفعت الحكومة سعر القنينة إلى 60 درهما."},
		{"Shoppers paid 10 dirhams more for a cylinder on Friday.", "The government raised the price of the cylinder to 60 dirhams."},
		// Of a count in another unit, with the verb right before "by".
		{"Tigris flows to rise by 200 cubic metres per second after the talks.", "Turkey will release 500 cubic metres per second into the Tigris."},
	})
	wantRuleReason(t, "number", [][2]string{
		{"The government raised the price of the cylinder by 10 dirhams.", "The government raised the price of the cylinder by 15 dirhams."},
		{"Tigris flows to rise by 200 cubic metres per second after the talks.", "Tigris flows will rise by 300 cubic metres per second."},
		{"The guard was shot by 3 gunmen.", "The guard was shot by 5 gunmen."},
		{"The price rose to 60 dirhams.", "The price rose to 65 dirhams."},
	})
}

// TestItemSizes checks that the prices of two sizes of one good ("the small
// 3 kg cylinder", "من فئة 12 كيلوغراماً") are two things, and so are the
// sizes, while two prices of one size, and two amounts by weight, conflict.
func TestItemSizes(t *testing.T) {
	wantNoRuleReason(t, "number", [][2]string{
		{"The price of the small 3 kg cylinder will rise to 15 dirhams.", "Morocco will raise the price of the subsidised 12 kg butane gas cylinder to 60 dirhams."},
		{"وأوضح أن سعر القنينة الصغيرة من فئة 3 كيلوغرامات سيرتفع إلى 15 درهماً.", "رفعت الحكومة ثمن قنينة غاز البوتان من فئة 12 كيلوغراماً إلى 60 درهماً."},
		{"The price of a 3-kg cylinder will rise to 15 dirhams.", "رفعت الحكومة ثمن قنينة غاز البوتان من فئة 12 كيلوغراماً إلى 60 درهماً."},
	})
	wantRuleReason(t, "number", [][2]string{
		{"The price of the 12 kg cylinder will rise to 65 dirhams.", "رفعت الحكومة ثمن قنينة غاز البوتان من فئة 12 كيلوغراماً إلى 60 درهماً."},
		{"The truck was carrying 12 kg of heroin.", "The truck was carrying 20 kg of heroin."},
	})
}

// TestAskedForAndAmountingTo checks that a figure asked for ("had asked for
// a minimum of 12,000 pounds") is a position, and that the size of a rise
// told with البالغة ("الزيادة البالغة ١٥٠٠ جنيه", the increase, amounting to
// 1,500 pounds) is no rival of the level, while two levels still conflict.
func TestAskedForAndAmountingTo(t *testing.T) {
	wantNoRuleReason(t, "number", [][2]string{
		{"The union had asked for a minimum of 12,000 pounds a month.", "The government raised the minimum wage to 8,500 pounds a month."},
		{"وأوضحت الوزارة أن الزيادة البالغة ١٥٠٠ جنيه ستشمل كل الموظفين.", "رفعت الحكومة الحد الأدنى للأجور إلى ٩٠٠٠ جنيه."},
	})
	wantRuleReason(t, "number", [][2]string{
		{"The government raised the minimum wage to 9,000 pounds a month.", "The government raised the minimum wage to 8,500 pounds a month."},
	})
}

// TestShortUnitsAreWholeWords checks that a unit of one or two letters is
// a unit only as a whole word, in either script: "20 سمكة" (20 fish) is no
// length, "20 سم" (20 cm) is.
func TestShortUnitsAreWholeWords(t *testing.T) {
	rs := []rune("نفقت 20 سمكة في البحيرة")
	if _, ok := lengthOf(rs, facts.Number{Start: 5, End: 7, Text: "20", Value: 20}); ok {
		t.Error("20 سمكة (fish) read as a length")
	}
	rs = []rune("ارتفع منسوب المياه 20 سم")
	if m, ok := lengthOf(rs, facts.Number{Start: 19, End: 21, Text: "20", Value: 20}); !ok || m != 0.01 {
		t.Errorf("20 سم: %v %v, want a length of 0.01 m", m, ok)
	}
}

// TestPlacesAndCraftCountNoOne checks that a number whose counted noun is
// a place or a craft counts those, not people, though an outcome word
// stands next to it: hospitals are no rival of the hospitalised, nor ships
// of the rescued, while two counts of hospitals still meet. Both by the
// archive's judge.
func TestPlacesAndCraftCountNoOne(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"The injured were taken to three hospitals in the city and in the capital.",
			"More than 120 people were in hospital on Saturday night, the health ministry said."},
		{"وشاركت في عمليات الإنقاذ سبع سفن تابعة للبحرية، ونقل الناجون إلى ميناء الغردقة.",
			"About 430 people were rescued by the navy, officials said."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Three hospitals were damaged in the strikes.", "Five hospitals were damaged in the strikes, the WHO said."},
		{"The strike affected 120 public hospitals across the country.", "وشمل الإضراب نحو 200 مستشفى في بغداد والمحافظات."},
	})
}

// TestTenfoldNamedCountsAreTwoThings checks, by the archive's judge, that
// two numbers that both name what they count, more than ten times apart
// and with no outcome in common, are no conflict (a whole and a part), nor
// are two amounts with other digits and scale words; while a count that
// names nothing, a toll of one outcome, and one amount with a scale word
// mistold still are.
func TestTenfoldNamedCountsAreTwoThings(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"The prison holds more than 3,000 inmates, a lawmaker said.",
			"Thirty-one inmates escaped through a tunnel on Sunday, security sources said."},
		{"About 120 workers were on the night shift when the blast occurred.", "Three workers are still missing, the company said."},
		{"The reform will cost 60 billion pounds a year.", "The minimum wage rises to 9 thousand pounds."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"The organisation put the number of missing at some 200.", "Fewer than ten people were still unaccounted for, according to the governor."},
		{"The quake killed 3 people, the civil defence said.", "The quake killed 35 people, the health ministry said on Tuesday."},
		{"The firm's debt reached 6 billion dinars.", "The firm's debt reached 6 million dinars."},
		{"Two of them were in critical condition, doctors said.", "Doctors said 23 were in critical condition."},
	})
}

// wantInClaimNumber is wantInClaimReason for number reasons.
func wantInClaimNumber(t *testing.T, want bool, pairs [][2]string) {
	t.Helper()
	wantInClaimReason(t, "number", want, pairs)
}

// wantInClaimReason fails t for each pair to which the archive's judge
// (inClaimReason) gives a reason of kind when want is false, or none when
// want is true.
func wantInClaimReason(t *testing.T, kind string, want bool, pairs [][2]string) {
	t.Helper()
	for _, p := range pairs {
		if r, ok := inClaimReason(p[0], p[1], kind); ok != want {
			t.Errorf("%s reason %v, want %v: %s\n  %s\n  %s", kind, ok, want, r.Detail, p[0], p[1])
		}
	}
}

// TestTrueCostIsNoPrice checks that what a good truly costs ("the real
// cost", "التكلفة الحقيقية") is no rival of the price it is sold at, while
// two true costs, and a plain cost against a true one, still meet.
func TestTrueCostIsNoPrice(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"The real cost of a 12 kg cylinder is about 140 dirhams at world prices, the minister said.",
			"The government raised the price of the butane cylinder to 55 dirhams."},
		{"وتبلغ الكلفة الحقيقية لقنينة الغاز نحو 140 درهماً بحسب صندوق المقاصة.",
			"رفعت الحكومة سعر قنينة الغاز إلى 55 درهماً ابتداء من الاثنين."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"The real cost of a 12 kg cylinder is about 140 dirhams, the minister said.",
			"وتبلغ الكلفة الحقيقية لقنينة الغاز نحو 110 دراهم بحسب صندوق المقاصة."},
		{"وتقول الحكومة إن دعم المياه يكلف الخزينة 300 مليون دينار سنويا.", "وقدر خبير الكلفة الفعلية لدعم المياه بنحو 150 مليون دينار سنويا."},
	})
}

// TestChangeByFarFromItsVerb checks that a rise told by "by" many words
// after its verb ("increase the monthly allowance paid under its support
// programme by 100 dirhams"), or after an Arabic verbal noun ("الرفع من
// مبلغ الدعم بـ100 درهم"), is the size of a change, no rival of a price.
func TestChangeByFarFromItsVerb(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"The government will also increase the monthly allowance paid under its direct cash support programme by 100 dirhams for each family.",
			"The price of the cylinder will rise to 60 dirhams on Monday."},
		{"وقررت الحكومة الرفع من مبلغ الدعم المباشر بـ100 درهم شهرياً لكل أسرة.",
			"The price of the cylinder will rise to 65 dirhams on Monday."},
	})
}

// TestDenialOfAnotherOne checks that denying further rises ("no further
// increases", "تنفي التخطيط لزيادات أخرى") does not contradict the rise
// the other statement tells, while denying the rise itself does.
func TestDenialOfAnotherOne(t *testing.T) {
	for _, p := range [][2]string{
		{"Morocco raised the price of the gas cylinder with immediate effect.", "والحكومة تنفي التخطيط لزيادات أخرى في سعر الغاز"},
		{"The government raised fuel prices on Sunday.", "The ministry denied plans for further increases in fuel prices."},
	} {
		if res := ClassifyInClaim(Prepare(p[0]), Prepare(p[1])); res.Label == Contradicts {
			t.Errorf("a denial of further rises contradicts the rise: %v\n  %s\n  %s", res.Reasons, p[0], p[1])
		}
	}
	// "No third death" denies none of the two told.
	if res := Classify("Two of the nine patients have died, the ministry said.", "متحدث باسم الوزارة: لا وفاة ثالثة في المستشفى"); res.Label == Contradicts {
		t.Errorf("no third death contradicts two deaths: %v", res.Reasons)
	}
	if res := ClassifyInClaim(Prepare("The government raised fuel prices on Sunday."), Prepare("The ministry denied any increase in fuel prices.")); res.Label != Contradicts {
		t.Errorf("a denial of the rise itself: %s, want contradicts", res.Label)
	}
}

// TestRangesAndExceededBounds checks that a figure inside a range told
// with "between" ("about 40 tonnes" against "between 30 and 45 tonnes")
// and a figure above a count that was "exceeded" ("تجاوز أربعة آلاف
// حالة" against "4100 حالة") agree, while a figure outside the range
// still conflicts.
func TestRangesAndExceededBounds(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"About 40 tonnes of dead fish have been collected from the lake's shores.", "Clean-up crews removed between 30 and 45 tonnes of dead fish from the lake's shores."},
		{"وأضاف المصدر أن عدد الحالات المشتبه بها تجاوز أربعة آلاف حالة.", "وقالت الوزارة إن عدد الحالات المشتبه بها بلغ 4100 حالة."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"About 60 tonnes of dead fish have been collected from the lake's shores.", "Clean-up crews removed between 30 and 45 tonnes of dead fish from the lake's shores."},
	})
}

// TestAmountOfAChangeAndAnUpperBound checks that "تراجع بمقدار 160 مليون
// متر مكعب" (fell by 160 million cubic metres) is a change's size, whatever
// it counts, and that "لا يتجاوز" (does not exceed) bounds its number
// rather than negating the words between: the stock a lake holds is not
// negated by it.
func TestAmountOfAChangeAndAnUpperBound(t *testing.T) {
	a := "ولا يتجاوز مخزون البحيرة حالياً ٦٠ مليون متر مكعب، بحسب أرقام المصلحة."
	b := "وأوضح أن مخزون البحيرة تراجع بمقدار 160 مليون متر مكعب عن سعتها القصوى."
	if res := ClassifyInClaim(Prepare(a), Prepare(b)); res.Label == Contradicts {
		t.Errorf("a stock bounded at 60 million against a fall of 160 million: %v", res.Reasons)
	}
	wantInClaimNumber(t, true, [][2]string{{"وأوضح أن مخزون البحيرة تراجع إلى 160 مليون متر مكعب.", a}})
}

// TestNewsNounsAcrossLanguages checks counted nouns of news that the
// lexicon now bridges: people (شخص), MPs (نواب, نائباً), engineers, fans,
// tugboats, guests and kidnappers, so that two counts of them meet.
func TestNewsNounsAcrossLanguages(t *testing.T) {
	wantInClaimNumber(t, true, [][2]string{
		{"About 200 people were on the ferry's upper deck, the company said.", "وقالت الشركة إن نحو 150 شخصاً كانوا على السطح العلوي للعبارة."},
		{"The budget passed with the votes of 71 deputies in the 138-seat chamber.", "وأقرت الموازنة بأصوات 80 نائباً في المجلس."},
		{"Iraqi forces freed eight Turkish engineers in a raid on Sunday.", "الإفراج عن ٩ مهندسين أتراك بعد مفاوضات عشائرية"},
		{"Some 40,000 fans were inside the stadium when the crush began.", "وكان نحو 60 ألف مشجع داخل الملعب لحظة التدافع."},
		{"Eight tugboats worked to free the vessel.", "ودفعت الهيئة بست قاطرات لتعويم السفينة."},
		{"About 300 guests attended the wedding, relatives said.", "وحضر حفل الزفاف نحو 500 مدعو بحسب الأقارب."},
	})
}

// TestCountPastAnInsertedPhrase checks that the verb after an inserted
// "including" phrase tells what a count counts ("Twelve people, including
// three children, died"; "لقي خمسة أشخاص، بينهم طفلان، حتفهم"), so that it meets another account's toll; and
// that a comma opening no such phrase still ends the search.
func TestCountPastAnInsertedPhrase(t *testing.T) {
	wantInClaimNumber(t, true, [][2]string{
		{"Twelve people, including three children, died in a crush at the stadium on Saturday.", "11 قتيلاً في تدافع بعد نهائي الكأس"},
		{"Forty migrants, among them eight women, drowned off the coast.", "لقي 52 مهاجراً حتفهم قبالة السواحل"},
	})
	wantInClaimNumber(t, false, [][2]string{
		{"Twelve fishing boats, the coastguard said, sank in the storm.", "غرق 15 مهاجراً قبالة السواحل"},
	})
}

// TestVagueCountTellsNoCountAgain checks that a vague count on one side
// ("عشرات الرحلات", tens of flights) does not stand for a precise count the
// other side gives ("Fourteen flights"), which then meets its rival ("ثماني
// رحلات"); and that a vague count alone is still no rival of a precise one.
func TestVagueCountTellsNoCountAgain(t *testing.T) {
	wantInClaimNumber(t, true, [][2]string{
		{"ما أدى إلى تحويل ثماني رحلات قادمة إلى مطارات مجاورة وتأخير عشرات الرحلات المغادرة.", "Fourteen flights heading to Kuwait were diverted to other Gulf airports, airport sources said."},
	})
	wantInClaimNumber(t, false, [][2]string{
		{"At least 43 people were injured in the blast, the ministry said.", "Dozens were injured in the blast, witnesses said."},
	})
}

// TestRecapturedEscapees checks that escapees caught again are counted
// apart from the guards arrested for helping them, and that two counts of
// them meet across languages.
func TestRecapturedEscapees(t *testing.T) {
	wantInClaimNumber(t, true, [][2]string{
		{"Only 12 of the escapees had been recaptured by Monday afternoon, one of the sources said.", "وأكدت الوزارة أن القوات الأمنية تمكنت من إعادة القبض على 17 منهم."},
	})
	wantInClaimNumber(t, false, [][2]string{
		{"Two guards were arrested on suspicion of helping the inmates, the sources said.", "وأكدت الوزارة أن القوات الأمنية تمكنت من إعادة القبض على 17 منهم."},
	})
}

// TestStillAmongTheMissing checks that "ما زالوا في عداد المفقودين" (are
// still among the missing) counts the missing, so that 40 meets "about 35
// are still missing", and that "ما زالوا يتلقون العلاج" (still being
// treated) is a part of the treated, no rival of their total.
func TestStillAmongTheMissing(t *testing.T) {
	wantInClaimNumber(t, true, [][2]string{
		{"وقال مسؤول جهوي إن أكثر من ٤٠ مهاجراً ما زالوا في عداد المفقودين.", "About 35 people are still missing, he said."},
		{"سلم كل طرف ٢٠ بندقية إلى المحافظ ضماناً للالتزام بالهدنة.", "Each tribe handed over 10 rifles to the mediators."},
	})
	wantInClaimNumber(t, false, [][2]string{
		{"وأضاف المصدر أن ١٢ شخصاً ما زالوا يتلقون العلاج حتى صباح الاثنين.", "Child dies, 87 hospitalised after food poisoning at wedding"},
	})
}

// TestDisplacedInArabicVerbs checks that "أسرة نزحت" (families fled their
// homes), told with the verb, counts the displaced, so that it meets
// "three thousand families have been displaced".
func TestDisplacedInArabicVerbs(t *testing.T) {
	wantInClaimNumber(t, true, [][2]string{
		{"Three thousand families have been displaced, according to the commission.", "وأضاف أن خمسة آلاف أسرة نزحت من منازلها."},
	})
}

// TestOtherOutcomeIsNoRepeat checks that a count of one outcome is not
// taken as told again by a count of another ("at least 14 dead" against
// "killed 11 people and injured 43": the 43 injured do not agree with the
// dead), and that two deposit rates are shares of one referent.
func TestOtherOutcomeIsNoRepeat(t *testing.T) {
	wantInClaimNumber(t, true, [][2]string{
		{"At least 14 dead in fertiliser plant blast", "An explosion at the fertiliser plant killed 11 people and injured 43 on Tuesday, the health ministry said."},
		{"The committee lifted the overnight deposit rate to 29.25% and the lending rate to 30.25%.", "The overnight deposit rate now stands at 28.75 percent, and the lending rate at 29.75 percent."},
	})
}

// TestAgeIsNoFormerValue checks that the "old" of "a seven-year-old girl"
// does not make the next count a former value ("the old rate of"), and
// that her age is no rival of another account's count.
func TestAgeIsNoFormerValue(t *testing.T) {
	a := "A seven-year-old girl died and 87 people were taken to hospital after eating at a wedding on Saturday evening."
	b := "A total of 64 people were admitted to hospital after the wedding, the director said."
	r, ok := inClaimReason(a, b, "number")
	if !ok || !strings.Contains(r.Detail, "87") {
		t.Errorf("87 taken to hospital against 64 admitted: %v, want a number reason on 87", r.Detail)
	}
}

// TestNoneIsACount checks that an outcome said to be none ("no deaths had
// been recorded", "none of our staff was hurt", "No one was killed") is a
// count of zero that meets the other side's count of that outcome, across
// languages too, and does not meet a count of something else (houses).
func TestNoneIsACount(t *testing.T) {
	wantInClaimNumber(t, true, [][2]string{
		{"وقال مصدر طبي إن ثلاثة أشخاص لقوا حتفهم غرقاً، بينهم طفلان.", "The civil defence directorate said no deaths had been recorded."},
		{"No one was killed in the blast, police said.", "Three people were killed in the blast, hospital sources said."},
	})
	wantInClaimNumber(t, false, [][2]string{
		{"No one was killed in the blast, police said.", "The blast damaged 250 houses, police said."},
	})
}

// TestNoneOfACase checks that "لم تسجل أي حالة وفاة" (no case of death
// was recorded) negates the death through "حالة", and so is a count of
// none against "floods kill two", whose reason names no empty unit.
func TestNoneOfACase(t *testing.T) {
	r, ok := inClaimReason("وأكد مدير الدفاع المدني أنه «لم تسجل أي حالة وفاة» حتى الآن.", "Iraq denies opening dam gates as floods kill two", "number")
	if !ok || strings.Contains(r.Detail, "()") {
		t.Errorf("no case of death against two killed: %q", r.Detail)
	}
}

// TestRangeTokenIsItsFirstNumber checks that the token of a range, whose
// text opens with "between" or "بين", is its first number's, which the
// rules that read a number's neighbours start from.
func TestRangeTokenIsItsFirstNumber(t *testing.T) {
	for _, text := range []string{"Crews removed between 30 and 45 tonnes of fish.", "أزالت الفرق ما بين 30 و45 طناً من الأسماك."} {
		toks := Prepare(text).toks
		ns := facts.Numbers(text)
		at := numberTokens(toks, ns)
		if len(ns) != 1 || at[0] < 0 || toks[at[0]].text != "30" {
			t.Errorf("%q: numbers %+v at %v, want one range at the token 30", text, ns, at)
		}
	}
}

// TestNoneOfTheGroupIsNoCount checks that "none of the injuries was
// life-threatening" says nothing against the count of the injured (the
// group it picks from is there), while "no injuries were reported" still
// meets a count of them.
func TestNoneOfTheGroupIsNoCount(t *testing.T) {
	a := "Passengers left the aircraft using the emergency slides, and nine of them suffered minor injuries, the Red Crescent said."
	b := "Ambulances took the injured to a hospital in Medina, the official said, adding that none of the injuries was life-threatening."
	if r := ClassifyInClaim(Prepare(a), Prepare(b)); r.Label == Contradicts {
		t.Errorf("none of the injuries: %s %v", r.Label, r.Reasons)
	}
	if r := ClassifyInClaim(Prepare("Nine passengers suffered minor injuries, the Red Crescent said."),
		Prepare("No injuries were reported among the passengers, the airline said.")); r.Label != Contradicts {
		t.Errorf("no injuries against nine: %s %v", r.Label, r.Reasons)
	}
}

// TestKidnappedAreNotArrested checks that a count of people kidnapped and
// one of people arrested (here none) are of two outcomes, while two counts
// of the kidnapped still meet.
func TestKidnappedAreNotArrested(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"Gunmen attacked the convoy, seizing three trucks and kidnapping four drivers, security sources said.",
			"Police have made no arrests so far, the local official said."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Gunmen kidnapped four drivers of the convoy, security sources said.", "Gunmen abducted six drivers of the convoy, the ministry said."},
		{"Seven customs officers were arrested on Wednesday.", "Police arrested five customs officers on Wednesday."},
	})
}

// TestReleasedAreSomeOfTheArrested checks that the release of two of those
// arrested is no rival count of the arrested (the release is a later step
// of the same story; the antonym of arrest and release stays, as the ANS
// pairs label it), while counts of the released meet counts of hostages and
// of those held.
func TestReleasedAreSomeOfTheArrested(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"توقيف سبعة موظفين في جمارك مرفأ بيروت", "قضية كبتاغون المرفأ: إخلاء سبيل موظفين اثنين"},
		{"Police arrested seven customs officers on Wednesday.", "Two of the officers were released on Thursday evening after questioning."},
	})
	// In a kidnapping or an exchange, those released are the hostages or
	// the prisoners: their counts meet.
	wantInClaimNumber(t, true, [][2]string{
		{"Kidnappers freed eight Turkish engineers on Tuesday.", "The kidnappers released six Turkish engineers on Tuesday."},
		{"Iraqi forces free eight Turkish engineers held by Islamic State remnants",
			"أفرج مساء السبت عن تسعة مهندسين أتراك كانوا مختطفين في محافظة كركوك منذ ٧٠ يوماً."},
		{"He said the lists included 15 Saudi nationals held by the Houthis.",
			"Sixteen Saudi nationals are among those to be released, a Saudi diplomatic source said."},
	})
}

// TestLiesOfAPlace checks that "lies" as the verb of where a place is
// denies nothing, while "pure lies" still does.
func TestLiesOfAPlace(t *testing.T) {
	r := ClassifyInClaim(Prepare("Clashes have broken out several times in Gedo region, where Beled Hawo lies on the border with Kenya."),
		Prepare("Many families fled across the border to Kenya, where they are staying with relatives."))
	if r.Label == Contradicts {
		t.Errorf("lies on the border: %s %v", r.Label, r.Reasons)
	}
	if s := StanceOf("He said reports of a withdrawal were “pure lies on the part of the United States”.", "US forces will withdraw"); s.Stance != Denies {
		t.Errorf("pure lies on the part of: %s", s.Stance)
	}
}

// TestAgesOfTwoPeople checks that the ages of a mother and a taxi driver
// quoted in one story are no rival figures, while two ages of a girl are.
func TestAgesOfTwoPeople(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{`"We filled every bottle we had," said Fatiha Mekki, a 52-year-old mother of four in the Es-Seddikia district.`,
			`"Nobody answers," said Yacine Bouzid, a 29-year-old taxi driver who lives on the eighth floor.`},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"A seven-year-old girl died in the fire, the civil defence said.", "An eight-year-old girl died in the fire, her family said."},
	})
}

// TestAgeIsNoCount checks that an age is no count of anything, even of
// the outcome of a count beside it: "a 24-year-old student" among those
// detained is no rival of "nine suspects" arrested.
func TestAgeIsNoCount(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"Among those detained was a 24-year-old chemistry student in Fez who is suspected of having researched explosives, the statement said.",
			"Moroccan authorities said on Thursday that nine suspects had been arrested in raids in Fez."},
		{"Among those detained was a 24-year-old chemistry student in Fez, the statement said.", "توقيف ٦ أشخاص يشتبه في انتمائهم لخلية إرهابية شمال المغرب"},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Among those detained were 24 students in Fez, the statement said.", "Moroccan authorities said that nine students had been arrested in Fez."},
	})
}

// TestNearingFromUnder checks that "nearly 30" is met by 27 (a tenth
// under it), as "about 30" is not, and that a value above it still
// conflicts.
func TestNearingFromUnder(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"Ammonia leak at the fish plant sends 27 workers to hospital", "A worker died and nearly 30 of his colleagues were admitted to hospital after the ammonia leak."},
		{"Almost 7,000 workers are still sitting in the courtyards, a strike leader said.", "وكان 6500 عامل قد امتنعوا عن العمل داخل عنابر الغزل."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Ammonia leak at the fish plant sends 27 workers to hospital", "A worker died and about 30 of his colleagues were admitted to hospital after the ammonia leak."},
		{"Ammonia leak at the fish plant sends 36 workers to hospital", "A worker died and nearly 30 of his colleagues were admitted to hospital after the ammonia leak."},
	})
}

// TestArabicAmountWithAnd checks that "مليوناً و860 ألف ناخب" (1.86
// million voters) meets "تجاوز مليوناً و800 ألف ناخب" (over 1.8 million),
// rather than 860,000 against 800,000, and that a lower figure still
// conflicts.
func TestArabicAmountWithAnd(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"وقال رئيس اللجنة إن عدد الناخبين المسجلين بلغ مليوناً و860 ألف ناخب.", "وأوضحت اللجنة أن عدد المسجلين على اللائحة الانتخابية تجاوز مليوناً و800 ألف ناخب."},
		{"Tunisian lawmakers voted to let the central bank extend an exceptional 5.5-billion-dinar loan to the treasury.", "تونس: ٥٫٥ مليار دينار من البنك المركزي لسد عجز الميزانية"},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"وقال رئيس اللجنة إن عدد الناخبين المسجلين بلغ مليوناً و500 ألف ناخب.", "وأوضحت اللجنة أن عدد المسجلين على اللائحة الانتخابية تجاوز مليوناً و800 ألف ناخب."},
		{"Tunisian lawmakers voted to let the central bank extend an exceptional 5.5-billion-dinar loan to the treasury.", "تونس: ٧ مليارات دينار من البنك المركزي لسد عجز الميزانية"},
	})
}

// TestAboardAgainstInjured checks that those aboard a plane are no rival
// count of the passengers injured, however the injured are told ("أصيب
// خلالها ٩ ركاب": the verb before the passengers), while two counts of
// those aboard still meet.
func TestAboardAgainstInjured(t *testing.T) {
	injured := "أعلن مكتب التحقيق فتح تحقيق في حادثة الهبوط الاضطراري، أصيب خلالها ٩ ركاب أثناء إخلاء الطائرة."
	wantInClaimNumber(t, false, [][2]string{
		{"وقالت الشركة إن الطائرة كان على متنها 164 راكباً، وهبطت بسلام عند الساعة الثالثة عصراً.", injured},
		{"Flight RM 415, carrying 164 passengers and seven crew, landed safely at about 3:15 pm, the airline said.", injured},
		{"The Boeing 737-800 carrying 148 passengers touched down shortly before 5 pm, the airline said.", injured},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"The plane was carrying 164 passengers, the airline said.", "وقالت الشركة إن الطائرة كانت تقل 148 راكباً."},
		{"أصيب ٩ ركاب أثناء إخلاء الطائرة.", "Three passengers were injured while leaving the plane."},
	})
}

// TestNotASingleOne checks that the "one" of "not a single soldier has
// withdrawn" (جندي واحد under a negation) is no count.
func TestNotASingleOne(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"وقال ورسمي: «قواتنا باقية في مواقعها، ولم ينسحب جندي واحد».", "The two sides agreed to withdraw federal troops within 45 days, three officials told Horn Wire."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"وقتل جندي واحد في الاشتباكات.", "Three soldiers were killed in the clashes."},
	})
}

// TestConvoySizeIsAWhole checks that the size of a convoy is the whole the
// trucks seized from it are part of, while two sizes of it still meet.
func TestConvoySizeIsAWhole(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"The attackers seized three trucks loaded with flour and drove them into the desert, the official said.",
			"Gunmen opened fire on the convoy of 14 trucks on the road between Palmyra and Deir ez-Zor, the ministry said."},
		{"قتل سائقان اثنان فجر الجمعة في هجوم على قافلة مساعدات إنسانية مؤلفة من ٢٠ شاحنة على طريق تدمر.",
			"The attackers seized three trucks loaded with flour, the official said."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Gunmen opened fire on a convoy of 14 trucks, the ministry said.", "قافلة مساعدات مؤلفة من ٢٠ شاحنة تعرضت لهجوم."},
	})
}

// TestNoneAmongTheDead checks that "there were no children among the
// dead" is no conflict with the toll: neither a count of none of the dead
// nor a negation of them.
func TestNoneAmongTheDead(t *testing.T) {
	a := "وفي حين تحدثت تقارير عن وجود أطفال بين الضحايا، أكد مصدر طبي أنه لم يكن بين الضحايا أطفال، وأن جميع القتلى من الرجال."
	b := "وبلغت حصيلة الضحايا سبعة عشر قتيلاً، معظمهم من العاملين في السوق."
	if r := ClassifyInClaim(Prepare(a), Prepare(b)); r.Label == Contradicts {
		t.Errorf("no children among the dead against a toll: %s %v", r.Label, r.Reasons)
	}
}

// TestCrewAndCapacityAreNotPassengers checks that a ferry's crew and what
// it is licensed to carry are no rival counts of the passengers it
// carried, that what a dam can hold and what it was designed to hold still
// meet, and that a trawler's fishermen meet its crew.
func TestCrewAndCapacityAreNotPassengers(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"The ferry was carrying 412 passengers and 38 crew members, according to its operator.",
			"وكانت العبارة تحمل على متنها طاقماً من 38 بحاراً، وهي مرخصة لنقل 600 راكب."},
		{"The ferry was carrying 412 passengers, according to its operator.", "وكانت العبارة تحمل على متنها طاقماً من 45 بحاراً."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"The dam was designed to hold about 25 million cubic metres of water.", "The reservoir, which can hold some 40 million cubic metres, was full."},
		{"A Tunisian fishing trawler with fourteen crew aboard sank after being struck by a merchant vessel.", "The trawler, carrying a dozen fishermen, capsized on Tuesday in heavy seas."},
		{"The ferry was carrying 412 passengers, according to its operator.", "وكانت العبارة تحمل على متنها 450 راكباً."},
	})
}

// TestPartsOfABudget checks that a budget's capital spending is no rival of
// its total spending, and a deficit in percent of GDP none of the public
// debt in percent of GDP, while two totals and two deficits still meet.
func TestPartsOfABudget(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"وتبلغ النفقات الإجمالية في الموازنة 12.9 مليار دينار، فيما يقدر العجز بنحو 2.2 مليار دينار.",
			"وخصصت الموازنة ١٫٩ مليار دينار للنفقات الرأسمالية، تذهب في معظمها إلى مشاريع المياه."},
		{"Capital spending is set at 1.6 billion dinars, with priority given to water projects.",
			"The budget foresees total spending of 13.4 billion dinars."},
		{"وتبلغ النفقات العامة ١٣٫٤ مليار دينار، فيما يصل العجز بعد المنح إلى ٦٫١٪ من الناتج المحلي الإجمالي.",
			"ويتجاوز الدين العام 110% من الناتج المحلي الإجمالي، بحسب بيانات وزارة المالية."},
		{"Exports reached 20.5 billion dollars in the first half.", "Imports rose to 18.2 billion dollars in the first half."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"The budget foresees total spending of 13.4 billion dinars.", "Jordan's parliament passes 12.9 billion dinar budget, with total spending of 12.9 billion dinars."},
		{"The budget foresees a deficit of 2.6 billion dinars after grants, equivalent to 6.1 percent of GDP.",
			"Jordan's budget clears parliament with deficit at 5.2% of GDP"},
	})
}

// TestPremiumIsNoPriceChange checks that the premium a buyer offers over a
// share's price ("an 18 percent premium", "بعلاوة نسبتها 18%") is no rival
// of the share's rise on the day.
func TestPremiumIsNoPriceChange(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"Sitra shareholders will receive 0.62 new shares for each share, an 18 percent premium to the closing price.",
			"Sitra's shares rose 9.8 percent on Tuesday, the biggest gain on the bourse."},
		{"When trading resumed, the stock rose sharply, closing 9.8 percent higher.",
			"وبموجب الاتفاقية، يحصل مساهمو بنك سترة على 0.58 سهم عن كل سهم، بعلاوة نسبتها 18% على سعر الإغلاق السابق للإعلان."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"The offer values the bank at an 18 percent premium to its closing price.", "وبحسب البيان، يحصل المساهمون على علاوة تبلغ ٢٥٪ على سعر إغلاق السهم."},
	})
}

// TestChangeByAboutIsAChange checks that a change told with ب glued to its
// approximator ("رفعت سعر القنينة بنحو 10 دراهم") is a change, no rival of
// the price it comes to.
func TestChangeByAboutIsAChange(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"رفعت الحكومة سعر قنينة الغاز بنحو 10 دراهم.", "وأصبح سعر قنينة الغاز 60 درهما."},
	})
}

// TestSuspectedAreNotConfirmed checks that a count of suspected cases is
// no rival of a count of confirmed ones, while two counts of confirmed
// cases still meet.
func TestSuspectedAreNotConfirmed(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"The ministry had also recorded some 400 suspected cases of acute watery diarrhoea since the first cases appeared.",
			"Nine people have died of cholera in Basra and 137 cases have been confirmed in laboratory tests, the health directorate said."},
		{"وقال المتحدث إن الفرق الصحية رصدت نحو أربعمئة حالة اشتباه بالكوليرا.", "The ministry said 42 cases of cholera had been confirmed by laboratory tests."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"The ministry said 42 cases of cholera had been confirmed by laboratory tests.",
			"Nine people have died of cholera in Basra and 137 cases have been confirmed in laboratory tests, the health directorate said."},
	})
}

// TestRatioToGDPIsNoRise checks that a wage bill told in percent of GDP is
// no rival of a pay rise in percent.
func TestRatioToGDPIsNoRise(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"The education ministry has offered a 5 percent pay rise, which the coordination rejected.",
			"The wage bill is already the largest item of public expenditure, at around 12 percent of gross domestic product."},
	})
}

// TestWhatAWardHeld checks that the patients a ward held ("تضم ٢٠ مريضاً")
// are no rival count of those who died in it, and that the patients the
// civil defence evacuated ("أخلت نحو ١٢٠ مريضاً") are the displaced, no
// rival of those in the ward.
func TestWhatAWardHeld(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"The explosion of an oxygen tank in the intensive care unit killed nine patients and injured 22 others.",
			"وبحسب البيان، كانت وحدة العناية المركزة تضم ٢٠ مريضاً عند اندلاع الحريق."},
		{"The blast tore through the ICU, where 16 patients were being treated at the time, the spokesman said.",
			"وأضاف العمري أن فرق الدفاع المدني أخلت نحو ١٢٠ مريضاً من المستشفى."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"More than 200 patients were evacuated to other hospitals in the city during the night.", "وأضاف العمري أن فرق الدفاع المدني أخلت نحو ١٢٠ مريضاً من المستشفى."},
	})
}

// TestIncreaseOnTheCurrent checks that the level a rise is made on ("a 14
// percent increase on the current 7,000 pounds") is the value before it, no
// rival of the new level.
func TestIncreaseOnTheCurrent(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"Egypt raises public-sector minimum wage to 8,500 pounds from July",
			"The new minimum, a 14 percent increase on the current 7,000 pounds, will take effect on July 1."},
	})
}

// TestVotesOfTwoCandidates checks that the votes two candidates won are no
// rival counts, nor the votes a win needs, nor the seats of the chamber,
// while two counts of one candidate's votes meet, across the scripts too.
func TestVotesOfTwoCandidates(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"Lawmaker Thamer al-Dulaimi, backed by the largest Sunni bloc, won 137 votes, the tally showed.", "Ziad al-Hadithi came second with 74 votes."},
		{"His closest rival, Ziad al-Hadithi, received 74 votes, and twelve ballots were declared invalid.",
			"Thamer al-Dulaimi led the first round with 139 votes, according to two lawmakers who were present in the hall."},
		{"Lawmaker Thamer al-Dulaimi won 137 votes, short of the 165 needed in the 329-seat chamber.",
			"ويتطلب الفوز بالمنصب الحصول على ١٦٥ صوتاً، أي الأغلبية المطلقة لعدد أعضاء المجلس البالغ ٣٢٩ نائباً."},
		{"A total of 228 lawmakers attended the session.", "A candidate needs an absolute majority of 165 votes in the 329-seat house to win outright."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"وحصل النائب ثامر الدليمي على ١٣٧ صوتاً، مقابل ٧٤ صوتاً لمنافسه زياد الحديثي.", "Thamer al-Dulaimi led the first round with 139 votes."},
		{"Lawmaker Thamer al-Dulaimi won 137 votes in the first round.", "Thamer al-Dulaimi led the first round with 139 votes."},
		{"Thamer al-Dulaimi led the first round with 139 votes, according to two lawmakers.",
			"According to the media office, Dulaimi received 137 votes in the first round against 74 for his main rival Ziad al-Hadithi."},
		{`The competing "Al-Fayhaa Rising" list took the remaining 9 seats.`,
			"وبحسب النتائج، حصدت لائحة «طرابلس أولاً» ثلاثة عشر مقعداً، فيما نالت لائحة «نهضة الفيحاء» 11 مقعداً."},
	})
}

// TestTradeSurplusIsNoExport checks that a trade surplus is no rival of
// exports, while two surpluses, one told with a decimal comma, meet.
func TestTradeSurplusIsNoExport(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"Algeria's trade surplus narrowed to $4.2 billion in the first half of the year, customs data showed on Sunday.",
			"Exports reached $22.4 billion, while imports amounted to $17.6 billion, the figures showed."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Algeria's trade surplus shrinks to $4.2 billion in first half", "الميزان التجاري: فائض بـ5,7 مليار دولار في السداسي الأول"},
	})
}

// TestSumByTheDay checks that a loss told by the day is no rival of the
// loss over all the days, while two sums by the day meet, and a "daily"
// that names a window is no rate.
func TestSumByTheDay(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"The transport ministry has estimated losses from the stoppage at about 2 million dinars a day, according to a ministry source.",
			"في المقابل، قدّر مصدر بوزارة النقل الخسائر المحتملة بنحو ٦ ملايين دينار على امتداد أيام الإضراب الثلاثة."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"The transport ministry has estimated losses from the stoppage at about 2 million dinars a day.",
			"وقدّر المسؤول الخسائر المباشرة للإضراب بثلاثة ملايين دينار يومياً."},
		{"The central bank sold $240 million at its daily currency window on Sunday.",
			"Demand at the central bank's currency window rose sharply, with sales reaching $310 million on Sunday."},
	})
}

// TestRangeOfManyTerms checks that a range many values spread over ("the
// others received terms ranging from one to two years", "تراوحت الأحكام
// ... بين سنة وسنتين") is no rival of one defendant's term, while two such
// ranges, and a plain range against one length, still meet.
func TestRangeOfManyTerms(t *testing.T) {
	wantInClaimReason(t, "date", false, [][2]string{
		{"The court acquitted two defendants and handed the remaining accused prison terms ranging from one to two years, some of them suspended.",
			"وشمل الحكم موثّقاً متهماً بتوثيق عقود بيع شقق سبق بيعها لمشترين آخرين، إذ قضت المحكمة بسجنه أربع سنوات."},
		{"وبرّأت المحكمة متهمَين اثنين، في حين تراوحت الأحكام الصادرة في حق باقي المتهمين بين سنة وسنتين.",
			"A Moroccan court sentenced property developer Abdelilah Cherkaoui to eight years in prison."},
	})
	wantInClaimReason(t, "date", true, [][2]string{
		{"The court handed the remaining accused prison terms ranging from one to two years.",
			"The court handed the remaining accused prison terms ranging from three to five years."},
		{"The truce will last between 30 and 45 days, the mediators said.", "The two tribes agreed a 90-day truce, the mediators said."},
	})
}

// TestAgeIsNoLength checks that an age ("(٤١ عاماً)" after a name, "aged
// between six months and 10 years") is no rival of a length of time, while
// two ages of one person still meet.
func TestAgeIsNoLength(t *testing.T) {
	wantInClaimReason(t, "date", false, [][2]string{
		{"وروى أحد الناجين، ويدعى عبد الرحيم محمود (٤١ عاماً)، أنه استيقظ على صراخ الركاب.", "وقال الناجي إنه عمل على العبارة ثلاثين عاماً."},
		{"The campaign aims to vaccinate 85,000 children aged between six months and 10 years in Sabha.",
			"Vaccination teams are working to immunise about 85,000 children, but turnout in the first two days was uneven."},
	})
	wantInClaimReason(t, "date", true, [][2]string{
		{"توفي مبتكر الشخصية عن عمر 90 عاما.", "توفي مبتكر الشخصية عن عمر 60 عاما."},
	})
}

// TestTermsOfTwoDefendants checks that the prison terms of two defendants
// ("the notary", "the two bank employees", "developer Abdelilah
// Cherkaoui") are no rival durations, while two terms of one defendant
// are, in one script and across the two.
func TestTermsOfTwoDefendants(t *testing.T) {
	for _, p := range [][2]string{
		{"The notary was sentenced to five years in prison and the two bank employees to three years each.",
			"Casablanca's court of first instance sentenced developer Abdelilah Cherkaoui to eight years in prison and fined him 500,000 dirhams."},
		{"كما أدانت الهيئة الموثق المتابع في الملف بخمس سنوات حبساً نافذاً، فيما قضت بثلاث سنوات حبساً نافذاً في حق كل واحد من موظفَي البنك المتابعَين.",
			"وأدانت هيئة الحكم المنعش العقاري عبد الإله الشرقاوي بـ8 سنوات نافذة، مع أدائه غرامة قدرها 50 مليون سنتيم."},
		// Whose aide is no defendant, and "former" names no one.
		{"Former transport minister Karim Haddad was jailed for 10 years over the port contracts.",
			"Haddad's former adviser was sentenced to six years in prison."},
		{"وأدانت المحكمة مستشاره السابق سليم العياري بست سنوات حبساً نافذاً.",
			"المحكمة تقضي بسجن وزير النقل السابق عشر سنوات"},
	} {
		if r, ok := inClaimReason(p[0], p[1], "date"); ok {
			t.Errorf("two defendants' terms: %s\n  %s\n  %s", r.Detail, p[0], p[1])
		}
	}
	for _, p := range [][2]string{
		{"A Moroccan court sentenced property developer Abdelilah Cherkaoui to eight years in prison.",
			"The court sentenced developer Abdelilah Cherkaoui to 10 years in prison."},
		{"The court sentenced the captain to 10 years in prison.", "المحكمة قضت بسجن القبطان خمس سنوات."},
	} {
		if _, ok := inClaimReason(p[0], p[1], "date"); !ok {
			t.Errorf("one defendant's two terms: no date reason\n  %s\n  %s", p[0], p[1])
		}
	}
}

// TestFromDollarsIsTheValueBefore checks that a value before a change told
// with a currency sign ("narrowed to $4.2 billion ... from $7.1 billion a
// year earlier") vouches for no new figure: "about $7 billion" still
// conflicts with the $4.2 billion.
func TestFromDollarsIsTheValueBefore(t *testing.T) {
	wantInClaimNumber(t, true, [][2]string{
		{"Algeria's trade surplus narrowed to $4.2 billion in the first half of the year from $7.1 billion a year earlier, customs data showed.",
			"Algeria's trade surplus fell to about $7 billion in the first half."},
	})
}

// TestTargetsAndOilAreNoRivals checks that a target ("targets
// non-hydrocarbon exports of $7 billion") is no rival of the result, and
// oil and gas exports none of the rest, while two figures of the rest meet.
func TestTargetsAndOilAreNoRivals(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"The government targets non-hydrocarbon exports of $7 billion for the full year.", "Non-hydrocarbon exports stood at $2.8 billion in the first half."},
		{"Sales of oil and gas accounted for about 90 percent of exports, while non-hydrocarbon exports stood at $2.8 billion.",
			"Hydrocarbon exports, including crude oil, refined products and natural gas, brought in $19.6 billion, the data showed."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Non-hydrocarbon exports stood at $2.8 billion in the first half.", "الجمارك: الصادرات خارج المحروقات تبلغ 3,5 مليار دولار في ستة أشهر"},
	})
}

// TestChargedAreNotArrested checks that those charged ("الادعاء على خمسة")
// are no rival count of those arrested, an Arabic verb that opens its
// clause giving the arrest ("أوقفت مديرية المخابرات ... سبعة موظفين"),
// while two counts of the arrested still meet.
func TestChargedAreNotArrested(t *testing.T) {
	arrested := "أوقفت مديرية المخابرات في الجيش اللبناني فجر الخميس سبعة موظفين في جمارك مرفأ بيروت."
	wantInClaimNumber(t, false, [][2]string{
		{arrested, "ادعى مفوض الحكومة لدى المحكمة العسكرية يوم الخميس على خمسة موظفين في جمارك مرفأ بيروت."},
		{arrested, "الادعاء على خمسة موظفين في جمارك المرفأ بتهمة تسهيل تهريب الكبتاغون"},
	})
	wantInClaimNumber(t, true, [][2]string{
		{arrested, "وكانت شعبة المعلومات في قوى الأمن الداخلي قد أوقفت الموظفين الخمسة في جمارك مرفأ بيروت."},
	})
}

// TestSomeAmongTheDead checks that a count told as some of the dead past
// its noun and verb ("Two Sudanese labourers were among the dead") is no
// rival of the toll, while two such counts of one noun, and a count of
// nationals among those freed against the count of them in Arabic, still
// meet.
func TestSomeAmongTheDead(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"Two Sudanese labourers were among the dead, a hospital official said.", "The toll rose to 17 dead on Sunday."},
		{"Three young women were among those killed, according to relatives.", "The toll rose to 17 dead on Sunday."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Two Sudanese labourers were among the dead, a hospital official said.", "Four Sudanese labourers were among the dead, the embassy said."},
		{"Twelve Egyptian nationals are among those to be freed, a diplomat said.", "وقالت الخارجية في بيان إن الصفقة تشمل ١٤ مواطناً مصرياً كانوا محتجزين لدى الجماعة."},
	})
}

// TestNewCasesAreAdded checks that the deaths or cases a day adds ("four
// new deaths", "بثلاث حالات جديدة") are no rival of a toll, which the
// toll they bring it to still is, and that "new shares" are shares.
func TestNewCasesAreAdded(t *testing.T) {
	for _, p := range [][3]string{
		{"The toll rose by four new deaths to 19, the health ministry said.", "The health ministry said 15 people had died.", "19"},
		{"ارتفع عدد الوفيات بأربع حالات جديدة ليصل إلى ١٩ حالة بحسب وزارة الصحة.", "وقالت وزارة الصحة إن ١٥ شخصاً توفوا حتى الآن.", "١٩"},
	} {
		r, ok := inClaimReason(p[0], p[1], "number")
		if !ok || r.A != p[2] {
			t.Errorf("want the toll %s against the other toll, got %v %q\n  %s\n  %s", p[2], ok, r.Detail, p[0], p[1])
		}
	}
	wantInClaimNumber(t, false, [][2]string{
		{"The ministry recorded 5 new deaths on Monday.", "The ministry said 15 people had died since the outbreak began."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Shareholders will receive 0.62 new shares for each share they hold, the statement said.", "Shareholders would receive 0.58 shares for every share they own."},
	})
}

// TestHeightIsNoLength checks that a height ("على ارتفاع نحو 310 أمتار",
// "310 metres above sea level") is no rival of a length ("على مسافة ١٢٤٠
// متراً"), while two heights still meet.
func TestHeightIsNoLength(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"ويمتد خط القطار المعلق على مسافة ١٢٤٠ متراً فوق الوادي، وقد افتُتح عام ١٩٧٢، ويعد من أبرز معالم المنطقة السياحية.",
			"ويعود إنشاء القطار المعلق إلى عام 1972، وتقع محطته العليا على ارتفاع نحو 310 أمتار عن سطح البحر، ويقصدها آلاف الزوار."},
		{"The cable car line runs for 1,240 metres above the valley and opened in 1972.",
			"Its upper station stands 310 metres above sea level and draws thousands of visitors."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"The upper station stands 310 metres above sea level.", "The upper station stands at an altitude of 420 metres."},
	})
}

// TestHowFarAThingFellIsAHeight checks that the length a thing fell ("fell
// more than 15 metres") meets the height it fell from ("سقطت العربة من
// ارتفاع يقارب ستة أمتار"), while it is still no rival of a length along
// the ground.
func TestHowFarAThingFellIsAHeight(t *testing.T) {
	wantInClaimNumber(t, true, [][2]string{
		{"It fell more than 15 metres, witnesses said.", "وبحسب البيان، سقطت العربة من ارتفاع يقارب ستة أمتار."},
		{"The gondola plunged 15 metres to the ground.", "The gondola fell from a height of about six metres."},
	})
	wantInClaimNumber(t, false, [][2]string{
		{"The gondola fell 15 metres to the ground.", "The cable car line runs for 1,240 metres above the valley."},
	})
}

// TestSpeedIsNoDistance checks that a speed ("150 kilometres per hour",
// "١٢٠ كيلومتراً في الساعة", "150 km/h") is no rival of a distance ("70
// kilometres east of Salalah"), nor a gust of the sustained speed, while
// two speeds still meet.
func TestSpeedIsNoDistance(t *testing.T) {
	landfall := "The storm made landfall on Tuesday near the coastal town of Mirbat, about 70 kilometres east of Salalah."
	wantInClaimNumber(t, false, [][2]string{
		{landfall, "Its sustained winds reached 150 kilometres per hour at landfall, according to the meteorology department."},
		{landfall, "وبلغت سرعة الرياح نحو ١٢٠ كيلومتراً عند وصول العاصفة إلى الساحل قرب مرباط، بحسب خبراء."},
		// A gust is no rival of the sustained speed.
		{"Its sustained winds reached 150 kilometres per hour at landfall.", "Gusts exceeding 170 kilometres per hour were recorded on the coast of Sadah."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Its sustained winds reached 150 km/h at landfall.", "وبلغت سرعة الرياح المستمرة عند وصوله إلى الساحل نحو ١٢٠ كيلومتراً في الساعة، بحسب خبراء."},
		{"The storm made landfall about 70 kilometres east of Salalah.", "The storm made landfall about 40 kilometres east of Salalah."},
	})
}

// TestMinistersInBothLanguages checks that ministers counted in Arabic, in
// the broken plural or the accusative singular, are the ministers counted
// in English, and in Arabic the other way.
func TestMinistersInBothLanguages(t *testing.T) {
	wantInClaimNumber(t, true, [][2]string{
		{"Eleven new ministers join Rawashdeh government in reshuffle", "تعديل وزاري على حكومة الرواشدة يشمل تسعة وزراء جدد"},
		{"ودخل الحكومة بموجب التعديل 9 وزراء جدد.", "شمل التعديل الوزاري الذي أجراه رئيس الوزراء أحد عشر وزيرا جديدا."},
	})
}

// TestLengthOfANamedThing checks that a length joined to its noun by "of",
// "من" or "لمدة" measures that noun: ten-hour shifts are no rival of a
// 48-hour strike, while a strike "لمدة 72 ساعة" is.
func TestLengthOfANamedThing(t *testing.T) {
	wantInClaimReason(t, "date", false, [][2]string{
		{"The union has called a 48-hour strike, its secretary general told reporters.",
			"وأكد الكاتب العام للنقابة أن الإضراب جاء رفضاً لجدول عمل جديد يفرض على السائقين نوبات من عشر ساعات."},
		{"The union has called a 48-hour strike.", "The new rota imposes shifts of ten hours on the drivers."},
	})
	wantInClaimReason(t, "date", true, [][2]string{
		{"The union has called a 48-hour strike.", "ودعت النقابة الديمقراطية لعمال النقل الحضري إلى إضراب لمدة 72 ساعة."},
		{"ودعت النقابة إلى إضراب لمدة 48 ساعة.", "ودعت النقابة إلى إضراب لمدة 72 ساعة."},
		{"ويسري الرسم المؤقت لمدة ستة أشهر لحين انتهاء التحقيق.", "ويسري الرسم لمدة أربعة أشهر."},
	})
}

// TestEvictedAndHeldCounts checks that those evicted, removed to shelters
// or held by a gunman are counted by their outcome across the two
// languages ("4,000 people had been removed" is not, by itself, one).
func TestEvictedAndHeldCounts(t *testing.T) {
	wantInClaimNumber(t, true, [][2]string{
		{"The Migrants' Rights Network condemns the forced eviction of more than 7,000 people from the olive groves.", "وبلغ عدد الذين تم إجلاؤهم نحو 4000 شخص، وفق البلاغ."},
		{"More than 12,000 people were moved to shelters in schools and sports halls across Dhofar, the committee said.",
			"About 4,000 people were moved to shelters set up in schools across Dhofar, according to the governorate."},
		{"He held twelve people inside, bank employees and customers, and demanded his money.", "احتجز مودع مسلح سبعة أشخاص داخل فرع المصرف يوم الثلاثاء."},
	})
}

// TestVotesAttendanceAndSignatures checks that the members of a body who
// voted for a motion, those present and those who signed a request are
// three counts, no rivals of each other in either language, while two
// counts of those who voted for it are; and that "13 of the council's 18
// members" gives the council's size, no rival of those who voted.
func TestVotesAttendanceAndSignatures(t *testing.T) {
	voted := "A total of 183 lawmakers voted in favour of the motion, the speaker's office said in a statement."
	wantInClaimNumber(t, false, [][2]string{
		{voted, "The speaker's office said 238 lawmakers had registered their attendance at the start of the sitting."},
		{voted, "وأوضح البيان أن عدد النواب الحاضرين لحظة التصويت بلغ ٢٢٦ نائباً من أصل ٣٢٩."},
		{voted, "MP Ahmed al-Duri later collected signatures from 58 lawmakers to put the motion on the agenda."},
		{"Thirteen of the council's 18 members voted in favour of the motion.", "وقال رئيس المجلس إن 13 عضواً من أصل 18 صوّتوا لصالح الإقالة."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{voted, "سحب مجلس النواب الثقة من الوزير بعد تصويت حظي بتأييد 176 نائباً."},
		{"وأوضح البيان أن عدد النواب الحاضرين لحظة التصويت بلغ ٢٢٦ نائباً.", "وبلغ عدد الحاضرين 241 نائباً، بحسب سجلات الحضور."},
		{"Thirteen of the council's 18 members voted in favour of the motion.", "ونال طلب الإقالة تأييد 11 عضواً فقط من أصل 18."},
	})
}

// TestInmatesChargedMovedAndAnimalsDead checks that inmates referred to
// the courts or transferred are no rival count of those killed, nor of each
// other, while those moved to shelters are those displaced; and that
// animals that died ("نفوق") are a toll, no rival of those aboard.
func TestInmatesChargedMovedAndAnimalsDead(t *testing.T) {
	killed := "Three inmates were killed and several others wounded in a riot at the central prison in Nouadhibou."
	wantInClaimNumber(t, false, [][2]string{
		{killed, "أحداث سجن نواذيبو: إحالة 22 سجيناً إلى القضاء وغموض حول مصير الجرحى"},
		{"Authorities transferred 35 inmates considered ringleaders to Dar Naim prison on Sunday.", "Nouadhibou prison riot: 17 inmates charged as families demand answers"},
		{"The Togo-flagged Nour Al Sahel was carrying 14,000 sheep for a Jordanian importer.", "أعلنت وزارة الزراعة نفوق نحو ١٨٠٠ رأس من الأغنام على متن الباخرة."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"More than 12,000 people were moved to shelters across Dhofar, the committee said.", "وبحسب مصادر محلية، نُقل نحو أربعة آلاف شخص إلى مراكز الإيواء."},
		{"About 1,800 sheep died on board, the ministry said.", "وأكد المرصد نفوق أكثر من 5 آلاف رأس من الأغنام على متن الباخرة."},
	})
}

// TestNumbersOfNamesAndSources checks that digits in a name ("told
// Maghreb 24 that") count nothing, and that sources "reached by telephone"
// are who told the statement, no count of the event; a count after a name
// that does count ("In Tokar, 43 people died") still does.
func TestNumbersOfNamesAndSources(t *testing.T) {
	four := "Four inmates died during unrest at the central prison in Nouadhibou."
	wantInClaimNumber(t, false, [][2]string{
		{four, "A resident of a house overlooking the courtyard told Maghreb 24 that guards had fired live ammunition."},
		{four, "Two inmates reached by telephone and a resident of a house overlooking the courtyard told the channel that guards had fired."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{four, "Six inmates died during unrest at the central prison in Nouadhibou, France 24 reported."},
	})
}

// TestCountsOfAGroupAndOfTheCountry checks that a count among a group its
// noun does not name ("الإصابات بين الملاكات الصحية ... ٤ إصابات", four
// cases among health staff) is a part of the total of its noun, and that a
// count of the whole country ("على مستوى العراق", "nationwide") is no rival
// of one of a region ("in the province", "في المحافظة"); two totals of one
// region still are, and so are two counts among one group.
func TestCountsOfAGroupAndOfTheCountry(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"صحة ذي قار: 64 إصابة بالحمى النزفية منذ بداية العام", "ثانياً: بلغ عدد الإصابات بين الملاكات الصحية في مستشفى الرافدين التعليمي ٤ إصابات فقط."},
		{"وعلى مستوى العراق، سجلت وزارة الصحة 211 إصابة منذ بداية العام.", "فقد بلغ عدد الإصابات المؤكدة في المحافظة 97 إصابة منذ بداية العام."},
		{"Nine of the patients in the province have died, Kaabi said.", "وعلى مستوى العراق، سجلت الوزارة 27 حالة وفاة منذ بداية العام."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"صحة ذي قار: 64 إصابة بالحمى النزفية منذ بداية العام", "فقد بلغ عدد الإصابات المؤكدة في المحافظة 97 إصابة منذ بداية العام."},
		{"بلغ عدد الإصابات بين الملاكات الصحية ٧ إصابات.", "بلغ عدد الإصابات بين الملاكات الصحية ٤ إصابات فقط."},
		// "بين X وY" is between two sides, no group the count is among.
		{"اشتباكات بين الشرطة والصوفيين مما أدى لوقوع 5 ضحايا من أفراد الشرطة", "إيران: مقتل شخصين في اشتباكات عناصر الشرطة مع الصوفيين"},
	})
}

// TestApproximationToItsPlace checks that "about" spans less of a number
// told to a finer place: "about 24,500 megawatts" (to the hundred) is no
// "about 27,000", while "about 27,000" still meets "about 26,000", and
// "about 1,000" meets "about 1,040".
func TestApproximationToItsPlace(t *testing.T) {
	wantInClaimNumber(t, true, [][2]string{
		{"National production currently stands at about 24,500 megawatts, according to ministry figures.", "The ministry says it is generating about 27,000 megawatts, a record for the national grid."},
	})
	wantInClaimNumber(t, false, [][2]string{
		{"National production currently stands at about 26,000 megawatts, according to ministry figures.", "The ministry says it is generating about 27,000 megawatts, a record for the national grid."},
		{"About 1,000 workers joined the strike on Monday.", "About 1,040 workers joined the strike on Monday."},
	})
}

// TestHowFullADamIs checks that two shares of a dam's fill ("9 percent
// full", "14 percent of its capacity", "نسبة امتلاء السد ١٤ بالمئة") are
// one referent, and rivals.
func TestHowFullADamIs(t *testing.T) {
	wantInClaimNumber(t, true, [][2]string{
		{"The Nebhana dam is currently 9 percent full, according to ministry data.", "The reservoir holds about 12 million cubic metres, or 14 percent of its capacity, according to the agriculture ministry."},
		{"The Nebhana dam is currently 9 percent full, according to ministry data.", "وأفادت الوزارة بأن نسبة امتلاء السد لا تتجاوز حالياً ١٤ بالمئة من طاقة استيعابه."},
	})
}

// TestNightsAreATime checks that nights ("بعد ثلاث ليالٍ من المواجهات",
// after three nights of clashes) count a time, no one: no rival of those
// arrested.
func TestNightsAreATime(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"Sixty-one people have been arrested since Saturday night, according to lawyers.", "سبيطلة: ٦١ موقوفاً بعد ثلاث ليالٍ من المواجهات إثر وفاة بائع متجول"},
		{"Police arrested 12 people on Monday.", "The clashes went on for three nights, residents said."},
	})
}

// TestThoseWhoJoinedAProtest checks that a count of those who joined a
// protest ("Nearly 2,000 workers, many of them women, took part in the
// protest") is no rival of those dismissed, past an inserted phrase too,
// while two counts of those who took part still are.
func TestThoseWhoJoinedAProtest(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"The company said in a statement on Wednesday that 640 employees had been dismissed.",
			"Nearly 2,000 workers, many of them women in blue work coats, took part in the protest on Wednesday."},
		{"The company said 640 employees had been dismissed.", "About 300 workers marched to the governor's office on Wednesday."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Nearly 2,000 workers took part in the protest on Wednesday.", "About 300 workers took part in the protest on Wednesday."},
	})
}

// TestCabinsCountNoOne checks that cable-car cabins and houses, counted
// next to the passengers or the dead, count neither.
func TestCabinsCountNoOne(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"Civil defence teams brought down 55 passengers who were trapped for hours in the cable car, officials said.",
			"By nightfall all of them had been brought down by rescue crews, who used ropes to lower passengers from about a dozen cabins."},
		{"Civil defence teams brought down 55 passengers who were trapped for hours in the cable car, officials said.",
			"واستخدمت الفرق الحبال لإنزال الركاب من ١٤ عربة كانت معلقة على طول الخط."},
	})
}

// TestDoneByATime checks that what was done by a time ("By 9 pm all had
// been brought down", "had died by Monday evening") is no rival of when
// something happened, while two times of one event still conflict.
func TestDoneByATime(t *testing.T) {
	for _, p := range [][2]string{
		{"The line stopped shortly after 3 pm, leaving cabins dangling above the valley, a civil defence official told reporters.",
			"By 9 pm all of them had been brought down by civil defence crews, who used ropes to lower passengers from the cabins."},
		{"Doctors at the city hospital said the first patients arrived on Thursday night and that the number of cases rose sharply over the following days.",
			"Doctors at the city hospital told reporters that 12 patients had died by Monday evening, and that 50 people had been admitted."},
	} {
		if r, ok := inClaimReason(p[0], p[1], "date"); ok {
			t.Errorf("a time something was done by against the event's: %s\n  %s\n  %s", r.Detail, p[0], p[1])
		}
	}
	if _, ok := inClaimReason("The line stopped shortly after 3 pm, leaving cabins dangling above the valley, an official said.",
		"The line stopped at around 7 pm, leaving cabins dangling above the valley, witnesses said.", "date"); !ok {
		t.Error("3 pm against 7 pm for one stop: no date reason")
	}
}

// TestDurationRanges checks that the first number of a duration told as a
// range ("between 19 and 40 years", "12 to 24 hours") counts no one, and
// that two ranges with other ends conflict as durations.
func TestDurationRanges(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"Fourteen people have died and more than 60 have been hospitalised after drinking the bootleg liquor, doctors said on Monday.",
			"وأضاف أن أعمار المتوفين تتراوح بين ١٩ و٤٠ عاماً، وأن معظمهم وصلوا متأخرين إلى المستشفى خوفاً من الملاحقة."},
		{"Fourteen people have died and more than 60 have been hospitalised after drinking the bootleg liquor, doctors said on Monday.",
			"Toxicologists say treatment works best roughly 12 to 24 hours after drinking, and that patients who arrive later suffer lasting damage."},
	})
	if _, ok := inClaimReason("The remaining defendants received prison terms of between five and 10 years, the source said.",
		"Other defendants received between three and 10 years.", "date"); !ok {
		t.Error("between five and 10 years against between three and 10 years: no date reason")
	}
	if r, ok := inClaimReason("The remaining defendants received prison terms of between five and 10 years, the source said.",
		"Other defendants received seven years.", "date"); ok {
		t.Errorf("seven years within five to 10 years: %s", r.Detail)
	}
}

// TestDebtsExceed checks that "exceed" bounds a number from below: "debts
// exceed two billion dinars" is no rival of 2.4 billion, but is one of 1.6
// billion.
func TestDebtsExceed(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"The utility's debts exceed two billion dinars, according to its own reports.", "The utility has accumulated debts of 2.4 billion dinars, the minister said."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"The utility's debts exceed two billion dinars, according to its own reports.", "The utility has accumulated debts of 1.6 billion dinars, the minister said."},
	})
}

// TestApposedPassengersTakeTheirVerb checks that a count of passengers
// named in an apposition ("Two passengers, an elderly man and a boy, were
// taken to hospital") takes the verb after it, and is no rival of all
// those aboard.
func TestApposedPassengersTakeTheirVerb(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"About 55 passengers were left suspended above the valley on Saturday after the cable car came to a sudden halt, officials said.",
			"Two passengers, an elderly man and a teenage boy, were taken to hospital suffering from exhaustion, the Red Cross said."},
	})
}

// TestCasesOfTheDead checks that "cases" counted after the dead in their
// clause ("ارتفاع وفيات ... إلى أربع عشرة حالة") are the dead: the same
// toll told with another noun agrees with them, and another value still
// conflicts, while a side that tells two tolls agrees with neither.
func TestCasesOfTheDead(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"١٢ وفاة و٥٠ حالة تسمم بالمشروبات المغشوشة في الزاوية", "ارتفاع وفيات المشروبات المغشوشة في الزاوية إلى اثنتي عشرة حالة"},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"١٢ وفاة و٥٠ حالة تسمم بالمشروبات المغشوشة في الزاوية", "ارتفاع وفيات المشروبات المغشوشة في الزاوية إلى تسع عشرة حالة"},
		{"“Three patients have died so far, all of them elderly,” the hospital's director told reporters.",
			"وأفاد أطباء بأن عدد الوفيات بالحمى ارتفع في المدينة إلى تسع حالات، بينما تصر الوزارة على أن عدد الوفيات لم يتجاوز ثلاث حالات."},
	})
}

// TestMoneyOfTheClauseSubject checks that an amount far from the money
// word its clause opens with ("the trade deficit widened 12 percent year
// on year in the first quarter to about $6 billion") is of that money: no
// rival of exports, still one of another deficit.
func TestMoneyOfTheClauseSubject(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"Morocco's trade deficit widened 12 percent year on year in the first quarter to about $6 billion, the data showed.",
			"Exports totalled $9.1 billion between January and March, official figures showed."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Morocco's trade deficit widened 12 percent year on year in the first quarter to about $6 billion, the data showed.",
			"The trade deficit stood at $7.5 billion in the first quarter, official figures showed."},
	})
}

// TestNonOilIsAPart checks that money of all but oil and gas ("non-oil
// exports", "الصادرات خارج المحروقات") is no rival of the total it is a
// part of, while two such amounts still meet.
func TestNonOilIsAPart(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"Non-oil exports reached $3.1 billion in the first half, customs data showed.", "Exports totalled $24 billion between January and June, customs data showed."},
		{"وبلغت الصادرات خارج المحروقات 3,1 مليار دولار في السداسي الأول.", "وبلغت قيمة الصادرات 24 مليار دولار في السداسي الأول."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Non-oil exports reached $3.1 billion in the first half, customs data showed.", "Non-oil exports stood at $4 billion in the first half, customs data showed."},
	})
}

// TestTariffRiseAgainstRumouredRise checks that a rise of a tariff told
// with the spelling "تعريفة" is the change of a price, and that "بداية من
// مارس" after a percentage says from when, not of what: the two rises
// conflict. "غرة مارس" is March 1, no rival of "from March 1".
func TestTariffRiseAgainstRumouredRise(t *testing.T) {
	a := "صدر يوم الجمعة ٢٠ فبراير أمر حكومي يقضي بالترفيع في تعريفة الكهرباء المنزلية بنسبة ١٢ بالمائة في المعدل، ابتداءً من غرة مارس."
	b := "وكانت صفحات على مواقع التواصل قد تداولت وثيقة قيل إنها مشروع أمر يتضمن زيادة بنسبة خمسة وعشرين بالمائة بداية من مارس المقبل."
	if _, ok := inClaimReason(a, b, "number"); !ok {
		t.Errorf("12 percent against 25 percent: no number reason\n  %s\n  %s", a, b)
	}
	if r, ok := inClaimReason("Households will pay 12 percent more for electricity from March 1, the decree says.", a, "date"); ok {
		t.Errorf("March 1 against غرة مارس: %s", r.Detail)
	}
}

// TestTollUntilADay checks that "حتى" dates a toll as "بحلول" does: a toll
// told until Tuesday and another told by Wednesday count one toll on two
// days.
func TestTollUntilADay(t *testing.T) {
	a := "وقالت مصادر طبية في المدينة إن ١٢ شخصاً قتلوا في الاشتباكات حتى الثلاثاء."
	b := "وقالت مصادر طبية في المدينة إن ١٩ شخصاً قتلوا في الاشتباكات بحلول الأربعاء."
	if r, ok := inClaimReason(a, b, "number"); ok {
		t.Errorf("two days' tolls: %s", r.Detail)
	}
	if _, ok := inClaimReason(a, b, "times"); !ok {
		t.Error("two days' tolls: no times reason")
	}
}

// TestDatelineWithCountry checks that a wire dateline that names the
// country after its city ("BENGHAZI, Libya, May 12 (Sahara Wire) -") dates
// the dispatch, not the event: it is no rival of the day the event began.
func TestDatelineWithCountry(t *testing.T) {
	a := "BENGHAZI, Libya, May 12 (Sahara Wire) - At least nine people have died after drinking tainted alcohol, a medical source said."
	b := "Doctors at the Benghazi Medical Centre told reporters that the first patients came in late on May 10 and that more followed over the weekend, all of them after drinking tainted alcohol."
	if r, ok := inClaimReason(a, b, "date"); ok {
		t.Errorf("a dateline's day against the event's: %s", r.Detail)
	}
	c := "BENGHAZI, Libya, May 12 (Sahara Wire) - The first patients who had drunk the alcohol arrived at the hospital on May 9, doctors said."
	if _, ok := inClaimReason(c, b, "date"); !ok {
		t.Error("May 9 against May 10 in a dispatch with a dateline: no date reason")
	}
}

// TestCompoundNumberWords checks that "Twenty-seven" is one number of its
// sentence's words: the people it counts were injured, as the other
// account's thirty-four were, so the two counts meet within a claim.
func TestCompoundNumberWords(t *testing.T) {
	a := "Twenty-seven people were injured when an amusement ride collapsed at the festival grounds on Friday night, police said."
	b := "Thirty-four people were injured in the accident, among them nine children, according to the municipality."
	if res := ClassifyInClaim(Prepare(a), Prepare(b)); res.Label != Contradicts || !hasReason(res.Reasons, "number", "Twenty-seven", "Thirty-four") {
		t.Errorf("27 injured against 34 injured: %s %v", res.Label, res.Reasons)
	}
	toks := tokenize("the twenty-first day, forty-two men and twenty-odd boats", nil, wordCache{})
	var got []string
	for _, tk := range toks {
		if tk.num.kind != numNone {
			got = append(got, fmt.Sprintf("%s=%g/%d", tk.text, tk.num.lo, tk.num.kind))
		}
	}
	want := fmt.Sprintf("twenty-first=21/%d forty-two=42/%d twenty=20/%d", numOrdinal, numCount, numCount)
	if strings.Join(got, " ") != want {
		t.Errorf("numbers %v, want %s", got, want)
	}
}

// TestCountedNounsAcrossScripts checks that a count of projects, metres
// or expatriates in English meets its rival in Arabic, the counted nouns
// being one thing in both.
func TestCountedNounsAcrossScripts(t *testing.T) {
	wantInClaimNumber(t, true, [][2]string{
		{"According to the report, 37 projects in the province have stalled, some of them for more than two years.", "وتشير بيانات ديوان الرقابة المالية إلى تلكؤ 52 مشروعاً في المحافظة، بينها مدارس ومحطات لتصفية المياه."},
		{"It ended up about 150 metres from the runway, in a sandy area next to a service road.", "وتوقفت الطائرة على بعد نحو 40 مترا من حافة المدرج، في منطقة رملية."},
		{"Some 151,000 Lebanese expatriates have registered to vote, the ministry said.", "وبلغ عدد المغتربين المسجلين للاقتراع في الخارج نحو 225 ألف مغترب."},
	})
}

// TestTollPastAQuotedName checks that a toll told before a name in
// guillemets ("عدد الأطفال الذين توفوا بعد تناولهم شراب «فيفانول» ... إلى
// 19 طفلا") counts the dead: it is no rival of the children admitted to
// hospital, and is one of another count of the dead.
func TestTollPastAQuotedName(t *testing.T) {
	dead := "ارتفع عدد الأطفال الذين توفوا في المحافظة بعد تناولهم شراب «فيفانول» الخافض للحرارة إلى 19 طفلا، بحسب مصادر طبية."
	wantInClaimNumber(t, false, [][2]string{{dead, "Since the start of the cases, 64 children have been admitted to hospitals in the province with symptoms of kidney injury."}})
	wantInClaimNumber(t, true, [][2]string{{dead, "The ministry confirmed the deaths of 11 children from complications of acute kidney injury."}})
}

// TestCountSaidToHaveRisen checks that a count its own sentence says rose
// afterwards ("a figure that rose the next day", "قبل أن ترتفع") is no rival
// of a later, higher count, while a count told plainly is.
func TestCountSaidToHaveRisen(t *testing.T) {
	later := "Thirty-four people were injured in the accident, among them nine children."
	wantInClaimNumber(t, false, [][2]string{
		{"Civil defence teams put the number of injured at 18 on Friday night, a figure that rose the next day as more people went to hospital.", later},
		{"The civil defence first counted 18 injured, before rising to a higher figure on Saturday.", later},
		{"وأحصى الدفاع المدني 18 مصابا ليل الجمعة قبل أن ترتفع الحصيلة في اليوم التالي.", later},
	})
	wantInClaimNumber(t, true, [][2]string{{"Civil defence teams put the number of injured at 18 on Friday night.", later}})
}

// TestShareOfArrivals checks that two percentages of one fall in arrivals
// are rivals within a claim, in one language and across the two.
func TestShareOfArrivals(t *testing.T) {
	a := "Arrivals from Tunisia fell by 35 percent in 2025, according to Italian Interior Ministry figures."
	for _, b := range []string{
		"The group said Italian figures showed arrivals from Tunisia had already fallen by 60 percent in 2025.",
		"وأشار المنتدى إلى أن أعداد الوافدين إلى إيطاليا من تونس تراجعت بنسبة 60% خلال عام 2025.",
	} {
		if res := ClassifyInClaim(Prepare(a), Prepare(b)); res.Label != Contradicts || !hasReason(res.Reasons, "number", "35 percent", "") {
			t.Errorf("35 percent against 60 percent fewer arrivals: %s %v", res.Label, res.Reasons)
		}
	}
}

// TestCountBeforeADeadline checks that a count told as of a day before a
// deadline ("By the Friday before the deadline, only around 640 candidates
// had registered") is no rival of the count at the close, while a count of
// all who registered before the deadline is.
func TestCountBeforeADeadline(t *testing.T) {
	closing := "By the time registration closed, 874 candidates had filed their papers, according to the ministry."
	wantInClaimNumber(t, false, [][2]string{
		{"By the Friday before the deadline, only around 640 candidates had registered, the group noted.", closing},
		{"حتى يوم الجمعة الذي سبق إقفال باب الترشح، لم يتجاوز عدد المرشحين 640 مرشحاً.", closing},
	})
	wantInClaimNumber(t, true, [][2]string{
		// The earlier sentence names a time before the deadline; the 912 is at the close.
		{"Parties rushed to file lists by the Friday before the deadline. In all, 912 candidates registered to run, according to official figures.", closing},
		{"A total of 912 candidates registered to run before the deadline expired, according to official figures.", closing},
	})
}

// TestTwoPartsOfAGroup checks that two parts of one group said to be two
// things ("Nine of the injured were children", "Seven of the injured were
// still being treated") are no rivals, while two parts said to be one
// thing are.
func TestTwoPartsOfAGroup(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{{"Nine of the injured were children.", "Seven of the injured were still being treated at the hospital on Sunday."}})
	wantInClaimNumber(t, true, [][2]string{{"Four of the injured were still being treated at the hospital on Sunday.", "Seven of the injured were still being treated at the hospital on Sunday."}})
}

// TestOnBoard checks that "people were on board" counts those aboard, as
// "riders on board" and "تقل ٤٠ راكبا" do.
func TestOnBoard(t *testing.T) {
	a := "Thirty-two people were on board at the time, according to the statement."
	for _, b := range []string{
		"There were 40 riders on board when the accident happened, according to the municipality.",
		"وقال أحد العاملين إن العربة كانت تقل ٤٠ راكبا لحظة سقوطها.",
	} {
		if res := ClassifyInClaim(Prepare(a), Prepare(b)); res.Label != Contradicts || !hasReason(res.Reasons, "number", "Thirty-two", "") {
			t.Errorf("32 aboard against 40 aboard: %s %v", res.Label, res.Reasons)
		}
	}
}

// TestSmallPartAddsUpExactly checks that "148 passengers and six crew
// members" is no rival of "154 people on board", which they add up to,
// while 148 against 160 still is.
func TestSmallPartAddsUpExactly(t *testing.T) {
	a := "It was carrying 148 passengers and six crew members."
	wantInClaimNumber(t, false, [][2]string{{a, "There were 154 people on board, including six crew members."}})
	wantInClaimNumber(t, true, [][2]string{{a, "There were 160 people on board, including six crew members."}})
}

// TestLastSeasonsFigure checks that last season's figure ("Last season,
// farmers received about 20 dinars per kilogram", "صابة الموسم الماضي")
// is no rival of this season's, while two figures of this season are.
func TestLastSeasonsFigure(t *testing.T) {
	now := "In Sfax, mills are now paying farmers around 10 dinars per kilogram of oil."
	wantInClaimNumber(t, false, [][2]string{
		{"Last season, farmers received an average of about 20 dinars per kilogram.", now},
		{"وكان سعر الكيلوغرام قد بلغ 20 دينارا في الموسم الماضي.", now},
	})
	wantInClaimNumber(t, true, [][2]string{{"This season, farmers receive an average of about 20 dinars per kilogram.", now}})
}

// TestOneRegionAgainstTheCountry checks that a share told of one region
// ("In Akkar, about 80 percent of stations were shut") is no rival of the
// country's ("about 60 percent of stations across the country"), while two
// shares of the country are.
func TestOneRegionAgainstTheCountry(t *testing.T) {
	country := "About 60 percent of stations across the country were closed on Friday, according to the syndicate."
	wantInClaimNumber(t, false, [][2]string{{"In Akkar, about 80 percent of stations were shut on Friday, the correspondent reported.", country}})
	wantInClaimNumber(t, true, [][2]string{{"About 80 percent of stations were shut nationwide on Friday, the correspondent reported.", country}})
}

// TestArabicDateline checks that an Arabic wire dateline ("صلالة، 16 أغسطس
// (وكالة الخليج للأنباء) -") dates the dispatch, not the event, while a
// date inside the report still counts.
func TestArabicDateline(t *testing.T) {
	d := "The first patients came in late on May 10, doctors said."
	wantInClaimReason(t, "date", false, [][2]string{
		{"صلالة، 16 أغسطس (وكالة الخليج للأنباء) - أعلنت الشرطة أن 27 شخصا أصيبوا في حادث سقوط عربة لعبة في ساحة المهرجان مساء يوم الجمعة.",
			"The ride had passed a full safety inspection before the festival opened in June, the municipality said."},
		// An Arabic dateline with a country against the event's day.
		{"بنغازي، ليبيا، 12 مايو (رويترز) - قال الأطباء إن المرضى وصلوا تباعا.", d},
	})
	wantInClaimReason(t, "date", true, [][2]string{{"بنغازي، ليبيا، 12 مايو (رويترز) - وصل أول المرضى إلى المستشفى في التاسع من مايو، بحسب الأطباء.", d}})
	// Not a dateline: a sentence whose first clause ends on a date.
	e := "قال المتحدث باسم الوزارة، الذي تحدث في 16 أغسطس (آب) - إن الحادث وقع في يونيو."
	if ds, _ := withoutDateline(e, facts.Extract(e).Dates); len(ds) == 0 || ds[0].Day != 16 {
		t.Errorf("a date after a long clause is taken for a dateline: %+v", ds)
	}
}

// TestDatelineWithAnEmDash checks that a dateline set off by an em dash
// ("EL AMRA, Tunisia, April 19 —") dates the dispatch, as one set off by a
// hyphen or an agency's name does.
func TestDatelineWithAnEmDash(t *testing.T) {
	wantInClaimReason(t, "date", false, [][2]string{{
		"EL AMRA, Tunisia, April 19 — Security forces have dismantled the migrant camps in the olive groves, officials said on Sunday.",
		"أزالت قوات الحرس الوطني، فجر الجمعة 17 أفريل، المخيمات العشوائية التي أقامها المهاجرون في حقول الزيتون.",
	}})
	e := "EL AMRA, Tunisia, April 19 — Security forces have dismantled the camps."
	if ds, _ := withoutDateline(e, facts.Extract(e).Dates); len(ds) != 0 {
		t.Errorf("the dateline's date is kept: %+v", ds)
	}
}

// TestBudgetAndItsParts checks that a budget's total is no rival of its
// capital expenditure, while two totals meet, and that "the budget
// deficit" is a deficit.
func TestBudgetAndItsParts(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"Lawmakers approve 9.8 billion dinar budget after overnight session", "Capital expenditure is budgeted at 1.2 billion dinars, most of it for roads and schools, the finance minister said."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Lawmakers approve 9.8 billion dinar budget after overnight session", "Parliament passes 10.3 billion dinar budget for next year"},
		{"The budget deficit is projected at 2.1 billion dinars, the finance minister said.", "The finance minister put the deficit at 1.7 billion dinars."},
	})
}

// TestSidesOfAFight checks that the dead of two sides of a fight are two
// counts: the attackers soldiers killed against the soldiers attackers
// killed, in English and Arabic, while two counts of dead soldiers meet.
func TestSidesOfAFight(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"Soldiers returned fire and killed four of the militants, the army said.", "Gunmen killed seven soldiers at a checkpoint on Thursday."},
		{"وأدى رد الجنود إلى مقتل ٤ من المسلحين.", "قتل سبعة جنود في هجوم على حاجز للجيش."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Gunmen killed seven soldiers at a checkpoint on Thursday.", "Nine soldiers were killed in the attack on the checkpoint."},
	})
}

// TestCountWithItsOwnVerb checks that a count whose noun has a verb of its
// own that is no outcome ("21 patients were connected to machines") is no
// rival of a count of the dead, while two counts of those who did one
// thing meet.
func TestCountWithItsOwnVerb(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"The source said 21 patients were connected to machines during the morning shift.", "The four patients died after falling ill during the session."},
		{"كان واحد وعشرون مريضاً يخضعون لجلسات الغسيل صباح السبت.", "تحقق النيابة في وفاة أربعة مرضى عقب جلسة الغسيل."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"The source said 21 patients were connected to machines during the morning shift.", "Eighteen patients were connected to the machines that morning, a nurse said."},
	})
}

// TestCountOfSpeakers checks that a count of those who told a statement
// ("three workers and a union official told the paper") is no rival of a
// count the other statement tells, while a count of workers detained is.
func TestCountOfSpeakers(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"The strike began on Sunday, three workers and a union official told the paper.", "Police detained five workers late on Monday, a lawyer said."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Three workers were detained by police on Monday, the union said.", "Police detained five workers late on Monday, a lawyer said."},
	})
}

// TestFineEmbezzledAndOrders checks that a fine is no rival of the sum
// embezzled, nor investors' orders of the sum a bond issue raised, while
// two sums embezzled meet.
func TestFineEmbezzledAndOrders(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"The court found him guilty of embezzling 12 million dirhams earmarked for rural roads.", "He was also ordered to pay a fine of 3.2 million dirhams."},
		{"وأضافت المصادر أن طلبات المستثمرين تجاوزت 11 مليار دولار.", "أتمت الحكومة تسعير إصدار جديد من أدوات الدين بقيمة 2 مليار دولار."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"The court found him guilty of embezzling 12 million dirhams earmarked for rural roads.", "Prosecutors said he had embezzled about nine million dirhams from the commune."},
	})
}

// TestPartiesOfOneRegion checks that the seats of two parties whose names
// share a word ("Patriotic Union of Kurdistan", "Kurdistan Democratic
// Party") are two counts, while two counts of one party's seats, or of one
// person's votes named in full and by family name, meet.
func TestPartiesOfOneRegion(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"The Patriotic Union of Kurdistan came second with 23 seats, the commission said.", "The Kurdistan Democratic Party won 39 seats, according to the commission."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"The Kurdistan Democratic Party won 39 seats, the commission said.", "The Kurdistan Democratic Party took 42 seats, according to its own count."},
		{"Mohammed al-Halbousi won 12,000 votes, the commission said.", "Halbousi won 14,000 votes, his campaign said."},
	})
}

// TestBondIssueFigures checks that investors' orders are no rival of what
// a bond issue raised, nor a bond's initial price guidance of the yield it
// priced at, while two yields, and two sums of orders, meet.
func TestBondIssueFigures(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"Initial price guidance had been set at around 6.75% for the sukuk, bankers said.", "The sukuk priced at a yield of 6.25 percent, bankers said."},
		{"وبلغ الطلب على الصكوك 9 مليارات دولار.", "وأتمت الحكومة طرح صكوك بقيمة ملياري دولار."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"The sukuk priced at a yield of 6.25 percent, bankers said.", "The sukuk was priced at a yield of 6.5%, a banker said."},
		{"Orders for the sukuk topped $9 billion, bankers said.", "Orders for the sukuk reached $11 billion, the ministry said."},
	})
}

// TestCriticalAreSomeOfTheInjured checks that a count of those in a
// critical condition is no rival of a count of all the injured, while two
// counts of the injured, and two of the critically injured, meet.
func TestCriticalAreSomeOfTheInjured(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"Thirty people were injured in the pile-up, officials said.", "Four injured people in critical condition were flown to hospitals in the capital."},
		{"وأصيب ٢٥ شخصاً في الحادث، بحسب الدفاع المدني.", "ونقل 4 مصابين بحالات حرجة بالإسعاف الجوي إلى مستشفيات العاصمة."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Thirty people were injured in the pile-up, officials said.", "Twenty-five people were injured in the pile-up, the ministry said."},
		{"Four injured people in critical condition were flown to hospitals in the capital.", "Seven injured people in critical condition were airlifted to hospitals in the capital, the ministry said."},
		// The dead of a fire in an intensive care unit are all its dead.
		{"Eight patients were killed in the intensive care unit fire, the civil defence said.", "At least 12 dead in hospital ICU fire"},
	})
	wantInClaimNumber(t, false, [][2]string{
		{"وأصيب ٢٥ شخصاً في الحادث، بحسب الدفاع المدني.", "وأوضح مصدر طبي أن ستة من المصابين يرقدون في العناية المركزة."},
	})
}

// TestFigureOfDeniedReports checks that a figure told by reports a
// statement denies ("dismissed social media claims that more than 15
// people had died", "نفت الوزارة الأنباء المتداولة عن وفاة ١٢ طفلاً") is no
// figure of the statement's, while the same figure told by those who
// report it is a rival of another.
func TestFigureOfDeniedReports(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"A police spokesman dismissed social media claims that more than 15 people had died.", "Seven people died in the crash, the Red Crescent said."},
		{"ونفت وزارة الصحة الأنباء المتداولة عن وفاة ١٢ طفلاً بالحصبة.", "توفي خمسة أطفال بالحصبة، بحسب المركز الوطني."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Users on social media said more than 15 people had died.", "Seven people died in the crash, the Red Crescent said."},
	})
}

// TestBatchesOfADelivery checks that a first shipment is no rival of a
// second one, in English and Arabic, while two accounts of the first meet.
func TestBatchesOfADelivery(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"A first shipment of 40,000 doses arrived on Tuesday, the ministry said.", "A second shipment of 25,000 doses is expected next week, the ministry said."},
		{"ووصلت شحنة أولى من ٤٠ ألف جرعة يوم الثلاثاء.", "ومن المنتظر وصول شحنة ثانية من ٢٥ ألف جرعة الأسبوع المقبل."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"A first shipment of 40,000 doses arrived on Tuesday, the ministry said.", "The first shipment of 60,000 doses arrived on Tuesday, UNICEF said."},
	})
}

// TestWhatWasDoneToTheLand checks that an area locusts infested, an area
// teams sprayed and the area farmed at all are three figures, while two
// accounts of the area struck meet, whatever else the sentence names
// ("الأراضي الزراعية", farmland).
func TestWhatWasDoneToTheLand(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"Locusts have infested some 15,000 hectares of farmland, officials said.", "Ground teams have sprayed 2,300 hectares so far, the ministry said."},
		{"وقال المسؤول إن الفرق رشت نحو 9 آلاف فدان بالمبيدات.", "وبلغت المساحات المصابة بالجراد 40 ألف فدان."},
		{"Wheat is grown on around 90,000 hectares in the state.", "Locusts have infested some 15,000 hectares of farmland, officials said."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Locusts have infested some 15,000 hectares of farmland, officials said.", "The swarms have infested more than 25,000 hectares, the ministry said."},
		{"Firefighters said the blaze had burned about 1,200 hectares of forest.", "وقالت الجمعية إن الحريق أتى على ٣٥٠٠ هكتار من الغابات والأراضي الزراعية."},
	})
}

// TestFormerDateAndRequestedTerm checks that a date told as the one
// planned before a change ("كان مقرراً في 15 أيلول", "instead of September
// 15") is no rival of the new date, nor a term prosecutors requested of the
// one a court handed down, while two new dates conflict.
func TestFormerDateAndRequestedTerm(t *testing.T) {
	wantInClaimReason(t, "date", false, [][2]string{
		{"Public schools will now open on October 13, the ministry said.", "وكان افتتاح المدارس الرسمية مقرراً في 15 أيلول قبل تأجيله."},
		{"Public schools will now open on October 13, the ministry said.", "The minister said schools would open in October instead of September 15."},
		{"Prosecutors had requested ten years in prison for the former mayor.", "The court sentenced the former mayor to five years in prison."},
		{"وكانت النيابة العامة قد التمست عشر سنوات سجنا في حق المتهم.", "قضت المحكمة بسجن المتهم خمس سنوات."},
	})
	wantInClaimReason(t, "date", true, [][2]string{
		{"Public schools will now open on October 13, the ministry said.", "Public schools will open on October 6, the minister said."},
	})
}

// TestValueBeforeTheEvent checks that what was so before an event ("كانت
// المحطة تنتج ١٢ ألف ميغاواط قبل دقائق من الانهيار", "had been producing
// ... before the failure") is no rival of the value after it, while two
// accounts of the value before meet.
func TestValueBeforeTheEvent(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"كانت المحطة تنتج ١٢ ألف ميغاواط قبل دقائق من الانهيار.", "وانخفض إنتاج المحطة إلى 3 آلاف ميغاواط بعد الانهيار."},
		{"The plant had been producing about 12,000 megawatts before the failure, an engineer said.", "Output fell to around 3,000 megawatts after the failure, the ministry said."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"The plant had been producing about 12,000 megawatts before the failure, an engineer said.", "كانت المحطة تنتج ١٥ ألف ميغاواط قبل دقائق من الانهيار."},
	})
}

// TestQuotaSeats checks that seats reserved for a quota are no rival of a
// party's seats, while two counts of quota seats meet.
func TestQuotaSeats(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"The remaining seats went to smaller parties and the five seats reserved for minority quotas.", "The ruling party won 39 seats, according to the election commission."},
		{"فيما ذهبت خمسة مقاعد إلى الكوتا المخصصة للأقليات.", "حصل الحزب الحاكم على 39 مقعداً، بحسب المفوضية."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"The remaining seats went to smaller parties and the five seats reserved for minority quotas.", "Eleven seats are reserved for minority quotas in the new parliament."},
	})
}

// TestClocksConflict checks times of day against each other, a time with
// no half of the day ("at 2:40") read as either half: twelve hours on, a
// time may pass midnight ("2:40" against "15:40" is an hour apart).
func TestClocksConflict(t *testing.T) {
	at := func(h, m int, twelve, approx bool) facts.Date {
		return facts.Date{Clock: h*60 + m + 1, Clock12: twelve, ClockApprox: approx}
	}
	for _, c := range []struct {
		x, y facts.Date
		want bool
	}{
		{at(2, 40, true, false), at(15, 40, false, false), true},
		{at(2, 40, true, false), at(14, 45, false, false), false},
		{at(11, 50, true, false), at(0, 5, false, false), true},
		{at(11, 58, true, false), at(0, 3, false, false), false},
		{at(23, 55, false, false), at(0, 2, false, false), false},
		{at(4, 0, false, true), at(4, 50, false, false), false},
		{at(2, 0, false, true), at(4, 0, false, true), true},
	} {
		if got := clocksConflict(c.x, c.y); got != c.want {
			t.Errorf("clocksConflict(%+v, %+v) = %v, want %v", c.x, c.y, got, c.want)
		}
	}
}

// TestCountsSetAside checks counts that are a group or a sample set aside
// from the event's own count: those left out of an operation, what was
// recovered of a theft, those a monitor interviewed, the places inspectors
// visited. None is a rival of a count with no outcome; two counts of those
// left out still meet, and money recovered is money paid back.
func TestCountsSetAside(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"Some 450 families were left off the beneficiary lists.", "A total of 2,100 families from the camp were rehoused."},
		{"وأقصيت من العملية نحو ٤٥٠ عائلة، بحسب المحتجين.", "واستفادت من العملية 2100 عائلة."},
		{"Police recovered 12 of the stolen pieces.", "Thieves stole 31 artefacts from the museum."},
		{"واسترجعت الوحدات الأمنية 12 قطعة.", "وطالت السرقة 31 قطعة أثرية."},
		{"The group interviewed 35 affected workers over three days.", "Eleven workers were treated in hospital for injuries."},
		{"Inspectors visited more than 700 shops since the start of the campaign.", "The ministry closed 215 shops in the capital."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Only 90 families were excluded from the operation, the governor said.", "وأقصيت من العملية نحو ٤٥٠ عائلة، بحسب المحتجين."},
		{"Depositors with balances of up to 50,000 dollars will recover their money in full.", "All deposits of up to 80,000 dollars will be returned in full."},
	})
}

// TestKinCountsOfTwoParents checks that a father's children and a
// mother's are two families, no rival counts, while two counts of a
// mother's children still meet.
func TestKinCountsOfTwoParents(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"وقال أحد المحتجين، وهو أب لخمسة أطفال، إنه يقيم في الحي منذ خمسة عشر عاما.", "وقالت السيدة فاطمة، وهي أم لأربعة أطفال، وهي تحمل مفاتيح بيتها الجديد."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"The victim, a mother of five, was buried on Friday.", "The victim, a mother of seven, was buried on Friday."},
	})
}

// TestWhoAClassOrASchoolHeld checks that all a class or a school held ("a
// class of 38 pupils", "وكان في القسم ٣٠ تلميذاً", "its 240 pupils") is no
// rival of those an event befell nor of a part of it, and that two sizes of
// one class still meet. Two of the pairs need the injured's outcome read
// right too: "injures" is an outcome word, and an ordinal between a count
// and its verb ("11 تلميذاً من قسم السنة السادسة أصيبوا") leaves the verb
// its own.
func TestWhoAClassOrASchoolHeld(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"The injured were in a sixth-year class of 38 pupils.", "Nine pupils were injured when the ceiling fell."},
		{"وكان في الفصل ٣٠ تلميذاً لحظة سقوط السقف.", "أصيب تسعة تلاميذ إثر سقوط سقف الفصل."},
		{"The school stayed shut, and its 240 pupils were moved to another school.", "The injured were in a sixth-year class of 38 pupils."},
		{"وكانت المدرسة تضم 60 تلميذاً.", "Gas leak at Batna school injures 12 pupils"},
		{"وقال رئيس الجمعية إن 11 تلميذاً من قسم السنة السادسة أصيبوا في الحادث.", "وكان في القسم ٣٠ تلميذاً لحظة سقوط السقف."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"The injured were in a sixth-year class of 38 pupils.", "وكان في القسم ٣٠ تلميذاً لحظة سقوط السقف."},
	})
}

// TestCriticalConditionSixWordsOn checks that a critical condition told
// six words after a count ("One girl suffered a head injury and was in
// critical condition") makes it a part of the injured, no rival of their
// total.
func TestCriticalConditionSixWordsOn(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"One girl suffered a head injury and was in critical condition on Wednesday.", "Seven pupils were injured when the ceiling fell."},
	})
}

// TestAnAreaCountsNoOne checks that an area ("1500 هكتار") takes no
// outcome from a death told after it in its sentence, so is no rival of a
// toll, while two areas still meet.
func TestAnAreaCountsNoOne(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"About 70 sheep died in the storm.", "عاصفة برد تتلف 1500 هكتار ووفاة راع بصاعقة"},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Floods damaged about 1,200 hectares of crops.", "Floods damaged about 3,000 hectares of crops."},
	})
}

// TestAloneAtTheEndOfItsClause checks that "alone" after a place that
// closes the clause, more than eight words after the count ("About 500
// hectares of olive groves were burnt in Jenin alone"), makes the count a
// part, no rival of the whole.
func TestAloneAtTheEndOfItsClause(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"About 500 hectares of olive groves were burnt in Jenin alone.", "The fire burnt about 2,000 hectares of farmland."},
	})
}

// TestDaysOfStatesAndStatements checks weekdays and dates that are not the
// event's day: a day a state went on ("continued", "dragged on"), the
// day after it ("غداة"), a day set off by commas after the
// verb of accusing that opens the sentence, and the day a body issued a
// statement ("أصدرت ... بلاغا"). Two days the event began, and a day a
// ship was "still" at anchor against the day it docked, still conflict.
func TestDaysOfStatesAndStatements(t *testing.T) {
	wantInClaimReason(t, "date", false, [][2]string{
		{"Drivers queued for hours at bakeries on Sunday as the flour shortage dragged on.", "The flour shortage that began on Thursday showed no sign of easing."},
		{"استأنف تلاميذ المدرسة الدراسة صباح الخميس في الجناح الآخر، غداة انهيار جزء من السقف.", "باتنة - أصيب ثمانية تلاميذ، اليوم الأربعاء، إثر انهيار جزء من سقف قسمهم."},
		{"باتنة - أصيب ثمانية تلاميذ من قسم السنة الثالثة ابتدائي، اليوم الثلاثاء، إثر انهيار جزء من سقف قسمهم بمدرسة الأمير عبد القادر الابتدائية بحي النصر في مدينة باتنة.",
			"باتنة - اتهمت جمعية أولياء تلاميذ مدرسة الأمير عبد القادر الابتدائية بحي النصر في باتنة، الأربعاء، السلطات المحلية ومديرية التربية بالتقصير في التعامل مع وضعية البناية."},
		{"تونس - أصدرت وزارة الثقافة، اليوم الأربعاء ١٥ أبريل ٢٠٢٦، بلاغا بخصوص السرقة التي استهدفت متحف مكثر.", "واكتشف الحراس السرقة صباح الاثنين 13 أبريل، عند فتح المتحف."},
	})
	wantInClaimReason(t, "date", true, [][2]string{
		{"The flour shortage that began on Thursday showed no sign of easing.", "The flour shortage began on Saturday, bakers said."},
		{"On Tuesday evening the ship was still anchored outside the port, workers said.", "The ship docked at the port on Monday, the port authority said."},
		{"أصدرت المحكمة، يوم الأربعاء ١٥ أبريل، حكمها في القضية.", "وأصدرت المحكمة حكمها في القضية يوم 13 أبريل."},
	})
}

// TestAProtestHasItsOwnDay checks that the day of a protest about an event
// ("نظم ... الصيادون، يوم الخميس ١٢ آذار، وقفة احتجاجية") is no rival of
// the day of the event nor of the day it took effect, while two days given
// for the protest still are.
func TestAProtestHasItsOwnDay(t *testing.T) {
	wantInClaimReason(t, "date", false, [][2]string{
		{"Tunisia halted all tuna fishing in its northern zone at midnight on Tuesday, April 7.",
			"نظم نحو ٢٠٠ صياد، يوم الأربعاء ٨ نيسان/أبريل، وقفة احتجاجية أمام مقر المندوبية احتجاجا على قرار توقيف صيد التونة في المنطقة الشمالية."},
		{"بلاغ: توقيف صيد التونة بالمنطقة الشمالية ابتداء من منتصف ليل الثلاثاء 7 أبريل",
			"نظم نحو ٢٠٠ صياد، يوم الأربعاء ٨ نيسان/أبريل، وقفة احتجاجية أمام مقر المندوبية احتجاجا على قرار توقيف صيد التونة في المنطقة الشمالية."},
	})
	wantInClaimReason(t, "date", true, [][2]string{
		{"نظم نحو ٢٠٠ صياد، يوم الأربعاء ٨ نيسان/أبريل، وقفة احتجاجية أمام مقر المندوبية احتجاجا على قرار توقيف صيد التونة.",
			"نظم نحو ٢٠٠ صياد، يوم الخميس ٩ نيسان/أبريل، وقفة احتجاجية أمام مقر المندوبية احتجاجا على قرار توقيف صيد التونة."},
	})
}

// TestStillStranded checks that those still stranded later are some of
// those stranded, no rival count, while two counts of the stranded meet.
func TestStillStranded(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"وأوضح بيان للوزارة أن نحو 280 معتمرا وجدوا أنفسهم عالقين بمطار جدة.", "وأكدت مصادر أن نحو 35 معتمرا لا يزالون عالقين في السعودية إلى غاية مساء الخميس."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"وأوضح بيان للوزارة أن نحو 280 معتمرا وجدوا أنفسهم عالقين بمطار جدة.", "وقال الاتحاد إن نحو 450 معتمرا وجدوا أنفسهم عالقين بمطار جدة."},
	})
}

// TestAQueueIsNoRoad checks that a queue's length is no rival of the
// length of the tunnel or the detour it queues on, while two lengths of the
// queue still are.
func TestAQueueIsNoRoad(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"The 600-metre tunnel carries about 50,000 vehicles a day.", "وامتدت طوابير المركبات لنحو أربعة كيلومترات على طريق المطار صباح الأحد."},
		{"وخصصت إدارة السير مسار تحويلة يبلغ طوله 1.5 كيلومتر عبر الشوارع الداخلية.", "وامتدت طوابير المركبات لنحو أربعة كيلومترات على طريق المطار صباح الأحد."},
	})
	wantInClaimNumber(t, true, [][2]string{
		{"Queues stretched for about two kilometres on the airport road on Sunday morning.", "وامتدت طوابير المركبات لنحو أربعة كيلومترات على طريق المطار صباح الأحد."},
	})
}

// TestNotYetIsStill checks that those who have "not yet" returned ("لم
// يعودوا بعد") are those still stranded, some of the total, no rival of it.
func TestNotYetIsStill(t *testing.T) {
	wantInClaimNumber(t, false, [][2]string{
		{"وأوضح المصدر أن عدد المعتمرين العالقين بلغ نحو ٢٨٠ معتمرا.", "وفاة معتمرة و35 عالقا لم يعودوا بعد"},
	})
}

// TestCalendarDaysAcrossLanguages checks two days of the calendar given to
// one thing in the two languages of a claim: across them the lexicon
// matches fewer words ("released", "صرف"), so one shared word and the
// two days are enough for a conflict. Two lengths are not: with as little
// shared, they are as often of two things (a strike's, a shift's).
func TestCalendarDaysAcrossLanguages(t *testing.T) {
	en := "The federal finance ministry released the salaries on Tuesday, March 10, a spokesman for the regional government said."
	ar := "وجرى صرف الرواتب يوم الأحد 8 آذار/مارس 2026 بتوجيه من وزير المالية."
	res := ClassifyInClaim(Prepare(en), Prepare(ar))
	if res.Shared != 1 || res.Label != Contradicts || !hasReason(res.Reasons, "date", "March 10", "8 آذار/مارس 2026") {
		t.Errorf("salaries released on two days: shared %d, %s %v", res.Shared, res.Label, res.Reasons)
	}
	// Outside one claim, the pair is unrelated as before.
	if res := ClassifyPrepared(Prepare(en), Prepare(ar)); res.Label == Contradicts {
		t.Errorf("outside a claim: %s %v", res.Label, res.Reasons)
	}
	en = "The drivers union has called a 48-hour stoppage across the network, its secretary general told reporters."
	ar = "وقال أحد السائقين إنه يقود عشر ساعات في زحام المدينة كل يوم."
	if res := ClassifyInClaim(Prepare(en), Prepare(ar)); res.Shared != 1 || res.Label == Contradicts {
		t.Errorf("a 48-hour strike against a ten-hour shift: shared %d, %s %v", res.Shared, res.Label, res.Reasons)
	}
}

// TestCountOfOneByTheArticle checks that "a" or "an" before a noun of one
// person with an outcome of people after it counts one: "A man was killed"
// against "Two men were killed" is 1 against 2; "a man was shot dead"
// against "no one was killed" 1 against 0. Beside a toll in its sentence
// ("bringing the toll to 12") the man is one of more, no count of his own.
func TestCountOfOneByTheArticle(t *testing.T) {
	for _, c := range [][3]string{
		{"A man was killed in the blast.", "Two men were killed in the blast.", "A man"},
		{"A policeman was wounded in the clashes.", "Three policemen were wounded in the clashes.", "A policeman"},
		{"On Friday evening, a man was shot dead in a quarrel at a station in Halba.", "In Halba, two men were wounded in a shooting at a station on Friday evening, and no one was killed.", "a man"},
	} {
		res := ClassifyInClaim(Prepare(c[0]), Prepare(c[1]))
		if res.Label != Contradicts || !slices.ContainsFunc(res.Reasons, func(r Reason) bool { return r.Kind == "number" && r.A == c[2] }) {
			t.Errorf("%q / %q: %v %+v, want a contradiction with a number reason of %q", c[0], c[1], res.Label, res.Reasons, c[2])
		}
	}
	res := ClassifyInClaim(Prepare("A man was killed on Monday, bringing the toll to 12."), Prepare("Twelve people have been killed since the protests began."))
	if hasReason(res.Reasons, "number", "A man", "") {
		t.Errorf("a man beside a toll: %+v, want no count of one", res.Reasons)
	}
}

// TestNewsWordsMeetAcrossLanguages checks news words the lexicon had not
// bridged: counts of cracks, stations, generators and umrah pilgrims meet
// their Arabic counterparts (generators a container "held" too: things,
// which no one holds captive), and a transfer dated two ways in the two
// languages is a date conflict in a claim.
func TestNewsWordsMeetAcrossLanguages(t *testing.T) {
	wantInClaimNumber(t, true, [][2]string{
		{"Inspectors found four cracks in the wall of the school.", "وعثر المهندسون على سبعة تشققات في جدار المدرسة."},
		{"About 60 stations in the capital ran dry on Monday.", "ونفد الوقود من نحو 25 محطة في العاصمة يوم الاثنين."},
		{"The warehouse held 30 generators.", "وكان في المستودع 18 مولداً كهربائياً."},
		{"Some 900 pilgrims were stranded in Jeddah.", "وعلق نحو 650 معتمرا في جدة."},
		// "held" of things is no one held captive.
		{"The container held 12 generators.", "وكانت الحاوية تضم تسعة مولدات كهربائية."},
	})
	wantInClaimReason(t, "date", true, [][2]string{
		{"The bank made the transfer on Thursday, June 4.", "وتمت عملية التحويل يوم الثلاثاء 2 حزيران/يونيو."},
	})
}

// TestDailyAdjectiveAndMoneyNouns checks a sum told by the day with
// "daily" on the noun before it ("الخسائر اليومية ... 12 مليون دولار"),
// which meets "$20 million a day" and not a sum over the days, and money
// nouns that meet across the languages: a cost, irregularities.
func TestDailyAdjectiveAndMoneyNouns(t *testing.T) {
	wantInClaimNumber(t, true, [][2]string{
		{"The closure will cost the state about $20 million a day.", "وتقدر الخسائر اليومية الناجمة عن الإغلاق بنحو 12 مليون دولار."},
		// "daily" before the noun, past the currency sign, on both sides.
		{"Daily losses from the closure are about $20 million.", "وتقدر الخسائر اليومية الناجمة عن الإغلاق بنحو 12 مليون دولار."},
		{"Auditors found irregularities worth $480 million.", "ورصد المدققون مخالفات مالية بقيمة 312 مليون دولار."},
		{"The bridge cost $1.8 billion to build.", "وبلغت تكلفة بناء الجسر 2.5 مليار دولار."},
	})
	wantInClaimNumber(t, false, [][2]string{
		{"The closure has cost the state $60 million over the three days.", "وتقدر الخسائر اليومية الناجمة عن الإغلاق بنحو 20 مليون دولار."},
	})
}

// TestTwoCountsAreNoAgreement checks that two numbers of one noun that
// count two things (a sum by the day and a total) make no agreement
// however much else the statements share, nor do two sides whose counts
// all differ, while a count the other side tells again still agrees.
func TestTwoCountsAreNoAgreement(t *testing.T) {
	res := Classify("Daily losses from the closure are about $20 million.", "Losses from the closure have reached $60 million.")
	if res.Label == Agrees || res.Label == Contradicts || !hasReason(res.Reasons, "things", "20 million", "60 million") {
		t.Errorf("a daily sum against a total: %s %v, want neither an agreement nor a contradiction, for two things", res.Label, res.Reasons)
	}
	res = Classify("Losses from the closure are about $20 million a day.", "The closure costs about $20 million a day.")
	if res.Label != Agrees || hasReason(res.Reasons, "things", "", "") {
		t.Errorf("one daily sum told twice: %s %v, want an agreement", res.Label, res.Reasons)
	}
	// Two counts no rule takes for one (a nationality is no counted
	// noun), none of them the same: no agreement, and no conflict either.
	res = Classify("Some 151,000 Lebanese abroad have registered to vote, the ministry said.", "The group said 225,000 expatriates had registered to vote abroad.")
	if res.Label == Agrees || res.Label == Contradicts || !hasReason(res.Reasons, "counts", "151,000", "225,000") {
		t.Errorf("two counts of voters abroad: %s %v, want neither an agreement nor a contradiction", res.Label, res.Reasons)
	}
	if res := Classify("Five people were killed in the attack.", "Five people died in the attack."); res.Label != Agrees {
		t.Errorf("one count told twice: %s %v, want an agreement", res.Label, res.Reasons)
	}
}

// TestDailyStopsAtAComma checks that "daily" before a sum makes it a daily
// sum only within its clause: past the currency sign before the number,
// not past a comma there.
func TestDailyStopsAtAComma(t *testing.T) {
	for _, c := range []struct {
		text  string
		daily bool
	}{
		{"Daily losses from the closure are about $20 million.", true},
		{"وتقدر الخسائر اليومية الناجمة عن الإغلاق بنحو 12 مليون دولار.", true},
		{"Daily flights resumed, 20 million dollars were lost.", false},
	} {
		q := Prepare(c.text).counts()
		if len(q.kinds) == 0 || q.kinds[0].daily != c.daily {
			t.Errorf("%q: daily %v, want %v", c.text, len(q.kinds) > 0 && q.kinds[0].daily, c.daily)
		}
	}
}
