package data

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/compare/relation"
)

// Verdict is the journalist's decision on a pair the engine flagged.
type Verdict string

// Verdicts.
const (
	ToCheck          Verdict = "to_check"
	Confirmed        Verdict = "confirmed"
	NotContradiction Verdict = "not_contradiction"
)

// Valid reports whether v is one of the three verdicts.
func (v Verdict) Valid() bool { return v == ToCheck || v == Confirmed || v == NotContradiction }

// Reason is one piece of the engine's evidence for a pair, with rune
// offsets into each statement's text (-1 when absent on a side).
type Reason = relation.Reason

// Pair is two statements of different sources of a claim that the engine
// found contradicting or agreeing, with the journalist's verdict. A belongs
// to the source with the smaller id.
type Pair struct {
	ID           int64      `json:"id"`
	ComparisonID int64      `json:"comparison_id"`
	A            *Statement `json:"a"`
	B            *Statement `json:"b"`
	Relation     string     `json:"relation"` // RelContradicts or RelAgrees
	Confidence   float64    `json:"confidence"`
	Reasons      []Reason   `json:"reasons"`
	Verdict      Verdict    `json:"verdict"`
	Note         string     `json:"note,omitempty"`
	UpdatedAt    time.Time  `json:"updated_at"`
}

// PairFilter narrows Pairs; nil fields do not filter.
type PairFilter struct {
	Relation *string  // RelContradicts or RelAgrees
	Verdict  *Verdict // only pairs with this verdict
	SourceID *int64   // pairs with a statement of this source
	Limit    int      // 0 for all
	Offset   int
}

// Pairs lists the claim's stored pairs, most confident first. Pairs with
// the same evidence share one Reasons slice: read it, do not change it in
// place. Each statement is read once, without its facts, and the pairs
// point at it.
func (s *Store) Pairs(ctx context.Context, claimID int64, f PairFilter) ([]Pair, error) {
	return s.pairs(ctx, claimID, f, nil)
}

// PairsAmong is Pairs for a caller that holds the claim's statements
// already (ClaimDetail.Statements): the pairs point at those, and only a
// statement not among them is read.
func (s *Store) PairsAmong(ctx context.Context, claimID int64, f PairFilter, sts []Statement) ([]Pair, error) {
	return s.pairs(ctx, claimID, f, sts)
}

// statementChunk is how many statement ids one query asks for, well under
// SQLite's limit on bound parameters.
const statementChunk = 500

