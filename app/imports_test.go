package app

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/claimdiff/claimdiff/app/textview"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/data"
	"github.com/claimdiff/claimdiff/data/ingest"
)

const pastedWire = `Baghdad (Reuters) - Iraqi Prime Minister Mohammed Shia al-Sudani said on Tuesday that US troops would leave Iraq by September 2026.
A Pentagon spokesman denied any agreement on a withdrawal date.`

func TestImportThroughTheWindowAddsASource(t *testing.T) {
	u, st := newTestUI(t)
	ctx := context.Background()
	claimID := u.claim.id
	before := len(u.claim.detail.Sources)
	path := filepath.Join(t.TempDir(), "wire.md")
	if err := os.WriteFile(path, []byte("# Wire\n\n"+pastedWire+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	jobs := []importJob{textJob("Pasted wire", "Reuters", pastedWire), fileJob(path)}
	var events []string
	err := u.importAll(ctx, claimID, jobs, func(i int, done bool, r importResult) {
		if done {
			events = append(events, r.message())
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 2 || !strings.HasPrefix(events[0], "Added") {
		t.Fatalf("progress said %q", events)
	}
	if err := u.claims.update(ctx, claimID); err != nil {
		t.Fatal(err)
	}
	if got := len(u.claim.detail.Sources); got != before+2 && !(got == before+1 && events[1] == "Already in this claim.") {
		t.Fatalf("claim pane shows %d sources after importing 2 into %d (%q)", got, before, events)
	}
	found := false
	for _, s := range u.claim.detail.Sources {
		if s.Outlet == "Reuters" && s.Title == "Pasted wire" {
			found = true
		}
	}
	if !found {
		t.Error("the pasted text's title and outlet were not kept")
	}
	c, err := st.Claim(ctx, claimID)
	if err != nil || len(c.Sources) != len(u.claim.detail.Sources) {
		t.Errorf("archive has %d sources, pane %d (%v)", len(c.Sources), len(u.claim.detail.Sources), err)
	}
}

func TestImportErrorIsASentenceAndOthersGoOn(t *testing.T) {
	u, _ := newTestUI(t)
	missing := filepath.Join(t.TempDir(), "gone.txt")
	var msgs []string
	err := u.importAll(context.Background(), u.claim.id, []importJob{fileJob(missing), textJob("", "", pastedWire)},
		func(i int, done bool, r importResult) {
			if done {
				msgs = append(msgs, r.message())
			}
		})
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != 2 {
		t.Fatalf("messages %q", msgs)
	}
	if m := msgs[0]; !strings.HasSuffix(m, ".") || strings.Contains(m, "goroutine") || !strings.Contains(m, "gone.txt") {
		t.Errorf("error shown as %q", m)
	}
	if !strings.HasPrefix(msgs[1], "Added") {
		t.Errorf("the second import after a failure: %q", msgs[1])
	}
}

func TestCancelStopsAnImport(t *testing.T) {
	u, st := newTestUI(t)
	ctx, cancel := context.WithCancel(context.Background())
	claimID := u.claim.id
	before, err := st.Claim(context.Background(), claimID)
	if err != nil {
		t.Fatal(err)
	}
	started := 0
	// The first job is cancelled while it reads, as the Cancel button does.
	slow := importJob{name: "slow page", load: func(ctx context.Context) (ingest.Doc, error) {
		cancel()
		<-ctx.Done()
		return ingest.Doc{}, ctx.Err()
	}}
	err = u.importAll(ctx, claimID, []importJob{slow, textJob("Later", "", pastedWire)}, func(i int, done bool, r importResult) {
		if !done {
			started++
		} else if r.message() != "Cancelled." {
			t.Errorf("job %d ended with %q", i, r.message())
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("importAll returned %v", err)
	}
	if started != 1 {
		t.Errorf("%d jobs started after cancel", started)
	}
	after, err := st.Claim(context.Background(), claimID)
	if err != nil {
		t.Fatal(err)
	}
	if len(after.Sources) != len(before.Sources) {
		t.Errorf("sources went from %d to %d despite the cancel", len(before.Sources), len(after.Sources))
	}
}

func TestRunImportsShowsProgressAndReloadsTheClaim(t *testing.T) {
	u, _ := newTestUI(t)
	before := len(u.claim.detail.Sources)
	work := u.importDialog([]importJob{textJob("Wire", "AFP", pastedWire)})
	if work == nil || u.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no progress dialog")
	}
	// The test driver runs fyne.Do at once, so the work runs here rather
	// than on a goroutine of its own.
	work()
	if n := len(u.claim.detail.Sources); n != before+1 {
		t.Fatalf("the claim pane shows %d sources after adding one to %d", n, before)
	}
}

func TestDialogsOpen(t *testing.T) {
	u, _ := newTestUI(t)
	for name, open := range map[string]func(){
		"preferences": u.onPreferences, "paste": u.onPaste, "web address": u.onAddURL, "add file": u.onAddFile,
	} {
		open()
		top := u.win.Canvas().Overlays().Top()
		if top == nil {
			t.Errorf("%s: no dialog", name)
			continue
		}
		u.win.Canvas().Overlays().Remove(top)
	}
}

func TestSentence(t *testing.T) {
	for in, want := range map[string]string{
		"cannot read the file: no such file": "Cannot read the file: no such file.",
		"الملف غير موجود":                    "الملف غير موجود.",
		"Done.":                              "Done.",
		// A message that opens with a path or an address keeps its case.
		"ftp://example.org/story: only http and https addresses can be imported": "ftp://example.org/story: only http and https addresses can be imported.",
		"/home/desk/wire.txt: the file is empty":                                 "/home/desk/wire.txt: the file is empty.",
		"":                                                                       "",
	} {
		if got := sentence(in); got != want {
			t.Errorf("sentence(%q) = %q, want %q", in, got, want)
		}
	}
}

// A report's file is named after its claim, in the claim's own script.
func TestFileBase(t *testing.T) {
	for in, want := range map[string]string{
		"US forces will withdraw from Iraq":        "us-forces-will-withdraw-from-iraq",
		"القوات الأمريكية ستنسحب من العراق (2026)": "القوات-الأمريكية-ستنسحب-من-العراق-2026",
		"  ?!  ": "claim-7",
	} {
		if got := fileBase(in, "claim-7"); got != want {
			t.Errorf("fileBase(%q) = %q, want %q", in, got, want)
		}
	}
}

// A dropped folder brings its files by name, those that are not documents
// to be reported as skipped (hidden files and subfolders left out); a
// dropped file comes as it is.
func TestFileJobsExpandFolders(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.md", "a.txt", "photo.png", "C.HTML", ".hidden.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	loose := filepath.Join(t.TempDir(), "notes.pdf")
	var got []string
	jobs := fileJobs([]string{dir, loose})
	for _, j := range jobs {
		got = append(got, j.name)
	}
	want := []string{filepath.Join(dir, "C.HTML"), filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.md"), filepath.Join(dir, "photo.png"), loose}
	if !slices.Equal(got, want) {
		t.Errorf("jobs %q, want %q", got, want)
	}
	if _, err := jobs[3].load(context.Background()); !errors.Is(err, errSkipped) {
		t.Errorf("photo.png: %v, want it skipped", err)
	}
	if msg := (importResult{err: errSkipped}).message(); msg != "Skipped: not a text, Markdown, HTML or DOCX file." {
		t.Errorf("a skipped file reads %q", msg)
	}
}

func TestClaimCountsSayOneInTheSingular(t *testing.T) {
	if got, want := claimCounts(1, 9, 0), "1 source · 9 statements · 0 contradictions"; got != want {
		t.Errorf("claimCounts = %q, want %q", got, want)
	}
	if got, want := claimCounts(10, 1, 1), "10 sources · 1 statement · 1 contradiction"; got != want {
		t.Errorf("claimCounts = %q, want %q", got, want)
	}
}

// TestWebAddressWithoutScheme: an address typed as the address bar shows
// it (host and path, no http://) imports the page.
func TestWebAddressWithoutScheme(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><html><head><title>Budget passed</title></head><body><article><h1>Budget passed</h1><p>The council approved the budget on Monday, officials said.</p></article></body></html>`)
	}))
	defer srv.Close()
	u, _ := newTestUI(t)
	before := len(u.claim.detail.Sources)
	u.onAddURL()
	entry, ok := u.win.Canvas().Focused().(*escEntry)
	if !ok {
		t.Fatal("the address field does not have the focus")
	}
	entry.SetText(strings.TrimPrefix(srv.URL, "http://") + "/story") // 127.0.0.1:PORT/story
	entry.OnSubmitted(entry.Text)
	if got := len(u.claim.detail.Sources); got != before+1 {
		t.Fatalf("%d sources after adding the page, want %d", got, before+1)
	}
	last := u.claim.detail.Sources[len(u.claim.detail.Sources)-1]
	if last.Title != "Budget passed" || !strings.HasPrefix(last.URL, "http://127.0.0.1:") {
		t.Errorf("the page came in as %q from %q", last.Title, last.URL)
	}
}

// TestSameTextFromAnotherOutletInTheWindow: importing a page whose text is
// already a source, from another outlet, says it was recorded, and the
// source's row names the outlet.
func TestSameTextFromAnotherOutletInTheWindow(t *testing.T) {
	u, _ := newTestUI(t)
	ctx := context.Background()
	src := u.claim.detail.Sources[0]
	full, err := u.store.Source(ctx, src.ID)
	if err != nil {
		t.Fatal(err)
	}
	job := importJob{name: "https://paper.example/b", load: func(context.Context) (ingest.Doc, error) {
		return ingest.Doc{Name: "https://paper.example/b", URL: "https://paper.example/b", Outlet: "Daily Paper", Text: full.Text, Method: ingest.MethodURL}, nil
	}}
	var msg string
	if err := u.importAll(ctx, u.claim.id, []importJob{job}, func(_ int, done bool, r importResult) {
		if done {
			msg = r.message()
		}
	}); err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("Same text as “%s”; recorded that Daily Paper published it too.", isolate(sourceLabel(src))); msg != want {
		t.Errorf("the import said %q, want %q", msg, want)
	}
	if err := u.claims.update(ctx, u.claim.id); err != nil {
		t.Fatal(err)
	}
	row := newTwoLineItem()
	u.claim.updateSource(0, row)
	if got := row.(*fyne.Container).Objects[1].(*textview.ParagraphView).Paragraph().Text; !strings.Contains(got, "also published by Daily Paper") {
		t.Errorf("the source's row reads %q", got)
	}
}

func TestAlsoPublished(t *testing.T) {
	a := func(outlets ...string) []data.Appearance {
		var as []data.Appearance
		for _, o := range outlets {
			as = append(as, data.Appearance{Outlet: o})
		}
		return as
	}
	for _, c := range []struct {
		as   []data.Appearance
		want string
	}{
		{nil, ""},
		{a("A"), "also published by A"},
		{a("الغد"), "also published by \u2068الغد\u2069"},
		{a("A", "B", "A"), "also published by A and B"},
		{a("A", "B", "C", "D", "E"), "also published by A, B, C and 2 more"},
		{[]data.Appearance{{URL: "https://x.example/a"}}, "also published by https://x.example/a"},
	} {
		if got := alsoPublished(c.as); got != c.want {
			t.Errorf("alsoPublished(%v) = %q, want %q", c.as, got, c.want)
		}
	}
}

// TestImportErrorDoesNotRepeatTheName: a file's error under its name says
// what is wrong with it, without "compare:" and its name again.
func TestImportErrorDoesNotRepeatTheName(t *testing.T) {
	_, err := compare.CheckText("big.html", []byte{})
	if err == nil {
		t.Fatal("an empty text passed the check")
	}
	msg := importResult{err: fmt.Errorf("import big.html: %w", err)}.message()
	if strings.Contains(msg, "compare") || strings.Contains(msg, "big.html") || !strings.HasPrefix(msg, "It ") {
		t.Errorf("the message reads %q", msg)
	}
}
