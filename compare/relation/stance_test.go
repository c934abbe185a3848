package relation

import "testing"

type stanceCase struct {
	statement string
	want      Stance
}

func runStance(t *testing.T, claim string, cases []stanceCase) {
	t.Helper()
	for _, c := range cases {
		got := StanceOf(c.statement, claim)
		if got.Stance != c.want {
			t.Errorf("claim %q\n  statement %q\n  = %s (%.2f) %+v, want %s", claim, c.statement, got.Stance, got.Confidence, got.Reasons, c.want)
		}
		if got.Confidence < 0 || got.Confidence > 1 {
			t.Errorf("%q: confidence %v", c.statement, got.Confidence)
		}
		checkOffsets(t, c.statement, claim, got.Reasons)
	}
}

// The statements of the sample claim (assets/sample/claim.json), in Arabic
// and in their English renderings, against its title in both languages.
var sampleStances = []stanceCase{
	// The militia leader denies.
	{"قال القيادي في “المقاومة الإسلامية”، علي الطائي، إن التصريحات بخصوص اقتراب موعد انسحاب قوات التحالف “محض كذب من قبل الولايات المتحدة”.", Denies},
	{"وأضاف لجريدة “الأخبار” اللبنانية، أن أمريكا لن تنسحب من العراق، طالما هناك مصالح مُلحة لها.", Denies},
	{"واعتبر القيادي أن التصريحات الأحدث حول الانسحاب الأمريكي هي “لتخدير الرأي العام”، مشيرًا إلى أنه “لا نية أمريكية للانسحاب”.", Denies},
	{"Ali al-Taie, a leader of the “Islamic Resistance”, said the statements about the approaching withdrawal of coalition forces were “pure lies on the part of the United States”.", Denies},
	{"He told the Lebanese paper “Al-Akhbar” that America will not withdraw from Iraq as long as it has pressing interests there.", Denies},
	{"The leader said the latest statements about a US withdrawal are meant “to numb public opinion”, adding that “there is no American intention to withdraw”.", Denies},
	{"محض كذب", Denies},
	{"pure lies", Denies},
	// Reuters, the US official, the adviser and Rogin affirm.
	{"نقلت وكالة “رويترز” عن مصادر متعددة مطلعة أن خطة اتفق عليها على نطاق واسع بين أمريكا والعراق حول انسحاب قوات التحالف الدولي.", Affirms},
	{"وستجري مغادرة مئات عناصر القوات بحلول أيلول 2025، مع مغادرة الباقين بحلول نهاية 2026.", Affirms},
	{"وقال مسؤول أمريكي كبير (لم تسمه الوكالة)، “توصلنا إلى اتفاق، والآن السؤال متى سيتم الإعلان عنه”.", Affirms},
	{"قال مستشار رئيس الوزراء العراقي للشؤون الخارجية، فرهاد علاء الدين، لـ”رويترز” إن المحادثات الفنية مع واشنطن بشأن انسحاب قوات التحالف انتهت.", Affirms},
	{"ومن المتوقع أيضًا أن يدعو الرئيس الأمريكي إلى انسحاب جميع القوات الأمريكية من العراق في غضون عامين، وفق ما نقله الكاتب عن مصادر.", Affirms},
	{"Reuters, citing several informed sources, reported that a plan for the withdrawal of the international coalition's forces has been broadly agreed between the US and Iraq.", Affirms},
	{"Hundreds of troops will leave by September 2025, with the rest leaving by the end of 2026.", Affirms},
	{"A senior US official, not named by the agency, said: “We have reached an agreement, and now the question is when it will be announced.”", Affirms},
	{"Farhad Alaaeddin, the Iraqi prime minister's adviser for foreign affairs, told Reuters that the technical talks with Washington on the withdrawal of coalition forces have ended.", Affirms},
	{"The US president is also expected to call for the withdrawal of all US forces from Iraq within two years, the columnist wrote, citing sources.", Affirms},
	{"توصلنا إلى اتفاق", Affirms},
	// A fact on the topic is no stance; Syria is not Iraq.
	{"وتحتفظ الولايات المتحدة بنحو 2500 جندي في العراق، و900 جندي في سوريا.", StanceNeutral},
	{"The United States keeps about 2,500 troops in Iraq and 900 in Syria.", StanceNeutral},
	{"وفق مقال نشره جوش روجين بصحيفة “واشنطن بوست” الأمريكية، لا يعتبر توجه إدارة بايدن للانسحاب من سوريا قابلًا للاكتمال في الوقت القريب.", StanceNeutral},
	{"According to a column by Josh Rogin in The Washington Post, the Biden administration's move to withdraw from Syria cannot be completed any time soon.", StanceNeutral},
}

func TestStanceSampleClaim(t *testing.T) {
	runStance(t, "US forces will withdraw from Iraq", sampleStances)
	runStance(t, "القوات الأمريكية ستنسحب من العراق", sampleStances)
}

