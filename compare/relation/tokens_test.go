package relation

import (
	"strings"
	"testing"
)

// TestDottedLetters checks that "U.S.", "U.N." and "a.m." are one word,
// keyed as typed without dots, so that "U.S." meets "US" and "الأمريكية",
// that "a.m." is no content word, and that a sentence's last initial or a
// decimal is left alone.
func TestDottedLetters(t *testing.T) {
	toks := tokenize("The U.S. and U.N. said at 6 a.m. that it was Plan B. Then 2.5 rose.", nil, nil)
	want := map[string]string{"U.S.": "us", "U.N.": "un", "a.m.": "am"}
	for _, tk := range toks {
		if k, ok := want[tk.text]; ok {
			if tk.key != k {
				t.Errorf("%q: key %q, want %q", tk.text, tk.key, k)
			}
			if tk.stop != (tk.text == "a.m.") {
				t.Errorf("%q: stop %v", tk.text, tk.stop)
			}
			delete(want, tk.text)
		}
		if tk.text == "B." || tk.text == "2.5." {
			t.Errorf("%q joined", tk.text)
		}
	}
	if len(want) > 0 {
		t.Errorf("not one word: %v", want)
	}
	us, ar := Prepare("U.S. forces will withdraw from Iraq."), Prepare("القوات الأمريكية ستنسحب من العراق.")
	if us.toks[0].id != ar.toks[1].id {
		t.Errorf("U.S. does not meet الأمريكية")
	}
}

// TestFireAcrossLanguages checks that "fire" (a blaze) meets "الحريق" and
// "blaze", while "fired" is still a dismissal, the opposite of "hired".
func TestFireAcrossLanguages(t *testing.T) {
	en, ar := Prepare("The fire destroyed the warehouse."), Prepare("دمر الحريق المستودع.")
	if en.toks[1].id != ar.toks[1].id || en.toks[1].id != Prepare("blaze").toks[0].id {
		t.Errorf("fire, الحريق and blaze are not one concept")
	}
	r := Classify("The company fired its chief executive on Monday.", "The company hired its chief executive on Monday.")
	if !hasReason(r.Reasons, "antonym", "fired", "hired") {
		t.Errorf("fired against hired: %s %v", r.Label, r.Reasons)
	}
}

// TestParticleWithPronounIsNoWord checks that أن and إن with a pronoun and
// a clitic ("بأنها", "لأنه", "فإنه") are function words, as "أنها" is: they
// fold to the key of أنهى (ended), and "وصف الاشتباكات بأنها محدودة" (called
// the clashes limited) read as "ended", the opposite of "بدأت" (started).
func TestParticleWithPronounIsNoWord(t *testing.T) {
	for _, w := range []string{"بأنها", "لأنه", "وأنها", "فإنه", "بأنهم"} {
		if tk := Prepare(w).toks[0]; !tk.stop {
			t.Errorf("%s is not a function word", w)
		}
	}
	wantNoRuleReason(t, "antonym", [][2]string{
		{"وقال الجيش إن قوات الحدود هي التي بدأت بإطلاق النار", "ووصف المتحدث الاشتباكات بأنها محدودة وأن قوات الحدود صدت الهجوم"},
	})
}

// TestPlacesByTheirForms checks that a word the stemmer folds onto a place
// and that is none takes no place ("البحر", the sea, is not Bahrain;
// "غاز", gas, not Benghazi; "المالية", finance, not Mali; "using" not
// the US), while the places' own forms, with clitics and nisba endings,
// keep theirs.
func TestPlacesByTheirForms(t *testing.T) {
	place := func(w string) bool {
		tk := Prepare(w).toks[0]
		return tk.ent != nil && placeRole(tk.ent)
	}
	for _, w := range []string{"البحر", "بالبحر", "غاز", "الغاز", "المالية", "مالية", "المالي", "السور", "جورج", "يجري", "ويجري",
		"الرياضية", "تترك", "العربات", "شيكات", "using"} {
		if place(w) {
			t.Errorf("%s is taken for a place", w)
		}
	}
	for _, w := range []string{"البحرين", "بنغازي", "مالي", "بمالي", "سوريا", "السورية", "السوريين", "بالعراق", "للعراق", "العراقيون",
		"الفنزويلية", "الكينية", "الأمريكية", "الرياض", "جورجيا", "النيجر", "تركيا", "العرب", "الروس", "US", "Bahrain"} {
		if !place(w) {
			t.Errorf("%s is no longer a place", w)
		}
	}
}

