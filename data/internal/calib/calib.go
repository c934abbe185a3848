// Package calib turns the archive's confidence in a contradiction, with the
// kinds of its reasons, into the probability that the pair is real on a
// claim nobody tuned the engine for, by a logistic model learned from
// labelled pairs (testdata: rows the hold-outs' answer keys label, written
// by make calib; cmd/calibrate learns weights_gen.go from them).
//
// judge's confidence weighs each pair by the engine's certainty and a few
// hand-set factors; how often a pair of a given kind is real differs more
// than they say. On the hold-outs session 22 read, 87% of the
// listed pairs with a conflicting number were real, against 40% of those
// with a negation alone and 35% of those between two stances alone, at
// the same confidence. For a given set of reason kinds the probability
// rises with the confidence, so the order among pairs of one kind is
// unchanged.
package calib

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
)

//go:generate go run ./cmd/calibrate -earlier testdata/rows.tsv -read testdata/read.tsv testdata/blind.tsv weights_gen.go

// calibKinds are the reason kinds the model weighs, in feature order.
// "weekday" is a date between two days of the week alone
// (relation.Reason.WeighedKind); session 22's rows count it as "date".
var calibKinds = [...]string{"number", "date", "negation", "denial", "stance", "cause", "entity", "antonym", "difference", "weekday"}

// The model's features: a bias, the confidence, one per kind present,
// a negation alone, a stance alone, how many reasons (up to four, scaled
// to one), and four that say where a training row comes from.
//
// Those four are for learning only; a pair a journalist imports has them
// at zero. Rows an earlier engine listed (session 22's, on the hold-outs of
// that time: contested claims like the sample, where two opposite stances
// were mostly real) are real more often than this engine's; so are this
// engine's rows on the hold-outs its rules were made from (read), against
// those on hold-outs nobody read (blind), 71% against 58%. The source
// features (an indicator and its product with the confidence, for each)
// take those differences up, so that every row still teaches how the kinds
// and the confidence weigh while the probability listed is that of a claim
// nobody tuned the engine for, a journalist's.
const (
	cfBias           = 0
	cfConf           = 1
	cfKinds          = 2                         // first of len(calibKinds)
	cfNegOnly        = cfKinds + len(calibKinds) // the only kind is negation
	cfStanceOnly     = cfNegOnly + 1             // the only kind is stance
	cfReasons        = cfStanceOnly + 1          // reasons, up to four, over four
	cfEarlier        = cfReasons + 1             // listed by an earlier engine (learning only)
	cfEarlierConf    = cfEarlier + 1             // the same, times the confidence
	cfRead           = cfEarlierConf + 1         // listed on a read hold-out (learning only)
	cfReadConf       = cfRead + 1                // the same, times the confidence
	numCalibFeatures = cfReadConf + 1
)

var calibNames = func() [numCalibFeatures]string {
	var n [numCalibFeatures]string
	n[cfBias], n[cfConf], n[cfNegOnly], n[cfStanceOnly], n[cfReasons] = "bias", "confidence", "negation_only", "stance_only", "reasons"
	n[cfEarlier], n[cfEarlierConf], n[cfRead], n[cfReadConf] = "earlier_engine", "earlier_engine x confidence", "read", "read x confidence"
	for i, k := range calibKinds {
		n[cfKinds+i] = k
	}
	return n
}()

// kindFeature is the feature of the reason kind k, one of calibKinds.
func kindFeature(k string) int {
	for i, c := range calibKinds {
		if c == k {
			return cfKinds + i
		}
	}
	panic("calib: no feature for kind " + k)
}

// calibFeatures is the feature vector of a pair of confidence conf whose
// reasons have the kinds kinds (repeated kinds counted in n, the number of
// reasons), as this engine lists it on a claim nobody tuned it for.
func calibFeatures(conf float64, kinds []string, n int) [numCalibFeatures]float64 {
	var x [numCalibFeatures]float64
	x[cfBias], x[cfConf] = 1, conf
	distinct := 0
	for i, k := range calibKinds {
		for _, have := range kinds {
			if have == k {
				x[cfKinds+i] = 1
				distinct++
				break
			}
		}
	}
	if distinct == 1 {
		x[cfNegOnly], x[cfStanceOnly] = x[kindFeature("negation")], x[kindFeature("stance")]
	}
	x[cfReasons] = float64(min(n, 4)) / 4
	return x
}

