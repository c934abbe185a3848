package compare

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readPairs reads text_a, text_b and label of a dev TSV in ../shared/eval/dev
// (relative to the repository root), skipping the test when it is absent.
func readPairs(t *testing.T, name string) (as, bs, labels []string) {
	t.Helper()
	path := filepath.Join("..", "..", "shared", "eval", "dev", name)
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("dev data not present: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Scan() // header
	unescape := strings.NewReplacer(`\\`, `\`, `\t`, " ", `\n`, " ")
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 5 {
			continue
		}
		as = append(as, unescape.Replace(f[2]))
		bs = append(bs, unescape.Replace(f[3]))
		labels = append(labels, f[4])
	}
	return as, bs, labels
}

// TestAlignDevPairs lines up the two sides of the ANS dev pairs, each side
// one document of many statements in a shuffled order, and measures how many
// related pairs (agreement, contradiction) find their partner and how many
// matches are wrong. It guards the alignment's thresholds with real
// paraphrases instead of copies.
func TestAlignDevPairs(t *testing.T) {
	as, bs, labels := readPairs(t, "ans_train_ar.tsv")
	// ANS pairs one headline with several others: keep each headline once,
	// with its first related partner, so that one-to-one matching can be
	// right. Unrelated B headlines stay in as distractors.
	var sa, sb []Statement
	var truth []int // truth[i] = index in sb of sa[i]'s partner, -1 for none
	seenA, seenB := map[string]bool{}, map[string]bool{}
	for i := range as {
		if labels[i] == "unrelated" || seenA[as[i]] || seenB[bs[i]] {
			continue
		}
		seenA[as[i]], seenB[bs[i]] = true, true
		truth = append(truth, len(sb))
		sa = append(sa, Statement{Text: as[i]})
		sb = append(sb, Statement{Text: bs[i]})
	}
	for i := range as {
		if labels[i] == "unrelated" && !seenA[as[i]] && !seenB[bs[i]] {
			seenB[bs[i]] = true
			sb = append(sb, Statement{Text: bs[i]})
		}
	}
	// Reverse B so the order differs.
	for i, j := 0, len(sb)-1; i < j; i, j = i+1, j-1 {
		sb[i], sb[j] = sb[j], sb[i]
	}
	for i := range truth {
		truth[i] = len(sb) - 1 - truth[i]
	}
	al := Align(sa, sb)
	related := len(truth)
	var found, wrong int
	for _, m := range al.Matches {
		// An identical headline elsewhere in B is as right as the labelled one.
		if truth[m.A] == m.B || sb[m.B].Text == sa[m.A].Text || sb[m.B].Text == sb[truth[m.A]].Text {
			found++
		} else {
			wrong++
		}
	}
	recall := float64(found) / float64(related)
	precision := float64(found) / float64(found+wrong)
	t.Logf("ANS pairs: %d related, %d found (recall %.3f), %d other matches (precision %.3f)", related, found, recall, wrong, precision)
	if recall < 0.8 || precision < 0.8 {
		t.Errorf("alignment recall %.3f precision %.3f, want both at least 0.8", recall, precision)
	}
}
