package data

import (
	"context"
	"time"

	reports "github.com/claimdiff/claimdiff/compare/report"
)

// Report reads claim id with its sources, pairs and notes from the
// archive into the report model.
func (st *Store) Report(ctx context.Context, id int64, when time.Time) (*reports.Claim, error) {
	d, err := st.Claim(ctx, id)
	if err != nil {
		return nil, err
	}
	pairs, err := st.Pairs(ctx, id, PairFilter{})
	if err != nil {
		return nil, err
	}
	notes, err := st.Notes(ctx, id)
	if err != nil {
		return nil, err
	}
	doc := &reports.Claim{Kind: reports.KindClaim, Title: d.Title, Generated: when}
	index := map[int64]int{}
	for i, s := range d.Sources {
		index[s.ID] = i
		rs := reports.Source{
			ID: s.ID, Name: s.Name, Title: s.Title, Outlet: s.Outlet, Author: s.Author, URL: s.URL,
			Published: s.Published, Lang: s.Lang, FetchedAt: s.ImportedAt, SHA256: s.SHA256, Method: s.Method,
		}
		for _, a := range s.Appearances {
			rs.AlsoPublished = append(rs.AlsoPublished, reports.Appearance{Outlet: a.Outlet, Author: a.Author, URL: a.URL, Title: a.Title, Published: a.Published})
		}
		doc.Sources = append(doc.Sources, rs)
	}
	stmt := func(x Statement) reports.Statement {
		src, ok := index[x.SourceID]
		if !ok {
			src = -1
		}
		return reports.Statement{ID: x.ID, Source: src, Seq: x.Seq, Text: x.Text, Lang: x.Lang, Speaker: x.Speaker,
			SpeakerKind: x.SpeakerKind, Cue: x.Cue, Channel: x.Channel, Quote: x.Quote, Stance: x.Stance}
	}
	stmtSource := map[int64]int64{}
	for _, x := range d.Statements {
		doc.Statements = append(doc.Statements, stmt(x))
		stmtSource[x.ID] = x.SourceID
	}
	pairSource := map[int64]int64{}
	repeats := Repeats(pairs)
	for i, p := range pairs {
		rp := reports.Pair{ID: p.ID, A: stmt(*p.A), B: stmt(*p.B), Relation: p.Relation, Confidence: p.Confidence,
			Verdict: string(p.Verdict), Note: p.Note}
		if r := repeats[i]; r >= 0 {
			rp.RepeatOf = pairs[r].ID
		}
		rp.Reasons = append(rp.Reasons, p.Reasons...)
		doc.Pairs = append(doc.Pairs, rp)
		pairSource[p.ID] = p.A.SourceID
	}
	for _, n := range notes {
		var src int64
		switch {
		case n.SourceID != nil:
			src = *n.SourceID
		case n.StatementID != nil:
			src = stmtSource[*n.StatementID]
		case n.PairID != nil:
			src = pairSource[*n.PairID]
		}
		rn := reports.Note{Quote: n.Quote, Body: n.Body, Created: n.CreatedAt}
		if i, ok := index[src]; ok {
			rn.Source = doc.Sources[i].Label()
		}
		doc.Notes = append(doc.Notes, rn)
	}
	return doc, nil
}
