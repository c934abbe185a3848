package app

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/claimdiff/claimdiff/app/textview"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/data"
	"github.com/claimdiff/claimdiff/data/ingest"
)

// Two versions of one wire story: B changes a number and a year, moves the
// last sentence to the top, drops one sentence and adds another.
const (
	versionA = `The Pentagon said 2,500 troops will stay in Iraq after the talks.
Officials met in Baghdad on Monday to discuss the withdrawal plan.
The minister said the withdrawal would end by September 2025.
Analysts expect large protests in the south of the country this week.
The embassy declined to comment on the report about the bases.`
	versionB = `The embassy declined to comment on the report about the bases.
The Pentagon said 3,000 troops will stay in Iraq after the talks.
Officials met in Baghdad on Monday to discuss the withdrawal plan.
The minister said the withdrawal would end by September 2026.
Parliament issued a new resolution late on Tuesday night about oil exports.`
)

// importText adds text as a source of claim id and returns the source.
func importText(t testing.TB, st *data.Store, claimID int64, name, text string) data.Source {
	t.Helper()
	doc, err := ingest.FromText(name, text)
	if err != nil {
		t.Fatal(err)
	}
	doc.Outlet = name
	src, _, err := st.ImportSource(context.Background(), claimID, doc)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// twoVersions is a test window whose archive has a claim with versionA and
// versionB as sources, shown side by side.
func twoVersions(t *testing.T) *UI {
	t.Helper()
	u, st := newTestUI(t)
	ctx := context.Background()
	c, err := st.CreateClaim(ctx, "US troops stay in Iraq")
	if err != nil {
		t.Fatal(err)
	}
	a := importText(t, st, c.ID, "Wire A", versionA)
	b := importText(t, st, c.ID, "Wire B", versionB)
	if err := u.compare.showSourcesSync(ctx, a.ID, b.ID, defaultIgnore); err != nil {
		t.Fatal(err)
	}
	return u
}

// statementWith is the statement of side s whose text contains sub.
func statementWith(t *testing.T, s *docSide, sub string) int {
	t.Helper()
	for i, text := range s.text {
		if strings.Contains(text, sub) {
			return i
		}
	}
	t.Fatalf("no statement contains %q in %q", sub, s.text)
	return -1
}

// kinds is the text of each mark of kind k in text.
func kinds(text string, marks []textview.Span, k textview.Kind) []string {
	return marked(text, marks, k)
}

func TestSourceComparisonHighlightsChangedWordsMovesAndOneSidedStatements(t *testing.T) {
	u := twoVersions(t)
	d := u.compare.docs
	if u.compare.mode != showSources {
		t.Fatalf("the pane shows mode %d, not the sources", u.compare.mode)
	}
	a, b := d.a.side, d.b.side
	ia, ib := statementWith(t, a, "Pentagon"), statementWith(t, b, "Pentagon")
	if a.partner[ia] != ib {
		t.Fatalf("Pentagon statements not paired: A %d → %d, want %d", ia, a.partner[ia], ib)
	}
	if got := kinds(a.text[ia], a.marks[ia], textview.Changed); len(got) != 1 || got[0] != "2,500" {
		t.Errorf("A's changed words %q, want [2,500]", got)
	}
	if got := kinds(b.text[ib], b.marks[ib], textview.Changed); len(got) != 1 || got[0] != "3,000" {
		t.Errorf("B's changed words %q, want [3,000]", got)
	}
	// The embassy sentence moved to the top: marked on both sides, with a
	// label row before it.
	ea, eb := statementWith(t, a, "embassy"), statementWith(t, b, "embassy")
	if !a.moved[ea] || !b.moved[eb] || a.partner[ea] != eb {
		t.Errorf("embassy statement: moved %v/%v, partner %d want %d", a.moved[ea], b.moved[eb], a.partner[ea], eb)
	}
	if r := d.a.rowOf[ea]; r < 1 || !d.a.rows[r-1].label {
		t.Errorf("no moved label before the embassy statement in A (row %d)", r)
	}
	if a.moved[ia] {
		t.Error("the Pentagon statement, in order, is marked moved")
	}
	// Dropped and added statements: deleted / inserted from the first word
	// to the last.
	oa, ob := statementWith(t, a, "Analysts"), statementWith(t, b, "Parliament")
	if a.partner[oa] != -1 || b.partner[ob] != -1 {
		t.Fatalf("one-sided statements have partners %d %d", a.partner[oa], b.partner[ob])
	}
	if got := kinds(a.text[oa], a.marks[oa], textview.Deleted); len(got) != 1 || !strings.HasPrefix(got[0], "Analysts") || !strings.HasSuffix(got[0], "week") {
		t.Errorf("only-in-A statement marked deleted: %q", got)
	}
	if got := kinds(b.text[ob], b.marks[ob], textview.Inserted); len(got) != 1 || !strings.HasPrefix(got[0], "Parliament") || !strings.HasSuffix(got[0], "exports") {
		t.Errorf("only-in-B statement marked inserted: %q", got)
	}
	// The unchanged statement has no highlight and counts as equal.
	ma := statementWith(t, a, "Officials")
	if len(a.marks[ma]) != 0 || !a.equal[ma] {
		t.Errorf("unchanged statement has marks %v, equal %v", a.marks[ma], a.equal[ma])
	}
}

func TestSourceComparisonConflictTable(t *testing.T) {
	u := twoVersions(t)
	m := u.compare.docs.model()
	var got []string
	for _, c := range m.conflicts {
		got = append(got, c.What+": "+c.TextA+" / "+c.TextB)
	}
	joined := strings.Join(got, "; ")
	if !strings.Contains(joined, "2,500") || !strings.Contains(joined, "3,000") {
		t.Errorf("no troop number conflict in %q", joined)
	}
	if !strings.Contains(joined, "2025") || !strings.Contains(joined, "2026") {
		t.Errorf("no date conflict in %q", joined)
	}
	if rows, cols := u.compare.docs.tableSize(); rows != len(m.conflicts)+1 || cols != 4 {
		t.Errorf("table is %dx%d for %d conflicts", rows, cols, len(m.conflicts))
	}
}

func TestSourceComparisonPointingLightsThePartner(t *testing.T) {
	u := twoVersions(t)
	d := u.compare.docs
	ia := statementWith(t, d.a.side, "Pentagon")
	ib := d.a.side.partner[ia]
	// "troops" is the fifth word of A's statement; its partner is B's "troops".
	w := -1
	for i, sp := range d.a.side.words[ia] {
		if string([]rune(d.a.side.text[ia])[sp.Start:sp.End]) == "troops" {
			w = i
		}
	}
	d.a.view.OnHover(d.a.rowOf[ia], w)
	if d.b.lit != ib {
		t.Fatalf("pointing lit B statement %d, want %d", d.b.lit, ib)
	}
	if got := kinds(d.b.side.text[ib], d.b.litMarks, textview.Linked); len(got) != 1 || got[0] != "troops" {
		t.Errorf("pointing at troops lit %q in B", got)
	}
	d.a.view.OnHover(d.a.rowOf[ia], -1)
	if d.b.lit != -1 {
		t.Errorf("leaving the word kept B statement %d lit", d.b.lit)
	}
}

func TestSourceComparisonStepsAndOnlyDifferences(t *testing.T) {
	u := twoVersions(t)
	d := u.compare.docs
	m := d.model()
	if len(m.stops) < 4 {
		t.Fatalf("want at least 4 differences (number, year, moved, dropped, added), got %d", len(m.stops))
	}
	u.compare.step(1) // F7 in source mode moves through differences
	s := m.stops[0]
	if d.stop != 0 || d.a.lit != s.a || d.b.lit != s.b {
		t.Errorf("first difference: stop %d, lit %d/%d, want %+v", d.stop, d.a.lit, d.b.lit, s)
	}
	u.compare.step(1)
	u.compare.step(-1)
	if d.stop != 0 {
		t.Errorf("next then previous is at stop %d", d.stop)
	}
	all := len(d.a.rows)
	d.only.SetChecked(true)
	ma := statementWith(t, d.a.side, "Officials")
	if d.a.rowOf[ma] != -1 || len(d.a.rows) >= all {
		t.Errorf("only differences still shows the unchanged statement (%d rows of %d)", len(d.a.rows), all)
	}
	if d.a.rowOf[statementWith(t, d.a.side, "Pentagon")] < 0 {
		t.Error("only differences hides a changed statement")
	}
}

func TestSourceComparisonIgnoreToggles(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	c, err := st.CreateClaim(ctx, "Troops")
	if err != nil {
		t.Fatal(err)
	}
	a := importText(t, st, c.ID, "A", "The Pentagon said 2500 troops will stay in Iraq, officials said.")
	b := importText(t, st, c.ID, "B", "The Pentagon said 2500 Troops will stay in Iraq officials said.")
	if err := u.compare.showSourcesSync(ctx, a.ID, b.ID, 0); err != nil {
		t.Fatal(err)
	}
	if n := len(u.compare.docs.model().stops); n == 0 {
		t.Fatal("case and punctuation differences not shown with nothing ignored")
	}
	if err := u.compare.showSourcesSync(ctx, a.ID, b.ID, ignoreOf([]string{"Punctuation", "Case"})); err != nil {
		t.Fatal(err)
	}
	if n := len(u.compare.docs.model().stops); n != 0 {
		t.Errorf("ignoring case and punctuation still shows %d differences", n)
	}
}

func TestWholeSourcesFromAPair(t *testing.T) {
	u, _ := newTestUI(t)
	if !u.compare.hasPair {
		t.Skip("the sample shows no pair")
	}
	pr := u.compare.pair
	if err := u.compare.showSourcesSync(context.Background(), pr.A.SourceID, pr.B.SourceID, u.compare.ignore); err != nil {
		t.Fatal(err)
	}
	d := u.compare.docs
	if d.cur.key != [2]int64{pr.A.SourceID, pr.B.SourceID} || len(d.a.rows) == 0 || len(d.b.rows) == 0 {
		t.Fatalf("whole sources show key %v with %d/%d rows", d.cur.key, len(d.a.rows), len(d.b.rows))
	}
	u.compare.onBack()
	if u.compare.mode != showPair {
		t.Error("Back to the pair did not show the pair")
	}
}

func TestKeysStepThroughDifferences(t *testing.T) {
	u := twoVersions(t)
	d := u.compare.docs
	typed := u.win.Canvas().OnTypedKey()
	typed(&fyne.KeyEvent{Name: fyne.KeyN})
	typed(&fyne.KeyEvent{Name: fyne.KeyF7})
	if d.stop != 1 {
		t.Fatalf("n then F7 is at difference %d, want 1", d.stop)
	}
	typed(&fyne.KeyEvent{Name: fyne.KeyP})
	if d.stop != 0 {
		t.Errorf("p went to difference %d, want 0", d.stop)
	}
}

// longVersions are two versions of a 60-statement report: B drops A's
// statements 2 and 3, opens with two of its own, and moves A's statement 50
// up to fifth place, so that partners sit on different rows of the two
// sides.
func longVersions() (a, b string) {
	cities := []string{"Baghdad", "Basra", "Mosul", "Erbil", "Kirkuk", "Najaf", "Karbala", "Falluja", "Ramadi", "Tikrit", "Samarra", "Hilla"}
	verbs := []string{"inspected", "visited", "secured", "rebuilt", "supplied", "evacuated", "monitored", "patrolled"}
	things := []string{"the bridge", "the airport", "the hospital", "the power station", "the oil field", "the market", "the border crossing", "the school"}
	var sa []string
	for i := range 60 {
		sa = append(sa, fmt.Sprintf("Report %d: on day %d a unit of %d soldiers %s %s near %s, officials said.",
			i+1, i*7%31+1, 100+i*37, verbs[i%len(verbs)], things[i/len(verbs)%len(things)], cities[i%len(cities)]))
	}
	sb := []string{"Parliament met late on Tuesday to debate a new oil law for the northern provinces.",
		"The prime minister's office issued a statement thanking the coalition for its support."}
	for i, s := range sa {
		switch i {
		case 1, 2, 49:
			continue
		case 5:
			sb = append(sb, sa[49])
		}
		sb = append(sb, s)
	}
	return strings.Join(sa, "\n"), strings.Join(sb, "\n")
}

// wheelUntil scrolls the document view v with the mouse wheel, 20 px at a
// time, until done holds, calling each after every step; it fails after
// 500 steps.
func wheelUntil(t *testing.T, u *UI, v *textview.DocumentView, dy float32, done func() bool, each func()) {
	t.Helper()
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(v).Add(fyne.NewPos(20, 20))
	for range 500 {
		if done() {
			return
		}
		test.Scroll(u.win.Canvas(), pos, 0, dy)
		each()
	}
	t.Fatal("scrolling never got there")
}

func TestSourceComparisonScrollsInStep(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	c, err := st.CreateClaim(ctx, "Reports")
	if err != nil {
		t.Fatal(err)
	}
	textA, textB := longVersions()
	srcA := importText(t, st, c.ID, "Long A", textA)
	srcB := importText(t, st, c.ID, "Long B", textB)
	if err := u.compare.showSourcesSync(ctx, srcA.ID, srcB.ID, defaultIgnore); err != nil {
		t.Fatal(err)
	}
	d := u.compare.docs
	a, b := &d.a, &d.b
	// While one side scrolls, whenever a statement with a partner in place
	// comes to its top, its partner is on the other side's top (both are
	// long enough to get there). Before the first move both show their
	// beginnings.
	inStep := func(this, other *docView) func() {
		start := this.view.TopParagraph()
		return func() {
			r := this.view.TopParagraph()
			if r == start || this.rows[r].label {
				return
			}
			i := this.rows[r].stmt
			if j := this.side.partner[i]; j >= 0 && !this.side.moved[i] {
				if got := other.view.TopParagraph(); got != other.rowOf[j] {
					t.Fatalf("statement %d on top of one side, statement at row %d of the other, want its partner %d at row %d",
						i, got, j, other.rowOf[j])
				}
			}
		}
	}
	ia := statementWith(t, a.side, "Report 30:")
	ib := a.side.partner[ia]
	if ib < 0 || a.side.moved[ia] || a.rowOf[ia] == b.rowOf[ib] {
		t.Fatalf("report 30: partner %d, rows %d and %d: the test needs partners on different rows", ib, a.rowOf[ia], b.rowOf[ib])
	}
	wheelUntil(t, u, a.view, -20, func() bool { return a.view.TopParagraph() >= a.rowOf[ia] }, inStep(a, b))
	if a.view.TopParagraph() != a.rowOf[ia] || b.view.TopParagraph() != b.rowOf[ib] {
		t.Fatalf("A scrolled to row %d (report 30 is row %d): B shows row %d, report 30 is row %d",
			a.view.TopParagraph(), a.rowOf[ia], b.view.TopParagraph(), b.rowOf[ib])
	}
	// And back up from B's side: A follows B.
	ib = statementWith(t, b.side, "Report 12:")
	ia = b.side.partner[ib]
	wheelUntil(t, u, b.view, 20, func() bool { return b.view.TopParagraph() <= b.rowOf[ib] }, inStep(b, a))
	if b.view.TopParagraph() != b.rowOf[ib] || a.view.TopParagraph() != a.rowOf[ia] {
		t.Errorf("B scrolled to row %d (report 12 is row %d): A shows row %d, report 12 is row %d",
			b.view.TopParagraph(), b.rowOf[ib], a.view.TopParagraph(), a.rowOf[ia])
	}
}

// Fyne's driver passes Shift+F7 to the canvas as a typed F7; the window
// follows the Shift key to step back.
func TestShiftF7StepsBack(t *testing.T) {
	u := twoVersions(t)
	d := u.compare.docs
	u.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	u.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	at := d.stop
	u.onKeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	u.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	if d.stop != at-1 {
		t.Fatalf("Shift+F7 from difference %d went to %d, want %d", at, d.stop, at-1)
	}
	u.onKeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	u.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyF7})
	if d.stop != at {
		t.Errorf("F7 after releasing Shift went to %d, want %d", d.stop, at)
	}
}

