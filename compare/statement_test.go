package compare

import (
	"strings"
	"testing"
	"unicode/utf8"
)

type wantStatement struct {
	prefix  string // the statement that starts with this
	speaker string
	kind    SpeakerKind
	role    string
	cue     string
	channel string
	direct  bool
	carried bool
}

func checkStatements(t *testing.T, text string, wants []wantStatement) {
	t.Helper()
	sts := Statements(Parse(text))
	for _, w := range wants {
		var st *Statement
		for i := range sts {
			if strings.HasPrefix(sts[i].Text, w.prefix) {
				st = &sts[i]
				break
			}
		}
		if st == nil {
			t.Errorf("no statement starts with %q", w.prefix)
			continue
		}
		got := wantStatement{w.prefix, st.Speaker.Text, st.SpeakerKind, st.Role.Text, st.Cue.Text, st.Channel.Text, st.Direct, st.Carried}
		if got != w {
			t.Errorf("statement %q\n got %+v\nwant %+v", w.prefix, got, w)
		}
	}
}

func TestStatementsArabicArticle(t *testing.T) {
	checkStatements(t, loadArticle(t), []wantStatement{
		{"قال قيادي في", "قيادي في “المقاومة الإسلامية بالعراق”", Anonymous, "", "قال", "", false, false},
		{"وقال القيادي في", "علي الطائي", Named, "القيادي في “المقاومة الإسلامية”", "وقال", "", true, false},
		{"وأضاف لجريدة", "علي الطائي", Named, "القيادي في “المقاومة الإسلامية”", "وأضاف", "جريدة “الأخبار” اللبنانية", false, true},
		{"واعتبر القيادي", "علي الطائي", Named, "القيادي", "واعتبر", "", true, false},
		{"ونقلت الجريدة", "قيادي في “كتائب حزب الله” العراقية (لم تسمّه)", Anonymous, "", "ونقلت", "الجريدة اللبنانية", true, false},
		{"“المقاومة الإسلامية في العراق” هي", "", NoSpeaker, "", "", "", false, false},
		{"وفي 6 من أيلول", "مصادر متعددة مطلعة", Anonymous, "", "نقلت", "وكالة “رويترز”", false, false},
		{"وقال مسؤول أمريكي كبير", "مسؤول أمريكي كبير (لم تسمه الوكالة)", Anonymous, "", "وقال", "", true, false},
		{"وكان مقررًا", "المصادر", Anonymous, "", "وفق", "", false, false},
		{"مستشار رئيس الوزراء", "فرهاد علاء الدين", Named, "مستشار رئيس الوزراء العراقي للشؤون الخارجية", "قال", "رويترز", false, false},
		{"وأضاف، “نحن", "فرهاد علاء الدين", Named, "مستشار رئيس الوزراء العراقي للشؤون الخارجية", "وأضاف", "", true, true},
		{"وفي 1 من أيلول", "محمد شياع السوداني", Named, "رئيس الوزراء العراقي", "قال", "", false, false},
		{"وأضاف في مؤتمر", "بات رايدر", Named, "السكرتير الصحفي لوزارة الدفاع الأمريكية (البنتاجون)", "وأضاف", "", false, true},
		{"وفي حالة العراق", "رايدر", Named, "", "بحسب", "", false, false},
		{"رايدر اعتبر", "رايدر", Named, "", "اعتبر", "", false, false},
		{"وعلى صعيد آخر", "جوش روجين", Named, "", "اعتبر", "", false, false},
		{"وتسعى الولايات", "", NoSpeaker, "", "", "", false, false},
	})
}

