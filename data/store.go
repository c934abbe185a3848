package data

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/mattn/go-sqlite3"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Errors callers test with errors.Is.
var (
	// ErrNotFound: the claim, source, statement, pair or note does not exist.
	ErrNotFound = errors.New("not found")
	// ErrConflict: the change would break a uniqueness rule (a second claim
	// with the same title, for example).
	ErrConflict = errors.New("already exists")
	// ErrInvalid: the input breaks a rule of the archive (empty title,
	// unknown verdict...).
	ErrInvalid = errors.New("invalid")
	// ErrNewerSchema: the file was written by a newer Claimdiff.
	ErrNewerSchema = errors.New("this archive was written by a newer Claimdiff")
)

// SchemaError reports an archive whose schema this program cannot use. It
// matches ErrNewerSchema with errors.Is.
type SchemaError struct {
	Path          string
	Found, Latest int // schema version in the file, newest this program knows
}

func (e *SchemaError) Error() string {
	return fmt.Sprintf("%s (schema version %d, this program knows up to %d): %s",
		ErrNewerSchema.Error(), e.Found, e.Latest, e.Path)
}

// Is makes errors.Is(err, ErrNewerSchema) true.
func (e *SchemaError) Is(target error) bool { return target == ErrNewerSchema }

// Hint says what the user can do.
func (e *SchemaError) Hint() string {
	return "Update Claimdiff, or open another file with --db."
}

// Store is an open archive. Create it with Open and Close it when done.
type Store struct {
	path string
	rw   *sql.DB // one connection: the only writer
	ro   *sql.DB // read-only pool

	// Now returns the current time; tests replace it.
	Now func() time.Time

	idxMu sync.Mutex
	idx   map[int64]*claimIndex // pairing indexes of recently imported claims

	// writes numbers this Store's write transactions, so that a cached
	// index can tell whether anything was written since it was used.
	writes atomic.Uint64

	readOnly bool // the file cannot be written: every write fails with a *ReadOnlyError
}

// Open opens the archive at path, creating its folder (0700) and the file
// when missing, and brings its schema up to date. A file from a newer
// Claimdiff is refused with a *SchemaError and left untouched.
func Open(path string) (*Store, error) {
	if path == "" {
		return nil, fmt.Errorf("open archive: %w: empty path", ErrInvalid)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open archive: %w", err)
	}
	dir := filepath.Dir(abs)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("cannot create the archive folder %s: %w", dir, unwrapPath(err))
	}
	if err := checkWritable(dir, abs); err != nil {
		return nil, err
	}
	latest, err := latestVersion()
	if err != nil {
		return nil, err
	}
	// Look before touching: opening for writing in WAL mode would rewrite the
	// header of a file we must refuse.
	v, err := peekVersion(abs)
	if err != nil {
		return nil, err
	} else if v > latest {
		return nil, &SchemaError{Path: abs, Found: v, Latest: latest}
	}
	// A file the system will not let us write (its permissions, an
	// immutable flag, a read-only disk) still opens, to be read and
	// searched; writes then fail with a sentence instead of SQLite's.
	readOnly := !canWriteFile(abs)
	if readOnly && v < latest {
		return nil, &ReadOnlyError{Path: abs, Upgrade: true}
	}

	rw, err := sql.Open("sqlite3", dsn(abs, false))
	if err != nil {
		return nil, fmt.Errorf("open archive %s: %w", abs, err)
	}
	rw.SetMaxOpenConns(1)
	rw.SetConnMaxIdleTime(0)
	s := &Store{path: abs, rw: rw, Now: time.Now, readOnly: readOnly}
	// An archive that is up to date needs no write: opening it must not
	// wait for another program's import to finish.
	if v < latest {
		if err := s.migrate(context.Background(), latest); err != nil {
			rw.Close()
			if busy(err) {
				return nil, &BusyError{Path: abs, Err: err}
			}
			return nil, err
		}
	}
	ro, err := sql.Open("sqlite3", dsn(abs, true))
	if err != nil {
		rw.Close()
		return nil, fmt.Errorf("open archive %s: %w", abs, err)
	}
	ro.SetMaxOpenConns(4)
	s.ro = ro
	return s, nil
}

// Path is the archive's file.
func (s *Store) Path() string { return s.path }

// ReadOnly reports whether the archive's file could not be opened for
// writing: it can be read, searched and exported, and every write fails
// with a *ReadOnlyError.
func (s *Store) ReadOnly() bool { return s.readOnly }

