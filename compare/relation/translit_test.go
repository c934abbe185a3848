package relation

import (
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// TestNamesAcrossScripts checks the consonant skeletons that let a name in
// Latin letters meet its Arabic spelling, and the words that must not meet.
func TestNamesAcrossScripts(t *testing.T) {
	same := [][2]string{
		{"Haddad", "حداد"}, {"Narobia", "ناروبيا"}, {"Karam", "كرم"}, {"Saleh", "صالح"},
		{"Mohammed", "محمد"}, {"Washington", "واشنطن"}, {"Sudani", "السوداني"}, {"Youssef", "يوسف"},
		{"Khalid", "خالد"}, {"Sharif", "شريف"}, {"Reuters", "رويترز"}, {"Jeddah", "جدة"},
	}
	for _, c := range same {
		if x, y := skeleton(c[0], true), skeleton(c[1], false); !sameSkeleton(x, y) {
			t.Errorf("%s (%x) and %s (%x) do not meet", c[0], x, c[1], y)
		}
	}
	differ := [][2]string{{"Haddad", "حسن"}, {"Karam", "سليم"}, {"Narobia", "نيجيريا"}}
	for _, c := range differ {
		if sameSkeleton(skeleton(c[0], true), skeleton(c[1], false)) {
			t.Errorf("%s and %s meet", c[0], c[1])
		}
	}
	// Two words of one script never meet by skeleton, and a word of fewer
	// than two consonant classes has none.
	if sameSkeleton(skeleton("حداد", false), skeleton("حدود", false)) {
		t.Error("two Arabic words meet by skeleton")
	}
	if skeleton("Ali", true) != 0 || skeleton("lowercase", false) != 0 {
		t.Error("a one-class name or a lower-case Latin word has a skeleton")
	}
}

// TestShortNameNeedsItsNeighbour checks that a two-letter skeleton ("Amal",
// "أمل") matches only beside another matching name: alone it would meet
// common words such as عمل (work).
func TestShortNameNeedsItsNeighbour(t *testing.T) {
	toks := func(s string) []token { return Prepare(s).toks }
	a := toks("Amal Haddad won")
	if b := toks("فازت أمل حداد"); !nameMatch(a, 0, b, 1) {
		t.Error("Amal Haddad does not meet أمل حداد")
	}
	if b := toks("تواصل عمل اللجنة"); nameMatch(a, 0, b, 1) {
		t.Error("Amal alone meets عمل")
	}
	// The neighbour past the Latin article and its hyphen: "Hatem
	// al-Rubaie" and "حاتم الربيعي".
	a = toks("Hatem al-Rubaie was sacked")
	b := toks("أقال حاتم الربيعي")
	if r := slices.IndexFunc(a, func(x token) bool { return x.text == "Rubaie" }); r < 0 || !nameMatch(a, r, b, 2) {
		t.Error("Hatem al-Rubaie does not meet حاتم الربيعي")
	}
}

// TestConceptKeysMeetAcrossLanguages checks the keys the archive indexes a
// word under so that statements of two scripts meet: a concept, an
// antonym group, a month; none for a reporting word.
func TestConceptKeysMeetAcrossLanguages(t *testing.T) {
	keys := func(w string) []string { return ConceptKeys(textnorm.Key(w), nil) }
	meet := [][]string{{"withdrawal", "انسحاب"}, {"June", "حزيران", "يونيو"}, {"turnout", "المشاركة"}, {"conceded", "يرفض"}, {"notified", "notification", "إشعار", "أخطرت"}, {"courts", "المحاكم", "محكمة"}, {"died", "وتوفيت"}, {"erupted", "اندلع"},
		// News verbs and nouns bridged in session 35.
		{"visited", "زار", "زيارة"}, {"seized", "ضبطت", "مصادرة"}, {"issued", "أصدرت"}, {"ruled", "قضت"}, {"signing", "التوقيع"}, {"elected", "انتخب"},
		{"voted", "صوّت", "صوتوا"}, {"attacked", "هاجم", "هجوم"}, {"escaped", "هرب", "هربت"}, {"rescued", "أنقذت"}, {"protested", "احتج"}, {"met", "التقى", "اجتماع"}, {"raided", "داهمت"},
		{"transfer", "التحويل"}, {"compensation", "تعويضات"}, {"inspectors", "مفتشو"}, {"cracks", "تشققات"}, {"landfill", "مكب"}, {"stations", "محطات"}, {"generators", "مولدات"}, {"pilgrims", "معتمرين"},
		{"injured", "أصيب", "أصيبت"}, {"detained", "احتجز"}, {"crashed", "تحطمت", "حادث"},
		{"depot", "المستودع"}, {"motorcade", "موكب", "قافلة"}, {"stampede", "التدافع"}, {"headquarters", "مقر"}, {"network", "الشبكة"}}
	for _, ws := range meet {
		first := keys(ws[0])
		for _, w := range ws[1:] {
			if k := keys(w); !slices.ContainsFunc(k, func(x string) bool { return slices.Contains(first, x) }) {
				t.Errorf("%s %v and %s %v share no key", ws[0], first, w, k)
			}
		}
	}
	for _, w := range []string{"said", "قال"} {
		if k := keys(w); len(k) != 0 {
			t.Errorf("reporting word %s has keys %v", w, k)
		}
	}
}

// TestNameKey checks the script-free key of a name: a possessive does not
// change it, and a lexicon word or a lower-case Latin word has none.
func TestNameKey(t *testing.T) {
	if a, b := NameKey("Narobia's"), NameKey("ناروبيا"); a == "" || a != b {
		t.Errorf("Narobia's %q, ناروبيا %q", a, b)
	}
	for _, w := range []string{"election", "الانتخابات", "في", "haddad"} {
		if k := NameKey(w); k != "" {
			t.Errorf("%s has the name key %q", w, k)
		}
	}
}

// TestPlacesMeetAcrossScripts checks that a place of the lexicon meets its
// name in the other script when two statements' words are matched (the
// overlap the model weighs): the two are members of the place class with
// ids of their own, and a Latin word the lexicon knows has no skeleton.
// Two places do not meet.
func TestPlacesMeetAcrossScripts(t *testing.T) {
	for _, c := range []struct {
		en, ar string
		meet   bool
	}{{"Baghdad", "بغداد", true}, {"Mosul", "الموصل", true}, {"Amman", "عمان", true}, {"Basra", "البصرة", true}, {"Gaza", "غزة", true}, {"Baghdad", "البصرة", false}, {"Amman", "عدن", false}} {
		a := append([]token(nil), Prepare("Children in "+c.en+" fell ill.").toks...)
		b := append([]token(nil), Prepare("ومرض أطفال في "+c.ar+".").toks...)
		markMatches(a, b)
		if a[2].text != c.en || a[2].matched != c.meet {
			t.Errorf("%s (%q) against %s: matched %v, want %v", c.en, a[2].text, c.ar, a[2].matched, c.meet)
		}
	}
}