func TestStatementsEnglish(t *testing.T) {
	text := "\"We have reached an agreement, the question is when to announce it,\" a senior U.S. official told Reuters.\n" +
		"Ali al-Sudani, a leader of the Islamic Resistance, said the claims were \"pure lies by the United States.\"\n" +
		"The plan was broadly agreed, two officials said on Tuesday. He added that troops would leave by September 2025.\n" +
		"According to the Washington Post, the withdrawal will not be completed soon.\n" +
		"Sources said about 2,500 U.S. troops remain in Iraq. The Pentagon denied the report.\n" +
		"\"We will not leave,\" said Gen. Pat Ryder. \"Our mission continues. It is not over.\"\n" +
		"The coalition was formed in 2014.\n" +
		"A senior official said the talks were over. The official added that no date was set."
	checkStatements(t, text, []wantStatement{
		{"\"We have reached", "a senior U.S. official", Anonymous, "", "told", "Reuters", true, false},
		{"Ali al-Sudani", "Ali al-Sudani", Named, "a leader of the Islamic Resistance", "said", "", true, false},
		{"The plan was", "two officials", Anonymous, "", "said", "", false, false},
		{"He added", "two officials", Anonymous, "", "added", "", false, true},
		{"According to", "the Washington Post", Named, "", "According to", "the Washington Post", false, false},
		{"Sources said", "Sources", Anonymous, "", "said", "", false, false},
		{"The Pentagon", "The Pentagon", Named, "", "denied", "", false, false},
		{"\"We will not leave", "Gen. Pat Ryder", Named, "", "said", "", true, false},
		{"\"Our mission", "Gen. Pat Ryder", Named, "", "", "", true, true},
		{"The coalition", "", NoSpeaker, "", "", "", false, false},
		{"The official added", "A senior official", Anonymous, "The official", "added", "", false, false},
	})
}

// A longer title between commas, a pronoun that carries it on, and a
// speaker after the verb with no quotation marks.
func TestStatementsEnglishAppositiveAndInversion(t *testing.T) {
	text := "Ali al-Taie, a leader of the Islamic Resistance in Iraq, said the reports were pure lies.\n" +
		"He said US forces would not leave.\n" +
		"The reports are false, said Ali al-Taie.\n" +
		"The plan is dead, said the official.\n" +
		"The talks ended early, officials said the talks had ended."
	checkStatements(t, text, []wantStatement{
		{"Ali al-Taie, a leader", "Ali al-Taie", Named, "a leader of the Islamic Resistance in Iraq", "said", "", false, false},
		{"He said", "Ali al-Taie", Named, "a leader of the Islamic Resistance in Iraq", "said", "", false, true},
		{"The reports are false", "Ali al-Taie", Named, "", "said", "", false, false},
		{"The plan is dead", "the official", Anonymous, "", "said", "", false, false},
		{"The talks ended early", "officials", Anonymous, "", "said", "", false, false},
	})
	// A quoted name in the title is not a quotation that the verb follows.
	checkStatements(t, "Ali al-Taie, a leader of the “Islamic Resistance”, said the statements were “pure lies on the part of the United States”.",
		[]wantStatement{{"Ali al-Taie", "Ali al-Taie", Named, "a leader of the “Islamic Resistance”", "said", "", true, false}})
}

// "X, citing Y, said": Y speaks, through X.
func TestStatementsCiting(t *testing.T) {
	text := "Reuters, citing several informed sources, reported that a plan for the withdrawal has been broadly agreed.\n" +
		"The agency, quoting two Iraqi officials, said the talks had ended."
	checkStatements(t, text, []wantStatement{
		{"Reuters, citing", "several informed sources", Anonymous, "", "reported", "Reuters", false, false},
		{"The agency, quoting", "two Iraqi officials", Anonymous, "", "said", "The agency", false, false},
	})
}

func TestStatementQuoteSpansSentences(t *testing.T) {
	text := "He said: “We are leaving. All of us. Soon.” Then he left."
	sts := Statements(Parse(text))
	if len(sts) != 2 {
		t.Fatalf("got %d statements, want 2: %+v", len(sts), sts)
	}
	if sts[0].Quote.Text != "We are leaving. All of us. Soon" {
		t.Errorf("quote %q", sts[0].Quote.Text)
	}
	runes := []rune(text)
	for _, st := range sts {
		if string(runes[st.Start:st.End]) != st.Text {
			t.Errorf("statement offsets %d..%d do not give %q", st.Start, st.End, st.Text)
		}
		for _, sp := range []Span{st.Speaker, st.Cue, st.Quote} {
			if sp.Text != "" && string(runes[sp.Start:sp.End]) != sp.Text {
				t.Errorf("span %+v does not match the text", sp)
			}
		}
	}
}

