package data

import (
	"context"
	"fmt"
	"slices"
	"testing"
)

// The claim filter bounds the rowids FTS5 scores; with claims imported in
// turn their ranges overlap, and the hits must still be exactly the
// unfiltered search's hits of that claim, with the same ranks, best first.
func TestSearchClaimFilterMatchesUnfiltered(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	a, b := MustClaim(t, s, "US forces will withdraw from Iraq"), MustClaim(t, s, "القوات الأمريكية ستنسحب")
	empty := MustClaim(t, s, "nothing imported")
	for i, d := range genDocs(t, 11, 16) {
		c := a
		if i%2 == 1 {
			c = b
		}
		if _, _, err := s.ImportSource(ctx, c.ID, d); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []string{"withdraw", "القوات", "Iraq", "امريكا"} {
		all, err := s.Search(ctx, q, SearchFilter{Limit: 100000})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []Claim{a, b, empty} {
			var want []string
			for _, h := range all {
				if h.Statement.ClaimID == c.ID {
					want = append(want, fmt.Sprintf("%d %.9f", h.Statement.ID, h.Rank))
				}
			}
			id := c.ID
			got, err := s.Search(ctx, q, SearchFilter{Claim: &id, Limit: 100000})
			if err != nil {
				t.Fatal(err)
			}
			var have []string
			for i, h := range got {
				have = append(have, fmt.Sprintf("%d %.9f", h.Statement.ID, h.Rank))
				if i > 0 && h.Rank < got[i-1].Rank {
					t.Errorf("%q in claim %d: hit %d ranks before a better one", q, c.ID, i)
				}
			}
			// Equal ranks (repeated sentences) may come in either order.
			slices.Sort(have)
			slices.Sort(want)
			if fmt.Sprint(have) != fmt.Sprint(want) {
				t.Errorf("%q in claim %d:\n got %v\nwant %v", q, c.ID, have, want)
			}
			if c.ID != empty.ID && len(want) == 0 {
				t.Errorf("%q: no hit in claim %d, the comparison says nothing", q, c.ID)
			}
		}
	}
}