// General statements on other claims, written for this test: the rules,
// not the sample's sentences, must carry them.
func TestStanceGeneral(t *testing.T) {
	runStance(t, "US forces will withdraw from Iraq", []stanceCase{
		{"American troops will stay in Iraq for years to come.", Denies},
		{"The Pentagon denied any plan to pull US forces out of Iraq.", Denies},
		{"Russian forces will withdraw from Syria next month.", StanceNeutral},
		{"The weather in Paris was mild on Sunday.", StanceNeutral},
		{"ستبقى القوات الأمريكية في العراق", Denies},
		{"بدأ انسحاب الجنود الأمريكيين من العراق", Affirms},
	})
	runStance(t, "The central bank will raise interest rates", []stanceCase{
		{"The central bank raised interest rates by half a point on Thursday.", Affirms},
		{"The central bank will not raise interest rates this year, the governor said.", Denies},
		{"The central bank cut interest rates to support growth.", Denies},
		{"The bank's governor denied reports of a rate increase.", Denies},
		{"Inflation rose to 5 percent in May.", StanceNeutral},
		{"The football team won the cup on Saturday.", StanceNeutral},
		{"البنك المركزي يرفع أسعار الفائدة نصف نقطة", Affirms},
		{"البنك المركزي لن يرفع أسعار الفائدة", Denies},
		{"البنك المركزي يخفض أسعار الفائدة", Denies},
		{"Interest rates are expected to increase after the central bank's meeting.", Affirms},
	})
	runStance(t, "الحكومة سترفع أسعار الوقود", []stanceCase{
		{"قررت الحكومة رفع أسعار البنزين اعتبارا من الشهر المقبل", Affirms},
		{"الحكومة لن ترفع أسعار الوقود هذا العام", Denies},
		{"الحكومة تخفض أسعار الوقود بنسبة عشرة بالمئة", Denies},
		{"نفت الحكومة الأنباء عن زيادة أسعار الوقود", Denies},
		{"ارتفعت درجات الحرارة في القاهرة أمس", StanceNeutral},
		{"افتتح الوزير مدرسة جديدة في الريف", StanceNeutral},
		{"The government will raise fuel prices next month.", Affirms},
		{"The government has no intention of raising fuel prices.", Denies},
		{"The government cut fuel prices on Monday.", Denies},
		{"ما زالت الحكومة تدرس رفع أسعار الوقود", Affirms},
		{"Shares rose on the stock exchange.", StanceNeutral},
	})
}

// BenchmarkStanceOf runs the sample's statements against its title, as the
// app does for every statement of a claim.
func BenchmarkStanceOf(b *testing.B) {
	i := 0
	for b.Loop() {
		StanceOf(sampleStances[i%len(sampleStances)].statement, "US forces will withdraw from Iraq")
		i++
	}
}

// TestStanceOfATopicTitle: a title that names an event ("Riverton factory
// fire", "وقف إطلاق النار في الرمادة") has no predicate in its words: a
// statement that repeats them does not deny it, and a denial of something
// else in another clause ("company rejects union claims") does not either.
// A denial that a concessive word governs ("رغم نفي الجبهة") is someone
// else's. A bare denial of the reports still denies.
func TestStanceOfATopicTitle(t *testing.T) {
	for _, c := range []struct{ claim, statement string }{
		{"Riverton factory fire", "Riverton fire kills 12; company rejects union claims of safety breaches"},
		{"Riverton factory fire", "Twelve killed in Riverton textile factory fire"},
		{"وقف إطلاق النار في الرمادة", "وقف إطلاق النار في الرمادة سيبدأ الجمعة."},
		{"وقف إطلاق النار في الرمادة", "الحكومة تعلن التوصل إلى اتفاق لوقف إطلاق النار مع الجبهة"},
		{"وقف إطلاق النار في الرمادة", "الحكومة تؤكد: وقف إطلاق النار يبدأ الجمعة رغم نفي الجبهة"},
	} {
		if r := StanceOf(c.statement, c.claim); r.Stance == Denies {
			t.Errorf("%q on %q: denies (%v)", c.statement, c.claim, r.Reasons)
		}
	}
	for _, c := range []struct{ claim, statement string }{
		{"وقف إطلاق النار في الرمادة", "الجبهة تنفي وجود أي اتفاق."},
		{"US forces will withdraw from Iraq", "The reports of a US withdrawal from Iraq are pure lies."},
		{"Prices will rise in March", "The ministry denied that prices will rise in March."},
	} {
		if r := StanceOf(c.statement, c.claim); r.Stance != Denies {
			t.Errorf("%q on %q: %s, want denies", c.statement, c.claim, r.Stance)
		}
	}
	// A verb in the title stays its predicate.
	if r := StanceOf("Oil prices will not rise this year.", "Oil prices rise"); r.Stance != Denies {
		t.Errorf("a negated predicate of 'Oil prices rise': %s", r.Stance)
	}
}

// TestTopicTitleIsNotDeniedByOtherDenials checks that a claim that only
// names an event is not denied by a denial of something else near its
// words, while a claim that says something still is.
func TestTopicTitleIsNotDeniedByOtherDenials(t *testing.T) {
	for _, st := range []string{
		"Union denies any deal as Ras Hamra port strike drags on",
		"The dockworkers' union at Ras Hamra on Saturday denied that any agreement had been reached to end the week-long strike.",
	} {
		if r := StanceOf(st, "Ras Hamra port strike"); r.Stance == Denies {
			t.Errorf("%q denies the topic: %.2f %v", st, r.Confidence, r.Reasons)
		}
	}
	if r := StanceOf("The ministry denied that US forces will withdraw from Iraq.", "US forces will withdraw from Iraq"); r.Stance != Denies {
		t.Errorf("a denial of the claim's predicate: %s %.2f", r.Stance, r.Confidence)
	}
}

// TestDenialOfSomethingElseNearTheClaim checks that a denial whose clause
// names the claim's subject but denies something else ("the ministry
// received no warnings about the dam's safety") does not deny the claim
// "the dam collapsed", and that "the rain alone does not explain the
// collapse" denies no collapse.
func TestDenialOfSomethingElseNearTheClaim(t *testing.T) {
	claim := "انهيار سد وادي الصفا"
	for _, st := range []string{
		"ونفى الوزير أن تكون الوزارة قد تلقت أي تحذيرات بشأن سلامة السد.",
		"وقال الخبير في هندسة السدود إن الأمطار وحدها لا تفسر الانهيار.",
	} {
		if r := StanceOf(st, claim); r.Stance == Denies {
			t.Errorf("%q denies %q: %.2f %v", st, claim, r.Confidence, r.Reasons)
		}
	}
	if r := StanceOf("ونفت الحكومة انهيار السد.", claim); r.Stance != Denies {
		t.Errorf("a denial of the collapse: %s %.2f", r.Stance, r.Confidence)
	}
}

