package compare

import (
	"slices"

	"github.com/claimdiff/claimdiff/compare/facts"
)

// Facts are the numbers, dates and polarity cues of a statement (package
// facts), with offsets in the document.
type Facts = facts.Facts

// extractFacts runs facts.Extract on a statement's text and moves its offsets
// from the statement to the document.
func extractFacts(text string, offset int) Facts {
	f := facts.Extract(text)
	moveFacts(&f, offset)
	return f
}

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
