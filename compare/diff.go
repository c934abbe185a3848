package compare

import (
	"github.com/sergi/go-diff/diffmatchpatch"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// Op is what an edit does.
type Op uint8

// Edit operations.
const (
	Equal   Op = iota // the same under the ignore options
	Insert            // only in B
	Delete            // only in A
	Replace           // A's tokens became B's
)

// String names the op as the JSON output spells it.
func (o Op) String() string {
	switch o {
	case Insert:
		return "insert"
	case Delete:
		return "delete"
	case Replace:
		return "replace"
	}
	return "equal"
}

// Edit is one step of a word diff: tokens [AStart, AEnd) of A and
// [BStart, BEnd) of B. The edits of a diff cover both token slices in order,
// so concatenating their A ranges gives A back, and their B ranges B.
type Edit struct {
	Op           Op
	AStart, AEnd int
	BStart, BEnd int
}

// minShared is the share of words (Dice) two sentences must have in common
// for a word diff to be worth reading; below it, unless most of the shorter
// one is in the longer (a long insertion), the pair is one replacement.
const minShared = 0.35

// mostShared is the share of words (Dice) from which a word diff keeps
// every shared word apart, without semantic cleanup.
const mostShared = 0.5

// DiffTokens diffs two token slices word by word. Tokens that fold to the
// same text under ignore (textnorm.Fold) are Equal; white space, and
// punctuation when ignore has IgnorePunct, never make a difference by
// themselves. Whole tokens only: a word is never split.
//
// It maps each distinct folded token to one rune and runs go-diff on the
// rune strings with no time limit (DiffTimeout = 0), so the result does not
// depend on the machine; sentences are short enough for that to be cheap.
// Semantic cleanup then merges confetti, and a pair that shares about a third
// of its words or less comes back as one Replace.
func DiffTokens(a, b []Token, ignore textnorm.Options) []Edit {
	return diffTokens(a, b, ignore, nil)
}

// diffScratch is what diffTokens keeps across the pairs of a comparison:
// textnorm.Fold memoised for one set of options (news text repeats its
// words), and the map and slices it builds for every pair, cleared rather
// than allocated again. A nil *diffScratch keeps nothing.
type diffScratch struct {
	folds  map[string]string
	keys   map[string]rune
	ai, bi []int
	ar, br []rune
}

func (c *diffScratch) fold(s string, o textnorm.Options) string {
	if c == nil {
		return textnorm.Fold(s, o)
	}
	if c.folds == nil {
		c.folds = make(map[string]string)
	}
	f, ok := c.folds[s]
	if !ok {
		f = textnorm.Fold(s, o)
		c.folds[s] = f
	}
	return f
}

func diffTokens(a, b []Token, ignore textnorm.Options, scratch *diffScratch) []Edit {
	if sameTokens(a, b) {
		return equalEdits(a, b)
	}
	var keys map[string]rune
	var ai, bi []int
	var ar, br []rune
	if scratch != nil {
		if scratch.keys == nil {
			scratch.keys = make(map[string]rune)
		}
		clear(scratch.keys)
		keys = scratch.keys
		ai, bi, ar, br = scratch.ai[:0], scratch.bi[:0], scratch.ar[:0], scratch.br[:0]
		defer func() { scratch.ai, scratch.bi, scratch.ar, scratch.br = ai, bi, ar, br }()
	} else {
		keys = make(map[string]rune)
	}
	ai, ar = foldTokens(a, ignore, keys, scratch, ai, ar)
	bi, br = foldTokens(b, ignore, keys, scratch, bi, br)
	if len(ai) == 0 && len(bi) == 0 {
		if len(a) == 0 && len(b) == 0 {
			return nil
		}
		return []Edit{{Op: Equal, AEnd: len(a), BEnd: len(b)}}
	}

	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMainRunes(ar, br, false)
	// Semantic cleanup turns a word kept between two changes into part of
	// one change: right for two sentences that share a few small words,
	// wrong when most words are shared and the changes are scattered single
	// words (a letter form here, a digit shape there). The raw diff decides.
	rawShared := 0
	for _, d := range diffs {
		if d.Type == diffmatchpatch.DiffEqual {
			rawShared += utf8.RuneCountInString(d.Text)
		}
	}
	if float64(2*rawShared) < mostShared*float64(len(ai)+len(bi)) {
		diffs = dmp.DiffCleanupSemantic(diffs)
	}

	// Steps in content tokens: indexes into ai and bi.
	var steps []step
	var pa, pb int
	for _, d := range diffs {
		n := 0
		for range d.Text {
			n++
		}
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			steps = append(steps, step{Equal, pa, pa + n, pb, pb + n})
			pa, pb = pa+n, pb+n
		case diffmatchpatch.DiffDelete:
			steps = append(steps, step{Delete, pa, pa + n, pb, pb})
			pa += n
		case diffmatchpatch.DiffInsert:
			steps = append(steps, step{Insert, pa, pa, pb, pb + n})
			pb += n
		}
	}
	if len(ai) > 0 && len(bi) > 0 && float64(2*rawShared) < minShared*float64(len(ai)+len(bi)) &&
		float64(rawShared) < 0.6*float64(min(len(ai), len(bi))) {
		return []Edit{{Op: Replace, AEnd: len(a), BEnd: len(b)}}
	}
	edits := make([]Edit, len(steps))
	for k, s := range steps {
		edits[k].Op = s.op
	}
	fillSide(steps, ai, len(a),
		func(s step) (int, int) { return s.a0, s.a1 },
		func(k int) (*int, *int) { return &edits[k].AStart, &edits[k].AEnd })
	fillSide(steps, bi, len(b),
		func(s step) (int, int) { return s.b0, s.b1 },
		func(k int) (*int, *int) { return &edits[k].BStart, &edits[k].BEnd })
	return mergeEdits(edits)
}

