package cli

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/data"
)

func writeInput(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestImportClaimsSearchStatements(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	a := writeInput(t, dir, "a.txt", "US forces will withdraw from Iraq by September 2025, officials said.")
	b := writeInput(t, dir, "b.md", "# Denial\n\nThe militia leader said US forces will **not** withdraw from Iraq.")
	bad := writeInput(t, dir, "bad.txt", "")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><head><meta property="og:site_name" content="Wire"><title>Leave</title></head><body><article><p>`+
			strings.Repeat("A senior US official said an agreement on leaving Iraq has been reached. ", 5)+`</p></article></body></html>`)
	}))
	defer srv.Close()

	code, out, errOut := run(t, "", "--db", db, "import", "--claim", "Troops leave Iraq by 2025", a, b, bad, srv.URL+"/x", "ftp://x/y", a)
	if code != 1 {
		t.Fatalf("import with failures: exit %d, want 1; stderr %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := []string{`new claim `, "imported " + a + " (source ", "imported " + b, "error " + bad + ": it is empty", "imported " + srv.URL + "/x", "error ftp://x/y: only http and https", "duplicate " + a}
	if len(lines) != len(want) {
		t.Fatalf("import printed %d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d = %q, want it to start with %q", i, lines[i], w)
		}
	}
	if !strings.Contains(errOut, "2 of 6 inputs could not be imported") {
		t.Errorf("stderr %q", errOut)
	}

	code, out, _ = run(t, "", "--db", db, "claims", "--format", "json")
	if code != 0 {
		t.Fatalf("claims: exit %d", code)
	}
	var claims []struct {
		ID      int64
		Title   string
		Sources int
	}
	if err := json.Unmarshal([]byte(out), &claims); err != nil {
		t.Fatalf("claims json: %v\n%s", err, out)
	}
	var id int64
	for _, c := range claims {
		if c.Title == "Troops leave Iraq by 2025" {
			id = c.ID
			if c.Sources != 3 {
				t.Errorf("claim has %d sources, want 3", c.Sources)
			}
		}
	}
	if id == 0 {
		t.Fatalf("imported claim not listed: %s", out)
	}
	code, out, _ = run(t, "", "--db", db, "claims")
	if code != 0 || !strings.Contains(out, "TITLE") || !strings.Contains(out, "Troops leave Iraq by 2025") {
		t.Errorf("claims text: exit %d\n%s", code, out)
	}

	code, out, _ = run(t, "", "--db", db, "search", "withdrawing", "--claim", fmt.Sprint(id))
	if code != 0 || strings.Count(out, "[withdraw]") != 2 {
		t.Errorf("search: exit %d, want two marked hits:\n%s", code, out)
	}
	code, out, _ = run(t, "", "--db", db, "search", "agreement", "--outlet", "Wire", "--format", "json")
	var hits []struct{ Outlet string }
	if code != 0 || json.Unmarshal([]byte(out), &hits) != nil || len(hits) == 0 || hits[0].Outlet != "Wire" {
		t.Errorf("search --outlet json: exit %d\n%s", code, out)
	}
	code, out, _ = run(t, "", "--db", db, "search", "withdrawing", "--sources", "--claim", fmt.Sprint(id))
	if code != 0 || strings.Count(out, "· source ") != 2 {
		t.Errorf("search --sources: exit %d, want the two sources that say it:\n%s", code, out)
	}
	code, _, errOut = run(t, "", "--db", db, "search", "x", "--sources", "--speaker", "Taie")
	if code != 2 {
		t.Errorf("search --sources --speaker: exit %d, want 2 (%s)", code, errOut)
	}
	code, _, errOut = run(t, "", "--db", db, "search", "x", "--lang", "fr")
	if code != 2 {
		t.Errorf("search --lang fr: exit %d, want 2 (%s)", code, errOut)
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--claim", "999"}, 1, "there is no claim 999"},
		{[]string{"--from", "2025-09-10", "--to", "2025-09-01"}, 2, "is after --to"},
		{[]string{"--limit", "0"}, 2, "--limit takes a number of 1 or more"},
		{[]string{"--limit", "-5"}, 2, "--limit takes a number of 1 or more"},
	} {
		code, _, errOut = run(t, "", append([]string{"--db", db, "search", "withdrawing"}, c.args...)...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("search %v: exit %d, stderr %q; want exit %d and %q", c.args, code, errOut, c.code, c.want)
		}
	}

	code, out, _ = run(t, "", "--db", db, "statements", "--claim", fmt.Sprint(id))
	if code != 0 || !strings.Contains(out, "source ") || !strings.Contains(out, "militia leader") {
		t.Errorf("statements: exit %d\n%s", code, out)
	}
	code, out, _ = run(t, "", "--db", db, "statements", "--claim", fmt.Sprint(id), "--contradictions", "--format", "json")
	var pc struct {
		Contradictions []struct{ Relation string }
	}
	if code != 0 || json.Unmarshal([]byte(out), &pc) != nil {
		t.Errorf("statements --contradictions json: exit %d\n%s", code, out)
	}
	for _, p := range pc.Contradictions {
		if p.Relation != "contradicts" {
			t.Errorf("--contradictions listed a %q pair", p.Relation)
		}
	}
	code, _, errOut = run(t, "", "--db", db, "statements", "--claim", "999")
	if code != 1 || !strings.Contains(errOut, "no claim 999") || !strings.Contains(errOut, "'claimdiff-cli claims'") {
		t.Errorf("statements of a missing claim: exit %d, stderr %q", code, errOut)
	}
}

func TestImportUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "a.db")
	for _, args := range [][]string{
		{"import", "x.txt"},
		{"import", "--claim", "c"},
		{"import", "--claim", "c", "--format", "xml", "x.txt"},
		{"statements"},
		{"search"},
	} {
		code, _, errOut := run(t, "", append([]string{"--db", db}, args...)...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, code, errOut)
		}
	}
}

func TestImportFromStdin(t *testing.T) {
	db := filepath.Join(t.TempDir(), "a.db")
	code, out, errOut := run(t, "Officials said troops will stay in Syria.", "--db", db, "import", "--claim", "c", "-")
	if code != 0 || !strings.Contains(out, "\nimported standard input (source ") {
		t.Fatalf("exit %d out %q err %q", code, out, errOut)
	}
}

// TestImportFindsTheClaim checks how import's --claim finds a claim: by ID
// as everywhere else, by a title written with other letter forms or case,
// and that it says whether it created one.
func TestImportFindsTheClaim(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	a := writeInput(t, dir, "a.txt", "قال مسؤول أمريكي إن القوات الأمريكية ستنسحب من العراق.")
	b := writeInput(t, dir, "b.txt", "Officials said US troops will stay in Iraq.")
	c := writeInput(t, dir, "c.txt", "A militia leader said the reports are pure lies.")
	code, out, errOut := run(t, "", "--db", db, "import", "--claim", "القوات الأمريكية ستنسحب", a)
	if code != 0 || !strings.HasPrefix(out, `new claim `) {
		t.Fatalf("first import: exit %d out %q err %q", code, out, errOut)
	}
	var id int64
	if _, err := fmt.Sscanf(out, "new claim %d", &id); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = run(t, "", "--db", db, "import", "--claim", "  القوات الامريكية  ستنسحب ", b)
	if code != 0 || !strings.HasPrefix(out, fmt.Sprintf(`adding to claim %d "القوات الأمريكية ستنسحب" (1 source so far)`, id)) {
		t.Fatalf("other letter forms: exit %d out %q err %q", code, out, errOut)
	}
	code, out, errOut = run(t, "", "--db", db, "import", "--claim", itoa(id), "--format", "json", c)
	if code != 0 {
		t.Fatalf("by ID: exit %d err %q", code, errOut)
	}
	var res struct {
		Claim struct {
			ID      int64
			Sources int
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Claim.ID != id || res.Claim.Sources != 3 {
		t.Fatalf("by ID: claim %+v (want ID %d with 3 sources, counted after the import), err %v: %s", res.Claim, id, err, out)
	}
	code, _, errOut = run(t, "", "--db", db, "import", "--claim", "999", c)
	if code == 0 || !strings.Contains(errOut, "there is no claim 999") {
		t.Fatalf("missing ID: exit %d err %q", code, errOut)
	}
	// An import of which nothing came in leaves no empty claim behind.
	empty := writeInput(t, dir, "empty.txt", "")
	code, out, _ = run(t, "", "--db", db, "import", "--claim", "Nothing here", empty)
	if code == 0 || !strings.Contains(out, "removed again") {
		t.Fatalf("failed import: exit %d out %q", code, out)
	}
	_, out, _ = run(t, "", "--db", db, "claims")
	if strings.Contains(out, "Nothing here") {
		t.Errorf("the claim of a failed import is still listed:\n%s", out)
	}
	code, _, errOut = run(t, "", "--db", db, "import", "--claim", "x", "-", "-")
	if code != 2 || !strings.Contains(errOut, "only once") {
		t.Errorf("import - -: exit %d err %q", code, errOut)
	}
}

func TestNewerArchiveHint(t *testing.T) {
	db := filepath.Join(t.TempDir(), "a.db")
	if code, _, errOut := run(t, "", "--db", db, "claims"); code != 0 {
		t.Fatalf("claims on a new archive: %s", errOut)
	}
	// Mark the archive as written by a future version.
	st, err := OpenArchive(t.Context(), &Env{DBPath: db})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	setUserVersion(t, db, 1000)
	code, _, errOut := run(t, "", "--db", db, "claims")
	if code != 1 || !strings.Contains(errOut, "newer Claimdiff") || !strings.Contains(errOut, "--db") {
		t.Fatalf("newer archive: exit %d, stderr %q", code, errOut)
	}
}

// setUserVersion writes SQLite's user_version (bytes 60-63 of the file
// header, big-endian) of a closed archive.
func setUserVersion(t *testing.T, path string, v uint32) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt([]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}, 60); err != nil {
		t.Fatal(err)
	}
}

// TestDBAfterTheCommand: --db is taken after the command's name too.
func TestDBAfterTheCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "a.db")
	code, out, errOut := run(t, "", "claims", "--db", db)
	if code != 0 || !strings.Contains(out, "US forces will withdraw from Iraq") {
		t.Fatalf("claims --db: exit %d out %q err %q", code, out, errOut)
	}
	if _, err := os.Stat(db); err != nil {
		t.Errorf("the archive named after the command was not the one opened: %v", err)
	}
}

// TestContradictionCountsAgree: 'statements --contradictions' lists a pair
// judged not a contradiction with its verdict, and counts contradictions
// as 'claims' (and the window) do, without it.
func TestContradictionCountsAgree(t *testing.T) {
	db, id := sampleArchive(t)
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	pairs, err := st.Contradictions(ctx, id, data.PairFilter{})
	if err != nil || len(pairs) < 2 {
		t.Fatalf("pairs %d, %v", len(pairs), err)
	}
	if err := st.SetVerdict(ctx, pairs[1].ID, data.NotContradiction, ""); err != nil {
		t.Fatal(err)
	}
	st.Close()
	_, claims, _ := run(t, "", "--db", db, "claims", "--format", "json")
	var cs []struct {
		ID             int64
		Contradictions int
	}
	if err := json.Unmarshal([]byte(claims), &cs); err != nil || len(cs) != 1 {
		t.Fatalf("claims json: %v\n%s", err, claims)
	}
	code, out, _ := run(t, "", "--db", db, "statements", "--claim", fmt.Sprint(id), "--contradictions")
	want := fmt.Sprintf(": %d contradictions (and 1 judged not a contradiction)\n", cs[0].Contradictions)
	if code != 0 || !strings.Contains(out, want) || cs[0].Contradictions != len(pairs)-1 {
		t.Errorf("claims says %d of %d pairs; statements --contradictions says\n%s\nwant %q", cs[0].Contradictions, len(pairs), strings.SplitN(out, "\n", 2)[0], want)
	}
	if !strings.Contains(out, "not contradiction)") {
		t.Error("the judged pair is not listed with its verdict")
	}
}

// TestImportSaysWhatItFound: each imported input's line gives the title,
// outlet, author and date the import found (or "no date"), the JSON the
// same fields; an address typed without https:// that is no file gets a
// hint with the whole address; a web page piped in is extracted as a page.
func TestImportSaysWhatItFound(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	page := `<!doctype html><html><head><meta property="og:site_name" content="Wire"><meta name="author" content="Sara Haddad">` +
		`<meta property="article:published_time" content="2024-09-16T01:30:00+03:00"><title>Troops to leave</title></head>` +
		`<body><article><h1>Troops to leave</h1><p>A senior US official said an agreement on leaving Iraq has been reached.</p></article></body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	defer srv.Close()
	plain := writeInput(t, dir, "a.txt", "US forces will withdraw from Iraq by September 2025, officials said.")
	_, out, _ := run(t, "", "--db", db, "import", "--claim", "Troops leave", srv.URL+"/story", plain, "www.example.org/story")
	for _, want := range []string{
		"imported " + srv.URL + "/story (source ", "1 statement): “Troops to leave” · Wire · Sara Haddad · 2024-09-16\n",
		"imported " + plain + " (source ", "· no date\n",
		"error www.example.org/story: cannot read the file: no such file.\n  To import the web page, give its whole address: https://www.example.org/story\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("import output lacks %q:\n%s", want, out)
		}
	}
	_, out, _ = run(t, page, "--db", db, "import", "--claim", "Troops leave", "--format", "json", "-")
	var res struct {
		Results []struct{ Status, Title, Outlet, Author, Published string }
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res.Results) != 1 {
		t.Fatalf("import json: %v\n%s", err, out)
	}
	// The same text as the page imported first: a duplicate, not the
	// page's markup imported as text.
	if r := res.Results[0]; r.Status != "duplicate" {
		t.Errorf("the page piped in: %+v, want a duplicate of the page fetched", r)
	}
	other := strings.Replace(page, "has been reached", "is close", 1)
	_, out, _ = run(t, other, "--db", db, "import", "--claim", "Troops leave", "--format", "json", "-")
	res.Results = nil
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res.Results) != 1 {
		t.Fatalf("import json: %v\n%s", err, out)
	}
	if r := res.Results[0]; r.Status != "imported" || r.Title != "Troops to leave" || r.Outlet != "Wire" || r.Author != "Sara Haddad" || r.Published != "2024-09-16" {
		t.Errorf("the other page piped in: %+v", r)
	}
}