// TestRisingTollDoesNotDenyASinking checks that a ship's sinking is no pole
// of rise and fall: "the toll rose" does not deny "ferry sinking".
func TestRisingTollDoesNotDenyASinking(t *testing.T) {
	st := "ارتفع عدد ضحايا غرق العبارة قبالة ميناء سواكن إلى 31 قتيلا."
	if r := StanceOf(st, "Al-Salam 7 ferry sinking off Suakin"); r.Stance == Denies {
		t.Errorf("%q denies the sinking: %.2f %v", st, r.Confidence, r.Reasons)
	}
}

// TestOppositeWordOfAnotherThing checks that a word opposite to the
// claim's predicate denies the claim only when it is said of something the
// claim names, and not in a statement that also states the claim's own
// predicate: a rising toll does not deny a collapse.
func TestOppositeWordOfAnotherThing(t *testing.T) {
	claim := "انهيار جسر مدينة النهر"
	for _, st := range []string{
		"ارتفعت حصيلة ضحايا انهيار جسر مدينة النهر إلى 12 قتيلا",
		"حصيلة ضحايا انهيار جسر مدينة النهر ترتفع إلى 12 قتيلا",
		"وارتفعت حصيلة القتلى إلى 12 بعد انتشال جثتين",
	} {
		if r := StanceOf(st, claim); r.Stance == Denies {
			t.Errorf("%q denies %q: %+v", st, claim, r)
		}
	}
	if r := StanceOf("Oil prices fell sharply on Monday.", "Oil prices rise"); r.Stance != Denies {
		t.Errorf("falling prices do not deny rising prices: %+v", r)
	}
}

// TestDenialOfAnotherVerb checks that a denial whose clause has a verb of
// its own before the claim's word denies that verb's clause, not the claim.
func TestDenialOfAnotherVerb(t *testing.T) {
	claim := "Tarsa fuel-subsidy cut and protests"
	if r := StanceOf("Interior ministry denies police used tear gas at fuel protests", claim); r.Stance == Denies {
		t.Errorf("a denial of tear gas denies the protests: %+v", r)
	}
	if r := StanceOf("Interior ministry denies any fuel protests", claim); r.Stance != Denies {
		t.Errorf("a denial of the protests does not deny them: %+v", r)
	}
}

// TestWordsThatLookLikeDenials checks words that deny nothing the claim
// says: a limit named as such ("الحد الأدنى", the minimum wage) is no fall
// against a rise; "dismissed" a person is sacking him, "dismissed the
// reports" a denial; a denial offered or withheld ("without denying or
// confirming", "لم ينف") commits to nothing; a demand for the event is not
// the event.
func TestWordsThatLookLikeDenials(t *testing.T) {
	runStance(t, "Egypt raises fuel prices and the minimum wage", []stanceCase{
		{"وقال الوزير إن الحد الأدنى للأجور سيرتفع إلى 7 آلاف جنيه شهريا.", Affirms},
		{"ويستفيد نحو 4.5 مليون موظف من زيادة الحد الأدنى للأجور.", Affirms},
	})
	runStance(t, "The electricity minister was sacked", []stanceCase{
		{"The prime minister's office dismissed the electricity minister on Sunday, two sources said.", Affirms},
		{"The government dismissed the reports as baseless.", Denies},
		{"The electricity minister has not been dismissed, the spokesman said.", Denies},
		{"A source at the ministry said the minister was on a field tour, without denying or confirming the reports.", StanceNeutral},
		{"وقال مصدر في الوزارة إن الوزير في جولة ميدانية، من دون أن ينفي أو يؤكد الأنباء.", StanceNeutral},
		{"The spokesman declined to confirm or deny the reports.", StanceNeutral},
		{"The ministry has neither confirmed nor denied the reports.", StanceNeutral},
	})
	runStance(t, "إقالة وزير الكهرباء", []stanceCase{
		{"وطالب نواب في البرلمان بإقالة وزير الكهرباء واستجوابه.", StanceNeutral},
		{"أقال رئيس الوزراء وزير الكهرباء يوم الأحد.", Affirms},
	})
}

// TestUntoldIsNotDenied checks that a noun whose telling is negated ("her
// death was never reported as meningitis") is not denied: the death
// stands.
func TestUntoldIsNotDenied(t *testing.T) {
	runStance(t, "Meningitis outbreak at a student hostel kills two students", []stanceCase{
		{"The campaign said a first-year student died on October 8, and that her death was never reported as meningitis.", Affirms},
		{"Her death has not been announced by the ministry.", StanceNeutral},
	})
}

// TestDenialOfAnotherOneOrOfALink checks that a denial of a third death
// does not deny the deaths told ("نفى ... وفاة طالبة ثالثة"), nor does a fall
// said to have "nothing to do with" a cause deny the fall; a denial of any
// death still denies.
func TestDenialOfAnotherOneOrOfALink(t *testing.T) {
	deaths := "Meningitis outbreak at a student hostel in Irbid kills two students"
	if r := StanceOf("ونفى العزام ما يتم تداوله على مواقع التواصل الاجتماعي بشأن وفاة طالبة ثالثة، مؤكدا أن عدد الوفيات لا يتجاوز حالتين.", deaths); r.Stance == Denies {
		t.Errorf("a denial of a third death denies the deaths: %v", r.Reasons)
	}
	prices := "مزارعو الزيتون في صفاقس يحتجون على تدهور أسعار زيت الزيتون"
	if r := StanceOf("واعتبر رئيس الاتحاد الجهوي للفلاحة والصيد البحري بصفاقس، محمد الصالح بن عمار، أن تراجع الأسعار لا علاقة له بالإنتاج الإسباني، وأنه ناتج عن مضاربة عدد محدود من المصدرين.", prices); r.Stance == Denies {
		t.Errorf("a fall with nothing to do with a cause denies the fall: %v", r.Reasons)
	}
	if r := StanceOf("وقال إن الأسعار لم تتراجع.", prices); r.Stance != Denies {
		t.Errorf("prices did not fall: %s, want denies", r.Stance)
	}
}