// Probability is the probability that a contradiction of confidence conf
// whose reasons have the kinds kinds (one per reason, repeats kept) is
// real, as the learned weights give it.
func Probability(conf float64, kinds []string) float64 {
	return predict(calibWeights, calibFeatures(conf, kinds, len(kinds)))
}

func predict(w, x [numCalibFeatures]float64) float64 {
	z := 0.0
	for i := range w {
		z += w[i] * x[i]
	}
	return 1 / (1 + math.Exp(-z))
}

// calibColumns are the columns readCalibRows reads, in the order of its
// values.
var calibColumns = [...]string{"confidence", "kinds", "reasons", "real"}

// calibRow is a labelled pair of testdata.
type calibRow struct {
	x    [numCalibFeatures]float64
	real bool
}

// readCalibRows reads the labelled pairs: a header naming the columns
// confidence, kinds (comma-separated), reasons and real (0 or 1), other
// columns ignored, lines starting with # skipped; role says where they come
// from.
func readCalibRows(r io.Reader, name string, role Role) ([]calibRow, error) {
	sc := bufio.NewScanner(r)
	col := map[string]int{}
	var rows []calibRow
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.HasPrefix(text, "#") || strings.TrimSpace(text) == "" {
			continue
		}
		f := strings.Split(text, "\t")
		if len(col) == 0 {
			for i, c := range f {
				col[c] = i
			}
			for _, c := range calibColumns {
				if _, ok := col[c]; !ok {
					return nil, fmt.Errorf("%s:%d: the header has no %q column", name, line, c)
				}
			}
			continue
		}
		var vals [len(calibColumns)]string
		for i, c := range calibColumns {
			if col[c] >= len(f) {
				return nil, fmt.Errorf("%s:%d: no %s column (%d columns)", name, line, c, len(f))
			}
			vals[i] = f[col[c]]
		}
		conf, err := strconv.ParseFloat(vals[0], 64)
		if err != nil || conf < 0 || conf > 1 {
			return nil, fmt.Errorf("%s:%d: confidence %q is not a number from 0 to 1", name, line, vals[0])
		}
		n, err := strconv.Atoi(vals[2])
		if err != nil || n < 1 {
			return nil, fmt.Errorf("%s:%d: reasons %q is not a count of one or more", name, line, vals[2])
		}
		if vals[3] != "0" && vals[3] != "1" {
			return nil, fmt.Errorf("%s:%d: real %q is neither 0 nor 1", name, line, vals[3])
		}
		x := calibFeatures(conf, strings.Split(vals[1], ","), n)
		switch role {
		case Earlier:
			x[cfEarlier], x[cfEarlierConf] = 1, conf
		case Read:
			x[cfRead], x[cfReadConf] = 1, conf
		}
		rows = append(rows, calibRow{x: x, real: vals[3] == "1"})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: no labelled rows", name)
	}
	return rows, nil
}

// calibRidge is the L2 penalty on every weight but the bias: small, to
// keep the weight of a rare kind ("difference", 13 pairs) from running off.
const calibRidge = 1.0

// fitCalibration learns the weights by Newton's method on the penalised
// log-likelihood (the loss is convex: a few steps reach its minimum, and
// the result depends on nothing but the rows).
func fitCalibration(rows []calibRow) [numCalibFeatures]float64 {
	const k = numCalibFeatures
	var w [k]float64
	for step := 0; step < 50; step++ {
		var g [k]float64
		var h [k][k]float64
		for _, r := range rows {
			p := predict(w, r.x)
			y := 0.0
			if r.real {
				y = 1
			}
			for i := range k {
				g[i] += (p - y) * r.x[i]
				for j := range k {
					h[i][j] += p * (1 - p) * r.x[i] * r.x[j]
				}
			}
		}
		for i := 1; i < k; i++ { // no penalty on the bias
			g[i] += calibRidge * w[i]
			h[i][i] += calibRidge
		}
		d := solve(h, g)
		change := 0.0
		for i := range k {
			w[i] -= d[i]
			change = max(change, math.Abs(d[i]))
		}
		if change < 1e-10 {
			break
		}
	}
	return w
}

