package compare

import "testing"

// TestAlignAcrossScripts checks that an English article and its Arabic
// version line up sentence by sentence on numbers, the lexicon's concepts
// and the names' consonants, where they share no word.
func TestAlignAcrossScripts(t *testing.T) {
	en := "Amal Haddad won the presidential election with 52 percent of the vote, the commission said on Monday.\n\n" +
		"Turnout was 41 percent, the commission's chairman, Rami Saleh, told a news conference.\n\n" +
		"Her rival, Youssef Karam, rejected the results and said he would go to court."
	ar := "أعلنت المفوضية فوز أمل حداد بالانتخابات الرئاسية بنسبة 52% من الأصوات.\n\n" +
		"ورفض يوسف كرم النتائج وقال إنه سيطعن فيها أمام المحكمة.\n\n" +
		"وقال رئيس المفوضية، رامي صالح، إن نسبة المشاركة بلغت 41%."
	c := Compare(en, ar, Options{})
	want := map[int]int{0: 0, 1: 2, 2: 1}
	got := map[int]int{}
	for _, p := range c.Pairs {
		got[p.A] = p.B
	}
	for a, b := range want {
		if g, ok := got[a]; !ok || g != b {
			t.Errorf("English sentence %d is paired with %v (found %v), want Arabic sentence %d; pairs %+v", a, g, ok, b, c.Pairs)
		}
	}
}
