package relation

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unicode"

	"github.com/claimdiff/claimdiff/compare/facts"
)

func TestIsSpaceMatchesUnicode(t *testing.T) {
	for r := rune(0); r < 0x3100; r++ {
		if got, want := isSpace(r), unicode.IsSpace(r); got != want {
			t.Errorf("isSpace(%U) = %v, want %v", r, got, want)
		}
	}
}

// ClassifyFacts with the facts of both texts must be Classify.
func TestClassifyFactsIsClassify(t *testing.T) {
	for _, p := range fastPairs(t) {
		want := Classify(p[0], p[1])
		got := ClassifyFacts(p[0], p[1], facts.Extract(p[0]), facts.Extract(p[1]))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("ClassifyFacts(%q, %q) = %+v, want %+v", p[0], p[1], got, want)
		}
	}
}

// ClassifyPrepared and StanceOfPrepared must be Classify and StanceOf, with
// each Prepared used many times, in both roles, as an archive uses them.
func TestPreparedIsClassify(t *testing.T) {
	pairs := fastPairs(t)
	prep := map[string]*Prepared{}
	get := func(s string) *Prepared {
		if p, ok := prep[s]; ok {
			return p
		}
		p := Prepare(s)
		prep[s] = p
		return p
	}
	for round := range 2 { // the second round reuses every Prepared
		for _, p := range pairs {
			a, b := get(p[0]), get(p[1])
			if a.Text() != p[0] {
				t.Fatalf("Text() = %q, want %q", a.Text(), p[0])
			}
			if got, want := ClassifyPrepared(a, b), Classify(p[0], p[1]); !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d: ClassifyPrepared(%q, %q) = %+v, want %+v", round, p[0], p[1], got, want)
			}
			if got, want := StanceOfPrepared(a, b), StanceOf(p[0], p[1]); !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d: StanceOfPrepared(%q, %q) = %+v, want %+v", round, p[0], p[1], got, want)
			}
		}
	}
}

// fastPairs are pairs with numbers, dates and negations in both
// languages, and the dev pairs when present.
func fastPairs(t *testing.T) [][2]string {
	pairs := [][2]string{
		{"تحتفظ الولايات المتحدة بنحو 2500 جندي في العراق.", "تحتفظ الولايات المتحدة بنحو 3000 جندي في العراق."},
		{"about 2,500 troops in 2024", "٢٥٠٠ جندي في أيلول 2025"},
		{"US forces will withdraw by the end of 2026.", "US forces will withdraw within two years, by 2027."},
		{"لا نية أمريكية للانسحاب من العراق.", "هناك نية أمريكية للانسحاب من العراق."},
		{"Oil prices rose 5% on Monday.", "Oil prices fell 3 percent on Tuesday."},
	}
	if dir := devDirOrEmpty(); dir != "" { // the dev pairs too, when present
		files, _ := filepath.Glob(filepath.Join(dir, "*.tsv"))
		for _, f := range files {
			rows, err := ReadLabelled(f, SplitAll)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range rows {
				pairs = append(pairs, [2]string{r.A, r.B})
			}
		}
	}
	return pairs
}

// devDirOrEmpty is ../shared/eval/dev from the repository root, or "".
func devDirOrEmpty() string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for d := wd; filepath.Dir(d) != d; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			dir := filepath.Join(d, "..", "shared", "eval", "dev")
			if _, err := os.Stat(dir); err != nil {
				return ""
			}
			return dir
		}
	}
	return ""
}
