package bidi

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	ucd "golang.org/x/text/unicode/bidi"
)

// rtl is how a right-to-left word without marks is laid out: its runes
// reversed. Tests spell expected visual text with it.
func rtl(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}

// visualWords lays out the line [start, end) of p left to right, with
// mirroring, and splits it at spaces: each word reads as drawn.
func visualWords(p *Paragraph, start, end int) []string {
	var b strings.Builder
	for _, i := range p.VisualOrder(start, end) {
		r, ok := p.MirrorAt(i)
		if !ok {
			r = p.Runes[i]
		}
		b.WriteRune(r)
	}
	return strings.FieldsFunc(b.String(), unicode.IsSpace)
}

func TestVisualOrderWords(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		dir     Direction
		wantRTL bool
		want    []string
	}{
		{
			name:    "Arabic sentence with Latin name and number",
			text:    "قال مسؤول أمريكي كبير لوكالة Reuters إن 2500 جندي",
			dir:     Auto,
			wantRTL: true,
			want: []string{rtl("جندي"), "2500", rtl("إن"), "Reuters", rtl("لوكالة"),
				rtl("كبير"), rtl("أمريكي"), rtl("مسؤول"), rtl("قال")},
		},
		{
			name:    "Arabic punctuation and mirrored brackets",
			text:    "قال المصدر «نحن هنا» (مؤكدا): هل تأكد الخبر، أم لا؟",
			dir:     Auto,
			wantRTL: true,
			want: []string{"؟" + rtl("لا"), rtl("أم"), "،" + rtl("الخبر"), rtl("تأكد"), rtl("هل"),
				":(" + rtl("مؤكدا") + ")", "«" + rtl("هنا"), rtl("نحن") + "»", rtl("المصدر"), rtl("قال")},
		},
		{
			name:    "English with an Arabic quote",
			text:    `He said "قال مسؤول" on Monday (2025).`,
			dir:     Auto,
			wantRTL: false,
			want: []string{"He", "said", `"` + rtl("مسؤول"), rtl("قال") + `"`,
				"on", "Monday", "(2025)."},
		},
		{
			name:    "number inside an Arabic quote in English",
			text:    "The agency wrote: قال 2500 جندي today",
			dir:     Auto,
			wantRTL: false,
			want:    []string{"The", "agency", "wrote:", rtl("جندي"), "2500", rtl("قال"), "today"},
		},
		{
			name:    "Arabic-Indic digits keep their order",
			text:    "وصل ٢٥٠٠ جندي",
			dir:     Auto,
			wantRTL: true,
			want:    []string{rtl("جندي"), "٢٥٠٠", rtl("وصل")},
		},
		{
			name:    "forced LTR paragraph of Arabic words",
			text:    "قال مسؤول",
			dir:     LTR,
			wantRTL: false,
			want:    []string{rtl("مسؤول"), rtl("قال")},
		},
		{
			name:    "forced RTL paragraph of English words",
			text:    "said officials",
			dir:     RTL,
			wantRTL: true,
			want:    []string{"said", "officials"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Resolve([]rune(tt.text), tt.dir)
			if p.IsRTL() != tt.wantRTL {
				t.Errorf("IsRTL() = %v, want %v", p.IsRTL(), tt.wantRTL)
			}
			if got := visualWords(p, 0, len(p.Runes)); !slices.Equal(got, tt.want) {
				t.Errorf("visual words\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestVisualOrderWrappedLines(t *testing.T) {
	text := []rune("قال مسؤول أمريكي كبير لوكالة Reuters إن 2500 جندي")
	p := Resolve(text, Auto)
	brk := len([]rune("قال مسؤول أمريكي كبير "))
	lines := [][]string{
		{rtl("كبير"), rtl("أمريكي"), rtl("مسؤول"), rtl("قال")},
		{rtl("جندي"), "2500", rtl("إن"), "Reuters", rtl("لوكالة")},
	}
	if got := visualWords(p, 0, brk); !slices.Equal(got, lines[0]) {
		t.Errorf("line 1: got %q, want %q", got, lines[0])
	}
	if got := visualWords(p, brk, len(text)); !slices.Equal(got, lines[1]) {
		t.Errorf("line 2: got %q, want %q", got, lines[1])
	}
}

func TestVisualOrderResetsTrailingSpace(t *testing.T) {
	// Inside the paragraph the space after "abc" sits between two Latin
	// words (level 2). At the end of a line, L1 puts it back at the
	// paragraph level, so in an RTL line it is drawn at the far left,
	// not glued to "abc".
	text := []rune("قال abc def")
	p := Resolve(text, Auto)
	const space = 7
	if p.Levels[space] != 2 {
		t.Fatalf("level of the inner space = %d, want 2", p.Levels[space])
	}
	got := p.VisualOrder(0, space+1)
	want := []int{7, 4, 5, 6, 3, 2, 1, 0}
	if !slices.Equal(got, want) {
		t.Errorf("VisualOrder(0, 8) = %v, want %v", got, want)
	}
}

func TestVisualOrderClampsBounds(t *testing.T) {
	p := Resolve([]rune("ab"), LTR)
	for _, c := range []struct{ start, end int }{{-3, 99}, {2, 1}, {5, 6}} {
		got := p.VisualOrder(c.start, c.end)
		for _, i := range got {
			if i < 0 || i >= 2 {
				t.Errorf("VisualOrder(%d, %d) = %v: index out of range", c.start, c.end, got)
			}
		}
	}
}

func TestResolveLevels(t *testing.T) {
	tests := []struct {
		text string
		dir  Direction
		want []uint8
	}{
		{"ab", Auto, []uint8{0, 0}},
		{"אב", Auto, []uint8{1, 1}},
		{"a 12", RTL, []uint8{2, 2, 2, 2}}, // W7: 12 after a counts as L
		{"א 12", LTR, []uint8{1, 1, 2, 2}},
		{"אב (cd)", Auto, []uint8{1, 1, 1, 1, 2, 2, 1}},
		// An isolate's content is resolved apart from its surroundings.
		{"א\u2066b\u2069", Auto, []uint8{1, 1, 2, 1}},
		// Trailing whitespace returns to the paragraph level (L1).
		{"אב ", LTR, []uint8{1, 1, 0}},
	}
	for _, tt := range tests {
		p := Resolve([]rune(tt.text), tt.dir)
		if !slices.Equal(p.Levels, tt.want) {
			t.Errorf("Resolve(%q, %v).Levels = %v, want %v", tt.text, tt.dir, p.Levels, tt.want)
		}
	}
}

func TestDetectDirection(t *testing.T) {
	tests := []struct {
		text string
		want Direction
	}{
		{"", Auto},
		{"2500 !", Auto},
		{"Reuters قال", LTR},
		{"«قال» Reuters", RTL},
		{"2500 جندي", RTL},
		// Text inside an isolate does not decide the paragraph.
		{"\u2066Reuters\u2069 قال", RTL},
		{"\u2067قال", Auto},
	}
	for _, tt := range tests {
		if got := DetectDirection([]rune(tt.text)); got != tt.want {
			t.Errorf("DetectDirection(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestReorderLevels(t *testing.T) {
	tests := []struct {
		levels []uint8
		want   []int
	}{
		{nil, []int{}},
		{[]uint8{0, 0, 0}, []int{0, 1, 2}},
		{[]uint8{1, 1, 1}, []int{2, 1, 0}},
		{[]uint8{0, 1, 1, 0}, []int{0, 2, 1, 3}},
		{[]uint8{1, 2, 2, 1, 1}, []int{4, 3, 1, 2, 0}},
		{[]uint8{0, 2, 2}, []int{0, 1, 2}},
		{[]uint8{1, 3, 2, 1}, []int{3, 1, 2, 0}},
	}
	for _, tt := range tests {
		if got := ReorderLevels(tt.levels); !slices.Equal(got, tt.want) {
			t.Errorf("ReorderLevels(%v) = %v, want %v", tt.levels, got, tt.want)
		}
	}
}

func TestMirror(t *testing.T) {
	for _, c := range []struct{ in, want rune }{
		{'(', ')'}, {')', '('}, {'[', ']'}, {'{', '}'}, {'<', '>'},
		{'«', '»'}, {'»', '«'}, {'‹', '›'}, {0x2329, 0x232A}, {0x3008, 0x3009},
	} {
		if got, ok := Mirror(c.in); !ok || got != c.want {
			t.Errorf("Mirror(%q) = %q, %v; want %q, true", c.in, got, ok, c.want)
		}
	}
	for _, r := range []rune{'a', 'ق', '،', '؟', ':', '"'} {
		if _, ok := Mirror(r); ok {
			t.Errorf("Mirror(%q) reports a mirror", r)
		}
	}
	for r, m := range mirrors {
		if back, ok := Mirror(m); !ok || back != r {
			t.Errorf("Mirror is not an involution at %q -> %q -> %q", r, m, back)
		}
	}
}

func TestMirrorAtOnlyAtOddLevels(t *testing.T) {
	p := Resolve([]rune("(a) قال (ب)"), LTR)
	for i, r := range p.Runes {
		_, got := p.MirrorAt(i)
		_, mirrorable := Mirror(r)
		if want := mirrorable && p.Levels[i]%2 == 1; got != want {
			t.Errorf("MirrorAt(%d) (%q at level %d) = %v, want %v", i, r, p.Levels[i], got, want)
		}
	}
	if _, ok := p.MirrorAt(len(p.Runes) - 1); !ok {
		t.Errorf("closing bracket of an Arabic word in parentheses is not mirrored")
	}
}

// TestBracketTable checks the hand-written pair table against the bracket
// properties of x/text over all of Unicode, in both directions.
func TestBracketTable(t *testing.T) {
	for _, p := range bracketPairs {
		for side, r := range p {
			props, _ := ucd.LookupRune(r)
			if !props.IsBracket() || props.IsOpeningBracket() != (side == 0) {
				t.Errorf("%U: bracket=%v opening=%v, table says opening=%v",
					r, props.IsBracket(), props.IsOpeningBracket(), side == 0)
			}
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		props, _ := ucd.LookupRune(r)
		if props.IsBracket() && bracketID(r, props.IsOpeningBracket()) == 0 {
			t.Errorf("%U is a paired bracket missing from the table", r)
		}
	}
	if bracketID(0x2329, true) != -bracketID(0x3009, false) {
		t.Errorf("U+2329 does not pair with its canonical equivalent's closer U+3009")
	}
}

// TestSeedArticleWordsStayWhole lays out every paragraph of the reference
// article (when the shared data sits next to the repository) and checks
// that each Arabic word is drawn as one reversed block and each Latin word
// or number as one block in reading order.
func TestSeedArticleWordsStayWhole(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "seed", "000_765204c47648eeb1.txt"))
	if err != nil {
		t.Skipf("reference article not available: %v", err)
	}
	for n, line := range strings.Split(string(data), "\n") {
		text := []rune(line)
		if len(text) == 0 {
			continue
		}
		p := Resolve(text, Auto)
		if want := DetectDirection(text) == RTL; p.IsRTL() != want {
			t.Errorf("line %d: IsRTL() = %v, want %v", n+1, p.IsRTL(), want)
		}
		at := make([]int, len(text)) // visual position of each rune
		for v, i := range p.VisualOrder(0, len(text)) {
			at[i] = v
		}
		for i := 1; i < len(text); i++ {
			a, b := text[i-1], text[i]
			switch {
			case unicode.Is(unicode.Arabic, a) && unicode.IsLetter(a) && unicode.Is(unicode.Arabic, b) && unicode.IsLetter(b):
				if at[i] != at[i-1]-1 {
					t.Errorf("line %d: Arabic word broken at rune %d (%q)", n+1, i, string(text[max(0, i-5):min(len(text), i+5)]))
				}
			case isLatinOrDigit(a) && isLatinOrDigit(b):
				if at[i] != at[i-1]+1 {
					t.Errorf("line %d: Latin word or number broken at rune %d (%q)", n+1, i, string(text[max(0, i-5):min(len(text), i+5)]))
				}
			}
		}
	}
}

func isLatinOrDigit(r rune) bool { return unicode.Is(unicode.Latin, r) || unicode.IsDigit(r) }
