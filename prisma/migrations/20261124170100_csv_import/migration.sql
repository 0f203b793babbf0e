-- CSV import: import jobs, the rows waiting for their job to finish, and each imported claim's
-- row fingerprint (unique: a file imported twice adds nothing).
-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "importKey" TEXT;

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "quantityId" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "done" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "excluded" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'running',
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    CONSTRAINT "ImportJob_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ImportRow" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "jobId" TEXT NOT NULL,
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
    "publisher" TEXT,
    "reportedAt" DATETIME NOT NULL,
    "importKey" TEXT NOT NULL,
    "history" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "ImportRow_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ImportJob_userId_createdAt_idx" ON "ImportJob"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "ImportRow_jobId_idx" ON "ImportRow"("jobId");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_importKey_key" ON "Claim"("importKey");

