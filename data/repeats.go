package data

import (
	"slices"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/compare/facts"
	"github.com/claimdiff/claimdiff/compare/relation"
	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// Repeats finds, in a list of pairs in the order it is shown (the
// strongest first), the contradictions that only repeat an earlier one: the
// same two sources in conflict over the same figures, told again in other
// sentences of theirs. An account gives its main figure in the headline, the
// lead and again further down, so two accounts that disagree on a toll give
// several pairs of one conflict; a list that shows each of them pushes the
// other conflicts out of sight.
//
// A pair repeats an earlier one when both contradict, both are of the same
// two sources, and every reason of the later pair is a number, a date or a
// place whose two values are those of a reason of the earlier one, and the
// reverse: "43" and "ثلاثة وأربعين" are one value, and the same words are
// one place. A negation, a denial or a stance is told by its own sentence,
// and a pair with one is never a repeat.
//
// It returns, for each pair, the index of the pair it repeats, or -1.
func Repeats(pairs []Pair) []int {
	out := make([]int, len(pairs))
	first := map[string]int{}
	for i, p := range pairs {
		out[i] = -1
		if p.Relation != RelContradicts || p.A == nil || p.B == nil {
			continue
		}
		key, onlyFacts := figureKey(p)
		if key == "" {
			continue
		}
		key = strconv.FormatInt(p.A.SourceID, 10) + "/" + strconv.FormatInt(p.B.SourceID, 10) + "/" + key
		if j, ok := first[key]; ok && onlyFacts {
			out[i] = j
			continue
		}
		if _, ok := first[key]; !ok {
			first[key] = i
		}
	}
	return out
}

// figureKey is the set of the pair's number, date and place reasons, each
// as its kind and the values of its two sides, in a fixed order; onlyFacts
// tells whether those are all its reasons. It is "" when the pair has none.
func figureKey(p Pair) (key string, onlyFacts bool) {
	var parts []string
	onlyFacts = true
	for _, r := range p.Reasons {
		switch r.Kind {
		case "number", "date", "entity":
			parts = append(parts, r.Kind+":"+evidenceValue(r.Kind, r.A)+"|"+evidenceValue(r.Kind, r.B))
		default:
			onlyFacts = false
		}
	}
	if len(parts) == 0 {
		return "", false
	}
	slices.Sort(parts)
	parts = slices.Compact(parts)
	return strings.Join(parts, ";"), onlyFacts
}

// evidenceValue is what one side of a reason says, whatever its wording:
// a number's value ("43", "٤٣" and "ثلاثة وأربعين"), a date's fields, or
// else its words by their concept in the bilingual lexicon, where they have
// one, or their folded form.
func evidenceValue(kind, text string) string {
	f := facts.Extract(text)
	switch {
	case kind == "number" && len(f.Numbers) > 0:
		n := f.Numbers[0]
		v := "n" + strconv.FormatFloat(n.Value, 'g', -1, 64) + n.Bound
		if n.Vague {
			v += "~"
		}
		if n.Percent {
			v += "%"
		}
		return v
	case kind == "date" && len(f.Dates) > 0:
		d := f.Dates[0]
		return "d" + strconv.Itoa(d.Year) + "-" + strconv.Itoa(d.Month) + "-" + strconv.Itoa(d.Day) + "-" +
			d.Period + "-" + strconv.Itoa(d.Clock) + "-" + d.Relative + d.RelUnit
	}
	var b strings.Builder
	var concepts []string
	for _, w := range strings.Fields(text) {
		k := textnorm.Key(w)
		if k == "" {
			continue
		}
		if concepts = relation.ConceptKeys(k, concepts[:0]); len(concepts) > 0 {
			k = concepts[0]
		}
		b.WriteString(k)
		b.WriteByte(' ')
	}
	return b.String()
}
