-- A source's record on its public page, kept so the page does not read every figure the source
-- ever gave (lib/data/source-records.ts). Empty at first: each record is computed on its page's
-- first visit.
-- CreateTable
CREATE TABLE "SourceRecord" (
    "sourceId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "figures" INTEGER,
    "revised" INTEGER,
    "contradicted" INTEGER,

    CONSTRAINT "SourceRecord_pkey" PRIMARY KEY ("sourceId")
);

-- AddForeignKey
ALTER TABLE "SourceRecord" ADD CONSTRAINT "SourceRecord_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
