package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/data/ingest"
)

func init() {
	extraCommands = append(extraCommands, command{"compare", "A B [--format text|json|html|pdf|docx|md] [-o FILE] [--ignore LIST]",
		"compare two texts: aligned statements, word diff, contradictions", runCompare})
}

// runCompare compares two texts, files or "-" for standard input (one of
// them at most), and prints the aligned statement pairs with their relation,
// its reasons and the word diff, then what is only in A and only in B.
func runCompare(ctx context.Context, env *Env, args []string) error {
	const usage = "A B [--format text|json|html|pdf|docx|md] [-o FILE] [--time RFC3339] [--ignore LIST]"
	fs := newFlags(env, "compare", usage)
	format := fs.String("format", "", "output `format`: text, json, or a report: html, pdf, docx, md (default from -o's extension, else text)")
	rf := addReportFlags(fs, false)
	ignore := fs.String("ignore", "", "comma-separated differences the diff does not show: "+strings.Join(compare.IgnoreNames, ","))
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return &UsageError{fmt.Sprintf("compare needs two inputs, A and B (got %d); usage: %s compare %s", len(pos), program(), usage)}
	}
	if pos[0] == "-" && pos[1] == "-" {
		return &UsageError{"compare: only one of A and B can be - (standard input)"}
	}
	out := *rf.out
	if out == "-" {
		out = ""
	}
	if out != "" {
		if err := checkOutput("compare", out, "comparison.html", pos); err != nil {
			return err
		}
	}
	if *format == "" {
		*format = "text"
		if out != "" {
			f, ok := compareFormats[strings.ToLower(filepath.Ext(out))]
			if !ok {
				return &UsageError{fmt.Sprintf("compare: cannot tell the format from the name %s; end it in %s, or give --format", out, compareExts)}
			}
			*format = f
		}
	}
	if *format != "text" && *format != "json" && !isReportFormat(*format) {
		return &UsageError{fmt.Sprintf("compare: unknown format %q; use text, json, html, pdf, docx or md", *format)}
	}
	opts, bad, ok := compare.ParseIgnore(*ignore)
	if !ok {
		return &UsageError{fmt.Sprintf("compare: unknown --ignore name %q; valid names are %s", bad, strings.Join(compare.IgnoreNames, ", "))}
	}
	a, err := readInputText(ctx, env, pos[0])
	if err != nil {
		return err
	}
	b, err := readInputText(ctx, env, pos[1])
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	defer lessGC(len(a) + len(b))()
	c := compare.Compare(a, b, compare.Options{Ignore: opts})
	if isReportFormat(*format) {
		return exportComparison(ctx, env, c, displayName(pos[0]), displayName(pos[1]), *format, rf)
	}
	if *format == "json" {
		// The same bytes as encoding/json with a two-space indent, written
		// in one pass and one write.
		j := c.JSON(displayName(pos[0]), displayName(pos[1]))
		return writeOutput(env, out, func(w io.Writer) error {
			_, err := w.Write(j.AppendIndented(nil))
			return err
		})
	}
	return writeOutput(env, out, func(w io.Writer) error {
		writeComparison(w, c, env.Color && out == "")
		return nil
	})
}

// compareFormats are the formats -o's extension names when --format is not
// given; compareExts lists them for the message that refuses another.
var compareFormats = map[string]string{
	".txt": "text", ".text": "text", ".json": "json", ".html": "html", ".htm": "html",
	".md": "md", ".markdown": "md", ".pdf": "pdf", ".docx": "docx",
}

const compareExts = ".txt, .json, .html, .md, .pdf or .docx"

// checkOutput refuses an -o of command cmd that is a folder, one of the
// inputs by whatever path (os.SameFile), or an SQLite file: the output would
// replace the text it is about, or an archive ("export -o ../claimdiff.db").
// example is a file name to suggest in a folder.
func checkOutput(cmd, out, example string, inputs []string) error {
	fi, err := os.Stat(out)
	if err != nil {
		return nil // a new file; a folder that does not exist is said on writing
	}
	if fi.IsDir() {
		return &UsageError{fmt.Sprintf("%s: -o %s is a folder; give a file name, such as %s", cmd, out, filepath.Join(out, example))}
	}
	for _, in := range inputs {
		if in == "-" {
			continue
		}
		if ii, err := os.Stat(in); err == nil && os.SameFile(fi, ii) {
			return &UsageError{fmt.Sprintf("%s: -o %s is one of the inputs (%s) and would be overwritten; give another file name", cmd, out, in)}
		}
	}
	if isDatabase(out) {
		return &UsageError{fmt.Sprintf("%s: -o %s is an SQLite database (an archive?) and would be overwritten; give another file name", cmd, out)}
	}
	return nil
}

