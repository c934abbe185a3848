package compare

import (
	"runtime"
	"sync"

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
	st := c.StatementsA[p.A]
	return c.A.Tokens[st.TokStart:st.TokEnd]
}

// TokensB returns the tokens of pair p's statement in B.
func (c *Comparison) TokensB(p Pair) []Token {
	st := c.StatementsB[p.B]
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
		c.StatementsB = Statements(c.B)
		close(done)
	}()
	c.A = Parse(a)
	c.StatementsA = Statements(c.A)
	<-done

	min := opt.MinSimilarity
	if min <= 0 {
		min = MinSimilarity
	}
	al := alignKeys(statementKeys(c.StatementsA), statementKeys(c.StatementsB), min)
	c.OnlyA, c.OnlyB = al.OnlyA, al.OnlyB
	c.Pairs = make([]Pair, len(al.Matches))
	workers := runtime.GOMAXPROCS(0)
	if workers > len(c.Pairs)/8+1 {
		workers = len(c.Pairs)/8 + 1
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cache := make(foldCache)
			for i := w; i < len(al.Matches); i += workers {
				m := al.Matches[i]
				p := Pair{A: m.A, B: m.B, Moved: m.Moved, Similarity: m.Similarity}
				p.Edits = diffTokens(c.TokensA(p), c.TokensB(p), opt.Ignore, cache)
				p.Relation = classifyStatements(&c.StatementsA[m.A], &c.StatementsB[m.B])
				c.Pairs[i] = p
			}
		}()
	}
	wg.Wait()
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
