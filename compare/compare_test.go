package compare

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare/relation"
	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// editedArticle is the reference article with a number changed, a denial
// turned round and one paragraph moved to the top.
func editedArticle(tb testing.TB) (a, b string) {
	a = loadArticle(tb)
	lines := strings.Split(a, "\n")
	out := make([]string, 0, len(lines))
	var moved string
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "وتحتفظ الولايات المتحدة"):
			l = strings.Replace(l, "2500", "3000", 1)
		case strings.HasPrefix(l, "وقال مسؤول أمريكي كبير"):
			l = strings.Replace(l, "“توصلنا إلى اتفاق", "“لم نتوصل إلى اتفاق", 1)
		case strings.HasPrefix(l, "مستشار رئيس الوزراء"):
			moved = l
			continue
		}
		out = append(out, l)
	}
	out = append([]string{moved}, out...)
	return a, strings.Join(out, "\n")
}

func findPair(c *Comparison, prefix string) *Pair {
	for i, p := range c.Pairs {
		if strings.HasPrefix(c.StatementsA[p.A].Text, prefix) {
			return &c.Pairs[i]
		}
	}
	return nil
}

func TestCompareArticleEdits(t *testing.T) {
	a, b := editedArticle(t)
	c := Compare(a, b, Options{})
	if len(c.Pairs) != len(c.StatementsA) || len(c.OnlyA)+len(c.OnlyB) != 0 {
		t.Errorf("every statement should pair: %d pairs of %d, only A %v, only B %v", len(c.Pairs), len(c.StatementsA), c.OnlyA, c.OnlyB)
	}
	num := findPair(c, "وتحتفظ الولايات المتحدة")
	if num == nil || num.Relation.Label != relation.Contradicts {
		t.Fatalf("the troop-number pair should contradict: %+v", num)
	}
	if got := FormatSegments(c.Segments(*num), func(s string) string { return "[-" + s + "-]" }, func(s string) string { return "{+" + s + "+}" }); !strings.Contains(got, "بنحو [-2500-]{+3000+} جندي") {
		t.Errorf("number diff: %s", got)
	}
	if p := findPair(c, "وقال مسؤول أمريكي كبير"); p == nil || p.Relation.Label != relation.Contradicts {
		t.Errorf("the negated agreement should contradict: %+v", p)
	}
	if p := findPair(c, "مستشار رئيس الوزراء"); p == nil || !p.Moved || p.B != 0 {
		t.Errorf("the paragraph moved to the top should pair with B0 and be moved: %+v", p)
	}
	moved := 0
	for _, p := range c.Pairs {
		if p.Moved {
			moved++
		}
	}
	if moved != 1 {
		t.Errorf("%d pairs marked moved, want 1", moved)
	}
}

func TestCompareIgnoreOptions(t *testing.T) {
	a := "قال المسؤول إن أمريكا ستسحب ٢٥٠٠ جندي."
	b := "قال المسؤول ان امريكا ستسحب 2500 جندي"
	for _, c := range []struct {
		ignore  textnorm.Options
		changes bool
	}{
		{0, true},
		{textnorm.IgnorePunct | textnorm.IgnoreLetterforms | textnorm.IgnoreDigits, false},
	} {
		cmp := Compare(a, b, Options{Ignore: c.ignore})
		if len(cmp.Pairs) != 1 {
			t.Fatalf("want one pair, got %d", len(cmp.Pairs))
		}
		changed := false
		for _, e := range cmp.Pairs[0].Edits {
			changed = changed || e.Op != Equal
		}
		if changed != c.changes {
			t.Errorf("ignore %b: changes %v, want %v (%+v)", c.ignore, changed, c.changes, cmp.Segments(cmp.Pairs[0]))
		}
	}
}