// equalEdits is the diff of two runs of the same tokens: what the diff
// finds for equal sides, without building it. Most aligned pairs of two
// versions of an article are unchanged.
func equalEdits(a, b []Token) []Edit {
	if len(a) == 0 {
		return nil
	}
	return []Edit{{Op: Equal, AEnd: len(a), BEnd: len(b)}}
}

// sameSplit is sameTokens for two runs of a document's tokens (which tile
// its text) whose texts are known to be equal: each token is then the same
// stretch of two equal strings as its partner exactly when their lengths
// agree, so the lengths and kinds are compared and not the texts.
func sameSplit(a, b []Token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if len(a[i].Text) != len(b[i].Text) || a[i].Kind != b[i].Kind {
			return false
		}
	}
	return true
}

// sameTokens reports whether a and b are the same tokens, text and kind.
func sameTokens(a, b []Token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Text != b[i].Text || a[i].Kind != b[i].Kind {
			return false
		}
	}
	return true
}

// step is an edit over content tokens only.
type step struct {
	op     Op
	a0, a1 int
	b0, b1 int
}

// foldTokens appends to idx and rs (new slices when idx is nil) the indexes
// of the tokens that take part in the diff and one rune per token standing
// for its folded text. White space and tokens that fold to nothing (ignored
// punctuation) take no part.
func foldTokens(toks []Token, ignore textnorm.Options, keys map[string]rune, cache *diffScratch, idx []int, rs []rune) ([]int, []rune) {
	if idx == nil {
		idx = make([]int, 0, len(toks))
		rs = make([]rune, 0, len(toks))
	}
	for i, t := range toks {
		if t.Kind == Space {
			continue
		}
		var k string
		switch {
		case ignore == 0:
			k = t.Text
		case ignore == textnorm.All && t.Kind != Punct:
			k = t.Norm // Parse folded it already
		default:
			k = cache.fold(t.Text, ignore)
		}
		if k == "" {
			continue
		}
		r, ok := keys[k]
		if !ok {
			// Runes from U+0100 up, skipping surrogates, which do not survive
			// go-diff's conversions to string.
			r = rune(len(keys)) + 0x100
			if r >= 0xD800 {
				r += 0x800
			}
			keys[k] = r
		}
		idx = append(idx, i)
		rs = append(rs, r)
	}
	return idx, rs
}

// fillSide turns the content ranges of one side into ranges over all its
// tokens: each step takes the gap (white space, ignored punctuation) that
// follows it, and the first step the gap before it. Display code moves a
// change's trailing white space outside its marks (FormatSegments), so that
// "the [-big-] house" reads right on both sides.
func fillSide(steps []step, idx []int, total int, content func(step) (int, int), rng func(k int) (*int, *int)) {
	last := -1
	for k, s := range steps {
		c0, c1 := content(s)
		s0, s1 := rng(k)
		if c0 == c1 {
			continue
		}
		*s0, *s1 = idx[c0], idx[c1-1]+1
		if last < 0 {
			*s0 = 0
		} else {
			_, e := rng(last)
			*e = *s0
		}
		last = k
	}
	if last >= 0 {
		_, e := rng(last)
		*e = total
	} else if len(steps) > 0 {
		s0, s1 := rng(0)
		*s0, *s1 = 0, total
		last = 0
	}
	end := 0
	for k, s := range steps {
		s0, s1 := rng(k)
		if c0, c1 := content(s); c0 == c1 && !(k == 0 && last == 0) {
			*s0, *s1 = end, end
		}
		end = *s1
	}
}

// mergeEdits joins neighbouring edits: Equal with Equal, and every run of
// changes into one Delete, Insert or Replace.
func mergeEdits(edits []Edit) []Edit {
	out := edits[:0]
	for _, e := range edits {
		if e.AStart == e.AEnd && e.BStart == e.BEnd {
			continue
		}
		if n := len(out); n > 0 && (out[n-1].Op == Equal) == (e.Op == Equal) {
			p := &out[n-1]
			p.AEnd, p.BEnd = e.AEnd, e.BEnd
			if p.Op != Equal {
				p.Op = changeOp(*p)
			}
			continue
		}
		if e.Op != Equal {
			e.Op = changeOp(e)
		}
		out = append(out, e)
	}
	return out
}

func changeOp(e Edit) Op {
	switch {
	case e.AStart == e.AEnd:
		return Insert
	case e.BStart == e.BEnd:
		return Delete
	}
	return Replace
}
