-- Base schema of the Claimdiff archive.
--
-- Times are RFC 3339 text in UTC. Offsets into a source's text are in runes,
-- the unit the engine reports. Everything hangs off a claim and is deleted
-- with it.

CREATE TABLE claims (
	id         INTEGER PRIMARY KEY,
	title      TEXT NOT NULL UNIQUE CHECK (length(trim(title)) > 0),
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
);

CREATE TABLE sources (
	id            INTEGER PRIMARY KEY,
	claim_id      INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
	name          TEXT NOT NULL DEFAULT '', -- file name or address it came from
	title         TEXT NOT NULL DEFAULT '',
	outlet        TEXT NOT NULL DEFAULT '',
	author        TEXT NOT NULL DEFAULT '',
	url           TEXT NOT NULL DEFAULT '',
	published     TEXT,                     -- NULL when unknown
	lang          TEXT NOT NULL DEFAULT '', -- ar, en or mixed
	format        TEXT NOT NULL DEFAULT '', -- text, markdown, html, docx
	text          TEXT NOT NULL,            -- the snapshot, exactly as analysed
	sha256        TEXT NOT NULL,
	imported_at   TEXT NOT NULL,
	import_method TEXT NOT NULL CHECK (import_method IN ('file', 'url', 'paste')),
	UNIQUE (claim_id, sha256)
);
CREATE INDEX sources_outlet ON sources (outlet);
CREATE INDEX sources_published ON sources (published);

CREATE TABLE statements (
	id                INTEGER PRIMARY KEY,
	source_id         INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
	claim_id          INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
	seq               INTEGER NOT NULL, -- order within the source
	start_rune        INTEGER NOT NULL,
	end_rune          INTEGER NOT NULL CHECK (end_rune >= start_rune),
	text              TEXT NOT NULL,
	norm              TEXT NOT NULL,    -- one search key per word of text, space separated
	lang              TEXT NOT NULL DEFAULT '',
	speaker           TEXT NOT NULL DEFAULT '',
	speaker_kind      TEXT NOT NULL DEFAULT '',
	cue               TEXT NOT NULL DEFAULT '',
	quote             INTEGER NOT NULL DEFAULT 0 CHECK (quote IN (0, 1)),
	channel           TEXT NOT NULL DEFAULT '',
	stance            TEXT NOT NULL DEFAULT '', -- toward the claim's title
	stance_confidence REAL NOT NULL DEFAULT 0,
	facts             TEXT NOT NULL DEFAULT '[]' -- JSON from the engine
);
CREATE INDEX statements_source ON statements (source_id, seq);
CREATE INDEX statements_claim ON statements (claim_id);
CREATE INDEX statements_speaker ON statements (speaker);

-- Full-text index over the normalised copy; the original text stays in
-- statements.text for display. Rows are indexed by the import, one INSERT
-- ... SELECT per source (cheaper than a trigger per row); deletes and
-- changes follow by trigger.
CREATE VIRTUAL TABLE statements_fts USING fts5 (
	norm,
	content = 'statements',
	content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER statements_fts_ad AFTER DELETE ON statements BEGIN
	INSERT INTO statements_fts (statements_fts, rowid, norm) VALUES ('delete', old.id, old.norm);
END;
CREATE TRIGGER statements_fts_au AFTER UPDATE OF norm ON statements BEGIN
	INSERT INTO statements_fts (statements_fts, rowid, norm) VALUES ('delete', old.id, old.norm);
	INSERT INTO statements_fts (rowid, norm) VALUES (new.id, new.norm);
END;

-- Source-level index (title and whole text), for finding an article even
-- where no statement was extracted.
CREATE VIRTUAL TABLE sources_fts USING fts5 (
	title,
	body,
	tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER sources_fts_ad AFTER DELETE ON sources BEGIN
	DELETE FROM sources_fts WHERE rowid = old.id;
END;

-- A comparison is one ordered pair of sources of a claim (source_a < source_b);
-- its pairs are the statement pairs the engine found related.
CREATE TABLE comparisons (
	id         INTEGER PRIMARY KEY,
	claim_id   INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
	source_a   INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
	source_b   INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
	created_at TEXT NOT NULL,
	UNIQUE (claim_id, source_a, source_b),
	CHECK (source_a < source_b)
);

CREATE TABLE comparison_pairs (
	id            INTEGER PRIMARY KEY,
	comparison_id INTEGER NOT NULL REFERENCES comparisons (id) ON DELETE CASCADE,
	statement_a   INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
	statement_b   INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
	relation      TEXT NOT NULL,
	confidence    REAL NOT NULL DEFAULT 0,
	reasons       TEXT NOT NULL DEFAULT '[]', -- JSON list of the engine's reasons
	verdict       TEXT NOT NULL DEFAULT 'to_check'
	              CHECK (verdict IN ('to_check', 'confirmed', 'not_contradiction')),
	note          TEXT NOT NULL DEFAULT '',
	updated_at    TEXT NOT NULL,
	UNIQUE (statement_a, statement_b)
);
CREATE INDEX comparison_pairs_comparison ON comparison_pairs (comparison_id, relation);
CREATE INDEX comparison_pairs_b ON comparison_pairs (statement_b);

-- A note is anchored to a quoted span of a source: the quote with some
-- context on each side lets it be found again if offsets drift.
CREATE TABLE notes (
	id           INTEGER PRIMARY KEY,
	claim_id     INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
	source_id    INTEGER REFERENCES sources (id) ON DELETE CASCADE,
	statement_id INTEGER REFERENCES statements (id) ON DELETE SET NULL,
	pair_id      INTEGER REFERENCES comparison_pairs (id) ON DELETE SET NULL,
	quote        TEXT NOT NULL DEFAULT '',
	prefix       TEXT NOT NULL DEFAULT '',
	suffix       TEXT NOT NULL DEFAULT '',
	start_rune   INTEGER,
	end_rune     INTEGER,
	body         TEXT NOT NULL,
	created_at   TEXT NOT NULL,
	updated_at   TEXT NOT NULL
);
CREATE INDEX notes_claim ON notes (claim_id);
CREATE INDEX notes_source ON notes (source_id);

CREATE TABLE tags (
	id   INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
);
CREATE TABLE claim_tags (
	claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
	tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
	PRIMARY KEY (claim_id, tag_id)
) WITHOUT ROWID;
CREATE TABLE source_tags (
	source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
	tag_id    INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
	PRIMARY KEY (source_id, tag_id)
) WITHOUT ROWID;