// TestCompoundClaim checks that a claim joining two claims with a comma is
// judged part by part: a statement on the devaluation takes its side on
// that part, not against the rate cut, while a claim that only names a
// place after its comma, or joins nouns with "and", is one claim.
func TestCompoundClaim(t *testing.T) {
	claim := "Central bank cuts interest rate, denies dinar devaluation"
	cut := StanceOf("The central bank cut its main interest rate on Thursday.", claim)
	denial := StanceOf("The governor denied that the bank was considering a devaluation of the dinar.", claim)
	if cut.Stance != Affirms {
		t.Errorf("the rate cut: %s %+v", cut.Stance, cut.Reasons)
	}
	if denial.Stance == StanceNeutral || denial.Part == cut.Part {
		t.Errorf("the devaluation denial takes no side on its own part: %s (part %d) against %s (part %d)", denial.Stance, denial.Part, cut.Stance, cut.Part)
	}
	if raised := StanceOf("The central bank raised its main interest rate on Thursday.", claim); raised.Stance != Denies || raised.Part != cut.Part {
		t.Errorf("a rise against the cut: %s (part %d), want denies on part %d", raised.Stance, raised.Part, cut.Part)
	}
	for _, one := range []string{"Strike on Um Sumeima market in North Kordofan, Sudan", "Sorvan fuel-subsidy cut and protests", "US forces will withdraw from Iraq"} {
		if parts := claimParts(one, Prepare(one).toks); parts != nil {
			t.Errorf("%q split into %q", one, parts)
		}
	}
	if parts := claimParts(claim, Prepare(claim).toks); len(parts) != 2 {
		t.Errorf("%q: parts %q", claim, parts)
	}
}

// TestOppositeOfAnEarlierTime checks that an opposite of the claim said of
// an earlier time ("بعد أن رفعها", after raising them) does not deny it.
func TestOppositeOfAnEarlierTime(t *testing.T) {
	runStance(t, "The central bank cuts its interest rate", []stanceCase{
		{"وشهد الأردن سلسلة من قرارات خفض الفائدة، بعد أن رفعها البنك المركزي خلال عامي 2022 و2023.", Affirms},
		{"رفع البنك المركزي سعر الفائدة.", Denies},
	})
}

// TestDenialByATitledOfficial checks that the title of who denies, with the
// adjectives of the body it is of ("محافظ البنك المركزي"), is not what the
// denial denies, and that a word for a measure ("سعر", rate) is not the
// claim's thing by itself: the governor's denial of a change to the
// exchange rate does not deny an interest-rate cut. A denial of the cut
// itself still does, and so does one whose object follows the title.
func TestDenialByATitledOfficial(t *testing.T) {
	runStance(t, "البنك المركزي يخفض سعر الفائدة", []stanceCase{
		{"ونفى محافظ البنك المركزي وجود أي نية لتعديل سعر صرف الدينار.", StanceNeutral},
		{"ونفى محافظ البنك المركزي خفض سعر الفائدة.", Denies},
	})
	runStance(t, "انسحاب القوات الأمريكية من العراق", []stanceCase{
		{"ونفت وزارة الدفاع الأمريكية انسحاب القوات من العراق.", Denies},
		{"ونفت وزارة الخارجية التقارير عن انسحاب القوات من العراق.", Denies},
	})
}

// TestOppositeOfAnotherMeasure checks that an opposite word said of a place
// or of a measure the claim also names ("Jordan", "rates") is said of the
// claim's thing only when its clause names that thing too: the rise of
// Jordan's unemployment rates does not deny a cut of its interest rate,
// and the fall of Egypt's inflation does not deny a rise of its fuel prices.
func TestOppositeOfAnotherMeasure(t *testing.T) {
	runStance(t, "البنك المركزي الأردني يخفض سعر الفائدة", []stanceCase{
		{"ويعاني الاقتصاد الأردني من ارتفاع معدلات البطالة.", StanceNeutral},
		{"رفع البنك المركزي الأردني سعر الفائدة.", Denies},
	})
	runStance(t, "Egypt raises fuel prices", []stanceCase{
		{"Inflation in Egypt fell to 12 percent in October.", StanceNeutral},
		{"Fuel prices in Egypt fell on Monday.", Denies},
	})
}

// TestDenialInAClauseOfItsOwn checks that a denial joined after the
// claim's predicate by "and" ("cut its rate and denied any plan to devalue
// the dinar", "يخفض أسعار الفائدة ... وينفي نية تعديل سعر صرف الدينار")
// opens a clause of its own and does not deny what came before it; a
// denial that governs the predicate still denies it.
func TestDenialInAClauseOfItsOwn(t *testing.T) {
	runStance(t, "البنك المركزي يخفض سعر الفائدة", []stanceCase{
		{"المركزي الأردني يخفض أسعار الفائدة 25 نقطة أساس وينفي نية تعديل سعر صرف الدينار", Affirms},
		{"ونفى البنك المركزي أن يكون قد خفض سعر الفائدة.", Denies},
	})
	runStance(t, "Central bank cuts interest rate", []stanceCase{
		{"The central bank cut its interest rate and denied any plan to devalue the dinar.", Affirms},
		{"The central bank denied it had cut its interest rate.", Denies},
	})
}

// TestDefenceWitnesses checks that "شهود النفي" (the defence's witnesses)
// is a term of a trial, not a denial of the claim.
func TestDefenceWitnesses(t *testing.T) {
	const claim = "محكمة مصرية تصدر أحكاما في قضية احتجاجات الخبز"
	for _, s := range []string{
		"وقال الدفاع إن المحكمة لم تستمع إلى شهود النفي في قضية احتجاجات الخبز.",
		// The refusal of a request to hear them is procedure too.
		"بينما قال الدفاع في قضية احتجاجات الخبز إن طلباته بسماع شهود النفي رفضت.",
	} {
		if r := StanceOf(s, claim); r.Stance == Denies {
			t.Errorf("%q read as a denial: %+v", s, r.Reasons)
		}
	}
	runStance(t, claim, []stanceCase{{"ونفت المحكمة إصدار أحكام في قضية احتجاجات الخبز.", Denies}})
}

