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
