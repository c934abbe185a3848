package compare

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare/facts"
	"github.com/claimdiff/claimdiff/compare/relation"
	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// The comparison parity test does for the stages after Statements what
// TestParity does for Parse, Statements and facts: it pins alignment, word
// diffs, fact conflicts and the JSON output of Compare on pairs of the parity
// corpus, so that work on their speed cannot change what they return.
// testdata/compare_parity.golden holds one "name<TAB>hash" line (the first
// 128 bits of a SHA-256) per pair and option set; it was written by the code
// before that work. Rewrite it, with -run '^TestCompareParity$' -update, only
// when an output change is intended.
//
// The relations are left out of the hash, so that work on package relation
// does not have to rewrite the file: instead every pair's relation is checked
// against what package relation says of the two statements, which with the
// pairs pinned pins what Compare hands the classifier.
const compareParityGolden = "testdata/compare_parity.golden"

// compareParityOptions are the option sets each pair is compared under: the
// default, everything ignored (the fast path on Token.Norm), and a mix that
// goes through textnorm.Fold. The dev pairs of ../shared, which are many,
// are compared under the first only.
var compareParityOptions = []parityOption{
	{"default", Options{}},
	{"all", Options{Ignore: textnorm.All}},
	{"punct-diacritics", Options{Ignore: textnorm.IgnorePunct | textnorm.IgnoreDiacritics, MinSimilarity: 0.4}},
}

// parityPair is one named pair of texts to compare.
type parityPair struct {
	name     string
	a, b     string
	optional bool
}

// parityOption is a named option set.
type parityOption struct {
	name string
	opt  Options
}

// options are the option sets p is compared under.
func (p parityPair) options() []parityOption {
	if p.optional {
		return compareParityOptions[:1]
	}
	return compareParityOptions
}

// compareParityPairs pairs up the parity corpus: each generated article with
// its edited copy, neighbouring windows of the reference article, each seed
// and random text with the next, the reference article with its edited copy
// and, when ../shared is present, the dev pairs (named by content).
func compareParityPairs(t *testing.T) []parityPair {
	t.Helper()
	corpus := parityCorpus(t)
	byName := map[string]string{}
	for _, in := range corpus {
		byName[in.name] = in.text
	}
	var out []parityPair
	add := func(name, a, b string) { out = append(out, parityPair{name: name, a: a, b: b}) }
	for _, n := range []string{"gen-300", "gen-2000", "gen-10000", "gen-edited"} {
		add(n, byName[n+"-a"], byName[n+"-b"])
	}
	for i := 0; ; i++ {
		a, okA := byName[fmt.Sprintf("article-window-%d", i)]
		b, okB := byName[fmt.Sprintf("article-window-%d", i+1)]
		if !okA || !okB {
			break
		}
		add(fmt.Sprintf("article-window-%d-%d", i, i+1), a, b)
	}
	for _, prefix := range []string{"seed", "random"} {
		for i := 0; ; i++ {
			a, okA := byName[fmt.Sprintf("%s-%d", prefix, i)]
			b, okB := byName[fmt.Sprintf("%s-%d", prefix, i+1)]
			if !okA || !okB {
				break
			}
			add(fmt.Sprintf("%s-%d-%d", prefix, i, i+1), a, b)
		}
	}
	a, b := editedArticle(t)
	add("article-edited", a, b)
	add("article-edited-reversed", b, a)
	for _, name := range []string{"ans_train_ar.tsv", "breaking_nli_half_en.tsv", "seed_pairs.tsv"} {
		for _, r := range readDevTexts(filepath.Join("..", "..", "shared", "eval", "dev", name)) {
			sum := sha256.Sum256([]byte(r[0] + "\x00" + r[1]))
			out = append(out, parityPair{name: "shared/" + hex.EncodeToString(sum[:12]), a: r[0], b: r[1], optional: true})
		}
	}
	return out
}

// compareDump is everything Compare produces for a pair under opt but the
// relations, in a fixed encoding: the pairs with their exact similarities
// (as bits) and edits, the unpaired statements, the fact conflicts, and the
// indented JSON the command line prints. It checks each pair's relation
// against package relation's word on the pair, then blanks it.
func compareDump(t *testing.T, name, a, b string, opt Options) []byte {
	c := Compare(a, b, opt)
	for i := range c.Pairs {
		sa, sb := &c.StatementsA[c.Pairs[i].A], &c.StatementsB[c.Pairs[i].B]
		want := relation.Result{Label: relation.Agrees, Confidence: 1}
		if sa.Text != sb.Text {
			want = relation.ClassifyFacts(sa.Text, sb.Text, facts.Extract(sa.Text), facts.Extract(sb.Text))
		}
		if !reflect.DeepEqual(c.Pairs[i].Relation, want) {
			t.Errorf("%s: pair %d: relation %+v, package relation says %+v", name, i, c.Pairs[i].Relation, want)
		}
		c.Pairs[i].Relation = relation.Result{}
	}
	sims := make([]uint64, len(c.Pairs))
	for i, p := range c.Pairs {
		sims[i] = math.Float64bits(p.Similarity)
	}
	j := c.JSON("a", "b")
	dump := struct {
		Pairs        []Pair
		Similarities []uint64
		OnlyA, OnlyB []int
		Conflicts    []FactConflict
		JSON         string
	}{c.Pairs, sims, c.OnlyA, c.OnlyB, c.FactConflicts(), string(j.AppendIndented(nil))}
	data, err := json.Marshal(dump)
	if err != nil {
		panic(err)
	}
	return data
}

func compareHash(t *testing.T, name, a, b string, opt Options) string {
	sum := sha256.Sum256(compareDump(t, name, a, b, opt))
	return hex.EncodeToString(sum[:16])
}

func TestCompareParity(t *testing.T) {
	pairs := compareParityPairs(t)
	if *update {
		var b strings.Builder
		for _, p := range pairs {
			for _, o := range p.options() {
				fmt.Fprintf(&b, "%s/%s\t%s\n", p.name, o.name, compareHash(t, p.name, p.a, p.b, o.opt))
			}
		}
		if err := os.WriteFile(compareParityGolden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d hashes to %s", strings.Count(b.String(), "\n"), compareParityGolden)
		return
	}
	want := readGolden(t, compareParityGolden)
	checked, diffs := 0, []string{}
	for _, p := range pairs {
		for _, o := range p.options() {
			name := p.name + "/" + o.name
			sum, ok := want[name]
			if !ok {
				if !p.optional {
					t.Errorf("%s: not in %s", name, compareParityGolden)
				}
				continue
			}
			checked++
			if got := compareHash(t, name, p.a, p.b, o.opt); got != sum {
				diffs = append(diffs, name)
			}
		}
	}
	sort.Strings(diffs)
	if len(diffs) > 0 {
		t.Errorf("output changed for %d of %d comparisons: %s", len(diffs), checked, strings.Join(diffs[:min(len(diffs), 20)], ", "))
	}
	t.Logf("%d comparisons checked", checked)
}