// TestConfirmOrDenyTakesNoStance checks that what a speaker would neither
// confirm nor deny is no statement of it either way, in both languages and
// whatever word order the formula takes, while a statement that goes on
// to say it still affirms.
func TestConfirmOrDenyTakesNoStance(t *testing.T) {
	runStance(t, "The coach of the national team was fired", []stanceCase{
		{"The federation declined to confirm or deny that the coach had been fired.", StanceNeutral},
		{"A federation official, reached by phone, would neither confirm nor deny the firing of the coach.", StanceNeutral},
		{"وقال مسؤول في الاتحاد إن المدرب في إجازة، من دون أن يؤكد أو ينفي خبر إقالته.", StanceNeutral},
		{"ولم ينف المتحدث باسم الاتحاد أو يؤكد نبأ إقالة المدرب.", StanceNeutral},
		{"ولم يؤكد الاتحاد أو ينفِ نبأ إقالة المدرب.", StanceNeutral},
		{"The federation did not confirm or deny it, but two players said the coach had been fired.", Affirms},
		{"The federation fired the coach on Monday.", Affirms},
		// A reporter's call reached someone; no agreement was reached.
		{"A federation official, reached by phone, said the board would meet on Friday.", StanceNeutral},
	})
}

// TestPredicateOfAnotherThing checks that the claim's predicate, or its
// opposite, negated or not, takes no stance when it is said of something
// the claim does not name: wages that did not rise, a subsidy bill cut,
// oil prices that fell; that "بينما" (while) is no verb of growing; and
// that the same words said of the claim's own thing still affirm or deny.
func TestPredicateOfAnotherThing(t *testing.T) {
	runStance(t, "The government raises electricity prices", []stanceCase{
		{"ترفع الحكومة أسعار الكهرباء، بينما لم ترتفع الرواتب منذ عامين", Affirms},
		{"وقال النقابي إن الرواتب لم ترتفع منذ عامين", StanceNeutral},
		{"The minister said the new tariff would cut the electricity subsidy bill by a third.", StanceNeutral},
		{"ترفع الحكومة أسعار الكهرباء اعتبارا من الشهر المقبل وسط تراجع أسعار النفط", Affirms},
		{"Electricity prices fell sharply on Monday.", Denies},
		{"Electricity prices will not rise this year, the minister said.", Denies},
		{"Teachers' pay was raised in March.", StanceNeutral},
	})
	runStance(t, "Protests over electricity prices", []stanceCase{
		{"Protests spread to five cities on Sunday, when the new electricity prices came into force.", Affirms},
	})
}

// TestConditionTakesNoStance checks that the claim's predicate inside a
// condition, negated or not, neither affirms nor denies it.
func TestConditionTakesNoStance(t *testing.T) {
	runStance(t, "The government will raise wages", []stanceCase{
		{"The union said the strike would go on if the government did not raise wages.", StanceNeutral},
		{"وقالت النقابة إن الإضراب سيتواصل إذا لم ترفع الحكومة الأجور.", StanceNeutral},
		{"The government will raise wages by five percent from January.", Affirms},
	})
}

// TestNegatedEventOfATopicTitle checks that a claim that only names an
// event ("... detainee release deal") is denied by a negation or a denial
// whose first word is that event, past words that only frame it ("final",
// "reports of", "التوصل إلى", a speaker's title and name, "ما تداولته
// وسائل إعلام عن"), and not by one that governs something else first.
func TestNegatedEventOfATopicTitle(t *testing.T) {
	runStance(t, "Yemen government-Houthi detainee release deal", []stanceCase{
		{"No agreement was reached, the spokesman, Marco Bellini, told reporters.", Denies},
		{"Yemen detainee talks end without final deal, UN says", Denies},
		{"لا اتفاق نهائي حتى الآن بشأن صفقة التبادل", Denies},
		{"لم يتم التوصل إلى اتفاق بعد.", Denies},
		{"The government denied reports of a deal.", Denies},
		{"نفى المتحدث باسم الحكومة التوصل إلى اتفاق.", Denies},
		{"نفى رئيس لجنة شؤون الأسرى في صنعاء عبد الكريم الحمزي، اليوم الأحد، ما تداولته وسائل إعلام محلية عن التوصل إلى اتفاق لتبادل الأسرى.", Denies},
		{"Yemen's parties reached an agreement, the government says.", Affirms},
		{"There is no end to the deal talks.", StanceNeutral},
	})
	runStance(t, "Doctors' strike at Iraq's public hospitals", []stanceCase{
		{"No strike took place at the hospitals, the ministry said.", Denies},
		{"No doctors were detained during the strike, the ministry said.", StanceNeutral},
		{"The strike has not ended.", StanceNeutral},
		{"There is no end in sight to the strike.", StanceNeutral},
	})
	// A claim that names the denial as well is not denied by it.
	for _, st := range []string{"No increase in electricity tariffs for households, the ministry said.", "The ministry denied any increase in household electricity tariffs."} {
		if r := StanceOf(st, "Electricity tariff increase and the energy ministry's denials"); r.Stance == Denies {
			t.Errorf("%q denies a claim that names its denial: %v", st, r.Reasons)
		}
	}
}

// TestClaimHead checks the noun a claim that names an event is about.
func TestClaimHead(t *testing.T) {
	for claim, want := range map[string]string{
		"Yemen government-Houthi detainee release deal":      "deal",
		"Doctors' strike at Iraq's public hospitals":         "strike",
		"Derailment of Cairo–Aswan train 934 in Upper Egypt": "Derailment",
		"Crowd crush at Baghdad's Al-Shaab stadium":          "crush",
		"إضراب الأطباء في المستشفيات الحكومية":               "إضراب",
		"Tunisia wheat import tender and the price of bread": "tender",
	} {
		p := Prepare(claim)
		got := ""
		if h := claimHead(p.toks); h >= 0 {
			got = p.toks[h].text
		}
		if got != want {
			t.Errorf("head of %q = %q, want %q", claim, got, want)
		}
	}
}

