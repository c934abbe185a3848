package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// renderDiff shows a diff the way the CLI does: [-deleted-]{+inserted+}.
func renderDiff(a, b []Token, edits []Edit) string {
	segs := make([]Segment, len(edits))
	for i, e := range edits {
		segs[i] = Segment{Op: e.Op.String(), A: joinTokens(a[e.AStart:e.AEnd]), B: joinTokens(b[e.BStart:e.BEnd])}
	}
	return FormatSegments(segs, func(s string) string { return "[-" + s + "-]" }, func(s string) string { return "{+" + s + "+}" })
}

func TestDiffTokens(t *testing.T) {
	cases := []struct {
		a, b   string
		ignore textnorm.Options
		want   string
	}{
		{"the big house", "the big house", 0, "the big house"},
		{"the big house", "the house", 0, "the [-big-] house"},
		{"the house", "the big house", 0, "the {+big+} house"},
		{"US forces will leave Iraq by 2026.", "US forces will stay in Iraq by 2026.", 0,
			"US forces will [-leave-]{+stay in+} Iraq by 2026."},
		{"تحتفظ الولايات المتحدة بنحو 2500 جندي في العراق", "تحتفظ الولايات المتحدة بنحو 3000 جندي في العراق", 0,
			"تحتفظ الولايات المتحدة بنحو [-2500-]{+3000+} جندي في العراق"},
		// Cosmetic differences: equal under the option, shown as A wrote it.
		{"Hello, world", "hello world", textnorm.IgnorePunct | textnorm.IgnoreCase, "Hello, world"},
		{"Hello, world", "hello world", 0, "[-Hello,-]{+hello+} world"},
		{"مُلحّة أمريكية", "ملحة امريكيه", textnorm.IgnoreDiacritics | textnorm.IgnoreLetterforms, "مُلحّة أمريكية"},
		{"مُلحّة", "ملحة", textnorm.IgnoreLetterforms, "[-مُلحّة-]{+ملحة+}"},
		{"عدد ٢٥٠٠ جندي", "عدد 2500 جندي", textnorm.IgnoreDigits, "عدد ٢٥٠٠ جندي"},
		{"عدد ٢٥٠٠ جندي", "عدد 2500 جندي", 0, "عدد [-٢٥٠٠-]{+2500+} جندي"},
		// Scattered cosmetic changes with nothing ignored: every shared word
		// stays shared, not one replacement of the whole line.
		{"قال الوزير إنّ القوات الأمريكية ستنسحب بحلول أيلول 2025، وعددها 2500 جندي.",
			"قال الوزير إن القوات الامريكيه ستنسحب بحلول أيلول ٢٠٢٥ وعددها ٢٥٠٠ جندي", 0,
			"قال الوزير [-إنّ-]{+إن+} القوات [-الأمريكية-]{+الامريكيه+} ستنسحب بحلول أيلول [-2025،-]{+٢٠٢٥+} وعددها [-2500-]{+٢٥٠٠+} جندي[-.-]"},
		// White space alone is never a difference.
		{"a  b\nc", "a b c", 0, "a  b\nc"},
		// Little in common: one replacement, not confetti.
		{"the minister said the talks had ended", "a spokesman denied any agreement was near", 0,
			"[-the minister said the talks had ended-]{+a spokesman denied any agreement was near+}"},
		// A long addition is still a word diff: all of A is in B.
		{"troops will leave", "troops will leave Iraq and Syria by the end of 2026 under a plan agreed by both governments", 0,
			"troops will leave {+Iraq and Syria by the end of 2026 under a plan agreed by both governments+}"},
		{"", "new text", 0, "{+new text+}"},
		{"old text", "", 0, "[-old text-]"},
	}
	for _, c := range cases {
		a, b := Parse(c.a).Tokens, Parse(c.b).Tokens
		edits := DiffTokens(a, b, c.ignore)
		if got := renderDiff(a, b, edits); got != c.want {
			t.Errorf("DiffTokens(%q, %q, %b)\n got %s\nwant %s", c.a, c.b, c.ignore, got, c.want)
		}
		checkEdits(t, a, b, edits)
	}
}

func TestDiffTokensMergesChanges(t *testing.T) {
	a := Parse("one two three four five six seven eight nine ten").Tokens
	b := Parse("one two THREE FOUR five six seven eight nine ten").Tokens
	edits := DiffTokens(a, b, 0)
	var changes int
	for _, e := range edits {
		if e.Op != Equal {
			changes++
		}
	}
	if changes != 1 {
		t.Errorf("two neighbouring changed words gave %d changes, want 1: %s", changes, renderDiff(a, b, edits))
	}
}

// checkEdits asserts that the edits cover a and b in order, without gaps or
// overlaps, and that Equal edits hold tokens equal under no option only
// where expected by their op (ranges non-empty as the op says).
func checkEdits(t *testing.T, a, b []Token, edits []Edit) {
	t.Helper()
	pa, pb := 0, 0
	for i, e := range edits {
		if e.AStart != pa || e.BStart != pb || e.AEnd < e.AStart || e.BEnd < e.BStart {
			t.Fatalf("edit %d %+v does not continue at %d/%d", i, e, pa, pb)
		}
		switch e.Op {
		case Insert:
			if e.BEnd == e.BStart {
				t.Fatalf("edit %d: empty insert", i)
			}
		case Delete:
			if e.AEnd == e.AStart {
				t.Fatalf("edit %d: empty delete", i)
			}
		case Replace:
			if e.AEnd == e.AStart || e.BEnd == e.BStart {
				t.Fatalf("edit %d: replace with an empty side", i)
			}
		}
		pa, pb = e.AEnd, e.BEnd
	}
	if pa != len(a) || pb != len(b) {
		t.Fatalf("edits end at %d/%d, want %d/%d", pa, pb, len(a), len(b))
	}
}

