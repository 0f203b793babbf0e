-- Issue 20: the reviewer's reason for a rating (ClaimReview's ratingExplanation), and the CSV
-- import that added a claim, so that an import's drafts can be discarded in one step.
-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "importJobId" TEXT,
ADD COLUMN     "ratingExplanation" TEXT;

-- CreateIndex
CREATE INDEX "Claim_importJobId_status_idx" ON "Claim"("importJobId", "status");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_importJobId_fkey" FOREIGN KEY ("importJobId") REFERENCES "ImportJob"("id") ON DELETE SET NULL ON UPDATE CASCADE;
