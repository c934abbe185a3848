package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// Re-analysis: the statements of a claim, their stances toward its title
// and the pairs between them are what the engine made of the sources when
// they were imported, under the title the claim had then. Reanalyse makes
// them again from the stored texts, as a fresh import of the same sources
// in the same order would, under the claim's title: with a new title, and
// after an upgrade of Claimdiff whose engine reads the texts better. The journalist's work on pairs is carried over.

// Reanalysis tells what Reanalyse did.
type Reanalysis struct {
	Sources    int `json:"sources"`
	Statements int `json:"statements"`
	// Contradictions are counted as Claim counts them, after the
	// re-analysis: those not judged "not a contradiction".
	Contradictions int `json:"contradictions"`
	// Kept is how many pairs with a verdict or a note the journalist had
	// given; Refound of them the engine found again, and the others stay
	// listed as they were (KeptUnfound), or, when a statement of theirs is
	// no longer one the engine reads (Noted), their verdict and note
	// become a note on the source.
	Kept        int `json:"kept"`
	Refound     int `json:"refound"`
	KeptUnfound int `json:"kept_unfound"`
	Noted       int `json:"noted"`
}

// ErrClaimChanged: the claim's title or sources changed while it was being
// re-analysed (another window, or a command, wrote to it); nothing was
// changed, and the re-analysis may simply be run again.
var ErrClaimChanged = errors.New("the claim changed while it was being re-analysed; nothing was changed, run it again")

// reSource is a source as Reanalyse reads it, with its new analysis.
type reSource struct {
	Source
	a analysis
}

// Reanalyse analyses the claim's sources again with this build's engine,
// under title (the claim is renamed to it; "" keeps its title), and
// rebuilds its statements and pairs: the lists are then those a fresh
// import of the same sources, in the order they came in, would give. The
// rename and the rebuild are one transaction: a cancelled or failed
// re-analysis changes nothing. Verdicts, pair notes and notes anchored to pairs
// or statements are carried over to the same statements (the same source,
// span and text); a pair the journalist worked on that the engine no
// longer finds stays, as it was. progress (may be nil) is told after each
// source is analysed and after each is paired: done of total steps, twice
// the sources. It is called on Reanalyse's goroutine, the second half of
// the calls inside the write transaction: it must not write to the
// archive.
func (s *Store) Reanalyse(ctx context.Context, claimID int64, title string, progress func(done, total int)) (Reanalysis, error) {
	var rep Reanalysis
	if s.readOnly {
		return rep, &ReadOnlyError{Path: s.path}
	}
	title = strings.TrimSpace(title)
	var was string // the title before
	var srcs []reSource
	err := s.read(ctx, func(t *tx) error {
		c, err := claimByID(ctx, t, claimID)
		if err != nil {
			return err
		}
		was = c.Title
		if title == "" {
			title = was
		}
		rows, err := t.QueryContext(ctx, `SELECT id, author, outlet, title, text FROM sources WHERE claim_id = ? ORDER BY id`, claimID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var r reSource
			if err := rows.Scan(&r.ID, &r.Author, &r.Outlet, &r.Title, &r.Text); err != nil {
				return err
			}
			r.ClaimID = claimID
			srcs = append(srcs, r)
		}
		return rows.Err()
	})
	if err != nil {
		return rep, fmt.Errorf("re-analyse claim %d: %w", claimID, domainErr(err))
	}
	total := 2 * len(srcs)
	for i := range srcs {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		a, err := safeAnalyze(srcs[i].Text, title)
		if err != nil {
			return rep, fmt.Errorf("re-analyse source %d: %w", srcs[i].ID, err)
		}
		srcs[i].a, srcs[i].Lang = a, a.lang
		if progress != nil {
			progress(i+1, total)
		}
	}
	// The claim's cached pairing index describes statements about to go.
	s.takeIndex(claimID)
	err = s.write(ctx, func(t *tx) error {
		rep = Reanalysis{Sources: len(srcs)}
		if err := sameClaim(ctx, t, claimID, was, srcs); err != nil {
			return err
		}
		if title != was {
			if err := renameClaim(ctx, t, claimID, title); err != nil {
				return err
			}
		}
		work, err := workedPairs(ctx, t, claimID)
		if err != nil {
			return err
		}
		anchored, err := statementNotes(ctx, t, claimID)
		if err != nil {
			return err
		}
		for _, q := range []string{`DELETE FROM comparisons WHERE claim_id = ?`, `DELETE FROM statements WHERE claim_id = ?`} {
			if _, err := t.ExecContext(ctx, q, claimID); err != nil {
				return err
			}
		}
		idx := &claimIndex{index: map[string][]int32{}, accounts: map[int64]account{}}
		for i := range srcs {
			r := &srcs[i]
			if err := insertStatements(ctx, t, claimID, r.ID, r.a.stmts); err != nil {
				return err
			}
			if _, err := t.ExecContext(ctx, `UPDATE sources SET lang = ?, analysed_by = ? WHERE id = ?`, r.a.lang, thisBuild(), r.ID); err != nil {
				return err
			}
			if _, err := t.ExecContext(ctx, `DELETE FROM sources_fts WHERE rowid = ?`, r.ID); err != nil {
				return err
			}
			if _, err := t.ExecContext(ctx, `INSERT INTO sources_fts (rowid, title, body) VALUES (?, ?, ?)`,
				r.ID, searchNorm(r.Title), r.a.body); err != nil {
				return err
			}
			if err := comparePairs(ctx, t, idx, r.Source, r.a.title, r.a.stmts); err != nil {
				return fmt.Errorf("compare statements: %w", err)
			}
			idx.add(r.a.stmts)
			rep.Statements += len(r.a.stmts)
			if progress != nil {
				progress(len(srcs)+i+1, total)
			}
		}
		ids := map[spanKey]int64{}
		for i := range srcs {
			for _, st := range srcs[i].a.stmts {
				ids[spanKey{st.SourceID, st.Start, st.End, st.Text}] = st.ID
			}
		}
		if err := restoreWork(ctx, t, claimID, work, ids, &rep); err != nil {
			return err
		}
		for _, n := range anchored {
			if id, ok := ids[n.statement]; ok {
				if _, err := t.ExecContext(ctx, `UPDATE notes SET statement_id = ? WHERE id = ?`, id, n.id); err != nil {
					return err
				}
			}
		}
		if err := t.QueryRowContext(ctx, `SELECT count(*) FROM comparison_pairs p JOIN comparisons m ON m.id = p.comparison_id
			WHERE m.claim_id = ? AND p.relation = ? AND p.verdict <> ?`, claimID, RelContradicts, string(NotContradiction)).Scan(&rep.Contradictions); err != nil {
			return err
		}
		_, err = t.ExecContext(ctx, `UPDATE claims SET updated_at = ? WHERE id = ?`, t.stamp(), claimID)
		return err
	})
	if err != nil {
		return Reanalysis{}, fmt.Errorf("re-analyse claim %d: %w", claimID, domainErr(err))
	}
	return rep, nil
}

