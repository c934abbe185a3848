package cli

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/data"
	"github.com/claimdiff/claimdiff/data/ingest"
)

// The archive's subcommands: import, claims, search, statements.
func init() {
	extraCommands = append(extraCommands,
		command{"import", importArgs, "add files or web pages to a claim in the archive", runImport},
		command{"claims", "[--format text|json]", "list the claims in the archive", runClaims},
		command{"search", searchArgs, "search every statement in the archive", runSearch},
		command{"statements", statementsArgs, "list a claim's statements, or its contradictions", runStatements},
		command{"reanalyse", reanalyseArgs, "analyse a claim's sources again: after a new title, or a newer Claimdiff", runReanalyse})
}

const (
	importArgs     = `--claim "TITLE" [--outlet NAME] [--format text|json] FILE|URL|-...`
	searchArgs     = "QUERY [--sources] [--claim ID] [--lang ar|en] [--outlet NAME] [--speaker NAME] [--from DATE] [--to DATE] [--limit N] [--format text|json]"
	statementsArgs = "--claim ID [--contradictions] [--format text|json]"
	reanalyseArgs  = `--claim ID [--title "NEW TITLE"] | --all | --stale  [--format text|json]`
)

// checkFormat validates --format.
func checkFormat(cmd, f string) error {
	if f != "text" && f != "json" {
		return &UsageError{fmt.Sprintf("%s: unknown format %q; use text or json", cmd, f)}
	}
	return nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// orEmpty is s, or an empty slice when s is nil, so that JSON gives []
// for no results rather than null.
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// importResult is one input's outcome, as the JSON format prints it.
type importResult struct {
	Input      string `json:"input"`
	Status     string `json:"status"` // imported, duplicate or error
	Source     int64  `json:"source,omitempty"`
	Statements int    `json:"statements,omitempty"`
	// What the import found out about an imported source, so that a wrong
	// title, outlet, author or date shows at once.
	// Appearance is set on a duplicate from another outlet or address:
	// it was recorded as another place that published the source's text.
	Appearance bool   `json:"appearance,omitempty"`
	Title      string `json:"title,omitempty"`
	Outlet     string `json:"outlet,omitempty"`
	Author     string `json:"author,omitempty"`
	Published  string `json:"published,omitempty"` // YYYY-MM-DD, the outlet's date
	Error      string `json:"error,omitempty"`
	Hint       string `json:"hint,omitempty"`
}

// found is what an import line adds about the source: "“Title” · Outlet ·
// Author · 2024-09-15", with "no date" when the page gave none.
func (r importResult) found() string {
	var parts []string
	if r.Title != "" {
		parts = append(parts, "“"+r.Title+"”")
	}
	for _, p := range []string{r.Outlet, r.Author} {
		if p != "" && p != r.Title {
			parts = append(parts, p)
		}
	}
	if r.Published != "" {
		parts = append(parts, r.Published)
	} else {
		parts = append(parts, "no date")
	}
	return strings.Join(parts, " · ")
}

func runImport(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "import", importArgs)
	archiveFlag(fs, env)
	title := fs.String("claim", "", "the claim's `title`, created when no claim has it, or an existing claim's ID")
	outlet := fs.String("outlet", "", "the outlet `name` to record for every input (default: the page's site name)")
	format := fs.String("format", "text", "output `format`: text or json")
	timeout := fs.Duration("timeout", ingest.DefaultTimeout, "time limit for each web page")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if err := checkFormat("import", *format); err != nil {
		return err
	}
	if strings.TrimSpace(*title) == "" {
		return &UsageError{`import: --claim "TITLE" is required`}
	}
	if len(pos) == 0 {
		return &UsageError{"import: name at least one file, web address, or - for standard input"}
	}
	if n := slices.Index(pos, "-"); n >= 0 && slices.Index(pos[n+1:], "-") >= 0 {
		return &UsageError{"import: standard input (-) can be read only once"}
	}
	st, err := openArchiveEmpty(ctx, env)
	if err != nil {
		return err
	}
	defer st.Close()
	claim, created, err := importClaim(ctx, st, *title)
	if err != nil {
		return err
	}
	if *format == "text" {
		if created {
			fmt.Fprintf(env.Stdout, "new claim %d %q\n", claim.ID, claim.Title)
		} else {
			fmt.Fprintf(env.Stdout, "adding to claim %d %q (%s so far)\n", claim.ID, claim.Title, plural(claim.Sources, "source"))
		}
	}
	// Each input is read and analysed while the one before is written.
	results := make([]importResult, 0, len(pos))
	failed := 0
	read := func(ctx context.Context, i int) (ingest.Doc, error) {
		doc, err := readInput(ctx, env, pos[i], *timeout)
		if err == nil && *outlet != "" {
			doc.Outlet = *outlet
		}
		return doc, err
	}
	_, err = st.ImportEach(ctx, claim.ID, len(pos), read, func(i int, ir data.ImportResult) {
		r := importResult{Input: pos[i]}
		if r.Input == "-" {
			r.Input = "standard input"
		}
		switch {
		case ir.Err != nil:
			r.Status, r.Error, r.Hint = "error", inputError(ir.Err), HintOf(ir.Err)
			failed++
		case ir.Duplicate:
			r.Status, r.Source, r.Appearance = "duplicate", ir.Source.ID, ir.Appearance
			if ir.Appearance && len(ir.Source.Appearances) > 0 {
				a := ir.Source.Appearances[len(ir.Source.Appearances)-1]
				r.Outlet, r.Author, r.Title = a.Outlet, a.Author, a.Title
			}
		default:
			src := ir.Source
			r.Status, r.Source, r.Statements = "imported", src.ID, src.Statements
			r.Title, r.Outlet, r.Author = src.Title, src.Outlet, src.Author
			if !src.Published.IsZero() {
				r.Published = src.Published.Format(time.DateOnly)
			}
		}
		results = append(results, r)
		if *format == "text" {
			switch r.Status {
			case "imported":
				fmt.Fprintf(env.Stdout, "imported %s (source %d, %s): %s\n", r.Input, r.Source, plural(r.Statements, "statement"), r.found())
			case "duplicate":
				if r.Appearance {
					fmt.Fprintf(env.Stdout, "duplicate %s (the text of source %d): recorded that %s published it too\n", r.Input, r.Source, cmp.Or(r.Outlet, r.Input))
				} else {
					fmt.Fprintf(env.Stdout, "duplicate %s (already source %d)\n", r.Input, r.Source)
				}
			default:
				fmt.Fprintf(env.Stdout, "error %s: %s\n", r.Input, r.Error)
				if r.Hint != "" {
					fmt.Fprintf(env.Stdout, "  %s\n", r.Hint)
				}
			}
		}
	})
	if err != nil {
		return err
	}
	if created && failed == len(pos) {
		// Nothing came in: the claim made for it would stay empty.
		if err := st.DeleteClaim(ctx, claim.ID); err == nil && *format == "text" {
			fmt.Fprintf(env.Stdout, "claim %d removed again: nothing was imported into it\n", claim.ID)
		}
	}
	if *format == "json" {
		// The claim's counts as they are now, after the import.
		if c, err := st.ClaimByID(ctx, claim.ID); err == nil {
			claim = c
		}
		if err := writeJSON(env.Stdout, struct {
			Claim   data.Claim     `json:"claim"`
			Results []importResult `json:"results"`
		}{claim, results}); err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d inputs could not be imported", failed, len(pos))
	}
	return nil
}