// ReadOnlyError reports a write to an archive whose file cannot be
// written, or an archive too old to open without writing.
type ReadOnlyError struct {
	Path    string
	Upgrade bool // the archive needs a schema upgrade to open
	Err     error
}

func (e *ReadOnlyError) Error() string {
	if e.Upgrade {
		return fmt.Sprintf("the archive %s is read-only, and this Claimdiff must upgrade it to open it", e.Path)
	}
	return fmt.Sprintf("the archive %s is read-only: nothing can be saved to it", e.Path)
}

func (e *ReadOnlyError) Unwrap() error { return e.Err }

// Hint says what the user can do.
func (e *ReadOnlyError) Hint() string {
	return "Make the file writable, or choose another archive file (--db, or Preferences › Archive file in the window)."
}

// canWriteFile is canWrite; a test that runs as root, which every file
// lets write, replaces it.
var canWriteFile = canWrite

// canWrite reports whether path, when it exists, opens for writing.
func canWrite(path string) bool {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return !errors.Is(err, fs.ErrPermission) && !errors.Is(err, syscall.EROFS)
	}
	f.Close()
	return true
}

// CheckPath says whether path can be an archive, without creating or
// changing anything: a Claimdiff archive this version can open, or a
// file that does not exist yet (Open creates it). Preferences check a new
// archive location with it before storing it.
func CheckPath(path string) error {
	if path == "" {
		return fmt.Errorf("%w: empty path", ErrInvalid)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	if fi, err := os.Stat(abs); err == nil && fi.IsDir() {
		return fmt.Errorf("the archive path %s is a folder, not a file: %w", abs, ErrInvalid)
	}
	latest, err := latestVersion()
	if err != nil {
		return err
	}
	v, err := peekVersion(abs)
	if err != nil {
		return err
	}
	if v > latest {
		return &SchemaError{Path: abs, Found: v, Latest: latest}
	}
	return nil
}

// Close closes both pools.
func (s *Store) Close() error {
	var errs []error
	if s.ro != nil {
		errs = append(errs, s.ro.Close())
	}
	if s.rw != nil {
		errs = append(errs, s.rw.Close())
	}
	return errors.Join(errs...)
}

// dsn puts every per-connection setting in the URL so that each pooled
// connection gets it (a PRAGMA sent with Exec reaches one connection only).
func dsn(path string, readOnly bool) string {
	v := url.Values{}
	v.Set("_fk", "1")
	v.Set("_busy_timeout", "10000")
	v.Set("_synchronous", "NORMAL")
	// 32 MiB of page cache for the writing connection keeps the pages an
	// import touches again and again in memory. The reading connections
	// keep 256 KiB each: the system's file cache serves their pages as
	// fast (search of 100,000 statements and opening a claim of 1,000 timed
	// the same with 2 MiB and 256 KiB, alternating in one run, as they had
	// with 32 MiB and 2 MiB), and each page a window had read stayed in its
	// memory: 2 MiB caches held 1.5 MB more of a claim of 200 sources.
	v.Set("_cache_size", "-32768")
	if readOnly {
		v.Set("_cache_size", "-256")
		v.Set("mode", "ro")
	} else {
		v.Set("mode", "rwc")
		v.Set("_journal_mode", "WAL")
		v.Set("_txlock", "immediate")
	}
	u := url.URL{Scheme: "file", Opaque: (&url.URL{Path: path}).EscapedPath(), RawQuery: v.Encode()}
	return u.String()
}

// checkWritable turns the driver's "unable to open database file" into a
// sentence naming the folder.
func checkWritable(dir, file string) error {
	if fi, err := os.Stat(file); err == nil {
		if fi.IsDir() {
			return fmt.Errorf("the archive path %s is a folder, not a file: %w", file, ErrInvalid)
		}
	}
	f, err := os.CreateTemp(dir, ".claimdiff-write-test-*")
	if err != nil {
		return fmt.Errorf("cannot write in the archive folder %s: %w", dir, unwrapPath(err))
	}
	name := f.Name()
	f.Close()
	os.Remove(name)
	return nil
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// peekVersion reads the schema version of an existing file through a
// read-only connection without journal settings; 0 for a missing or empty
// file.
func peekVersion(path string) (int, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) || (err == nil && fi.Size() == 0) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("open archive: %w", err)
	}
	u := url.URL{Scheme: "file", Opaque: (&url.URL{Path: path}).EscapedPath(), RawQuery: "mode=ro&_busy_timeout=10000"}
	db, err := sql.Open("sqlite3", u.String())
	if err != nil {
		return 0, fmt.Errorf("open archive %s: %w", path, err)
	}
	defer db.Close()
	var v, objects, ours int
	err = db.QueryRow(`PRAGMA user_version`).Scan(&v)
	if err == nil {
		// Claimdiff's migrations set user_version and fill
		// schema_migrations in one transaction: a file with tables and
		// no version, or a version and no schema_migrations, is another
		// program's database, which opening would change.
		err = db.QueryRow(`SELECT count(*), count(CASE WHEN type = 'table' AND name = 'schema_migrations' THEN 1 END)
			FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'`).Scan(&objects, &ours)
	}
	if err != nil {
		var se sqlite3.Error
		if errors.As(err, &se) && se.Code == sqlite3.ErrNotADB {
			return 0, &notArchiveError{path: path, why: "not an SQLite database", err: err}
		}
		if errors.As(err, &se) && se.Code == sqlite3.ErrCorrupt {
			return 0, &notArchiveError{path: path, why: "the file is damaged", err: err}
		}
		if busy(err) {
			return 0, &BusyError{Path: path, Err: err}
		}
		return 0, fmt.Errorf("open archive %s: %w", path, err)
	}
	if (v == 0 && objects > 0) || (v > 0 && ours == 0) {
		return 0, &notArchiveError{path: path, why: "an SQLite database of another program"}
	}
	return v, nil
}

