package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/compare/relation"
	"github.com/claimdiff/claimdiff/compare/textnorm"
)

// Claim is the unit of work: one assertion followed across sources.
type Claim struct {
	ID        int64     `json:"id"`
	Title     string    `json:"title"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
	// Counts, filled by Claims and Claim.
	Sources        int `json:"sources"`
	Statements     int `json:"statements"`
	Contradictions int `json:"contradictions"`
	// Stale counts the sources that another build analysed (Build,
	// Source.AnalysedBy): the claim's lists are not all this build's.
	Stale int `json:"stale_sources"`
}

// Source is one imported account of a claim. Text is filled only by
// Source(id); lists leave it empty.
type Source struct {
	ID         int64     `json:"id"`
	ClaimID    int64     `json:"claim_id"`
	Name       string    `json:"name"`
	Title      string    `json:"title"`
	Outlet     string    `json:"outlet,omitempty"`
	Author     string    `json:"author,omitempty"`
	URL        string    `json:"url,omitempty"`
	Published  time.Time `json:"published,omitzero"`
	Lang       string    `json:"lang"`
	Format     string    `json:"format"`
	Text       string    `json:"text,omitempty"`
	SHA256     string    `json:"sha256"`
	ImportedAt time.Time `json:"imported_at"`
	Method     string    `json:"import_method"`
	// AnalysedBy is the build whose engine analysed the source (Build); ""
	// when an archive made before builds were recorded.
	AnalysedBy string `json:"analysed_by"`
	Statements int    `json:"statements"`
	// Appearances are the other outlets or addresses that published the
	// same text, imported after this source (oldest first).
	Appearances []Appearance `json:"appearances,omitempty"`
}

// Appearance is one more place a source's text was published: an import of
// the same text from another outlet or address.
type Appearance struct {
	Name       string    `json:"name"`
	Title      string    `json:"title,omitempty"`
	Outlet     string    `json:"outlet,omitempty"`
	Author     string    `json:"author,omitempty"`
	URL        string    `json:"url,omitempty"`
	Published  time.Time `json:"published,omitzero"`
	ImportedAt time.Time `json:"imported_at"`
}

// Statement is one attributed unit of a source, as the engine extracted it.
// Start and End are rune offsets in the source's text.
type Statement struct {
	ID               int64           `json:"id"`
	SourceID         int64           `json:"source_id"`
	ClaimID          int64           `json:"claim_id"`
	Seq              int             `json:"seq"`
	Start            int             `json:"start"`
	End              int             `json:"end"`
	Text             string          `json:"text"`
	Lang             string          `json:"lang"`
	Speaker          string          `json:"speaker,omitempty"`
	SpeakerKind      string          `json:"speaker_kind"`
	Cue              string          `json:"cue,omitempty"`
	Quote            bool            `json:"quote"`
	Channel          string          `json:"channel,omitempty"`
	Stance           string          `json:"stance"`
	StanceConfidence float64         `json:"stance_confidence"`
	Facts            json.RawMessage `json:"facts,omitempty"`

	norm string             // search keys, one per word
	prep *relation.Prepared // the text tokenised for the engine, set by analyze
	// keys and counted are the statement's pairing keys (contentKeys,
	// countedKeys), kept by comparePairs for the claim's index to reuse;
	// nil until worked out.
	keys, counted []string
}

// ClaimDetail is a claim with everything the claim view shows.
type ClaimDetail struct {
	Claim
	Sources    []Source    `json:"sources"`
	Statements []Statement `json:"statements"` // by source, then order in the source
}

// CreateClaim adds a claim. A title already used gives ErrConflict.
func (s *Store) CreateClaim(ctx context.Context, title string) (Claim, error) {
	var c Claim
	err := s.write(ctx, func(t *tx) error {
		var err error
		c, err = createClaim(ctx, t, title)
		return err
	})
	return c, err
}

// EnsureClaim returns the claim with this title, creating it when missing;
// created says which. A title matches as a reader compares them, when no
// title matches exactly: case, tashkeel and tatweel, the forms of alef, ya
// and ta marbuta, and the shapes of digits aside ("الامريكية" finds the
// claim "الأمريكية"). When several claims match so, it names them and
// creates nothing (ErrConflict).
func (s *Store) EnsureClaim(ctx context.Context, title string) (c Claim, created bool, err error) {
	err = s.write(ctx, func(t *tx) error {
		c, err = claimByTitle(ctx, t, strings.TrimSpace(title))
		if errors.Is(err, ErrNotFound) {
			c, err = claimByFoldedTitle(ctx, t, title)
		}
		if errors.Is(err, ErrNotFound) {
			c, err = createClaim(ctx, t, title)
			created = err == nil
		}
		return err
	})
	return c, created, err
}

// titleFold is how EnsureClaim compares titles.
const titleFold = textnorm.IgnoreCase | textnorm.IgnoreDiacritics | textnorm.IgnoreLetterforms | textnorm.IgnoreDigits

// claimByFoldedTitle is the one claim whose title equals title under
// titleFold, with spaces collapsed.
func claimByFoldedTitle(ctx context.Context, t *tx, title string) (Claim, error) {
	fold := func(s string) string { return strings.Join(strings.Fields(textnorm.Fold(s, titleFold)), " ") }
	want := fold(title)
	rows, err := t.QueryContext(ctx, `SELECT id, title FROM claims ORDER BY id`)
	if err != nil {
		return Claim{}, domainErr(err)
	}
	defer rows.Close()
	var ids []string
	var id int64
	for rows.Next() {
		var cid int64
		var ct string
		if err := rows.Scan(&cid, &ct); err != nil {
			return Claim{}, err
		}
		if fold(ct) == want {
			id = cid
			ids = append(ids, fmt.Sprint(cid))
		}
	}
	if err := rows.Err(); err != nil {
		return Claim{}, err
	}
	switch len(ids) {
	case 0:
		return Claim{}, ErrNotFound
	case 1:
		return claimByID(ctx, t, id)
	}
	return Claim{}, fmt.Errorf("%w: the title %q matches claims %s; give one claim's ID", ErrConflict, strings.TrimSpace(title), strings.Join(ids, ", "))
}

func createClaim(ctx context.Context, t *tx, title string) (Claim, error) {
	title = strings.TrimSpace(title)
	if title == "" {
		return Claim{}, fmt.Errorf("create claim: %w: the title is empty", ErrInvalid)
	}
	res, err := t.ExecContext(ctx, `INSERT INTO claims (title, created_at, updated_at) VALUES (?, ?, ?)`, title, t.stamp(), t.stamp())
	if err != nil {
		return Claim{}, fmt.Errorf("create claim: %w", domainErr(err))
	}
	id, _ := res.LastInsertId()
	return Claim{ID: id, Title: title, CreatedAt: t.now.UTC(), UpdatedAt: t.now.UTC()}, nil
}

func claimByTitle(ctx context.Context, t *tx, title string) (Claim, error) {
	var id int64
	if err := t.QueryRowContext(ctx, `SELECT id FROM claims WHERE title = ?`, title).Scan(&id); err != nil {
		return Claim{}, domainErr(err)
	}
	return claimByID(ctx, t, id)
}

// RenameClaim changes a claim's title alone. The stances of its
// statements, and the pairs built on them, stay those toward the old
// title: Reanalyse renames a claim and makes them again.
func (s *Store) RenameClaim(ctx context.Context, id int64, title string) error {
	title = strings.TrimSpace(title)
	if title == "" {
		return fmt.Errorf("rename claim: %w: the title is empty", ErrInvalid)
	}
	return s.write(ctx, func(t *tx) error { return renameClaim(ctx, t, id, title) })
}

// renameClaim sets the title of claim id inside t. A title another claim
// has gives ErrConflict, said in a sentence rather than the driver's words.
func renameClaim(ctx context.Context, t *tx, id int64, title string) error {
	res, err := t.ExecContext(ctx, `UPDATE claims SET title = ?, updated_at = ? WHERE id = ?`, title, t.stamp(), id)
	if err != nil {
		if err = domainErr(err); errors.Is(err, ErrConflict) {
			return fmt.Errorf("rename claim: %w: another claim has the title “%s”", ErrConflict, title)
		}
		return fmt.Errorf("rename claim: %w", err)
	}
	return mustAffect(res, "rename claim")
}

// DeleteClaim removes a claim with its sources, statements, comparisons,
// notes and tags.
func (s *Store) DeleteClaim(ctx context.Context, id int64) error {
	return s.write(ctx, func(t *tx) error {
		res, err := t.ExecContext(ctx, `DELETE FROM claims WHERE id = ?`, id)
		if err != nil {
			return fmt.Errorf("delete claim: %w", domainErr(err))
		}
		return mustAffect(res, "delete claim")
	})
}

func mustAffect(res sql.Result, op string) error {
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("%s: %w", op, ErrNotFound)
	}
	return nil
}

// claimCols are the columns scanClaim reads. They hold one parameter, this
// build's name (thisBuild), which a query's arguments give first: the
// count of the sources another build analysed.
const claimCols = `c.id, c.title, c.created_at, c.updated_at,
	(SELECT count(*) FROM sources WHERE claim_id = c.id),
	(SELECT count(*) FROM statements WHERE claim_id = c.id),
	(SELECT count(*) FROM comparison_pairs p JOIN comparisons m ON m.id = p.comparison_id
	  WHERE m.claim_id = c.id AND p.relation = 'contradicts' AND p.verdict <> 'not_contradiction'),
	(SELECT count(*) FROM sources WHERE claim_id = c.id AND analysed_by <> ?)`

func scanClaim(sc interface{ Scan(...any) error }) (Claim, error) {
	var c Claim
	var created, updated sql.NullString
	err := sc.Scan(&c.ID, &c.Title, &created, &updated, &c.Sources, &c.Statements, &c.Contradictions, &c.Stale)
	c.CreatedAt, c.UpdatedAt = parseTime(created), parseTime(updated)
	return c, err
}

// Claims lists every claim with its counts, most recently changed first.
func (s *Store) Claims(ctx context.Context) ([]Claim, error) {
	var out []Claim
	err := s.read(ctx, func(t *tx) error {
		rows, err := t.QueryContext(ctx, `SELECT `+claimCols+` FROM claims c ORDER BY c.updated_at DESC, c.id DESC`, thisBuild())
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			c, err := scanClaim(rows)
			if err != nil {
				return err
			}
			out = append(out, c)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("list claims: %w", err)
	}
	return out, nil
}

func claimByID(ctx context.Context, t *tx, id int64) (Claim, error) {
	c, err := scanClaim(t.QueryRowContext(ctx, `SELECT `+claimCols+` FROM claims c WHERE c.id = ?`, thisBuild(), id))
	if err != nil {
		return Claim{}, domainErr(err)
	}
	return c, nil
}

// ClaimByID returns claim id with its counts, without its sources and
// statements (Claim reads those too).
func (s *Store) ClaimByID(ctx context.Context, id int64) (Claim, error) {
	var c Claim
	err := s.read(ctx, func(t *tx) error {
		var err error
		c, err = claimByID(ctx, t, id)
		return err
	})
	if err != nil {
		return Claim{}, fmt.Errorf("open claim %d: %w", id, err)
	}
	return c, nil
}

// Claim returns a claim with its sources and statements.
func (s *Store) Claim(ctx context.Context, id int64) (ClaimDetail, error) {
	var d ClaimDetail
	err := s.read(ctx, func(t *tx) error {
		var err error
		if d.Claim, err = claimByID(ctx, t, id); err != nil {
			return err
		}
		if d.Sources, err = sources(ctx, t, `WHERE s.claim_id = ?`, id); err != nil {
			return err
		}
		d.Statements, err = statements(ctx, t, `WHERE st.claim_id = ? ORDER BY st.source_id, st.seq`, id)
		return err
	})
	if err != nil {
		return ClaimDetail{}, fmt.Errorf("open claim %d: %w", id, err)
	}
	return d, nil
}

// IsEmpty reports whether the archive holds no claim at all (the window then
// offers the sample claim).
func (s *Store) IsEmpty(ctx context.Context) (bool, error) {
	has, err := s.HasClaims(ctx)
	return !has, err
}

// HasClaims reports whether the archive holds at least one claim.
func (s *Store) HasClaims(ctx context.Context) (bool, error) {
	var n int
	err := s.read(ctx, func(t *tx) error {
		return t.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM claims)`).Scan(&n)
	})
	return n == 1, err
}

