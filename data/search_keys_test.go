package data

import (
	"context"
	"database/sql"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// splitWords is words' output as the substrings it names by rune offsets.
func splitWords(s string) []string {
	r := []rune(s)
	var out []string
	words(s, func(_ string, start, end int) { out = append(out, string(r[start:end])) })
	return out
}

func TestWordsKeepNumbersAndAbbreviationsWhole(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"2,500 troops", []string{"2,500", "troops"}},
		{"$2,500, then", []string{"2,500", "then"}},
		{"sent 2,500.", []string{"sent", "2,500"}},
		{"1,000,000 people", []string{"1,000,000", "people"}},
		{"2٬500 جندي", []string{"2٬500", "جندي"}},
		{"٢٬٥٠٠ جندي", []string{"٢٬٥٠٠", "جندي"}},
		{"۲٬۵۰۰", []string{"۲٬۵۰۰"}},
		{"و2,500", []string{"و2,500"}},
		{"2,500.75", []string{"2,500.75"}},
		{"2.5 percent", []string{"2.5", "percent"}},
		{"٢٫٥ بالمئة", []string{"٢٫٥", "بالمئة"}},
		// A separator between a digit and other than three digits ends the word.
		{"2,5", []string{"2", "5"}},
		{"1,2,3", []string{"1", "2", "3"}},
		{"12,3456", []string{"12", "3456"}},
		{"1,000,20", []string{"1,000", "20"}},
		{"2, 500", []string{"2", "500"}},
		{"2 brigades and 500 advisers", []string{"2", "brigades", "and", "500", "advisers"}},
		// More than one decimal point: a date or a version, left apart.
		{"29.11.2026", []string{"29", "11", "2026"}},
		{"1.2.3", []string{"1", "2", "3"}},
		{"in 2024. 5 more", []string{"in", "2024", "5", "more"}},
		// Abbreviations of single letters.
		{"the U.S. embassy", []string{"the", "U.S.", "embassy"}},
		{"U.N.", []string{"U.N."}},
		{"U.S.A.", []string{"U.S.A."}},
		{"U.S", []string{"U.S"}},
		{"x a.b.c.d.e. y", []string{"x", "a.b.c.d.e.", "y"}},
		{"U.Sa.", []string{"U", "Sa"}},
		{"e.g., this", []string{"e.g.", "this"}},
		{"U.S.-led", []string{"U.S.", "led"}},
		{"so did I. Then", []string{"so", "did", "I", "Then"}},
		{"Mr.Smith", []string{"Mr", "Smith"}},
		{"end.A new", []string{"end", "A", "new"}},
		{"a.bc", []string{"a", "bc"}},
		{"U.S.The", []string{"U.S", "The"}},
		{"ا.ب", []string{"ا", "ب"}},
	} {
		if got := splitWords(c.in); !slices.Equal(got, c.want) {
			t.Errorf("words(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSearchKeysOfNumbersAndAbbreviations(t *testing.T) {
	same := [][]string{
		{"2500", "2,500", "2٬500", "٢٬٥٠٠", "۲٬۵۰۰", "٢٥٠٠"},
		{"1000000", "1,000,000", "١٬٠٠٠٬٠٠٠"},
		{"2.5", "٢٫٥", "2٫5"},
		{"2500.75", "2,500.75"},
		{"us", "US", "U.S.", "u.s", "U.S"},
		{"un", "UN", "U.N."},
		{"usa", "USA", "U.S.A."},
	}
	keyOf := func(s string) string {
		var ks []string
		words(s, func(w string, _, _ int) { ks = append(ks, searchKey(w)) })
		if len(ks) != 1 {
			t.Fatalf("%q is %d words %q, want one", s, len(ks), ks)
		}
		return ks[0]
	}
	var keys []string
	for _, group := range same {
		k := keyOf(group[0])
		for _, w := range group[1:] {
			if got := keyOf(w); got != k {
				t.Errorf("key of %q = %q, want %q as for %q", w, got, k, group[0])
			}
		}
		keys = append(keys, k)
	}
	// Keys of different groups differ, and a decimal differs from the
	// number without its point.
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if keys[i] == keys[j] {
				t.Errorf("%q and %q share the key %q", same[i][0], same[j][0], keys[i])
			}
		}
	}
	if keyOf("2.5") == keyOf("25") || keyOf("2.5") == keyOf("2.50") {
		t.Errorf("2.5 has the key of 25 or of 2.50: %q", keyOf("2.5"))
	}
}

