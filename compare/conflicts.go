package compare

import (
	"fmt"
	"math"

	"github.com/claimdiff/claimdiff/compare/facts"
	"github.com/claimdiff/claimdiff/compare/relation"
)

// FactConflict is a number or date that two aligned statements give
// differently: the window's table under two compared sources and the
// comparison report list them.
type FactConflict struct {
	Pair         int    // index into Comparison.Pairs
	What         string // "number (troops)", "percentage", "date (by)"
	TextA, TextB string // the value as each side writes it
}

// FactConflicts are the conflicting numbers and dates of c's aligned
// pairs, in pair order.
func (c *Comparison) FactConflicts() []FactConflict {
	var out []FactConflict
	for k, p := range c.Pairs {
		out = factConflicts(out, k, &c.StatementsA[p.A], &c.StatementsB[p.B])
	}
	return out
}

// factConflicts appends the numbers and dates of two matched statements
// that disagree: a count of the same thing with another value, or a date
// with the same qualifier ("by", "until"...) in another month or year. A
// value the other side also states is no conflict, even if it states a
// second one.
func factConflicts(out []FactConflict, pair int, a, b *Statement) []FactConflict {
	pa, pb := prepared(a), prepared(b)
	ra, rb := referents(pa, a), referents(pb, b)
	for i, na := range a.Facts.Numbers {
		if na.Year || na.Ordinal {
			continue
		}
		var differ []string
		same := false
		for j, nb := range b.Facts.Numbers {
			if nb.Year || nb.Ordinal || nb.Unit != na.Unit || nb.Percent != na.Percent {
				continue
			}
			if ra[i] != 0 && rb[j] != 0 && ra[i] != rb[j] {
				continue // "45% of the vote" and "turnout 44%" count two things
			}
			if sameValue(na, nb) {
				same = true
				break
			}
			if states(a.Facts.Numbers, nb) {
				continue // B's value is one A gives too: it is another thing's
			}
			differ = append(differ, nb.Text)
		}
		if same || len(differ) == 0 {
			continue
		}
		what := "number"
		switch {
		case na.Percent:
			what = "percentage"
		case na.Unit == facts.AgeUnit:
			what = "age"
		case na.Unit != "":
			what = "number (" + pa.UnitWord(inStatement(a, na)) + ")"
		}
		out = append(out, FactConflict{Pair: pair, What: what, TextA: na.Text, TextB: differ[0]})
	}
	for _, da := range a.Facts.Dates {
		if da.Year == 0 {
			continue
		}
		var differ []string
		same := false
		for _, db := range b.Facts.Dates {
			if db.Year == 0 || db.Qualifier != da.Qualifier {
				continue
			}
			if db.Year == da.Year && (db.Month == da.Month || db.Month == 0 || da.Month == 0) {
				same = true
				break
			}
			differ = append(differ, db.Text)
		}
		if same || len(differ) == 0 {
			continue
		}
		what := "date"
		if da.Qualifier != "" {
			what = fmt.Sprintf("date (%s)", da.Qualifier)
		}
		out = append(out, FactConflict{Pair: pair, What: what, TextA: da.Text, TextB: differ[0]})
	}
	return out
}

// prepared is st's text tokenised for the relation rules, nil when st has
// no number to ask them about.
func prepared(st *Statement) *relation.Prepared {
	if len(st.Facts.Numbers) == 0 {
		return nil
	}
	return relation.Prepare(st.Text)
}

// inStatement is n, a number of st, with its offsets in st's text rather
// than the document's.
func inStatement(st *Statement, n facts.Number) facts.Number {
	n.Start -= st.Start
	n.End -= st.Start
	return n
}

// referents is the referent of each of st's numbers (relation.Referents);
// p is st's text prepared (prepared).
func referents(p *relation.Prepared, st *Statement) []int {
	if p == nil {
		return nil
	}
	ns := make([]facts.Number, len(st.Facts.Numbers))
	for i, n := range st.Facts.Numbers {
		ns[i] = inStatement(st, n)
	}
	return p.Referents(ns)
}

// states reports whether ns holds n's value, of the same kind.
func states(ns []facts.Number, n facts.Number) bool {
	for _, m := range ns {
		if !m.Year && !m.Ordinal && m.Unit == n.Unit && m.Percent == n.Percent && sameValue(m, n) {
			return true
		}
	}
	return false
}

// sameValue reports whether two numbers have one value. A range ("between
// 30 and 45 tonnes", facts.Number.To) has every value from its lower end
// to its upper one.
func sameValue(x, y facts.Number) bool {
	if x.To != 0 || y.To != 0 {
		return max(x.Value, y.Value) <= min(max(x.Value, x.To), max(y.Value, y.To))+1e-9
	}
	return math.Abs(x.Value-y.Value) < 1e-9*math.Max(1, math.Abs(y.Value))
}
