package compare

import "testing"

// TestAlignAcrossScripts checks that an English article and its Arabic
// version line up sentence by sentence on numbers, the lexicon's concepts
// and the names' consonants, where they share no word, also for a pair
// that shares only a few keys across the scripts (the strike, March, the
// port and the talks), as most sentences of two accounts in two languages
// do.
func TestAlignAcrossScripts(t *testing.T) {
	cases := []struct {
		name, en, ar string
		want         map[int]int // English sentence to Arabic sentence
	}{{
		name: "election",
		en: "Amal Haddad won the presidential election with 52 percent of the vote, the commission said on Monday.\n\n" +
			"Turnout was 41 percent, the commission's chairman, Rami Saleh, told a news conference.\n\n" +
			"Her rival, Youssef Karam, rejected the results and said he would go to court.",
		ar: "أعلنت المفوضية فوز أمل حداد بالانتخابات الرئاسية بنسبة 52% من الأصوات.\n\n" +
			"ورفض يوسف كرم النتائج وقال إنه سيطعن فيها أمام المحكمة.\n\n" +
			"وقال رئيس المفوضية، رامي صالح، إن نسبة المشاركة بلغت 41%.",
		want: map[int]int{0: 0, 1: 2, 2: 1},
	}, {
		name: "few keys",
		en: "Dockworkers' strike paralyses Ras Hamra port for fifth day\n\n" +
			"The strike began on Monday, March 9, after talks with the port authority broke down.\n\n" +
			"The union is demanding a 30 percent pay rise for all permanent staff.",
		ar: "إضراب عمال ميناء رأس حمرا يدخل يومه الخامس\n\n" +
			"وتطالب النقابة بزيادة الأجور بنسبة 30 في المئة.\n\n" +
			"وبدأ الإضراب يوم الثلاثاء العاشر من مارس بعد انهيار المحادثات مع هيئة الميناء.",
		want: map[int]int{1: 2},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cmp := Compare(c.en, c.ar, Options{})
			got := map[int]int{}
			for _, p := range cmp.Pairs {
				got[p.A] = p.B
			}
			for a, b := range c.want {
				if g, ok := got[a]; !ok || g != b {
					t.Errorf("English sentence %d is paired with %v (found %v), want Arabic sentence %d; pairs %+v", a, g, ok, b, cmp.Pairs)
				}
			}
		})
	}
}
