package data

import (
	"context"
	"runtime/debug"
	"testing"
)

func TestBuildName(t *testing.T) {
	rev := []debug.BuildSetting{{Key: "vcs.revision", Value: "31315bf0123456789abcdef"}}
	for _, c := range []struct {
		name string
		bi   *debug.BuildInfo
		ok   bool
		want string
	}{
		{"a commit", &debug.BuildInfo{Settings: rev}, true, "31315bf01234"},
		{"a commit with changes", &debug.BuildInfo{Settings: append(rev, debug.BuildSetting{Key: "vcs.modified", Value: "true"})}, true, "31315bf01234+changes"},
		{"a module version", &debug.BuildInfo{Main: debug.Module{Version: "v0.2.0"}}, true, "v0.2.0"},
		{"a work tree without version control", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, true, "unknown"},
		{"no build information", nil, false, "unknown"},
	} {
		if got := buildName(c.bi, c.ok); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// A claim whose sources another build analysed counts them as stale until
// it is re-analysed; an import records this build.
func TestStaleSourcesUntilReanalysed(t *testing.T) {
	ctx := context.Background()
	s, c := sampleArchive(t)
	got, err := s.ClaimByID(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Stale != 0 || got.Sources == 0 {
		t.Fatalf("after the import: %d of %d sources stale, want none", got.Stale, got.Sources)
	}
	d, err := s.Claim(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range d.Sources {
		if src.AnalysedBy != Build() {
			t.Fatalf("source %d analysed by %q, want %q", src.ID, src.AnalysedBy, Build())
		}
	}
	// Two sources analysed by an earlier build, one before builds were
	// recorded.
	if _, err := s.rw.Exec(`UPDATE sources SET analysed_by = 'an earlier build' WHERE id IN (?, ?)`, d.Sources[0].ID, d.Sources[1].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.rw.Exec(`UPDATE sources SET analysed_by = '' WHERE id = ?`, d.Sources[2].ID); err != nil {
		t.Fatal(err)
	}
	all, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 1 || all[0].Stale != 3 {
		t.Fatalf("claims list: %+v, want 3 stale sources", all)
	}
	if _, err := s.Reanalyse(ctx, c.ID, "", nil); err != nil {
		t.Fatal(err)
	}
	if got, err = s.ClaimByID(ctx, c.ID); err != nil || got.Stale != 0 {
		t.Fatalf("after re-analysis: %d stale sources, %v; want none", got.Stale, err)
	}
}
