package compare

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func statementsOf(text string) []Statement { return Statements(Parse(text)) }

func TestAlignFindsMovedAndUnmatched(t *testing.T) {
	a := statementsOf("The coalition was formed in 2014 to fight the Islamic State.\n" +
		"About 2,500 US troops are in Iraq and 900 in Syria.\n" +
		"The adviser said technical talks with Washington had ended.\n" +
		"A senior official said an agreement had been reached.\n" +
		"The weather in Baghdad was hot.")
	b := statementsOf("A senior official said an agreement had been reached already.\n" +
		"The coalition was formed in 2014 to fight the Islamic State group.\n" +
		"About 3,000 US troops are in Iraq and 900 in Syria.\n" +
		"The adviser said technical talks with Washington had ended.\n" +
		"Oil prices rose sharply on Monday in Asian trading.")
	al := Align(a, b)
	got := map[int]Match{}
	for _, m := range al.Matches {
		got[m.A] = m
	}
	want := map[int]int{0: 1, 1: 2, 2: 3, 3: 0}
	for ai, bi := range want {
		m, ok := got[ai]
		if !ok || m.B != bi {
			t.Errorf("A%d matched %+v, want B%d", ai, m, bi)
		}
	}
	if len(al.Matches) != 4 {
		t.Errorf("got %d matches, want 4: %+v", len(al.Matches), al.Matches)
	}
	if !got[3].Moved || got[0].Moved || got[1].Moved || got[2].Moved {
		t.Errorf("only A3 (moved to the top of B) should be moved: %+v", al.Matches)
	}
	if len(al.OnlyA) != 1 || al.OnlyA[0] != 4 || len(al.OnlyB) != 1 || al.OnlyB[0] != 4 {
		t.Errorf("OnlyA %v OnlyB %v, want [4] [4]", al.OnlyA, al.OnlyB)
	}
	if s := got[2].Similarity; s < 0.99 {
		t.Errorf("identical statements have similarity %.2f", s)
	}
}

func TestAlignIsOneToOne(t *testing.T) {
	a := statementsOf("Troops will leave Iraq. Troops will leave Iraq. Troops will leave Syria.")
	b := statementsOf("Troops will leave Iraq.")
	al := Align(a, b)
	if len(al.Matches) != 1 || al.Matches[0].A != 0 || len(al.OnlyA) != 2 {
		t.Errorf("Align = %+v, want A0-B0 and two only in A", al)
	}
}

func TestAlignSinglePairAlwaysPaired(t *testing.T) {
	a := statementsOf("قال القيادي إن التصريحات محض كذب.")
	b := statementsOf("We have reached an agreement.")
	if al := Align(a, b); len(al.Matches) != 1 {
		t.Errorf("two single statements must be paired: %+v", al)
	}
}

func TestAlignArabicVariants(t *testing.T) {
	// Same sentences with different letter forms, tashkeel and digits.
	a := statementsOf("وتحتفظ الولايات المتحدة بنحو 2500 جندي في العراق.\nقال مستشار رئيس الوزراء إن المحادثات انتهت.")
	b := statementsOf("قال مستشار رئيس الوزراء ان المحادثات إنتهت.\nوتحتفظ الولايات المتّحدة بنحو ٢٥٠٠ جندي فى العراق.")
	al := Align(a, b)
	if len(al.Matches) != 2 || al.Matches[0].B != 1 || al.Matches[1].B != 0 {
		t.Fatalf("Align = %+v", al)
	}
	if al.Matches[0].Similarity < 0.9 {
		t.Errorf("variant spellings similarity %.2f", al.Matches[0].Similarity)
	}
}

func TestMarkMoved(t *testing.T) {
	cases := []struct {
		bs    []int
		moved string
	}{
		{[]int{0, 1, 2, 3}, "...."},
		{[]int{0, 2, 1, 3}, ".M.."},
		{[]int{3, 0, 1, 2}, "M..."},
		{[]int{1, 2, 3, 0}, "...M"},
	}
	for _, c := range cases {
		ms := make([]Match, len(c.bs))
		for i, b := range c.bs {
			ms[i] = Match{A: i, B: b}
		}
		markMoved(ms)
		var sb strings.Builder
		for _, m := range ms {
			if m.Moved {
				sb.WriteByte('M')
			} else {
				sb.WriteByte('.')
			}
		}
		if sb.String() != c.moved {
			t.Errorf("markMoved(%v) = %s, want %s", c.bs, sb.String(), c.moved)
		}
	}
}