// TestDirectionInACountrysName checks that the direction in a name ("South
// Sudan", "جنوب السودان") is not the claim's predicate: a statement that
// names the country neither affirms the claim by it nor denies it by a
// negation near it.
func TestDirectionInACountrysName(t *testing.T) {
	cases := []stanceCase{
		{"The border between the two countries has never been fully demarcated since South Sudan’s independence in 2011.", StanceNeutral},
		{"الجيش السوداني: قوات جنوب السودان بدأت الهجوم على مواقعنا في المنطقة", StanceNeutral},
	}
	runStance(t, "Sudan–South Sudan border clash in the Mile 14 area", cases)
	runStance(t, "اشتباك حدودي بين السودان وجنوب السودان في منطقة الميل 14", cases)
}

// TestStanceAcrossScriptsOfANamedSubject checks that a statement affirms a
// claim in the other script when the subject of its predicate is a name
// the claim spells in that script: "Kchaou arrested" for "توقيف ... القشاو".
func TestStanceAcrossScriptsOfANamedSubject(t *testing.T) {
	runStance(t, "توقيف الإعلامي ياسين القشاو في تونس", []stanceCase{
		{"Tunisian radio journalist Yassine Kchaou arrested at home in Sfax, union says", Affirms},
		{"Tunisian police arrested Yassine Kchaou, a presenter at a private radio station, at his home", Affirms},
	})
}

// TestOneWhoSurvivedDeniesNoDeath checks that a statement that someone
// survived does not deny a deadly event, while one that all survived does.
func TestOneWhoSurvivedDeniesNoDeath(t *testing.T) {
	const claim = "Deadly bus crash on the desert highway"
	for _, s := range []string{"نجا السائق من الحادث بإصابات طفيفة", "The driver survived the crash with minor injuries, police said."} {
		if r := StanceOf(s, claim); r.Stance == Denies {
			t.Errorf("%q on %q: denies (%+v)", s, claim, r.Reasons)
		}
	}
	if r := StanceOf("All passengers survived the crash, police said.", claim); r.Stance != Denies {
		t.Errorf("all survived on %q: %s, want denies", claim, r.Stance)
	}
}

// TestOppositeOfAMeasuredPredicate checks that against a claim whose
// predicate is of a measure ("رفع سعر ربطة الخبز", "raises fuel prices"),
// an opposite word denies it only when said of a measure: a cut in a
// family's bundles or in an allowance is no fall of the price.
func TestOppositeOfAMeasuredPredicate(t *testing.T) {
	for _, c := range []struct {
		claim, statement string
		want             Stance
	}{
		{"رفع سعر ربطة الخبز المدعوم في سوريا", "وأفادت المصادر بأن مخصصات الأسرة خفضت من ثلاث ربطات إلى ربطتين.", StanceNeutral},
		{"رفع سعر ربطة الخبز المدعوم في سوريا", "وزارة التجارة تخفض سعر ربطة الخبز", Denies},
		{"Egypt raises fuel prices", "The ministry cut the fuel allowance for taxi drivers.", StanceNeutral},
		{"Egypt raises fuel prices", "Fuel prices in Egypt fell on Sunday.", Denies},
	} {
		if got := StanceOf(c.statement, c.claim); got.Stance != c.want {
			t.Errorf("%q toward %q: %s (%v), want %s", c.statement, c.claim, got.Stance, got.Reasons, c.want)
		}
	}
}

// TestEndingIsNoDenial checks that "ending the detention" affirms a
// release, as "ended their captivity" does, rather than naming the
// detention against it.
func TestEndingIsNoDenial(t *testing.T) {
	for _, s := range []string{"عملية نوعية في حمرين تنهي احتجاز المهندسين الأتراك", "The raid ended the detention of the Turkish engineers."} {
		if got := StanceOf(s, "Release of Turkish engineers kidnapped in northern Iraq"); got.Stance == Denies {
			t.Errorf("%q denies the release: %v", s, got.Reasons)
		}
	}
}

// TestOppositionIsABody checks that "the opposition" of a parliament
// (المعارضة with the article) takes no side on a claim that a budget was
// approved, while opposing it does.
func TestOppositionIsABody(t *testing.T) {
	claim := "Jordan's parliament approves the 2026 state budget"
	if s := StanceOf("وأكد نواب في صفوف المعارضة أن الموازنة تتضمن رفع الضريبة الخاصة على السجائر.", claim); s.Stance == Denies {
		t.Errorf("opposition MPs: %s %v", s.Stance, s.Reasons)
	}
	if s := StanceOf("عارض مجلس النواب الموازنة العامة.", claim); s.Stance != Denies {
		t.Errorf("opposing the budget: %s %v", s.Stance, s.Reasons)
	}
}

// TestDeniedOppositeTakesNoSide checks that an opposite of the claim's
// predicate that the statement denies ("denies the governor sent a
// warning", against "parliament approves the loan") does not deny the
// claim, while the opposite asserted still does.
func TestDeniedOppositeTakesNoSide(t *testing.T) {
	claim := "البرلمان التونسي يصادق على تمويل مباشر من البنك المركزي"
	for _, st := range []string{"مصدر بالبنك المركزي ينفي توجيه المحافظ رسالة تحذير إلى البرلمان",
		"A central bank source denied that the governor had sent a warning to parliament."} {
		if s := StanceOf(st, claim); s.Stance == Denies {
			t.Errorf("%q: %s %v", st, s.Stance, s.Reasons)
		}
	}
	if s := StanceOf("المحافظ يوجه رسالة تحذير إلى البرلمان من التمويل المباشر", claim); s.Stance != Denies {
		t.Errorf("a warning sent: %s %v", s.Stance, s.Reasons)
	}
}

