-- Statistics for SQLite's query planner, as ANALYZE measured them on a newsroom of 100,000
-- claims (npm run bench's generated data): what each index narrows a search to. Without them
-- SQLite guesses, and for a story's published claims (`status = 'published' AND quantityId IN
-- (…) ORDER BY reportedAt`) it guessed the index on (status, reportedAt), reading every
-- published claim to find a few dozen: 54 ms at 100,000 claims, 0.7 ms with these figures
-- (docs/benchmarks.md). The ratios matter, not the counts, so they serve a small database as
-- well; running ANALYZE on a real database replaces them with its own.
ANALYZE;
DELETE FROM "sqlite_stat1" WHERE "tbl" IN ('Claim', 'HistoryEntry', 'Quantity', 'Source', 'Story');
INSERT INTO "sqlite_stat1" ("tbl", "idx", "stat") VALUES
  ('Claim', 'Claim_authorId_status_updatedAt_idx', '100000 250 64 1'),
  ('Claim', 'Claim_importKey_key', '100000 1'),
  ('Claim', 'Claim_quantityId_status_reportedAt_idx', '100000 11 7 1'),
  ('Claim', 'Claim_relayedById_idx', '100000 20'),
  ('Claim', 'Claim_reviewerId_idx', '100000 2000'),
  ('Claim', 'Claim_sourceId_status_reportedAt_idx', '100000 97 32 1'),
  ('Claim', 'Claim_status_reportedAt_idx', '100000 25000 5'),
  ('Claim', 'Claim_status_reviewedAt_idx', '100000 25000 6'),
  ('Claim', 'Claim_status_submittedAt_createdAt_id_idx', '100000 25000 6 5 1'),
  ('Claim', 'Claim_status_updatedAt_idx', '100000 25000 5'),
  ('Claim', 'sqlite_autoindex_Claim_1', '100000 1'),
  ('HistoryEntry', 'HistoryEntry_actorId_idx', '311064 774'),
  ('HistoryEntry', 'HistoryEntry_entityType_entityId_id_idx', '311064 62213 3 1'),
  ('Quantity', 'Quantity_storyId_createdAt_idx', '9772 3 1'),
  ('Quantity', 'sqlite_autoindex_Quantity_1', '9772 1'),
  ('Source', 'Source_key_key', '1040 1'),
  ('Source', 'Source_name_idx', '1040 1'),
  ('Source', 'sqlite_autoindex_Source_1', '1040 1'),
  ('Story', 'Story_date_createdAt_id_idx', '4851 3 3 1'),
  ('Story', 'Story_slug_key', '4851 1'),
  ('Story', 'sqlite_autoindex_Story_1', '4851 1')
;
