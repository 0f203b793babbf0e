-- Public search (docs/decisions/005-search-with-fts5.md): one SQLite FTS5 index over the stories,
-- quantities, sources and published claims, kept in step with those tables by the triggers
-- below, in the same transaction as every write, so no application code has to remember it.
-- Prisma has no notion of virtual tables or triggers: written by hand, not generated.
--
-- One row per searchable thing: `kind` ('story', 'quantity', 'source', 'claim') and `entityId`
-- say what it is; `title` and `body` are the words searched. `ref` ("claim <id>") is indexed so
-- a trigger finds a thing's row through the index instead of reading the whole table.
-- unicode61 with remove_diacritics 2 folds case and accents: "armee" finds "armée".
-- prefix = '2 3' keeps short prefixes ("so"*, "sol"*) fast as people type.
CREATE VIRTUAL TABLE "PublicSearch" USING fts5(
    kind UNINDEXED,
    entityId UNINDEXED,
    ref,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- Only published claims enter the index, so a draft's words cannot be found even by a bug in
-- a query. Stories, quantities and sources are indexed whole; the search shows one only while
-- it has a published claim (lib/data/public-search.ts), a rule that depends on other rows.

-- Claims: the quote and its sentence.
CREATE TRIGGER "Claim_search_insert" AFTER INSERT ON "Claim" WHEN new."status" = 'published'
BEGIN
    INSERT INTO "PublicSearch" (kind, entityId, ref, title, body)
    VALUES ('claim', new."id", 'claim ' || new."id", new."quote", new."sentence");
END;

CREATE TRIGGER "Claim_search_update" AFTER UPDATE OF "id", "status", "quote", "sentence" ON "Claim"
BEGIN
    DELETE FROM "PublicSearch"
    WHERE "PublicSearch" MATCH 'ref : "claim ' || replace(old."id", '"', '""') || '"' AND kind = 'claim' AND entityId = old."id";
    INSERT INTO "PublicSearch" (kind, entityId, ref, title, body)
    SELECT 'claim', new."id", 'claim ' || new."id", new."quote", new."sentence" WHERE new."status" = 'published';
END;

CREATE TRIGGER "Claim_search_delete" AFTER DELETE ON "Claim"
BEGIN
    DELETE FROM "PublicSearch"
    WHERE "PublicSearch" MATCH 'ref : "claim ' || replace(old."id", '"', '""') || '"' AND kind = 'claim' AND entityId = old."id";
END;

-- Stories: the title, then the summary and the place.
CREATE TRIGGER "Story_search_insert" AFTER INSERT ON "Story"
BEGIN
    INSERT INTO "PublicSearch" (kind, entityId, ref, title, body)
    VALUES ('story', new."id", 'story ' || new."id", new."title", new."summary" || ' ' || new."place");
END;

CREATE TRIGGER "Story_search_update" AFTER UPDATE OF "id", "title", "summary", "place" ON "Story"
BEGIN
    DELETE FROM "PublicSearch"
    WHERE "PublicSearch" MATCH 'ref : "story ' || replace(old."id", '"', '""') || '"' AND kind = 'story' AND entityId = old."id";
    INSERT INTO "PublicSearch" (kind, entityId, ref, title, body)
    VALUES ('story', new."id", 'story ' || new."id", new."title", new."summary" || ' ' || new."place");
END;

CREATE TRIGGER "Story_search_delete" AFTER DELETE ON "Story"
BEGIN
    DELETE FROM "PublicSearch"
    WHERE "PublicSearch" MATCH 'ref : "story ' || replace(old."id", '"', '""') || '"' AND kind = 'story' AND entityId = old."id";
END;

-- Quantities: the label, then who and where is counted, and the unit.
CREATE TRIGGER "Quantity_search_insert" AFTER INSERT ON "Quantity"
BEGIN
    INSERT INTO "PublicSearch" (kind, entityId, ref, title, body)
    VALUES ('quantity', new."id", 'quantity ' || new."id", new."label",
            new."scopeWho" || ' ' || new."scopePlace" || ' ' || coalesce(new."unit", ''));
END;

CREATE TRIGGER "Quantity_search_update" AFTER UPDATE OF "id", "label", "scopeWho", "scopePlace", "unit" ON "Quantity"
BEGIN
    DELETE FROM "PublicSearch"
    WHERE "PublicSearch" MATCH 'ref : "quantity ' || replace(old."id", '"', '""') || '"' AND kind = 'quantity' AND entityId = old."id";
    INSERT INTO "PublicSearch" (kind, entityId, ref, title, body)
    VALUES ('quantity', new."id", 'quantity ' || new."id", new."label",
            new."scopeWho" || ' ' || new."scopePlace" || ' ' || coalesce(new."unit", ''));
END;

CREATE TRIGGER "Quantity_search_delete" AFTER DELETE ON "Quantity"
BEGIN
    DELETE FROM "PublicSearch"
    WHERE "PublicSearch" MATCH 'ref : "quantity ' || replace(old."id", '"', '""') || '"' AND kind = 'quantity' AND entityId = old."id";
END;

-- Sources: the name, then the country or side.
CREATE TRIGGER "Source_search_insert" AFTER INSERT ON "Source"
BEGIN
    INSERT INTO "PublicSearch" (kind, entityId, ref, title, body)
    VALUES ('source', new."id", 'source ' || new."id", new."name", new."country");
END;

CREATE TRIGGER "Source_search_update" AFTER UPDATE OF "id", "name", "country" ON "Source"
BEGIN
    DELETE FROM "PublicSearch"
    WHERE "PublicSearch" MATCH 'ref : "source ' || replace(old."id", '"', '""') || '"' AND kind = 'source' AND entityId = old."id";
    INSERT INTO "PublicSearch" (kind, entityId, ref, title, body)
    VALUES ('source', new."id", 'source ' || new."id", new."name", new."country");
END;

CREATE TRIGGER "Source_search_delete" AFTER DELETE ON "Source"
BEGIN
    DELETE FROM "PublicSearch"
    WHERE "PublicSearch" MATCH 'ref : "source ' || replace(old."id", '"', '""') || '"' AND kind = 'source' AND entityId = old."id";
END;

-- The rows that existed before this migration.
INSERT INTO "PublicSearch" (kind, entityId, ref, title, body)
SELECT 'story', "id", 'story ' || "id", "title", "summary" || ' ' || "place" FROM "Story";

INSERT INTO "PublicSearch" (kind, entityId, ref, title, body)
SELECT 'quantity', "id", 'quantity ' || "id", "label", "scopeWho" || ' ' || "scopePlace" || ' ' || coalesce("unit", '') FROM "Quantity";

INSERT INTO "PublicSearch" (kind, entityId, ref, title, body)
SELECT 'source', "id", 'source ' || "id", "name", "country" FROM "Source";

INSERT INTO "PublicSearch" (kind, entityId, ref, title, body)
SELECT 'claim', "id", 'claim ' || "id", "quote", "sentence" FROM "Claim" WHERE "status" = 'published';
