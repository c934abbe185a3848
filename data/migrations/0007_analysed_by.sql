-- Each source records the build whose engine analysed it (its statements,
-- stances and pairs), so that a claim whose lists an earlier build made can
-- be told apart and re-analysed (data/reanalyse.go). '' is a source
-- analysed before builds were recorded.
ALTER TABLE sources ADD COLUMN analysed_by TEXT NOT NULL DEFAULT '';