// TestImportRecordsAnotherOutlet: the same text from another outlet is a
// duplicate whose line says the outlet was recorded.
func TestImportRecordsAnotherOutlet(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	text := "US forces will withdraw from Iraq by September 2025, officials said."
	a := writeInput(t, dir, "a.txt", text)
	run(t, "", "--db", db, "import", "--claim", "Troops leave", "--outlet", "Wire", a)
	_, out, _ := run(t, "", "--db", db, "import", "--claim", "Troops leave", "--outlet", "Daily Paper", a)
	if !strings.Contains(out, "duplicate "+a+" (the text of source ") || !strings.Contains(out, "recorded that Daily Paper published it too") {
		t.Errorf("import printed\n%s", out)
	}
	_, out, _ = run(t, "", "--db", db, "import", "--claim", "Troops leave", "--outlet", "Daily Paper", a)
	if !strings.Contains(out, "duplicate "+a+" (already source ") {
		t.Errorf("the same outlet again: import printed\n%s", out)
	}
}

// TestImportIntoANewArchiveAddsNoSample checks that an archive 'import'
// creates holds the journalist's claim alone (claim 1), while one that
// 'claims' creates opens on the sample claim.
func TestImportIntoANewArchiveAddsNoSample(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "story.db")
	a := writeInput(t, dir, "a.txt", "The port strike entered its fifth day on Friday, the union said.")
	if code, _, errOut := run(t, "", "--db", db, "import", "--claim", "Port strike", a); code != 0 {
		t.Fatalf("import: exit %d, %s", code, errOut)
	}
	_, out, _ := run(t, "", "--db", db, "claims", "--format", "json")
	var claims []struct {
		ID    int64  `json:"id"`
		Title string `json:"title"`
	}
	if err := json.Unmarshal([]byte(out), &claims); err != nil {
		t.Fatalf("claims JSON: %v\n%s", err, out)
	}
	if len(claims) != 1 || claims[0].ID != 1 || claims[0].Title != "Port strike" {
		t.Errorf("a new archive made by import holds %+v, want the imported claim alone, as claim 1", claims)
	}
	fresh := filepath.Join(dir, "first.db")
	if _, out, _ := run(t, "", "--db", fresh, "claims"); !strings.Contains(out, "US forces will withdraw from Iraq") {
		t.Errorf("a new archive made by claims lacks the sample claim:\n%s", out)
	}
}

