package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/claimdiff/claimdiff/app/textview"
	"github.com/claimdiff/claimdiff/data"
)

// searchSample opens the sample claim's window and searches it for q.
func searchSample(t *testing.T, q string) *UI {
	t.Helper()
	u, _ := newTestUI(t)
	u.claims.query = q
	if err := u.claims.runSearch(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(u.claims.hits) == 0 {
		t.Fatalf("no hit for %s in the sample", q)
	}
	return u
}

func TestSearchHitsShowTheSnippetWithMarks(t *testing.T) {
	u := searchSample(t, "كذب")
	if u.claims.lists.Objects[0] != u.claims.hitList {
		t.Fatal("the hits list is not shown while searching")
	}
	row := u.claims.createHit()
	u.claims.updateHit(0, row)
	snip := row.(*fyne.Container).Objects[1].(*fyne.Container).Objects[1].(*textview.ParagraphView).Paragraph()
	got := marked(snip.Text, snip.Marks, textview.Search)
	if len(got) == 0 {
		t.Fatalf("snippet %q has no search mark", snip.Text)
	}
	for _, w := range got {
		if !strings.Contains(w, "كذب") {
			t.Errorf("search mark on %q, not the word searched", w)
		}
	}
}

// A query no statement matches says so, rather than leaving the column
// empty; clearing it brings the claims back.
func TestSearchWithoutHitsSaysSo(t *testing.T) {
	u, _ := newTestUI(t)
	for _, c := range []struct {
		q    string
		want fyne.CanvasObject
	}{{"zebrafish", u.claims.noHits}, {"كذب", u.claims.hitList}, {"", u.claims.list}} {
		u.claims.query = c.q
		if err := u.claims.runSearch(context.Background()); err != nil {
			t.Fatal(err)
		}
		if u.claims.lists.Objects[0] != c.want {
			t.Errorf("query %q: the column shows %p, want %p", c.q, u.claims.lists.Objects[0], c.want)
		}
	}
}

func TestShortSnippetKeepsTheMarkedWord(t *testing.T) {
	text := "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة كذب إحدى اثنتا ثلاث أربع خمس ست سبع ثمان تسع عشرون"
	start := len([]rune("واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة "))
	sn := data.Snippet{Text: text, Marks: []data.Span{{Start: start, End: start + 3}}}
	got := shortSnippet(sn, 8)
	if len(got.Marks) != 1 {
		t.Fatalf("marks %v in %q", got.Marks, got.Text)
	}
	if m := marked(got.Text, []textview.Span{{Start: got.Marks[0].Start, End: got.Marks[0].End}}, textview.None); len(m) != 1 || m[0] != "كذب" {
		t.Errorf("the mark covers %q in %q", m, got.Text)
	}
}

// FuzzShortSnippet: whatever the archive's snippet, the short one keeps its
// marks inside its text and on the same words.
func FuzzShortSnippet(f *testing.F) {
	f.Add("واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة كذب إحدى", 55, 58, 5)
	f.Add("a b c", 0, 1, 1)
	f.Add("  \u200f x  y ", 3, 5, 2)
	f.Fuzz(func(t *testing.T, text string, start, end, n int) {
		r := []rune(text)
		if start < 0 || end <= start || end > len(r) || n < 1 || n > 100 {
			t.Skip()
		}
		sn := data.Snippet{Text: text, Marks: []data.Span{{Start: start, End: end}}}
		got := shortSnippet(sn, n)
		gr := []rune(got.Text)
		for _, m := range got.Marks {
			if m.Start < 0 || m.End > len(gr) || m.Start >= m.End {
				t.Fatalf("mark %v outside %q", m, got.Text)
			}
			if string(gr[m.Start:m.End]) != string(r[start:end]) {
				t.Fatalf("mark covers %q, was %q", string(gr[m.Start:m.End]), string(r[start:end]))
			}
		}
	})
}

// TestSearchHitOpensItsStatement: a click on a hit opens its claim on the
// Statements tab with the statement selected, the claims list follows, and
// a second click on the same hit works again.
func TestSearchHitOpensItsStatement(t *testing.T) {
	u := searchSample(t, "كذب")
	for round := 0; round < 2; round++ {
		u.claim.tabs.SelectIndex(0)
		u.claim.statements.UnselectAll()
		var selected int64 = -1
		u.claim.statements.OnSelected = func(i int) { selected = u.claim.detail.Statements[i].ID }
		u.claims.hitList.Select(0)
		h := u.claims.hits[0]
		if got := u.claim.tabs.SelectedIndex(); got != 2 {
			t.Fatalf("round %d: tab %d is open, want the Statements tab", round, got)
		}
		if selected != h.Statement.ID {
			t.Errorf("round %d: statement %d is selected, want %d", round, selected, h.Statement.ID)
		}
		u.claim.statements.OnSelected = nil
	}
	if u.claims.selected != u.claims.hits[0].Statement.ClaimID {
		t.Errorf("claims list on claim %d, want %d", u.claims.selected, u.claims.hits[0].Statement.ClaimID)
	}
}

// TestDeleteClaimForgetsTypedNote checks that deleting a claim drops the
// verdict and note typed, and not saved, on its open pair: no error
// about a pair that no longer exists, and nothing left to ask about when
// closing.
func TestDeleteClaimForgetsTypedNote(t *testing.T) {
	u, _ := newTestUI(t)
	u.compare.verdict.SetSelected(verdictChoices[1])
	u.compare.note.SetText("call the Post")
	c, _ := u.claims.current()
	if err := u.claims.deleteClaim(context.Background(), c.ID); err != nil {
		t.Fatal(err)
	}
	if len(u.dialogs) != 0 || len(u.compare.pendingEdits()) != 0 {
		t.Errorf("%d dialogs open, pending edits %v; want none", len(u.dialogs), u.compare.pendingEdits())
	}
}
