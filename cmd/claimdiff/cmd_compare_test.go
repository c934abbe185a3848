package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

func writeTemp(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const (
	compareA = "وتحتفظ الولايات المتحدة بنحو 2500 جندي في العراق.\nقال المستشار إن المحادثات الفنية انتهت.\nالطقس حار في بغداد."
	compareB = "قال المستشار إن المحادثات الفنية انتهت.\nوتحتفظ الولايات المتحدة بنحو 3000 جندي في العراق.\nارتفعت أسعار النفط يوم الاثنين."
)

func TestCompareCommandText(t *testing.T) {
	a, b := writeTemp(t, "a.txt", compareA), writeTemp(t, "b.txt", compareB)
	var out, errb bytes.Buffer
	if code := Main([]string{"compare", a, b}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	got := out.String()
	for _, want := range []string{
		"contradicts", "number: 2500 vs 3000", "بنحو [-2500-]{+3000+} جندي", "moved",
		"Only in A (1):", "الطقس حار في بغداد.", "Only in B (1):", "ارتفعت أسعار النفط",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "\x1b[") {
		t.Errorf("colours written to a buffer")
	}
}

func TestCompareCommandJSONFromStdin(t *testing.T) {
	b := writeTemp(t, "b.txt", compareB)
	var out, errb bytes.Buffer
	code := Main([]string{"compare", "-", b, "--format", "json", "--ignore", "punct,digits"}, strings.NewReader(compareA), &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	var v struct {
		Version int
		A       struct{ Name string }
		Ignore  []string
		Pairs   []struct {
			Relation string
			Reasons  []struct{ Kind string }
			Diff     []struct{ Op, A, B string }
		}
		OnlyA []struct{ Text string } `json:"only_a"`
	}
	if err := json.Unmarshal(out.Bytes(), &v); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out.String())
	}
	if v.Version != 1 || v.A.Name != "standard input" || len(v.Ignore) != 2 || len(v.Pairs) != 2 || len(v.OnlyA) != 1 {
		t.Errorf("unexpected JSON: %+v", v)
	}
}

func TestCompareCommandErrors(t *testing.T) {
	good := writeTemp(t, "good.txt", "نص صالح.")
	bad := writeTemp(t, "bad.txt", "abc\xffdef")
	empty := writeTemp(t, "empty.txt", " \n")
	big := writeTemp(t, "big.txt", strings.Repeat("كلمة ", 1<<20)) // 10 MiB
	cases := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"compare", good}, 2, "compare needs two inputs"},
		{[]string{"compare", "-", "-"}, 2, "only one of A and B"},
		{[]string{"compare", good, good, "--format", "xml"}, 2, "unknown format"},
		{[]string{"compare", good, good, "--ignore", "punct,spaces"}, 2, "valid names are punct, case, diacritics, letterforms, digits"},
		{[]string{"compare", good, bad}, 1, "bad.txt is not UTF-8 text (invalid byte at offset 3)"},
		{[]string{"compare", empty, good}, 1, "empty.txt has only white space"},
		{[]string{"compare", good, filepath.Join(t.TempDir(), "missing.txt")}, 1, "cannot open"},
		{[]string{"compare", big, good}, 1, "big.txt is over the 5 MiB limit"},
	}
	for _, c := range cases {
		var out, errb bytes.Buffer
		code := Main(c.args, strings.NewReader(""), &out, &errb)
		if code != c.code || !strings.Contains(errb.String(), c.msg) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", c.args[1:], code, errb.String(), c.code, c.msg)
		}
	}
}

func TestCompareTextColours(t *testing.T) {
	c := compare.Compare("Troops will leave Iraq.", "Troops will stay in Iraq.", compare.Options{})
	var out bytes.Buffer
	writeComparison(&out, c, true)
	for _, want := range []string{ansiRed + "[-leave-]" + ansiReset, ansiGreen + "{+stay in+}" + ansiReset, ansiBold} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("coloured output lacks %q:\n%q", want, out.String())
		}
	}
}
