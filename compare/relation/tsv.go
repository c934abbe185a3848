package relation

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// MaxLine is the longest TSV line the reader accepts, in bytes. A longer line
// is reported as a bad row and skipped; memory stays bounded by it.
const MaxLine = 1 << 20

// Row is one pair read from a TSV file.
type Row struct {
	Line  int    // 1-based line number in the input
	ID    string // the id column
	A, B  string // text_a and text_b, unescaped
	Label string // the label column when the file has one, else ""
}

// RowError is a bad row: the reader has skipped it and the next call to Next
// goes on with the following line.
type RowError struct {
	Line int
	Msg  string
}

func (e *RowError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// ErrHeader is wrapped by the error NewTSVReader returns when the input has
// no usable header line.
var ErrHeader = errors.New("bad TSV header")

// TSVReader streams pairs from TSV with a header line naming at least id,
// text_a and text_b. Inside fields "\t", "\n" and "\\" are escapes.
type TSVReader struct {
	r               *bufio.Reader
	line            int
	id, ta, tb, lab int
	need            int // fields a row must have
	cols            int // fields the header names: a row may not have more
}

// NewTSVReader reads the header line of r.
func NewTSVReader(r io.Reader) (*TSVReader, error) {
	t := &TSVReader{r: bufio.NewReaderSize(r, MaxLine), id: -1, ta: -1, tb: -1, lab: -1}
	line, err := t.readLine()
	if err != nil {
		if err == io.EOF {
			return nil, fmt.Errorf("%w: the input is empty, expected a header line naming id, text_a and text_b", ErrHeader)
		}
		return nil, fmt.Errorf("%w: %v", ErrHeader, err)
	}
	names := strings.Split(strings.TrimSuffix(string(line), "\r"), "\t")
	t.cols = len(names)
	for i, name := range names {
		switch strings.TrimSpace(strings.TrimPrefix(name, "\uFEFF")) {
		case "id":
			t.id = i
		case "text_a":
			t.ta = i
		case "text_b":
			t.tb = i
		case "label":
			t.lab = i
		}
	}
	var missing []string
	for _, c := range []struct {
		name string
		i    int
	}{{"id", t.id}, {"text_a", t.ta}, {"text_b", t.tb}} {
		if c.i < 0 {
			missing = append(missing, c.name)
		}
		t.need = max(t.need, c.i+1)
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("%w: line 1 has no column %s (the header must name id, text_a and text_b, TAB-separated)", ErrHeader, strings.Join(missing, ", "))
	}
	return t, nil
}

// readLine returns the next line without its newline, or a *RowError for a
// line over MaxLine (which it skips).
func (t *TSVReader) readLine() ([]byte, error) {
	t.line++
	line, err := t.r.ReadSlice('\n')
	if errors.Is(err, bufio.ErrBufferFull) {
		for errors.Is(err, bufio.ErrBufferFull) {
			_, err = t.r.ReadSlice('\n')
		}
		if err != nil && err != io.EOF {
			return nil, err
		}
		return nil, &RowError{t.line, fmt.Sprintf("line longer than %d bytes, skipped", MaxLine)}
	}
	if err == io.EOF && len(line) > 0 {
		err = nil
	}
	if err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(line, []byte{'\n'}), nil
}

// LineReady reports whether a whole line is already buffered, so that Next
// will not wait for input: a caller streaming results flushes its output
// when it is false, and a person typing rows sees each answer at once.
func (t *TSVReader) LineReady() bool {
	b, _ := t.r.Peek(t.r.Buffered())
	return bytes.IndexByte(b, '\n') >= 0
}

// Next returns the next row, io.EOF at the end, or a *RowError for a bad row
// (then call Next again for the rest). Empty lines are skipped.
func (t *TSVReader) Next() (Row, error) {
	for {
		line, err := t.readLine()
		if err != nil {
			return Row{}, err
		}
		line = bytes.TrimSuffix(line, []byte{'\r'})
		if len(line) == 0 {
			continue
		}
		if !utf8.Valid(line) {
			return Row{}, &RowError{t.line, "not valid UTF-8 text"}
		}
		n := 0
		row := Row{Line: t.line}
		for i := 0; ; i++ {
			f, rest, more := bytes.Cut(line, []byte{'\t'})
			switch i {
			case t.id:
				row.ID = Unescape(string(f))
			case t.ta:
				row.A = Unescape(string(f))
			case t.tb:
				row.B = Unescape(string(f))
			case t.lab:
				row.Label = string(f)
			}
			n++
			if !more {
				break
			}
			line = rest
		}
		// Fewer fields than the header is fine while the required columns
		// are there (a trailing optional column left out); more means a
		// field holds a raw TAB, and every field after it is shifted.
		if n > t.cols {
			return Row{}, &RowError{t.line, fmt.Sprintf(`%d fields, the header names %d; a TAB inside a field must be written \t`, n, t.cols)}
		}
		if n < t.need {
			return Row{}, &RowError{t.line, fmt.Sprintf("%d fields, the header names %d (id, text_a and text_b are needed)", n, t.cols)}
		}
		if strings.TrimSpace(row.A) == "" {
			return Row{}, &RowError{t.line, "text_a is empty"}
		}
		if strings.TrimSpace(row.B) == "" {
			return Row{}, &RowError{t.line, "text_b is empty"}
		}
		return row, nil
	}
}

// Unescape turns "\t", "\n" and "\\" in a TSV field into TAB, newline and
// backslash; any other backslash is kept as it is.
func Unescape(s string) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' && i+1 < len(s) {
			switch s[i+1] {
			case 't':
				b.WriteByte('\t')
				i++
				continue
			case 'n':
				b.WriteByte('\n')
				i++
				continue
			case '\\':
				b.WriteByte('\\')
				i++
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// Escape is the inverse of Unescape: it makes s safe as one TSV field.
func Escape(s string) string {
	if !strings.ContainsAny(s, "\\\t\n\r") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			b.WriteString(`\\`)
		case '\t':
			b.WriteString(`\t`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\n`)
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}
