// Package data is Claimdiff's archive: claims, their sources and statements,
// the engine's comparisons with the journalist's verdicts, notes and tags, in
// one SQLite file with full-text search.
//
// Every exported method of Store is one transaction. Writes go through a
// single connection that takes the write lock at BEGIN (immediate), so two
// programs on the same file queue behind each other's busy timeout instead of
// failing half way; reads use a separate read-only pool and never wait for a
// writer (WAL).
//
// # Which pairs an import judges (engine.go)
//
// Judging every pair of a claim's statements would cost too much at import
// and list too much for a journalist to read. comparePairs ranks the claim's
// other statements by what they share (candScore): content keys
// (contentKeys); the other script's concept keys (crossKeys, of words and of
// the lexicon's two-word entries, so that an Arabic and an English account
// meet); what both count (countedKeys: the one or two words after a number,
// with their concepts, so that "23 ships" meets "37 سفينة"; the outcome of a
// count of people, also of a count of none in a statement with no number,
// mayTellNone, or of one, "one death reported"; a time of day at which the
// event began; a cause given or denied, mayTellCause); opposite stances; and
// both statements opening their sources (the headline and the next two, where
// accounts give their main facts). It judges the best few per statement
// (maxPerStatement), never two that stand far apart in their sources (apart),
// and at most maxClassify per import (or one per statement), with
// relation.ClassifyInClaim.
//
// judge keeps a pair on evidence, never on a difference or negation that lies
// in who speaks (inSpeaker), nor on a cause the claim's title names, which is
// its event (eventCause), nor on opposite stances when one disputes only the
// claim's count or date and the other tells the event (factStance), nor on
// two opposite stances alone when one denies the claim only by a word
// opposite to the claim's (antonymDenial: "وتوقف توزيع الكتب" on "...
// انطلاق العام الدراسي"), nor with an English yes-or-no question as a side
// ("Is drinking water affected?": yesNoQuestion), nor on a difference no rule explained between
// statements longer than two headlines (maxUnexplainedWords); it ranks a
// contradiction of polarity alone below one of facts (polarityFactor) and one
// told deep in its sources below one of their leads (leadFactor). The
// confidence listed is then calibrated (package calib): the probability,
// learned from labelled hold-outs, that a pair of that confidence and those
// kinds of reasons is real, which ranks a conflicting number above a negation
// alone of the same confidence (listed). A contradiction is not listed
// under minListedConf. capPairs
// keeps the strongest five of each relation between two sources, and up to
// three more contradictions that rest on a number or a date. repeats.go finds
// the contradictions that repeat an earlier one's figures between the same two
// sources (the window folds them; reports name the pair repeated).
//
// Reanalyse (reanalyse.go) makes a claim's statements and pairs again from
// its stored texts, as a fresh import of its sources in their order would,
// under a new title or with a newer engine, in one transaction; the
// journalist's verdicts and notes follow the same statements (source, span
// and words).
//
// # Storage
//
// Migrations are embedded SQL files, with Go steps where SQL cannot do the
// work (version 3 re-indexes search keys; version 5 puts the stored
// contradictions' confidence on the calibrated scale, recalibrate; version 6
// removes those under the list's floor that the journalist has not worked
// on, unlistWeak). A write transaction's statements
// run on a context that cannot be cancelled and check the caller's between
// statements (tx.driverCtx): go-sqlite3 runs a statement given a cancellable
// context on a goroutine of its own. Reads keep their context, so SQLite can
// interrupt a search no longer wanted. Search runs on FTS5 over a copy
// normalised by searchKey (package textnorm's keys; "2,500", "2.5" and "U.S."
// one word each). A source is one text (UNIQUE (claim_id, sha256)); another
// outlet that published it is an appearance (recordAppearance). An archive
// the system will not let us write opens read-only (Store.ReadOnly): writes
// fail with *ReadOnlyError. The reading connections keep 256 KiB of page cache
// each (dsn).
package data