func TestStatementSpansMatchDocument(t *testing.T) {
	text := loadArticle(t)
	runes := []rune(text)
	for _, st := range Statements(Parse(text)) {
		for _, sp := range []Span{st.Speaker, st.Role, st.Cue, st.Channel, st.Quote} {
			if sp.Text == "" {
				continue
			}
			if sp.End > len(runes) || string(runes[sp.Start:sp.End]) != sp.Text {
				t.Errorf("statement %d: span %q at %d..%d does not match the document", st.Index, sp.Text, sp.Start, sp.End)
			}
		}
		if utf8.RuneCountInString(st.Text) != st.End-st.Start {
			t.Errorf("statement %d: length and offsets disagree", st.Index)
		}
	}
}

func TestStatementFactsInDocumentOffsets(t *testing.T) {
	text := loadArticle(t)
	runes := []rune(text)
	var numbers, dates int
	for _, st := range Statements(Parse(text)) {
		for _, n := range st.Facts.Numbers {
			numbers++
			if n.Start < st.Start || n.End > st.End || string(runes[n.Start:n.End]) != n.Text {
				t.Errorf("number %q at %d..%d is not where the document has it", n.Text, n.Start, n.End)
			}
		}
		for _, d := range st.Facts.Dates {
			dates++
			if d.Start < st.Start || d.End > st.End || string(runes[d.Start:d.End]) != d.Text {
				t.Errorf("date %q at %d..%d is not where the document has it", d.Text, d.Start, d.End)
			}
		}
		for _, c := range st.Facts.Cues {
			if string(runes[c.Start:c.End]) != c.Text {
				t.Errorf("cue %q at %d..%d is not where the document has it", c.Text, c.Start, c.End)
			}
		}
	}
	// The article states 2500 and 900 troops, and dates such as أيلول 2025.
	if numbers < 2 || dates < 3 {
		t.Errorf("found %d numbers and %d dates in the article, want at least 2 and 3", numbers, dates)
	}
}

func TestStatementsArabicPatterns(t *testing.T) {
	text := "قالت وزارة الخارجية العراقية إن الموعد لم يحدد.\n" +
		"يقول مسؤولون عراقيون إن الاتفاق قريب.\n" +
		"فقال الوزير: «لن نقبل بذلك أبدا».\n" +
		"ونفى المتحدث باسم البنتاغون، جون كيربي، أن تكون القوات ستنسحب.\n" +
		"وأكدت مصادر مطلعة لوكالة “رويترز” أن الخطة جاهزة.\n" +
		"بحسب ما قالت صحيفة “واشنطن بوست” الأمريكية، فإن الانسحاب مؤجل."
	checkStatements(t, text, []wantStatement{
		{"قالت وزارة", "وزارة الخارجية العراقية", Named, "", "قالت", "", false, false},
		{"يقول مسؤولون", "مسؤولون عراقيون", Anonymous, "", "يقول", "", false, false},
		{"فقال الوزير", "الوزير", Named, "", "فقال", "", true, false},
		{"ونفى المتحدث", "جون كيربي", Named, "المتحدث باسم البنتاغون", "ونفى", "", false, false},
		{"وأكدت مصادر", "مصادر مطلعة", Anonymous, "", "وأكدت", "وكالة “رويترز”", false, false},
		{"بحسب ما قالت", "صحيفة “واشنطن بوست” الأمريكية", Named, "", "بحسب", "صحيفة “واشنطن بوست” الأمريكية", false, false},
	})
}

func TestStatementsOddInput(t *testing.T) {
	// Must not panic: a lone quote mark after an attributed sentence, a cue
	// at the very end, brackets never closed.
	for _, text := range []string{
		"Officials said it. “", "Officials said it. “”", "He said", "قال", "وقال مسؤول (لم", "According to", "نقلت عن",
		"“a b c” said. “", "told told told", "، قال ، ،",
	} {
		for _, st := range Statements(Parse(text)) {
			if st.End < st.Start {
				t.Errorf("%q: statement %+v", text, st)
			}
		}
	}
}

