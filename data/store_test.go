package data

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/data/ingest"
)

// MustOpen opens a fresh archive in a temporary folder with a fixed clock.
func MustOpen(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(filepath.Join(tb.TempDir(), "archive", "claimdiff.db"))
	if err != nil {
		tb.Fatal(err)
	}
	s.Now = func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }
	tb.Cleanup(func() { s.Close() })
	return s
}

// MustClaim creates a claim.
func MustClaim(tb testing.TB, s *Store, title string) Claim {
	tb.Helper()
	c, err := s.CreateClaim(context.Background(), title)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// MustImport imports pasted text into a claim.
func MustImport(tb testing.TB, s *Store, claimID int64, name, text string) Source {
	tb.Helper()
	d, err := ingest.FromText(name, text)
	if err != nil {
		tb.Fatal(err)
	}
	src, _, err := s.ImportSource(context.Background(), claimID, d)
	if err != nil {
		tb.Fatal(err)
	}
	return src
}

// countRows counts the rows of the tables that an import writes.
func countRows(tb testing.TB, s *Store) map[string]int {
	tb.Helper()
	out := map[string]int{}
	for _, table := range []string{"claims", "sources", "statements", "statements_fts", "sources_fts", "comparisons", "comparison_pairs", "notes"} {
		var n int
		if err := s.ro.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
			tb.Fatal(err)
		}
		out[table] = n
	}
	return out
}

const (
	militia = `قال زعيم فصيل مسلح إن الحديث عن انسحاب القوات الأمريكية من العراق محض كذب.
وأضاف أنه لا نية أمريكية للانسحاب.`
	reuters = `نقلت رويترز عن مسؤولين أن القوات الأمريكية ستنسحب من العراق بحلول سبتمبر 2025.
وقال مسؤول أمريكي كبير: "توصلنا إلى اتفاق، والسؤال هو متى نعلنه".`
	english = `Reuters reported that US forces will withdraw from Iraq by September 2025.
A senior US official said: "We have reached an agreement to withdraw".`
)

