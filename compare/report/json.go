package report

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"time"

	"github.com/claimdiff/claimdiff/compare/relation"
)

// Schema is the value of the "schema" field of WriteJSON's output. The
// number changes only when a field is removed or changes meaning; fields
// may be added within a version (docs/report-json.md).
const Schema = "claimdiff.report/1"

// ReportJSON is the JSON form of a report.
type ReportJSON struct {
	Schema     string          `json:"schema"`
	Kind       string          `json:"kind"`
	Title      string          `json:"title"`
	Generated  string          `json:"generated"` // RFC 3339, UTC
	Ignore     []string        `json:"ignore"`
	Sources    []SourceJSON    `json:"sources"`
	Statements []StatementJSON `json:"statements"`
	Pairs      []PairJSON      `json:"pairs"`
	OnlyA      []StatementJSON `json:"only_a"`
	OnlyB      []StatementJSON `json:"only_b"`
	Notes      []NoteJSON      `json:"notes"`
	Conflicts  []ConflictJSON  `json:"conflicts"`
}

// ConflictJSON is one conflicting number or date of a comparison.
type ConflictJSON struct {
	Pair int    `json:"pair"` // index into pairs
	What string `json:"what"`
	A    string `json:"a"`
	B    string `json:"b"`
}

// SourceJSON is a source with its provenance. Times are RFC 3339 in UTC,
// "" when unknown.
type SourceJSON struct {
	Index     int    `json:"index"` // position in sources, from 0; statements refer to it
	ID        int64  `json:"id"`    // archive id, 0 when not archived
	Name      string `json:"name"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Author    string `json:"author"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Lang      string `json:"lang"`
	FetchedAt string `json:"fetched_at"`
	SHA256    string `json:"sha256"`
	Method    string `json:"method"`
	// AlsoPublished are the other places that published the same text.
	AlsoPublished []AppearanceJSON `json:"also_published,omitempty"`
}

// AppearanceJSON is another place that published a source's text.
type AppearanceJSON struct {
	Outlet    string `json:"outlet"`
	Author    string `json:"author"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
}

// StatementJSON is one statement.
type StatementJSON struct {
	ID          int64  `json:"id"`
	Source      int    `json:"source"` // index into sources, -1 when unknown
	Seq         int    `json:"seq"`
	Text        string `json:"text"`
	Lang        string `json:"lang"`
	Speaker     string `json:"speaker"`
	SpeakerKind string `json:"speaker_kind"`
	Cue         string `json:"cue"`
	Channel     string `json:"channel"`
	Quote       bool   `json:"quote"`
	Stance      string `json:"stance"`
}

// PairJSON is a pair with its evidence, verdict and word diff.
type PairJSON struct {
	ID         int64         `json:"id"` // archive id, 0 when not archived
	A          StatementJSON `json:"a"`
	B          StatementJSON `json:"b"`
	Relation   string        `json:"relation"`
	Confidence float64       `json:"confidence"`
	Reasons    []ReasonJSON  `json:"reasons"`
	Verdict    string        `json:"verdict"`
	Note       string        `json:"note"`
	Moved      bool          `json:"moved"`
	Similarity float64       `json:"similarity"`
	Changed    ChangedJSON   `json:"changed"`
	// RepeatOf is the id of the pair whose conflicting figures this one
	// tells again between the same two sources (Pair.RepeatOf).
	RepeatOf int64 `json:"repeat_of,omitempty"`
}

// ReasonJSON is one piece of evidence; offsets are rune offsets into each
// statement's text, -1 when absent on that side.
type ReasonJSON = relation.Reason

// ChangedJSON holds the word diff as [start, end) rune ranges of each
// statement's text: in a what b lacks, in b what a lacks.
type ChangedJSON struct {
	A [][2]int `json:"a"`
	B [][2]int `json:"b"`
}

// NoteJSON is a journalist's note.
type NoteJSON struct {
	Source  string `json:"source"`
	Quote   string `json:"quote"`
	Body    string `json:"body"`
	Created string `json:"created"`
}

// JSON returns the JSON form of doc.
func (doc *Claim) JSON() ReportJSON {
	doc = doc.inReportOrder()
	kind := doc.Kind
	if kind == "" {
		kind = KindClaim
	}
	out := ReportJSON{
		Schema: Schema, Kind: kind, Title: doc.Title, Generated: rfc3339(doc.Generated),
		Ignore: nonNil(doc.Ignore), Sources: []SourceJSON{}, Statements: []StatementJSON{}, Pairs: []PairJSON{},
		OnlyA: stmtsJSON(doc.OnlyA), OnlyB: stmtsJSON(doc.OnlyB), Notes: []NoteJSON{}, Conflicts: []ConflictJSON{},
	}
	for _, c := range doc.Conflicts {
		out.Conflicts = append(out.Conflicts, ConflictJSON(c))
	}
	for i, s := range doc.Sources {
		out.Sources = append(out.Sources, SourceJSON{Index: i, ID: s.ID, Name: s.Name, Title: s.Title, Outlet: s.Outlet,
			Author: s.Author, URL: s.URL, Published: rfc3339(s.Published), Lang: s.Lang, FetchedAt: rfc3339(s.FetchedAt),
			SHA256: s.SHA256, Method: s.Method})
		for _, a := range s.AlsoPublished {
			last := &out.Sources[len(out.Sources)-1]
			last.AlsoPublished = append(last.AlsoPublished, AppearanceJSON{Outlet: a.Outlet, Author: a.Author, URL: a.URL, Title: a.Title, Published: rfc3339(a.Published)})
		}
	}
	out.Statements = stmtsJSON(doc.Statements)
	for i := range doc.Pairs {
		p := &doc.Pairs[i]
		d := diffOf(p)
		pj := PairJSON{ID: p.ID, A: stmtJSON(p.A), B: stmtJSON(p.B), Relation: p.Relation, Confidence: round3(p.Confidence),
			Reasons: []ReasonJSON{}, Verdict: p.Verdict, Note: p.Note, Moved: p.Moved, Similarity: round3(p.Similarity),
			Changed: ChangedJSON{A: ranges(d.A), B: ranges(d.B)}, RepeatOf: p.RepeatOf}
		for _, r := range p.Reasons {
			pj.Reasons = append(pj.Reasons, ReasonJSON(r))
		}
		out.Pairs = append(out.Pairs, pj)
	}
	for _, n := range doc.Notes {
		out.Notes = append(out.Notes, NoteJSON{Source: n.Source, Quote: n.Quote, Body: n.Body, Created: rfc3339(n.Created)})
	}
	return out
}

// WriteJSON writes doc in the claimdiff.report/1 schema, indented, with
// characters such as < and & left as they are (JSON strings need no HTML
// escaping; a consumer embedding them in HTML must escape them itself).
func WriteJSON(w io.Writer, doc *Claim, opt Options) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc.JSON()); err != nil {
		return fmt.Errorf("write json report: %w", err)
	}
	return nil
}

func stmtJSON(st Statement) StatementJSON {
	return StatementJSON(st)
}

func stmtsJSON(sts []Statement) []StatementJSON {
	out := make([]StatementJSON, 0, len(sts))
	for _, st := range sts {
		out = append(out, stmtJSON(st))
	}
	return out
}

func ranges(rs []Range) [][2]int {
	out := make([][2]int, 0, len(rs))
	for _, r := range rs {
		out = append(out, [2]int{r.Start, r.End})
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// round3 keeps three decimals, so that float noise never changes the
// bytes of a report.
func round3(f float64) float64 { return math.Round(f*1000) / 1000 }
