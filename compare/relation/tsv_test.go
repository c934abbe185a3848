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
