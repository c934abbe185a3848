package compare

import (
	"math"
	"runtime"
	"slices"
	"sort"
	"unicode/utf8"
)

// Match is one aligned pair of statements.
type Match struct {
	A, B       int     // statement indexes
	Similarity float64 // weighted share of content words, 0 to 1
	Moved      bool    // the pair is out of order: not on the longest in-order chain
}

// Alignment pairs the statements of two documents one to one.
type Alignment struct {
	Matches      []Match // in A's order
	OnlyA, OnlyB []int   // statement indexes with no partner, ascending
}

// MinSimilarity is the similarity below which two statements are not
// aligned: a quarter of their weighted content in common. On the ANS dev
// headlines (TestAlignDevPairs) 0.25 finds 82% of related pairs with 87%
// precision; 0.3 gives 80% and 88%.
const MinSimilarity = 0.25

// Align matches statements of a and b by content. Each statement is a set of
// keys (stemmed, normalised words and numbers, textnorm.Key); a shared key
// weighs its inverse document frequency over the statements of both
// documents, so that names and numbers count and "the", "في" hardly do.
// Similarity is the weighted Dice coefficient. Candidates come from an
// inverted index over keys, pairs are taken best first, and a pair that
// breaks the order of the others is marked Moved.
//
// When each side has exactly one statement they are paired whatever their
// similarity: the user asked to compare those two.
func Align(a, b []Statement) Alignment {
	return alignKeys(statementKeys(a), statementKeys(b), MinSimilarity)
}

// stmtKeys is, per statement, its distinct content keys and, when
// Statements numbered them, their Token.keyIDs and numbering.
type stmtKeys struct {
	keys   [][]string
	ids    [][]uint32
	spaces []*keySpace
}

// statementKeys collects the keys of sts.
func statementKeys(sts []Statement) stmtKeys {
	out := stmtKeys{keys: make([][]string, len(sts)), ids: make([][]uint32, len(sts)), spaces: make([]*keySpace, len(sts))}
	for i := range sts {
		st := &sts[i] // not a copy: Compare fills in the Facts meanwhile
		out.keys[i] = st.keys
		if st.keys != nil && st.keyIDs != nil && st.keySpace != nil {
			out.ids[i], out.spaces[i] = st.keyIDs, st.keySpace
		}
		if out.keys[i] == nil && st.Text != "" { // built by hand, not by Statements
			d := Parse(st.Text)
			out.keys[i] = keysOf(d.Tokens, 0, len(d.Tokens))
		}
	}
	return out
}

// keysOf collects the distinct keys of tokens [from, to), skipping one-letter
// words (particles, clitics split off by a dot).
func keysOf(toks []Token, from, to int) []string {
	return keysInto(toks, from, to, make(map[string]struct{}, (to-from)/2))
}

// keysInto is keysOf with a scratch set to reuse.
func keysInto(toks []Token, from, to int, seen map[string]struct{}) []string {
	clear(seen)
	keys := make([]string, 0, (to-from)/2)
	for _, t := range toks[from:to] {
		if t.Kind != Word && t.Kind != Number || t.Key == "" {
			continue
		}
		if t.Kind == Word && len(t.Key) < 2*utf8.UTFMax && utf8.RuneCountInString(t.Key) < 2 {
			continue
		}
		if _, ok := seen[t.Key]; ok {
			continue
		}
		seen[t.Key] = struct{}{}
		keys = append(keys, t.Key)
	}
	if len(keys) == 0 {
		// No words ("-", "***"): the marks themselves, so that the same
		// separator line pairs with its copy.
		var b []byte
		for _, t := range toks[from:to] {
			if t.Kind == Punct {
				b = append(b, t.Text...)
			}
		}
		if len(b) > 0 {
			keys = append(keys, "\x00"+string(b))
		}
	}
	return keys
}

// alignSplitMin is the least number of A's statements in each half for
// alignKeys to score the halves in parallel.
const alignSplitMin = 64

// cand is a candidate pair of alignKeys.
type cand struct {
	a, b int32
	sim  float64
}

func alignKeys(ka, kb stmtKeys, min float64) Alignment {
	return alignKeysSplit(ka, kb, min, len(ka.keys)/2 >= alignSplitMin && runtime.GOMAXPROCS(0) > 1)
}

