-- The search lists a common word's matches newest first once there are more than it counts
-- (lib/data/public-search.ts, SEARCH_COUNT_CAP): "seq" orders the index rows by their last write,
-- as SQLite's FTS5 rowid does (each write of a row there inserts it anew).
CREATE SEQUENCE "PublicSearch_seq_seq" AS BIGINT;
ALTER TABLE "PublicSearch" ADD COLUMN "seq" BIGINT NOT NULL DEFAULT nextval('"PublicSearch_seq_seq"');
ALTER SEQUENCE "PublicSearch_seq_seq" OWNED BY "PublicSearch"."seq";
CREATE INDEX "PublicSearch_kind_seq_idx" ON "PublicSearch" ("kind", "seq");

CREATE OR REPLACE FUNCTION "public_search_put"(p_kind TEXT, p_id TEXT, p_title TEXT, p_body TEXT) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO "PublicSearch" ("kind", "entityId", "title", "body") VALUES (p_kind, p_id, p_title, p_body)
    ON CONFLICT ("kind", "entityId") DO UPDATE
        SET "title" = excluded."title", "body" = excluded."body", "seq" = nextval('"PublicSearch_seq_seq"');
$$;
