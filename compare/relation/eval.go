package relation

import (
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Gold labels of the evaluation files.
const (
	GoldContradiction = "contradiction"
	GoldAgreement     = "agreement"
	GoldUnrelated     = "unrelated"
)

// GoldOf maps a label to the evaluation's three classes: neutral counts as
// unrelated.
func GoldOf(l Label) string {
	switch l {
	case Contradicts:
		return GoldContradiction
	case Agrees:
		return GoldAgreement
	}
	return GoldUnrelated
}

// HeldOut reports whether a row belongs to the held-out fifth of the data,
// chosen by hashing its id so the split never changes.
func HeldOut(id string) bool {
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()%5 == 0
}

// Scores are the figures of one evaluation file.
type Scores struct {
	N        int
	Accuracy float64
	// MacroF1 is the mean F1 over the gold classes present in the file.
	MacroF1 float64
	// MacroF1CA is the mean F1 of contradiction and agreement alone: the
	// decision the journalist acts on, and the fair figure on files with a
	// handful of noisy unrelated rows (Breaking NLI).
	MacroF1CA float64
	// F1 per gold class.
	F1 map[string]float64
	// AgreeAsContra is the share of agreement pairs labelled contradiction.
	AgreeAsContra float64
	// Wrong lists the ids of the rows labelled wrongly.
	Wrong []string
}

// Score compares predicted with gold labels.
func Score(ids, gold, pred []string) Scores {
	s := Scores{N: len(gold), F1: map[string]float64{}}
	tp, fp, fn := map[string]int{}, map[string]int{}, map[string]int{}
	present := map[string]bool{}
	agree, agreeContra, correct := 0, 0, 0
	for i := range gold {
		present[gold[i]] = true
		if gold[i] == pred[i] {
			correct++
			tp[gold[i]]++
		} else {
			fp[pred[i]]++
			fn[gold[i]]++
			s.Wrong = append(s.Wrong, ids[i])
		}
		if gold[i] == GoldAgreement {
			agree++
			if pred[i] == GoldContradiction {
				agreeContra++
			}
		}
	}
	s.Accuracy = ratio(correct, len(gold))
	s.AgreeAsContra = ratio(agreeContra, agree)
	for c := range present {
		p, r := ratio(tp[c], tp[c]+fp[c]), ratio(tp[c], tp[c]+fn[c])
		if p+r > 0 {
			s.F1[c] = 2 * p * r / (p + r)
		} else {
			s.F1[c] = 0
		}
		s.MacroF1 += s.F1[c] / float64(len(present))
	}
	s.MacroF1CA = (s.F1[GoldContradiction] + s.F1[GoldAgreement]) / 2
	return s
}

// Split selects the rows of an evaluation.
type Split uint8

// Splits of the data by HeldOut.
const (
	SplitAll Split = iota
	SplitTrain
	SplitHeldOut
)

func (sp Split) keep(id string) bool {
	switch sp {
	case SplitTrain:
		return !HeldOut(id)
	case SplitHeldOut:
		return HeldOut(id)
	}
	return true
}

// ReadLabelled reads every row of a labelled TSV file in split.
func ReadLabelled(path string, sp Split) ([]Row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := NewTSVReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var rows []Row
	for {
		row, err := r.Next()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if row.Label == "" {
			return nil, fmt.Errorf("%s: line %d: no label", path, row.Line)
		}
		if sp.keep(row.ID) {
			rows = append(rows, row)
		}
	}
}

// EvalFile classifies the rows of a labelled TSV file in split and scores
// them.
func EvalFile(path string, sp Split) (Scores, error) {
	rows, err := ReadLabelled(path, sp)
	if err != nil {
		return Scores{}, err
	}
	ids, gold, pred := make([]string, len(rows)), make([]string, len(rows)), make([]string, len(rows))
	for i, row := range rows {
		ids[i], gold[i], pred[i] = row.ID, row.Label, GoldOf(Classify(row.A, row.B).Label)
	}
	return Score(ids, gold, pred), nil
}

// EvalDir scores every *.tsv file of dir on the held-out split and on all
// rows, and writes one line per file and split to w.
func EvalDir(dir string, w io.Writer) (map[string][2]Scores, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, errors.New(dir + ": no *.tsv files")
	}
	sort.Strings(files)
	out := map[string][2]Scores{}
	fmt.Fprintf(w, "%-28s %-8s %5s %8s %8s %8s %8s %s\n", "file", "split", "rows", "macroF1", "F1(c,a)", "accuracy", "agr->con", "F1 contradiction/agreement/unrelated")
	for _, path := range files {
		var pair [2]Scores
		for k, sp := range []Split{SplitHeldOut, SplitAll} {
			s, err := EvalFile(path, sp)
			if err != nil {
				return nil, err
			}
			pair[k] = s
			name := map[Split]string{SplitHeldOut: "held-out", SplitAll: "all"}[sp]
			fmt.Fprintf(w, "%-28s %-8s %5d %8.3f %8.3f %8.3f %8.3f %s\n", filepath.Base(path), name, s.N, s.MacroF1, s.MacroF1CA, s.Accuracy, s.AgreeAsContra, f1s(s))
		}
		out[filepath.Base(path)] = pair
	}
	return out, nil
}

func f1s(s Scores) string {
	var parts []string
	for _, c := range []string{GoldContradiction, GoldAgreement, GoldUnrelated} {
		if v, ok := s.F1[c]; ok {
			parts = append(parts, fmt.Sprintf("%.3f", v))
		} else {
			parts = append(parts, "-")
		}
	}
	return strings.Join(parts, "/")
}