// A contradiction that repeats another's figures between the same two
// sources says which, in text and in JSON.
func TestContradictionsNameRepeats(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	a := writeTemp(t, "a.txt", "Fire at Mosul market kills 43\n\nA fire at the main covered market in Mosul killed 43 people on Monday, the civil defence said.")
	b := writeTemp(t, "b.txt", "Fire at Mosul market kills 60\n\nA fire at the main covered market in Mosul killed 60 people on Monday, the health ministry said.")
	if code, _, errOut := run(t, "", "--db", db, "import", "--claim", "Fire at the Mosul market", a, b); code != 0 {
		t.Fatalf("import: %d %s", code, errOut)
	}
	code, out, _ := run(t, "", "--db", db, "statements", "--claim", "1", "--contradictions", "--format", "json")
	var got struct {
		Contradictions []struct {
			ID       int64 `json:"id"`
			RepeatOf int64 `json:"repeat_of"`
		} `json:"contradictions"`
	}
	if err := json.Unmarshal([]byte(out), &got); code != 0 || err != nil {
		t.Fatalf("exit %d, %v\n%s", code, err, out)
	}
	ids, repeats := map[int64]bool{}, 0
	for _, p := range got.Contradictions {
		ids[p.ID] = true
	}
	for _, p := range got.Contradictions {
		if p.RepeatOf != 0 {
			repeats++
			if !ids[p.RepeatOf] || p.RepeatOf == p.ID {
				t.Errorf("pair %d repeats %d, not another listed pair", p.ID, p.RepeatOf)
			}
		}
	}
	if repeats == 0 {
		t.Fatalf("no repeat among %d contradictions of a headline and a lead each", len(got.Contradictions))
	}
	_, text, _ := run(t, "", "--db", db, "statements", "--claim", "1", "--contradictions")
	if n := strings.Count(text, ", repeats the figures of pair "); n != repeats {
		t.Errorf("text names %d repeats, JSON %d:\n%s", n, repeats, text)
	}
}

