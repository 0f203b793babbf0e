-- CreateTable
CREATE TABLE "SecurityEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "email" TEXT,
    "userId" TEXT,
    "address" TEXT,
    "detail" TEXT
);

-- CreateIndex
CREATE INDEX "SecurityEvent_kind_id_idx" ON "SecurityEvent"("kind", "id");

-- CreateIndex
CREATE INDEX "SecurityEvent_userId_id_idx" ON "SecurityEvent"("userId", "id");


-- Append-only, like HistoryEntry: the audit trail of sign-ins cannot be edited or erased.
CREATE TRIGGER "SecurityEvent_no_update" BEFORE UPDATE ON "SecurityEvent"
BEGIN
    SELECT RAISE(ABORT, 'SecurityEvent is append-only: an audit record cannot be updated');
END;

CREATE TRIGGER "SecurityEvent_no_delete" BEFORE DELETE ON "SecurityEvent"
BEGIN
    SELECT RAISE(ABORT, 'SecurityEvent is append-only: an audit record cannot be deleted');
END;