// After a verb of denying or confirming, the Arabic speaker ends where the
// verb's object starts: a masdar in construct, a report noun, a noun in
// construct after a definite head; prepositional attachments stay.
func TestStatementsArabicSpeakerEndsBeforeObject(t *testing.T) {
	text := "ونفى مسؤول في حزب معارض قريب من الحكومة صحة الأنباء عن استقالة الوزير.\n" +
		"وأكد الوزير العراقي التزام الحكومة بالاتفاق.\n" +
		"ونفت مصادر مطلعة وجود أي خلاف بين الطرفين.\n" +
		"وأكد الوزير نور الدين حسن أن الخلاف انتهى.\n" +
		"وقال نائب رئيس مجلس الوزراء إن الجلسة تأجلت.\n" +
		"وقال مسؤول رفيع المستوى إن الجلسة تأجلت.\n" +
		"أعلنت الشرطة عن اعتقال ثلاثة أشخاص.\n" +
		"وقال القيادي في “حركة التحرير الوطني الموحدة” إن الحركة لن تشارك.\n" +
		"وقال مسؤول عسكري \"انتهت المهمة تماما\" مضيفا أن القوات عادت."
	checkStatements(t, text, []wantStatement{
		{"ونفى مسؤول", "مسؤول في حزب معارض قريب من الحكومة", Anonymous, "", "ونفى", "", false, false},
		{"وأكد الوزير العراقي", "الوزير العراقي", Named, "", "وأكد", "", false, false},
		{"ونفت مصادر", "مصادر مطلعة", Anonymous, "", "ونفت", "", false, false},
		{"وأكد الوزير نور", "الوزير نور الدين حسن", Named, "", "وأكد", "", false, false},
		{"وقال نائب", "نائب رئيس مجلس الوزراء", Named, "", "وقال", "", false, false},
		{"وقال مسؤول رفيع", "مسؤول رفيع المستوى", Anonymous, "", "وقال", "", false, false},
		{"أعلنت الشرطة", "الشرطة", Named, "", "أعلنت", "", false, false},
		{"وقال القيادي في", "القيادي في “حركة التحرير الوطني الموحدة”", Anonymous, "", "وقال", "", false, false},
		{"وقال مسؤول عسكري", "مسؤول عسكري", Anonymous, "", "وقال", "", true, false},
	})
}

// Adverbials of time and occasion after the speaker are not part of it; a
// statement ("في بيان") or an outlet behind لـ is the channel.
func TestStatementsArabicAdverbialAndChannel(t *testing.T) {
	text := "وقال السفير في ختام كلمته إن الزيارة ناجحة.\n" +
		"وأضاف الوزير خلال مؤتمر صحفي أن الزيارة ناجحة.\n" +
		"وقال المحافظ أمس إن الطريق مفتوح.\n" +
		"وقال الوزير في بيان إن الحدود مغلقة.\n" +
		"وقال مدير المكتب في تصريح لصحيفة “الرأي” إن الملف أغلق.\n" +
		"وكان المحافظ قد أكد أن الطريق مفتوح."
	checkStatements(t, text, []wantStatement{
		{"وقال السفير", "السفير", Named, "", "وقال", "", false, false},
		{"وأضاف الوزير", "الوزير", Named, "", "وأضاف", "", false, false},
		{"وقال المحافظ", "المحافظ", Named, "", "وقال", "", false, false},
		{"وقال الوزير في بيان", "الوزير", Named, "", "وقال", "بيان", false, false},
		{"وقال مدير", "مدير المكتب", Named, "", "وقال", "صحيفة “الرأي”", false, false},
		{"وكان المحافظ", "المحافظ", Named, "", "أكد", "", false, false},
	})
}

