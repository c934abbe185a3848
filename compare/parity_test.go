package compare

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare/facts"
)

// The parity test pins the output of Parse, Statements and package facts on
// a broad corpus, so that work on their speed cannot change what they return.
// testdata/parity.golden holds one "name<TAB>sha256" line per input: the hash
// of a canonical dump of everything those functions produce, unexported
// fields (token byte offsets, statement keys) included. The golden file was
// written before the optimisation; regenerate it with -update only when an
// output change is intended.
var update = flag.Bool("update", false, "rewrite the golden and generated files of the tests that run from the current code")

const parityGolden = "testdata/parity.golden"

// parityInput is one named text of the corpus. optional marks texts read
// from ../shared, which a clone of the project does not have.
type parityInput struct {
	name, text string
	optional   bool
}

// parityCorpus gathers the inputs: the embedded article and slices of it,
// the generated benchmark articles, seeded random texts over the runes the
// tokenisers treat specially, and, when present, the dev pairs and the seed
// articles of ../shared.
func parityCorpus(t *testing.T) []parityInput {
	t.Helper()
	var in []parityInput
	add := func(name, text string, optional bool) {
		in = append(in, parityInput{name, text, optional})
	}
	art := loadArticle(t)
	add("article", art, false)
	rs := []rune(art)
	for i, n := 0, 0; i < len(rs); i, n = i+997, n+1 { // windows that cut words and quotes anywhere
		add(fmt.Sprintf("article-window-%d", n), string(rs[i:min(i+1500, len(rs))]), false)
	}
	for _, words := range []int{300, 2000, 10000} {
		a, b := genArticles(t, words)
		add(fmt.Sprintf("gen-%d-a", words), a, false)
		add(fmt.Sprintf("gen-%d-b", words), b, false)
	}
	a, b := genArticlesEdited(t, 3000, 90)
	add("gen-edited-a", a, false)
	add("gen-edited-b", b, false)
	for i, s := range []string{"", " ", "Dr. Smith said “no.” Then…", "Officials said it. “", "وقال مسؤول (لم تسمه)، “نعم”. وأضاف",
		"لـ”رويترز” ٢٬٥٠٠ 2.5", "a\r\nb\n\nc", "U.S.A. e.g. x", "\u200c\u200dا\u200cب", "'-'",
		"ﻗﺎﻝ ﺍﻟﻤﺴﺆﻭﻝ ٣ ﺁﻻﻑ", "He said 2,500 troops, about 3.5 million $ and 40% by Jan. 5, 2026 won't leave.",
		"“Nobody,” said Gen. J. Smith of the U.S. Army, “denied it.” He added: no."} {
		add(fmt.Sprintf("seed-%d", i), s, false)
	}
	rng := rand.New(rand.NewPCG(7, 11))
	for i := range 300 {
		add(fmt.Sprintf("random-%d", i), randomText(rng, rs), false)
	}
	// Texts from ../shared are named by their content, so that a machine
	// whose ../shared holds other texts checks only those the golden file
	// knows, and never fails on a text it does not.
	shared := func(text string) {
		sum := sha256.Sum256([]byte(text))
		add("shared/"+hex.EncodeToString(sum[:12]), text, true)
	}
	for _, name := range []string{"ans_train_ar.tsv", "breaking_nli_half_en.tsv", "seed_pairs.tsv"} {
		for _, r := range readDevTexts(filepath.Join("..", "..", "shared", "eval", "dev", name)) {
			shared(r[0])
			shared(r[1])
		}
	}
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seed", "*.txt"))
	for _, p := range seeds {
		if data, err := os.ReadFile(p); err == nil {
			shared(string(data))
		}
	}
	return in
}