// TestAgreementAffirmsNoStatusQuo checks that an agreement reached
// affirms a claim of a change ("US forces will withdraw") but not one that
// things stay as they are ("US forces will stay in Iraq"), in either
// script.
func TestAgreementAffirmsNoStatusQuo(t *testing.T) {
	const agreed = "وقال مسؤول أمريكي كبير، “توصلنا إلى اتفاق، والآن السؤال متى سيتم الإعلان عنه”."
	for _, claim := range []string{"US forces will stay in Iraq", "US forces will remain in Iraq", "القوات الأمريكية ستبقى في العراق"} {
		if s := StanceOf(agreed, claim); s.Stance == Affirms {
			t.Errorf("an agreement on %q: %s %v", claim, s.Stance, s.Reasons)
		}
	}
	if s := StanceOf(agreed, "US forces will withdraw from Iraq"); s.Stance != Affirms {
		t.Errorf("an agreement on a withdrawal: %s %v", s.Stance, s.Reasons)
	}
}

// TestRejectionIsNoAffirmation checks that a word of failure that is a
// pole of its own ("رفض", rejected) denies the claim of its opposite,
// instead of negating itself into an affirmation, as the English
// "rejected" does.
func TestRejectionIsNoAffirmation(t *testing.T) {
	for _, st := range []string{"رفض مجلس النواب الموازنة.", "Parliament rejected the budget."} {
		if s := StanceOf(st, "Parliament approves the budget"); s.Stance != Denies {
			t.Errorf("%q: %s %v", st, s.Stance, s.Reasons)
		}
	}
}

// TestDenialOfAClauseWithoutThat checks that an English denial of a clause
// with no "that" ("denies finance minister has resigned") denies the event
// a claim names when the clause's verb is that event, and not when the
// clause's verb is another ("denied any deal had been reached to end the
// strike", which takes no side on the strike).
func TestDenialOfAClauseWithoutThat(t *testing.T) {
	runStance(t, "Reported resignation of Egypt's finance minister", []stanceCase{
		{"Egyptian government denies finance minister has resigned", Denies},
		{"The cabinet spokesman denied the finance minister had resigned, calling the reports baseless.", Denies},
	})
	runStance(t, "Doctors' strike at Iraq's public hospitals", []stanceCase{
		{"The ministry denied any deal had been reached to end the doctors' strike at public hospitals.", StanceNeutral},
	})
}

// TestADenialIsNoAffirmationByCover checks that a statement with a word of
// denial does not affirm a claim it shares most words with ("Central Bank
// of Egypt denies devaluation" against "Egypt's central bank moves to
// devalue the pound"), while one without does.
func TestADenialIsNoAffirmationByCover(t *testing.T) {
	claim := "Egypt's central bank moves to devalue the pound"
	if r := StanceOf("Central Bank of Egypt denies devaluation, says circular on new pound rate is fake", claim); r.Stance == Affirms {
		t.Errorf("a denial affirms %q: %s %v", claim, r.Stance, r.Reasons)
	}
	if r := StanceOf("Egypt's central bank moves to devalue the pound, bankers say", claim); r.Stance != Affirms {
		t.Errorf("the claim said again: %s %v", r.Stance, r.Reasons)
	}
}

// TestDevaluationIsDevaluing checks that "devaluation" and "devalued" are
// the claim's "devalue".
func TestDevaluationIsDevaluing(t *testing.T) {
	runStance(t, "Egypt's central bank moves to devalue the pound", []stanceCase{
		{"The central bank devalued the pound on Sunday.", Affirms},
		{"The central bank's devaluation of the pound took effect on Sunday.", Affirms},
	})
}

// TestAYearThatNamesIsNoDate checks that the year a claim names its thing
// by ("the 2027 state budget") is no date a statement's other year denies,
// while a year the claim dates an event with ("ended in March 2024") is.
func TestAYearThatNamesIsNoDate(t *testing.T) {
	if r := StanceOf("Morocco has received support from the World Bank, whose programme was approved in 2025.", "Morocco's parliament approves the 2027 state budget"); r.Stance == Denies {
		t.Errorf("a programme approved in 2025 denies the 2027 budget: %v", r.Reasons)
	}
	runStance(t, "The strike at the port ended in March 2024", []stanceCase{
		{"The strike at the port ended in May 2024, the union said.", Denies},
	})
}

// TestShortDenialOfAnotherThing checks that a short statement whose denial
// opens on a word the claim does not name ("والأمن ينفي القبض على عمال",
// security denies arresting workers) denies something else, while one that
// denies the claim's event, or denies with no word after it, denies the
// claim.
func TestShortDenialOfAnotherThing(t *testing.T) {
	runStance(t, "Textile workers strike over unpaid bonus", []stanceCase{
		{"والأمن ينفي القبض على عمال", StanceNeutral},
		{"Police deny arresting workers", StanceNeutral},
		{"الشركة تنفي إضراب العمال", Denies},
		{"The ministry denies strike", Denies},
		{"Company denies reports of a strike", Denies},
	})
}

// TestOppositeOfSomeCounted checks that an opposite word whose object is a
// count ("acquitted three of the other defendants", "برأت المحكمة متهمين
// اثنين") is said of some others, not of the claim's subject.
func TestOppositeOfSomeCounted(t *testing.T) {
	runStance(t, "Court jails former mayor for embezzlement", []stanceCase{
		{"The court acquitted three of the other defendants.", StanceNeutral},
		{"برأت المحكمة متهمين اثنين في القضية.", StanceNeutral},
		{"The court acquitted the former mayor of embezzlement.", Denies},
		{"برأت المحكمة رئيس البلدية السابق من تهمة الاختلاس.", Denies},
	})
}

// TestWhatADelayDelays checks that the event a claim of a delay puts off
// ("تأجيل بدء العام الدراسي", postponing the start of the school year) is
// no predicate of it: schools that "will open" neither affirm nor deny the
// delay, while a denial of the delay denies it and the delay told again
// affirms it.
func TestWhatADelayDelays(t *testing.T) {
	runStance(t, "تأجيل بدء العام الدراسي في المدارس الرسمية", []stanceCase{
		{"وقالت الوزيرة إن الوزارة «لن تفتح أبواب المدارس قبل ضمان وصول المعلمين إلى صفوفهم».", StanceNeutral},
		{"Private schools are not affected and will open as planned, the official said.", StanceNeutral},
		{"الوزارة تنفي تأجيل بدء العام الدراسي في المدارس الرسمية", Denies},
		{"The ministry postponed the start of the school year in public schools by two weeks.", Affirms},
	})
}

