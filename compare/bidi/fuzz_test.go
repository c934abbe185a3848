package bidi

import (
	"testing"
)

// checkPermutation reports whether order holds each of start..end-1 once.
func checkPermutation(t *testing.T, order []int, start, end int) {
	t.Helper()
	if len(order) != end-start {
		t.Fatalf("VisualOrder(%d, %d) has %d indices", start, end, len(order))
	}
	seen := make([]bool, end-start)
	for _, i := range order {
		if i < start || i >= end || seen[i-start] {
			t.Fatalf("VisualOrder(%d, %d) = %v is not a permutation", start, end, order)
		}
		seen[i-start] = true
	}
}

func FuzzResolve(f *testing.F) {
	for _, s := range []string{
		"",
		"قال مسؤول أمريكي كبير لوكالة Reuters إن 2500 جندي",
		"قال المصدر «نحن هنا» (مؤكدا): هل تأكد الخبر، أم لا؟",
		"He said \"قال\" (2025).",
		"a\u2067b\u2068ج\u2069\u2069 12.5%",
		"\u2066\u2066\u2066((([\u2329x\u3009])))\u202a\u202e\u200d\u0301",
		"١٢٣,٤٥٦ -$ 7\t8\n9\u2029ا",
	} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, s string, d uint8) {
		text := []rune(s)
		p := Resolve(text, Direction(d%3))
		if len(p.Levels) != len(text) {
			t.Fatalf("%d levels for %d runes", len(p.Levels), len(text))
		}
		if p.Base > 1 {
			t.Fatalf("paragraph level %d", p.Base)
		}
		for i, l := range p.Levels {
			// Explicit levels stop at max_depth; I1-I2 may add one
			// (UAX #9, BD2).
			if l > maxDepth+1 {
				t.Fatalf("level %d at %d exceeds %d", l, i, maxDepth+1)
			}
		}
		n := len(text)
		checkPermutation(t, p.VisualOrder(0, n), 0, n)
		checkPermutation(t, p.VisualOrder(n/3, n-n/4), n/3, n-n/4)
	})
}
