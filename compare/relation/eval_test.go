package relation

import (
	"fmt"
	"go/format"
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
	got, err := EvalDir(dir, &sb, func(err error) { t.Error(err) })
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

func writeEvalFile(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte("id\tlang\ttext_a\ttext_b\tlabel\n"+body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// A label outside the three classes is a bad row, reported with its file
// and line; the other rows are scored.
func TestEvalUnknownLabelIsBadRow(t *testing.T) {
	dir := t.TempDir()
	path := writeEvalFile(t, dir, "x.tsv", "1\ten\tTroops left.\tTroops stayed.\tagree\n"+
		"2\ten\tOil rose.\tOil fell.\tContradiction\n"+
		"3\ten\tOil rose 5%.\tOil fell 5%.\tcontradiction\n")
	var out, warn strings.Builder
	got, err := EvalDir(dir, &out, func(err error) { fmt.Fprintln(&warn, err) })
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		path + `:2: label "agree" is not one of contradiction, agreement, unrelated`,
		path + `:3: label "Contradiction" is not one of contradiction, agreement, unrelated`,
	} {
		if !strings.Contains(warn.String(), want) {
			t.Errorf("warnings lack %q:\n%s", want, warn.String())
		}
	}
	if s := got["x.tsv"][1]; s.N != 1 {
		t.Errorf("scored %d rows, want the 1 good one", s.N)
	}
	if _, err := ReadLabelled(path, SplitAll); err == nil || !strings.Contains(err.Error(), `label "agree"`) {
		t.Errorf("ReadLabelled of a file with an unknown label: %v", err)
	}
}

func TestEvalAllRowsBadIsError(t *testing.T) {
	dir := t.TempDir()
	writeEvalFile(t, dir, "x.tsv", "1\ten\ta\tb\tagree\n2\ten\tc\n")
	var out strings.Builder
	if _, err := EvalDir(dir, &out, nil); err == nil || !strings.Contains(err.Error(), "x.tsv") {
		t.Errorf("a file of bad rows: error %v, want one naming it", err)
	}
}

func TestEvalPaths(t *testing.T) {
	dir := t.TempDir()
	path := writeEvalFile(t, dir, "one.tsv", "1\ten\tOil rose 5%.\tOil fell 5%.\tcontradiction\n")
	var out strings.Builder
	got, err := EvalDir(path, &out, nil)
	if err != nil || len(got) != 1 || got["one.tsv"][1].N != 1 {
		t.Errorf("a single file: %v, %v", got, err)
	}
	if _, err := EvalDir(filepath.Join(dir, "missing"), &out, nil); err == nil || !strings.Contains(err.Error(), "no such folder") {
		t.Errorf("a missing folder: %v", err)
	}
	if _, err := EvalDir(t.TempDir(), &out, nil); err == nil || !strings.Contains(err.Error(), "no *.tsv files") {
		t.Errorf("an empty folder: %v", err)
	}
}

// TestEvalGoesOnPastAnUnreadableFile: an empty .tsv is reported and the
// files after it are still scored.
func TestEvalGoesOnPastAnUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a_empty.tsv"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	writeEvalFile(t, dir, "b.tsv", "1\ten\tOil rose 5%.\tOil fell 5%.\tcontradiction\n")
	var out, warn strings.Builder
	got, err := EvalDir(dir, &out, func(err error) { fmt.Fprintln(&warn, err) })
	if err == nil || !strings.Contains(err.Error(), "a_empty.tsv") {
		t.Errorf("error %v, want one naming a_empty.tsv", err)
	}
	if s := got["b.tsv"][1]; s.N != 1 {
		t.Errorf("b.tsv scored %d rows, want 1; output:\n%s", s.N, out.String())
	}
}

// TestWeightsGenerated checks, where the dev data is present, that
// weights_gen.go holds what the learner makes of its training rows with the
// rules as they are now: a rule that changes the features of a training
// row changes what the weights should be, and the figures reported must be
// those of the weights the committed program learns. Rerun
// "go run ./compare/relation/cmd/train ../shared/eval/dev" when it fails.
func TestWeightsGenerated(t *testing.T) {
	dir := devDir(t)
	var buf strings.Builder
	if err := Train(dir, &buf); err != nil {
		t.Fatal(err)
	}
	src, err := format.Source([]byte(buf.String()))
	if err != nil {
		t.Fatal(err)
	}
	have, err := os.ReadFile("weights_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(have) != string(src) {
		t.Error("weights_gen.go is not what the learner makes of the dev data's training rows now: run go run ./compare/relation/cmd/train ../shared/eval/dev")
	}
}
