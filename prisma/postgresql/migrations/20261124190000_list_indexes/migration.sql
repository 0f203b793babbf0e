-- DropIndex
DROP INDEX "Claim_authorId_status_idx";

-- DropIndex
DROP INDEX "Claim_quantityId_status_idx";

-- DropIndex
DROP INDEX "Claim_sourceId_status_idx";

-- DropIndex
DROP INDEX "Quantity_storyId_idx";

-- DropIndex
DROP INDEX "Story_date_idx";

-- CreateIndex
CREATE INDEX "Claim_quantityId_status_reportedAt_idx" ON "Claim"("quantityId", "status", "reportedAt");

-- CreateIndex
CREATE INDEX "Claim_authorId_status_updatedAt_idx" ON "Claim"("authorId", "status", "updatedAt");

-- CreateIndex
CREATE INDEX "Claim_sourceId_status_reportedAt_idx" ON "Claim"("sourceId", "status", "reportedAt");

-- CreateIndex
CREATE INDEX "Claim_status_submittedAt_createdAt_id_idx" ON "Claim"("status", "submittedAt", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_status_reviewedAt_idx" ON "Claim"("status", "reviewedAt");

-- CreateIndex
CREATE INDEX "Claim_status_reportedAt_idx" ON "Claim"("status", "reportedAt");

-- CreateIndex
CREATE INDEX "Quantity_storyId_createdAt_idx" ON "Quantity"("storyId", "createdAt");

-- CreateIndex
CREATE INDEX "Source_name_idx" ON "Source"("name");

-- CreateIndex
CREATE INDEX "Story_date_createdAt_id_idx" ON "Story"("date", "createdAt", "id");