func FuzzDiffTokens(f *testing.F) {
	f.Add("the big house", "the house", uint8(0))
	f.Add("Hello, world", "hello   world!", uint8(textnorm.All))
	f.Add("مُلحّة ٢٥٠٠", "ملحة 2500 جندي", uint8(textnorm.IgnoreDigits))
	f.Add("", " ", uint8(0))
	f.Fuzz(func(t *testing.T, sa, sb string, opt uint8) {
		a, b := Parse(sa).Tokens, Parse(sb).Tokens
		edits := DiffTokens(a, b, textnorm.Options(opt)&textnorm.All)
		checkEdits(t, a, b, edits)
		// Applying the edits gives both sides back.
		var ga, gb strings.Builder
		for _, e := range edits {
			ga.WriteString(joinTokens(a[e.AStart:e.AEnd]))
			gb.WriteString(joinTokens(b[e.BStart:e.BEnd]))
		}
		if ga.String() != sa || gb.String() != sb {
			t.Fatalf("edits rebuild %q / %q, want %q / %q", ga.String(), gb.String(), sa, sb)
		}
	})
}

// TestDiffTokensSameShortcut checks that the shortcut for equal sides gives
// what the full diff gives, on every sentence of the reference article and
// on edge cases (white space only, punctuation only, empty).
func TestDiffTokensSameShortcut(t *testing.T) {
	texts := []string{"", " ", "  \n ", "«»", "، .", "the big house", " leading and trailing "}
	doc := Parse(loadArticle(t))
	for i := range doc.Sentences {
		texts = append(texts, doc.SentenceText(i))
	}
	for _, s := range texts {
		a, b := Parse(s).Tokens, Parse(s).Tokens
		for _, o := range []textnorm.Options{0, textnorm.All, textnorm.IgnorePunct} {
			keys := make(map[string]rune)
			ai, ar := foldTokens(a, o, keys, nil, nil, nil)
			_, br := foldTokens(b, o, keys, nil, nil, nil)
			// The full diff, forced by making the sides look different.
			full := diffTokens(a, append(b[:len(b):len(b)], Token{Kind: Space, Text: ""}), o, nil)
			got := diffTokens(a, b, o, nil)
			if len(ai) > 0 && string(ar) != string(br) {
				t.Fatalf("%q: sides fold differently", s)
			}
			want := full
			if len(want) > 0 {
				// The extra empty token only stretches B's last range.
				want = append([]Edit(nil), full...)
				want[len(want)-1].BEnd--
			}
			if len(a) == 0 {
				want = nil
			}
			if !slices.Equal(got, want) {
				t.Errorf("diffTokens(%q, same, %b) = %v, want %v", s, o, got, want)
			}
		}
	}
}

// A scratch kept across pairs, as Compare keeps one per worker, must not
// carry anything from one pair into the next.
func TestDiffTokensScratchSameResult(t *testing.T) {
	a, b := editedArticle(t)
	da, db := Parse(a), Parse(b)
	for _, o := range []textnorm.Options{0, textnorm.All, textnorm.IgnorePunct | textnorm.IgnoreDiacritics} {
		scratch := new(diffScratch)
		for i := range da.Sentences {
			for _, j := range []int{i, (i + 1) % len(db.Sentences), (i + 7) % len(db.Sentences)} {
				if j >= len(db.Sentences) {
					continue
				}
				sa, sb := da.Sentences[i], db.Sentences[j]
				ta, tb := da.Tokens[sa.TokStart:sa.TokEnd], db.Tokens[sb.TokStart:sb.TokEnd]
				if got, want := diffTokens(ta, tb, o, scratch), diffTokens(ta, tb, o, nil); !slices.Equal(got, want) {
					t.Fatalf("sentences %d and %d, options %b: with scratch %v, without %v", i, j, o, got, want)
				}
			}
		}
	}
}

// sameSplit must agree with sameTokens on runs of document tokens whose
// texts are equal, including runs that split the same text differently.
func TestSameSplitMatchesSameTokens(t *testing.T) {
	texts := []string{"U.S. forces", "U.S.A.B forces", "2,500 troops", "2,500.5", "don't", "a\u200cb", "x\u200c", "«»"}
	for _, s := range texts {
		for _, pre := range []string{"", " ", "a", "U", ".", "\u200c", "2,"} {
			da, db := Parse(s), Parse(pre+s)
			// The run of db's tokens whose text is s, when its tokens
			// start where s starts.
			k := 0
			for k < len(db.Tokens) && db.Tokens[k].off < len(pre) {
				k++
			}
			if k == len(db.Tokens) || db.Tokens[k].off != len(pre) {
				continue
			}
			ta, tb := da.Tokens, db.Tokens[k:]
			if joinTokens(tb) != s {
				t.Fatalf("%q after %q: the run is %q", s, pre, joinTokens(tb))
			}
			if got, want := sameSplit(ta, tb), sameTokens(ta, tb); got != want {
				t.Errorf("%q after %q: sameSplit %v, sameTokens %v", s, pre, got, want)
			}
		}
	}
}