// Sources after وفقا لـ/بحسب, a subject before its verb, a verb whose
// object follows it at once (the speaker carried), and a verb inside a
// relative clause, which attributes nothing.
func TestStatementsArabicSourcesAndOrder(t *testing.T) {
	text := "وفقا لمصادر دبلوماسية، فإن الاتفاق قريب.\n" +
		"بحسب وزارة الصحة فإن الإصابات تراجعت.\n" +
		"بحسب استطلاع للرأي فإن الثقة تراجعت.\n" +
		"مصادر مطلعة قالت إن الاتفاق قريب.\n" +
		"قال المتحدث باسم الوزارة إن الحدود مغلقة.\n" +
		"فصيل مسلح ينفي خطة الانسحاب\n" +
		"قال محافظ البنك إن التضخم تراجع. ونفى وجود أزمة في السيولة.\n" +
		"رحيل الكاتب الذي أعلن اعتزاله العام الماضي"
	checkStatements(t, text, []wantStatement{
		{"وفقا لمصادر", "مصادر دبلوماسية", Anonymous, "", "وفقا", "", false, false},
		{"بحسب وزارة", "وزارة الصحة", Named, "", "بحسب", "", false, false},
		{"بحسب استطلاع", "استطلاع للرأي", Named, "", "بحسب", "", false, false},
		{"مصادر مطلعة قالت", "مصادر مطلعة", Anonymous, "", "قالت", "", false, false},
		{"قال المتحدث", "المتحدث باسم الوزارة", Named, "", "قال", "", false, false},
		{"فصيل مسلح", "فصيل مسلح", Named, "", "ينفي", "", false, false},
		{"ونفى وجود", "محافظ البنك", Named, "", "ونفى", "", false, true},
		{"رحيل الكاتب", "", NoSpeaker, "", "", "", false, false},
	})
	// The speaker after "وفقا لـ" leaves out the ل and still matches the text.
	for _, text := range []string{"وفقا لمصادر دبلوماسية، فإن الاتفاق قريب.", "وفقا لـ مصادر دبلوماسية، فإن الاتفاق قريب."} {
		st := Statements(Parse(text))[0]
		if st.Speaker.Text != "مصادر دبلوماسية" || string([]rune(text)[st.Speaker.Start:st.Speaker.End]) != st.Speaker.Text {
			t.Errorf("%q: speaker %+v", text, st.Speaker)
		}
	}
}

// A name and its title set off by commas, in either order and on either
// side of the verb; a relative clause after the speaker; a pronoun that
// carries a speaker named in a sentence before, even with a sentence in
// between or in the paragraph before.
func TestStatementsEnglishAppositionAndCarry(t *testing.T) {
	text := "The talks collapsed on Monday, said Maria Lopez, deputy director of the regional council.\n" +
		"Jane Doe, finance adviser to the city's mayor, said the budget was cut.\n" +
		"The bridge will reopen in May, said the official, who spoke on condition of anonymity.\n" +
		"“We will rebuild the school,” said the engineer, who asked not to be named.\n" +
		"A local union leader, Omar Haddad, rejected the offer. “This is an insult to every worker,” he said.\n" +
		"Karen Holt, the mayor, said the plan was final.\n" +
		"The council meets weekly. “We will not wait for them,” she said.\n" +
		"A senior diplomat, not named by the paper, said: “The talks are over.”\n" +
		"The governor, speaking to reporters, said the roads were open."
	checkStatements(t, text, []wantStatement{
		{"The talks collapsed", "Maria Lopez", Named, "deputy director of the regional council", "said", "", false, false},
		{"Jane Doe", "Jane Doe", Named, "finance adviser to the city's mayor", "said", "", false, false},
		{"The bridge will", "the official", Anonymous, "", "said", "", false, false},
		{"“We will rebuild", "the engineer", Anonymous, "", "said", "", true, false},
		{"A local union", "Omar Haddad", Named, "A local union leader", "rejected", "", false, false},
		{"“This is an insult", "Omar Haddad", Named, "A local union leader", "said", "", true, true},
		{"“We will not wait", "Karen Holt", Named, "the mayor", "said", "", true, true},
		{"A senior diplomat", "A senior diplomat", Anonymous, "", "said", "", true, false},
		{"The governor, speaking", "The governor", Named, "", "said", "", false, false},
	})
}

