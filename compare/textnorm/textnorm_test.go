package textnorm

import "testing"

func TestNormalizeArabic(t *testing.T) {
	cases := []struct{ in, want string }{
		{"أمريكا", "امريكا"},
		{"إيران", "ايران"},
		{"آب", "اب"},
		{"مُلحّة", "ملحه"},
		{"الـــدولة", "الدوله"},
		{"مستشفى", "مستشفي"},
		{"٢٥٠٠", "2500"},
		{"۲۰۲۶", "2026"},
		{"Reuters", "reuters"},
		{"ﻻ", "لا"}, // presentation form through NFKC
	}
	for _, c := range cases {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestFoldOptionsAreIndependent(t *testing.T) {
	if got := Fold("أمريكيّة", IgnoreDiacritics); got != "أمريكية" {
		t.Errorf("diacritics only: %q", got)
	}
	if got := Fold("أمريكيّة", IgnoreLetterforms); got != "امريكيّه" {
		t.Errorf("letterforms only: %q", got)
	}
	if got := Fold("«", IgnorePunct); got != "" {
		t.Errorf("punct: %q", got)
	}
	if got := Fold("«", 0); got != "«" {
		t.Errorf("no options must keep text: %q", got)
	}
	if got := Fold("٢٠", IgnoreCase); got != "٢٠" {
		t.Errorf("case option must keep Arabic digits: %q", got)
	}
}

func TestKeyMatchesVariants(t *testing.T) {
	groups := [][]string{
		{"أمريكا", "امريكا", "وأمريكا"},
		{"الأمريكية", "أمريكية", "امريكيه"},
		{"troops", "troop"},
		{"agreed", "agree"},
		{"withdraws", "withdraw", "withdrawing"},
		// "and" then a preposition before the article.
		{"الحبس", "بالحبس", "وبالحبس"},
		{"المدارس", "للمدارس", "وللمدارس"},
		{"التالي", "بالتالي", "فبالتالي"},
	}
	for _, g := range groups {
		k := Key(g[0])
		for _, w := range g[1:] {
			if Key(w) != k {
				t.Errorf("Key(%q)=%q differs from Key(%q)=%q", w, Key(w), g[0], k)
			}
		}
	}
}

func TestStemKeepsShortWords(t *testing.T) {
	for _, w := range []string{"لا", "لن", "لم", "وصل", "بدا", "is", "us", "news"} {
		n := Normalize(w)
		if got := Stem(n); len([]rune(got)) < min(len([]rune(n)), minStem) {
			t.Errorf("Stem(%q) = %q: cut below %d letters", n, got, minStem)
		}
	}
}

func TestScriptOf(t *testing.T) {
	cases := map[rune]Script{'ع': ScriptArabic, 'a': ScriptLatin, '٣': ScriptDigit, '7': ScriptDigit, '،': ScriptOther, '«': ScriptOther, 'ـ': ScriptArabic}
	for r, want := range cases {
		if got := ScriptOf(r); got != want {
			t.Errorf("ScriptOf(%q) = %v, want %v", r, got, want)
		}
	}
}

func BenchmarkKey(b *testing.B) {
	words := []string{"الأمريكية", "للانسحاب", "Reuters", "withdrawal", "٢٥٠٠", "مُلحّة"}
	for i := 0; b.Loop(); i++ {
		_ = Key(words[i%len(words)])
	}
}

func TestIsCapitals(t *testing.T) {
	for w, want := range map[string]bool{"US": true, "U.S.": true, "U": true, "UNSC": true, "NATOS": false, "Us": false, "us": false, "A1": false, "": false, ".": false, "ناتو": false} {
		if got := IsCapitals(w); got != want {
			t.Errorf("IsCapitals(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestInitialism checks where an initialism ends: two or more single
// Latin letters each with its dot, and no word rune after them.
func TestInitialism(t *testing.T) {
	for _, c := range []struct {
		s    string
		i    int
		want string
	}{
		{"U.S. forces", 0, "U.S."},
		{"in the U.A.E.", 7, "U.A.E."},
		{"at 6 a.m. on", 5, "a.m."},
		{"Plan B. Then", 5, ""},
		{"U.S.A", 0, ""},
		{"U.S.2", 0, ""},
		{"US forces", 0, ""},
		{"ع.م. ", 0, ""},
	} {
		if got := c.s[c.i:Initialism(c.s, c.i)]; got != c.want {
			t.Errorf("%q at %d: %q, want %q", c.s, c.i, got, c.want)
		}
	}
}
