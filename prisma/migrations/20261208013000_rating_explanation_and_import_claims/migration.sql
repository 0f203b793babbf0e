-- Issue 20: the reviewer's reason for a rating, shown beside it on public pages (ClaimReview's
-- ratingExplanation), and the CSV import that added a claim, so that an import's drafts can be
-- discarded in one step. Columns added in place: rebuilding "Claim" would drop the search
-- triggers written on it (20261124160000_public_search).
-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "ratingExplanation" TEXT;
ALTER TABLE "Claim" ADD COLUMN "importJobId" TEXT REFERENCES "ImportJob" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "Claim_importJobId_status_idx" ON "Claim"("importJobId", "status");