func TestComparisonJSONShape(t *testing.T) {
	c := Compare("Officials said 2,500 troops remain in Iraq. The sky is blue.",
		"Officials said 3,000 troops remain in Iraq. Oil prices fell on Monday.", Options{Ignore: textnorm.IgnoreCase})
	data, err := json.Marshal(c.JSON("a.txt", "b.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"version", "a", "b", "ignore", "pairs", "only_a", "only_b"} {
		if _, ok := m[k]; !ok {
			t.Errorf("top-level key %q missing in %s", k, data)
		}
	}
	pairs := m["pairs"].([]any)
	if len(pairs) != 1 {
		t.Fatalf("want 1 pair, got %s", data)
	}
	p := pairs[0].(map[string]any)
	for _, k := range []string{"a", "b", "moved", "similarity", "relation", "confidence", "reasons", "diff"} {
		if _, ok := p[k]; !ok {
			t.Errorf("pair key %q missing", k)
		}
	}
	if p["relation"] != "contradicts" {
		t.Errorf("relation %v", p["relation"])
	}
	sa := p["a"].(map[string]any)
	if sa["speaker"] != "Officials" || sa["speaker_kind"] != "anonymous" {
		t.Errorf("statement a: %v", sa)
	}
	var rebuilt strings.Builder
	for _, s := range p["diff"].([]any) {
		rebuilt.WriteString(s.(map[string]any)["a"].(string))
	}
	if rebuilt.String() != "Officials said 2,500 troops remain in Iraq." {
		t.Errorf("diff segments' a texts give %q", rebuilt.String())
	}
	if got := m["ignore"].([]any); len(got) != 1 || got[0] != "case" {
		t.Errorf("ignore %v", got)
	}
}

func TestParseIgnore(t *testing.T) {
	o, bad, ok := ParseIgnore("punct, Case,digits")
	if !ok || o != textnorm.IgnorePunct|textnorm.IgnoreCase|textnorm.IgnoreDigits {
		t.Errorf("ParseIgnore = %b %q %v", o, bad, ok)
	}
	if _, bad, ok := ParseIgnore("punct,spaces"); ok || bad != "spaces" {
		t.Errorf("unknown name: bad %q ok %v", bad, ok)
	}
	if o, _, ok := ParseIgnore(""); !ok || o != 0 {
		t.Errorf("empty list: %b %v", o, ok)
	}
}

func ExampleCompare() {
	c := Compare("US officials said 2,500 troops will leave Iraq by 2026.",
		"US officials said 3,000 troops will leave Iraq by 2026.", Options{})
	for _, p := range c.Pairs {
		fmt.Println(p.Relation.Label)
		fmt.Println(FormatSegments(c.Segments(p),
			func(s string) string { return "[-" + s + "-]" },
			func(s string) string { return "{+" + s + "+}" }))
	}
	// Output:
	// contradicts
	// US officials said [-2,500-]{+3,000+} troops will leave Iraq by 2026.
}

func ExampleStatements() {
	doc := Parse("وقال مسؤول أمريكي كبير (لم تسمه الوكالة)، “توصلنا إلى اتفاق، والآن السؤال متى سيتم الإعلان عنه”.")
	for _, st := range Statements(doc) {
		fmt.Println(st.Speaker.Text)
		fmt.Println(st.SpeakerKind, st.Cue.Text, st.Direct)
		fmt.Println(st.Quote.Text)
	}
	// Output:
	// مسؤول أمريكي كبير (لم تسمه الوكالة)
	// anonymous وقال true
	// توصلنا إلى اتفاق، والآن السؤال متى سيتم الإعلان عنه
}

func ExampleDiffTokens() {
	a := Parse("The Pentagon said 2,500 troops stay.").Tokens
	b := Parse("the Pentagon said 2500 troops stay").Tokens
	for _, e := range DiffTokens(a, b, textnorm.IgnoreCase|textnorm.IgnorePunct) {
		fmt.Printf("%s %q %q\n", e.Op, joinTokens(a[e.AStart:e.AEnd]), joinTokens(b[e.BStart:e.BEnd]))
	}
	// Output:
	// equal "The Pentagon said " "the Pentagon said "
	// replace "2,500 " "2500 "
	// equal "troops stay." "troops stay"
}

func ExampleParse() {
	doc := Parse("قال لـ”رويترز” إن المحادثات انتهت. Talks ended.")
	for _, t := range doc.Tokens[:6] {
		fmt.Printf("%q %s\n", t.Text, t.Kind)
	}
	fmt.Println(len(doc.Sentences), doc.Paragraphs[0].Lang)
	// Output:
	// "قال" word
	// " " space
	// "لـ" word
	// "”" punct
	// "رويترز" word
	// "”" punct
	// 2 mixed
}

// Compare hands the classifier the facts its statements already have; the
// relations must be those of relation.Classify on the texts.
func TestCompareRelationsAreClassify(t *testing.T) {
	a, b := genArticlesEdited(t, 3000, 60)
	c := Compare(a, b, Options{})
	n := 0
	for _, p := range c.Pairs {
		ta, tb := c.StatementsA[p.A].Text, c.StatementsB[p.B].Text
		if ta == tb {
			continue
		}
		n++
		if want := relation.Classify(ta, tb); !reflect.DeepEqual(p.Relation, want) {
			t.Fatalf("pair A%d~B%d: relation %+v, want %+v", p.A, p.B, p.Relation, want)
		}
	}
	if n < 20 {
		t.Fatalf("only %d edited pairs: the test compares too little", n)
	}
}
