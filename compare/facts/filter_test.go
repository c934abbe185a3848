package facts

import "testing"

// TestWordFilterHasEveryWord checks that lookupWord can stand for words[k]:
// the filter must let every key of the table through, and it must turn most
// other words away, or it does not pay for itself.
func TestWordFilterHasEveryWord(t *testing.T) {
	loadTables()
	for k, w := range words {
		if got := lookupWord(k); got != w {
			t.Errorf("lookupWord(%q) = %p, want %p", k, got, w)
		}
	}
	set := 0
	for _, x := range wordFilter {
		for ; x != 0; x &= x - 1 {
			set++
		}
	}
	if set > len(wordFilter)*64/8 {
		t.Errorf("%d of %d filter bits set for %d words: the filter rejects too little", set, len(wordFilter)*64, len(words))
	}
	t.Logf("%d words, %d filter bits set", len(words), set)
}

// TestWordTabLikeSlow checks the table path of isWordRune against the
// Unicode lookup it stands for, over every rune the table covers and
// beyond.
func TestWordTabLikeSlow(t *testing.T) {
	for r := rune(0); r < wordTabEnd+0x100; r++ {
		if got, want := isWordRune(r), isWordRuneSlow(r); got != want {
			t.Errorf("isWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}
