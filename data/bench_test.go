package data

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/data/ingest"
)

// bigArchive is built once per test binary: 100,000 statements in both
// languages, imported through ImportSource in claims of 40 sources.
var bigArchive struct {
	once sync.Once
	path string // a temporary archive, removed at the end
	kept string // $CLAIMDIFF_BENCH_DB, kept
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bigArchive.path != "" {
		os.RemoveAll(filepath.Dir(bigArchive.path))
	}
	os.Exit(code)
}

func buildBig(tb testing.TB, statements int) string {
	bigArchive.once.Do(func() {
		// CLAIMDIFF_BENCH_DB keeps the archive between runs.
		path := os.Getenv("CLAIMDIFF_BENCH_DB")
		if path != "" {
			if _, err := os.Stat(path); err == nil {
				bigArchive.kept = path
				return
			}
			bigArchive.kept = path
		} else {
			dir, err := os.MkdirTemp("", "claimdiff-bench-")
			if err != nil {
				bigArchive.err = err
				return
			}
			path = filepath.Join(dir, "big.db")
			bigArchive.path = path
		}
		s, err := Open(path)
		if err != nil {
			bigArchive.err = err
			return
		}
		defer s.Close()
		ctx := context.Background()
		gen := newGenerator(1)
		total, i := 0, 0
		var claim Claim
		for total < statements {
			if i%40 == 0 {
				if claim, err = s.CreateClaim(ctx, fmt.Sprintf("claim %d", i/40)); err != nil {
					bigArchive.err = err
					return
				}
			}
			d, _ := ingest.FromText(fmt.Sprintf("a%d", i), gen.article(i, 30))
			d.Outlet = []string{"Reuters", "AP", "الأخبار", "الجزيرة"}[i%4]
			d.Published = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%365)
			src, _, err := s.ImportSource(ctx, claim.ID, d)
			if err != nil {
				bigArchive.err = err
				return
			}
			total += src.Statements
			i++
		}
	})
	if bigArchive.err != nil {
		tb.Fatal(bigArchive.err)
	}
	if bigArchive.kept != "" {
		return bigArchive.kept
	}
	return bigArchive.path
}

// reportMedian adds the median of ds as a metric, and the process's CPU
// time per operation since cpu0 (wall times on a shared machine include
// waiting for a core; CPU time does not).
func reportMedian(b *testing.B, ds []time.Duration, cpu0 time.Duration) {
	if len(ds) == 0 {
		return
	}
	slices.Sort(ds)
	b.ReportMetric(float64(ds[len(ds)/2].Microseconds())/1000, "ms-median")
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(len(ds)), "cpu-ms/op")
}

// cpuTime is the user and system time of this process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkSearch100k: first page (20 hits) of a search over 100,000
// statements, rotating Arabic and English queries. Goal: median < 5 ms.
func BenchmarkSearch100k(b *testing.B) {
	if testing.Short() {
		b.Skip("builds a 100,000-statement archive")
	}
	s, err := Open(buildBig(b, 100_000))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	var n int
	s.ro.QueryRow(`SELECT count(*) FROM statements`).Scan(&n)
	b.Logf("archive: %d statements", n)
	queries := []string{"withdraw", "القوات الأمريكية", "agreement", "أمريكا", "troops Iraq", "الانسحاب من العراق", "official said", "سبتمبر", "man", "رئيس الوزراء"}
	var ds []time.Duration
	i := 0
	cpu0 := cpuTime()
	for b.Loop() {
		t0 := time.Now()
		hits, err := s.Search(ctx, queries[i%len(queries)], SearchFilter{Limit: 20})
		ds = append(ds, time.Since(t0))
		if err != nil {
			b.Fatal(err)
		}
		if len(hits) == 0 {
			b.Fatalf("no hit for %q", queries[i%len(queries)])
		}
		i++
	}
	reportMedian(b, ds, cpu0)
}

// BenchmarkSearch100kFiltered: the same with a claim and language filter.
func BenchmarkSearch100kFiltered(b *testing.B) {
	if testing.Short() {
		b.Skip("builds a 100,000-statement archive")
	}
	s, err := Open(buildBig(b, 100_000))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	claim := int64(3)
	ar := "ar"
	var ds []time.Duration
	cpu0 := cpuTime()
	for b.Loop() {
		t0 := time.Now()
		if _, err := s.Search(ctx, "القوات", SearchFilter{Claim: &claim, Lang: &ar, Limit: 20}); err != nil {
			b.Fatal(err)
		}
		ds = append(ds, time.Since(t0))
	}
	reportMedian(b, ds, cpu0)
}

// claimOf1000 is an archive with one claim of at least 1,000 statements,
// from generated articles of 25 sentences.
func claimOf1000(b *testing.B) (*Store, Claim) {
	s := MustOpen(b)
	c := MustClaim(b, s, "US forces will withdraw from Iraq")
	gen := newGenerator(2)
	total := 0
	for i := 0; total < 1000; i++ {
		d, _ := ingest.FromText(fmt.Sprintf("a%d", i), gen.article(i, 25))
		src, _, err := s.ImportSource(context.Background(), c.ID, d)
		if err != nil {
			b.Fatal(err)
		}
		total += src.Statements
	}
	return s, c
}

