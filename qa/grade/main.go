// Command grade measures Claimdiff's contradiction lists against the answer
// keys of the hold-outs in qa/holdouts: for each claim it imports the six
// articles into a new archive with a claimdiff-cli build, reads the claim's
// contradiction list, and counts the listed pairs the key holds (real), the
// key's pairs the list holds (found), the real pairs among the first ten, and
// the key's pairs across English and Arabic that were found.
//
//	go run ./qa/grade [--bin bin/claimdiff-cli] [--pairs] [--out DIR] [--rows FILE] qa/holdouts/64 ...
//
// --pairs prints every listed pair and every missed key pair: use it on read
// hold-outs only (qa/README.md says which are blind). --rows writes each
// listed pair's confidence, reason kinds and whether it is real, the rows
// the listed confidence is learned from (make calib): they hold no text, so
// a blind hold-out stays blind, but one whose rows the calibration learns
// from no longer tests it.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare/relation"
)

func main() {
	bin := flag.String("bin", "bin/claimdiff-cli", "the claimdiff-cli build to grade")
	pairs := flag.Bool("pairs", false, "print each listed pair and each missed key pair (read hold-outs only)")
	out := flag.String("out", "", "write each claim's contradiction list as JSON into this folder")
	bands := flag.Bool("bands", false, "add, to each total, the real pairs of those listed in each band of confidence (<40%, 40-80%, 80% and over)")
	kinds := flag.Bool("kinds", false, "add, to each total, the real pairs of those listed by the kinds of their reasons (number, date, negation+denial ...)")
	rowsOut := flag.String("rows", "", "write one row per listed pair (confidence, reason kinds, real) into this TSV file, as the calibration learns from (make calib)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: go run ./qa/grade [--bin PATH] [--pairs] [--bands] [--kinds] [--out DIR] [--rows FILE] HOLDOUT...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	var total Score
	var rows strings.Builder
	if *rowsOut != "" {
		names := make([]string, flag.NArg())
		for i, d := range flag.Args() {
			names[i] = filepath.Base(d)
		}
		fmt.Fprintf(&rows, "# One row per contradiction %s lists on the claims of hold-outs %s:\n", *bin, strings.Join(names, ", "))
		fmt.Fprintf(&rows, "# its confidence and reason kinds, and whether the pair is real (the key holds it). Written by qa/grade --rows.\n")
		rows.WriteString(rowHeader + "\n")
	}
	for _, dir := range flag.Args() {
		claims, err := filepath.Glob(filepath.Join(dir, "c*"))
		if err != nil || len(claims) == 0 {
			fmt.Fprintf(os.Stderr, "grade: %s: no claim folders (c1, c2, ...)\n", dir)
			os.Exit(1)
		}
		sort.Strings(claims)
		var sum Score
		for _, c := range claims {
			h, err := LoadClaim(c)
			if err != nil {
				fmt.Fprintln(os.Stderr, "grade:", err)
				os.Exit(1)
			}
			list, raw, err := runClaim(*bin, h)
			if err != nil {
				fmt.Fprintf(os.Stderr, "grade: %s: %v\n", c, err)
				os.Exit(1)
			}
			if *out != "" {
				name := strings.ReplaceAll(filepath.Clean(c), string(filepath.Separator), "_") + ".json"
				if err := os.WriteFile(filepath.Join(*out, name), raw, 0o644); err != nil {
					fmt.Fprintln(os.Stderr, "grade:", err)
					os.Exit(1)
				}
			}
			s, detail := h.Grade(list)
			writeRows(&rows, filepath.Base(dir), filepath.Base(c), list)
			fmt.Printf("%s\t%s\t%s\n", c, s, h.Title)
			if *pairs {
				fmt.Print(detail)
			}
			sum.Add(s)
		}
		fmt.Printf("%s\t%s%s%s\n", dir, sum, sum.bandText(*bands), sum.kindText(*kinds))
		total.Add(sum)
	}
	if *rowsOut != "" {
		if err := os.WriteFile(*rowsOut, []byte(rows.String()), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "grade:", err)
			os.Exit(1)
		}
	}
	if flag.NArg() > 1 {
		fmt.Printf("all\t%s%s%s\n", total, total.bandText(*bands), total.kindText(*kinds))
	}
}