// importClaim is the claim import adds to: the claim with the ID ref when
// ref is a number (as --claim is everywhere else), else the claim titled
// ref, created when there is none.
func importClaim(ctx context.Context, st *data.Store, ref string) (data.Claim, bool, error) {
	if id, err := strconv.ParseInt(strings.TrimSpace(ref), 10, 64); err == nil {
		c, err := st.ClaimByID(ctx, id)
		if errors.Is(err, data.ErrNotFound) {
			return data.Claim{}, false, &Hinted{Err: fmt.Errorf("there is no claim %d", id),
				Hint: "Run '" + program() + " claims' to list the claims, or give a new claim's title."}
		}
		return c, false, err
	}
	return st.EnsureClaim(ctx, ref)
}

// readInput reads one input of import: "-" for standard input, a web
// address, or a file.
func readInput(ctx context.Context, env *Env, in string, timeout time.Duration) (ingest.Doc, error) {
	switch {
	case in == "-":
		// A page piped in (curl … | claimdiff import -) may be as large as
		// a page; FromText holds plain text to the text limit.
		b, err := io.ReadAll(io.LimitReader(env.Stdin, ingest.MaxPageBytes+1))
		if err != nil {
			return ingest.Doc{}, err
		}
		if len(b) > ingest.MaxPageBytes {
			return ingest.Doc{}, fmt.Errorf("%w: standard input is over %d MiB", ingest.ErrTooLarge, ingest.MaxPageBytes>>20)
		}
		return ingest.FromText("standard input", string(b))
	case strings.Contains(in, "://"):
		return ingest.FromURL(ctx, in, ingest.Options{Timeout: timeout})
	default:
		d, err := ingest.FromFile(in)
		if errors.Is(err, fs.ErrNotExist) {
			// "www.example.org/story", typed as the address bar shows it.
			if addr, ok := ingest.NormalizeAddress(in); ok {
				return d, Hint(err, "To import the web page, give its whole address: "+addr)
			}
		}
		return d, err
	}
}

