-- HistoryEntry and SecurityEvent are append-only, as on SQLite (the triggers of
-- prisma/migrations/20261124133147_init and 20261124170500_security_events): whatever the code
-- does, history and the sign-in audit are never rewritten. PostgreSQL triggers call a function,
-- one serves every refusal, its message given as the trigger's argument. TRUNCATE, which skips
-- row triggers, is refused too.
CREATE FUNCTION "refuse_append_only_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "HistoryEntry_no_update" BEFORE UPDATE ON "HistoryEntry"
FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"('HistoryEntry is append-only: a history entry cannot be updated');

CREATE TRIGGER "HistoryEntry_no_delete" BEFORE DELETE ON "HistoryEntry"
FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"('HistoryEntry is append-only: a history entry cannot be deleted');

CREATE TRIGGER "HistoryEntry_no_truncate" BEFORE TRUNCATE ON "HistoryEntry"
FOR EACH STATEMENT EXECUTE FUNCTION "refuse_append_only_change"('HistoryEntry is append-only: a history entry cannot be deleted');

CREATE TRIGGER "SecurityEvent_no_update" BEFORE UPDATE ON "SecurityEvent"
FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"('SecurityEvent is append-only: an audit record cannot be updated');

CREATE TRIGGER "SecurityEvent_no_delete" BEFORE DELETE ON "SecurityEvent"
FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"('SecurityEvent is append-only: an audit record cannot be deleted');

CREATE TRIGGER "SecurityEvent_no_truncate" BEFORE TRUNCATE ON "SecurityEvent"
FOR EACH STATEMENT EXECUTE FUNCTION "refuse_append_only_change"('SecurityEvent is append-only: an audit record cannot be deleted');