// Article is one of a claim's articles.
type Article struct {
	Name string
	Text string
}

// KeyPair is one row of a claim's key: two sentences of two articles that
// cannot both be true.
type KeyPair struct {
	A, B       int // article indexes
	SpanA      [2]int
	SpanB      [2]int
	TextA      string
	TextB      string
	Kind, Why  string
	CrossLangs bool // one sentence is in Arabic, the other not
}

// Claim is one claim of a hold-out: its title, articles and key.
type Claim struct {
	Dir      string
	Title    string
	Articles []Article
	Key      []KeyPair
}

// LoadClaim reads a claim folder: claim.txt, a1.txt..., key.tsv. Every key
// sentence must occur exactly once in its article.
func LoadClaim(dir string) (*Claim, error) {
	title, err := os.ReadFile(filepath.Join(dir, "claim.txt"))
	if err != nil {
		return nil, err
	}
	h := &Claim{Dir: dir, Title: strings.TrimSpace(string(title))}
	if h.Title == "" {
		return nil, fmt.Errorf("%s: claim.txt is empty", dir)
	}
	names, _ := filepath.Glob(filepath.Join(dir, "a*.txt"))
	sort.Slice(names, func(i, j int) bool { return articleLess(names[i], names[j]) })
	index := map[string]int{}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		if !utf8.Valid(b) {
			return nil, fmt.Errorf("%s: not UTF-8", n)
		}
		index[filepath.Base(n)] = len(h.Articles)
		h.Articles = append(h.Articles, Article{Name: filepath.Base(n), Text: string(b)})
	}
	if len(h.Articles) < 2 {
		return nil, fmt.Errorf("%s: fewer than two articles", dir)
	}
	f, err := os.Open(filepath.Join(dir, "key.tsv"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			if !strings.HasPrefix(sc.Text(), "file_a\tsentence_a\tfile_b\tsentence_b") {
				return nil, fmt.Errorf("%s/key.tsv: header must start file_a, sentence_a, file_b, sentence_b", dir)
			}
			continue
		}
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		col := strings.Split(sc.Text(), "\t")
		if len(col) < 4 {
			return nil, fmt.Errorf("%s/key.tsv:%d: %d columns, want at least 4", dir, line, len(col))
		}
		k := KeyPair{TextA: col[1], TextB: col[3]}
		if len(col) > 4 {
			k.Kind = col[4]
		}
		if len(col) > 5 {
			k.Why = col[5]
		}
		var ok bool
		if k.A, ok = index[col[0]]; !ok {
			return nil, fmt.Errorf("%s/key.tsv:%d: no article %q", dir, line, col[0])
		}
		if k.B, ok = index[col[2]]; !ok {
			return nil, fmt.Errorf("%s/key.tsv:%d: no article %q", dir, line, col[2])
		}
		if k.A == k.B {
			return nil, fmt.Errorf("%s/key.tsv:%d: both sentences are from %s", dir, line, col[0])
		}
		if k.SpanA, err = onlySpan(h.Articles[k.A].Text, k.TextA); err != nil {
			return nil, fmt.Errorf("%s/key.tsv:%d: sentence_a %v in %s", dir, line, err, col[0])
		}
		if k.SpanB, err = onlySpan(h.Articles[k.B].Text, k.TextB); err != nil {
			return nil, fmt.Errorf("%s/key.tsv:%d: sentence_b %v in %s", dir, line, err, col[2])
		}
		k.CrossLangs = mostlyArabic(k.TextA) != mostlyArabic(k.TextB)
		h.Key = append(h.Key, k)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(h.Key) == 0 {
		return nil, fmt.Errorf("%s/key.tsv: no pairs", dir)
	}
	return h, nil
}