// inputError is the reason an input failed, without repeating its name
// (the line already starts with it).
func inputError(err error) string {
	var te *compare.TextError
	if errors.As(err, &te) {
		msg := te.Reason()
		if errors.Is(err, compare.ErrNotUTF8) {
			msg += "; save it as UTF-8 (in most editors: Save as… › Encoding › UTF-8)"
		}
		return sentence("it " + msg)
	}
	return sentence(err.Error())
}

func runClaims(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "claims", "[--format text|json]")
	archiveFlag(fs, env)
	format := fs.String("format", "text", "output `format`: text or json")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if err := checkFormat("claims", *format); err != nil {
		return err
	}
	if len(pos) > 0 {
		return &UsageError{"claims takes no arguments"}
	}
	st, err := OpenArchive(ctx, env)
	if err != nil {
		return err
	}
	defer st.Close()
	claims, err := st.Claims(ctx)
	if err != nil {
		return err
	}
	if *format == "json" {
		return writeJSON(env.Stdout, orEmpty(claims))
	}
	if len(claims) == 0 {
		fmt.Fprintf(env.Stdout, "No claims yet. Add one with: %s import --claim \"TITLE\" FILE...\n", program())
		return nil
	}
	fmt.Fprintf(env.Stdout, "%5s  %7s  %10s  %14s  %s\n", "ID", "SOURCES", "STATEMENTS", "CONTRADICTIONS", "TITLE")
	stale := false
	for _, c := range claims {
		mark := " "
		if c.Stale > 0 {
			mark, stale = "*", true
		}
		fmt.Fprintf(env.Stdout, "%5d%s %7d  %10d  %14d  %s\n", c.ID, mark, c.Sources, c.Statements, c.Contradictions, c.Title)
	}
	if stale {
		fmt.Fprintf(env.Stdout, "\n* analysed in part by an earlier build of Claimdiff: '%s reanalyse --stale' gives this build's lists, keeping verdicts and notes.\n", program())
	}
	return nil
}

// parseDate reads YYYY-MM-DD (or a full RFC 3339 time) for --from/--to.
func parseDate(flagName, s string) (*time.Time, error) {
	if s == "" {
		return nil, nil
	}
	for _, layout := range []string{"2006-01-02", time.RFC3339} {
		if t, err := time.Parse(layout, s); err == nil {
			return &t, nil
		}
	}
	return nil, &UsageError{fmt.Sprintf("search: --%s %q is not a date; write it as YYYY-MM-DD", flagName, s)}
}