func TestClaimLifecycle(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	if empty, err := s.IsEmpty(ctx); err != nil || !empty {
		t.Fatalf("IsEmpty on a new archive = %v, %v; want true", empty, err)
	}
	c := MustClaim(t, s, "US forces will leave Iraq")
	if _, err := s.CreateClaim(ctx, "US forces will leave Iraq"); !errors.Is(err, ErrConflict) {
		t.Fatalf("second claim with the same title: err = %v, want ErrConflict", err)
	}
	if _, err := s.CreateClaim(ctx, "   "); !errors.Is(err, ErrInvalid) {
		t.Fatalf("empty title: err = %v, want ErrInvalid", err)
	}
	if has, _ := s.HasClaims(ctx); !has {
		t.Fatal("HasClaims = false after CreateClaim")
	}
	if err := s.RenameClaim(ctx, c.ID, "القوات الأمريكية ستنسحب من العراق"); err != nil {
		t.Fatal(err)
	}
	if err := s.RenameClaim(ctx, 999, "x"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("rename of a missing claim: err = %v, want ErrNotFound", err)
	}
	MustImport(t, s, c.ID, "militia.txt", militia)
	MustImport(t, s, c.ID, "reuters.txt", reuters)
	claims, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(claims) != 1 || claims[0].Title != "القوات الأمريكية ستنسحب من العراق" || claims[0].Sources != 2 || claims[0].Statements < 4 {
		t.Fatalf("Claims = %+v; want the renamed claim with 2 sources and at least 4 statements", claims)
	}
	d, err := s.Claim(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Sources) != 2 || len(d.Statements) != claims[0].Statements {
		t.Fatalf("Claim: %d sources, %d statements; want 2 and %d", len(d.Sources), len(d.Statements), claims[0].Statements)
	}
	for _, st := range d.Statements {
		src, err := s.Source(ctx, st.SourceID)
		if err != nil {
			t.Fatal(err)
		}
		if got := string([]rune(src.Text)[st.Start:st.End]); got != st.Text {
			t.Errorf("statement %d: text at its rune offsets is %q, stored text %q", st.ID, got, st.Text)
		}
		if st.Lang != "ar" {
			t.Errorf("statement %q: lang %q, want ar", st.Text, st.Lang)
		}
	}
	if err := s.DeleteClaim(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	rows := countRows(t, s)
	for table, n := range rows {
		if n != 0 {
			t.Errorf("after DeleteClaim, %s has %d rows", table, n)
		}
	}
	if _, err := s.Claim(ctx, c.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Claim of a deleted claim: err = %v, want ErrNotFound", err)
	}
}

func TestImportDuplicateByHash(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	c := MustClaim(t, s, "claim")
	first := MustImport(t, s, c.ID, "a.txt", english)
	before := countRows(t, s)
	d, _ := ingest.FromText("b.txt", english)
	again, dup, err := s.ImportSource(ctx, c.ID, d)
	if err != nil {
		t.Fatal(err)
	}
	if !dup || again.ID != first.ID {
		t.Fatalf("second import of the same text: duplicate=%v id=%d; want true and %d", dup, again.ID, first.ID)
	}
	if after := countRows(t, s); !equalCounts(before, after) {
		t.Fatalf("duplicate import wrote rows: before %v after %v", before, after)
	}
	sum := sha256.Sum256([]byte(english))
	if first.SHA256 == "" || first.SHA256 != strings.ToLower(hexString(sum[:])) {
		t.Fatalf("stored hash %q is not the SHA-256 of the text", first.SHA256)
	}
	// The same text in another claim is another source.
	other := MustClaim(t, s, "other claim")
	if _, dup, err := s.ImportSource(ctx, other.ID, d); err != nil || dup {
		t.Fatalf("same text in another claim: duplicate=%v err=%v; want a new source", dup, err)
	}
}

func hexString(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b))
	for _, x := range b {
		out = append(out, digits[x>>4], digits[x&15])
	}
	return string(out)
}

func equalCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestImportIntoMissingClaim(t *testing.T) {
	s := MustOpen(t)
	d, _ := ingest.FromText("a", english)
	if _, _, err := s.ImportSource(context.Background(), 42, d); !errors.Is(err, ErrNotFound) {
		t.Fatalf("import into a missing claim: err = %v, want ErrNotFound", err)
	}
}

