package compare

import (
	"slices"

	"github.com/claimdiff/claimdiff/compare/facts"
)

// Facts are the numbers, dates and polarity cues of a statement (package
// facts), with offsets in the document.
type Facts = facts.Facts

// OwnFacts returns the statement's facts with offsets in its Text rather
// than in the document.
func (st *Statement) OwnFacts() Facts { return shiftFacts(st.Facts, -st.Start) }

// shiftFacts returns a copy of f with every offset moved by delta.
func shiftFacts(f Facts, delta int) Facts {
	f.Numbers = slices.Clone(f.Numbers)
	f.Dates = slices.Clone(f.Dates)
	f.Cues = slices.Clone(f.Cues)
	moveFacts(&f, delta)
	return f
}

func moveFacts(f *Facts, offset int) {
	for i := range f.Numbers {
		f.Numbers[i].Start += offset
		f.Numbers[i].End += offset
	}
	for i := range f.Dates {
		f.Dates[i].Start += offset
		f.Dates[i].End += offset
	}
	for i := range f.Cues {
		f.Cues[i].Start += offset
		f.Cues[i].End += offset
	}
}

// factsSplitMin is the least number of distinct statement texts for
// fillFacts to extract in two halves side by side.
const factsSplitMin = 64

// fillFacts sets the Facts of every statement of the lists: facts.Extract
// runs once per distinct statement text (two versions of an article share
// most of their sentences), and each statement gets the result moved to its
// own offset. The facts of a text do not depend on where it stands, so the
// result is what facts.Extract of each statement's text, moved to its
// offset, gives.
func fillFacts(lists ...[]Statement) {
	n := 0
	for _, sts := range lists {
		n += len(sts)
	}
	index := make(map[string]int32, n)
	uses := make([]int32, 0, n) // per statement in list order, its distinct text
	var texts []string
	var count []int32
	for _, sts := range lists {
		for i := range sts {
			u, ok := index[sts[i].Text]
			if !ok {
				u = int32(len(texts))
				index[sts[i].Text] = u
				texts = append(texts, sts[i].Text)
				count = append(count, 0)
			}
			count[u]++
			uses = append(uses, u)
		}
	}
	base := make([]Facts, len(texts))
	inHalves(len(texts), factsSplitMin, func(from, to int) {
		for u := from; u < to; u++ {
			base[u] = facts.Extract(texts[u])
		}
	})
	k := 0
	for _, sts := range lists {
		for i := range sts {
			u := uses[k]
			k++
			if count[u]--; count[u] == 0 {
				// The last statement with this text takes the extracted
				// facts themselves; the others took copies.
				sts[i].Facts = base[u]
				moveFacts(&sts[i].Facts, sts[i].Start)
			} else {
				sts[i].Facts = shiftFacts(base[u], sts[i].Start)
			}
		}
	}
}