const sourceCols = `s.id, s.claim_id, s.name, s.title, s.outlet, s.author, s.url, s.published, s.lang, s.format,
	s.sha256, s.imported_at, s.import_method, (SELECT count(*) FROM statements WHERE source_id = s.id), s.analysed_by`

func scanSource(sc interface{ Scan(...any) error }, extra ...any) (Source, error) {
	var x Source
	var pub, imp sql.NullString
	dest := append([]any{&x.ID, &x.ClaimID, &x.Name, &x.Title, &x.Outlet, &x.Author, &x.URL, &pub, &x.Lang, &x.Format,
		&x.SHA256, &imp, &x.Method, &x.Statements, &x.AnalysedBy}, extra...)
	err := sc.Scan(dest...)
	x.Published, x.ImportedAt = parseTime(pub), parseTime(imp)
	return x, err
}

func sources(ctx context.Context, t *tx, where string, args ...any) ([]Source, error) {
	rows, err := t.QueryContext(ctx, `SELECT `+sourceCols+` FROM sources s `+where+` ORDER BY s.id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Source
	at := map[int64]int{}
	for rows.Next() {
		x, err := scanSource(rows)
		if err != nil {
			return nil, err
		}
		at[x.ID] = len(out)
		out = append(out, x)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// The appearances of the same sources, in one query.
	as, err := appearancesOf(ctx, t, `JOIN sources s ON s.id = a.source_id `+where, args...)
	for id, list := range as {
		if i, ok := at[id]; ok {
			out[i].Appearances = list
		}
	}
	return out, err
}

const appearanceCols = `a.name, a.title, a.outlet, a.author, a.url, a.published, a.imported_at`

// appearancesOf are the appearances that join (a join and WHERE on the
// alias a, with args) selects, by source, oldest first.
func appearancesOf(ctx context.Context, t *tx, join string, args ...any) (map[int64][]Appearance, error) {
	rows, err := t.QueryContext(ctx, `SELECT a.source_id, `+appearanceCols+` FROM appearances a `+join+` ORDER BY a.id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64][]Appearance{}
	for rows.Next() {
		var id int64
		var a Appearance
		var pub, imp sql.NullString
		if err := rows.Scan(&id, &a.Name, &a.Title, &a.Outlet, &a.Author, &a.URL, &pub, &imp); err != nil {
			return nil, err
		}
		a.Published, a.ImportedAt = parseTime(pub), parseTime(imp)
		out[id] = append(out[id], a)
	}
	return out, rows.Err()
}