// isDatabase reports whether path is an existing SQLite file: a report
// written over it would destroy an archive ("export -o ../claimdiff.db").
func isDatabase(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 16)
	n, _ := io.ReadFull(f, head)
	return n == 16 && string(head) == "SQLite format 3\x00"
}

// writeOutput runs write on standard output, or, with out (which
// checkOutput has passed), on a temporary file renamed into place: a failed
// run never leaves half a file. An error of write itself is returned as it
// is; the file's are "cannot write".
func writeOutput(env *Env, out string, write func(w io.Writer) error) error {
	if out == "" {
		w := bufio.NewWriter(env.Stdout)
		if err := write(w); err != nil {
			return err
		}
		return w.Flush()
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), ".claimdiff-*")
	if err != nil {
		return Hint(fmt.Errorf("cannot write %s: %w", out, unwrapPath(err)), "Check that the folder exists and that you may write to it.")
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriter(tmp)
	if err := write(w); err != nil {
		tmp.Close()
		return err
	}
	werr := w.Flush()
	if cerr := tmp.Close(); werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(tmp.Name(), 0o644)
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), out)
	}
	if werr != nil {
		return fmt.Errorf("cannot write %s: %w", out, unwrapPath(werr))
	}
	fmt.Fprintf(env.Stderr, "wrote %s\n", out)
	return nil
}

// gcFreeInput is the largest input (A and B together) compare runs without
// the garbage collector: such a comparison allocates some fifty times its
// input, under 64 MiB, and exits; collecting cost a tenth of its time.
const gcFreeInput = 1 << 20

// lessGC turns the garbage collector off for a comparison of n input bytes
// when n is at most gcFreeInput, with a memory limit that brings it back if
// the estimate is ever wrong. It returns the function that restores the
// settings (tests run many commands in one process).
func lessGC(n int) (restore func()) {
	if n > gcFreeInput {
		return func() {}
	}
	limit := debug.SetMemoryLimit(256 << 20)
	percent := debug.SetGCPercent(-1)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}

func displayName(path string) string {
	if path == "-" {
		return "standard input"
	}
	return path
}

// readText reads one input, refusing more than compare.MaxTextBytes before
// reading it all, and checks it with compare.CheckText.
// readInputText is one side of compare: a web page or a document that
// import reads (HTML, DOCX, Markdown) goes through the same reading as
// import, so its text is the article's, not its markup; anything else is
// read as text (readText).
func readInputText(ctx context.Context, env *Env, in string) (string, error) {
	switch strings.ToLower(filepath.Ext(in)) {
	case ".html", ".htm", ".docx", ".md", ".markdown":
	default:
		if !strings.Contains(in, "://") {
			return readText(env, in)
		}
	}
	doc, err := readInput(ctx, env, in, ingest.DefaultTimeout)
	if err != nil {
		return "", fmt.Errorf("compare: %s: %s", in, inputError(err))
	}
	return doc.Text, nil
}

func readText(env *Env, path string) (string, error) {
	var r io.Reader
	size := 0 // expected size, when known
	if path == "-" {
		r = env.Stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			hint := "Check the file name; use - for standard input."
			if addr, ok := ingest.NormalizeAddress(path); ok && errors.Is(err, fs.ErrNotExist) {
				hint = "To compare the web page, give its whole address: " + addr
			}
			return "", &Hinted{Err: fmt.Errorf("compare: cannot open %s: %w", path, unwrapPath(err)), Hint: hint}
		}
		defer f.Close()
		r = f
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			size = int(min(fi.Size(), compare.MaxTextBytes))
		}
	}
	data, err := readAll(io.LimitReader(r, compare.MaxTextBytes+1), size)
	if err != nil {
		return "", fmt.Errorf("compare: cannot read %s: %w", displayName(path), unwrapPath(err))
	}
	text, err := compare.CheckText(displayName(path), data)
	if errors.Is(err, compare.ErrNotUTF8) {
		return "", Hint(err, "Save it as UTF-8 (in most editors: Save as… › Encoding › UTF-8).")
	}
	return text, err
}