// TestColourAcrossScripts checks that a colour and its translation are one
// colour: the "Red Sea" and "البحر الأحمر" are not two colours.
func TestColourAcrossScripts(t *testing.T) {
	for _, p := range [][2]string{
		{"The dam gave way after three days of heavy rain in the Red Sea hills.", "وانهار السد عقب أمطار غزيرة على مرتفعات البحر الأحمر."},
		{"The talks were hosted by the Red Cross.", "جرت المفاوضات برعاية الصليب الأحمر."},
	} {
		for _, r := range Classify(p[0], p[1]).Reasons {
			if strings.HasPrefix(r.Detail, "colour") {
				t.Errorf("%q vs %q: %s", p[0], p[1], r.Detail)
			}
		}
	}
}

// TestWordsThatAreNotTheirStem checks that words the stemmer folds onto an
// antonym's word give no antonym: "nearly" is not "near" (against "far"),
// "الإعلان" (the announcement) not أعلى (higher, against "خفض", a cut).
func TestWordsThatAreNotTheirStem(t *testing.T) {
	wantNoRuleReason(t, "antonym", [][2]string{
		{"Rescuers said the village was far from the main road.", "Rescuers said the village was nearly cut off from the main road."},
		{"وجاء الإعلان عن خفض أسعار الوقود بعد اجتماع الحكومة", "وجاء خفض أسعار الوقود إلى أدنى مستوى بعد اجتماع الحكومة"},
	})
	wantRuleReason(t, "antonym", [][2]string{
		{"Rescuers said the village was far from the main road.", "Rescuers said the village was near the main road."},
	})
	// Nor do they take the concept: a family is no prisoners, operations
	// no currency.
	for _, w := range []string{"أسرة", "لأسرة", "عمليات", "العملية", "حاليا", "البلدين", "يدفع", "نيسان", "بالغة"} {
		if tk := Prepare(w).toks[0]; tk.ent != nil {
			t.Errorf("%s takes a lexicon entry (concept %d)", w, tk.ent.concept)
		}
	}
	for _, w := range []string{"أسرى", "عملة", "حالات", "بلدة", "دفعة", "إلغاء"} {
		if tk := Prepare(w).toks[0]; tk.ent == nil {
			t.Errorf("%s lost its lexicon entry", w)
		}
	}
	// Nor are they cues: communication does not continue, forests are no
	// absence.
	for w, want := range map[string]bool{"التواصل": false, "الغابات": false, "غابات": false, "تواصل": true, "غاب": true} {
		if got := Prepare(w).toks[0].cue != 0; got != want {
			t.Errorf("%s: a cue %v, want %v", w, got, want)
		}
	}
}

// TestClassMembersByTheirForms checks that words the stemmer folds onto a
// member of a closed class and that are none take no class ("وأن", and
// that, is no currency; "نسبته", its share, no Saturday; "حصانة", immunity,
// no horse; "falling" no season), while members keep theirs with clitics
// and their accusative, plural or past endings.
func TestClassMembersByTheirForms(t *testing.T) {
	class := func(w string) string {
		toks := Prepare(w).toks
		tk := toks[len(toks)-1]
		if tk.ent == nil || tk.ent.class == 0 {
			return ""
		}
		return classNames[tk.ent.class-1]
	}
	for _, w := range []string{"وأن", "وروي", "تكوين", "نسبته", "حصانة", "فاسدة", "بالجملة", "الأمر", "يذكر", "يستورد", "falling", "bearing"} {
		if c := class(w); c != "" {
			t.Errorf("%s is taken for a member of %s", w, c)
		}
	}
	for w, want := range map[string]string{"الدولارات": "currency", "دينارا": "currency", "dinars": "currency", "بالجنيه": "currency",
		"jumped": "posture", "الحمراء": "colour", "الأحمر": "colour", "الثلاثاء": "weekday", "الصيف": "season", "امرأة": "gender"} {
		if c := class(w); c != want {
			t.Errorf("%s is a member of %q, want %s", w, c, want)
		}
	}
}