// appearances are source id's appearances, oldest first.
func appearances(ctx context.Context, t *tx, id int64) ([]Appearance, error) {
	as, err := appearancesOf(ctx, t, `WHERE a.source_id = ?`, id)
	return as[id], err
}

// Source returns one source with its text snapshot.
func (s *Store) Source(ctx context.Context, id int64) (Source, error) {
	var x Source
	err := s.read(ctx, func(t *tx) error {
		var err error
		var text string
		x, err = scanSource(t.QueryRowContext(ctx, `SELECT `+sourceCols+`, s.text FROM sources s WHERE s.id = ?`, id), &text)
		if err != nil {
			return domainErr(err)
		}
		x.Text = text
		x.Appearances, err = appearances(ctx, t, id)
		return err
	})
	if err != nil {
		return Source{}, fmt.Errorf("open source %d: %w", id, err)
	}
	return x, nil
}

// DeleteSource removes a source with its statements and their pairs.
func (s *Store) DeleteSource(ctx context.Context, id int64) error {
	return s.write(ctx, func(t *tx) error {
		res, err := t.ExecContext(ctx, `DELETE FROM sources WHERE id = ?`, id)
		if err != nil {
			return fmt.Errorf("delete source: %w", domainErr(err))
		}
		return mustAffect(res, "delete source")
	})
}