func runSearch(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "search", searchArgs)
	archiveFlag(fs, env)
	claim := fs.Int64("claim", 0, "only the claim with this `ID`")
	lang := fs.String("lang", "", "only statements in this `language`: ar, en or mixed")
	outlet := fs.String("outlet", "", "only sources from this outlet `name`")
	speaker := fs.String("speaker", "", "only statements whose speaker contains this `name`")
	from := fs.String("from", "", "only sources published on or after this `date` (YYYY-MM-DD)")
	to := fs.String("to", "", "only sources published on or before this `date` (YYYY-MM-DD)")
	limit := fs.Int("limit", 20, "at most `N` results")
	offset := fs.Int("offset", 0, "skip the first `N` results")
	format := fs.String("format", "text", "output `format`: text or json")
	sources := fs.Bool("sources", false, "find whole sources by their title and text, where no statement may match")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if err := checkFormat("search", *format); err != nil {
		return err
	}
	if *sources && *speaker != "" {
		return &UsageError{"search: --speaker applies to statements, not to --sources"}
	}
	query := strings.TrimSpace(strings.Join(pos, " "))
	if query == "" {
		return &UsageError{"search: give the words to look for"}
	}
	var f data.SearchFilter
	if *claim != 0 {
		f.Claim = claim
	}
	if *lang != "" {
		if *lang != "ar" && *lang != "en" && *lang != "mixed" {
			return &UsageError{fmt.Sprintf("search: --lang %q: use ar, en or mixed", *lang)}
		}
		f.Lang = lang
	}
	if *outlet != "" {
		f.Outlet = outlet
	}
	if *speaker != "" {
		f.Speaker = speaker
	}
	if f.From, err = parseDate("from", *from); err != nil {
		return err
	}
	if f.To, err = parseDate("to", *to); err != nil {
		return err
	}
	if f.To != nil && len(*to) == len("2006-01-02") {
		end := f.To.Add(24*time.Hour - time.Second) // the whole day
		f.To = &end
	}
	if f.From != nil && f.To != nil && f.From.After(*f.To) {
		return &UsageError{fmt.Sprintf("search: --from %s is after --to %s", *from, *to)}
	}
	if *limit < 1 || *offset < 0 {
		return &UsageError{"search: --limit takes a number of 1 or more, --offset 0 or more"}
	}
	f.Limit, f.Offset = *limit, *offset
	st, err := OpenArchive(ctx, env)
	if err != nil {
		return err
	}
	defer st.Close()
	if f.Claim != nil {
		if _, err := st.ClaimByID(ctx, *f.Claim); errors.Is(err, data.ErrNotFound) {
			return noClaim(*f.Claim)
		} else if err != nil {
			return err
		}
	}
	if *sources {
		return searchSources(ctx, env, st, query, f, *format)
	}
	hits, err := st.Search(ctx, query, f)
	if err != nil {
		return err
	}
	if *format == "json" {
		return writeJSON(env.Stdout, orEmpty(hits))
	}
	if len(hits) == 0 {
		fmt.Fprintf(env.Stdout, "No statement matches %q.\n", query)
		return nil
	}
	markOn, markOff := "[", "]"
	if env.Color {
		markOn, markOff = ansiBold, ansiReset
	}
	for _, h := range hits {
		where := h.SourceTitle
		if h.Outlet != "" {
			where += " (" + h.Outlet + ")"
		}
		fmt.Fprintf(env.Stdout, "claim %d %q · source %d %s · statement %d\n", h.Statement.ClaimID, h.ClaimTitle, h.Statement.SourceID, where, h.Statement.ID)
		fmt.Fprintf(env.Stdout, "  %s\n", h.Snippet.Marked(markOn, markOff))
	}
	return nil
}

// searchSources prints the sources whose title or text match query.
func searchSources(ctx context.Context, env *Env, st *data.Store, query string, f data.SearchFilter, format string) error {
	hits, err := st.SearchSources(ctx, query, f)
	if err != nil {
		return err
	}
	if format == "json" {
		return writeJSON(env.Stdout, orEmpty(hits))
	}
	if len(hits) == 0 {
		fmt.Fprintf(env.Stdout, "No source matches %q.\n", query)
		return nil
	}
	for _, h := range hits {
		where := h.Source.Title
		if h.Source.Outlet != "" {
			where += " (" + h.Source.Outlet + ")"
		}
		fmt.Fprintf(env.Stdout, "claim %d %q · source %d %s\n", h.Source.ClaimID, h.ClaimTitle, h.Source.ID, where)
	}
	return nil
}

