package data

import (
	"context"
	"testing"
	"unicode/utf8"
)

// FuzzSearchQuery: whatever a user types, Search answers without an FTS5
// syntax error, and every snippet mark lies inside its snippet.
func FuzzSearchQuery(f *testing.F) {
	for _, q := range []string{"withdraw", `"reached an agreement"`, "withdr*", `NEAR(a b)`, `a OR b`, `"unclosed`, "أمريكا*", "*", `col:word`, `^start`, "-x", "((", "ـــ", "٢٥٠٠ troops"} {
		f.Add(q)
	}
	s := MustOpen(f)
	c := MustClaim(f, s, "claim")
	MustImport(f, s, c.ID, "a", english)
	MustImport(f, s, c.ID, "b", militia)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, q string) {
		if !utf8.ValidString(q) {
			return
		}
		hits, err := s.Search(ctx, q, SearchFilter{})
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		for _, h := range hits {
			n := utf8.RuneCountInString(h.Snippet.Text)
			for _, m := range h.Snippet.Marks {
				if m.Start < 0 || m.End > n || m.Start >= m.End {
					t.Fatalf("Search(%q): mark %v outside snippet of %d runes", q, m, n)
				}
			}
		}
		if _, err := s.SearchSources(ctx, q, SearchFilter{}); err != nil {
			t.Fatalf("SearchSources(%q): %v", q, err)
		}
	})
}