// statementBaseCols are a statement's columns but its facts.
const statementBaseCols = `st.id, st.source_id, st.claim_id, st.seq, st.start_rune, st.end_rune, st.text, st.lang,
	st.speaker, st.speaker_kind, st.cue, st.quote, st.channel, st.stance, st.stance_confidence`

const statementCols = statementBaseCols + `, st.facts`

func scanStatement(sc interface{ Scan(...any) error }, extra ...any) (Statement, error) {
	var facts string
	x, err := scanStatementBase(sc, append([]any{&facts}, extra...)...)
	if facts != "" && facts != "{}" && facts != "[]" {
		x.Facts = json.RawMessage(facts)
	}
	return x, err
}

// scanStatementBase scans statementBaseCols, then extra.
func scanStatementBase(sc interface{ Scan(...any) error }, extra ...any) (Statement, error) {
	var x Statement
	dest := append([]any{&x.ID, &x.SourceID, &x.ClaimID, &x.Seq, &x.Start, &x.End, &x.Text, &x.Lang,
		&x.Speaker, &x.SpeakerKind, &x.Cue, &x.Quote, &x.Channel, &x.Stance, &x.StanceConfidence}, extra...)
	return x, sc.Scan(dest...)
}

func statements(ctx context.Context, t *tx, where string, args ...any) ([]Statement, error) {
	return queryStatements(ctx, t, statementCols, scanStatement, where, args...)
}

// statementsWithoutFacts is statements for a caller that shows them and
// does not need their facts (a list of pairs).
func statementsWithoutFacts(ctx context.Context, t *tx, where string, args ...any) ([]Statement, error) {
	return queryStatements(ctx, t, statementBaseCols, scanStatementBase, where, args...)
}

func queryStatements(ctx context.Context, t *tx, cols string, scan func(interface{ Scan(...any) error }, ...any) (Statement, error),
	where string, args ...any) ([]Statement, error) {
	rows, err := t.QueryContext(ctx, `SELECT `+cols+` FROM statements st `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Statement
	for rows.Next() {
		x, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, rows.Err()
}

// Statements lists the statements of one source in order.
func (s *Store) Statements(ctx context.Context, sourceID int64) ([]Statement, error) {
	var out []Statement
	err := s.read(ctx, func(t *tx) error {
		var err error
		out, err = statements(ctx, t, `WHERE st.source_id = ? ORDER BY st.seq`, sourceID)
		return err
	})
	return out, err
}