func runStatements(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "statements", statementsArgs)
	archiveFlag(fs, env)
	ref := fs.String("claim", "", "the claim's `ID` (see '"+program()+" claims')")
	contra := fs.Bool("contradictions", false, "list the contradicting statement pairs with their reasons instead")
	format := fs.String("format", "text", "output `format`: text or json")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if err := checkFormat("statements", *format); err != nil {
		return err
	}
	if len(pos) == 1 && *ref == "" { // "statements 3" reads naturally too
		*ref, pos = pos[0], nil
	}
	if *ref == "" || len(pos) > 0 {
		return &UsageError{"statements: give the claim with --claim ID"}
	}
	id, err := claimIDFlag("statements", *ref)
	if err != nil {
		return err
	}
	claim := &id
	st, err := OpenArchive(ctx, env)
	if err != nil {
		return err
	}
	defer st.Close()
	d, err := st.Claim(ctx, *claim)
	if errors.Is(err, data.ErrNotFound) {
		return noClaim(*claim)
	}
	if err != nil {
		return err
	}
	if *contra {
		pairs, err := st.Contradictions(ctx, *claim, data.PairFilter{})
		if err != nil {
			return err
		}
		if *format == "json" {
			// Each pair with the id of the pair whose figures it repeats
			// (data.Repeats), as the window folds it and the reports name it.
			type listed struct {
				data.Pair
				RepeatOf int64 `json:"repeat_of,omitempty"`
			}
			out := make([]listed, len(pairs))
			for i, r := range data.Repeats(pairs) {
				out[i].Pair = pairs[i]
				if r >= 0 {
					out[i].RepeatOf = pairs[r].ID
				}
			}
			return writeJSON(env.Stdout, struct {
				Claim          data.Claim `json:"claim"`
				Contradictions []listed   `json:"contradictions"`
			}{d.Claim, out})
		}
		writePairs(env.Stdout, d, pairs)
		return nil
	}
	if *format == "json" {
		d.Sources, d.Statements = orEmpty(d.Sources), orEmpty(d.Statements)
		return writeJSON(env.Stdout, d)
	}
	writeStatements(env.Stdout, d)
	return nil
}

func sourceName(s data.Source) string {
	name := s.Title
	if s.Outlet != "" {
		name += " (" + s.Outlet + ")"
	}
	return name
}

func writeStatements(w io.Writer, d data.ClaimDetail) {
	fmt.Fprintf(w, "claim %d: %s\n", d.ID, d.Title)
	bySource := map[int64][]data.Statement{}
	for _, s := range d.Statements {
		bySource[s.SourceID] = append(bySource[s.SourceID], s)
	}
	for _, src := range d.Sources {
		fmt.Fprintf(w, "\nsource %d: %s", src.ID, sourceName(src))
		if !src.Published.IsZero() {
			fmt.Fprintf(w, ", %s", src.Published.Format("2006-01-02"))
		}
		fmt.Fprintln(w)
		for _, s := range bySource[src.ID] {
			who := "the writer"
			if s.Speaker != "" {
				who = s.Speaker
			}
			kind := "paraphrase"
			if s.Quote {
				kind = "quote"
			}
			fmt.Fprintf(w, "  %d. [%s · %s · %s] %s\n", s.ID, who, kind, s.Stance, s.Text)
		}
	}
}

func writePairs(w io.Writer, d data.ClaimDetail, pairs []data.Pair) {
	names := map[int64]string{}
	for _, s := range d.Sources {
		names[s.ID] = sourceName(s)
	}
	// The count the window and 'claims' give: pairs the journalist judged
	// not a contradiction are listed, with their verdict, but not counted.
	judged := 0
	for _, p := range pairs {
		if p.Verdict == data.NotContradiction {
			judged++
		}
	}
	head := fmt.Sprintf("claim %d: %s: %s", d.ID, d.Title, plural(len(pairs)-judged, "contradiction"))
	if judged > 0 {
		head += fmt.Sprintf(" (and %d judged not a contradiction)", judged)
	}
	fmt.Fprintln(w, head)
	repeats := data.Repeats(pairs)
	for i, p := range pairs {
		fmt.Fprintf(w, "\npair %d (%.2f, %s", p.ID, p.Confidence, strings.ReplaceAll(string(p.Verdict), "_", " "))
		if r := repeats[i]; r >= 0 {
			fmt.Fprintf(w, ", repeats the figures of pair %d", pairs[r].ID)
		}
		fmt.Fprintln(w, ")")
		fmt.Fprintf(w, "  A %s: %s\n", names[p.A.SourceID], p.A.Text)
		fmt.Fprintf(w, "  B %s: %s\n", names[p.B.SourceID], p.B.Text)
		for _, r := range p.Reasons {
			detail := r.Detail
			if detail == "" {
				detail = fmt.Sprintf("%s: %s vs %s", r.Kind, r.A, r.B)
			}
			fmt.Fprintf(w, "  - %s\n", detail)
		}
		if p.Note != "" {
			fmt.Fprintf(w, "  note: %s\n", p.Note)
		}
	}
}

