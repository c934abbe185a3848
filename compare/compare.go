package compare

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/claimdiff/claimdiff/compare/relation"
	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// Options tune a comparison. The zero value is the default.
type Options struct {
	// Ignore lists the cosmetic differences the word diff does not show
	// (punctuation, case, tashkeel and tatweel, letter forms, digit shapes).
	// Alignment and relation always match on fully folded words.
	Ignore textnorm.Options
	// MinSimilarity is the least similarity for two statements to be
	// aligned; 0 means MinSimilarity.
	MinSimilarity float64
}

// Pair is an aligned pair of statements with its diff and relation.
type Pair struct {
	A, B       int // indexes into StatementsA and StatementsB
	Moved      bool
	Similarity float64
	Edits      []Edit // over the pair's tokens: Comparison.TokensA(p), TokensB(p)
	Relation   relation.Result
}

// Comparison is the result of comparing two texts.
type Comparison struct {
	A, B                     *Document
	StatementsA, StatementsB []Statement
	Pairs                    []Pair // in A's order
	OnlyA, OnlyB             []int  // statements with no partner
	Options                  Options
}

// TokensA returns the tokens of pair p's statement in A, the slice its
// Edits' A ranges index.
func (c *Comparison) TokensA(p Pair) []Token {
	st := &c.StatementsA[p.A]
	return c.A.Tokens[st.TokStart:st.TokEnd]
}

// TokensB returns the tokens of pair p's statement in B.
func (c *Comparison) TokensB(p Pair) []Token {
	st := &c.StatementsB[p.B]
	return c.B.Tokens[st.TokStart:st.TokEnd]
}

// Compare runs the whole pipeline on two texts (as CheckText returned them):
// parse, statements, alignment, then a word diff and a relation for every
// aligned pair (relation.Classify; a statement identical to its partner
// agrees with confidence 1).
func Compare(a, b string, opt Options) *Comparison {
	c := &Comparison{Options: opt}
	// The two sides are independent, and so are the pairs: on a machine
	// with several cores they run side by side. The result does not depend
	// on the schedule.
	done := make(chan struct{})
	go func() {
		c.B = Parse(b)
		c.StatementsB = statements(c.B)
		close(done)
	}()
	c.A = Parse(a)
	c.StatementsA = statements(c.A)
	<-done
	// The alignment does not need the facts, the relations do: they are
	// extracted while the statements are aligned, which leaves a core idle
	// in its serial parts.
	factsDone := make(chan struct{})
	go func() {
		fillFacts(c.StatementsA, c.StatementsB)
		close(factsDone)
	}()

	min := opt.MinSimilarity
	if min <= 0 {
		min = MinSimilarity
	}
	var ka, kb stmtKeys
	if crossScript(c.A, c.B) {
		ka, kb = crossKeys(c.A, c.StatementsA), crossKeys(c.B, c.StatementsB)
		if opt.MinSimilarity <= 0 {
			min = crossMinSimilarity
		}
	} else {
		ka, kb = statementKeys(c.StatementsA), statementKeys(c.StatementsB)
	}
	al := alignKeys(ka, kb, min)
	c.OnlyA, c.OnlyB = al.OnlyA, al.OnlyB
	c.Pairs = make([]Pair, len(al.Matches))
	for i, m := range al.Matches {
		c.Pairs[i] = Pair{A: m.A, B: m.B, Moved: m.Moved, Similarity: m.Similarity}
	}
	workers := runtime.GOMAXPROCS(0)
	if workers > len(c.Pairs)/8+1 {
		workers = len(c.Pairs)/8 + 1
	}
	// Workers take the next pair as they come free: most pairs are the
	// same sentence on both sides and cost nothing, the others cost much,
	// and a fixed share each left one worker waiting for the other.
	var nextDiff, nextRel atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// The word diffs first: they do not need the facts, which may
			// still be on their way.
			scratch := new(diffScratch)
			for {
				i := int(nextDiff.Add(1) - 1)
				if i >= len(al.Matches) {
					break
				}
				// Each phase writes its own field of the pair: a worker
				// may classify a pair while another is still diffing it.
				m := al.Matches[i]
				sa, sb := &c.StatementsA[m.A], &c.StatementsB[m.B]
				ta, tb := c.A.Tokens[sa.TokStart:sa.TokEnd], c.B.Tokens[sb.TokStart:sb.TokEnd]
				if sa.Text == sb.Text && sameSplit(ta, tb) {
					c.Pairs[i].Edits = equalEdits(ta, tb) // what diffTokens gives, without its token by token test
				} else {
					c.Pairs[i].Edits = diffTokens(ta, tb, opt.Ignore, scratch)
				}
			}
			<-factsDone
			for {
				i := int(nextRel.Add(1) - 1)
				if i >= len(al.Matches) {
					break
				}
				m := al.Matches[i]
				c.Pairs[i].Relation = classifyStatements(&c.StatementsA[m.A], &c.StatementsB[m.B])
			}
		}()
	}
	wg.Wait()
	<-factsDone // with no pairs, no worker waited
	return c
}

// classifyStatements is classify on two statements, handing the classifier
// the facts Statements extracted (moved back to offsets in the statement) so
// that it does not extract them again.
func classifyStatements(a, b *Statement) relation.Result {
	if a.Text == b.Text {
		return classify(a.Text, b.Text)
	}
	return relation.ClassifyFacts(a.Text, b.Text, shiftFacts(a.Facts, -a.Start), shiftFacts(b.Facts, -b.Start))
}

// classify is relation.Classify, except that two identical statements agree
// with full confidence without asking the classifier: comparing two versions
// of one article, most pairs are the same sentence.
func classify(a, b string) relation.Result {
	if a == b {
		return relation.Result{Label: relation.Agrees, Confidence: 1}
	}
	return relation.Classify(a, b)
}