// Scoring A's halves in parallel must not change the alignment.
func TestAlignSplitSameResult(t *testing.T) {
	ta, tb := genArticles(t, 4000)
	ka, kb := statementKeys(Statements(Parse(ta))), statementKeys(Statements(Parse(tb)))
	if len(ka.keys) < 2*alignSplitMin {
		t.Fatalf("only %d statements in A: too few to split", len(ka.keys))
	}
	whole, split := alignKeysSplit(ka, kb, MinSimilarity, false), alignKeysSplit(ka, kb, MinSimilarity, true)
	if !reflect.DeepEqual(whole, split) {
		t.Error("the split alignment differs from the whole one")
	}
	if len(whole.Matches) < len(ka.keys)/2 {
		t.Errorf("%d matches for %d statements: the articles should mostly align", len(whole.Matches), len(ka.keys))
	}
}

// Mapping the keys' Token.keyIDs to alignment ids must give what looking
// every key up by its text gives.
func TestAlignKeyIDsSameResult(t *testing.T) {
	ta, tb := genArticles(t, 4000)
	ka, kb := statementKeys(Statements(Parse(ta))), statementKeys(Statements(Parse(tb)))
	numbered := 0
	for _, v := range ka.ids {
		if v != nil {
			numbered++
		}
	}
	if numbered < len(ka.ids)/2 {
		t.Fatalf("only %d of %d statements have numbered keys", numbered, len(ka.ids))
	}
	byText := func(k stmtKeys) stmtKeys {
		return stmtKeys{keys: k.keys, ids: make([][]uint32, len(k.keys)), spaces: make([]*keySpace, len(k.keys))}
	}
	// B's statements mixed with A's numbering: a statement list need not
	// come from one document.
	mixed := stmtKeys{keys: append(kb.keys[:len(kb.keys):len(kb.keys)], ka.keys[:10]...),
		ids: append(kb.ids[:len(kb.ids):len(kb.ids)], ka.ids[:10]...), spaces: append(kb.spaces[:len(kb.spaces):len(kb.spaces)], ka.spaces[:10]...)}
	for _, c := range []struct {
		name   string
		ka, kb stmtKeys
	}{{"two documents", ka, kb}, {"mixed numberings", ka, mixed}} {
		want := alignKeysSplit(byText(c.ka), byText(c.kb), MinSimilarity, false)
		if got := alignKeysSplit(c.ka, c.kb, MinSimilarity, false); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the alignment by key ids differs from the one by key text", c.name)
		}
	}
}

// TestIdenticalStatementsHaveSimilarityOne: the candidate search leaves
// out keys common to most statements, and the similarity it found fell
// short of 1 for a statement compared with itself (0.96 in an article
// compared with itself); the similarity shown counts every key.
func TestIdenticalStatementsHaveSimilarityOne(t *testing.T) {
	ta, _ := genArticles(t, 2000)
	sa := Statements(Parse(ta))
	al := Align(sa, sa)
	if len(al.Matches) != len(sa) {
		t.Fatalf("%d matches for %d statements compared with themselves", len(al.Matches), len(sa))
	}
	for _, m := range al.Matches {
		if m.A != m.B || m.Similarity != 1 {
			t.Errorf("statement %d matched %d with similarity %v, want itself and 1", m.A, m.B, m.Similarity)
			break
		}
	}
	// A changed word lowers it.
	edited := Statements(Parse("The United States will keep 2,500 troops in Iraq until the end of 2026."))
	orig := Statements(Parse("The United States will keep 3,000 troops in Iraq until the end of 2026."))
	if al := Align(orig, edited); len(al.Matches) != 1 || al.Matches[0].Similarity >= 1 || al.Matches[0].Similarity < 0.5 {
		t.Errorf("one number changed: %+v, want one match with similarity in [0.5, 1)", al.Matches)
	}
}

// greedy must take the pairs that sorting every candidate best first and
// walking the list would take, ties included.
func TestGreedyMatchesSortedWalk(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	for round := range 300 {
		na, nb := 1+rng.IntN(30), 1+rng.IntN(30)
		var cands []cand
		for a := range na {
			for range rng.IntN(8) {
				// Few distinct similarities, so that ties are common.
				cands = append(cands, cand{int32(a), int32(rng.IntN(nb)), float64(1+rng.IntN(4)) / 4})
			}
		}
		sorted := slices.Clone(cands)
		slices.SortFunc(sorted, func(x, y cand) int {
			switch {
			case candBefore(x, y):
				return -1
			case candBefore(y, x):
				return 1
			}
			return 0
		})
		usedA, usedB := make([]bool, na), make([]bool, nb)
		var want []cand
		for _, c := range sorted {
			if !usedA[c.a] && !usedB[c.b] {
				usedA[c.a], usedB[c.b] = true, true
				want = append(want, c)
			}
		}
		got := greedy(slices.Clone(cands), nb)
		byA := func(x, y cand) int { return int(x.a - y.a) }
		slices.SortFunc(want, byA)
		slices.SortFunc(got, byA)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: greedy took %v, the sorted walk %v", round, got, want)
		}
	}
}
