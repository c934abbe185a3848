package compare

import (
	"reflect"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare/facts"
)

// Every statement gets the facts of its own text at its own offsets, and
// statements with the same text get copies, not one shared slice.
func TestFillFactsPerStatement(t *testing.T) {
	s := "He said 2,500 troops would leave by 2026. “Nobody denied it,” she said. "
	text := strings.Repeat(s, 3) + "\n" + strings.Repeat("وقال مسؤول إن 900 جندي لن يغادروا قبل 2025. ", 2) + s
	sts := Statements(Parse(text))
	seen := map[string]int{}
	for i := range sts {
		st := &sts[i]
		want := facts.Extract(st.Text)
		moveFacts(&want, st.Start)
		if !reflect.DeepEqual(st.Facts, want) {
			t.Errorf("statement %d %q: facts %+v, want %+v", i, st.Text, st.Facts, want)
		}
		seen[st.Text]++
	}
	repeated := 0
	for _, n := range seen {
		if n > 1 {
			repeated++
		}
	}
	if repeated < 2 {
		t.Fatalf("the text should repeat statements: %v", seen)
	}
	// Moving one statement's facts must leave the others alone.
	before := make([]Facts, len(sts))
	for i := range sts {
		before[i] = shiftFacts(sts[i].Facts, 0)
	}
	for i := range sts {
		moveFacts(&sts[i].Facts, 1000)
		for k := range sts {
			if k != i && !reflect.DeepEqual(sts[k].Facts, before[k]) {
				t.Fatalf("moving the facts of statement %d moved those of statement %d", i, k)
			}
		}
		moveFacts(&sts[i].Facts, -1000)
	}
}

// Compare builds its statements in stages (facts extracted once for both
// sides, alongside the alignment); they must be what Statements returns.
func TestCompareStatementsAsStatements(t *testing.T) {
	ta, tb := genArticles(t, 2000)
	c := Compare(ta, tb, Options{})
	if !reflect.DeepEqual(c.StatementsA, Statements(Parse(ta))) {
		t.Error("Compare's statements of A differ from Statements'")
	}
	if !reflect.DeepEqual(c.StatementsB, Statements(Parse(tb))) {
		t.Error("Compare's statements of B differ from Statements'")
	}
}
