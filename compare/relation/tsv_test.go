package relation

import (
	"errors"
	"io"
	"strings"
	"testing"
)

func readAll(t testing.TB, in string) (rows []Row, bad []int, err error) {
	r, err := NewTSVReader(strings.NewReader(in))
	if err != nil {
		return nil, nil, err
	}
	for {
		row, err := r.Next()
		if err == io.EOF {
			return rows, bad, nil
		}
		var re *RowError
		if errors.As(err, &re) {
			bad = append(bad, re.Line)
			continue
		}
		if err != nil {
			return rows, bad, err
		}
		rows = append(rows, row)
	}
}

func TestTSVReaderEscapesAndColumns(t *testing.T) {
	in := "lang\ttext_b\tid\ttext_a\textra\n" +
		"ar\tb\\tone\\nline\t7\ta\\\\b\\x\tignored\r\n" +
		"\n" +
		"en\tB\t8\tA\n"
	rows, bad, err := readAll(t, in)
	if err != nil || len(bad) != 0 {
		t.Fatalf("err %v, bad %v", err, bad)
	}
	if len(rows) != 2 {
		t.Fatalf("got %d rows", len(rows))
	}
	if r := rows[0]; r.ID != "7" || r.A != `a\b\x` || r.B != "b\tone\nline" || r.Line != 2 {
		t.Errorf("row 1 = %+v", r)
	}
	if r := rows[1]; r.ID != "8" || r.A != "A" || r.B != "B" || r.Line != 4 {
		t.Errorf("row 2 = %+v", r)
	}
}

func TestTSVReaderBadRowsAreSkipped(t *testing.T) {
	in := "id\ttext_a\ttext_b\n1\tonly a\n2\ta\tb\n3\t\xff\tb\n4\tc\td\n"
	rows, bad, err := readAll(t, in)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].ID != "2" || rows[1].ID != "4" {
		t.Errorf("rows %+v", rows)
	}
	if len(bad) != 2 || bad[0] != 2 || bad[1] != 4 {
		t.Errorf("bad lines %v, want [2 4]", bad)
	}
}

func TestTSVReaderLongLine(t *testing.T) {
	in := "id\ttext_a\ttext_b\n1\t" + strings.Repeat("x", MaxLine+10) + "\tb\n2\ta\tb\n"
	rows, bad, err := readAll(t, in)
	if err != nil {
		t.Fatal(err)
	}
	if len(bad) != 1 || bad[0] != 2 || len(rows) != 1 || rows[0].ID != "2" {
		t.Errorf("bad %v rows %+v", bad, rows)
	}
}

func TestTSVReaderHeader(t *testing.T) {
	for _, in := range []string{"", "id\ttext_a\n", "text_a\ttext_b\n1\t2\n"} {
		if _, err := NewTSVReader(strings.NewReader(in)); !errors.Is(err, ErrHeader) {
			t.Errorf("%q: err %v, want ErrHeader", in, err)
		}
	}
}

func TestEscapeRoundTrip(t *testing.T) {
	for _, s := range []string{"", "plain", "a\tb\nc\\d", `\n literal`, "نص\tعربي"} {
		if got := Unescape(Escape(s)); got != s {
			t.Errorf("Unescape(Escape(%q)) = %q", s, got)
		}
	}
}

func FuzzTSVReader(f *testing.F) {
	f.Add("id\ttext_a\ttext_b\n1\ta\\tb\tc\n2\tx\n")
	f.Add("text_b\tid\ttext_a\n\\\\\t\\n\t\xff\n")
	f.Fuzz(func(t *testing.T, in string) {
		r, err := NewTSVReader(strings.NewReader(in))
		if err != nil {
			return
		}
		last := 1
		for i := 0; i < 10000; i++ {
			row, err := r.Next()
			if err == io.EOF {
				return
			}
			var re *RowError
			if errors.As(err, &re) {
				if re.Line <= last {
					t.Fatalf("line numbers do not advance: %d after %d", re.Line, last)
				}
				last = re.Line
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			if row.Line <= last {
				t.Fatalf("line numbers do not advance: %d after %d", row.Line, last)
			}
			last = row.Line
		}
	})
}

// A row's field count is checked against the header's, and the message
// counts both rightly: fewer fields than the required columns, or more
// fields than the header (an unescaped TAB) make a bad row.
func TestTSVReaderFieldCounts(t *testing.T) {
	cases := []struct{ in, msg, next string }{
		{"id\tlang\ttext_a\ttext_b\tlabel\n1\tar\tonly a\n", "line 2: 3 fields, the header names 5", "2\ten\tx\ty\tunrelated\n"},
		{"id\ttext_a\ttext_b\n1\ta\tb\tc\n", `line 2: 4 fields, the header names 3; a TAB inside a field must be written \t`, "2\tx\ty\n"},
		{"id\ttext_a\ttext_b\n1\t  \tb\n", "line 2: text_a is empty", "2\tx\ty\n"},
		{"id\ttext_a\ttext_b\n1\ta\t\n", "line 2: text_b is empty", "2\tx\ty\n"},
	}
	for _, c := range cases {
		r, err := NewTSVReader(strings.NewReader(c.in + c.next))
		if err != nil {
			t.Fatal(err)
		}
		_, err = r.Next()
		var re *RowError
		if !errors.As(err, &re) || !strings.HasPrefix(re.Error(), c.msg) {
			t.Errorf("%q: error %v, want one starting %q", c.in, err, c.msg)
			continue
		}
		if row, err := r.Next(); err != nil || row.ID != "2" {
			t.Errorf("%q: the row after the bad one: %+v, %v", c.in, row, err)
		}
	}
	// Trailing optional columns may be left out.
	rows, bad, err := readAll(t, "id\ttext_a\ttext_b\tnote\n1\ta\tb\n")
	if err != nil || len(bad) != 0 || len(rows) != 1 {
		t.Errorf("a row without the optional last column: rows %v bad %v err %v", rows, bad, err)
	}
}

// LineReady is true exactly when a whole line waits in the buffer, so a
// caller can flush its output before Next would block on the input.
func TestTSVReaderLineReady(t *testing.T) {
	pr, pw := io.Pipe()
	go func() {
		pw.Write([]byte("id\ttext_a\ttext_b\n1\ta\tb\n2\tc"))
		pw.Write([]byte("\td\n"))
		pw.Close()
	}()
	r, err := NewTSVReader(pr)
	if err != nil {
		t.Fatal(err)
	}
	if !r.LineReady() {
		t.Error("LineReady false with line 2 in the buffer")
	}
	if _, err := r.Next(); err != nil {
		t.Fatal(err)
	}
	if r.LineReady() {
		t.Error("LineReady true with only part of line 3 in the buffer")
	}
	if row, err := r.Next(); err != nil || row.B != "d" {
		t.Fatalf("row 3: %+v, %v", row, err)
	}
}
