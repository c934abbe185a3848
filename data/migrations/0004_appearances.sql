-- Other places a source's text was published. The same article imported
-- from another outlet or address (wire copy that several outlets ran) is
-- kept once, as the source it first came in as; each further outlet or
-- address that published it is recorded here, with what that page said of
-- itself.
CREATE TABLE appearances (
	id          INTEGER PRIMARY KEY,
	source_id   INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
	name        TEXT NOT NULL DEFAULT '', -- file name or address it came from
	title       TEXT NOT NULL DEFAULT '',
	outlet      TEXT NOT NULL DEFAULT '',
	author      TEXT NOT NULL DEFAULT '',
	url         TEXT NOT NULL DEFAULT '',
	published   TEXT,                     -- NULL when unknown
	imported_at TEXT NOT NULL,
	UNIQUE (source_id, outlet, url)
);