// TestReanalyseRenames checks that reanalyse --title renames the claim and
// sets each statement's stance toward the new title, and that its usage
// mistakes and an unknown claim are told.
func TestReanalyseRenames(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	a := writeInput(t, dir, "a.txt", "US forces will withdraw from Iraq by September 2025, officials said.")
	b := writeInput(t, dir, "b.txt", "The militia leader said US forces will not withdraw from Iraq.")
	if code, _, errOut := run(t, "", "--db", db, "import", "--claim", "US forces will withdraw from Iraq", a, b); code != 0 {
		t.Fatalf("import: exit %d, %s", code, errOut)
	}
	stances := func() []string {
		t.Helper()
		code, out, errOut := run(t, "", "--db", db, "statements", "--claim", "1", "--format", "json")
		if code != 0 {
			t.Fatalf("statements: exit %d, %s", code, errOut)
		}
		var d data.ClaimDetail
		if err := json.Unmarshal([]byte(out), &d); err != nil {
			t.Fatal(err)
		}
		var s []string
		for _, st := range d.Statements {
			s = append(s, st.Stance)
		}
		return append(s, d.Title)
	}
	if got := strings.Join(stances(), " "); got != "affirms denies US forces will withdraw from Iraq" {
		t.Fatalf("before: %s", got)
	}
	code, out, errOut := run(t, "", "--db", db, "reanalyse", "--claim", "1", "--title", "US forces will stay in Iraq")
	if code != 0 || !strings.HasPrefix(out, "Claim 1 “US forces will stay in Iraq”: 2 sources, 2 statements; 1 contradiction") {
		t.Fatalf("reanalyse: exit %d, %q, %s", code, out, errOut)
	}
	if got := strings.Join(stances(), " "); got != "denies affirms US forces will stay in Iraq" {
		t.Errorf("after: %s", got)
	}
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"reanalyse"}, 2, "give one claim with --claim ID, or --all"},
		{[]string{"reanalyse", "--claim", "1", "--all"}, 2, "give one claim with --claim ID, or --all"},
		{[]string{"reanalyse", "--all", "--stale"}, 2, "give one claim with --claim ID, or --all, or --stale"},
		{[]string{"reanalyse", "--all", "--title", "x"}, 2, "--title renames one claim"},
		{[]string{"reanalyse", "--stale", "--title", "x"}, 2, "--title renames one claim"},
		{[]string{"reanalyse", "--claim", "x"}, 2, "is not a claim ID"},
		{[]string{"reanalyse", "--claim", "1", "--title", "  "}, 2, "--title is empty"},
		{[]string{"reanalyse", "--claim", "9"}, 1, "there is no claim 9"},
	} {
		code, _, errOut := run(t, "", append([]string{"--db", db}, c.args...)...)
		if code != c.code || !strings.Contains(errOut, c.msg) {
			t.Errorf("%v: exit %d, %q; want %d and %q", c.args, code, errOut, c.code, c.msg)
		}
	}
}

