package data

import (
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	neturl "net/url"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/claimdiff/claimdiff/compare/relation"
	"github.com/claimdiff/claimdiff/compare/textnorm"
	"github.com/claimdiff/claimdiff/data/ingest"
)

// ImportSource stores doc as a source of the claim, extracts its statements
// with their stance toward the claim's title, and finds the contradictions
// and agreements between them and the claim's other sources, all in one
// transaction. The same text (by SHA-256) already in the claim is not stored
// again: the existing source comes back with duplicate true.
func (s *Store) ImportSource(ctx context.Context, claimID int64, doc ingest.Doc) (src Source, duplicate bool, err error) {
	p := s.prepareImport(ctx, claimID, doc)
	src, duplicate, _, err = s.finishImport(ctx, claimID, p)
	return src, duplicate, err
}

// ImportResult is what ImportEach did with one document.
type ImportResult struct {
	Source    Source
	Duplicate bool
	// Appearance is set on a duplicate from another outlet or address,
	// which was recorded as one of Source's appearances.
	Appearance bool
	Err        error
}

// ImportEach imports n documents into the claim in order, as ImportSource
// would one by one, but reads and analyses the next document while the
// previous one is written, so that the engine's work (and a file's read or
// a page's download) overlaps SQLite's. read gives the i-th document, or
// the error that is then its result, unchanged. Each source is its own
// transaction: a crash loses at most the one being written. A document
// that fails does not stop the others; progress (may be nil) is called
// after each one, in order, with its index. The error is the context's
// when it is cancelled; the results then stop at the documents done.
func (s *Store) ImportEach(ctx context.Context, claimID int64, n int, read func(ctx context.Context, i int) (ingest.Doc, error), progress func(i int, r ImportResult)) ([]ImportResult, error) {
	ctx, cancel := context.WithCancel(ctx)
	ready := make(chan preparedImport, 1)
	defer func() {
		cancel()
		for range ready { // wait for the analyser to stop
		}
	}()
	// One document of look-ahead (the channel's buffer): more would only
	// hold analyses in memory while the writer, the slower side, catches up.
	go func() {
		defer close(ready)
		for i := range n {
			if ctx.Err() != nil {
				return
			}
			var p preparedImport
			if doc, err := read(ctx, i); err != nil {
				p.err = err
			} else {
				p = s.prepareImport(ctx, claimID, doc)
			}
			select {
			case ready <- p:
			case <-ctx.Done():
				return
			}
		}
	}()
	out := make([]ImportResult, 0, n)
	for p := range ready {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		var r ImportResult
		r.Source, r.Duplicate, r.Appearance, r.Err = s.finishImport(ctx, claimID, p)
		out = append(out, r)
		if progress != nil {
			progress(len(out)-1, r)
		}
	}
	return out, ctx.Err()
}

// preparedImport is the part of an import done without the write lock: the
// text's hash, the claim's title and the engine's analysis.
type preparedImport struct {
	doc          ingest.Doc
	hash, method string
	title        string
	a            *analysis // nil when the text looked like a duplicate
	err          error
}

// prepareImport reads the title and analyses the text. A rename in
// between (RenameClaim) leaves this source's stances toward the old title,
// as the other sources' are until the claim is re-analysed (Reanalyse).
func (s *Store) prepareImport(ctx context.Context, claimID int64, doc ingest.Doc) preparedImport {
	p := preparedImport{doc: doc, method: doc.Method}
	if strings.TrimSpace(doc.Text) == "" {
		p.err = fmt.Errorf("import %s: %w: no text", doc.Name, ErrInvalid)
		return p
	}
	p.hash = textHash(doc.Text)
	if p.method == "" {
		p.method = ingest.MethodFile
	}
	// The title, and whether the text is already there (then the analysis
	// is not needed), in one statement: a snapshot without a transaction.
	var known bool
	if err := s.ro.QueryRowContext(ctx, `SELECT title, EXISTS (SELECT 1 FROM sources WHERE claim_id = claims.id AND sha256 = ?)
		FROM claims WHERE id = ?`, p.hash, claimID).Scan(&p.title, &known); err != nil {
		p.err = fmt.Errorf("import %s: claim %d: %w", doc.Name, claimID, domainErr(err))
		return p
	}
	if !known {
		an, err := safeAnalyze(doc.Text, p.title)
		if err != nil {
			p.err = fmt.Errorf("import %s: %w", doc.Name, err)
			return p
		}
		p.a = &an
	}
	return p
}

// finishImport is the write transaction of an import prepared by
// prepareImport.
func (s *Store) finishImport(ctx context.Context, claimID int64, p preparedImport) (src Source, duplicate, appeared bool, err error) {
	if p.err != nil {
		return Source{}, false, false, p.err
	}
	idx := s.takeIndex(claimID)
	err = s.write(ctx, func(t *tx) error {
		src, duplicate, idx, err = importTx(ctx, t, claimID, p.doc, p.hash, p.method, p.title, &p.a, idx)
		if err == nil && duplicate {
			src, appeared, err = recordAppearance(ctx, t, src, p.doc)
		}
		return err
	})
	if err == nil && idx != nil {
		if !duplicate {
			idx.add(p.a.stmts)
		}
		s.putIndex(claimID, idx)
	}
	if err != nil {
		return Source{}, false, false, fmt.Errorf("import %s: %w", p.doc.Name, domainErr(err))
	}
	return src, duplicate, appeared, nil
}