// randomText mixes pieces of the article with the runes that decide token,
// sentence, quote and number boundaries, and with runes outside the tables.
func randomText(rng *rand.Rand, art []rune) string {
	odd := []string{" ", "\n", "\r\n", "\t", "\u00a0", "\u200c", "\u200d", "\u200f", "\ufeff", "\u2028",
		".", "...", "…", ",", "،", "؟", "?", "!", ":", "؛", "-", "‐", "'", "’", "\"", "“", "”", "«", "»", "(", ")",
		"0", "7", "2,500", "٢٬٥٠٠", "٣٫٥", "۴", "1.000.000", "%", "٪", "$", "ـ", "ﻻ", "ﻗﺎﻝ", "é", "É", "ß", "İ",
		"Ω", "ж", "😀", "中", "\ufffd", "U.S.", "Mr.", "no.", "Jan.", "لـ", "و", "ال", "said", "قال", "according to",
		"more than", "أكثر من", "2023", "2,000 troops", "ألفين", "hundreds", "مئات", "last year", "الشهر المقبل"}
	var b strings.Builder
	for range 1 + rng.IntN(40) {
		if rng.IntN(3) == 0 {
			i := rng.IntN(len(art))
			b.WriteString(string(art[i:min(i+1+rng.IntN(30), len(art))]))
		} else {
			b.WriteString(odd[rng.IntN(len(odd))])
		}
	}
	return b.String()
}

// readDevTexts reads text_a and text_b of a dev TSV, unescaped as its README
// says (\\, \t, \n); nil when the file is absent.
func readDevTexts(path string) [][2]string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Scan() // header
	unescape := strings.NewReplacer(`\\`, `\`, `\t`, "\t", `\n`, "\n")
	var out [][2]string
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) >= 4 {
			out = append(out, [2]string{unescape.Replace(f[2]), unescape.Replace(f[3])})
		}
	}
	return out
}

// parityDump is everything the analysis stages produce for text, in a fixed
// encoding. The facts of the whole text are dumped as well, through each of
// the package's entry points, since the classifier calls them on raw text.
func parityDump(text string) []byte {
	doc := Parse(text)
	sts := Statements(doc)
	offs := make([]int, len(doc.Tokens))
	for i, tok := range doc.Tokens {
		offs[i] = tok.off
	}
	keys := make([][]string, len(sts))
	for i, st := range sts {
		keys[i] = st.keys
	}
	dump := struct {
		Doc        *Document
		Lang       string
		Offs       []int
		Statements []Statement
		Keys       [][]string
		Extract    facts.Facts
		Numbers    []facts.Number
		Dates      []facts.Date
		Cues       []facts.Cue
	}{doc, doc.Lang(), offs, sts, keys, facts.Extract(text), facts.Numbers(text), facts.Dates(text), facts.Cues(text)}
	data, err := json.Marshal(dump)
	if err != nil {
		panic(err)
	}
	return data
}

func parityHash(text string) string {
	sum := sha256.Sum256(parityDump(text))
	return hex.EncodeToString(sum[:])
}

func TestParity(t *testing.T) {
	corpus := parityCorpus(t)
	if *update {
		var b strings.Builder
		for _, in := range corpus {
			fmt.Fprintf(&b, "%s\t%s\n", in.name, parityHash(in.text))
		}
		if err := os.WriteFile(parityGolden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d hashes to %s", len(corpus), parityGolden)
		return
	}
	want := readGolden(t, parityGolden)
	checked, diffs := 0, []string{}
	for _, in := range corpus {
		sum, ok := want[in.name]
		if !ok {
			if in.optional {
				continue // a text of ../shared the golden file does not know
			}
			t.Errorf("%s: not in %s", in.name, parityGolden)
			continue
		}
		checked++
		if got := parityHash(in.text); got != sum {
			diffs = append(diffs, in.name)
		}
	}
	sort.Strings(diffs)
	if len(diffs) > 0 {
		t.Errorf("output changed for %d of %d inputs: %s", len(diffs), checked, strings.Join(diffs[:min(len(diffs), 20)], ", "))
	}
	t.Logf("%d inputs checked", checked)
}

// readGolden reads a golden file of "name<TAB>sha256" lines.
func readGolden(t *testing.T, path string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		name, sum, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("%s: bad golden line %q", path, line)
		}
		want[name] = sum
	}
	return want
}
