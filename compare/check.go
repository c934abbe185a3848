package compare

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	stdunicode "unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// MaxTextBytes is the largest input CheckText accepts: 5 MiB, far above any
// article, small enough that a wrong file is caught before it costs memory.
const MaxTextBytes = 5 << 20

// Errors CheckText wraps, for callers that test with errors.Is.
var (
	ErrNotUTF8  = errors.New("not UTF-8 text")
	ErrEmpty    = errors.New("empty text")
	ErrBinary   = errors.New("binary data")
	ErrTooLarge = errors.New("text too large")
)

// TextError is an input CheckText refuses. Its message is one sentence naming
// the input.
type TextError struct {
	Name string // the input as the user knows it: a file name, "standard input"
	Err  error  // one of ErrNotUTF8, ErrEmpty, ErrBinary, ErrTooLarge
	msg  string
}

func (e *TextError) Error() string { return "compare: " + e.Name + " " + e.msg }

// Reason is what is wrong with the input, without its name: "is over the 5
// MiB limit for a text", for a line that names the input already.
func (e *TextError) Reason() string { return e.msg }
func (e *TextError) Unwrap() error  { return e.Err }

// CheckText turns raw input into text the engine takes, or says in one
// sentence why it cannot. It accepts UTF-8 text of at most MaxTextBytes that
// is not empty, not only white space and not binary (a NUL byte, or more than
// one control character in a hundred), and UTF-16 with a byte order mark,
// which it decodes first. It changes UTF-8 text in two ways only: a leading
// byte order mark is removed, and line ends CRLF and lone CR become LF. All
// offsets the engine reports are into the returned text.
func CheckText(name string, data []byte) (string, error) {
	if name == "" {
		name = "the input"
	}
	fail := func(kind error, format string, args ...any) (string, error) {
		return "", &TextError{Name: name, Err: kind, msg: fmt.Sprintf(format, args...)}
	}
	if len(data) > MaxTextBytes {
		// Callers may read only MaxTextBytes+1 bytes, so the true size is
		// not known here.
		return fail(ErrTooLarge, "is over the %s limit for a text", sizeString(MaxTextBytes))
	}
	data = fromUTF16(data)
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fail(ErrBinary, "looks like a binary file, not text (NUL byte at offset %d)", i)
	}
	if !utf8.Valid(data) {
		return fail(ErrNotUTF8, "is not UTF-8 text (invalid byte at offset %d)", invalidOffset(data))
	}
	s := string(data)
	// A byte order mark is no text, nor are more of them (files joined
	// with cat keep each one's mark).
	s = strings.TrimLeft(s, "\uFEFF")
	if blank(s) {
		if s == "" {
			return fail(ErrEmpty, "is empty")
		}
		return fail(ErrEmpty, "has only white space, no text")
	}
	// Count runes and control characters byte by byte: the text is valid
	// UTF-8, so a rune starts at every byte that is not a continuation byte
	// (10xxxxxx), and the C1 controls U+0080-U+009F are 0xC2 0x80-0x9F.
	var runes, controls int
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c&0xC0 != 0x80 {
			runes++
		}
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F || (c == 0xC2 && i+1 < len(s) && s[i+1] < 0xA0) {
			controls++
		}
	}
	if controls > 0 && controls*100 > runes {
		return fail(ErrBinary, "looks like a binary file, not text (%d control characters in %d)", controls, runes)
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s, nil
}

// blank reports whether s has nothing to read: only white space and
// invisible format characters (byte order marks, zero-width joiners,
// direction marks).
func blank(s string) bool {
	for _, r := range s {
		if !stdunicode.IsSpace(r) && !stdunicode.Is(stdunicode.Cf, r) {
			return false
		}
	}
	return true
}

// invalidOffset is the byte offset of the first byte that does not start a
// valid UTF-8 sequence.
func invalidOffset(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

func sizeString(n int) string {
	return fmt.Sprintf("%d MiB", n>>20)
}

// fromUTF16 decodes text saved as UTF-16 with a byte order mark (Notepad's
// "Unicode") to UTF-8, and returns other data as it is.
func fromUTF16(data []byte) []byte {
	if len(data) < 2 || len(data)%2 != 0 {
		return data // UTF-16 comes in pairs of bytes
	}
	var e unicode.Endianness
	switch {
	case data[0] == 0xFF && data[1] == 0xFE:
		e = unicode.LittleEndian
	case data[0] == 0xFE && data[1] == 0xFF:
		e = unicode.BigEndian
	default:
		return data
	}
	text, err := unicode.UTF16(e, unicode.ExpectBOM).NewDecoder().Bytes(data)
	if err != nil {
		return data
	}
	return text
}
