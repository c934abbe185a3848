package compare

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/claimdiff/claimdiff/compare/relation"
	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// stdJSON is the reference AppendIndented must match: encoding/json set up
// as the compare command used to be.
func stdJSON(t testing.TB, v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func checkSameJSON(t *testing.T, j ComparisonJSON) {
	t.Helper()
	got, want := j.AppendIndented(nil), stdJSON(t, j)
	if !bytes.Equal(got, want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		t.Fatalf("AppendIndented differs from encoding/json at byte %d:\ngot  %q\nwant %q", i, got[max(0, i-40):min(len(got), i+40)], want[max(0, i-40):min(len(want), i+40)])
	}
}

func TestAppendIndentedMatchesEncodingJSON(t *testing.T) {
	a, b := genArticles(t, 2000)
	checkSameJSON(t, Compare(a, b, Options{}).JSON("a.txt", "b.txt"))
	checkSameJSON(t, Compare(a, b, Options{Ignore: textnorm.All}).JSON("a\n\"quoted\".txt", "b<&>.txt"))
	checkSameJSON(t, Compare("", "", Options{}).JSON("", ""))
	checkSameJSON(t, Compare("US forces will withdraw by 2026, officials said.", "US forces will not withdraw, officials said.", Options{}).JSON("x", "y"))
	checkSameJSON(t, ComparisonJSON{}) // nil slices are null
	// Enough pairs for the two halves to be written in parallel.
	a, b = genArticles(t, 10000)
	j := Compare(a, b, Options{}).JSON("a.txt", "b.txt")
	if len(j.Pairs) < 2*jsonSplitMin {
		t.Fatalf("%d pairs: too few to test the split", len(j.Pairs))
	}
	checkSameJSON(t, j)
}

func TestAppendIndentedEscapes(t *testing.T) {
	odd := "tab\t nl\n cr\r bs\b ff\f nul\x00 esc\x1b del\x7f quote\" back\\ <html>&amp; \u2028\u2029 bad\xff\xfe end \u00e9 قال"
	j := ComparisonJSON{
		A:      DocumentJSON{Name: odd},
		Ignore: []string{},
		Pairs: []PairJSON{{
			A: StatementJSON{Text: odd, Speaker: odd}, Similarity: 1e-7, Confidence: 1e21,
			Relation: relation.Contradicts.String(),
			Reasons:  []ReasonJSON{{Kind: odd, AStart: -1}},
			Diff:     []Segment{{Op: "replace", A: odd, B: ""}},
		}, {Similarity: 0.5, Confidence: -2.5e-9}},
		OnlyA: []StatementJSON{},
	}
	checkSameJSON(t, j)
}

func FuzzAppendIndented(f *testing.F) {
	f.Add("قال \"x\"\n", 0.25)
	f.Add("\xff\u2028<>", 1e-9)
	f.Fuzz(func(t *testing.T, s string, x float64) {
		if x != x || x > 1e300 || x < -1e300 {
			return // encoding/json refuses NaN and infinities
		}
		j := ComparisonJSON{A: DocumentJSON{Name: s}, Pairs: []PairJSON{{A: StatementJSON{Text: s}, Similarity: x, Diff: []Segment{{A: s}}}}}
		checkSameJSON(t, j)
	})
}

func BenchmarkJSONEncoding(b *testing.B) {
	ta, tb := genArticles(b, 10000)
	j := Compare(ta, tb, Options{}).JSON("a.txt", "b.txt")
	b.Run("encoding-json", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			stdJSON(b, j)
		}
	})
	b.Run("AppendIndented", func(b *testing.B) {
		b.ReportAllocs()
		var buf []byte
		for b.Loop() {
			buf = j.AppendIndented(buf[:0])
		}
	})
}

func TestAppendIndentedSizeHint(t *testing.T) {
	a, b := genArticles(t, 3000)
	j := Compare(a, b, Options{}).JSON("a.txt", "b.txt")
	out := j.AppendIndented(nil)
	if h := j.sizeHint(); h < len(out) || h > len(out)*3/2 {
		t.Errorf("sizeHint %d for %d bytes of JSON: want at least the size and at most half again", h, len(out))
	}
}