// articleLess orders a2.txt before a10.txt.
func articleLess(a, b string) bool {
	a, b = filepath.Base(a), filepath.Base(b)
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

// onlySpan is the rune span of the only occurrence of s in text.
func onlySpan(text, s string) ([2]int, error) {
	i := strings.Index(text, s)
	if s == "" || i < 0 {
		return [2]int{}, errors.New("not found")
	}
	if strings.Contains(text[i+1:], s) {
		return [2]int{}, errors.New("found more than once")
	}
	start := utf8.RuneCountInString(text[:i])
	return [2]int{start, start + utf8.RuneCountInString(s)}, nil
}

func mostlyArabic(s string) bool {
	var ar, other int
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r):
			ar++
		case unicode.IsLetter(r):
			other++
		}
	}
	return ar > other
}

// Statement is one side of a listed pair.
type Statement struct {
	Source int64  `json:"source_id"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
}

// listedPair is one pair of a contradiction list, in the list's order.
type listedPair struct {
	A          Statement         `json:"a"`
	B          Statement         `json:"b"`
	Confidence float64           `json:"confidence"`
	Reasons    []relation.Reason `json:"reasons"`
	real       bool              // set by Grade: the key holds the pair
}

// rowHeader is the header of the rows --rows writes, the columns the
// calibration (data/internal/calib) reads.
const rowHeader = "holdout\tclaim\trank\tconfidence\tkinds\treasons\treal"

// writeRows appends a row for each pair of the graded list l of claim c
// of hold-out h: its rank, confidence, reason kinds (each once, sorted),
// how many reasons, and 1 when it is real.
func writeRows(w *strings.Builder, h, c string, l *listing) {
	for rank, p := range l.Contradictions {
		real := 0
		if p.real {
			real = 1
		}
		kinds := strings.ReplaceAll(reasonKinds(p), "+", ",")
		fmt.Fprintf(w, "%s\t%s\t%d\t%.4f\t%s\t%d\t%d\n", h, strings.TrimPrefix(c, "c"), rank+1, p.Confidence, kinds, max(len(p.Reasons), 1), real)
	}
}

// listing is a claim's contradiction list, with the source each article
// became (from the import's report).
type listing struct {
	Contradictions []listedPair `json:"contradictions"`
	Sources        []source     `json:"-"`
}

// source is one article's source ID in the archive.
type source struct {
	ID   int64
	Name string // the article's file name
}

// runClaim imports the claim's articles into a new archive and returns its
// contradiction list, with the sources named.
func runClaim(bin string, h *Claim) (*listing, []byte, error) {
	tmp, err := os.MkdirTemp("", "grade")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(tmp)
	db := filepath.Join(tmp, "archive.db")
	args := []string{"--db", db, "import", "--claim", h.Title, "--format", "json"}
	for _, a := range h.Articles {
		args = append(args, filepath.Join(h.Dir, a.Name))
	}
	imported, err := run(bin, args...)
	if err != nil {
		return nil, nil, err
	}
	// The import says which source each file became.
	var imp struct {
		Results []struct {
			Input  string `json:"input"`
			Source int64  `json:"source"`
		} `json:"results"`
	}
	if err := json.Unmarshal(imported, &imp); err != nil {
		return nil, nil, fmt.Errorf("import: %v", err)
	}
	raw, err := run(bin, "--db", db, "statements", "--claim", "1", "--contradictions", "--format", "json")
	if err != nil {
		return nil, nil, err
	}
	var l listing
	if err := json.Unmarshal(raw, &l); err != nil {
		return nil, nil, fmt.Errorf("contradictions: %v", err)
	}
	for _, r := range imp.Results {
		l.Sources = append(l.Sources, source{ID: r.Source, Name: filepath.Base(r.Input)})
	}
	return &l, raw, nil
}

func run(bin string, args ...string) ([]byte, error) {
	var out, errb bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s %s: %v: %s", bin, args[2], err, strings.TrimSpace(errb.String()))
	}
	return out.Bytes(), nil
}

// Score is what the grader counts.
type Score struct {
	Listed, Real, Keys, Found, Top, TopReal, CrossKeys, CrossFound int
	Unplaced                                                       int // listed statements not found in their article
	// BandListed and BandReal count the listed and the real pairs by the
	// confidence the list gives them: below 0.4, 0.4 up to 0.8, 0.8 and
	// over. A confidence is honest when about that share of its band is
	// real.
	BandListed, BandReal [3]int
	// Kinds counts the listed and the real pairs by the kinds of their
	// reasons, each kind once, sorted and joined by "+" ("date+negation"):
	// which reasons a new claim's list is worth trusting on, a total that
	// blind hold-outs may be graded with as the bands are.
	Kinds map[string][2]int
}

// band is the band of confidence c (Score.BandListed).
func band(c float64) int {
	switch {
	case c >= 0.8:
		return 2
	case c >= 0.4:
		return 1
	}
	return 0
}

// bandText is the bands of s as the grader prints them, or "" unless on.
func (s Score) bandText(on bool) string {
	if !on {
		return ""
	}
	names := [3]string{"below 40%", "40-80%", "80% and over"}
	var b strings.Builder
	b.WriteString("; by confidence:")
	for i := 2; i >= 0; i-- {
		fmt.Fprintf(&b, " %s %d of %d", names[i], s.BandReal[i], s.BandListed[i])
		if i > 0 {
			b.WriteString(",")
		}
	}
	return b.String()
}

// kindText is the counts of s by reason kinds as the grader prints them,
// the most listed first, or "" unless on.
func (s Score) kindText(on bool) string {
	if !on {
		return ""
	}
	names := make([]string, 0, len(s.Kinds))
	for k := range s.Kinds {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := s.Kinds[names[i]], s.Kinds[names[j]]
		if a[0] != b[0] {
			return a[0] > b[0]
		}
		return names[i] < names[j]
	})
	var b strings.Builder
	b.WriteString("; by reasons:")
	for i, k := range names {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, " %s %d of %d", k, s.Kinds[k][1], s.Kinds[k][0])
	}
	return b.String()
}

// reasonKinds is the kinds of p's reasons, each once, sorted and joined by
// "+"; "none" when it has no reason.
func reasonKinds(p listedPair) string {
	var ks []string
	for _, r := range p.Reasons {
		if k := r.WeighedKind(); !slices.Contains(ks, k) {
			ks = append(ks, k)
		}
	}
	if len(ks) == 0 {
		return "none"
	}
	sort.Strings(ks)
	return strings.Join(ks, "+")
}

// Add adds o to s.
func (s *Score) Add(o Score) {
	s.Listed += o.Listed
	s.Real += o.Real
	s.Keys += o.Keys
	s.Found += o.Found
	s.Top += o.Top
	s.TopReal += o.TopReal
	s.CrossKeys += o.CrossKeys
	s.CrossFound += o.CrossFound
	s.Unplaced += o.Unplaced
	for i := range s.BandListed {
		s.BandListed[i] += o.BandListed[i]
		s.BandReal[i] += o.BandReal[i]
	}
	for k, v := range o.Kinds {
		s.count(k, v[0], v[1])
	}
}

// count adds listed and real pairs to the kinds k.
func (s *Score) count(k string, listed, real int) {
	if s.Kinds == nil {
		s.Kinds = map[string][2]int{}
	}
	v := s.Kinds[k]
	s.Kinds[k] = [2]int{v[0] + listed, v[1] + real}
}

func (s Score) String() string {
	t := fmt.Sprintf("real %d of %d listed (%s); found %d of %d keys (%s); real %d of first %d; across languages %d of %d",
		s.Real, s.Listed, pct(s.Real, s.Listed), s.Found, s.Keys, pct(s.Found, s.Keys), s.TopReal, s.Top, s.CrossFound, s.CrossKeys)
	if s.Unplaced > 0 {
		t += fmt.Sprintf("; %d statements not placed", s.Unplaced)
	}
	return t
}

func pct(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(a)/float64(b))
}

// covers says whether a statement's span and a key sentence's span are the
// same sentence: they overlap over at least half of the shorter.
func covers(st, sent [2]int) bool {
	lo, hi := max(st[0], sent[0]), min(st[1], sent[1])
	if hi <= lo {
		return false
	}
	short := min(st[1]-st[0], sent[1]-sent[0])
	return 2*(hi-lo) >= short
}

// place finds a listed statement in its article: its text where it occurs
// nearest its recorded offsets, or the offsets themselves.
func place(a Article, st Statement) ([2]int, bool) {
	if st.Text == "" {
		return [2]int{}, false
	}
	best, found := [2]int{}, false
	for off := 0; ; {
		i := strings.Index(a.Text[off:], st.Text)
		if i < 0 {
			break
		}
		start := utf8.RuneCountInString(a.Text[:off+i])
		span := [2]int{start, start + utf8.RuneCountInString(st.Text)}
		if !found || abs(span[0]-st.Start) < abs(best[0]-st.Start) {
			best, found = span, true
		}
		off += i + 1
	}
	if found {
		return best, true
	}
	if st.End > st.Start && st.End <= utf8.RuneCountInString(a.Text) {
		return [2]int{st.Start, st.End}, true
	}
	return [2]int{}, false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Grade scores a claim's contradiction list against its key, and describes
// each listed pair and each missed key pair.
func (h *Claim) Grade(l *listing) (Score, string) {
	article := map[int64]int{}
	for _, s := range l.Sources {
		for i, a := range h.Articles {
			if a.Name == s.Name || strings.TrimSuffix(a.Name, ".txt") == s.Name {
				article[s.ID] = i
			}
		}
	}
	s := Score{Listed: len(l.Contradictions), Keys: len(h.Key)}
	found := make([]bool, len(h.Key))
	var detail strings.Builder
	for rank, p := range l.Contradictions {
		ia, oka := article[p.A.Source]
		ib, okb := article[p.B.Source]
		var spanA, spanB [2]int
		if oka {
			spanA, oka = place(h.Articles[ia], p.A)
		}
		if okb {
			spanB, okb = place(h.Articles[ib], p.B)
		}
		if !oka {
			s.Unplaced++
		}
		if !okb {
			s.Unplaced++
		}
		real := false
		if oka && okb {
			for k, key := range h.Key {
				if (key.A == ia && key.B == ib && covers(spanA, key.SpanA) && covers(spanB, key.SpanB)) ||
					(key.A == ib && key.B == ia && covers(spanB, key.SpanA) && covers(spanA, key.SpanB)) {
					real, found[k] = true, true
				}
			}
		}
		l.Contradictions[rank].real = real
		s.BandListed[band(p.Confidence)]++
		r := 0
		if real {
			r = 1
			s.Real++
			s.BandReal[band(p.Confidence)]++
		}
		s.count(reasonKinds(p), 1, r)
		if rank < 10 {
			s.Top++
			if real {
				s.TopReal++
			}
		}
		mark := "FALSE"
		if real {
			mark = "real"
		}
		var why []string
		for _, r := range p.Reasons {
			why = append(why, r.Kind+": "+r.A+" / "+r.B)
		}
		fmt.Fprintf(&detail, "  %d\t%s\t%.2f\t%s\n\t%s: %s\n\t%s: %s\n", rank+1, mark, p.Confidence, strings.Join(why, "; "),
			name(h, article, p.A.Source), oneLine(p.A.Text), name(h, article, p.B.Source), oneLine(p.B.Text))
	}
	for k, key := range h.Key {
		if key.CrossLangs {
			s.CrossKeys++
		}
		if found[k] {
			s.Found++
			if key.CrossLangs {
				s.CrossFound++
			}
			continue
		}
		fmt.Fprintf(&detail, "  missed\t%s\t%s\n\t%s: %s\n\t%s: %s\n", key.Kind, key.Why,
			h.Articles[key.A].Name, key.TextA, h.Articles[key.B].Name, key.TextB)
	}
	return s, detail.String()
}

func name(h *Claim, article map[int64]int, source int64) string {
	if i, ok := article[source]; ok {
		return h.Articles[i].Name
	}
	return fmt.Sprintf("source %d", source)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