type notArchiveError struct {
	path string
	why  string
	err  error
}

func (e *notArchiveError) Error() string {
	return fmt.Sprintf("%s is not a Claimdiff archive (%s)", e.path, e.why)
}
func (e *notArchiveError) Unwrap() error { return e.err }

// Hint says what the user can do.
func (e *notArchiveError) Hint() string { return "Open another file with --db." }

// BusyError reports an archive another program held locked for longer
// than the wait allows (an import in another window, for example).
type BusyError struct {
	Path string
	Err  error
}

func (e *BusyError) Error() string {
	return fmt.Sprintf("the archive %s is busy: another program is writing to it", e.Path)
}

func (e *BusyError) Unwrap() error { return e.Err }

// Hint says what the user can do.
func (e *BusyError) Hint() string {
	return "Try again when the other import or window using it has finished."
}

// busy reports whether err is SQLite's "database is locked" or "busy".
func busy(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked)
}

// migration is one embedded file, numbered by its name's prefix.
type migration struct {
	version int
	name    string
}

func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, n := range names {
		base := filepath.Base(n)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration file %s: name must start with a number and _", base)
		}
		ms = append(ms, migration{version: v, name: n})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: versions must run 1, 2, 3... without gaps", m.name)
		}
	}
	return ms, nil
}

// goSteps are the parts of migrations that SQL cannot do (search keys are
// computed in Go), by version. Each runs after its version's SQL file in the
// same transaction, so the version is recorded only with its work done; an
// archive already at that version never runs it again.
var goSteps = map[int]func(context.Context, *sql.Tx) error{
	3: reindexSearch,
	5: recalibrate,
	6: unlistWeak,
}

func latestVersion() (int, error) {
	ms, err := migrations()
	return len(ms), err
}

// migrate applies every migration above the file's user_version up to
// target, each in its own transaction together with its record, so a crash
// leaves the file at a whole version.
func (s *Store) migrate(ctx context.Context, target int) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	for _, m := range ms[:target] {
		if err := s.migrateOne(ctx, m); err != nil {
			return fmt.Errorf("upgrade archive to version %d: %w", m.version, err)
		}
	}
	return nil
}

func (s *Store) migrateOne(ctx context.Context, m migration) error {
	tx, err := s.rw.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var cur int
	if err := tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&cur); err != nil {
		return err
	}
	if cur >= m.version {
		return nil
	}
	if cur != m.version-1 {
		return fmt.Errorf("archive at version %d cannot take migration %d", cur, m.version)
	}
	body, err := migrationFS.ReadFile(m.name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return err
	}
	if step := goSteps[m.version]; step != nil {
		if err := step(ctx, tx); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
		m.version, filepath.Base(m.name), s.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	// PRAGMA takes no parameters; the version is our own integer.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, m.version)); err != nil {
		return err
	}
	return tx.Commit()
}

// SchemaVersion is the archive's schema version.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.ro.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&v)
	return v, err
}

// tx is a transaction with the time it started, so that every row it
// writes carries the same timestamp.
type tx struct {
	*sql.Tx
	now time.Time
	gen uint64 // Store.writes of a write transaction; 0 for a read
	// quiet, set in a write transaction, is the context its statements
	// hand the driver: one that is never cancelled (see driverCtx).
	quiet context.Context
}