// Channels, unnamed speakers and the passive in English; a wh-word never
// starts a speaker; a quotation over two sentences keeps the carried speaker.
func TestStatementsEnglishCommonPatterns(t *testing.T) {
	text := "The governor told Reuters that the dam was safe.\n" +
		"According to the ministry, the dam is safe.\n" +
		"The ministry said in a statement that the dam was safe.\n" +
		"Sources said the dam was safe.\n" +
		"A spokesman for the ministry said the dam was safe.\n" +
		"U.S. officials said the dam was safe.\n" +
		"Officials who spoke on condition of anonymity said the dam was safe.\n" +
		"What the agency reported\n" +
		"Officials said the dam held. It was reported that the river rose.\n" +
		"Officials said the dam held. “The dam is safe. It was built to last,” they added."
	checkStatements(t, text, []wantStatement{
		{"The governor told", "The governor", Named, "", "told", "Reuters", false, false},
		{"According to the ministry", "the ministry", Named, "", "According to", "", false, false},
		{"The ministry said in", "The ministry", Named, "", "said", "a statement", false, false},
		{"Sources said", "Sources", Anonymous, "", "said", "", false, false},
		{"A spokesman", "A spokesman for the ministry", Anonymous, "", "said", "", false, false},
		{"U.S. officials", "U.S. officials", Anonymous, "", "said", "", false, false},
		{"Officials who", "Officials", Anonymous, "", "said", "", false, false},
		{"What the agency", "the agency", Named, "", "reported", "the agency", false, false},
		{"It was reported", "", NoSpeaker, "", "reported", "", false, false},
		{"“The dam is safe", "Officials", Anonymous, "", "added", "", true, true},
	})
	sts := Statements(Parse("Engineers said the dam held. “The dam is safe. It was built to last,” they added."))
	if len(sts) != 2 || sts[1].Quote.Text != "The dam is safe. It was built to last" {
		t.Errorf("quotation over two sentences: %+v", sts)
	}
}

// Every span of every statement is the text at its offsets, whatever the
// input: the speaker cut after "وفقا لـ", before an object or an adverbial,
// and the channels read from "في بيان" or "in a statement" included.
func FuzzStatementSpans(f *testing.F) {
	for _, s := range []string{"وفقا لمصادر دبلوماسية، فإن الاتفاق قريب.", "وفقا لـ", "وفقا ل", "وقال الوزير في بيان",
		"وقال مدير المكتب في تصريح لصحيفة “الرأي” إن", "ونفى مسؤول في حزب صحة الأنباء", "فصيل ينفي خطة",
		"The plan is dead, said Maria Lopez, deputy director.", "said the official, who", "What Reuters reported",
		"BAGHDAD, Sept 15 - A commander on Sunday dismissed it. “No,” he said.", "The ministry said in a statement"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		runes := []rune(s)
		for _, st := range Statements(Parse(s)) {
			for _, sp := range []Span{st.Speaker, st.Role, st.Cue, st.Channel, st.Quote} {
				if sp.Text == "" {
					continue
				}
				if sp.Start < 0 || sp.End > len(runes) || sp.Start > sp.End || string(runes[sp.Start:sp.End]) != sp.Text {
					t.Fatalf("span %+v does not match the text of %q", sp, s)
				}
			}
		}
	})
}

// TestBylineIsNoStatement checks that the line under a headline naming the
// outlet, the place or the date is not a statement, in either language,
// while a short statement there, the headline and a dated sentence are.
func TestBylineIsNoStatement(t *testing.T) {
	cases := []struct {
		byline string
		drop   bool
	}{
		{"Harbour Times | Friday 3 October", true},
		{"Port Said, 3 October 2025", true},
		{"القاهرة - (أ ش أ)", true},
		{"الإسكندرية - «المصري اليوم»", true},
		{"شبكة أخبار الوادي", true},
		{"Police deny the report.", false},
		{"The governor said on Friday, 3 October, that the port would reopen within days", false},
	}
	for _, c := range cases {
		text := "Port reopens after week-long closure\n\n" + c.byline + "\n\nThe port reopened on Friday, its director said."
		sts := Statements(Parse(text))
		kept := false
		for _, st := range sts {
			if st.Text == c.byline || strings.HasPrefix(c.byline, st.Text) {
				kept = true
			}
		}
		if kept == c.drop {
			t.Errorf("%q: kept %v, want kept %v (statements %q)", c.byline, kept, !c.drop, texts(sts))
		}
		if len(sts) == 0 || sts[0].Text != "Port reopens after week-long closure" || !strings.HasPrefix(sts[len(sts)-1].Text, "The port reopened") {
			t.Errorf("%q: the headline or the lead went: %q", c.byline, texts(sts))
		}
	}
}

func texts(sts []Statement) []string {
	out := make([]string, len(sts))
	for i, st := range sts {
		out[i] = st.Text
	}
	return out
}