// TestMatchedStatementsThatShareLittleAreDifferences: a matched pair whose
// sentences share little has no word diff to show; it is still a
// difference, and its conflicting numbers are marked (QA saw "0 changed"
// beside a conflict table row 3000 vs 2500).
func TestMatchedStatementsThatShareLittleAreDifferences(t *testing.T) {
	a := "نقلت الجزيرة عن مصادر أن القوات الأمريكية لن تنسحب من العراق قبل عام 2027. وقال مسؤول إن الولايات المتحدة تحتفظ بنحو 3000 جندي في العراق، و900 في سوريا."
	b := "وتحتفظ الولايات المتحدة بنحو 2500 جندي في العراق، و900 جندي في سوريا، كجزء من “التحالف” الذي تشكل عام 2014 لمحاربة تنظيم “الدولة الإسلامية” في البلدين."
	c := compare.Compare(a, b, compare.Options{})
	m := buildDocModel(c, defaultIgnore)
	if len(c.Pairs) == 0 || len(m.conflicts) == 0 {
		t.Skip("the engine no longer matches these two statements")
	}
	p := c.Pairs[0]
	if m.a.equal[p.A] || m.b.equal[p.B] {
		t.Error("the matched statements count as equal")
	}
	marked := func(text string, marks []textview.Span, want string) bool {
		rs := []rune(text)
		for _, s := range marks {
			if string(rs[s.Start:s.End]) == want {
				return true
			}
		}
		return false
	}
	if !marked(m.a.text[p.A], m.a.marks[p.A], "3000") || !marked(m.b.text[p.B], m.b.marks[p.B], "2500") {
		t.Errorf("3000 and 2500 are not marked: %v / %v", m.a.marks[p.A], m.b.marks[p.B])
	}
	if len(m.stops) == 0 {
		t.Error("next difference has nowhere to go")
	}
}
