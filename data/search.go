package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// SearchFilter narrows a search; nil fields do not filter. From and To bound
// the source's publication date (inclusive); sources without a date are left
// out when either is set.
type SearchFilter struct {
	Claim   *int64
	Outlet  *string // matched without case, anywhere in the outlet ("Washington Post")
	Speaker *string // matched without case, as a substring
	Lang    *string // "ar", "en" or "mixed": the statement's language
	From    *time.Time
	To      *time.Time
	Limit   int // default 20
	Offset  int
}

// Span is a half-open rune range.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Snippet is a piece of a statement's original text with the matching words
// marked (rune offsets into Text).
type Snippet struct {
	Text  string `json:"text"`
	Marks []Span `json:"marks"`
}

// Marked returns the snippet with each mark wrapped in open and close.
func (sn Snippet) Marked(open, close string) string {
	r := []rune(sn.Text)
	var b strings.Builder
	pos := 0
	for _, m := range sn.Marks {
		b.WriteString(string(r[pos:m.Start]))
		b.WriteString(open)
		b.WriteString(string(r[m.Start:m.End]))
		b.WriteString(close)
		pos = m.End
	}
	b.WriteString(string(r[pos:]))
	return b.String()
}

// Hit is one statement found by Search.
type Hit struct {
	Statement   Statement `json:"statement"`
	ClaimTitle  string    `json:"claim_title"`
	SourceTitle string    `json:"source_title"`
	Outlet      string    `json:"outlet,omitempty"`
	Published   time.Time `json:"published,omitzero"`
	Rank        float64   `json:"rank"` // bm25: lower is better
	Snippet     Snippet   `json:"snippet"`
}

