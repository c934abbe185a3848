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
