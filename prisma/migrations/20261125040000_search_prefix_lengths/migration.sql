-- Public search: a prefix index for every length from 1 to 12 letters (there were two, 2 and 3).
-- The last word of a search is matched as the start of a word ("sold" finds "soldiers"). Without
-- an index of that length, FTS5 reads and merges the row lists of every word starting with it,
-- whole, before the first match comes out: a search grew with the database (measured in
-- docs/benchmarks.md: "soldiers"* counted to 201 in 0.51 ms at 100,000 claims, 0.05 ms with an
-- index of its length, the same as a whole word). Longer prefixes match few words, and still work
-- without one. The index is about 60% larger; a write, about 6% slower.
-- FTS5 cannot change the option of an existing table: the rows are kept aside, the table made
-- anew and the rows put back with their rowids (newest first is highest rowid first). The
-- triggers of 20261124160000_public_search name the table and need no change.
CREATE TABLE "_PublicSearchRows" AS
SELECT rowid AS "row", kind, entityId, ref, title, body FROM "PublicSearch";

DROP TABLE "PublicSearch";

CREATE VIRTUAL TABLE "PublicSearch" USING fts5(
    kind UNINDEXED,
    entityId UNINDEXED,
    ref,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4 5 6 7 8 9 10 11 12'
);

INSERT INTO "PublicSearch" (rowid, kind, entityId, ref, title, body)
SELECT "row", kind, entityId, ref, title, body FROM "_PublicSearchRows" ORDER BY "row";

DROP TABLE "_PublicSearchRows";

INSERT INTO "PublicSearch" ("PublicSearch") VALUES ('optimize');
