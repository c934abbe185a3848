package data

import (
	"hash/maphash"
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
// name (a place, a nationality, a weekday...) whose two values are those of
// a reason of the earlier one, and the reverse: "43" and "ثلاثة وأربعين" are
// one value, and words of one concept of the lexicon one name. A negation,
// a denial or a stance is told by its own sentence, and a pair with one is
// never a repeat.
//
// It returns, for each pair, the index of the pair it repeats, or -1.
func Repeats(pairs []Pair) []int {
	out := make([]int, len(pairs))
	// Keys are hashes: a claim of 200 sources has some 9,000 pairs, and
	// the window computes this with everything else it holds.
	seed := maphash.MakeSeed()
	first := map[uint64]int{}
	// A claim's pairs share their evidence ("43" against "60" in pair
	// after pair): each text is read once.
	values := map[[2]string]uint64{}
	var parts []uint64
	for i, p := range pairs {
		out[i] = -1
		if p.Relation != RelContradicts || p.A == nil || p.B == nil {
			continue
		}
		var onlyFacts bool
		parts, onlyFacts = figureParts(p, seed, values, parts[:0])
		if len(parts) == 0 {
			continue
		}
		var h maphash.Hash
		h.SetSeed(seed)
		maphash.WriteComparable(&h, [2]int64{p.A.SourceID, p.B.SourceID})
		for _, x := range parts {
			maphash.WriteComparable(&h, x)
		}
		key := h.Sum64()
		if j, ok := first[key]; ok {
			if onlyFacts {
				out[i] = j
			}
			continue
		}
		first[key] = i
	}
	return out
}

// figureParts appends to dst the pair's number, date, place and cause reasons,
// each hashed with its kind and the values of its two sides, sorted and
// without repeats; onlyFacts tells whether those are all its reasons.
func figureParts(p Pair, seed maphash.Seed, values map[[2]string]uint64, dst []uint64) (parts []uint64, onlyFacts bool) {
	onlyFacts = true
	value := func(kind, text string) uint64 {
		v, ok := values[[2]string{kind, text}]
		if !ok {
			v = maphash.String(seed, evidenceValue(kind, text))
			values[[2]string{kind, text}] = v
		}
		return v
	}
	for _, r := range p.Reasons {
		switch r.Kind {
		case "number", "date", "entity", "cause":
			dst = append(dst, maphash.Comparable(seed, [3]uint64{kindCode(r.Kind), value(r.Kind, r.A), value(r.Kind, r.B)}))
		default:
			onlyFacts = false
		}
	}
	if len(dst) == 0 {
		return dst, false
	}
	slices.Sort(dst)
	return slices.Compact(dst), onlyFacts
}

// kindCode numbers the kinds of reason figureParts keys.
func kindCode(kind string) uint64 {
	switch kind {
	case "number":
		return 1
	case "date":
		return 2
	case "cause":
		return 4
	}
	return 3
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
		if n.To != 0 { // a range: "between 30 and 45"
			v += "-" + strconv.FormatFloat(n.To, 'g', -1, 64)
		}
		if n.Vague {
			v += "~"
		}
		if n.Percent {
			v += "%"
		}
		return v
	case kind == "cause":
		// "oxygen tank" and "أسطوانة أكسجين" are one cause.
		if c := relation.CauseClass(text); c != "" {
			return "c" + c
		}
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
