-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Story" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "date" TEXT NOT NULL,
    "place" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Quantity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storyId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "unit" TEXT,
    "cumulative" BOOLEAN NOT NULL DEFAULT false,
    "scopeWho" TEXT NOT NULL DEFAULT '',
    "scopePlace" TEXT NOT NULL DEFAULT '',
    "scopeFrom" TEXT,
    "scopeTo" TEXT,
    "measure" TEXT NOT NULL DEFAULT 'other',
    "headlinePolicy" TEXT NOT NULL DEFAULT 'consensus',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Quantity_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "country" TEXT NOT NULL DEFAULT '',
    "homepage" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "quantityId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "relayedById" TEXT,
    "quote" TEXT NOT NULL,
    "value" REAL,
    "low" REAL,
    "high" REAL,
    "qualifier" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "unit" TEXT,
    "sentence" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "articleUrl" TEXT,
    "archiveUrl" TEXT,
    "publisher" TEXT,
    "headline" TEXT,
    "publishedAt" DATETIME,
    "articleText" TEXT,
    "reportedAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "rating" TEXT NOT NULL DEFAULT 'unverified',
    "reviewNote" TEXT,
    "retractionReason" TEXT,
    "submittedAt" DATETIME,
    "reviewedAt" DATETIME,
    "authorId" TEXT NOT NULL,
    "reviewerId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Claim_quantityId_fkey" FOREIGN KEY ("quantityId") REFERENCES "Quantity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_relayedById_fkey" FOREIGN KEY ("relayedById") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HistoryEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actorId" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "before" TEXT,
    "after" TEXT,
    "reason" TEXT,
    CONSTRAINT "HistoryEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Story_slug_key" ON "Story"("slug");

-- CreateIndex
CREATE INDEX "Story_date_idx" ON "Story"("date");

-- CreateIndex
CREATE INDEX "Quantity_storyId_idx" ON "Quantity"("storyId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE INDEX "Claim_quantityId_status_idx" ON "Claim"("quantityId", "status");

-- CreateIndex
CREATE INDEX "Claim_authorId_status_idx" ON "Claim"("authorId", "status");

-- CreateIndex
CREATE INDEX "Claim_status_updatedAt_idx" ON "Claim"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "Claim_sourceId_status_idx" ON "Claim"("sourceId", "status");

-- CreateIndex
CREATE INDEX "Claim_relayedById_idx" ON "Claim"("relayedById");

-- CreateIndex
CREATE INDEX "Claim_reviewerId_idx" ON "Claim"("reviewerId");

-- CreateIndex
CREATE INDEX "HistoryEntry_entityType_entityId_id_idx" ON "HistoryEntry"("entityType", "entityId", "id");

-- CreateIndex
CREATE INDEX "HistoryEntry_actorId_idx" ON "HistoryEntry"("actorId");

-- History is append-only (docs/decisions/002-prisma-on-sqlite.md): the database itself refuses to
-- rewrite it, whatever the code above it does. Not generated by Prisma, which has no notion of
-- triggers: a later migration that rebuilds this table must create them again (a test checks).
CREATE TRIGGER "HistoryEntry_no_update" BEFORE UPDATE ON "HistoryEntry"
BEGIN
    SELECT RAISE(ABORT, 'HistoryEntry is append-only: a history entry cannot be updated');
END;

CREATE TRIGGER "HistoryEntry_no_delete" BEFORE DELETE ON "HistoryEntry"
BEGIN
    SELECT RAISE(ABORT, 'HistoryEntry is append-only: a history entry cannot be deleted');
END;