// alignKeysSplit is alignKeys, scoring A's two halves in parallel when split
// is set.
func alignKeysSplit(ska, skb stmtKeys, min float64, split bool) Alignment {
	ka, kb := ska.keys, skb.keys
	// Keys become dense ids, in the order they are first met, so that the
	// scoring loop indexes slices. A statement whose keys Statements
	// numbered maps its numbers through a slice per numbering, and looks a
	// key up by its text only the first time its number is met.
	ids := make(map[string]int32)
	var space *keySpace
	var local []int32 // for space: -1 not met yet, else the id
	locals := map[*keySpace][]int32{}
	toIDs := func(sk stmtKeys) [][]int32 {
		out := make([][]int32, len(sk.keys))
		n := 0
		for _, ks := range sk.keys {
			n += len(ks)
		}
		all := make([]int32, n)
		for i, ks := range sk.keys {
			v := all[:len(ks):len(ks)]
			all = all[len(ks):]
			num := sk.ids[i]
			if num != nil && sk.spaces[i] != space {
				space = sk.spaces[i]
				if local = locals[space]; local == nil {
					local = make([]int32, space.size)
					for k := range local {
						local[k] = -1
					}
					locals[space] = local
				}
			}
			for k, key := range ks {
				if num != nil {
					if id := local[num[k]]; id >= 0 {
						v[k] = id
						continue
					}
				}
				id, ok := ids[key]
				if !ok {
					id = int32(len(ids))
					ids[key] = id
				}
				if num != nil {
					local[num[k]] = id
				}
				v[k] = id
			}
			out[i] = v
		}
		return out
	}
	ia, ib := toIDs(ska), toIDs(skb)
	df := make([]int32, len(ids))
	for _, v := range ia {
		for _, id := range v {
			df[id]++
		}
	}
	for _, v := range ib {
		for _, id := range v {
			df[id]++
		}
	}
	n := float64(len(ka) + len(kb))
	idf := make([]float64, len(ids))
	for id, c := range df {
		idf[id] = math.Log((n+1)/float64(c)) + 0.1
	}
	weight := func(v []int32) float64 {
		var w float64
		for _, id := range v {
			w += idf[id]
		}
		return w
	}
	wa := make([]float64, len(ia))
	for i, v := range ia {
		wa[i] = weight(v)
	}
	wb := make([]float64, len(ib))
	for i, v := range ib {
		wb[i] = weight(v)
	}

	// Inverted index of B. Keys in more than half of B's statements carry
	// little weight and would make the candidate search quadratic: they count
	// in the weights but do not bring candidates. The lists are cut from one
	// array, B's statements in order in each.
	start := make([]int32, len(ids)+1)
	for _, v := range ib {
		for _, id := range v {
			start[id+1]++
		}
	}
	for id := range len(ids) {
		start[id+1] += start[id]
	}
	flat := make([]int32, start[len(ids)])
	post := make([][]int32, len(ids))
	for id := range post {
		post[id] = flat[start[id]:start[id]:start[id+1]]
	}
	for j, v := range ib {
		for _, id := range v {
			post[id] = append(post[id], int32(j))
		}
	}
	limit := len(kb)/2 + 2

	// Candidates of A's statements [from, to). It also sorts the keys of
	// those statements and of B's statements [bFrom, bTo) for
	// sharedWeight, which the search no longer needs in their order: that
	// way the sorting is done in parallel too.
	scoreRange := func(from, to, bFrom, bTo int) []cand {
		var cands []cand
		score := make([]float64, len(kb))
		touched := make([]int32, len(kb)+1) // the first n: B's statements met, once each
		for i := from; i < to; i++ {
			n := 0
			for _, id := range ia[i] {
				ps := post[id]
				if len(ps) > limit {
					continue
				}
				w := idf[id]
				// Without a branch on whether j was met: which way it
				// goes is a coin toss, and mispredicting it was most of
				// this loop's time. Weights are positive, so a score of 0
				// is one not met yet.
				for _, j := range ps {
					s := score[j]
					touched[n] = j
					n += b2i(s == 0)
					score[j] = s + w
				}
			}
			for _, j := range touched[:n] {
				if d := wa[i] + wb[j]; d > 0 {
					if sim := 2 * score[j] / d; sim >= min {
						cands = append(cands, cand{int32(i), j, sim})
					}
				}
				score[j] = 0
			}
			slices.Sort(ia[i])
		}
		for j := bFrom; j < bTo; j++ {
			slices.Sort(ib[j])
		}
		return cands
	}
	// Scoring is most of the work on long documents: two halves of A run
	// side by side. The candidates are taken below in a total order, so
	// the result does not depend on how they were found.
	var cands []cand
	if half := len(ia) / 2; split {
		done := make(chan []cand)
		halfB := len(ib) / 2
		go func() { done <- scoreRange(half, len(ia), halfB, len(ib)) }()
		cands = scoreRange(0, half, 0, halfB)
		cands = append(cands, <-done...)
	} else {
		cands = scoreRange(0, len(ia), 0, len(ib))
	}
	if len(ka) == 1 && len(kb) == 1 && len(cands) == 0 {
		cands = append(cands, cand{0, 0, 0})
	}
	usedA := make([]bool, len(ka))
	var al Alignment
	for _, c := range greedy(cands, len(kb)) {
		usedA[c.a] = true
		// The search left out keys common to most of B; the similarity
		// shown counts them, so that two identical statements are 1.
		sim := sharedWeight(ia[c.a], ib[c.b], idf)
		al.Matches = append(al.Matches, Match{A: int(c.a), B: int(c.b), Similarity: sim})
	}
	usedB := make([]bool, len(kb))
	for _, m := range al.Matches {
		usedB[m.B] = true
	}
	slices.SortFunc(al.Matches, func(x, y Match) int { return x.A - y.A })
	markMoved(al.Matches)
	for i, u := range usedA {
		if !u {
			al.OnlyA = append(al.OnlyA, i)
		}
	}
	for j, u := range usedB {
		if !u {
			al.OnlyB = append(al.OnlyB, j)
		}
	}
	return al
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// candBefore is the order in which the pairs are taken: best first; (a, b)
// breaks ties, so the order is total.
func candBefore(x, y cand) bool {
	if x.sim != y.sim {
		return x.sim > y.sim
	}
	if x.a != y.a {
		return x.a < y.a
	}
	return x.b < y.b
}

// greedy returns the pairs that taking cands in candBefore order gives,
// skipping a pair whose statement in A or in B is taken already. cands
// must hold each A statement's candidates together, as scoreRange leaves
// them (it reorders them within those runs). Rather than sort every
// candidate, it keeps each A statement's best one in a heap: most
// statements are taken with their best candidate, so most candidates are
// never ordered at all.
func greedy(cands []cand, nb int) []cand {
	var h candHeap
	for lo := 0; lo < len(cands); {
		hi := lo + 1
		for hi < len(cands) && cands[hi].a == cands[lo].a {
			hi++
		}
		h = append(h, candRun{cands: cands[lo:hi], best: bestCand(cands[lo:hi])})
		lo = hi
	}
	h.init()
	usedB := make([]bool, nb)
	out := make([]cand, 0, len(h))
	for len(h) > 0 {
		r := &h[0]
		c := r.cands[r.best]
		if !usedB[c.b] {
			usedB[c.b] = true
			out = append(out, c)
			h.pop() // a is taken: its other candidates no longer count
			continue
		}
		// Its partner in B is taken: drop it, and the run's next best
		// takes its place.
		last := len(r.cands) - 1
		r.cands[r.best] = r.cands[last]
		if r.cands = r.cands[:last]; last == 0 {
			h.pop()
			continue
		}
		r.best = bestCand(r.cands)
		h.down(0)
	}
	return out
}

// candRun is the candidates of one A statement that are still open, and
// the index of the first of them in candBefore order.
type candRun struct {
	cands []cand
	best  int
}

func bestCand(cs []cand) int {
	best := 0
	for i := 1; i < len(cs); i++ {
		if candBefore(cs[i], cs[best]) {
			best = i
		}
	}
	return best
}

// candHeap is a binary heap of runs ordered by their best candidate.
type candHeap []candRun

func (h candHeap) less(i, j int) bool {
	return candBefore(h[i].cands[h[i].best], h[j].cands[h[j].best])
}

// down moves run i down to its place.
func (h candHeap) down(i int) {
	for {
		l := 2*i + 1
		if l >= len(h) {
			return
		}
		m := l
		if r := l + 1; r < len(h) && h.less(r, l) {
			m = r
		}
		if !h.less(m, i) {
			return
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
}

func (h candHeap) init() {
	for i := len(h)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
}

// pop removes the first run.
func (h *candHeap) pop() {
	old := *h
	n := len(old) - 1
	old[0] = old[n]
	*h = old[:n]
	h.down(0)
}

// sharedWeight is the weighted Dice coefficient of two statements' keys,
// every key counted. It sorts x and y (scoreRange has sorted them already,
// which leaves little to do), and sums the weights in one order on both
// sides, so that identical statements come out at exactly 1.
func sharedWeight(x, y []int32, idf []float64) float64 {
	slices.Sort(x)
	slices.Sort(y)
	var wx, wy, shared float64
	for _, id := range x {
		wx += idf[id]
	}
	for _, id := range y {
		wy += idf[id]
	}
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i] < y[j]:
			i++
		case x[i] > y[j]:
			j++
		default:
			shared += idf[x[i]]
			i++
			j++
		}
	}
	if wx+wy == 0 {
		return 0
	}
	return min(1, 2*shared/(wx+wy))
}

// markMoved marks the matches (sorted by A) that are not on a longest
// increasing subsequence of their B indexes. Among longest chains it keeps
// the one found by the usual patience method, which is deterministic.
func markMoved(ms []Match) {
	if len(ms) == 0 {
		return
	}
	tails := make([]int, 0, len(ms)) // index into ms of the tail of a chain of each length
	prev := make([]int, len(ms))
	for i, m := range ms {
		k := sort.Search(len(tails), func(x int) bool { return ms[tails[x]].B >= m.B })
		if k > 0 {
			prev[i] = tails[k-1]
		} else {
			prev[i] = -1
		}
		if k == len(tails) {
			tails = append(tails, i)
		} else {
			tails[k] = i
		}
	}
	onChain := make([]bool, len(ms))
	for i := tails[len(tails)-1]; i >= 0; i = prev[i] {
		onChain[i] = true
	}
	for i := range ms {
		ms[i].Moved = !onChain[i]
	}
}