// driverCtx checks ctx and returns the context to run a statement of t
// with. A read passes ctx on, so that a search the window no longer wants
// is interrupted inside SQLite. A write passes t.quiet: go-sqlite3 runs
// each statement given a context that can be cancelled on a goroutine of
// its own, to be able to interrupt it, and an import's transaction runs
// some hundred short statements (BenchmarkImportFilesBatch: 233-262
// articles a second with this, 203-233 without, alternating runs). A
// cancelled write still stops at its next statement, and writeOnce rolls
// it back.
func (t *tx) driverCtx(ctx context.Context) (context.Context, error) {
	if err := ctx.Err(); err != nil {
		return ctx, err
	}
	if t.quiet != nil {
		return t.quiet, nil
	}
	return ctx, nil
}

// ExecContext is sql.Tx's, run with driverCtx.
func (t *tx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	c, err := t.driverCtx(ctx)
	if err != nil {
		return nil, err
	}
	return t.Tx.ExecContext(c, query, args...)
}

// QueryContext is sql.Tx's, run with driverCtx.
func (t *tx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	c, err := t.driverCtx(ctx)
	if err != nil {
		return nil, err
	}
	return t.Tx.QueryContext(c, query, args...)
}

// QueryRowContext is sql.Tx's, run with driverCtx; a cancelled ctx is
// handed on, and the row's Scan returns its error.
func (t *tx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	c, _ := t.driverCtx(ctx)
	return t.Tx.QueryRowContext(c, query, args...)
}

// execStmt runs a statement prepared in t with driverCtx.
func (t *tx) execStmt(ctx context.Context, st *sql.Stmt, args ...any) (sql.Result, error) {
	c, err := t.driverCtx(ctx)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(c, args...)
}

func (t *tx) stamp() string { return t.now.UTC().Format(time.RFC3339Nano) }

// write runs fn in one write transaction. SQLite's busy timeout already
// waits for another program's writer; a write that still finds the file
// busy (a long import elsewhere) is retried a few times before the error is
// shown, so "database is locked" does not reach the user for ordinary waits.
func (s *Store) write(ctx context.Context, fn func(*tx) error) error {
	if s.readOnly {
		return &ReadOnlyError{Path: s.path}
	}
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		err = s.writeOnce(ctx, fn)
		var se sqlite3.Error
		if errors.As(err, &se) && se.Code == sqlite3.ErrReadonly {
			// The file became read-only since it was opened.
			return &ReadOnlyError{Path: s.path, Err: err}
		}
		if !busy(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(50*(attempt+1)) * time.Millisecond):
		}
	}
	return fmt.Errorf("the archive is busy (another Claimdiff is writing to it): %w", err)
}

func (s *Store) writeOnce(ctx context.Context, fn func(*tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	// Begun without ctx's cancellation, which database/sql would watch on a
	// goroutine of its own: each statement checks ctx (tx.driverCtx), and a
	// cancelled transaction is rolled back here.
	quiet := context.WithoutCancel(ctx)
	t, err := s.rw.BeginTx(quiet, nil)
	if err != nil {
		return err
	}
	defer t.Rollback()
	// Numbered inside the transaction: writes go through one connection, so
	// the numbers follow the order of the commits.
	if err := fn(&tx{Tx: t, now: s.Now(), gen: s.writes.Add(1), quiet: quiet}); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return t.Commit()
}

// read runs fn in one read transaction on the read-only pool: a consistent
// snapshot even while a writer commits.
func (s *Store) read(ctx context.Context, fn func(*tx) error) error {
	t, err := s.ro.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer t.Rollback()
	return fn(&tx{Tx: t, now: s.Now()})
}

// domainErr maps a driver error to the archive's errors by its code, never
// by its message.
func domainErr(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, sql.ErrNoRows) {
		return ErrNotFound
	}
	var se sqlite3.Error
	if errors.As(err, &se) && se.Code == sqlite3.ErrConstraint {
		switch se.ExtendedCode {
		case sqlite3.ErrConstraintUnique, sqlite3.ErrConstraintPrimaryKey:
			return fmt.Errorf("%w: %w", ErrConflict, err)
		case sqlite3.ErrConstraintForeignKey:
			return fmt.Errorf("%w: %w", ErrNotFound, err)
		default:
			return fmt.Errorf("%w: %w", ErrInvalid, err)
		}
	}
	return err
}

func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(time.RFC3339)
}

func parseTime(s sql.NullString) time.Time {
	if !s.Valid {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339Nano, s.String)
	if err != nil {
		return time.Time{}
	}
	return t
}