// BenchmarkOpenClaim1000: Claim(id) of a claim with 1,000 statements.
// Goal: < 50 ms.
func BenchmarkOpenClaim1000(b *testing.B) {
	s, c := claimOf1000(b)
	ctx := context.Background()
	var ds []time.Duration
	cpu0 := cpuTime()
	for b.Loop() {
		t0 := time.Now()
		d, err := s.Claim(ctx, c.ID)
		ds = append(ds, time.Since(t0))
		if err != nil || len(d.Statements) < 1000 {
			b.Fatalf("%d statements, %v", len(d.Statements), err)
		}
	}
	reportMedian(b, ds, cpu0)
}

// BenchmarkPairsOfClaim1000: every stored pair of a claim of 1,000
// statements, as the window reads them when it opens the claim.
func BenchmarkPairsOfClaim1000(b *testing.B) {
	s, c := claimOf1000(b)
	ctx := context.Background()
	var ds []time.Duration
	cpu0 := cpuTime()
	for b.Loop() {
		t0 := time.Now()
		ps, err := s.Pairs(ctx, c.ID, PairFilter{})
		ds = append(ds, time.Since(t0))
		if err != nil || len(ps) == 0 {
			b.Fatalf("%d pairs, %v", len(ps), err)
		}
	}
	reportMedian(b, ds, cpu0)
}

// BenchmarkImportFiles: local article files (30 sentences, about 3 KB)
// read with ingest.FromFile and imported, 50 per claim. Goal: >= 200/s.
func BenchmarkImportFiles(b *testing.B) {
	s := MustOpen(b)
	ctx := context.Background()
	dir := b.TempDir()
	gen := newGenerator(3)
	const files = 500
	paths := make([]string, files)
	for i := range paths {
		paths[i] = filepath.Join(dir, fmt.Sprintf("article-%d.txt", i))
		if err := os.WriteFile(paths[i], []byte(gen.article(i, 30)), 0o600); err != nil {
			b.Fatal(err)
		}
	}
	var claim Claim
	n := 0
	cpu0 := cpuTime()
	for b.Loop() {
		if n%50 == 0 {
			var err error
			if claim, err = s.CreateClaim(ctx, fmt.Sprintf("claim %d", n)); err != nil {
				b.Fatal(err)
			}
		}
		d, err := ingest.FromFile(paths[n%files])
		if err != nil {
			b.Fatal(err)
		}
		d.Text += fmt.Sprintf("\nCopy %d.", n) // keep every import new
		if _, dup, err := s.ImportSource(ctx, claim.ID, d); err != nil || dup {
			b.Fatal(err, dup)
		}
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(n), "cpu-ms/op")
}

// BenchmarkImportFilesBatch: the files of BenchmarkImportFiles imported
// as `claimdiff import` does, with ImportEach reading each file while the
// one before is written, 50 files (one claim) an operation. articles/s
// compares with BenchmarkImportFiles; goal >= 200/s.
func BenchmarkImportFilesBatch(b *testing.B) {
	s := MustOpen(b)
	ctx := context.Background()
	dir := b.TempDir()
	gen := newGenerator(3)
	const files, batch = 500, 50
	paths := make([]string, files)
	for i := range paths {
		paths[i] = filepath.Join(dir, fmt.Sprintf("article-%d.txt", i))
		if err := os.WriteFile(paths[i], []byte(gen.article(i, 30)), 0o600); err != nil {
			b.Fatal(err)
		}
	}
	n := 0
	cpu0 := cpuTime()
	for b.Loop() {
		claim, err := s.CreateClaim(ctx, fmt.Sprintf("claim %d", n))
		if err != nil {
			b.Fatal(err)
		}
		read := func(_ context.Context, j int) (ingest.Doc, error) {
			d, err := ingest.FromFile(paths[(n+j)%files])
			d.Text += fmt.Sprintf("\nCopy %d.", n+j) // keep every import new
			return d, err
		}
		res, err := s.ImportEach(ctx, claim.ID, batch, read, nil)
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range res {
			if r.Err != nil || r.Duplicate {
				b.Fatal(r.Err, r.Duplicate)
			}
		}
		n += batch
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(n), "cpu-ms/article")
}

// TestWriteImportArticles writes the 500 generated articles of
// BenchmarkImportFiles to the folder named by CLAIMDIFF_BENCH_OUT, for
// scripts/bench-import.sh to time `claimdiff import` on them. Without the
// variable it does nothing.
func TestWriteImportArticles(t *testing.T) {
	dir := os.Getenv("CLAIMDIFF_BENCH_OUT")
	if dir == "" {
		t.Skip("CLAIMDIFF_BENCH_OUT is not set")
	}
	gen := newGenerator(3)
	for i := range 500 {
		name := filepath.Join(dir, fmt.Sprintf("article-%03d.txt", i))
		if err := os.WriteFile(name, []byte(gen.article(i, 30)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// BenchmarkReanalyse60 re-analyses a claim of 60 generated articles
// (about 1,200 statements), against importing the same articles into an
// empty claim in the same run: a re-analysis should cost about an import.
func BenchmarkReanalyse60(b *testing.B) {
	ctx := context.Background()
	docs := genDocs(b, 5, 60)
	b.Run("import", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			s := MustOpen(b)
			c := MustClaim(b, s, "US forces will withdraw from Iraq")
			b.StartTimer()
			if _, err := importDocs(s, ctx, c.ID, docs, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("reanalyse", func(b *testing.B) {
		s := MustOpen(b)
		c := MustClaim(b, s, "US forces will withdraw from Iraq")
		if _, err := importDocs(s, ctx, c.ID, docs, nil); err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if _, err := s.Reanalyse(ctx, c.ID, "", nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}