// hostOf is the host of a web address without "www." and "amp.", "" for
// anything else.
func hostOf(address string) string {
	u, err := neturl.Parse(address)
	if err != nil {
		return ""
	}
	h := strings.ToLower(u.Hostname())
	for _, p := range []string{"www.", "amp.", "m."} {
		h = strings.TrimPrefix(h, p)
	}
	return h
}

// recordAppearance records doc, whose text is src's, as one of src's
// appearances when it came from another outlet or address: wire copy that
// several outlets ran is one text, and which outlets ran it is evidence. The
// same address again, or a file without outlet or address, is only a
// duplicate. src comes back with its appearances.
func recordAppearance(ctx context.Context, t *tx, src Source, doc ingest.Doc) (Source, bool, error) {
	outlet, url := strings.TrimSpace(doc.Outlet), strings.TrimSpace(doc.URL)
	// Another outlet; or, when neither names its outlet, another site. The
	// same outlet at another address (its AMP page, a redirect) is the
	// same publication.
	differs := outlet != "" && !strings.EqualFold(outlet, src.Outlet) ||
		outlet == "" && src.Outlet == "" && url != "" && hostOf(url) != hostOf(src.URL)
	var added bool
	if differs {
		r, err := t.ExecContext(ctx, `INSERT OR IGNORE INTO appearances (source_id, name, title, outlet, author, url, published, imported_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, src.ID, doc.Name, strings.TrimSpace(doc.Title), outlet, strings.TrimSpace(doc.Author), url,
			nullTime(doc.Published), t.stamp())
		if err != nil {
			return src, false, fmt.Errorf("record appearance: %w", err)
		}
		n, _ := r.RowsAffected()
		added = n == 1
	}
	var err error
	src.Appearances, err = appearances(ctx, t, src.ID)
	return src, added, err
}

// importTx is ImportSource's write: *pa is the analysis made before the
// transaction, or nil when the text looked like a duplicate; it is set
// when the transaction has to analyse the text itself.
//
// idx is the claim's statement index from an earlier import, or nil; the one
// used (checked against the file, or rebuilt) is returned for the caller to
// extend once the transaction has committed.
func importTx(ctx context.Context, t *tx, claimID int64, doc ingest.Doc, hash, method, title string, pa **analysis, idx *claimIndex) (Source, bool, *claimIndex, error) {
	var id int64
	err := t.QueryRowContext(ctx, `SELECT id FROM sources WHERE claim_id = ? AND sha256 = ?`, claimID, hash).Scan(&id)
	if err == nil {
		src, err := scanSource(t.QueryRowContext(ctx, `SELECT `+sourceCols+` FROM sources s WHERE s.id = ?`, id))
		return src, true, idx, err
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return Source{}, false, nil, err
	}
	if *pa == nil { // the duplicate was deleted between the check and the write
		an, err := safeAnalyze(doc.Text, title)
		if err != nil {
			return Source{}, false, nil, err
		}
		*pa = &an
	}
	a := *pa
	// The index is checked, or rebuilt, before the new rows exist, so that
	// it describes the claim's other sources only.
	if idx, err = ensureIndex(ctx, t, claimID, idx); err != nil {
		return Source{}, false, nil, err
	}
	src, err := insertSource(ctx, t, claimID, doc, hash, method, a)
	if err != nil {
		return Source{}, false, nil, err
	}
	if err := comparePairs(ctx, t, idx, src, a.title, a.stmts); err != nil {
		return Source{}, false, nil, fmt.Errorf("compare statements: %w", err)
	}
	_, err = t.ExecContext(ctx, `UPDATE claims SET updated_at = ? WHERE id = ?`, t.stamp(), claimID)
	return src, false, idx, err
}

func textHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

func insertSource(ctx context.Context, t *tx, claimID int64, doc ingest.Doc, hash, method string, a *analysis) (Source, error) {
	title := strings.TrimSpace(doc.Title)
	if title == "" {
		title = doc.Name
	}
	res, err := t.ExecContext(ctx, `INSERT INTO sources
		(claim_id, name, title, outlet, author, url, published, lang, format, text, sha256, imported_at, import_method,
		 analysed_by)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		claimID, doc.Name, title, strings.TrimSpace(doc.Outlet), strings.TrimSpace(doc.Author), doc.URL,
		nullTime(doc.Published), a.lang, doc.Format, doc.Text, hash, t.stamp(), method, thisBuild())
	if err != nil {
		return Source{}, fmt.Errorf("store source: %w", err)
	}
	id, _ := res.LastInsertId()
	if _, err := t.ExecContext(ctx, `INSERT INTO sources_fts (rowid, title, body) VALUES (?, ?, ?)`,
		id, searchNorm(title), a.body); err != nil {
		return Source{}, fmt.Errorf("index source: %w", err)
	}
	if err := insertStatements(ctx, t, claimID, id, a.stmts); err != nil {
		return Source{}, err
	}
	return Source{
		ID: id, ClaimID: claimID, Name: doc.Name, Title: title, Outlet: strings.TrimSpace(doc.Outlet),
		Author: strings.TrimSpace(doc.Author), URL: doc.URL, Published: doc.Published, Lang: a.lang,
		Format: doc.Format, SHA256: hash, ImportedAt: t.now.UTC(), Method: method, Statements: len(a.stmts),
		AnalysedBy: thisBuild(),
	}, nil
}

// insertStatements stores a source's statements, sets their IDs, and
// indexes them for search.
func insertStatements(ctx context.Context, t *tx, claimID, sourceID int64, sts []Statement) error {
	stmt, err := t.PrepareContext(ctx, `INSERT INTO statements
		(source_id, claim_id, seq, start_rune, end_rune, text, norm, lang, speaker, speaker_kind, cue, quote, channel,
		 stance, stance_confidence, facts)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for i := range sts {
		st := &sts[i]
		facts := string(st.Facts)
		if facts == "" {
			facts = "{}"
		}
		r, err := t.execStmt(ctx, stmt, sourceID, claimID, st.Seq, st.Start, st.End, st.Text, st.norm, st.Lang,
			st.Speaker, st.SpeakerKind, st.Cue, st.Quote, st.Channel, st.Stance, st.StanceConfidence, facts)
		if err != nil {
			return fmt.Errorf("store statement %d: %w", i, err)
		}
		st.ID, _ = r.LastInsertId()
		st.SourceID, st.ClaimID = sourceID, claimID
	}
	if _, err := t.ExecContext(ctx, `INSERT INTO statements_fts (rowid, norm) SELECT id, norm FROM statements WHERE source_id = ?`, sourceID); err != nil {
		return fmt.Errorf("index statements: %w", err)
	}
	return nil
}

// Limits on the pairing work of one import, so that adding the 200th source
// of a claim costs about as much as adding the 2nd: candidates are ranked by
// shared content words (and opposite stances), and only the best are given
// to the engine.
const (
	// maxPerStatement is how many candidates of each new statement enter
	// the import's ranking, of which the best maxClassify (or one per
	// statement) are judged: at 10, a statement with many neighbours lost
	// its eleventh best to weaker candidates of others (on the blind QA
	// claims, 20 gave 25 more real pairs for 41 more listed; 30 gave the
	// same as 20).
	maxPerStatement = 20
	// leadSeq and leadBonus: two statements that both open their sources
	// (the headline and the next two) are worth two shared words more.
	// Accounts give their main facts there, where a conflict is mostly
	// real, in few words: two headlines that share only "رفع" and
	// "الكهرباء" and differ on the percentage were never judged, their
	// place taken by pairs of background sentences that share more words.
	// On the hold-outs, the eleventh to seventeenth gave 19 more real pairs
	// for 21 more listed, the eighteenth to twentieth 8 more for 6.
	leadSeq       = 2
	leadBonus     = 4
	maxClassify   = 48  // engine calls per import, at least (one per distinct new statement beyond that)
	minSharedKeys = 2   // shared content keys that make two statements "on one topic"
	minKeyRunes   = 3   // shorter keys are mostly function words
	commonKeyFrac = 0.3 // a key in more than this share of the claim's statements says nothing
	// commonKeyMax is the most statements a key may be in and still rank
	// candidates: in a claim of 500 sources, a word of 2,000 of its
	// statements ranks none of them above the others, and counting it for
	// each new statement made an import's cost grow with the claim.
	commonKeyMax = 256
	// maxPairsPerSources caps the pairs of one relation stored between two
	// sources, the strongest kept, so that one long source with many
	// statements on each side cannot flood the list: a journalist reads
	// the strongest few and opens the comparison for the rest.
	maxPairsPerSources = 5
	// maxFactPairsPerSources more contradictions between two sources are
	// kept when a number or a date conflicts in them (capPairs). On the QA
	// claims written for the engine, such pairs were 82% real, against
	// 45% for pairs of a negation alone.
	maxFactPairsPerSources = 3
)

type other struct {
	id, source int64
	seq        int // order within its source
	stance     string
	conf       float64 // stance confidence
	text       string  // kept so that judging needs no read of the file
	speaker    string
	// prep is text tokenised for the engine: set at import, or when the
	// statement is first a candidate after the index was read from the
	// file. Most statements are candidates many times.
	prep *relation.Prepared
}

// account says who said a source's words in which language. Two sources
// of one account (the same author at the same outlet) in different
// languages are an original and its rendering: their statements are never
// paired, since a translation that reads as a conflict is a translation
// problem, not a contradiction between sources.
type account struct {
	who  string // folded author and outlet; "" when the author is unknown
	lang string
}

func accountOf(author, outlet, lang string) account {
	author = strings.ToLower(strings.Join(strings.Fields(author), " "))
	if author == "" {
		return account{lang: lang}
	}
	return account{who: author + "\x00" + strings.ToLower(strings.Join(strings.Fields(outlet), " ")), lang: lang}
}

// skipSources are the sources the new source fresh is not paired with:
// its own renderings, and, across languages, the sources whose pair can
// be read in one language instead: when either account also exists in
// the other's language, the same statements meet there, and listing the
// mixed pair too would show every conflict twice. A pair across languages
// is kept when it is the only way the two accounts meet (an Arabic-only
// statement against an English-only one).
func skipSources(accounts map[int64]account, fresh int64) map[int64]bool {
	mine := accounts[fresh]
	langs := map[string]map[string]bool{} // languages of each known account
	for _, acc := range accounts {
		if acc.who == "" {
			continue
		}
		if langs[acc.who] == nil {
			langs[acc.who] = map[string]bool{}
		}
		langs[acc.who][acc.lang] = true
	}
	skip := map[int64]bool{}
	for id, acc := range accounts {
		switch {
		case id == fresh:
		case renderings(mine, acc):
			skip[id] = true
		case acc.lang != mine.lang && (langs[acc.who][mine.lang] || langs[mine.who][acc.lang]):
			skip[id] = true
		}
	}
	return skip
}

// renderings reports whether two sources' accounts are one account in two
// languages.
func renderings(x, y account) bool {
	return x.who != "" && x.who == y.who && x.lang != y.lang
}

// claimIndex is the pairing index of one claim's statements: their content
// keys, stances and texts. Building it reads every statement of the claim,
// so the Store keeps the last few between imports. It is trusted only when
// nothing was written since it was last used: no other write transaction of
// this Store (Store.writes) and no commit by another connection (PRAGMA
// data_version); the claim's largest statement id is checked as well.
type claimIndex struct {
	maxID       int64
	gen         uint64 // the write transaction that last used it
	dataVersion int64  // PRAGMA data_version then
	others      []other
	index       map[string][]int32
	sides       [2][]int32 // others that affirm, that deny the claim with confidence
	accounts    map[int64]account
	arabic      int // others mostly in Arabic letters (arabicText)
	// lengths are each source's numbers of distinct statement texts, its
	// length when where a statement stands in it is weighed (apart): a
	// page that carries its text twice is as long as once.
	lengths map[int64]int
}

// add puts statements in the index; a source's statements come together
// (its length counts the distinct texts of one call).
func (x *claimIndex) add(sts []Statement) {
	if x.lengths == nil {
		x.lengths = map[int64]int{}
	}
	type sourceText struct {
		source int64
		text   string
	}
	seen := make(map[sourceText]bool, len(sts))
	for _, st := range sts {
		keys := st.keys
		if keys == nil {
			keys = contentKeys(st.norm)
		}
		for _, k := range keys {
			x.index[k] = append(x.index[k], int32(len(x.others)))
		}
		ar := arabicText(st.norm)
		if ar {
			x.arabic++
		}
		for _, k := range crossKeys(st.norm, keys, ar, false) {
			x.index[k] = append(x.index[k], int32(len(x.others)))
		}
		prep, counted := st.prep, st.counted
		if st.keys == nil {
			counted = countedKeys(st.norm, &prep, st.Text)
		}
		for _, k := range counted {
			x.index[k] = append(x.index[k], int32(len(x.others)))
		}
		if s := sideOf(st.Stance, st.StanceConfidence); s >= 0 {
			x.sides[s] = append(x.sides[s], int32(len(x.others)))
		}
		if k := (sourceText{st.SourceID, st.Text}); !seen[k] {
			seen[k] = true
			x.lengths[st.SourceID]++
		}
		x.others = append(x.others, other{id: st.ID, source: st.SourceID, seq: st.Seq, stance: st.Stance, conf: st.StanceConfidence, text: st.Text, speaker: st.Speaker, prep: prep})
		x.maxID = max(x.maxID, st.ID)
	}
}

// ensureIndex returns idx if it still describes the claim's statements,
// else a fresh one. It runs before the new source's statements are written.
// Both checks are constant time, where counting the claim's statements grew
// with the claim.
func ensureIndex(ctx context.Context, t *tx, claimID int64, idx *claimIndex) (*claimIndex, error) {
	var dv, maxID int64
	if err := t.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&dv); err != nil {
		return nil, err
	}
	if err := t.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM statements WHERE claim_id = ?`, claimID).Scan(&maxID); err != nil {
		return nil, err
	}
	if idx != nil && idx.gen+1 == t.gen && idx.dataVersion == dv && idx.maxID == maxID {
		idx.gen = t.gen
		return idx, nil
	}
	rows, err := t.QueryContext(ctx, `SELECT st.id, st.source_id, st.seq, st.text, st.speaker, st.norm, st.stance, st.stance_confidence, s.author, s.outlet, s.lang
		FROM statements st JOIN sources s ON s.id = st.source_id
		WHERE st.claim_id = ? ORDER BY st.id`, claimID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	idx = &claimIndex{index: map[string][]int32{}, accounts: map[int64]account{}, gen: t.gen, dataVersion: dv}
	var batch []Statement
	for rows.Next() {
		var st Statement
		var author, outlet, lang string
		if err := rows.Scan(&st.ID, &st.SourceID, &st.Seq, &st.Text, &st.Speaker, &st.norm, &st.Stance, &st.StanceConfidence, &author, &outlet, &lang); err != nil {
			return nil, err
		}
		if _, ok := idx.accounts[st.SourceID]; !ok {
			idx.accounts[st.SourceID] = accountOf(author, outlet, lang)
		}
		batch = append(batch, st)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	idx.add(batch)
	return idx, nil
}

// takeIndex removes the claim's cached index for the caller's exclusive
// use; putIndex gives it back.
func (s *Store) takeIndex(claimID int64) *claimIndex {
	s.idxMu.Lock()
	defer s.idxMu.Unlock()
	idx := s.idx[claimID]
	delete(s.idx, claimID)
	return idx
}

const maxCachedClaims = 8

func (s *Store) putIndex(claimID int64, idx *claimIndex) {
	s.idxMu.Lock()
	defer s.idxMu.Unlock()
	if s.idx == nil {
		s.idx = map[int64]*claimIndex{}
	}
	for id := range s.idx {
		if len(s.idx) < maxCachedClaims {
			break
		}
		delete(s.idx, id)
	}
	s.idx[claimID] = idx
}

type cand struct {
	fresh int   // index in the new statements
	other int32 // index in others
	score float64
}

// distinctTexts is how many different texts sts hold: the length of a
// source, as where a statement stands in it is weighed (apart), whatever
// it repeats.
func distinctTexts(sts []Statement) int {
	seen := make(map[string]bool, len(sts))
	for _, st := range sts {
		seen[st.Text] = true
	}
	return len(seen)
}

// candScore ranks a candidate pair: its shared content keys (a counted
// noun weighs as two), opposite stances and how sure they are, and whether
// both statements open their sources.
func candScore(keys int, opposite bool, stanceConf float64, seqA, seqB int) float64 {
	score := 2 * float64(keys)
	if opposite {
		score += 4 + 2*stanceConf
	}
	if seqA <= leadSeq && seqB <= leadSeq {
		score += leadBonus
	}
	return score
}

// sideOf is 0 for a confident affirmation, 1 for a confident denial, -1
// for neither.
func sideOf(stance string, conf float64) int {
	if conf < minStanceConf {
		return -1
	}
	switch stance {
	case StanceAffirms:
		return 0
	case StanceDenies:
		return 1
	}
	return -1
}

// comparePairs judges new statements against the statements of the
// claim's other sources that share content words with them, or take the
// opposite side of the claim (whatever words they use, in either
// language), and stores the contradictions and agreements, at most
// maxPairsPerSources of each relation between two sources.
//
// Candidates are ranked by two points a shared content key, and five to
// six for opposite stances (more when both sides are firm), so that a
// denial finds the affirmations that share none of its words, in either
// language, before statements that only share two words. title is the
// claim's title as the analysis prepared it (nil when blank).
func comparePairs(ctx context.Context, t *tx, idx *claimIndex, src Source, title *relation.Prepared, fresh []Statement) error {
	others, index := idx.others, idx.index
	if idx.accounts == nil {
		idx.accounts = map[int64]account{}
	}
	mine := accountOf(src.Author, src.Outlet, src.Lang)
	idx.accounts[src.ID] = mine
	if len(others) == 0 {
		return nil
	}
	skip := skipSources(idx.accounts, src.ID)
	common := min(int(commonKeyFrac*float64(len(others)))+1, commonKeyMax)
	keys := make([]int, len(others))
	opp := make([]bool, len(others))
	var touched []int32
	var all []cand
	// The source's length for apart, and how many statements it brings.
	distinct := distinctTexts(fresh)
	// A statement the source repeats word for word is judged once: a page
	// that carries its text twice (or five times) would otherwise fill the
	// judgements with copies.
	seenText := make(map[string]bool, len(fresh))
	for fi, st := range fresh {
		if seenText[st.Text] {
			continue
		}
		seenText[st.Text] = true
		touched = touched[:0]
		// The keys are kept for the claim's index, which adds this
		// statement once the import is written (claimIndex.add).
		words := slices.Clip(contentKeys(st.norm))
		counted := countedKeys(st.norm, &fresh[fi].prep, st.Text)
		fresh[fi].keys, fresh[fi].counted = words, counted
		own := words
		if ar := arabicText(st.norm); ar && idx.arabic < len(others) || !ar && idx.arabic > 0 {
			// Statements of the other script are there to meet.
			own = append(own, crossKeys(st.norm, words, ar, true)...)
		}
		own = append(own, counted...)
		for _, k := range own {
			list := index[k]
			if len(others) > 20 && len(list) > common {
				continue
			}
			// A noun both count is as much as two shared words: "cut
			// about 900 jobs" and "2,000 jobs would have been axed"
			// share little else, and are one count told two ways.
			w := 1
			if strings.HasPrefix(k, countedPrefix) {
				w = minSharedKeys
			}
			for _, i := range list {
				if keys[i] == 0 && !opp[i] {
					touched = append(touched, i)
				}
				keys[i] += w
			}
		}
		if s := sideOf(st.Stance, st.StanceConfidence); s >= 0 {
			for _, i := range idx.sides[1-s] {
				if keys[i] == 0 && !opp[i] {
					touched = append(touched, i)
				}
				opp[i] = true
			}
		}
		best := all[len(all):] // the statement's best, kept in order
		for _, i := range touched {
			o := &others[i]
			// The same words in another source agree by definition:
			// nothing to judge or to check; statements far apart in
			// their sources are mostly about two things.
			if !skip[o.source] && (keys[i] >= minSharedKeys || opp[i]) && o.text != st.Text &&
				!apart(st.Seq, distinct, o.seq, idx.lengths[o.source]) {
				score := candScore(keys[i], opp[i], min(o.conf, st.StanceConfidence), st.Seq, o.seq)
				best = insertCand(best, cand{fi, i, score}, maxPerStatement)
			}
			keys[i], opp[i] = 0, false
		}
		all = append(all, best...) // in place when best did not outgrow all
	}
	slices.SortFunc(all, cmpCands)
	// At least one judgement per distinct new statement, so that a long
	// article is not cut to the first few dozen.
	all = all[:min(len(all), max(maxClassify, distinct))]
	if len(all) == 0 {
		return nil
	}
	// Tokenise the candidates read from the file once, before judging
	// shares them between goroutines.
	var unprepared []int32
	seen := map[int32]bool{}
	for _, c := range all {
		if others[c.other].prep == nil && !seen[c.other] {
			seen[c.other] = true
			unprepared = append(unprepared, c.other)
		}
	}
	parallel(len(unprepared), func(j int) {
		o := &others[unprepared[j]]
		o.prep = safePrepare(o.text)
	})
	kept := make([]pairRow, len(all))
	parallel(len(all), func(j int) {
		c := all[j]
		st, o := fresh[c.fresh], others[c.other]
		// Store each pair in source order so that (a, b) is stable
		// whichever source came first.
		r := pairRow{stA: o.id, srcA: o.source, stB: st.ID, srcB: src.ID}
		a := side{o.text, o.speaker, o.stance, o.conf, o.prep}
		b := side{st.Text, st.Speaker, st.Stance, st.StanceConfidence, st.prep}
		if r.srcA > r.srcB {
			r.stA, r.srcA, r.stB, r.srcB = r.stB, r.srcB, r.stA, r.srcA
			a, b = b, a
		}
		r.verdict = listed(judge(a, b, title), leadFactor(st.Seq, o.seq))
		kept[j] = r
	})
	return storePairs(ctx, t, src.ClaimID, capPairs(kept))
}

// capPairs keeps at most maxPairsPerSources pairs of each relation
// between two sources: the strongest first among pairs of statements not
// yet shown (so that two denials against a plan and its dates are both
// seen), then the strongest of the rest.
func capPairs(rows []pairRow) []pairRow {
	type group struct {
		a, b int64
		rel  string
	}
	groups := map[group][]pairRow{}
	var order []group
	for _, r := range rows {
		if !r.keep {
			continue
		}
		g := group{r.srcA, r.srcB, r.rel}
		if groups[g] == nil {
			order = append(order, g)
		}
		groups[g] = append(groups[g], r)
	}
	var out []pairRow
	for _, g := range order {
		rs := groups[g]
		sort.SliceStable(rs, func(i, j int) bool { return rs[i].conf > rs[j].conf })
		if len(rs) <= maxPairsPerSources {
			out = append(out, rs...)
			continue
		}
		taken := make([]bool, len(rs))
		used := map[int64]bool{}
		n := 0
		for pass := 0; pass < 2; pass++ {
			for i, r := range rs {
				if n == maxPairsPerSources || taken[i] || pass == 0 && (used[r.stA] || used[r.stB]) {
					continue
				}
				taken[i], used[r.stA], used[r.stB] = true, true, true
				out = append(out, r)
				n++
			}
		}
		// Past the cap, a few more contradictions of facts: a number or a
		// date two sources give differently is what a journalist checks
		// first, and such pairs are mostly real.
		extra := 0
		for i, r := range rs {
			if extra < maxFactPairsPerSources && !taken[i] && r.rel == RelContradicts && hasFact(r.reasons) {
				taken[i] = true
				out = append(out, r)
				extra++
			}
		}
	}
	return out
}

// cmpCands orders candidates best first; the order is total, so that the
// pairs an import keeps do not depend on the order candidates were found.
func cmpCands(x, y cand) int {
	if x.score != y.score {
		return cmp.Compare(y.score, x.score)
	}
	if x.fresh != y.fresh {
		return cmp.Compare(x.fresh, y.fresh)
	}
	return cmp.Compare(x.other, y.other)
}

// insertCand puts c in its place in best (ordered by cmpCands) and keeps
// at most k: a statement's candidates are many, and only the best few are
// judged.
func insertCand(best []cand, c cand, k int) []cand {
	i, _ := slices.BinarySearchFunc(best, c, cmpCands)
	if i >= k {
		return best
	}
	if len(best) < k {
		best = append(best, cand{})
	}
	copy(best[i+1:], best[i:])
	best[i] = c
	return best
}

// parallel runs fn(0..n-1) on up to GOMAXPROCS goroutines: the engine is
// pure, and its calls are most of an import's time.
func parallel(n int, fn func(int)) {
	workers := min(runtime.GOMAXPROCS(0), n/8+1)
	if workers <= 1 {
		for j := 0; j < n; j++ {
			fn(j)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Go(func() {
			for {
				j := int(next.Add(1)) - 1
				if j >= n {
					return
				}
				fn(j)
			}
		})
	}
	wg.Wait()
}

type pairRow struct {
	stA, srcA, stB, srcB int64
	verdict
}

func storePairs(ctx context.Context, t *tx, claimID int64, rows []pairRow) error {
	var ins, comp *sql.Stmt
	comps := map[[2]int64]int64{}
	for _, r := range rows {
		if !r.keep {
			continue
		}
		if ins == nil {
			var err error
			if comp, err = t.PrepareContext(ctx, insertComparison); err != nil {
				return err
			}
			defer comp.Close()
			if ins, err = t.PrepareContext(ctx, `INSERT INTO comparison_pairs
				(comparison_id, statement_a, statement_b, relation, confidence, reasons, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (statement_a, statement_b) DO NOTHING`); err != nil {
				return err
			}
			defer ins.Close()
		}
		key := [2]int64{r.srcA, r.srcB}
		cid, ok := comps[key]
		if !ok {
			var err error
			if cid, err = comparisonID(ctx, t, comp, claimID, r.srcA, r.srcB); err != nil {
				return err
			}
			comps[key] = cid
		}
		reasons, err := json.Marshal(r.reasons)
		if err != nil {
			return err
		}
		if _, err := t.execStmt(ctx, ins, cid, r.stA, r.stB, r.rel, r.conf, string(reasons), t.stamp()); err != nil {
			return err
		}
	}
	return nil
}

// insertComparison adds the comparison of two sources of a claim, or
// nothing when it exists (a re-import, a pair kept by Reanalyse).
const insertComparison = `INSERT INTO comparisons (claim_id, source_a, source_b, created_at)
	VALUES (?, ?, ?, ?) ON CONFLICT (claim_id, source_a, source_b) DO NOTHING`

// comparisonID is the id of the comparison of sources a and b (a < b) of
// the claim, added when missing by comp (insertComparison prepared; nil to
// run it once unprepared). A plain insert, its id from the connection:
// RETURNING would make each call a query, which database/sql watches with
// a goroutine of its own. An existing comparison is looked up instead.
func comparisonID(ctx context.Context, t *tx, comp *sql.Stmt, claimID, a, b int64) (int64, error) {
	var res sql.Result
	var err error
	if comp != nil {
		res, err = t.execStmt(ctx, comp, claimID, a, b, t.stamp())
	} else {
		res, err = t.ExecContext(ctx, insertComparison, claimID, a, b, t.stamp())
	}
	if err != nil {
		return 0, err
	}
	if n, _ := res.RowsAffected(); n == 1 {
		return res.LastInsertId()
	}
	var id int64
	err = t.QueryRowContext(ctx, `SELECT id FROM comparisons WHERE claim_id = ? AND source_a = ? AND source_b = ?`, claimID, a, b).Scan(&id)
	return id, err
}

// contentKeys are the distinct keys of a norm string long enough to carry
// meaning, function and reporting words left out: two statements that
// share "the", "and" and "said" are not on one topic.
func contentKeys(norm string) []string {
	f := strings.Fields(norm)
	out := f[:0]
	seen := make(map[string]struct{}, len(f))
	for _, k := range f {
		if len([]rune(k)) < minKeyRunes || stopKeys[k] {
			continue
		}
		if _, ok := seen[k]; ok {
			continue
		}
		seen[k] = struct{}{}
		out = append(out, k)
	}
	return out
}

// countedPrefix marks the keys of counted nouns (countedKeys).
const countedPrefix = "\x02"

// countedKeys are what a statement counts, each once, prefixed with
// countedPrefix: the key after a number ("900 job", "85 شخص") and its
// lexicon concepts (relation.ConceptKeys), and the
// outcome of each count of people ("killed" for "Flash floods kill 47" and
// for "تسجيل 38 حالة وفاة", so that the two meet across languages). Only a
// statement with a number is tokenised for its outcomes, once: *prep is
// set when it was nil.
func countedKeys(norm string, prep **relation.Prepared, text string) []string {
	var out []string
	var buf [4]string
	f := strings.Fields(norm)
	number := false
	for i := range f {
		if oneKeys[f[i]] {
			// "one death reported" has an outcome to meet ("Two patients
			// have died"), but "one" before a noun is mostly no count:
			// "one official said", "one of the".
			number = true
			continue
		}
		if !isNumberKey(f[i]) && !numberWordKeys[f[i]] {
			continue
		}
		number = true
		// The word after the number, and the next one when the two name
		// what is counted together ("15 aid workers").
		for j := i + 1; j <= i+2 && j < len(f); j++ {
			if isNumberKey(f[j]) || numberWordKeys[f[j]] || len([]rune(f[j])) < minKeyRunes || stopKeys[f[j]] {
				break
			}
			if k := countedPrefix + f[j]; !slices.Contains(out, k) {
				out = append(out, k)
			}
			// The noun's concepts too, which meet its translation: "23
			// ships" and "37 سفينة" count one thing.
			for _, c := range relation.ConceptKeys(f[j], buf[:0]) {
				if c[0] == 'g' {
					continue // an antonym group is no one thing
				}
				if k := countedPrefix + "\x01" + c; !slices.Contains(out, k) {
					out = append(out, k)
				}
			}
		}
	}
	lower := strings.ToLower(text)
	clock := mayTellTime(text)
	cause := mayTellCause(lower)
	if !number && !clock && !cause && !mayTellNone(lower) {
		return out
	}
	if *prep == nil {
		*prep = safePrepare(text)
	}
	if *prep == nil {
		return out // an engine bug on this statement: its words still count
	}
	for _, o := range (*prep).Outcomes() {
		out = append(out, countedPrefix+"\x03"+o)
	}
	// Two statements that tell when the event began meet, as two counts of
	// one outcome do: "the blaze broke out shortly after 4 p.m." and "the
	// explosion happened around 11 a.m." share no other word.
	if (*prep).StartsAtClock() {
		out = append(out, countedPrefix+"\x04start")
	}
	// Two statements that give or deny a cause of the event meet: "the
	// fire was caused by a short circuit" and "انفجار أسطوانة غاز يشعل
	// حريقاً" share no other word.
	if cause && (*prep).GivesCause() {
		out = append(out, countedPrefix+"\x05cause")
	}
	return out
}

// mayTellCause reports whether a statement, lower-cased, may give or deny
// a cause of the event (relation.Prepared.GivesCause), before the engine
// reads it: most statements hold none of the words a cause is given with.
func mayTellCause(lower string) bool { return containsAny(lower, causeHints) }

// causeHints are parts of the words a cause is given or denied with.
var causeHints = []string{"caus", "due to", "because", "blame", "behind", "result", "trigger", "spark", "attribut", "owing",
	"rule out", "ruled out", "rules out", "ruling out", "deliberate", "arson", "sabotage", "accident", "technical",
	"سبب", "جراء", "نتيجة", "إثر", "اثر", "بفعل", "ناجم", "نجم", "ناتج", "نتج", "أرجع", "يرجع", "ترجع", "عزا", "عزت", "يعزو", "تعزو",
	"وراء", "تسبب", "أشعل", "يشعل", "أدى", "أدت", "عطل", "خلل", "استبعد", "يستبعد", "تستبعد", "نفى", "نفت", "ينفي", "تنفي", "نافي",
	"مفتعل", "متعمد", "عمدا", "عمداً", "تخريب"}

// mayTellTime reports whether text may tell a time of day in words, before
// the engine reads it: most statements do not, and need not be tokenised
// here. A time in digits ("4 p.m.", "11 صباحاً") has a number, which is
// read anyway.
func mayTellTime(text string) bool { return containsAny(text, clockHints) }

// containsAny reports whether s holds one of ws.
func containsAny(s string, ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return strings.Contains(s, w) })
}

// mayTellNone reports whether a statement, lower-cased, may say there were
// none of an outcome ("no deaths had been recorded", "لا وفيات", "لم تسجل
// أي حالة وفاة"), which the engine counts as a count of none: such a
// statement has no number, and is tokenised here only when it holds both a
// negation and a word of an outcome.
func mayTellNone(lower string) bool {
	return containsAny(lower, noneNegHints) && containsAny(lower, noneOutcomeHints)
}

var (
	noneNegHints     = []string{"no ", "none", "not ", "n't", "لا ", "لم ", "دون", "نفى", "نفت", "ينفي", "تنفي"}
	noneOutcomeHints = []string{"death", "dead", "died", "kill", "injur", "wound", "hurt", "missing", "casualt", "fatalit", "arrest", "detain",
		"وفا", "قتل", "قتيل", "مصرع", "إصاب", "اصاب", "مصاب", "جرح", "جريح", "مفقود", "اعتقال", "توقيف", "معتقل"}
)

// clockHints are the words an Arabic time of day is told with: "الساعة
// الرابعة", "الحادية عشرة صباحاً", "الثالثة عصراً".
var clockHints = []string{"الساعة", "صباح", "مساء", "عصر", "ظهر", "ليل", "فجر"}

// numberWordKeys are the search keys of number words, which count as a
// number written in digits does: "forty children", "أربعين طفلا", "seven
// villages", "تسع قرى". The words for two to nine once gave only the
// outcome of a count of people (3d23cbb: "two streets" against "six
// streets" of another sentence had made pairs of no one thing more often
// than they met a rival count). With the judge's later rules for two things
// counted, on session 13's QA claims they gave 8 more real pairs for 11
// more listed, above the lists' precision (d3b5d50).
var numberWordKeys = searchKeySet(`two three four five six seven eight nine
	اثنان اثنين ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني ثمان تسعة تسع
	ten eleven twelve thirteen fourteen fifteen sixteen
	seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds dozen dozens
	عشرة عشر عشرون عشرين
	ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين تسعون تسعين مئة مائة مئات عشرات`)

// oneKeys are the search keys of the words for one, whose counts meet
// others by their outcome only (countedKeys).
var oneKeys = searchKeySet("one واحد واحدة")

// searchKeySet is the set of the search keys of the words of ws.
func searchKeySet(ws string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(ws) {
		if k := searchKey(w); k != "" {
			m[k] = true
		}
	}
	return m
}

// isNumberKey reports a search key of digits (searchKey writes every
// digit set, and "2,500", as ASCII digits), with a decimal point.
func isNumberKey(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		if (k[i] < '0' || k[i] > '9') && k[i] != '.' {
			return false
		}
	}
	return true
}

// crossKeys are the keys that meet statements of the other script: the
// lexicon's concepts and antonym groups of keys (relation.ConceptKeys),
// each once, prefixed with the script of the statement they are indexed
// under. A statement of one script is indexed under its own script's keys
// (other false) and looks up the other script's (other true), so that
// "Turnout was 41 percent" finds "نسبة المشاركة بلغت 44%" while two
// statements of one language still meet by their words alone.
func crossKeys(norm string, keys []string, arabic, other bool) []string {
	prefix := "\x01en:"
	if arabic != other {
		prefix = "\x01ar:"
	}
	var out []string
	var buf [4]string
	add := func(cs []string) {
		for _, c := range cs {
			c = prefix + c
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	for _, k := range keys {
		add(relation.ConceptKeys(k, buf[:0]))
	}
	// The lexicon's two-word entries: "live rounds" and "الرصاص الحي" are
	// one concept that neither word is alone.
	f := strings.Fields(norm)
	for i := 0; i+1 < len(f); i++ {
		add(relation.PhraseConceptKeys(f[i], f[i+1], buf[:0]))
	}
	return out
}

// arabicText reports whether most letters of s are Arabic.
func arabicText(s string) bool {
	ar, other := 0, 0
	for _, r := range s {
		switch {
		case textnorm.IsArabicLetter(r):
			ar++
		case unicode.IsLetter(r):
			other++
		}
	}
	return ar > other
}

// stopKeys are the search keys of function and reporting words of both
// languages (the shorter ones fall under minKeyRunes anyway).
var stopKeys = searchKeySet(`the and for with that this these those from was were are has have had will would not but its his her
		their they them there then than when which who whom what where been being into onto about also now all any can could may might
		must should shall our your said says say told added according over under after before since some such only other more most very
		في من على إلى الى عن أن إن ان مع هذا هذه ذلك تلك التي الذي الذين ثم أو او بين حول لدى عند قد كان كانت يكون تكون هو هي هم نحن
		كما لكن بل حتى إذا اذا كل أي له لها فيه فيها منه منها عليه عليها وهو وهي وفي ومن وعلى وأن وإن أنه أنها انه انها تم يتم خلال
		بعد قبل منذ عبر قال قالت وقال وقالت أضاف وأضاف أضافت وأضافت يقول تقول وفق وفقا بحسب حسب نقلت نقل بشأن بخصوص أيضا`)
