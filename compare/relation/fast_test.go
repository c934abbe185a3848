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
	for _, p := range pairs {
		want := Classify(p[0], p[1])
		got := ClassifyFacts(p[0], p[1], facts.Extract(p[0]), facts.Extract(p[1]))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("ClassifyFacts(%q, %q) = %+v, want %+v", p[0], p[1], got, want)
		}
	}
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
