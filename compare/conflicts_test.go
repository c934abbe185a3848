package compare

import (
	"strings"
	"testing"
)

// TestFactConflicts: a number of the same thing with another value and a
// date with the same qualifier in another year are conflicts; a value both
// sides state, and a year with another qualifier, are not.
func TestFactConflicts(t *testing.T) {
	a := "The Pentagon will keep 2,500 troops in Iraq until 2025. Officials met in Baghdad on Monday."
	b := "The Pentagon will keep 3,000 troops in Iraq until 2026. Officials met in Baghdad on Monday."
	c := Compare(a, b, Options{})
	var got []string
	for _, fc := range c.FactConflicts() {
		if fc.Pair < 0 || fc.Pair >= len(c.Pairs) {
			t.Fatalf("conflict of pair %d of %d", fc.Pair, len(c.Pairs))
		}
		got = append(got, fc.What+": "+fc.TextA+" / "+fc.TextB)
	}
	joined := strings.Join(got, "; ")
	if !strings.Contains(joined, "2,500 / 3,000") || !strings.Contains(joined, "2025") || !strings.Contains(joined, "2026") || len(got) != 2 {
		t.Errorf("conflicts %q, want the troops and the date", joined)
	}
	same := Compare("They keep 2,500 troops.", "They keep 2,500 troops, not 3,000 troops.", Options{})
	if fc := same.FactConflicts(); len(fc) != 0 {
		t.Errorf("a value both sides state is a conflict: %+v", fc)
	}
}

// TestFactConflictsOfDifferentReferents checks that two percentages of
// different things (a candidate's share of the vote, the turnout) are no
// conflict, while two turnouts are, in a statement that is not the first
// of its document.
func TestFactConflictsOfDifferentReferents(t *testing.T) {
	a := "نتائج الانتخابات.\n\nأعلنت المفوضية فوز حداد بنسبة 52% من الأصوات، مقابل 45% لمنافسها كرم."
	b := "نتائج الانتخابات.\n\nبلغت نسبة المشاركة 44%، وحصلت حداد على 52% من الأصوات بحسب المفوضية."
	if fc := Compare(a, b, Options{}).FactConflicts(); len(fc) != 0 {
		t.Errorf("a share of the vote set against a turnout: %+v", fc)
	}
	c := "نتائج الانتخابات.\n\nوقالت المفوضية إن نسبة المشاركة بلغت 41% في الانتخابات."
	d := "نتائج الانتخابات.\n\nوقالت المفوضية إن نسبة المشاركة بلغت 44% في الانتخابات."
	if fc := Compare(c, d, Options{}).FactConflicts(); len(fc) != 1 || fc[0].TextA != "41%" || fc[0].TextB != "44%" {
		t.Errorf("two turnouts: %+v", fc)
	}
}

// TestFactConflictsOfRangesAndAges checks that a value inside the other
// side's range ("about 40 tonnes", "between 30 and 45 tonnes") is no
// conflict in the table, one outside it is, and an age is named as one.
func TestFactConflictsOfRangesAndAges(t *testing.T) {
	a := "Crews removed about 40 tonnes of dead fish on Monday."
	if fc := Compare(a, "Crews removed between 30 and 45 tonnes of dead fish on Monday.", Options{}).FactConflicts(); len(fc) != 0 {
		t.Errorf("40 tonnes against between 30 and 45: %+v", fc)
	}
	if fc := Compare(a, "Crews removed between 50 and 60 tonnes of dead fish on Monday.", Options{}).FactConflicts(); len(fc) != 1 {
		t.Errorf("40 tonnes against between 50 and 60: %+v, want one conflict", fc)
	}
	fc := Compare("A seven-year-old girl died on Monday.", "A nine-year-old girl died on Monday.", Options{}).FactConflicts()
	if len(fc) != 1 || fc[0].What != "age" {
		t.Errorf("two ages: %+v, want one conflict of age", fc)
	}
}

// TestFactConflictNamesTheNounAsWritten checks that a conflict of counts
// names what they count as the statement writes it: "جندي", not the folded
// key "جند" it is matched by.
func TestFactConflictNamesTheNounAsWritten(t *testing.T) {
	c := Compare("وتحتفظ الولايات المتحدة بنحو 2500 جندي في العراق.", "وتحتفظ الولايات المتحدة بنحو 3000 جندي في العراق.", Options{})
	fc := c.FactConflicts()
	if len(fc) != 1 || fc[0].What != "number (جندي)" {
		t.Errorf("conflicts %+v, want one of number (جندي)", fc)
	}
}