// solve returns x with h x = g, by Gaussian elimination with partial
// pivoting (h is the penalised Hessian: symmetric, positive definite).
func solve(h [numCalibFeatures][numCalibFeatures]float64, g [numCalibFeatures]float64) [numCalibFeatures]float64 {
	const k = numCalibFeatures
	for c := range k {
		p := c
		for r := c + 1; r < k; r++ {
			if math.Abs(h[r][c]) > math.Abs(h[p][c]) {
				p = r
			}
		}
		h[c], h[p] = h[p], h[c]
		g[c], g[p] = g[p], g[c]
		for r := c + 1; r < k; r++ {
			f := h[r][c] / h[c][c]
			for j := c; j < k; j++ {
				h[r][j] -= f * h[c][j]
			}
			g[r] -= f * g[c]
		}
	}
	var x [k]float64
	for r := k - 1; r >= 0; r-- {
		s := g[r]
		for j := r + 1; j < k; j++ {
			s -= h[r][j] * x[j]
		}
		x[r] = s / h[r][r]
	}
	return x
}

// Role says where a file of labelled rows comes from.
type Role int

const (
	Blind   Role = iota // this engine, on hold-outs nobody working on it read
	Read                // this engine, on the hold-outs its rules were made from
	Earlier             // an earlier engine
)

func (r Role) String() string { return [...]string{"blind", "read", "earlier engine"}[r] }

// RowFile is a file of labelled rows and where they come from.
type RowFile struct {
	Path string
	Role Role
}

// Train learns the weights from the labelled pairs of the files (each with
// its header) and writes the Go source of weights_gen.go to w.
func Train(w io.Writer, files []RowFile) error {
	rows, err := readCalibFiles(files)
	if err != nil {
		return err
	}
	wt := fitCalibration(rows)
	real := 0
	for _, r := range rows {
		if r.real {
			real++
		}
	}
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = f.Path + " (" + f.Role.String() + ")"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "// Code generated by \"go generate ./data/internal/calib/\" (cmd/calibrate); DO NOT EDIT.\n")
	fmt.Fprintf(&b, "// Learned from %d labelled pairs, %d of them real: %s.\n\n", len(rows), real, strings.Join(names, ", "))
	fmt.Fprintf(&b, "package calib\n\nvar calibWeights = [numCalibFeatures]float64{\n")
	for i, v := range wt {
		fmt.Fprintf(&b, "\t%.4f, // %s\n", v, calibNames[i])
	}
	fmt.Fprintf(&b, "}\n")
	_, err = io.WriteString(w, b.String())
	return err
}

// readCalibFiles reads the labelled pairs of the files.
func readCalibFiles(files []RowFile) ([]calibRow, error) {
	var rows []calibRow
	for _, rf := range files {
		f, err := os.Open(rf.Path)
		if err != nil {
			return nil, err
		}
		rs, err := readCalibRows(f, rf.Path, rf.Role)
		f.Close()
		if err != nil {
			return nil, err
		}
		rows = append(rows, rs...)
	}
	if len(rows) == 0 {
		return nil, errors.New("no labelled rows: name the files to learn from")
	}
	return rows, nil
}

// logLoss is the mean negative log-likelihood of rows under p.
func logLoss(rows []calibRow, p func(calibRow) float64) float64 {
	s := 0.0
	for _, r := range rows {
		q := min(max(p(r), 1e-9), 1-1e-9)
		if r.real {
			s -= math.Log(q)
		} else {
			s -= math.Log(1 - q)
		}
	}
	return s / float64(len(rows))
}

// Check writes how well the committed weights predict the labelled pairs
// of file (rows this engine lists, as make calib writes them, of hold-outs
// the weights did not learn from): the pairs, the real ones, the number
// real the probabilities expect, the mean log-loss, and the real pairs in
// each band of probability.
func Check(w io.Writer, file string) error {
	rows, err := readCalibFiles([]RowFile{{file, Blind}})
	if err != nil {
		return err
	}
	bands := [...]struct {
		name        string
		from        float64
		real, pairs int
	}{{"80% or more", 0.8, 0, 0}, {"40% to 80%", 0.4, 0, 0}, {"10% to 40%", 0.1, 0, 0}, {"under 10%", 0, 0, 0}}
	real, expected := 0, 0.0
	for _, r := range rows {
		p := predict(calibWeights, r.x)
		expected += p
		if r.real {
			real++
		}
		for i := range bands {
			if p >= bands[i].from {
				bands[i].pairs++
				if r.real {
					bands[i].real++
				}
				break
			}
		}
	}
	loss := logLoss(rows, func(r calibRow) float64 { return predict(calibWeights, r.x) })
	fmt.Fprintf(w, "%s: %d pairs, %d real, %.1f expected real; log-loss %.3f\n", file, len(rows), real, expected, loss)
	for _, b := range bands {
		fmt.Fprintf(w, "  %-12s %d of %d real\n", b.name, b.real, b.pairs)
	}
	return nil
}
