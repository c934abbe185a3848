package calib

import (
	"bytes"
	"go/format"
	"math"
	"os"
	"strings"
	"testing"
)

// trainingFiles are the labelled pairs go:generate learns from: session
// 22's rows of the hold-outs of that time.
var trainingFiles = []string{"testdata/rows.tsv"}

// TestCalibrationGenerated checks that weights_gen.go holds the weights
// the learner makes of testdata/rows.tsv: nobody edited them by hand,
// and the rows committed are the ones they were learned from.
func TestCalibrationGenerated(t *testing.T) {
	var buf bytes.Buffer
	if err := Train(&buf, trainingFiles...); err != nil {
		t.Fatal(err)
	}
	want, err := format.Source(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("weights_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("weights_gen.go is not what the learner makes of testdata/rows.tsv: run go generate ./data/internal/calib/")
	}
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

// The learned model predicts the labelled pairs better than the confidence
// it starts from, read as a probability, and better than the confidence
// with its best bias and slope and no kinds: the kinds carry what the
// confidence misses.
func TestCalibrationLearnsFromKinds(t *testing.T) {
	var rows []calibRow
	for _, name := range trainingFiles {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		rs, err := readCalibRows(f, name)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, rs...)
	}
	w := fitCalibration(rows)
	learned := logLoss(rows, func(r calibRow) float64 { return predict(w, r.x) })
	raw := logLoss(rows, func(r calibRow) float64 { return r.x[cfConf] })
	confOnly := make([]calibRow, len(rows))
	for i, r := range rows {
		confOnly[i].real = r.real
		confOnly[i].x[cfBias], confOnly[i].x[cfConf] = 1, r.x[cfConf]
	}
	wc := fitCalibration(confOnly)
	scaled := logLoss(confOnly, func(r calibRow) float64 { return predict(wc, r.x) })
	if !(learned < scaled && scaled < raw) {
		t.Errorf("log loss: learned %.4f, confidence rescaled %.4f, raw %.4f; want them in that order", learned, scaled, raw)
	}
}

func TestReadCalibRowsErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"confidence\tkinds\treasons\n0.5\tnumber\t1\n", `x.tsv:1: the header has no "real" column`},
		{"# note\nconfidence\tkinds\treasons\treal\n0.5\tnumber\t1\t1\n0.5\tnumber\n", "x.tsv:4: no reasons column (2 columns)"},
		{"confidence\tkinds\treasons\treal\n1.5\tnumber\t1\t1\n", `x.tsv:2: confidence "1.5" is not a number from 0 to 1`},
		{"confidence\tkinds\treasons\treal\n0.5\tnumber\t0\t1\n", `x.tsv:2: reasons "0" is not a count of one or more`},
		{"confidence\tkinds\treasons\treal\n0.5\tnumber\t1\tyes\n", `x.tsv:2: real "yes" is neither 0 nor 1`},
		{"confidence\tkinds\treasons\treal\n", "x.tsv: no labelled rows"},
	} {
		_, err := readCalibRows(strings.NewReader(c.in), "x.tsv")
		if err == nil || err.Error() != c.want {
			t.Errorf("%q: error %v, want %q", c.in, err, c.want)
		}
	}
}
