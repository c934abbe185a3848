package compare

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare/textnorm"
)

func loadArticle(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("testdata/article_ar.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// contentTokens lists the non-space tokens of text as "text/kind".
func contentTokens(text string) []string {
	var out []string
	for _, t := range Parse(text).Tokens {
		if t.Kind != Space {
			out = append(out, t.Text+"/"+t.Kind.String())
		}
	}
	return out
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		in   string
		want string // tokens joined by " | "
	}{
		{"لـ”رويترز”", "لـ/word | ”/punct | رويترز/word | ”/punct"},
		{"al-Sudani don't", "al-Sudani/word | don't/word"},
		{"2,500 ٢٬٥٠٠ 2.5 1.000.000", "2,500/number | ٢٬٥٠٠/number | 2.5/number | 1.000.000/number"},
		{"مُلحّة الـــدولة", "مُلحّة/word | الـــدولة/word"},
		{"U.S. troops", "U.S./word | troops/word"},
		{"end.", "end/word | ./punct"},
		{"wait...", "wait/word | .../punct"},
		{"3rd F-16", "3rd/word | F-16/word"},
		{"2014،", "2014/number | ،/punct"},
		{"-x- ‘quote’", "-/punct | x/word | -/punct | ‘/punct | quote/word | ’/punct"},
		{"«نحن»", "«/punct | نحن/word | »/punct"},
	}
	for _, c := range cases {
		if got := strings.Join(contentTokens(c.in), " | "); got != c.want {
			t.Errorf("Parse(%q) tokens\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

func TestTokenFields(t *testing.T) {
	d := Parse("قال الرئيسُ Trump إنّ ٢٥٠٠ جندي")
	var words []Token
	for _, tok := range d.Tokens {
		if tok.Kind != Space {
			words = append(words, tok)
		}
	}
	if len(words) != 6 {
		t.Fatalf("got %d tokens, want 6", len(words))
	}
	if words[1].Norm != "الرئيس" || words[1].Key != textnorm.Key("الرئيسُ") || words[1].Script != textnorm.ScriptArabic {
		t.Errorf("Arabic word: %+v", words[1])
	}
	if words[2].Norm != "trump" || words[2].Script != textnorm.ScriptLatin {
		t.Errorf("Latin word: %+v", words[2])
	}
	if words[4].Kind != Number || words[4].Norm != "2500" || words[4].Script != textnorm.ScriptDigit {
		t.Errorf("number: %+v", words[4])
	}
}

func TestParseRoundTripAndOffsets(t *testing.T) {
	inputs := []string{
		"", " ", "\n\n", "a", "Hello, world.", loadArticle(t),
		"قال مسؤول:\r\n“نحن هنا.”\r\n\r\nEnd",
		"\u200fمرحبا\u200c بك\ufeff", "x\u0301y ..!?؟",
	}
	for _, in := range inputs {
		checkDocument(t, in)
	}
}

// checkDocument asserts the invariants of Parse: the tokens give the text
// back, offsets are consecutive rune offsets, sentences and paragraphs lie
// within the text and in order.
func checkDocument(t *testing.T, in string) {
	t.Helper()
	d := Parse(in)
	var b strings.Builder
	pos := 0
	for i, tok := range d.Tokens {
		b.WriteString(tok.Text)
		if tok.Start != pos || tok.End != pos+utf8.RuneCountInString(tok.Text) || tok.End <= tok.Start {
			t.Fatalf("%q: token %d %+v has offsets out of step (pos %d)", in, i, tok, pos)
		}
		pos = tok.End
	}
	if b.String() != in {
		t.Fatalf("round trip failed:\n got %q\nwant %q", b.String(), in)
	}
	runes := []rune(in)
	prevEnd := 0
	for i, s := range d.Sentences {
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(runes) || s.TokEnd <= s.TokStart || s.TokEnd > len(d.Tokens) {
			t.Fatalf("%q: sentence %d %+v out of bounds", in, i, s)
		}
		if d.Tokens[s.TokStart].Start != s.Start || d.Tokens[s.TokEnd-1].End != s.End {
			t.Fatalf("%q: sentence %d rune and token ranges disagree", in, i)
		}
		if got := d.SentenceText(i); got != string(runes[s.Start:s.End]) {
			t.Fatalf("%q: sentence %d text %q", in, i, got)
		}
		prevEnd = s.End
	}
	next := 0
	for i, p := range d.Paragraphs {
		if p.SentStart != next || p.SentEnd < p.SentStart || p.End > len(runes) || p.Start > p.End {
			t.Fatalf("%q: paragraph %d %+v does not follow its sentences", in, i, p)
		}
		next = p.SentEnd
	}
	if next != len(d.Sentences) {
		t.Fatalf("%q: paragraphs cover %d of %d sentences", in, next, len(d.Sentences))
	}
}

func TestSentences(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Dr. Smith arrived. He left.", []string{"Dr. Smith arrived.", "He left."}},
		{"Mr. and Mrs. Jones met J. Doe in the U.S. capital. Then they left.", []string{"Mr. and Mrs. Jones met J. Doe in the U.S. capital.", "Then they left."}},
		{"Prices rose 2.5 percent. No. 5 was first.", []string{"Prices rose 2.5 percent.", "No. 5 was first."}},
		{"He said no. Then he left.", []string{"He said no.", "Then he left."}},
		{"“We agreed.” Officials said so!", []string{"“We agreed.”", "Officials said so!"}},
		{"هل انسحبت القوات؟ لا. قال د. أحمد إنها باقية", []string{"هل انسحبت القوات؟", "لا.", "قال د. أحمد إنها باقية"}},
		{"عنوان بلا نقطة\nجملة أولى. جملة ثانية.", []string{"عنوان بلا نقطة", "جملة أولى.", "جملة ثانية."}},
		{"Wait… what?! Yes.", []string{"Wait…", "what?!", "Yes."}},
		{"Visit example.com today.", []string{"Visit example.com today."}},
	}
	for _, c := range cases {
		d := Parse(c.in)
		var got []string
		for i := range d.Sentences {
			got = append(got, d.SentenceText(i))
		}
		if strings.Join(got, "‖") != strings.Join(c.want, "‖") {
			t.Errorf("sentences of %q\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestParagraphsAndLang(t *testing.T) {
	d := Parse("قال المسؤول إن القوات ستبقى.\n\nThe official said troops stay.\nقال Trump إن the deal is done في بغداد.")
	if len(d.Paragraphs) != 3 {
		t.Fatalf("got %d paragraphs, want 3", len(d.Paragraphs))
	}
	for i, want := range []string{"ar", "en", "mixed"} {
		if got := d.Paragraphs[i].Lang; got != want {
			t.Errorf("paragraph %d lang %q, want %q", i, got, want)
		}
	}
	if got := Parse("123 456").Paragraphs[0].Lang; got != "" {
		t.Errorf("digits only: lang %q, want empty", got)
	}
	if got := Parse(loadArticle(t)).Lang(); got != "ar" {
		t.Errorf("article lang %q", got)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "Dr. Smith said “no.” Then…", "Officials said it. “", "وقال مسؤول (لم تسمه)، “نعم”. وأضاف", "لـ”رويترز” ٢٬٥٠٠ 2.5", "a\r\nb\n\nc", "U.S.A. e.g. x", "\u200c\u200dا\u200cب", "'-'", loadArticle(f)[:600]} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // CheckText refuses such input before Parse sees it
		}
		checkDocument(t, s)
		for _, st := range Statements(Parse(s)) {
			n := utf8.RuneCountInString(s)
			for _, sp := range []Span{st.Speaker, st.Role, st.Cue, st.Channel, st.Quote} {
				if sp.Start < 0 || sp.End > n || sp.Start > sp.End {
					t.Fatalf("span %+v out of bounds in %q", sp, s)
				}
			}
		}
	})
}

func TestIsDigitMatchesUnicode(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if got, want := isDigit(r), unicode.IsDigit(r); got != want {
			t.Errorf("isDigit(%U) = %v, want %v", r, got, want)
		}
	}
}

// decodeRunes decodes one- and two-byte runes itself; on any input, valid
// or not, its runes and offsets must be those of ranging over the string.
func FuzzDecodeRunesLikeRange(f *testing.F) {
	f.Add("قال \xd8 مسؤول\xff é ✓ 😀 \xc2\x80\xdf\xbf\xc1\xbf\xe0")
	f.Fuzz(func(t *testing.T, s string) {
		sc := decodeRunes(s)
		k := 0
		for i, r := range s {
			if k >= len(sc.runes) || sc.runes[k] != r || sc.bytes[k] != i {
				t.Fatalf("decodeRunes(%q): rune %d differs from range's %U at %d", s, k, r, i)
			}
			k++
		}
		if k != len(sc.runes) || len(sc.bytes) != k+1 || sc.bytes[k] != len(s) {
			t.Fatalf("decodeRunes(%q): %d runes, %d offsets, want %d and %d", s, len(sc.runes), len(sc.bytes), k, k+1)
		}
	})
}
