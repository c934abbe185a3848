package relation

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// devDir finds ../shared/eval/dev relative to the repository root, or skips.
func devDir(t *testing.T) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Skip(err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			dir := filepath.Join(d, "..", "shared", "eval", "dev")
			if _, err := os.Stat(dir); err != nil {
				t.Skip("no dev data at ../shared/eval/dev from the repository root")
			}
			return dir
		}
		if filepath.Dir(d) == d {
			t.Skip("repository root not found")
		}
	}
}

// floors are the figures measured when the weights were learned, minus a
// small margin: a change that lowers quality below them fails.
var floors = map[string]struct{ heldF1, allF1, heldCA, agreeContra float64 }{
	"ans_train_ar.tsv":         {0.79, 0.83, 0.76, 0.06},
	"breaking_nli_half_en.tsv": {0.63, 0.63, 0.96, 0.03},
	"seed_pairs.tsv":           {0.98, 0.98, 0.98, 0},
}

func TestEvalDevFigures(t *testing.T) {
	dir := devDir(t)
	var sb strings.Builder
	got, err := EvalDir(dir, &sb)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + sb.String())
	for name, fl := range floors {
		s, ok := got[name]
		if !ok {
			continue
		}
		if s[0].MacroF1 < fl.heldF1 || s[1].MacroF1 < fl.allF1 {
			t.Errorf("%s: macro-F1 held-out %.3f all %.3f, below the floor %.3f/%.3f", name, s[0].MacroF1, s[1].MacroF1, fl.heldF1, fl.allF1)
		}
		if s[0].MacroF1CA < fl.heldCA {
			t.Errorf("%s: held-out F1 of contradiction and agreement %.3f, below the floor %.3f", name, s[0].MacroF1CA, fl.heldCA)
		}
		if s[1].AgreeAsContra > fl.agreeContra {
			t.Errorf("%s: %.3f of agreement pairs called contradiction, above %.3f", name, s[1].AgreeAsContra, fl.agreeContra)
		}
	}
	if s, ok := got["seed_pairs.tsv"]; ok && len(s[1].Wrong) > 0 {
		t.Errorf("seed pairs wrong: %v", s[1].Wrong)
	}
}

// BenchmarkClassifyDev classifies every dev pair in turn: the realistic mix
// of lengths, languages and words (the word cache is bounded, so this is
// the steady state of a long relate stream).
func BenchmarkClassifyDev(b *testing.B) {
	dir := devDirB(b)
	files, _ := filepath.Glob(filepath.Join(dir, "*.tsv"))
	var rows []Row
	for _, f := range files {
		rs, err := ReadLabelled(f, SplitAll)
		if err != nil {
			b.Fatal(err)
		}
		rows = append(rows, rs...)
	}
	if len(rows) == 0 {
		b.Skip("no dev rows")
	}
	i := 0
	for b.Loop() {
		r := &rows[i%len(rows)]
		Classify(r.A, r.B)
		i++
	}
}

func devDirB(b *testing.B) string {
	wd, err := os.Getwd()
	if err != nil {
		b.Skip(err)
	}
	for d := wd; filepath.Dir(d) != d; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			dir := filepath.Join(d, "..", "shared", "eval", "dev")
			if _, err := os.Stat(dir); err != nil {
				b.Skip("no dev data")
			}
			return dir
		}
	}
	b.Skip("repository root not found")
	return ""
}