// flagGiven reports whether the command line set the flag name, even to
// its default.
func flagGiven(fs *flag.FlagSet, name string) bool {
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == name })
	return given
}

// claimIDFlag reads the value of a command's --claim flag as a claim's ID.
func claimIDFlag(cmd, ref string) (int64, error) {
	id, err := strconv.ParseInt(strings.TrimSpace(ref), 10, 64)
	if err != nil || id <= 0 {
		return 0, &UsageError{fmt.Sprintf("%s: --claim %q is not a claim ID (the number '%s claims' shows)", cmd, ref, program())}
	}
	return id, nil
}

// noClaim is the error for a claim ID the archive does not hold.
func noClaim(id int64) error {
	return &Hinted{Err: fmt.Errorf("there is no claim %d", id), Hint: "Run '" + program() + " claims' to list the claims."}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// reanalysed is one claim's re-analysis, as the JSON format prints it.
type reanalysed struct {
	Claim  int64  `json:"claim"`
	Title  string `json:"title"`
	Before int    `json:"contradictions_before"`
	data.Reanalysis
}

func runReanalyse(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "reanalyse", reanalyseArgs)
	archiveFlag(fs, env)
	ref := fs.String("claim", "", "the claim's `ID` (see '"+program()+" claims')")
	all := fs.Bool("all", false, "every claim of the archive")
	stale := fs.Bool("stale", false, "every claim that an earlier build of Claimdiff analysed, in whole or in part")
	title := fs.String("title", "", "rename the claim to this `title`, in the same transaction: its statements' stances are toward it")
	format := fs.String("format", "text", "output `format`: text or json")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if err := checkFormat("reanalyse", *format); err != nil {
		return err
	}
	if modes := btoi(*ref != "") + btoi(*all) + btoi(*stale); len(pos) > 0 || modes != 1 {
		return &UsageError{"reanalyse: give one claim with --claim ID, or --all, or --stale"}
	}
	if (*all || *stale) && *title != "" {
		return &UsageError{"reanalyse: --title renames one claim; give it with --claim ID"}
	}
	if strings.TrimSpace(*title) == "" && flagGiven(fs, "title") {
		return &UsageError{"reanalyse: --title is empty; leave it out to keep the claim's title"}
	}
	var id int64
	if *ref != "" {
		if id, err = claimIDFlag("reanalyse", *ref); err != nil {
			return err
		}
	}
	st, err := OpenArchive(ctx, env)
	if err != nil {
		return err
	}
	defer st.Close()
	claims, err := st.Claims(ctx)
	if err != nil {
		return err
	}
	switch {
	case *stale:
		claims = slices.DeleteFunc(claims, func(c data.Claim) bool { return c.Stale == 0 })
		if len(claims) == 0 && *format == "text" {
			fmt.Fprintln(env.Stdout, "Nothing to do: this build analysed every source of the archive.")
			return nil
		}
	case !*all:
		i := slices.IndexFunc(claims, func(c data.Claim) bool { return c.ID == id })
		if i < 0 {
			return noClaim(id)
		}
		claims = claims[i : i+1]
	}
	var out []reanalysed
	for _, c := range claims {
		rep, err := st.Reanalyse(ctx, c.ID, *title, nil)
		if err != nil {
			return err
		}
		if t := strings.TrimSpace(*title); t != "" {
			c.Title = t
		}
		r := reanalysed{Claim: c.ID, Title: c.Title, Before: c.Contradictions, Reanalysis: rep}
		out = append(out, r)
		if *format == "text" {
			fmt.Fprintf(env.Stdout, "Claim %d “%s”: %s, %s; %s (before: %d).\n", c.ID, c.Title, plural(rep.Sources, "source"),
				plural(rep.Statements, "statement"), plural(rep.Contradictions, "contradiction"), c.Contradictions)
			if rep.Kept > 0 {
				fmt.Fprintf(env.Stdout, "  Your verdicts and notes on %s are kept: %d on pairs found again, %d on pairs kept as they were, %d as notes on their sources.\n",
					plural(rep.Kept, "pair"), rep.Refound, rep.KeptUnfound, rep.Noted)
			}
		}
	}
	if *format == "json" {
		return writeJSON(env.Stdout, orEmpty(out))
	}
	if len(out) == 0 {
		fmt.Fprintln(env.Stdout, "No claims yet.")
	}
	return nil
}
