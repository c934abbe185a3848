package compare

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// genArticles builds two articles of about words words each from the
// sentences of the reference article: A is copies of its sentences, each copy
// with words swapped and replaced, in shuffled order; B is A with one
// sentence in ten edited, one in twenty dropped, one in twenty moved and a
// few new sentences. The generator is seeded: every run gets the same texts.
func genArticles(tb testing.TB, words int) (a, b string) { return genArticlesEdited(tb, words, 10) }

// genArticlesEdited is genArticles with editPct sentences in a hundred edited
// in B (the others kept, dropped, moved or joined by a new one).
func genArticlesEdited(tb testing.TB, words, editPct int) (a, b string) {
	tb.Helper()
	doc := Parse(loadArticle(tb))
	var sents [][]string
	var vocab []string
	for i := range doc.Sentences {
		f := strings.Fields(doc.SentenceText(i))
		if len(f) >= 4 {
			sents = append(sents, f)
			vocab = append(vocab, f...)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var sa [][]string
	n := 0
	for n < words {
		for _, s := range sents {
			c := append([]string(nil), s...)
			i, j := rng.IntN(len(c)-1), rng.IntN(len(c)-1)
			c[i], c[j] = c[j], c[i]
			c[rng.IntN(len(c)-1)] = vocab[rng.IntN(len(vocab))]
			sa = append(sa, c)
			n += len(c)
		}
	}
	rng.Shuffle(len(sa), func(i, j int) { sa[i], sa[j] = sa[j], sa[i] })
	var sb [][]string
	for i, s := range sa {
		switch r := rng.IntN(100); {
		case r < 5: // dropped
		case r < 5+editPct:
			c := append([]string(nil), s...)
			c[rng.IntN(len(c)-1)] = vocab[rng.IntN(len(vocab))]
			sb = append(sb, c)
		case r < 8+editPct:
			sb = append(sb, s, sents[rng.IntN(len(sents))])
		default:
			sb = append(sb, s)
		}
		if i%20 == 19 && len(sb) > 10 { // move one of the last ten sentences
			k := len(sb) - 1 - rng.IntN(10)
			m := sb[k]
			sb = append(sb[:k], sb[k+1:]...)
			sb = append(sb, m)
		}
	}
	return join(sa), join(sb)
}

func join(ss [][]string) string {
	var b strings.Builder
	for i, s := range ss {
		b.WriteString(strings.Join(s, " "))
		if i%3 == 2 {
			b.WriteString("\n")
		} else {
			b.WriteString(" ")
		}
	}
	return b.String()
}

func TestGenArticlesSize(t *testing.T) {
	a, b := genArticles(t, 10000)
	if na, nb := len(strings.Fields(a)), len(strings.Fields(b)); na < 10000 || nb < 9000 || na > 11000 || nb > 11000 {
		t.Errorf("generated %d and %d words, want about 10,000", na, nb)
	}
}

func BenchmarkParse(b *testing.B) {
	text, _ := genArticles(b, 10000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(text)
	}
}

func BenchmarkStatements(b *testing.B) {
	text, _ := genArticles(b, 10000)
	doc := Parse(text)
	b.ReportAllocs()
	for b.Loop() {
		Statements(doc)
	}
}

func BenchmarkAlign(b *testing.B) {
	ta, tb := genArticles(b, 10000)
	sa, sb := Statements(Parse(ta)), Statements(Parse(tb))
	b.ReportAllocs()
	for b.Loop() {
		Align(sa, sb)
	}
}

func BenchmarkDiff(b *testing.B) {
	a, c := editedArticle(b)
	ta, tb := Parse(a).Tokens, Parse(c).Tokens // the whole article as one token run
	b.ReportAllocs()
	for b.Loop() {
		DiffTokens(ta, tb, textnorm.IgnoreDiacritics)
	}
}

func BenchmarkCompare10k(b *testing.B) {
	ta, tb := genArticles(b, 10000)
	b.SetBytes(int64(len(ta) + len(tb)))
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		Compare(ta, tb, Options{})
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// BenchmarkCompare10kAllEdited is the worst case for the pairs: nine
// sentences in ten of B differ from their partner in A, so every one goes
// through the word diff and the relation classifier.
func BenchmarkCompare10kAllEdited(b *testing.B) {
	ta, tb := genArticlesEdited(b, 10000, 90)
	b.SetBytes(int64(len(ta) + len(tb)))
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		Compare(ta, tb, Options{})
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// TestWriteBenchArticles writes the two generated 10,000-word articles of
// BenchmarkCompare10k to the folder named by CLAIMDIFF_BENCH_OUT, for
// scripts/bench-compare.sh to time claimdiff against git's word diff on the
// same files. Without the variable it does nothing.
func TestWriteBenchArticles(t *testing.T) {
	dir := os.Getenv("CLAIMDIFF_BENCH_OUT")
	if dir == "" {
		t.Skip("CLAIMDIFF_BENCH_OUT is not set")
	}
	a, b := genArticles(t, 10000)
	for name, text := range map[string]string{"a.txt": a, "b.txt": b} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// BenchmarkClassifyPairs10k is the relation stage of BenchmarkCompare10k on
// its own: relation.Classify of every aligned pair whose statements differ.
func BenchmarkClassifyPairs10k(b *testing.B) {
	ta, tb := genArticles(b, 10000)
	c := Compare(ta, tb, Options{})
	var pairs [][2]string
	for _, p := range c.Pairs {
		if x, y := c.StatementsA[p.A].Text, c.StatementsB[p.B].Text; x != y {
			pairs = append(pairs, [2]string{x, y})
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pairs {
			classify(p[0], p[1])
		}
	}
}