// readAll is io.ReadAll with the buffer sized for size bytes up front (one
// more, to see the end), as os.ReadFile does: no regrowing and copying of
// a file read whole.
func readAll(r io.Reader, size int) ([]byte, error) {
	data := make([]byte, 0, max(size+1, 512))
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

// unwrapPath drops the *PathError wrapper, whose message repeats the path.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// ANSI styles for the text format on a terminal.
const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiRed   = "\x1b[31m"
	ansiGreen = "\x1b[32m"
)

func writeComparison(w io.Writer, c *compare.Comparison, color bool) {
	style := func(code, s string) string {
		if !color || s == "" {
			return s
		}
		return code + s + ansiReset
	}
	fmt.Fprintf(w, "A: %s (%s), B: %s (%s), %s\n",
		plural(len(c.StatementsA), "statement"), langName(c.A.Lang()),
		plural(len(c.StatementsB), "statement"), langName(c.B.Lang()), plural(len(c.Pairs), "aligned pair"))
	for i, p := range c.Pairs {
		sa, sb := &c.StatementsA[p.A], &c.StatementsB[p.B]
		moved := ""
		if p.Moved {
			moved = ", moved"
		}
		fmt.Fprintf(w, "\n%s A%d ~ B%d (similarity %.2f%s)\n", style(ansiBold, fmt.Sprintf("Pair %d:", i+1)), p.A+1, p.B+1, p.Similarity, moved)
		fmt.Fprintf(w, "  %s %s (%.2f)\n", "relation:", style(ansiBold, p.Relation.Label.String()), p.Relation.Confidence)
		for _, r := range p.Relation.Reasons {
			fmt.Fprintf(w, "  reason: %s\n", style(ansiBold, reasonLine(r.Kind, r.A, r.B, r.Detail)))
		}
		if s := speakerLine(sa); s != "" {
			fmt.Fprintf(w, "  A says: %s\n", s)
		}
		if s := speakerLine(sb); s != "" {
			fmt.Fprintf(w, "  B says: %s\n", s)
		}
		d := compare.FormatSegments(c.Segments(p),
			func(t string) string { return style(ansiRed, "[-"+t+"-]") },
			func(t string) string { return style(ansiGreen, "{+"+t+"+}") })
		fmt.Fprintf(w, "  diff: %s\n", d)
	}
	only := func(title string, idx []int, sts []compare.Statement) {
		if len(idx) == 0 {
			return
		}
		fmt.Fprintf(w, "\n%s\n", style(ansiBold, title))
		for _, k := range idx {
			fmt.Fprintf(w, "  %d. %s\n", k+1, sts[k].Text)
		}
	}
	only(fmt.Sprintf("Only in A (%d):", len(c.OnlyA)), c.OnlyA, c.StatementsA)
	only(fmt.Sprintf("Only in B (%d):", len(c.OnlyB)), c.OnlyB, c.StatementsB)
}

func reasonLine(kind, a, b, detail string) string {
	if detail != "" {
		return detail
	}
	return fmt.Sprintf("%s: %q vs %q", kind, a, b)
}

func speakerLine(st *compare.Statement) string {
	if st.SpeakerKind == compare.NoSpeaker {
		return ""
	}
	s := st.Speaker.Text + " (" + st.SpeakerKind.String()
	if st.Carried {
		s += ", carried over"
	}
	s += ")"
	if st.Role.Text != "" && st.Role.Text != st.Speaker.Text {
		s += ", " + st.Role.Text
	}
	if st.Channel.Text != "" && st.Channel.Text != st.Speaker.Text {
		s += ", via " + st.Channel.Text
	}
	if st.Direct {
		s += ", direct quote"
	}
	return s
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func langName(code string) string {
	switch code {
	case "ar":
		return "Arabic"
	case "en":
		return "English"
	case "mixed":
		return "mixed"
	}
	return "no letters"
}
