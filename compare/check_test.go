package compare

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestCheckText(t *testing.T) {
	cases := []struct {
		name    string
		in      []byte
		want    string // the text when ok
		kind    error  // the error kind otherwise
		message string // the error text
	}{
		{"a.txt", []byte("hello\r\nworld\r"), "hello\nworld\n", nil, ""},
		{"a.txt", []byte("\xEF\xBB\xBFقال"), "قال", nil, ""},
		{"a.txt", []byte("tab\tand\fform feed"), "tab\tand\fform feed", nil, ""},
		{"a.txt", []byte("abc\xffdef"), "", ErrNotUTF8, "compare: a.txt is not UTF-8 text (invalid byte at offset 3)"},
		{"b.txt", []byte(""), "", ErrEmpty, "compare: b.txt is empty"},
		{"b.txt", []byte("\xEF\xBB\xBF \n\t "), "", ErrEmpty, "compare: b.txt has only white space, no text"},
		{"b.txt", []byte("\xEF\xBB\xBF\xEF\xBB\xBF"), "", ErrEmpty, "compare: b.txt is empty"},
		{"b.txt", []byte("\u200f \u200b\n\ufeff"), "", ErrEmpty, "compare: b.txt has only white space, no text"},
		{"a.txt", []byte("\xEF\xBB\xBF\xEF\xBB\xBFنص"), "نص", nil, ""},
		{"a.txt", []byte("\u200fنص\ufeff"), "\u200fنص\ufeff", nil, ""},
		{"c.bin", []byte("PK\x03\x04\x00\x00"), "", ErrBinary, "compare: c.bin looks like a binary file, not text (NUL byte at offset 4)"},
		{"d.bin", []byte("ab\x01\x02\x03cd"), "", ErrBinary, "compare: d.bin looks like a binary file, not text (3 control characters in 7)"},
		{"", []byte{}, "", ErrEmpty, "compare: the input is empty"},
	}
	for _, c := range cases {
		got, err := CheckText(c.name, c.in)
		if c.kind == nil {
			if err != nil || got != c.want {
				t.Errorf("CheckText(%q) = %q, %v; want %q", c.in, got, err, c.want)
			}
			continue
		}
		if !errors.Is(err, c.kind) || err.Error() != c.message {
			t.Errorf("CheckText(%q) error %v, want %q (%v)", c.in, err, c.message, c.kind)
		}
	}
}

func TestCheckTextTooLarge(t *testing.T) {
	big := []byte(strings.Repeat("a", MaxTextBytes+1))
	_, err := CheckText("big.txt", big)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "5 MiB") || !strings.Contains(err.Error(), "big.txt") {
		t.Errorf("error %v, want one naming big.txt and the 5 MiB limit", err)
	}
	if _, err := CheckText("ok.txt", big[:MaxTextBytes]); err != nil {
		t.Errorf("exactly MaxTextBytes must pass: %v", err)
	}
}

func FuzzCheckText(f *testing.F) {
	for _, s := range []string{"", "a", "\r\n", "\xEF\xBB\xBF", "x\x00", "\xff", "قال\r"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := CheckText("f", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "compare: f ") {
				t.Fatalf("message does not name the input: %v", err)
			}
			return
		}
		if strings.ContainsAny(s, "\r\x00") || strings.HasPrefix(s, "\uFEFF") || strings.TrimFunc(s, invisible) == "" {
			t.Fatalf("CheckText let through %q", s)
		}
		checkDocument(t, s)
	})
}

// invisible is written apart from CheckText's blank, rune by rune.
func invisible(r rune) bool {
	return unicode.IsSpace(r) || unicode.In(r, unicode.Cf)
}

// refControls is CheckText's control-character count written rune by rune.
func refControls(s string) (runes, controls int) {
	for _, r := range s {
		runes++
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v') || r == 0x7F || (r >= 0x80 && r < 0xA0) {
			controls++
		}
	}
	return runes, controls
}

func FuzzCheckTextBinaryRule(f *testing.F) {
	f.Add("text with a C1 control \u0085 and \u009f and \u00a0 and \x7f.")
	f.Add("\x01\x02 short")
	f.Fuzz(func(t *testing.T, s string) {
		_, err := CheckText("x", []byte(s))
		s = strings.TrimLeft(s, "\uFEFF")
		if !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 || strings.TrimFunc(s, invisible) == "" || len(s) > MaxTextBytes {
			return
		}
		runes, controls := refControls(s)
		want := controls > 0 && controls*100 > runes
		if got := errors.Is(err, ErrBinary); got != want {
			t.Errorf("CheckText(%q) binary = %v, want %v (%d controls in %d runes)", s, got, want, controls, runes)
		}
	})
}

// fromUTF16 leaves data without a UTF-16 byte order mark (or of an odd
// length) as it is, and turns any other data into valid UTF-8.
func FuzzFromUTF16(f *testing.F) {
	f.Add([]byte{0xFF, 0xFE, 'a', 0, 0x27, 0x06})
	f.Add([]byte{0xFE, 0xFF, 0xD8, 0x00, 0})
	f.Add([]byte("plain \xff text"))
	f.Fuzz(func(t *testing.T, data []byte) {
		got := fromUTF16(data)
		bom := len(data) >= 2 && len(data)%2 == 0 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF)
		if !bom && !bytes.Equal(got, data) {
			t.Fatalf("changed data without a byte order mark: %q -> %q", data, got)
		}
		if bom && !utf8.Valid(got) {
			t.Fatalf("invalid UTF-8 from %q: %q", data, got)
		}
	})
}
