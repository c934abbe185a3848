package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

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

// -o writes every format to the file, nothing to standard output; without
// --format the format comes from the file's extension.
func TestCompareOutputFile(t *testing.T) {
	a, b := writeTemp(t, "a.txt", compareA), writeTemp(t, "b.txt", compareB)
	dir := t.TempDir()
	cases := []struct {
		name   string
		format []string
		check  func(string) bool
	}{
		{"out1.txt", nil, func(s string) bool { return strings.HasPrefix(s, "A: 3 statements") }},
		{"out2.TXT", []string{"--format", "text"}, func(s string) bool { return strings.Contains(s, "number: 2500 vs 3000") }},
		{"out1.json", []string{"--format", "json"}, func(s string) bool { return json.Valid([]byte(s)) }},
		{"out2.json", nil, func(s string) bool { return json.Valid([]byte(s)) }},
		{"cmp.html", nil, func(s string) bool { return strings.Contains(strings.ToLower(s[:min(len(s), 200)]), "<!doctype html") }},
		{"cmp.md", nil, func(s string) bool { return strings.HasPrefix(s, "#") }},
		{"cmp.docx", nil, func(s string) bool { return strings.HasPrefix(s, "PK") }},
		{"forced.out", []string{"--format", "json"}, func(s string) bool { return json.Valid([]byte(s)) }},
	}
	for _, c := range cases {
		out := filepath.Join(dir, c.name)
		args := append([]string{"compare", a, b, "-o", out}, c.format...)
		code, stdout, stderr := run(t, "", args...)
		if code != 0 || stdout != "" {
			t.Errorf("%s: exit %d, stdout %d bytes, stderr %q", c.name, code, len(stdout), stderr)
			continue
		}
		data, err := os.ReadFile(out)
		if err != nil || !c.check(string(data)) {
			t.Errorf("%s: %v, content %.80q", c.name, err, data)
		}
		// A DOCX is compressed: its bytes hold ESC [ by chance.
		if !strings.HasSuffix(c.name, ".docx") && strings.Contains(string(data), "\x1b[") {
			t.Errorf("%s: colours in a file", c.name)
		}
	}
	code, _, stderr := run(t, "", "compare", a, b, "-o", filepath.Join(dir, "x.xyz"))
	if code != 2 || !strings.Contains(stderr, ".html") || !strings.Contains(stderr, ".txt") || !strings.Contains(stderr, ".json") {
		t.Errorf("unknown extension: exit %d, stderr %q; want 2 naming the extensions", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "x.xyz")); err == nil {
		t.Error("a file was written for an unknown extension")
	}
}

// -o may not name an input, by any path, nor a folder.
func TestCompareOutputMayNotBeAnInput(t *testing.T) {
	victim := writeTemp(t, "victim.txt", compareA)
	b := writeTemp(t, "b.txt", compareB)
	link := filepath.Join(t.TempDir(), "link.txt")
	if err := os.Link(victim, link); err != nil {
		t.Skip(err)
	}
	for _, out := range []string{victim, link, filepath.Join(filepath.Dir(victim), ".", "victim.txt")} {
		code, _, stderr := run(t, "", "compare", victim, b, "--format", "md", "-o", out)
		if code != 2 || !strings.Contains(stderr, "is one of the inputs") {
			t.Errorf("-o %s: exit %d, stderr %q", out, code, stderr)
		}
		if data, _ := os.ReadFile(victim); string(data) != compareA {
			t.Fatalf("-o %s overwrote the input", out)
		}
	}
	adir := t.TempDir()
	code, _, stderr := run(t, "", "compare", victim, b, "-o", adir)
	if code != 2 || !strings.Contains(stderr, "is a folder") || strings.Contains(stderr, "rename") {
		t.Errorf("-o a folder: exit %d, stderr %q", code, stderr)
	}
}

func utf16File(t *testing.T, name, text string, big bool) string {
	t.Helper()
	var b []byte
	if big {
		b = []byte{0xFE, 0xFF}
	} else {
		b = []byte{0xFF, 0xFE}
	}
	for _, u := range utf16.Encode([]rune(text)) {
		if big {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// A file saved as UTF-16 with a byte order mark (Notepad's "Unicode") reads
// as the same text as its UTF-8 save, from a file or standard input.
func TestCompareReadsUTF16(t *testing.T) {
	a, b := writeTemp(t, "a.txt", compareA), writeTemp(t, "b.txt", compareB)
	_, want, _ := run(t, "", "compare", a, b)
	for _, big := range []bool{false, true} {
		a16 := utf16File(t, "a16.txt", strings.ReplaceAll(compareA, "\n", "\r\n"), big)
		code, out, stderr := run(t, "", "compare", a16, b)
		if code != 0 || out != strings.Replace(want, a, a16, 1) {
			t.Errorf("UTF-16 (big endian %v): exit %d, stderr %q\n%s\nwant\n%s", big, code, stderr, out, want)
		}
		raw, _ := os.ReadFile(a16)
		code, out, stderr = run(t, string(raw), "compare", "-", b)
		if code != 0 || !strings.Contains(out, "number: 2500 vs 3000") {
			t.Errorf("UTF-16 on standard input (big endian %v): exit %d, stderr %q", big, code, stderr)
		}
	}
}

func TestCompareNotUTF8Hint(t *testing.T) {
	latin1 := writeTemp(t, "latin1.txt", "caf\xe9 cr\xe8me")
	good := writeTemp(t, "good.txt", "Coffee.")
	code, _, stderr := run(t, "", "compare", latin1, good)
	if code != 1 || !strings.Contains(stderr, "latin1.txt is not UTF-8 text") || !strings.Contains(stderr, "Save it as UTF-8 (in most editors: Save as… › Encoding › UTF-8)") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// TestCompareReadsWebPagesAsImportDoes: an HTML file is compared by its
// article's text, as import reads it, not by its markup.
func TestCompareReadsWebPagesAsImportDoes(t *testing.T) {
	dir := t.TempDir()
	a := writeInput(t, dir, "a.html", `<html><head><title>Report</title></head><body><article><p>US forces will withdraw from Iraq by September 2025, officials said.</p><p>About 2,500 troops remain.</p></article></body></html>`)
	b := writeInput(t, dir, "b.txt", "US forces will withdraw from Iraq by September 2026, officials said.\n\nAbout 3,000 troops remain.\n")
	code, out, errOut := run(t, "", "compare", a, b, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if strings.Contains(out, "<p>") || strings.Contains(out, "<article") {
		t.Errorf("the markup was compared:\n%s", out)
	}
	if !strings.Contains(out, "2,500") || !strings.Contains(out, `"contradicts"`) {
		t.Errorf("the articles' number conflict is not found:\n%s", out)
	}
}

// TestCompareHintsAnAddress: an input that is no file but reads as a web
// address without its scheme gets the whole address as a hint.
func TestCompareHintsAnAddress(t *testing.T) {
	b := writeInput(t, t.TempDir(), "b.txt", "Officials said the troops will leave.")
	code, _, stderr := run(t, "", "compare", "www.example.org/story", b)
	if code == 0 || !strings.Contains(stderr, "give its whole address: https://www.example.org/story") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = run(t, "", "compare", "notes.txt", b)
	if code == 0 || strings.Contains(stderr, "address") {
		t.Errorf("a missing file name: exit %d, stderr %q", code, stderr)
	}
}
