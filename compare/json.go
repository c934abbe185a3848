package compare

import (
	"runtime"
	"strings"

	"github.com/claimdiff/claimdiff/compare/relation"
	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// JSONVersion is the version of the ComparisonJSON shape. It changes only
// when a field is removed or changes meaning; new fields may be added.
const JSONVersion = 1

// ComparisonJSON is the stable JSON form of a Comparison, the output of
// `claimdiff compare --format json` (docs/compare-json.md). Offsets are rune
// offsets into the text after CheckText.
type ComparisonJSON struct {
	Version int             `json:"version"`
	A       DocumentJSON    `json:"a"`
	B       DocumentJSON    `json:"b"`
	Ignore  []string        `json:"ignore"` // ignore options of the diff, by name
	Pairs   []PairJSON      `json:"pairs"`
	OnlyA   []StatementJSON `json:"only_a"`
	OnlyB   []StatementJSON `json:"only_b"`
}

// DocumentJSON describes one input.
type DocumentJSON struct {
	Name       string `json:"name"`
	Lang       string `json:"lang"` // "ar", "en", "mixed" or ""
	Runes      int    `json:"runes"`
	Statements int    `json:"statements"`
}

// StatementJSON is one statement with its attribution.
type StatementJSON struct {
	Index       int    `json:"index"`
	Text        string `json:"text"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Speaker     string `json:"speaker"`
	SpeakerKind string `json:"speaker_kind"` // "named", "anonymous", "none"
	Role        string `json:"role"`
	Carried     bool   `json:"carried"`
	Cue         string `json:"cue"`
	Channel     string `json:"channel"`
	Quote       string `json:"quote"`
	Direct      bool   `json:"direct"`
}

// PairJSON is an aligned pair.
type PairJSON struct {
	A          StatementJSON `json:"a"`
	B          StatementJSON `json:"b"`
	Moved      bool          `json:"moved"`
	Similarity float64       `json:"similarity"`
	Relation   string        `json:"relation"` // "contradicts", "agrees", "neutral", "unrelated"
	Confidence float64       `json:"confidence"`
	Reasons    []ReasonJSON  `json:"reasons"`
	Diff       []Segment     `json:"diff"`
}

// ReasonJSON is one piece of evidence for the relation. Offsets are rune
// offsets in each document, -1 when the evidence is absent on that side.
type ReasonJSON = relation.Reason

// Segment is one edit of a diff as text: A's and B's words for it, as
// written. An equal segment may differ in what the ignore options fold.
type Segment struct {
	Op string `json:"op"` // "equal", "insert", "delete", "replace"
	A  string `json:"a"`
	B  string `json:"b"`
}

// Segments returns the diff of pair p as text segments.
func (c *Comparison) Segments(p Pair) []Segment {
	ta, tb := c.TokensA(p), c.TokensB(p)
	out := make([]Segment, len(p.Edits))
	for i, e := range p.Edits {
		out[i] = Segment{Op: e.Op.String(), A: joinTokens(ta[e.AStart:e.AEnd]), B: joinTokens(tb[e.BStart:e.BEnd])}
	}
	return out
}

// FormatSegments writes a diff as one line of text: equal text as it is in
// A (with B's trailing space where A has none), a deletion as del(text), an insertion as ins(text), a replacement as
// del(a)+ins(b). A change's trailing white space is written after its
// marks: "the [-big-] house", not "the [-big -]house".
func FormatSegments(segs []Segment, del, ins func(string) string) string {
	var b strings.Builder
	for _, s := range segs {
		switch s.Op {
		case "equal":
			// A change at the end of A comes after A's last word with no
			// space; B has one there.
			body, sp := splitSpace(s.A)
			if sp == "" {
				_, sp = splitSpace(s.B)
			}
			b.WriteString(body + sp)
		case "delete":
			body, sp := splitSpace(s.A)
			b.WriteString(del(body) + sp)
		case "insert":
			body, sp := splitSpace(s.B)
			b.WriteString(ins(body) + sp)
		case "replace":
			ba, sa := splitSpace(s.A)
			bb, sb := splitSpace(s.B)
			if sa == "" {
				sa = sb
			}
			b.WriteString(del(ba) + ins(bb) + sa)
		}
	}
	return b.String()
}

// splitSpace splits trailing white space off s.
func splitSpace(s string) (body, space string) {
	t := strings.TrimRightFunc(s, isSeparator)
	return t, s[len(t):]
}

func joinTokens(ts []Token) string {
	var b strings.Builder
	for _, t := range ts {
		b.WriteString(t.Text)
	}
	return b.String()
}

// IgnoreNames are the names of the diff's ignore options, in flag order.
var IgnoreNames = []string{"punct", "case", "diacritics", "letterforms", "digits"}

var ignoreBits = []textnorm.Options{textnorm.IgnorePunct, textnorm.IgnoreCase, textnorm.IgnoreDiacritics, textnorm.IgnoreLetterforms, textnorm.IgnoreDigits}

// ParseIgnore reads a comma-separated list of IgnoreNames ("punct,case").
// It returns the unknown name, if any, with ok false.
func ParseIgnore(list string) (o textnorm.Options, bad string, ok bool) {
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(strings.ToLower(f))
		if f == "" {
			continue
		}
		found := false
		for i, n := range IgnoreNames {
			if f == n {
				o |= ignoreBits[i]
				found = true
			}
		}
		if f == "all" {
			o, found = textnorm.All, true
		}
		if !found {
			return 0, f, false
		}
	}
	return o, "", true
}

func ignoreList(o textnorm.Options) []string {
	out := []string{}
	for i, n := range IgnoreNames {
		if o&ignoreBits[i] != 0 {
			out = append(out, n)
		}
	}
	return out
}

// StatementJSON returns the JSON form of a statement.
func (st *Statement) JSON() StatementJSON {
	return StatementJSON{
		Index: st.Index, Text: st.Text, Start: st.Start, End: st.End,
		Speaker: st.Speaker.Text, SpeakerKind: st.SpeakerKind.String(), Role: st.Role.Text,
		Carried: st.Carried, Cue: st.Cue.Text, Channel: st.Channel.Text, Quote: st.Quote.Text, Direct: st.Direct,
	}
}

// JSON returns the stable JSON form of c; nameA and nameB name the inputs.
func (c *Comparison) JSON(nameA, nameB string) ComparisonJSON {
	out := ComparisonJSON{
		Version: JSONVersion,
		A:       DocumentJSON{Name: nameA, Lang: c.A.Lang(), Runes: runeLen(c.A), Statements: len(c.StatementsA)},
		B:       DocumentJSON{Name: nameB, Lang: c.B.Lang(), Runes: runeLen(c.B), Statements: len(c.StatementsB)},
		Ignore:  ignoreList(c.Options.Ignore),
		Pairs:   make([]PairJSON, len(c.Pairs)),
		OnlyA:   make([]StatementJSON, len(c.OnlyA)),
		OnlyB:   make([]StatementJSON, len(c.OnlyB)),
	}
	inHalves(len(c.Pairs), jsonSplitMin, func(from, to int) { c.pairsJSON(out.Pairs[from:to], c.Pairs[from:to]) })
	for i, k := range c.OnlyA {
		out.OnlyA[i] = c.StatementsA[k].JSON()
	}
	for i, k := range c.OnlyB {
		out.OnlyB[i] = c.StatementsB[k].JSON()
	}
	return out
}

// inHalves runs f(0, n) or, when n is at least 2*min and there are two
// processors, f(0, n/2) and f(n/2, n) side by side.
func inHalves(n, min int, f func(from, to int)) {
	half := n / 2
	if half < min || runtime.GOMAXPROCS(0) < 2 {
		f(0, n)
		return
	}
	done := make(chan struct{})
	go func() {
		f(half, n)
		close(done)
	}()
	f(0, half)
	<-done
}

// pairsJSON fills out[i] with the JSON form of pairs[i].
func (c *Comparison) pairsJSON(out []PairJSON, pairs []Pair) {
	for i, p := range pairs {
		sa, sb := &c.StatementsA[p.A], &c.StatementsB[p.B]
		pj := PairJSON{
			A: sa.JSON(), B: sb.JSON(), Moved: p.Moved, Similarity: round3(p.Similarity),
			Relation: p.Relation.Label.String(), Confidence: round3(p.Relation.Confidence),
			Reasons: make([]ReasonJSON, len(p.Relation.Reasons)), Diff: c.Segments(p),
		}
		for k, r := range p.Relation.Reasons {
			pj.Reasons[k] = ReasonJSON{
				Kind: r.Kind, A: r.A, B: r.B,
				AStart: rebase(r.AStart, sa.Start), AEnd: rebase(r.AEnd, sa.Start),
				BStart: rebase(r.BStart, sb.Start), BEnd: rebase(r.BEnd, sb.Start),
				Detail: r.Detail,
			}
		}
		out[i] = pj
	}
}

func rebase(off, base int) int {
	if off < 0 {
		return -1
	}
	return off + base
}

func round3(f float64) float64 {
	return float64(int64(f*1000+0.5)) / 1000
}

func runeLen(d *Document) int {
	if n := len(d.Tokens); n > 0 {
		return d.Tokens[n-1].End
	}
	return 0
}
