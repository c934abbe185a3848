package data

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/data/ingest"
)

func fileHash(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// atVersion builds an archive file whose schema is at version v, by applying
// the first v embedded migrations the way Open does.
func atVersion(t *testing.T, path string, v int) {
	t.Helper()
	db, err := sql.Open("sqlite3", dsn(path, false))
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	s := &Store{path: path, rw: db, Now: time.Now}
	if err := s.migrate(context.Background(), v); err != nil {
		t.Fatal(err)
	}
	db.Close()
}

func TestMigrations(t *testing.T) {
	latest, err := latestVersion()
	if err != nil {
		t.Fatal(err)
	}
	for v := 0; v <= latest; v++ {
		t.Run(fmt.Sprintf("from version %d", v), func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "a.db")
			if v > 0 {
				atVersion(t, p, v)
			}
			s, err := Open(p)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			got, err := s.SchemaVersion(context.Background())
			if err != nil || got != latest {
				t.Fatalf("schema version %d, %v; want %d", got, err, latest)
			}
			var n int
			if err := s.ro.QueryRow(`SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil || n != latest {
				t.Fatalf("schema_migrations has %d rows, %v; want %d", n, err, latest)
			}
			// The upgraded archive works.
			c := MustClaim(t, s, "claim")
			MustImport(t, s, c.ID, "a", english)
			if hits, err := s.Search(context.Background(), "agreement", SearchFilter{}); err != nil || len(hits) != 1 {
				t.Fatalf("search after migration: %d hits, %v", len(hits), err)
			}
		})
	}
}

func TestNewerSchemaRefusedUntouched(t *testing.T) {
	p := filepath.Join(t.TempDir(), "future.db")
	s, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	c := MustClaim(t, s, "claim")
	MustImport(t, s, c.ID, "a", english)
	latest, _ := latestVersion()
	if _, err := s.rw.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, latest+1)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	before := fileHash(t, p)
	_, err = Open(p)
	var se *SchemaError
	if !errors.Is(err, ErrNewerSchema) || !errors.As(err, &se) {
		t.Fatalf("Open of a newer archive: err = %v, want a *SchemaError", err)
	}
	if se.Found != latest+1 || se.Latest != latest || !strings.Contains(se.Hint(), "--db") {
		t.Fatalf("SchemaError %+v hint %q", se, se.Hint())
	}
	if after := fileHash(t, p); after != before {
		t.Fatal("the refused archive was modified")
	}
	if _, err := os.Stat(p + "-wal"); err == nil {
		if fi, _ := os.Stat(p + "-wal"); fi.Size() > 0 {
			t.Fatal("a WAL with content was left next to the refused archive")
		}
	}
}

func TestOpenPathUnderAFile(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "blocker")
	if err := os.WriteFile(blocker, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Open(filepath.Join(blocker, "claimdiff.db"))
	if err == nil || !strings.Contains(err.Error(), blocker) {
		t.Fatalf("Open under a file: err = %v; want an error naming %s", err, blocker)
	}
}

// The helper process of TestKillDuringImport: it imports many sources into
// one claim and prints "done <id>" after each commit.
func TestHelperImportProcess(t *testing.T) {
	path := os.Getenv("CLAIMDIFF_TEST_IMPORT_DB")
	if path == "" {
		t.Skip("helper process only")
	}
	s, err := Open(path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	ctx := context.Background()
	c, _, err := s.EnsureClaim(ctx, "US forces will withdraw from Iraq")
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	gen := newGenerator(7)
	for i := 0; ; i++ {
		d, _ := ingest.FromText(fmt.Sprintf("article-%d", i), gen.article(i, 30))
		src, _, err := s.ImportSource(ctx, c.ID, d)
		if err != nil {
			fmt.Println("error", err)
			os.Exit(3)
		}
		fmt.Printf("done %d\n", src.ID)
	}
}

func TestKillDuringImport(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	path := filepath.Join(t.TempDir(), "killed.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperImportProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), "CLAIMDIFF_TEST_IMPORT_DB="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var done []int64
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "error") {
			t.Fatalf("child: %s", line)
		}
		if id, ok := strings.CutPrefix(line, "done "); ok {
			n, _ := strconv.ParseInt(id, 10, 64)
			done = append(done, n)
			if len(done) == 40 {
				// Kill in the middle of the next import: no chance to
				// finish the transaction or close the file.
				if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
					t.Fatal(err)
				}
				break
			}
		}
	}
	cmd.Wait()
	if len(done) < 40 {
		t.Fatalf("child reported %d imports before it stopped", len(done))
	}

	s, err := Open(path)
	if err != nil {
		t.Fatalf("open after SIGKILL: %v", err)
	}
	defer s.Close()
	var check string
	if err := s.rw.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q, %v", check, err)
	}
	if _, err := s.rw.Exec(`INSERT INTO statements_fts (statements_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Fatalf("FTS5 index integrity: %v", err)
	}
	for _, id := range done {
		src, err := s.Source(context.Background(), id)
		if err != nil {
			t.Fatalf("source %d reported done is missing: %v", id, err)
		}
		sts, err := s.Statements(context.Background(), id)
		if err != nil || len(sts) != src.Statements || len(sts) == 0 {
			t.Fatalf("source %d: %d statements, %v", id, len(sts), err)
		}
	}
	// Whatever was half done is gone, not half there: every source has its
	// statements.
	var orphans int
	if err := s.ro.QueryRow(`SELECT count(*) FROM sources s WHERE NOT EXISTS (SELECT 1 FROM statements WHERE source_id = s.id)`).Scan(&orphans); err != nil || orphans != 0 {
		t.Fatalf("%d sources without statements, %v", orphans, err)
	}
}

// The helper process of TestConcurrentWriters: it writes claims and notes
// for a while and prints "ok N" or the first error.
func TestHelperWriterProcess(t *testing.T) {
	path := os.Getenv("CLAIMDIFF_TEST_WRITER_DB")
	if path == "" {
		t.Skip("helper process only")
	}
	s, err := Open(path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	n, err := writeFor(s, "child", 3*time.Second)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	fmt.Println("ok", n)
}

// writeFor imports, notes and renames for d, as the window and the command
// line would, and returns how many writes succeeded.
func writeFor(s *Store, who string, d time.Duration) (int, error) {
	ctx := context.Background()
	gen := newGenerator(int64(len(who)))
	deadline := time.Now().Add(d)
	n := 0
	for i := 0; time.Now().Before(deadline); i++ {
		c, _, err := s.EnsureClaim(ctx, fmt.Sprintf("%s claim %d", who, i%5))
		if err != nil {
			return n, err
		}
		doc, _ := ingest.FromText(fmt.Sprintf("%s-%d", who, i), gen.article(i, 8))
		if _, _, err := s.ImportSource(ctx, c.ID, doc); err != nil {
			return n, err
		}
		if _, err := s.AddNote(ctx, Note{ClaimID: c.ID, Body: fmt.Sprintf("note %d", i)}); err != nil {
			return n, err
		}
		if _, err := s.Search(ctx, "troops", SearchFilter{Limit: 5}); err != nil {
			return n, err
		}
		n += 3
	}
	return n, nil
}

func TestConcurrentWriters(t *testing.T) {
	if testing.Short() {
		t.Skip("writes for seconds")
	}
	path := filepath.Join(t.TempDir(), "shared.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWriterProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), "CLAIMDIFF_TEST_WRITER_DB="+path)
	var childOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &childOut, &childOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// A second Store in this process as well: three writers on one file.
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	var wg sync.WaitGroup
	errs := make([]error, 2)
	counts := make([]int, 2)
	for i, st := range []*Store{s, s2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counts[i], errs[i] = writeFor(st, fmt.Sprintf("parent%d", i), 3*time.Second)
		}()
	}
	wg.Wait()
	cmd.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("writer %d in this process: %v", i, err)
		}
	}
	if !strings.Contains(childOut.String(), "ok ") {
		t.Errorf("child writer: %s", childOut.String())
	}
	if counts[0] == 0 || counts[1] == 0 {
		t.Errorf("a writer made no progress: %v", counts)
	}
	t.Logf("writes: parent %v, child %s", counts, strings.TrimSpace(childOut.String()))
}

func TestBadInputWritesNothing(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	c := MustClaim(t, s, "claim")
	MustImport(t, s, c.ID, "good", english)
	dir := t.TempDir()
	files := map[string][]byte{
		"binary.bin":   {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0},
		"invalid.txt":  []byte("broken \xff\xfe \xc3\x28"), // not at the start: there FF FE is a UTF-16 byte order mark
		"empty.txt":    {},
		"big.txt":      bytes.Repeat([]byte("troops "), ingest.MaxBytes/7+1),
		"scripts.html": []byte(`<html><head><script>` + strings.Repeat("var a=1;", 200) + `</script></head><body><script>b()</script><noscript></noscript></body></html>`),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		// Under the page limit, but with more text than a text may have.
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><p>" + strings.Repeat("troops ", ingest.MaxBytes/7+10) + "</p></body></html>"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	unreachable := "http://" + l.Addr().String() + "/"
	l.Close()

	before := countRows(t, s)
	var inputs []string
	for name, b := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, p)
	}
	inputs = append(inputs, srv.URL+"/big", unreachable, "ftp://example.com/a.txt")
	for _, in := range inputs {
		var d ingest.Doc
		var err error
		if strings.Contains(in, "://") {
			d, err = ingest.FromURL(ctx, in, ingest.Options{Timeout: 2 * time.Second})
		} else {
			d, err = ingest.FromFile(in)
		}
		if err == nil {
			_, _, err = s.ImportSource(ctx, c.ID, d)
		}
		if err == nil {
			t.Errorf("%s: imported, want an error", in)
			continue
		}
		msg := err.Error()
		if len(msg) < 10 || strings.Contains(msg, "%!") {
			t.Errorf("%s: unclear message %q", in, msg)
		}
	}
	if after := countRows(t, s); !equalCounts(before, after) {
		t.Fatalf("bad inputs changed the archive: before %v after %v", before, after)
	}
	// Empty text handed straight to the store is refused too.
	if _, _, err := s.ImportSource(ctx, c.ID, ingest.Doc{Name: "x", Text: "  "}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("blank Doc: err = %v, want ErrInvalid", err)
	}
}