// sameClaim checks, inside the write, that the claim still has the title
// it had when its sources were read, and the same sources.
func sameClaim(ctx context.Context, t *tx, claimID int64, title string, srcs []reSource) error {
	c, err := claimByID(ctx, t, claimID)
	if err != nil {
		return err
	}
	if c.Title != title {
		return ErrClaimChanged
	}
	rows, err := t.QueryContext(ctx, `SELECT id FROM sources WHERE claim_id = ? ORDER BY id`, claimID)
	if err != nil {
		return err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return err
		}
		if n >= len(srcs) || srcs[n].ID != id {
			return ErrClaimChanged
		}
		n++
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if n != len(srcs) {
		return ErrClaimChanged
	}
	return nil
}

// spanKey is a statement as a re-analysis finds it again: its source, its
// span in the source's text and its words.
type spanKey struct {
	source     int64
	start, end int
	text       string
}

// workedPair is a pair the journalist gave a verdict, a note or an
// anchored note, as it was before a re-analysis.
type workedPair struct {
	a, b      spanKey
	relation  string
	conf      float64
	reasons   string
	verdict   string
	note      string
	updatedAt string
	notes     []int64 // notes anchored to the pair
}

func workedPairs(ctx context.Context, t *tx, claimID int64) ([]workedPair, error) {
	rows, err := t.QueryContext(ctx, `SELECT p.id, p.relation, p.confidence, p.reasons, p.verdict, p.note, p.updated_at,
			a.source_id, a.start_rune, a.end_rune, a.text, b.source_id, b.start_rune, b.end_rune, b.text
		FROM comparison_pairs p JOIN comparisons m ON m.id = p.comparison_id
		JOIN statements a ON a.id = p.statement_a JOIN statements b ON b.id = p.statement_b
		WHERE m.claim_id = ? AND (p.verdict <> ? OR p.note <> '' OR p.id IN (SELECT pair_id FROM notes WHERE pair_id IS NOT NULL))
		ORDER BY p.id`, claimID, string(ToCheck))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []workedPair
	byID := map[int64]int{}
	for rows.Next() {
		var w workedPair
		var id int64
		if err := rows.Scan(&id, &w.relation, &w.conf, &w.reasons, &w.verdict, &w.note, &w.updatedAt,
			&w.a.source, &w.a.start, &w.a.end, &w.a.text, &w.b.source, &w.b.start, &w.b.end, &w.b.text); err != nil {
			return nil, err
		}
		byID[id] = len(out)
		out = append(out, w)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	nrows, err := t.QueryContext(ctx, `SELECT id, pair_id FROM notes WHERE claim_id = ? AND pair_id IS NOT NULL`, claimID)
	if err != nil {
		return nil, err
	}
	defer nrows.Close()
	for nrows.Next() {
		var id, pair int64
		if err := nrows.Scan(&id, &pair); err != nil {
			return nil, err
		}
		if i, ok := byID[pair]; ok {
			out[i].notes = append(out[i].notes, id)
		}
	}
	return out, nrows.Err()
}

// statementNote is a note anchored to a statement.
type statementNote struct {
	id        int64
	statement spanKey
}

func statementNotes(ctx context.Context, t *tx, claimID int64) ([]statementNote, error) {
	rows, err := t.QueryContext(ctx, `SELECT n.id, s.source_id, s.start_rune, s.end_rune, s.text
		FROM notes n JOIN statements s ON s.id = n.statement_id WHERE n.claim_id = ?`, claimID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []statementNote
	for rows.Next() {
		var n statementNote
		if err := rows.Scan(&n.id, &n.statement.source, &n.statement.start, &n.statement.end, &n.statement.text); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

// restoreWork puts the journalist's work back on the rebuilt pairs: on the
// pair of the same two statements when the engine found it again, else on
// the pair as it was, stored again; when a statement of the pair is no
// longer one the engine reads, the verdict and the note become a note on
// the first statement's source, quoting it, so that nothing typed is lost.
func restoreWork(ctx context.Context, t *tx, claimID int64, work []workedPair, ids map[spanKey]int64, rep *Reanalysis) error {
	rep.Kept = len(work)
	for _, w := range work {
		stA, okA := ids[w.a]
		stB, okB := ids[w.b]
		if !okA || !okB {
			rep.Noted++
			if err := pairAsNote(ctx, t, claimID, w); err != nil {
				return err
			}
			continue
		}
		var pair int64
		err := t.QueryRowContext(ctx, `SELECT id FROM comparison_pairs WHERE statement_a = ? AND statement_b = ?`, stA, stB).Scan(&pair)
		switch {
		case err == nil:
			rep.Refound++
			_, err = t.ExecContext(ctx, `UPDATE comparison_pairs SET verdict = ?, note = ?, updated_at = ? WHERE id = ?`,
				w.verdict, w.note, w.updatedAt, pair)
		case errors.Is(err, sql.ErrNoRows):
			rep.KeptUnfound++
			pair, err = storeOldPair(ctx, t, claimID, w, stA, stB)
		}
		if err != nil {
			return err
		}
		for _, n := range w.notes {
			if _, err := t.ExecContext(ctx, `UPDATE notes SET pair_id = ? WHERE id = ?`, pair, n); err != nil {
				return err
			}
		}
	}
	return nil
}

// storeOldPair stores a pair as it was before the re-analysis, between
// the statements stA and stB of its two sources.
func storeOldPair(ctx context.Context, t *tx, claimID int64, w workedPair, stA, stB int64) (int64, error) {
	cid, err := comparisonID(ctx, t, nil, claimID, w.a.source, w.b.source)
	if err != nil {
		return 0, err
	}
	res, err := t.ExecContext(ctx, `INSERT INTO comparison_pairs
		(comparison_id, statement_a, statement_b, relation, confidence, reasons, verdict, note, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, cid, stA, stB, w.relation, w.conf, w.reasons, w.verdict, w.note, w.updatedAt)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// pairAsNote keeps the verdict and the note of a pair whose statements
// the re-analysis no longer reads as such, as a note on the source of its
// first statement that quotes both.
func pairAsNote(ctx context.Context, t *tx, claimID int64, w workedPair) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Kept from a pair the re-analysis no longer finds (verdict: %s).", strings.ReplaceAll(w.verdict, "_", " "))
	if w.note != "" {
		fmt.Fprintf(&b, " Note: %s", w.note)
	}
	fmt.Fprintf(&b, "\nA: %s\nB: %s", w.a.text, w.b.text)
	_, err := insertNote(ctx, t, Note{ClaimID: claimID, SourceID: &w.a.source, Quote: w.a.text, Start: &w.a.start, End: &w.a.end, Body: b.String()})
	return err
}