// TestSearchKeysAreOneFTSToken asks FTS5 itself: the tokenizer of the
// archive's tables must see each key as one token, or a phrase of keys
// would shift.
func TestSearchKeysAreOneFTSToken(t *testing.T) {
	for _, w := range []string{"2,500", "2.5", "٢٫٥", "U.S.", "2,500.75", "أمريكا"} {
		if k := searchKey(w); strings.ContainsFunc(k, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != decimalMark
		}) {
			t.Errorf("key %q of %q holds a separator", k, w)
		}
	}
	// A scratch FTS5 table with the archive's tokenizer: the key must
	// match as a phrase of one token and not as its pieces.
	db, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE VIRTUAL TABLE f USING fts5 (x, tokenize = 'unicode61 remove_diacritics 0');
		CREATE VIRTUAL TABLE v USING fts5vocab (f, 'row')`); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"2.5", "2,500.75", "٢٫٥"} {
		k := searchKey(w)
		if _, err := db.Exec(`DELETE FROM f; INSERT INTO f (x) VALUES (?)`, k); err != nil {
			t.Fatal(err)
		}
		var terms []string
		rows, err := db.Query(`SELECT term FROM v`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var term string
			rows.Scan(&term)
			terms = append(terms, term)
		}
		rows.Close()
		if len(terms) != 1 || terms[0] != k {
			t.Errorf("FTS5 tokens of the key of %q (%q) = %q, want the key alone", w, k, terms)
		}
	}
}

func TestSearchFindsNumbersAndAbbreviations(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	texts := map[string]string{
		"comma":    "Officials said 2,500 troops would stay in Iraq.",
		"plain":    "The ministry counted 2500 soldiers at the base.",
		"apart":    "The army sent 2 brigades and 500 advisers to the north.",
		"ar-indic": "قال المسؤول إن ٢٬٥٠٠ جندي سيبقون في العراق.",
		"ar-sep":   "وأضاف المسؤول أن 2٬500 عنصر وصلوا إلى القاعدة.",
		"dotted":   "The U.S. embassy denied the report.",
		"bare":     "US officials confirmed the report.",
		"decimal":  "Growth reached 2.5 percent last year.",
		"whole":    "Inflation reached 25 percent last year.",
		"nations":  "The U.N. envoy met the minister.",
	}
	found := searchNamed(t, s, texts)
	numbers := []string{"ar-indic", "ar-sep", "comma", "plain"}
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"2500", numbers},
		{"2,500", numbers},
		{"2٬500", numbers},
		{"٢٬٥٠٠", numbers},
		{"٢٥٠٠", numbers},
		{`"2,500 troops"`, []string{"comma"}},
		{"US", []string{"bare", "dotted"}},
		{"U.S.", []string{"bare", "dotted"}},
		{"u.s", []string{"bare", "dotted"}},
		{"UN", []string{"nations"}},
		{"U.N.", []string{"nations"}},
		{"2.5", []string{"decimal"}},
		{"٢٫٥", []string{"decimal"}},
		{"25", []string{"whole"}},
		{"500", []string{"apart"}},
		{"2 500", []string{"apart"}},
		// Everything else as before.
		{"withdr*", nil},
		{"advis*", []string{"apart"}},
		{"الجنود", nil},
		{"المسؤولين", []string{"ar-indic", "ar-sep"}},
	} {
		if got := found(c.q); !slices.Equal(got, c.want) {
			t.Errorf("Search(%q) found %q, want %q", c.q, got, c.want)
		}
	}
	// Snippets mark the words as written.
	for _, c := range []struct{ q, name, mark string }{
		{"2500", "comma", "[2,500]"},
		{"2,500", "plain", "[2500]"},
		{"2500", "ar-indic", "[٢٬٥٠٠]"},
		{"٢٬٥٠٠", "ar-sep", "[2٬500]"},
		{"US", "dotted", "[U.S.]"},
		{"U.S.", "bare", "[US]"},
		{"2.5", "decimal", "[2.5]"},
	} {
		hits, err := s.Search(ctx, c.q, SearchFilter{})
		if err != nil {
			t.Fatal(err)
		}
		var got string
		for _, h := range hits {
			if h.Statement.Text == texts[c.name] {
				got = h.Snippet.Marked("[", "]")
			}
		}
		if !strings.Contains(got, c.mark) || strings.Count(got, "[") != 1 {
			t.Errorf("Search(%q): snippet of %s is %q, want %s marked alone", c.q, c.name, got, c.mark)
		}
	}
	// Sources are searched with the same keys.
	src, err := s.SearchSources(ctx, "2500", SearchFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(src) != 4 {
		t.Errorf("SearchSources(2500) found %d sources, want 4", len(src))
	}
}

// oldNorm is the norm Claimdiff wrote before schema version 3: a word was
// a run of word runes, so every separator split it.
func oldNorm(s string) string {
	var ks []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !textnorm.IsWordRune(r) }) {
		if k := searchKey(w); k != "" {
			ks = append(ks, k)
		}
	}
	return strings.Join(ks, " ")
}

// TestOpenReindexesVersion2Archive writes an archive as the version 2
// program did (schema 1-2, keys split at every separator), opens it with
// this one, and finds its numbers and abbreviations by the new keys.
func TestOpenReindexesVersion2Archive(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	atVersion(t, path, 2)
	texts := []string{
		"Officials said 2,500 troops would stay.",
		"The U.S. embassy denied it.",
		"قال المسؤول إن ٢٬٥٠٠ جندي سيبقون.",
		"The army sent 2 brigades and 500 advisers.",
	}
	body := strings.Join(texts, "\n")
	db, err := sql.Open("sqlite3", dsn(path, false))
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339)
	if _, err := db.Exec(`INSERT INTO claims (id, title, created_at, updated_at) VALUES (1, 'claim', ?, ?)`, now, now); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO sources (id, claim_id, title, text, sha256, imported_at, import_method)
		VALUES (1, 1, 'Troops 2,500', ?, 'x', ?, 'paste')`, body, now); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO sources_fts (rowid, title, body) VALUES (1, ?, ?)`, oldNorm("Troops 2,500"), oldNorm(body)); err != nil {
		t.Fatal(err)
	}
	pos := 0
	for i, tx := range texts {
		n := utf8.RuneCountInString(tx)
		if _, err := db.Exec(`INSERT INTO statements (source_id, claim_id, seq, start_rune, end_rune, text, norm)
			VALUES (1, 1, ?, ?, ?, ?, ?)`, i, pos, pos+n, tx, oldNorm(tx)); err != nil {
			t.Fatal(err)
		}
		pos += n + 1
	}
	if _, err := db.Exec(`INSERT INTO statements_fts (rowid, norm) SELECT id, norm FROM statements`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	latest, _ := latestVersion()
	if v, err := s.SchemaVersion(ctx); err != nil || v != latest || latest < 3 {
		t.Fatalf("schema version %d, %v; want %d, at least 3", v, err, latest)
	}
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"2500", []string{texts[0], texts[2]}},
		{"٢٬٥٠٠", []string{texts[0], texts[2]}},
		{"US", []string{texts[1]}},
		{"500", []string{texts[3]}},
	} {
		hits, err := s.Search(ctx, c.q, SearchFilter{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.Statement.Text)
		}
		slices.Sort(got)
		want := slices.Sorted(slices.Values(c.want))
		if !slices.Equal(got, want) {
			t.Errorf("after re-indexing, Search(%q) found %q, want %q", c.q, got, want)
		}
	}
	if src, err := s.SearchSources(ctx, "2500", SearchFilter{}); err != nil || len(src) != 1 {
		t.Errorf("after re-indexing, SearchSources(2500) = %d sources, %v; want 1", len(src), err)
	}
	var titleKeys string
	if err := s.ro.QueryRow(`SELECT title FROM sources_fts WHERE rowid = 1`).Scan(&titleKeys); err != nil || titleKeys != searchNorm("Troops 2,500") {
		t.Errorf("sources_fts title %q, %v; want %q", titleKeys, err, searchNorm("Troops 2,500"))
	}
	// The external-content index agrees with statements.norm.
	if _, err := s.rw.Exec(`INSERT INTO statements_fts (statements_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("statements_fts after re-indexing: %v", err)
	}
	if _, err := s.rw.Exec(`INSERT INTO sources_fts (sources_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("sources_fts after re-indexing: %v", err)
	}
	// Version 3 is not re-indexed again: a key written now stays.
	if _, err := s.rw.Exec(`UPDATE statements SET norm = 'sentinel' WHERE seq = 0`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var norm string
	if err := s.ro.QueryRow(`SELECT norm FROM statements WHERE seq = 0`).Scan(&norm); err != nil || norm != "sentinel" {
		t.Errorf("reopening a version 3 archive changed a norm to %q (%v); want it untouched", norm, err)
	}
	var runs int
	if err := s.ro.QueryRow(`SELECT count(*) FROM schema_migrations WHERE version = 3`).Scan(&runs); err != nil || runs != 1 {
		t.Errorf("schema_migrations holds version 3 %d times, %v; want once", runs, err)
	}
}

// FuzzWords: whatever the text, words are in order, do not overlap, are
// what their offsets name, and their keys are single FTS5 tokens.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"2,500 troops", "٢٬٥٠٠", "U.S.A.", "1,2,3", "29.11.2026", "2.5", "a.b.c.", "ـ٫٬", "9,999,", "x.Y.", "\xff.a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := []rune(s)
		last := 0
		words(s, func(w string, start, end int) {
			if start < last || end <= start || end > len(r) {
				t.Fatalf("words(%q): word %q at [%d,%d) after %d", s, w, start, end, last)
			}
			if got := string(r[start:end]); got != w && utf8.ValidString(s) {
				t.Fatalf("words(%q): word %q but offsets name %q", s, w, got)
			}
			last = end
			if strings.ContainsFunc(searchKey(w), func(r rune) bool {
				return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != decimalMark
			}) {
				t.Fatalf("words(%q): key of %q holds a separator", s, w)
			}
		})
	})
}

// BenchmarkReindex100k: opening an archive of 100,000 statements indexed
// at schema version 2 (keys split at every separator, as the old program
// wrote them), which re-indexes it once (reindexSearch). Each operation
// opens a fresh copy; ms-open is the median of Open alone.
func BenchmarkReindex100k(b *testing.B) {
	if testing.Short() {
		b.Skip("builds a 100,000-statement archive")
	}
	dir := b.TempDir()
	old := filepath.Join(dir, "v2.db")
	copyFile(b, buildBig(b, 100_000), old)
	db, err := sql.Open("sqlite3", dsn(old, false))
	if err != nil {
		b.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	changed, err := writeOldKeys(db)
	if err != nil {
		b.Fatal(err)
	}
	db.Close()
	b.Logf("%d statements and sources had keys that version 3 changes", changed)
	var ds []time.Duration
	for b.Loop() {
		b.StopTimer()
		p := filepath.Join(dir, "copy.db")
		copyFile(b, old, p)
		b.StartTimer()
		t0 := time.Now()
		s, err := Open(p)
		ds = append(ds, time.Since(t0))
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
	slices.Sort(ds)
	b.ReportMetric(float64(ds[len(ds)/2].Microseconds())/1000, "ms-open")
}

// writeOldKeys turns an archive back into what version 2 wrote: the keys
// of oldNorm and user_version 2. It returns how many rows it changed.
func writeOldKeys(db *sql.DB) (int, error) {
	tx, err := db.Begin()
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	type row struct {
		id   int64
		a, b string
	}
	var st, src []row
	rows, err := tx.Query(`SELECT id, text, norm FROM statements`)
	if err != nil {
		return 0, err
	}
	for rows.Next() {
		var r row
		var norm string
		if err := rows.Scan(&r.id, &r.a, &norm); err != nil {
			return 0, err
		}
		if r.a = oldNorm(r.a); r.a != norm {
			st = append(st, r)
		}
	}
	rows.Close()
	rows, err = tx.Query(`SELECT s.id, s.title, s.text, f.body FROM sources s JOIN sources_fts f ON f.rowid = s.id`)
	if err != nil {
		return 0, err
	}
	for rows.Next() {
		var r row
		var body string
		if err := rows.Scan(&r.id, &r.a, &r.b, &body); err != nil {
			return 0, err
		}
		if r.a, r.b = oldNorm(r.a), oldNorm(r.b); r.b != body {
			src = append(src, r)
		}
	}
	rows.Close()
	for _, r := range st {
		if _, err := tx.Exec(`UPDATE statements SET norm = ? WHERE id = ?`, r.a, r.id); err != nil {
			return 0, err
		}
	}
	for _, r := range src {
		if _, err := tx.Exec(`DELETE FROM sources_fts WHERE rowid = ?`, r.id); err != nil {
			return 0, err
		}
		if _, err := tx.Exec(`INSERT INTO sources_fts (rowid, title, body) VALUES (?, ?, ?)`, r.id, r.a, r.b); err != nil {
			return 0, err
		}
	}
	if _, err := tx.Exec(`DELETE FROM schema_migrations WHERE version > 2; PRAGMA user_version = 2`); err != nil {
		return 0, err
	}
	return len(st) + len(src), tx.Commit()
}

func copyFile(tb testing.TB, from, to string) {
	tb.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o600); err != nil {
		tb.Fatal(err)
	}
	os.Remove(to + "-wal")
	os.Remove(to + "-shm")
}

// BenchmarkSearchNorm: the search keys of a generated 30-sentence article
// (about 3 KB), as an import computes them for its body.
func BenchmarkSearchNorm(b *testing.B) {
	text := newGenerator(3).article(0, 30)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		normWith(text, map[string]string{})
	}
}

// TestSearchFindsEnglishWordForms: an English word finds its other forms
// (withdraw, withdrawal, withdrawing; election, elected), alone, with
// other words and with a phrase; a short word finds only itself.
func TestSearchFindsEnglishWordForms(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	texts := map[string]string{
		"withdrawal":  "The withdrawal of the coalition was agreed in Baghdad.",
		"withdraw":    "The coalition will withdraw from the base next year.",
		"withdrawing": "Officials are withdrawing advisers from the north.",
		"election":    "The election was postponed by the commission.",
		"elected":     "The council elected a new speaker on Sunday.",
		"planet":      "A planet was seen from the observatory.",
		"plan":        "The plan was approved by parliament.",
	}
	wantFound(t, searchNamed(t, s, texts), []searchCase{
		{"withdrawal", []string{"withdraw", "withdrawal", "withdrawing"}},
		{"withdraw", []string{"withdraw", "withdrawal", "withdrawing"}},
		{"withdrawing", []string{"withdraw", "withdrawal", "withdrawing"}},
		{"elections", []string{"elected", "election"}},
		{"plan", []string{"plan"}},
		{"coalition withdrawal", []string{"withdraw", "withdrawal"}},
		{`"the coalition" withdrawing`, []string{"withdraw", "withdrawal"}},
	})
	// The snippet marks the other forms too.
	hits, err := s.Search(ctx, "withdrawal", SearchFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if len(h.Snippet.Marks) == 0 {
			t.Errorf("no word marked in %q", h.Snippet.Text)
		}
	}
}

// searchCase is a query and the names of the statements it must find,
// sorted (searchNamed).
type searchCase struct {
	q   string
	all []string
}

// wantFound checks that search finds, for each case, exactly its names.
func wantFound(t *testing.T, search func(q string) []string, cases []searchCase) {
	t.Helper()
	for _, c := range cases {
		if got := search(c.q); !slices.Equal(got, c.all) {
			t.Errorf("Search(%q) found %v, want %v", c.q, got, c.all)
		}
	}
}

// searchNamed imports each of texts (name -> text) as a source of a new
// claim in s and returns a search of the archive that gives the names of
// the statements found, sorted; a hit that is none of them fails the test.
func searchNamed(t *testing.T, s *Store, texts map[string]string) func(q string) []string {
	t.Helper()
	c := MustClaim(t, s, "claim")
	names := map[string]string{} // statement text -> name
	for _, name := range slices.Sorted(maps.Keys(texts)) {
		MustImport(t, s, c.ID, name, texts[name])
		names[texts[name]] = name
	}
	return func(q string) []string {
		t.Helper()
		hits, err := s.Search(context.Background(), q, SearchFilter{})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, h := range hits {
			n, ok := names[h.Statement.Text]
			if !ok {
				t.Fatalf("Search(%q) found %q, not one of the imported statements", q, h.Statement.Text)
			}
			out = append(out, n)
		}
		slices.Sort(out)
		return out
	}
}

// TestSearchFindsArabicWordsPastTwoClitics checks that a word written with
// "and", a preposition and the article ("وبالحبس", "وللمدارس") is found by
// the word alone, and finds it.
func TestSearchFindsArabicWordsPastTwoClitics(t *testing.T) {
	s := MustOpen(t)
	texts := map[string]string{
		"prison":  "وكانت المادة تعاقب بالغرامة وبالحبس مدة سنة.",
		"schools": "وأعلنت الوزارة إرسال كتب جديدة وللمدارس حصة منها.",
		"budget":  "ناقش المجلس الموازنة العامة يوم الأحد.",
	}
	wantFound(t, searchNamed(t, s, texts), []searchCase{
		{"الحبس", []string{"prison"}},
		{"وبالحبس", []string{"prison"}},
		{"المدارس", []string{"schools"}},
	})
}
