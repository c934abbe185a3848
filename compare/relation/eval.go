package relation

import (
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
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

// ReadLabelled reads every row of a labelled TSV file in split; the first
// bad row (see EvalDir) is its error.
func ReadLabelled(path string, sp Split) ([]Row, error) {
	return readLabelled(path, sp, nil)
}

// readLabelled reads the rows of a labelled TSV file in split. A bad row, or
// a label that is not one of the three gold classes, goes to bad as
// "path:line: message" and the reading goes on; with bad nil it is the
// error instead.
func readLabelled(path string, sp Split, bad func(error)) ([]Row, error) {
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
		var re *RowError
		if errors.As(err, &re) {
			err = fmt.Errorf("%s:%d: %s", path, re.Line, re.Msg)
		} else if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		} else if row.Label == "" {
			err = fmt.Errorf("%s:%d: no label", path, row.Line)
		} else if !knownGold(row.Label) {
			// An unknown label scored as a class would skew every figure.
			err = fmt.Errorf("%s:%d: label %q is not one of %s, %s, %s", path, row.Line, row.Label, GoldContradiction, GoldAgreement, GoldUnrelated)
		}
		if err != nil {
			if bad == nil {
				return nil, err
			}
			bad(err)
			continue
		}
		if sp.keep(row.ID) {
			rows = append(rows, row)
		}
	}
}

func knownGold(label string) bool {
	return label == GoldContradiction || label == GoldAgreement || label == GoldUnrelated
}

// EvalFile classifies the rows of a labelled TSV file in split and scores
// them.
func EvalFile(path string, sp Split) (Scores, error) {
	rows, err := ReadLabelled(path, sp)
	if err != nil {
		return Scores{}, err
	}
	return scoreRows(rows), nil
}

func scoreRows(rows []Row) Scores {
	ids, gold, pred := make([]string, len(rows)), make([]string, len(rows)), make([]string, len(rows))
	for i, row := range rows {
		ids[i], gold[i], pred[i] = row.ID, row.Label, GoldOf(Classify(row.A, row.B).Label)
	}
	return Score(ids, gold, pred)
}

// EvalDir scores every *.tsv file of the folder path, or the one file path,
// on the held-out split and on all rows, and writes one line per file and
// split to w. Bad rows (a wrong field count, an empty text, an unknown
// label) go to bad, "file:line: message", and are left out of the figures;
// a file whose rows are all bad is an error once the others are scored.
func EvalDir(path string, w io.Writer, bad func(error)) (map[string][2]Scores, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		if strings.HasSuffix(path, ".tsv") {
			return nil, errors.New(path + ": no such file")
		}
		return nil, errors.New(path + ": no such folder")
	}
	if err != nil {
		return nil, err
	}
	files := []string{path}
	if fi.IsDir() {
		files, err = filepath.Glob(filepath.Join(path, "*.tsv"))
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			return nil, errors.New(path + ": no *.tsv files")
		}
		sort.Strings(files)
	}
	out := map[string][2]Scores{}
	var unusable []string
	for _, file := range files {
		nbad := 0
		rows, err := readLabelled(file, SplitAll, func(err error) {
			nbad++
			if bad != nil {
				bad(err)
			}
		})
		if err != nil {
			// A file that cannot be read at all (empty, no header) is
			// reported, and the others are still scored.
			if bad != nil {
				bad(err)
			}
			unusable = append(unusable, file)
			continue
		}
		if nbad > 0 {
			if bad != nil {
				bad(fmt.Errorf("%s: %d bad row(s) left out of the figures", file, nbad))
			}
			if len(rows) == 0 {
				unusable = append(unusable, file)
				continue
			}
		}
		var held []Row
		for _, row := range rows {
			if HeldOut(row.ID) {
				held = append(held, row)
			}
		}
		pair := [2]Scores{scoreRows(held), scoreRows(rows)}
		if len(out) == 0 { // the table's head once a file could be read
			fmt.Fprintf(w, "%-28s %-8s %5s %8s %8s %8s %8s %s\n", "file", "split", "rows", "macroF1", "F1(c,a)", "accuracy", "agr->con", "F1 contradiction/agreement/unrelated")
		}
		for k, name := range []string{"held-out", "all"} {
			s := pair[k]
			fmt.Fprintf(w, "%-28s %-8s %5d %8.3f %8.3f %8.3f %8.3f %s\n", filepath.Base(file), name, s.N, s.MacroF1, s.MacroF1CA, s.Accuracy, s.AgreeAsContra, f1s(s))
		}
		out[filepath.Base(file)] = pair
	}
	if len(unusable) > 0 {
		return out, fmt.Errorf("%s could not be scored, see the messages above", strings.Join(unusable, ", "))
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
