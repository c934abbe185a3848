package calib

import (
	"bytes"
	"fmt"
	"go/format"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// trainingFiles are the labelled pairs go:generate learns from: session
// 22's rows of the hold-outs of that time (an earlier engine), and this
// engine's rows of the repository's read and blind hold-outs (make calib).
var trainingFiles = []RowFile{
	{"testdata/rows.tsv", Earlier},
	{"testdata/read.tsv", Read},
	{"testdata/blind.tsv", Blind},
}

// TestCalibrationGenerated checks that weights_gen.go holds the weights
// the learner makes of the testdata rows: nobody edited them by hand,
// and the rows committed are the ones they were learned from.
func TestCalibrationGenerated(t *testing.T) {
	var buf bytes.Buffer
	if err := Train(&buf, trainingFiles); err != nil {
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
		t.Fatal("weights_gen.go is not what the learner makes of the testdata rows: run go generate ./data/internal/calib/")
	}
}

// The learned model predicts the labelled pairs better than the confidence
// it starts from, read as a probability, and better than the confidence
// with its best bias and slope (and the rows' sources) and no kinds: the
// kinds carry what the confidence misses.
func TestCalibrationLearnsFromKinds(t *testing.T) {
	rows, err := readCalibFiles(trainingFiles)
	if err != nil {
		t.Fatal(err)
	}
	w := fitCalibration(rows)
	learned := logLoss(rows, func(r calibRow) float64 { return predict(w, r.x) })
	raw := logLoss(rows, func(r calibRow) float64 { return r.x[cfConf] })
	confOnly := make([]calibRow, len(rows))
	for i, r := range rows {
		confOnly[i].real = r.real
		confOnly[i].x = r.x
		for _, k := range calibKinds {
			confOnly[i].x[kindFeature(k)] = 0
		}
		confOnly[i].x[cfNegOnly], confOnly[i].x[cfStanceOnly], confOnly[i].x[cfReasons] = 0, 0, 0
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
		_, err := readCalibRows(strings.NewReader(c.in), "x.tsv", Blind)
		if err == nil || err.Error() != c.want {
			t.Errorf("%q: error %v, want %q", c.in, err, c.want)
		}
	}
}

// Rows of another source (an earlier engine, a read hold-out), real more
// often than blind rows of the same confidence and kinds, teach the weights
// without lifting the probability of a pair a journalist imports: with the
// source features the model gives such a pair the blind rows' share real;
// without them, a share between the two.
func TestOtherSourcesKeepTheirOwnRate(t *testing.T) {
	for _, role := range []Role{Earlier, Read} {
		in := "confidence\tkinds\treasons\treal\n"
		var blind, other strings.Builder
		blind.WriteString(in)
		other.WriteString(in)
		for i := range 400 {
			conf := []string{"0.4", "0.6", "0.8"}[i%3]
			fmt.Fprintf(&blind, "%s\tnumber\t1\t%d\n", conf, b2i(i%10 < 5)) // 50% real
			fmt.Fprintf(&other, "%s\tnumber\t1\t%d\n", conf, b2i(i%10 < 9)) // 90% real
		}
		b, err := readCalibRows(strings.NewReader(blind.String()), "blind.tsv", Blind)
		if err != nil {
			t.Fatal(err)
		}
		o, err := readCalibRows(strings.NewReader(other.String()), "other.tsv", role)
		if err != nil {
			t.Fatal(err)
		}
		rows := append(b, o...)
		x := calibFeatures(0.6, []string{"number"}, 1) // as Probability sees a journalist's pair
		if p := predict(fitCalibration(rows), x); math.Abs(p-0.5) > 0.03 {
			t.Errorf("%s: with the source features, %.3f for a journalist's pair; want about 0.5", role, p)
		}
		pooled := make([]calibRow, len(rows))
		for i, r := range rows {
			pooled[i] = r
			pooled[i].x[cfEarlier], pooled[i].x[cfEarlierConf], pooled[i].x[cfRead], pooled[i].x[cfReadConf] = 0, 0, 0, 0
		}
		if p := predict(fitCalibration(pooled), x); p < 0.65 {
			t.Errorf("%s: without them, %.3f; want the pooled share, about 0.7", role, p)
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Check counts the rows, the real ones and those in each band of the
// committed weights' probability, which it reports with the expected count.
func TestCheckCountsTheBands(t *testing.T) {
	in := "# rows\nholdout\tconfidence\tkinds\treasons\treal\n" +
		"90\t0.95\tnumber,date\t2\t1\n" + // a sure conflict of figures
		"90\t0.9\tnumber\t1\t0\n" +
		"90\t0.05\tstance\t1\t0\n" // two stances alone, at the least confidence
	p := filepath.Join(t.TempDir(), "rows.tsv")
	if err := os.WriteFile(p, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := Check(&out, p); err != nil {
		t.Fatal(err)
	}
	want := 0.0
	for _, r := range []struct {
		conf  float64
		kinds []string
	}{{0.95, []string{"number", "date"}}, {0.9, []string{"number"}}, {0.05, []string{"stance"}}} {
		want += Probability(r.conf, r.kinds)
	}
	if !strings.Contains(out.String(), fmt.Sprintf(": 3 pairs, 1 real, %.1f expected real;", want)) {
		t.Errorf("check says:\n%s\nwant 3 pairs, 1 real, %.1f expected", out.String(), want)
	}
	if !strings.Contains(out.String(), "80% or more  1 of 2 real") || !strings.Contains(out.String(), "under 10%    0 of 1 real") {
		t.Errorf("check's bands:\n%s\nwant the two number conflicts at 80%% or more, one real, and the stances under 10%%", out.String())
	}
}