// TestReanalyseStale checks that the claims list marks a claim an earlier
// build analysed, and that reanalyse --stale takes that claim and no other.
func TestReanalyseStale(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	a := writeInput(t, dir, "a.txt", "Nine people were killed in the fire, officials said.")
	b := writeInput(t, dir, "b.txt", "Twelve people were killed in the fire, the police said.")
	for _, title := range []string{"A deadly fire", "Another fire"} {
		if code, _, errOut := run(t, "", "--db", db, "import", "--claim", title, a, b); code != 0 {
			t.Fatalf("import: exit %d, %s", code, errOut)
		}
	}
	sqlDB, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	defer sqlDB.Close()
	if _, err := sqlDB.Exec(`UPDATE sources SET analysed_by = 'an earlier build' WHERE claim_id = 1`); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "", "--db", db, "claims")
	if code != 0 || !strings.Contains(out, "    1*") || strings.Contains(out, "    2*") || !strings.Contains(out, "reanalyse --stale") {
		t.Fatalf("claims: exit %d, %q, %s", code, out, errOut)
	}
	code, out, errOut = run(t, "", "--db", db, "reanalyse", "--stale")
	if code != 0 || !strings.HasPrefix(out, "Claim 1 “A deadly fire”") || strings.Contains(out, "Claim 2") {
		t.Fatalf("reanalyse --stale: exit %d, %q, %s", code, out, errOut)
	}
	code, out, _ = run(t, "", "--db", db, "claims")
	if code != 0 || strings.Contains(out, "*") {
		t.Errorf("claims after the re-analysis: %q", out)
	}
	code, out, _ = run(t, "", "--db", db, "reanalyse", "--stale")
	if code != 0 || !strings.HasPrefix(out, "Nothing to do") {
		t.Errorf("reanalyse --stale again: exit %d, %q", code, out)
	}
}