// Search finds statements across the archive. The query is folded the way
// the index is (Arabic letter forms, diacritics, light stemming), so أمريكا,
// امريكا and أمريكيّة find each other; a number matches whatever its
// thousands separators and digit shapes (2500, 2,500, ٢٬٥٠٠), and a dotted
// abbreviation matches it written without dots (U.S., US); an English word
// of five letters or more finds its other forms (wordForms). Words are ANDed;
// "a phrase" in double quotes must appear in that order; a trailing * makes
// a word a prefix. Hits come best first (bm25), each with a snippet of its
// original text.
func (s *Store) Search(ctx context.Context, query string, f SearchFilter) ([]Hit, error) {
	match, keys := ftsQuery(query)
	if match == "" {
		return nil, nil
	}
	// Stage one ranks row ids only: FTS5 scores every match (bm25), and
	// carrying whole rows through that sort, or joining them before the
	// limit, costs several times more than the ranking itself.
	var where []string
	var args []any
	if f.Claim != nil {
		where, args = append(where, "st.claim_id = ?"), append(args, *f.Claim)
	}
	if f.Outlet != nil {
		where, args = append(where, `so.outlet LIKE ? ESCAPE '\'`), append(args, likeAnywhere(*f.Outlet))
	}
	if f.Speaker != nil {
		where, args = append(where, "instr(lower(st.speaker), lower(?)) > 0"), append(args, *f.Speaker)
	}
	if f.Lang != nil {
		where, args = append(where, "st.lang = ?"), append(args, *f.Lang)
	}
	if f.From != nil {
		where, args = append(where, "so.published >= ?"), append(args, f.From.UTC().Format(time.RFC3339))
	}
	if f.To != nil {
		where, args = append(where, "so.published <= ?"), append(args, f.To.UTC().Format(time.RFC3339))
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 20
	}
	var rank string
	if len(where) == 0 {
		// bm25() sorted here, not FTS5's rank column: ORDER BY rank makes
		// FTS5 run a nested query that sorts every match, where SQLite's
		// own sorter keeps only the page (a third less time on a common
		// word). The scores are the same; rank is bm25() by default.
		rank = `SELECT rowid, bm25(statements_fts) AS r FROM statements_fts WHERE statements_fts MATCH ? ORDER BY r` + limitOffset(limit, f.Offset)
		args = []any{match}
	} else {
		join := ""
		if f.Outlet != nil || f.From != nil || f.To != nil {
			join = ` JOIN sources so ON so.id = st.source_id`
		}
		// A claim's statements were mostly imported together, so their ids
		// lie in a narrow range: bounding the rowids lets FTS5 score only
		// the matches in it (the filter below still decides). The scores
		// do not change, bm25's statistics are the whole index's.
		bound, bargs := "", []any{match}
		if f.Claim != nil {
			bound = ` AND rowid BETWEEN (SELECT min(id) FROM statements WHERE claim_id = ?)
				AND (SELECT max(id) FROM statements WHERE claim_id = ?)`
			bargs = append(bargs, *f.Claim, *f.Claim)
		}
		rank = `WITH m AS MATERIALIZED (SELECT rowid AS id, rank FROM statements_fts WHERE statements_fts MATCH ?` + bound + `)
			SELECT m.id, m.rank FROM m JOIN statements st ON st.id = m.id` + join + `
			WHERE ` + strings.Join(where, " AND ") + ` ORDER BY m.rank` + limitOffset(limit, f.Offset)
		args = append(bargs, args...)
	}
	var hits []Hit
	err := s.read(ctx, func(t *tx) error {
		rows, err := t.QueryContext(ctx, rank, args...)
		if err != nil {
			return err
		}
		var ids []any
		ranks := map[int64]float64{}
		for rows.Next() {
			var id int64
			var r float64
			if err := rows.Scan(&id, &r); err != nil {
				rows.Close()
				return err
			}
			ids = append(ids, id)
			ranks[id] = r
		}
		rows.Close()
		if err := rows.Err(); err != nil || len(ids) == 0 {
			return err
		}
		rows, err = t.QueryContext(ctx, `SELECT `+statementCols+`, c.title, so.title, so.outlet, so.published
			FROM statements st
			JOIN sources so ON so.id = st.source_id
			JOIN claims c ON c.id = st.claim_id
			WHERE st.id IN (?`+strings.Repeat(",?", len(ids)-1)+`)`, ids...)
		if err != nil {
			return err
		}
		defer rows.Close()
		byID := make(map[int64]Hit, len(ids))
		for rows.Next() {
			var h Hit
			var pub sql.NullString
			st, err := scanStatement(rows, &h.ClaimTitle, &h.SourceTitle, &h.Outlet, &pub)
			if err != nil {
				return err
			}
			h.Statement, h.Published, h.Rank = st, parseTime(pub), ranks[st.ID]
			h.Snippet = snippet(st.Text, keys, 40)
			byID[st.ID] = h
		}
		if err := rows.Err(); err != nil {
			return err
		}
		for _, id := range ids {
			if h, ok := byID[id.(int64)]; ok {
				hits = append(hits, h)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	return hits, nil
}

// queryKey is one searched key; prefix keys match any key they begin.
type queryKey struct {
	key    string
	prefix bool
}

// ftsQuery turns what the user typed into an FTS5 expression over the
// normalised index, and returns the keys for highlighting. Every key is
// quoted, so FTS5 operators typed by the user are taken as words.
func ftsQuery(q string) (string, []queryKey) {
	var parts []string
	var keys []queryKey
	for i, chunk := range strings.Split(q, `"`) {
		phrase := i%2 == 1
		var ks []string
		words(chunk, func(w string, _, end int) {
			k := searchKey(w)
			if k == "" {
				return
			}
			prefix := !phrase && strings.HasPrefix(string([]rune(chunk)[end:]), "*")
			keys = append(keys, queryKey{k, prefix})
			if phrase {
				ks = append(ks, k)
				return
			}
			switch f := wordForms(k); {
			case prefix:
				parts = append(parts, `"`+k+`"*`)
			case f != "":
				// Any word that starts as the word's forms do:
				// "withdrawal" finds "withdraw" and "withdrawing". One
				// prefix term, not the word OR the prefix, which cost a
				// third more time on a 100,000-statement archive for a
				// ranking that put the typed form first.
				keys = append(keys, queryKey{f, true})
				parts = append(parts, `"`+f+`"*`)
			default:
				parts = append(parts, `"`+k+`"`)
			}
		})
		if phrase && len(ks) > 0 {
			parts = append(parts, `"`+strings.Join(ks, " ")+`"`)
		}
	}
	return strings.Join(parts, " "), keys
}

// wordForms is the prefix under which an English search word also finds
// its other forms: the stemmer's key ("withdraw" for withdrawing) less a
// derivational ending the stemmer keeps ("withdrawal" gives "withdraw",
// "elections" "elect"), so that withdraw, withdrawal and withdrawing find
// each other. Empty for a word shorter than five letters, where a prefix
// finds too much ("plan" would find "planet"), and for other scripts:
// Arabic's forms are the light stemmer's.
func wordForms(k string) string {
	if len(k) < 5 {
		return ""
	}
	for _, r := range k {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	for _, end := range []string{"ations", "ation", "ions", "ion", "als", "al"} {
		if stem, ok := strings.CutSuffix(k, end); ok && len(stem) >= 4 {
			return stem
		}
	}
	return k
}

// snippet marks the words of text whose key matches and cuts a window of
// about width words around the first mark. The index holds keys, not the
// text shown, so the marks are computed here on the original with the same
// folding rather than by FTS5's snippet().
func snippet(text string, keys []queryKey, width int) Snippet {
	type word struct{ start, end int }
	var ws []word
	var marks []int
	words(text, func(w string, start, end int) {
		k := searchKey(w)
		for _, q := range keys {
			if k != "" && (k == q.key || q.prefix && strings.HasPrefix(k, q.key)) {
				marks = append(marks, len(ws))
				break
			}
		}
		ws = append(ws, word{start, end})
	})
	r := []rune(text)
	from, to := 0, len(r)
	if len(ws) > width {
		first := 0
		if len(marks) > 0 {
			first = marks[0]
		}
		lo := max(0, first-width/3)
		hi := min(len(ws), lo+width)
		lo = max(0, hi-width)
		if lo > 0 {
			from = ws[lo].start
		}
		if hi < len(ws) {
			to = ws[hi-1].end
		}
	}
	var sn Snippet
	var b strings.Builder
	shift := 0
	if from > 0 {
		b.WriteString("… ")
		shift = 2
	}
	b.WriteString(string(r[from:to]))
	if to < len(r) {
		b.WriteString(" …")
	}
	sn.Text = b.String()
	for _, m := range marks {
		w := ws[m]
		if w.start >= from && w.end <= to {
			sn.Marks = append(sn.Marks, Span{w.start - from + shift, w.end - from + shift})
		}
	}
	return sn
}

// SourceHit is one source found by SearchSources.
type SourceHit struct {
	Source     Source  `json:"source"`
	ClaimTitle string  `json:"claim_title"`
	Rank       float64 `json:"rank"`
}

// SearchSources finds whole sources by their title and text, with the same
// query syntax and folding as Search. Of the filter, Claim, Outlet, Lang
// (the source's language), From, To, Limit and Offset apply.
func (s *Store) SearchSources(ctx context.Context, query string, f SearchFilter) ([]SourceHit, error) {
	match, _ := ftsQuery(query)
	if match == "" {
		return nil, nil
	}
	where := []string{"sources_fts MATCH ?"}
	args := []any{match}
	if f.Claim != nil {
		where, args = append(where, "s.claim_id = ?"), append(args, *f.Claim)
	}
	if f.Outlet != nil {
		where, args = append(where, `s.outlet LIKE ? ESCAPE '\'`), append(args, likeAnywhere(*f.Outlet))
	}
	if f.Lang != nil {
		where, args = append(where, "s.lang = ?"), append(args, *f.Lang)
	}
	if f.From != nil {
		where, args = append(where, "s.published >= ?"), append(args, f.From.UTC().Format(time.RFC3339))
	}
	if f.To != nil {
		where, args = append(where, "s.published <= ?"), append(args, f.To.UTC().Format(time.RFC3339))
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 20
	}
	q := `SELECT ` + sourceCols + `, c.title, sources_fts.rank FROM sources_fts
		JOIN sources s ON s.id = sources_fts.rowid JOIN claims c ON c.id = s.claim_id
		WHERE ` + strings.Join(where, " AND ") + ` ORDER BY sources_fts.rank` + limitOffset(limit, f.Offset)
	var out []SourceHit
	err := s.read(ctx, func(t *tx) error {
		rows, err := t.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var h SourceHit
			if h.Source, err = scanSource(rows, &h.ClaimTitle, &h.Rank); err != nil {
				return err
			}
			out = append(out, h)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("search sources %q: %w", query, err)
	}
	return out, nil
}

// reindexSearch recomputes the search keys of every statement and source
// with today's searchKey: the Go step of schema version 3, for archives
// indexed when "2,500" was the two keys 2 and 500 and "U.S." was u and s.
// statements_fts follows statements.norm by trigger; sources_fts holds its
// own copy of the keys (title and body), so its row is replaced. Rows are
// read in batches of ids and only those whose keys change are written (most
// hold no such number or abbreviation), so no read is open while a table
// changes and an archive pays little more than reading its text once.
func reindexSearch(ctx context.Context, tx *sql.Tx) error {
	const batch = 1000
	cache := map[string]string{} // words repeat: fold each once
	upd, err := tx.PrepareContext(ctx, `UPDATE statements SET norm = ? WHERE id = ?`)
	if err != nil {
		return err
	}
	defer upd.Close()
	type change struct {
		id         int64
		norm, body string
	}
	for last, n := int64(0), batch; n == batch; {
		rows, err := tx.QueryContext(ctx, `SELECT id, text, norm FROM statements WHERE id > ? ORDER BY id LIMIT ?`, last, batch)
		if err != nil {
			return err
		}
		var changed []change
		for n = 0; rows.Next(); n++ {
			var text, norm string
			if err := rows.Scan(&last, &text, &norm); err != nil {
				rows.Close()
				return err
			}
			if k := normWith(text, cache); k != norm {
				changed = append(changed, change{id: last, norm: k})
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, c := range changed {
			if _, err := upd.ExecContext(ctx, c.norm, c.id); err != nil {
				return fmt.Errorf("re-index statement %d: %w", c.id, err)
			}
		}
		if len(cache) > 200_000 { // bound the memory of a large archive
			clear(cache)
		}
	}
	// A source's text is large: fewer per batch.
	const srcBatch = 100
	for last, n := int64(0), srcBatch; n == srcBatch; {
		rows, err := tx.QueryContext(ctx, `SELECT s.id, s.title, s.text, f.title, f.body
			FROM sources s LEFT JOIN sources_fts f ON f.rowid = s.id
			WHERE s.id > ? ORDER BY s.id LIMIT ?`, last, srcBatch)
		if err != nil {
			return err
		}
		var changed []change
		for n = 0; rows.Next(); n++ {
			var title, text string
			var oldTitle, oldBody sql.NullString
			if err := rows.Scan(&last, &title, &text, &oldTitle, &oldBody); err != nil {
				rows.Close()
				return err
			}
			c := change{id: last, norm: searchNorm(title), body: normWith(text, cache)}
			if !oldTitle.Valid || c.norm != oldTitle.String || c.body != oldBody.String {
				changed = append(changed, c)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, c := range changed {
			if _, err := tx.ExecContext(ctx, `DELETE FROM sources_fts WHERE rowid = ?`, c.id); err != nil {
				return fmt.Errorf("re-index source %d: %w", c.id, err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO sources_fts (rowid, title, body) VALUES (?, ?, ?)`,
				c.id, c.norm, c.body); err != nil {
				return fmt.Errorf("re-index source %d: %w", c.id, err)
			}
		}
		if len(cache) > 200_000 {
			clear(cache)
		}
	}
	return nil
}

// likeAnywhere is a LIKE pattern for s anywhere in the text, its own % and _
// taken literally: "Washington Post" finds "The Washington Post" (LIKE
// ignores the case of ASCII letters).
func likeAnywhere(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(s) + "%"
}