func TestSearchFoldsArabic(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	c := MustClaim(t, s, "claim")
	MustImport(t, s, c.ID, "a", "أعلنت أمريكا سحب قواتها.")
	MustImport(t, s, c.ID, "b", "قالت الحكومة إن امريكا لن تنسحب.")
	MustImport(t, s, c.ID, "c", "رحبت الأوساط الأمريكيّة بالقرار.")
	MustImport(t, s, c.ID, "d", "The weather in Baghdad was hot.")
	for _, q := range []string{"أمريكا", "امريكا", "أمريكيّة", "الأمريكية"} {
		hits, err := s.Search(ctx, q, SearchFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != 3 {
			var texts []string
			for _, h := range hits {
				texts = append(texts, h.Statement.Text)
			}
			t.Errorf("Search(%q) found %d statements %q; want the 3 that name America in any form", q, len(hits), texts)
		}
		for _, h := range hits {
			if len(h.Snippet.Marks) == 0 {
				t.Errorf("Search(%q): hit %q has no highlighted word", q, h.Statement.Text)
			}
		}
	}
}

func TestSearchFiltersAndSnippet(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	a := MustClaim(t, s, "first")
	b := MustClaim(t, s, "second")
	da, _ := ingest.FromText("a", english)
	da.Outlet = "Reuters"
	da.Published = time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	if _, _, err := s.ImportSource(ctx, a.ID, da); err != nil {
		t.Fatal(err)
	}
	db, _ := ingest.FromText("b", "Officials said troops will withdraw next year.")
	db.Outlet = "AP"
	if _, _, err := s.ImportSource(ctx, b.ID, db); err != nil {
		t.Fatal(err)
	}
	count := func(q string, f SearchFilter) int {
		t.Helper()
		hits, err := s.Search(ctx, q, f)
		if err != nil {
			t.Fatal(err)
		}
		return len(hits)
	}
	if n := count("withdrawing", SearchFilter{}); n != 3 {
		t.Errorf("withdrawing (stemmed) found %d, want 3", n)
	}
	if n := count("withdraw", SearchFilter{Claim: &b.ID}); n != 1 {
		t.Errorf("withdraw in claim 2 found %d, want 1", n)
	}
	reutersName := "reuters"
	if n := count("withdraw", SearchFilter{Outlet: &reutersName}); n != 2 {
		t.Errorf("withdraw from Reuters found %d, want 2", n)
	}
	part, wild := "euter", "R_uters"
	if n := count("withdraw", SearchFilter{Outlet: &part}); n != 2 {
		t.Errorf("withdraw from an outlet containing %q found %d, want 2", part, n)
	}
	if n := count("withdraw", SearchFilter{Outlet: &wild}); n != 0 {
		t.Errorf("withdraw from %q found %d: _ must be taken literally", wild, n)
	}
	ar := "ar"
	if n := count("withdraw", SearchFilter{Lang: &ar}); n != 0 {
		t.Errorf("withdraw in Arabic statements found %d, want 0", n)
	}
	from := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	if n := count("withdraw", SearchFilter{From: &from, To: &to}); n != 2 {
		t.Errorf("withdraw published in 2025 found %d, want 2 (the undated source is left out)", n)
	}
	if n := count(`"reached an agreement"`, SearchFilter{}); n != 1 {
		t.Errorf("phrase found %d, want 1", n)
	}
	if n := count(`"agreement reached"`, SearchFilter{}); n != 0 {
		t.Errorf("phrase in the wrong order found %d, want 0", n)
	}
	if n := count("withdr*", SearchFilter{}); n != 3 {
		t.Errorf("prefix found %d, want 3", n)
	}
	if n := count(`NEAR( OR "`, SearchFilter{}); n != 0 {
		t.Errorf("FTS5 syntax typed as words found %d, want 0 and no error", n)
	}
	hits, err := s.Search(ctx, "senior official", SearchFilter{})
	if err != nil || len(hits) != 1 {
		t.Fatalf("senior official: %d hits, err %v", len(hits), err)
	}
	if got := hits[0].Snippet.Marked("[", "]"); !strings.Contains(got, "[senior]") || !strings.Contains(got, "[official]") {
		t.Errorf("snippet %q does not mark both words", got)
	}
	if hits[0].SourceTitle == "" || hits[0].ClaimTitle != "first" || hits[0].Outlet != "Reuters" {
		t.Errorf("hit carries source %q claim %q outlet %q", hits[0].SourceTitle, hits[0].ClaimTitle, hits[0].Outlet)
	}
	src, err := s.SearchSources(ctx, "baghdad OR weather", SearchFilter{})
	if err != nil || len(src) != 0 {
		t.Errorf("SearchSources of absent words: %d hits, err %v", len(src), err)
	}
	src, err = s.SearchSources(ctx, "officials troops", SearchFilter{})
	if err != nil || len(src) != 1 || src[0].Source.Outlet != "AP" {
		t.Errorf("SearchSources(officials troops) = %+v, %v; want the AP source", src, err)
	}
}

func TestSnippetWindow(t *testing.T) {
	var words []string
	for i := 0; i < 100; i++ {
		words = append(words, "filler")
	}
	words[70] = "needle"
	sn := snippet(strings.Join(words, " "), []queryKey{{key: searchKey("needle")}}, 20)
	if len(sn.Marks) != 1 {
		t.Fatalf("marks = %v, want one", sn.Marks)
	}
	if got := string([]rune(sn.Text)[sn.Marks[0].Start:sn.Marks[0].End]); got != "needle" {
		t.Fatalf("mark covers %q, want needle", got)
	}
	if n := len(strings.Fields(sn.Text)); n > 24 {
		t.Fatalf("snippet has %d words, want about 20", n)
	}
}

func TestPairsAndVerdicts(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	c := MustClaim(t, s, "US forces will withdraw from Iraq")
	MustImport(t, s, c.ID, "a", "US forces will withdraw from Iraq by September 2025, officials said.")
	MustImport(t, s, c.ID, "b", "US forces will not withdraw from Iraq, the militia leader said.")
	pairs, err := s.Pairs(ctx, c.ID, PairFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(pairs) == 0 {
		t.Skip("the engine found no relation between the two statements; nothing to store")
	}
	p := pairs[0]
	if p.A.SourceID >= p.B.SourceID {
		t.Errorf("pair A from source %d, B from %d: A must be the older source", p.A.SourceID, p.B.SourceID)
	}
	if p.Verdict != ToCheck {
		t.Errorf("new pair verdict %q, want to_check", p.Verdict)
	}
	if err := s.SetVerdict(ctx, p.ID, Confirmed, "checked with the desk"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetVerdict(ctx, p.ID, "maybe", ""); !errors.Is(err, ErrInvalid) {
		t.Fatalf("unknown verdict: err = %v, want ErrInvalid", err)
	}
	if err := s.SetVerdict(ctx, 9999, Confirmed, ""); !errors.Is(err, ErrNotFound) {
		t.Fatalf("verdict on a missing pair: err = %v, want ErrNotFound", err)
	}
	v := Confirmed
	got, err := s.Pairs(ctx, c.ID, PairFilter{Verdict: &v})
	if err != nil || len(got) != 1 || got[0].Note != "checked with the desk" {
		t.Fatalf("pairs with verdict confirmed = %+v, %v", got, err)
	}
}

func TestNotesAndTags(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	c := MustClaim(t, s, "claim")
	src := MustImport(t, s, c.ID, "a", english)
	start, end := 0, 7
	n, err := s.AddNote(ctx, Note{ClaimID: c.ID, SourceID: &src.ID, Quote: "Reuters", Suffix: " reported", Start: &start, End: &end, Body: "check the wire"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddNote(ctx, Note{ClaimID: 999, Body: "x"}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("note on a missing claim: err = %v, want ErrNotFound", err)
	}
	if _, err := s.AddNote(ctx, Note{ClaimID: c.ID, Body: " "}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("empty note: err = %v, want ErrInvalid", err)
	}
	notes, err := s.Notes(ctx, c.ID)
	if err != nil || len(notes) != 1 || notes[0].ID != n.ID || *notes[0].End != 7 || notes[0].Suffix != " reported" {
		t.Fatalf("Notes = %+v, %v", notes, err)
	}
	for _, tag := range []string{"Iraq", "iraq", "troops"} {
		if err := s.TagClaim(ctx, c.ID, tag); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.TagSource(ctx, src.ID, "wire"); err != nil {
		t.Fatal(err)
	}
	tags, err := s.Tags(ctx, c.ID)
	if err != nil || strings.Join(tags, ",") != "Iraq,troops" {
		t.Fatalf("Tags = %v, %v; want Iraq,troops (case-insensitive)", tags, err)
	}
}

func TestOpenUnwritableFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write anywhere")
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	_, err := Open(filepath.Join(dir, "sub", "x.db"))
	if err == nil || !strings.Contains(err.Error(), dir) {
		t.Fatalf("Open in a read-only folder: err = %v; want an error naming %s", err, dir)
	}
}

func TestOpenNotADatabase(t *testing.T) {
	p := filepath.Join(t.TempDir(), "notes.db")
	if err := os.WriteFile(p, []byte(strings.Repeat("this is not sqlite\n", 200)), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Open(p)
	if err == nil || !strings.Contains(err.Error(), "not a Claimdiff archive") {
		t.Fatalf("Open of a text file: err = %v", err)
	}
}

// TestOpenRefusesAnotherProgramsDatabase checks that an SQLite file of
// another program is refused and left as it was, whether it has no
// user_version or one of its own.
func TestOpenRefusesAnotherProgramsDatabase(t *testing.T) {
	for name, setup := range map[string]string{
		"tables, no version":         `CREATE TABLE foo(x); INSERT INTO foo VALUES (1)`,
		"a version of its own":       `CREATE TABLE foo(x); PRAGMA user_version = 1`,
		"only a version, no journal": `CREATE TABLE bar(y); PRAGMA user_version = 7`,
	} {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "other.db")
			db, err := sql.Open("sqlite3", p)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := db.Exec(setup); err != nil {
				t.Fatal(err)
			}
			db.Close()
			before, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Open(p); err == nil || !strings.Contains(err.Error(), "another program") {
				t.Fatalf("Open: err = %v, want a refusal naming another program", err)
			}
			after, _ := os.ReadFile(p)
			if sha256.Sum256(before) != sha256.Sum256(after) {
				t.Error("the file changed")
			}
		})
	}
}

// TestOpenDoesNotWaitForAWriter checks that an up-to-date archive opens and
// reads while another connection holds its write lock (an import in
// another process): opening needs no write.
func TestOpenDoesNotWaitForAWriter(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	MustClaim(t, s, "Troops leave")
	s.Close()
	db, err := sql.Open("sqlite3", s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(ctx, `ROLLBACK`)
	s2, err := Open(s.Path())
	if err != nil {
		t.Fatalf("Open while another connection writes: %v", err)
	}
	defer s2.Close()
	if claims, err := s2.Claims(ctx); err != nil || len(claims) != 1 {
		t.Fatalf("claims %v, err %v", claims, err)
	}
}

func TestLoadSample(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	c, err := s.LoadSample(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Sources < 2 || c.Statements < c.Sources {
		t.Fatalf("sample claim %+v: want several sources with statements", c)
	}
	before := countRows(t, s)
	again, err := s.LoadSample(ctx)
	if err != nil || again.ID != c.ID {
		t.Fatalf("second LoadSample: %+v, %v", again, err)
	}
	if after := countRows(t, s); !equalCounts(before, after) {
		t.Fatalf("second LoadSample added rows: %v -> %v", before, after)
	}
	d, err := s.Claim(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	langs := map[string]int{}
	for _, src := range d.Sources {
		if src.Outlet == "" || src.Published.IsZero() || (src.Lang != "ar" && src.Lang != "en") {
			t.Errorf("sample source %+v lacks outlet, date or language", src)
		}
		langs[src.Lang]++
	}
	// Each account comes in the original Arabic and an English rendering.
	if langs["ar"] == 0 || langs["ar"] != langs["en"] {
		t.Errorf("sample sources by language: %v, want as many English as Arabic", langs)
	}
}

func TestOpenPathWithSpacesAndMarks(t *testing.T) {
	p := filepath.Join(t.TempDir(), "my archive #1", "a?b c.db")
	s, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	MustClaim(t, s, "claim")
	s.Close()
	if fi, err := os.Stat(p); err != nil || fi.Size() == 0 {
		t.Fatalf("archive not at %s: %v", p, err)
	}
	s, err = Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if has, err := s.HasClaims(context.Background()); err != nil || !has {
		t.Fatalf("reopened archive lost its claim: %v %v", has, err)
	}
}

// TestEnsureClaimMatchesTitlesAsReadersDo checks that EnsureClaim finds a
// claim whose title differs only in case, letter forms, tashkeel or spaces,
// and that it creates nothing when such a title matches two claims.
func TestEnsureClaimMatchesTitlesAsReadersDo(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	first, created, err := s.EnsureClaim(ctx, "القوات الأمريكية ستنسحب")
	if err != nil || !created {
		t.Fatalf("first: created %v, err %v", created, err)
	}
	for _, title := range []string{"القوات الأمريكية ستنسحب", "  القوات الامريكية   ستنسحب", "القُوّات الأمريكيه ستنسحب"} {
		c, created, err := s.EnsureClaim(ctx, title)
		if err != nil || created || c.ID != first.ID {
			t.Errorf("%q: claim %d created %v err %v, want claim %d", title, c.ID, created, err, first.ID)
		}
	}
	j, _, err := s.EnsureClaim(ctx, "Troops Leave")
	if err != nil {
		t.Fatal(err)
	}
	if c, created, err := s.EnsureClaim(ctx, "troops leave"); err != nil || created || c.ID != j.ID {
		t.Errorf("case: claim %d created %v err %v, want claim %d", c.ID, created, err, j.ID)
	}
	// Two titles that only case tells apart, made before this rule.
	if _, err := s.CreateClaim(ctx, "TROOPS LEAVE"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.EnsureClaim(ctx, "troops leave"); !errors.Is(err, ErrConflict) {
		t.Errorf("two matches: err %v, want ErrConflict", err)
	}
	claims, err := s.Claims(ctx)
	if err != nil || len(claims) != 3 {
		t.Errorf("%d claims (err %v), want 3: nothing created on a conflict", len(claims), err)
	}
}

// TestReadOnlyArchive checks that an archive whose file cannot be written
// opens to be read, and that a write fails with a *ReadOnlyError that says
// so and what to do, instead of SQLite's message.
func TestReadOnlyArchive(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	MustClaim(t, s, "Troops leave")
	path := s.Path()
	s.Close()
	if os.Geteuid() == 0 {
		// Root writes any file whatever its mode: the check is replaced.
		canWriteFile = func(string) bool { return false }
		defer func() { canWriteFile = canWrite }()
	} else if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	ro, err := Open(path)
	if err != nil {
		t.Fatalf("Open of a read-only archive: %v", err)
	}
	defer ro.Close()
	if !ro.ReadOnly() {
		t.Error("ReadOnly() is false")
	}
	if cs, err := ro.Claims(ctx); err != nil || len(cs) != 1 {
		t.Errorf("Claims: %v, %v; want the one claim", cs, err)
	}
	_, err = ro.CreateClaim(ctx, "Another")
	var re *ReadOnlyError
	if !errors.As(err, &re) || !strings.Contains(err.Error(), "read-only") || re.Hint() == "" {
		t.Errorf("CreateClaim: err = %v, want a *ReadOnlyError", err)
	}
}

// TestCanWrite checks the test of a file's write permission that Open
// uses. Root writes every file, so it is skipped there.
func TestCanWrite(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may write a file of any mode")
	}
	p := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if !canWrite(p) {
		t.Error("a 0644 file of ours is not writable")
	}
	os.Chmod(p, 0o444)
	if canWrite(p) {
		t.Error("a 0444 file is writable")
	}
}

// TestCheckPath checks the test Preferences make of a new archive
// location: an archive or a missing file pass, another program's file, a
// text file and a folder do not, and nothing is created or changed.
func TestCheckPath(t *testing.T) {
	dir := t.TempDir()
	s := MustOpen(t)
	archive := s.Path()
	s.Close()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("root:x:0:0:root:/root:/bin/bash\n"), 0o644)
	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite3", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE foo(x)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	missing := filepath.Join(dir, "new", "claims.db")
	for _, c := range []struct {
		path string
		ok   bool
	}{{archive, true}, {missing, true}, {text, false}, {other, false}, {dir, false}, {"", false}} {
		if err := CheckPath(c.path); (err == nil) != c.ok {
			t.Errorf("CheckPath(%q) = %v, want ok %v", c.path, err, c.ok)
		}
	}
	if _, err := os.Stat(filepath.Dir(missing)); err == nil {
		t.Error("CheckPath created the missing file's folder")
	}
}

// TestReportCarriesPairIDs: the report of a claim names each pair by its
// archive ID, the number the window and 'statements --contradictions' use.
func TestReportCarriesPairIDs(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	c, err := s.LoadSample(ctx)
	if err != nil {
		t.Fatal(err)
	}
	pairs, err := s.Pairs(ctx, c.ID, PairFilter{})
	if err != nil || len(pairs) == 0 {
		t.Fatalf("pairs: %d, %v", len(pairs), err)
	}
	ids := map[int64]bool{}
	for _, p := range pairs {
		ids[p.ID] = true
	}
	doc, err := s.Report(ctx, c.ID, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Pairs {
		if !ids[p.ID] {
			t.Errorf("report pair with ID %d, not a pair of the claim", p.ID)
		}
		delete(ids, p.ID)
	}
	if len(ids) != 0 {
		t.Errorf("%d pairs of the claim are not in its report", len(ids))
	}
}

// TestSameTextFromAnotherOutletIsAnAppearance: the same text imported from
// another outlet or address is kept once and recorded as an appearance of
// the first source; the same address again, or a file, is only a
// duplicate; appearances go with their claim.
func TestSameTextFromAnotherOutletIsAnAppearance(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	c := MustClaim(t, s, "Troops leave")
	text := "US forces will withdraw from Iraq by September 2025, officials said. The plan was agreed in Baghdad."
	wire := ingest.Doc{Name: "https://wire.example/a", URL: "https://wire.example/a", Outlet: "Wire", Title: "Troops to leave", Text: text, Method: ingest.MethodURL}
	first, dup, err := s.ImportSource(ctx, c.ID, wire)
	if err != nil || dup {
		t.Fatalf("first import: %v, duplicate %v", err, dup)
	}
	paper := ingest.Doc{Name: "https://paper.example/b", URL: "https://paper.example/b", Outlet: "Daily Paper", Author: "Staff", Title: "Troops to leave Iraq", Text: text, Method: ingest.MethodURL,
		Published: time.Date(2024, 9, 16, 1, 30, 0, 0, time.UTC)}
	again := wire
	again.Name = "wire again"
	amp := wire // the same outlet's AMP page: the same publication
	amp.URL, amp.Name = "https://amp.wire.example/a", "https://amp.wire.example/a"
	file := ingest.Doc{Name: "copy.txt", Title: "copy", Text: text, Method: ingest.MethodFile}
	docs := []ingest.Doc{paper, paper, again, amp, file}
	res, err := s.ImportEach(ctx, c.ID, len(docs), func(_ context.Context, i int) (ingest.Doc, error) { return docs[i], nil }, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []bool{true, false, false, false, false} {
		r := res[i]
		if r.Err != nil || !r.Duplicate || r.Source.ID != first.ID || r.Appearance != want {
			t.Errorf("import %d (%s): %+v, want a duplicate of source %d, appearance %v", i, docs[i].Name, r, first.ID, want)
		}
	}
	d, err := s.Claim(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Sources) != 1 {
		t.Fatalf("%d sources, want the text once", len(d.Sources))
	}
	as := d.Sources[0].Appearances
	if len(as) != 1 || as[0].Outlet != "Daily Paper" || as[0].URL != paper.URL || as[0].Author != "Staff" || !as[0].Published.Equal(paper.Published) {
		t.Errorf("appearances %+v, want the paper's", as)
	}
	one, err := s.Source(ctx, first.ID)
	if err != nil || len(one.Appearances) != 1 {
		t.Errorf("Source: %d appearances, %v", len(one.Appearances), err)
	}
	if err := s.DeleteClaim(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := s.ro.QueryRow(`SELECT count(*) FROM appearances`).Scan(&n); err != nil || n != 0 {
		t.Errorf("%d appearances left after deleting their claim (%v)", n, err)
	}
}

// TestPairsWholeListMatchesPages checks that the whole pair list, sorted
// outside SQLite, comes in the order the paged queries give (confidence,
// then ID), and that a statement in several pairs reads the same in each.
func TestPairsWholeListMatchesPages(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	c, err := s.LoadSample(ctx)
	if err != nil {
		t.Fatal(err)
	}
	whole, err := s.Pairs(ctx, c.ID, PairFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(whole) < 10 {
		t.Fatalf("the sample claim has %d pairs; the test needs ten or more", len(whole))
	}
	var paged []Pair
	for off := 0; ; off += 4 {
		page, err := s.Pairs(ctx, c.ID, PairFilter{Limit: 4, Offset: off})
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		paged = append(paged, page...)
	}
	if len(paged) != len(whole) {
		t.Fatalf("pages hold %d pairs, the whole list %d", len(paged), len(whole))
	}
	byID := map[int64]*Statement{}
	shared := 0
	for i := range whole {
		if whole[i].ID != paged[i].ID {
			t.Fatalf("pair %d: whole list has ID %d, pages %d", i, whole[i].ID, paged[i].ID)
		}
		for _, st := range []*Statement{whole[i].A, whole[i].B} {
			if prev, ok := byID[st.ID]; ok {
				shared++
				if prev != st {
					t.Errorf("statement %d is held twice by one list", st.ID)
				}
				if prev.Text != st.Text || prev.Speaker != st.Speaker || prev.SourceID != st.SourceID {
					t.Errorf("statement %d reads %q in one pair and %q in another", st.ID, prev.Text, st.Text)
				}
			}
			byID[st.ID] = st
		}
		if st := paged[i].A; st.Text != whole[i].A.Text {
			t.Errorf("pair %d: statement A %q in the whole list, %q in pages", whole[i].ID, whole[i].A.Text, st.Text)
		}
	}
	if shared == 0 {
		t.Error("no statement is in two pairs of the sample claim; the sharing was not exercised")
	}
}

// A write transaction's statements run on a context that is never
// cancelled (go-sqlite3 would run each on a goroutine of its own to be able
// to interrupt it), yet a cancelled write still stops at its next statement
// and leaves nothing behind; a read keeps its context, so that SQLite can
// interrupt a search no longer wanted.
func TestWriteStopsAtCancelAndRollsBack(t *testing.T) {
	s := MustOpen(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	err := s.write(ctx, func(tx *tx) error {
		c, err := tx.driverCtx(ctx)
		if err != nil || c.Done() != nil {
			t.Errorf("a write's statements run on a context that can be cancelled (%v)", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO claims (title, created_at, updated_at) VALUES ('first', ?, ?)`, tx.stamp(), tx.stamp()); err != nil {
			return err
		}
		cancel()
		_, err = tx.ExecContext(ctx, `INSERT INTO claims (title, created_at, updated_at) VALUES ('second', ?, ?)`, tx.stamp(), tx.stamp())
		return err
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("write cancelled between two statements: %v, want context.Canceled", err)
	}
	if n := countRows(t, s)["claims"]; n != 0 {
		t.Errorf("%d claims left by a cancelled write, want 0", n)
	}
	if err := s.write(ctx, func(*tx) error { t.Error("a write began on a cancelled context"); return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("write on a cancelled context: %v, want context.Canceled", err)
	}
	rctx, rcancel := context.WithCancel(context.Background())
	defer rcancel()
	if err := s.read(rctx, func(tx *tx) error {
		if c, _ := tx.driverCtx(rctx); c != rctx {
			t.Error("a read's statements do not run on its own context")
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}