// TestAUnitIsNoUnity checks that a hospital's unit ("unit", "وحدة") is no
// word of unity, which division opposes: a statement does not affirm or
// deny a claim about deaths in a dialysis unit by naming the unit.
func TestAUnitIsNoUnity(t *testing.T) {
	for _, c := range [][2]string{
		{"Staff at the hospital's dialysis unit had complained for weeks about its water equipment.", "Deaths at a hospital's dialysis unit"},
		{"وتضم محافظة سوهاج ١٨ وحدة للغسيل الكلوي موزعة على مستشفياتها الحكومية.", "وفيات في وحدة الغسيل الكلوي بمستشفى طهطا"},
	} {
		r := StanceOf(c[0], c[1])
		for _, x := range r.Reasons {
			if x.A == "unit" || x.A == "وحدة" {
				t.Errorf("%q on %q: %s by %q", c[0], c[1], r.Stance, x.A)
			}
		}
	}
}

// TestNotOfAConditionNegatesTheCondition checks that the "لم" of a
// condition after the claim's word ("ستضطر إلى تعليق الإنتاج إذا لم يُفرج عن
// الأطقم", would have to suspend production if the kits were not released)
// does not deny the suspension.
func TestNotOfAConditionNegatesTheCondition(t *testing.T) {
	claim := "مصنع لتركيب السيارات في وهران يعلّق الإنتاج"
	for _, s := range []string{
		"وأضاف أن الشركة أبلغت الوزارة بأنها ستضطر إلى تعليق الإنتاج إذا لم يُفرج عن الأطقم.",
		"The company warned it would have to suspend production if the kits were not released.",
	} {
		if r := StanceOf(s, claim); r.Stance == Denies {
			t.Errorf("%q denies %q: %+v", s, claim, r.Reasons)
		}
	}
}

// wantNotDenies fails t for each statement that StanceOf takes as a denial
// of claim.
func wantNotDenies(t *testing.T, claim string, statements ...string) {
	t.Helper()
	for _, s := range statements {
		if got := StanceOf(s, claim); got.Stance == Denies {
			t.Errorf("claim %q\n  statement %q\n  = denies %+v", claim, s, got.Reasons)
		}
	}
}

// TestThingsCalledFalseDenyNothing checks that "false" or "fake" before a
// noun that is not a telling names a kind of thing ("the false ceiling",
// "fake medicines") and denies nothing, while "false reports" and "fake
// news" deny.
func TestThingsCalledFalseDenyNothing(t *testing.T) {
	wantNotDenies(t, "A classroom ceiling collapses at a school in Batna, injuring pupils",
		"Part of the false ceiling of a classroom fell at the school in Batna on Monday, injuring pupils.")
	wantNotDenies(t, "Health ministry closes pharmacies in Mosul",
		"Mosul closes dozens of pharmacies in crackdown on fake medicines")
	runStance(t, "A classroom ceiling collapses at a school in Batna, injuring pupils", []stanceCase{
		{"The ministry said reports of a classroom collapse in Batna were false.", Denies},
		{"Officials dismissed the reports of a collapse at the Batna school as fake news.", Denies},
	})
}

// TestAFailureStopsAtBefore checks that a failure before "before" does not
// reach the event after it: "warnings ignored before Batna classroom
// collapse" tells the collapse.
func TestAFailureStopsAtBefore(t *testing.T) {
	wantNotDenies(t, "A classroom ceiling collapses at a school in Batna, injuring pupils",
		"Parents say warnings ignored before Batna classroom collapse")
}

// TestAHaltToldOnAHaltClaim checks that a statement telling a halt in
// English ("halted", a failure cue) affirms a claim whose event is a halt
// in either language ("يوقف موسم الصيد"), while a halt still denies a claim
// that the thing goes on.
func TestAHaltToldOnAHaltClaim(t *testing.T) {
	runStance(t, "تونس توقف موسم صيد التونة في المنطقة الشمالية قبل موعده", []stanceCase{
		{"Tunisia halted all tuna fishing in its northern zone at midnight on Tuesday.", Affirms},
		{"Tunisia halts northern tuna season early", Affirms},
	})
	runStance(t, "Tuna fishing continues in Tunisia's northern zone", []stanceCase{
		{"Tunisia halted all tuna fishing in its northern zone at midnight on Tuesday.", Denies},
	})
}

// TestWithoutNegatesWhatFollows checks that "without" after a word of the
// claim ("the withdrawn notes without having to prove") negates what
// follows it, not the word before it, while "will not" after the word
// still does ("the withdrawal will not happen").
func TestWithoutNegatesWhatFollows(t *testing.T) {
	wantNotDenies(t, "مصرف السودان المركزي يسحب ورقة الخمسين جنيهاً من التداول",
		"Citizens can deposit up to 80,000 pounds in the withdrawn notes without having to prove the source of the money.")
	runStance(t, "Sudan's central bank withdraws the 50-pound note from circulation", []stanceCase{
		{"The withdrawal of the note will not happen this year, the bank said.", Denies},
	})
}

// TestDeniedThingInAPlaceOfTheClaim checks that a denial of something the
// claim does not name ("تنفي وجود تشققات في نفق الحكمة", no cracks in the
// tunnel) does not deny the claim's event through the place after
// its preposition, while a denial of the event itself still does.
func TestDeniedThingInAPlaceOfTheClaim(t *testing.T) {
	wantNotDenies(t, "Irbid closes the Hakama tunnel on the Irbid-Ajloun road after water seeps through its roof",
		"وزارة الأشغال تنفي وجود تشققات في نفق الحكمة وتتوقع إعادة فتحه خلال ٧٢ ساعة")
	runStance(t, "إربد تغلق نفق الحكمة بعد تسرب المياه من سقفه", []stanceCase{
		{"نفت وزارة الأشغال إغلاق نفق الحكمة، مؤكدة أن الحركة فيه طبيعية.", Denies},
	})
}
