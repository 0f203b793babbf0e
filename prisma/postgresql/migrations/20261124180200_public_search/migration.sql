-- Public search on PostgreSQL (docs/decisions/005-search-with-fts5.md, 008-postgresql.md): the
-- same index as SQLite's FTS5 table, one row per story, quantity, source and published claim,
-- kept in step by triggers in the same transaction as every write. Prisma models neither the
-- table (declared external in prisma.config.ts) nor the triggers: written by hand.
--
-- Words are folded like FTS5's unicode61 with remove_diacritics: lower case (the `simple`
-- dictionary) and no accents (`unaccent`), so "armee" finds "armée". A text search
-- configuration does both, so ts_headline finds "armée" in the original text to highlight it.
-- unaccent is a trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION "claim_search" (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION "claim_search"
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart
    WITH unaccent, simple;

-- `document` weighs the title (A) above the text (B); ranked by lib/data/public-search.ts.
CREATE TABLE "PublicSearch" (
    "kind" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "document" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('claim_search', "title"), 'A') || setweight(to_tsvector('claim_search', "body"), 'B')
    ) STORED,
    CONSTRAINT "PublicSearch_pkey" PRIMARY KEY ("kind", "entityId")
);

CREATE INDEX "PublicSearch_document_idx" ON "PublicSearch" USING GIN ("document");

-- One function writes a thing's row (or removes it): the triggers below only say what to index.
CREATE FUNCTION "public_search_put"(p_kind TEXT, p_id TEXT, p_title TEXT, p_body TEXT) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO "PublicSearch" ("kind", "entityId", "title", "body") VALUES (p_kind, p_id, p_title, p_body)
    ON CONFLICT ("kind", "entityId") DO UPDATE SET "title" = excluded."title", "body" = excluded."body";
$$;

CREATE FUNCTION "public_search_drop"(p_kind TEXT, p_id TEXT) RETURNS void
LANGUAGE sql AS $$
    DELETE FROM "PublicSearch" WHERE "kind" = p_kind AND "entityId" = p_id;
$$;

-- Only published claims enter the index, so a draft's words cannot be found even by a bug in a
-- query. Stories, quantities and sources are indexed whole; the search shows one only while it
-- has a published claim (lib/data/public-search.ts).
CREATE FUNCTION "Claim_search"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "public_search_drop"('claim', OLD."id"); END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."status" = 'published' THEN
        PERFORM "public_search_put"('claim', NEW."id", NEW."quote", NEW."sentence");
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION "Story_search"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "public_search_drop"('story', OLD."id"); END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM "public_search_put"('story', NEW."id", NEW."title", NEW."summary" || ' ' || NEW."place");
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION "Quantity_search"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "public_search_drop"('quantity', OLD."id"); END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM "public_search_put"('quantity', NEW."id", NEW."label",
            NEW."scopeWho" || ' ' || NEW."scopePlace" || ' ' || coalesce(NEW."unit", ''));
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION "Source_search"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "public_search_drop"('source', OLD."id"); END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM "public_search_put"('source', NEW."id", NEW."name", NEW."country");
    END IF;
    RETURN NULL;
END;
$$;

-- As on SQLite, an update touches the index only when an indexed column changes.
CREATE TRIGGER "Claim_search_insert" AFTER INSERT ON "Claim" FOR EACH ROW EXECUTE FUNCTION "Claim_search"();
CREATE TRIGGER "Claim_search_update" AFTER UPDATE OF "id", "status", "quote", "sentence" ON "Claim" FOR EACH ROW EXECUTE FUNCTION "Claim_search"();
CREATE TRIGGER "Claim_search_delete" AFTER DELETE ON "Claim" FOR EACH ROW EXECUTE FUNCTION "Claim_search"();

CREATE TRIGGER "Story_search_insert" AFTER INSERT ON "Story" FOR EACH ROW EXECUTE FUNCTION "Story_search"();
CREATE TRIGGER "Story_search_update" AFTER UPDATE OF "id", "title", "summary", "place" ON "Story" FOR EACH ROW EXECUTE FUNCTION "Story_search"();
CREATE TRIGGER "Story_search_delete" AFTER DELETE ON "Story" FOR EACH ROW EXECUTE FUNCTION "Story_search"();

CREATE TRIGGER "Quantity_search_insert" AFTER INSERT ON "Quantity" FOR EACH ROW EXECUTE FUNCTION "Quantity_search"();
CREATE TRIGGER "Quantity_search_update" AFTER UPDATE OF "id", "label", "scopeWho", "scopePlace", "unit" ON "Quantity" FOR EACH ROW EXECUTE FUNCTION "Quantity_search"();
CREATE TRIGGER "Quantity_search_delete" AFTER DELETE ON "Quantity" FOR EACH ROW EXECUTE FUNCTION "Quantity_search"();

CREATE TRIGGER "Source_search_insert" AFTER INSERT ON "Source" FOR EACH ROW EXECUTE FUNCTION "Source_search"();
CREATE TRIGGER "Source_search_update" AFTER UPDATE OF "id", "name", "country" ON "Source" FOR EACH ROW EXECUTE FUNCTION "Source_search"();
CREATE TRIGGER "Source_search_delete" AFTER DELETE ON "Source" FOR EACH ROW EXECUTE FUNCTION "Source_search"();
