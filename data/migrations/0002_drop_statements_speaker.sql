-- The speaker filter matches a substring without case (instr(lower(...))),
-- which no index serves: statements_speaker was only written, never read,
-- and cost about a tenth of the pages an import writes.
DROP INDEX IF EXISTS statements_speaker;