func (s *Store) pairs(ctx context.Context, claimID int64, f PairFilter, known []Statement) ([]Pair, error) {
	where := []string{"m.claim_id = ?"}
	args := []any{claimID}
	if f.Relation != nil {
		where, args = append(where, "p.relation = ?"), append(args, *f.Relation)
	}
	if f.Verdict != nil {
		where, args = append(where, "p.verdict = ?"), append(args, string(*f.Verdict))
	}
	if f.SourceID != nil {
		where, args = append(where, "(m.source_a = ? OR m.source_b = ?)"), append(args, *f.SourceID, *f.SourceID)
	}
	from := ` FROM comparison_pairs p JOIN comparisons m ON m.id = p.comparison_id WHERE ` + strings.Join(where, " AND ")
	// The pairs are read without their statements, which are read once
	// each after: a statement is in many pairs (a claim of 200 sources has
	// thousands of pairs and under two thousand statements), and reading it
	// with every pair made a copy of its text each time.
	q := `SELECT p.id, p.comparison_id, p.relation, p.confidence, p.reasons, p.verdict, p.note, p.updated_at,
		p.statement_a, p.statement_b` + from
	whole := f.Limit == 0 && f.Offset == 0
	if !whole {
		q += ` ORDER BY p.confidence DESC, p.id` + limitOffset(f.Limit, f.Offset)
	}
	var out []Pair
	type sides struct{ a, b int64 }
	var ids []sides
	// Pairs of one claim repeat their evidence: when several sources give
	// the same figure, every pair of them has the same reasons (a claim of
	// 200 sources had 8,465 pairs and under 2,000 different reasons). Each
	// different list of reasons is decoded once and shared by its pairs,
	// and the relation and verdict are the package's constants rather than
	// a copy per pair.
	decoded := map[string][]Reason{}
	err := s.read(ctx, func(t *tx) error {
		if whole {
			// The list is sized once: grown by appends, a claim of
			// thousands of pairs allocated four times its final size.
			var n int
			if err := t.QueryRowContext(ctx, `SELECT count(*)`+from, args...).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				out, ids = make([]Pair, 0, n), make([]sides, 0, n)
			}
		}
		rows, err := t.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		// One set of scan targets for every row: those declared in the
		// loop escaped to the heap, a copy per pair.
		var p Pair
		var rel, reasons, verdict sql.RawBytes
		var updated sql.NullString
		var x sides
		dest := []any{&p.ID, &p.ComparisonID, &rel, &p.Confidence, &reasons, &verdict, &p.Note, &updated, &x.a, &x.b}
		for rows.Next() {
			p = Pair{}
			if err := rows.Scan(dest...); err != nil {
				return err
			}
			p.Relation, p.Verdict, p.UpdatedAt = relationOf(rel), verdictOf(verdict), parseTime(updated)
			rs, ok := decoded[string(reasons)]
			if !ok {
				if err := json.Unmarshal(reasons, &rs); err != nil {
					return fmt.Errorf("pair %d: reasons: %w", p.ID, err)
				}
				rs = slices.Clip(rs) // an append to one pair's reasons must not write into another's
				decoded[string(reasons)] = rs
			}
			p.Reasons = rs
			out, ids = append(out, p), append(ids, x)
		}
		if err := rows.Err(); err != nil {
			return err
		}
		if len(out) == 0 {
			return nil
		}
		byID := make(map[int64]*Statement, len(known))
		for i := range known {
			byID[known[i].ID] = &known[i]
		}
		var missing []any
		for _, x := range ids {
			for _, id := range [2]int64{x.a, x.b} {
				if _, ok := byID[id]; !ok {
					byID[id] = nil // asked for once
					missing = append(missing, id)
				}
			}
		}
		for len(missing) > 0 {
			n := min(len(missing), statementChunk)
			sts, err := statementsWithoutFacts(ctx, t, `WHERE st.id IN (?`+strings.Repeat(`, ?`, n-1)+`)`, missing[:n]...)
			if err != nil {
				return err
			}
			for i := range sts {
				byID[sts[i].ID] = &sts[i]
			}
			missing = missing[n:]
		}
		for i, x := range ids {
			if out[i].A, out[i].B = byID[x.a], byID[x.b]; out[i].A == nil || out[i].B == nil {
				return fmt.Errorf("pair %d: a statement of it is missing", out[i].ID)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list pairs of claim %d: %w", claimID, err)
	}
	if whole {
		slices.SortFunc(out, func(x, y Pair) int {
			if c := cmp.Compare(y.Confidence, x.Confidence); c != 0 {
				return c
			}
			return cmp.Compare(x.ID, y.ID)
		})
	}
	return out, nil
}

// relationOf is the relation named by b, the package's constant when it
// is one.
func relationOf(b []byte) string {
	switch string(b) {
	case RelContradicts:
		return RelContradicts
	case RelAgrees:
		return RelAgrees
	}
	return string(b)
}

// verdictOf is the verdict named by b, the package's constant when it is
// one.
func verdictOf(b []byte) Verdict {
	for _, v := range [...]Verdict{ToCheck, Confirmed, NotContradiction} {
		if string(b) == string(v) {
			return v
		}
	}
	return Verdict(b)
}

// Contradictions is Pairs restricted to contradictions.
func (s *Store) Contradictions(ctx context.Context, claimID int64, f PairFilter) ([]Pair, error) {
	rel := RelContradicts
	f.Relation = &rel
	return s.Pairs(ctx, claimID, f)
}

// SetVerdict records the journalist's verdict and note on a pair.
func (s *Store) SetVerdict(ctx context.Context, pairID int64, v Verdict, note string) error {
	if !v.Valid() {
		return fmt.Errorf("set verdict: %w: %q is not a verdict (to_check, confirmed, not_contradiction)", ErrInvalid, v)
	}
	return s.write(ctx, func(t *tx) error {
		res, err := t.ExecContext(ctx, `UPDATE comparison_pairs SET verdict = ?, note = ?, updated_at = ? WHERE id = ?`,
			string(v), note, t.stamp(), pairID)
		if err != nil {
			return fmt.Errorf("set verdict: %w", domainErr(err))
		}
		return mustAffect(res, "set verdict")
	})
}

func limitOffset(limit, offset int) string {
	switch {
	case limit > 0 && offset > 0:
		return fmt.Sprintf(" LIMIT %d OFFSET %d", limit, offset)
	case limit > 0:
		return fmt.Sprintf(" LIMIT %d", limit)
	case offset > 0:
		return fmt.Sprintf(" LIMIT -1 OFFSET %d", offset)
	}
	return ""
}

// Note is the journalist's note anchored to a quoted span of a source. The
// quote with the words around it (Prefix, Suffix) lets the span be found
// again if offsets no longer match.
type Note struct {
	ID          int64     `json:"id"`
	ClaimID     int64     `json:"claim_id"`
	SourceID    *int64    `json:"source_id,omitempty"`
	StatementID *int64    `json:"statement_id,omitempty"`
	PairID      *int64    `json:"pair_id,omitempty"`
	Quote       string    `json:"quote"`
	Prefix      string    `json:"prefix,omitempty"`
	Suffix      string    `json:"suffix,omitempty"`
	Start       *int      `json:"start,omitempty"` // rune offsets in the source text
	End         *int      `json:"end,omitempty"`
	Body        string    `json:"body"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}

// AddNote stores a note; ID and times are filled in the returned copy.
func (s *Store) AddNote(ctx context.Context, n Note) (Note, error) {
	if strings.TrimSpace(n.Body) == "" {
		return Note{}, fmt.Errorf("add note: %w: the note is empty", ErrInvalid)
	}
	if n.Start != nil && n.End != nil && *n.End < *n.Start {
		return Note{}, fmt.Errorf("add note: %w: the span ends before it starts", ErrInvalid)
	}
	err := s.write(ctx, func(t *tx) error {
		var err error
		n, err = insertNote(ctx, t, n)
		return err
	})
	return n, err
}

// insertNote stores n inside t; its ID and times are filled in the copy
// returned.
func insertNote(ctx context.Context, t *tx, n Note) (Note, error) {
	res, err := t.ExecContext(ctx, `INSERT INTO notes (claim_id, source_id, statement_id, pair_id, quote, prefix, suffix,
		start_rune, end_rune, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		n.ClaimID, n.SourceID, n.StatementID, n.PairID, n.Quote, n.Prefix, n.Suffix, n.Start, n.End, n.Body,
		t.stamp(), t.stamp())
	if err != nil {
		return n, fmt.Errorf("add note: %w", domainErr(err))
	}
	n.ID, _ = res.LastInsertId()
	n.CreatedAt, n.UpdatedAt = t.now.UTC(), t.now.UTC()
	return n, nil
}

// Notes lists a claim's notes, oldest first.
func (s *Store) Notes(ctx context.Context, claimID int64) ([]Note, error) {
	var out []Note
	err := s.read(ctx, func(t *tx) error {
		rows, err := t.QueryContext(ctx, `SELECT id, claim_id, source_id, statement_id, pair_id, quote, prefix, suffix,
			start_rune, end_rune, body, created_at, updated_at FROM notes WHERE claim_id = ? ORDER BY id`, claimID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var n Note
			var created, updated sql.NullString
			if err := rows.Scan(&n.ID, &n.ClaimID, &n.SourceID, &n.StatementID, &n.PairID, &n.Quote, &n.Prefix, &n.Suffix,
				&n.Start, &n.End, &n.Body, &created, &updated); err != nil {
				return err
			}
			n.CreatedAt, n.UpdatedAt = parseTime(created), parseTime(updated)
			out = append(out, n)
		}
		return rows.Err()
	})
	return out, err
}

// DeleteNote removes a note.
func (s *Store) DeleteNote(ctx context.Context, id int64) error {
	return s.write(ctx, func(t *tx) error {
		res, err := t.ExecContext(ctx, `DELETE FROM notes WHERE id = ?`, id)
		if err != nil {
			return fmt.Errorf("delete note: %w", domainErr(err))
		}
		return mustAffect(res, "delete note")
	})
}

// TagClaim attaches a tag (created when new, matched without case) to a
// claim.
func (s *Store) TagClaim(ctx context.Context, claimID int64, tag string) error {
	return s.tag(ctx, "claim_tags", "claim_id", claimID, tag)
}

// TagSource attaches a tag to a source.
func (s *Store) TagSource(ctx context.Context, sourceID int64, tag string) error {
	return s.tag(ctx, "source_tags", "source_id", sourceID, tag)
}

func (s *Store) tag(ctx context.Context, table, col string, id int64, tag string) error {
	tag = strings.TrimSpace(tag)
	if tag == "" {
		return fmt.Errorf("tag: %w: the tag is empty", ErrInvalid)
	}
	return s.write(ctx, func(t *tx) error {
		if _, err := t.ExecContext(ctx, `INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING`, tag); err != nil {
			return fmt.Errorf("tag: %w", domainErr(err))
		}
		// table and col are our constants, never user input.
		_, err := t.ExecContext(ctx, `INSERT INTO `+table+` (`+col+`, tag_id)
			SELECT ?, id FROM tags WHERE name = ? ON CONFLICT DO NOTHING`, id, tag)
		if err != nil {
			return fmt.Errorf("tag: %w", domainErr(err))
		}
		return nil
	})
}

// Tags lists a claim's tags in name order.
func (s *Store) Tags(ctx context.Context, claimID int64) ([]string, error) {
	var out []string
	err := s.read(ctx, func(t *tx) error {
		rows, err := t.QueryContext(ctx, `SELECT t.name FROM tags t JOIN claim_tags c ON c.tag_id = t.id
			WHERE c.claim_id = ? ORDER BY t.name COLLATE NOCASE`, claimID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var n string
			if err := rows.Scan(&n); err != nil {
				return err
			}
			out = append(out, n)
		}
		return rows.Err()
	})
	return out, err
}
