-- CreateTable
CREATE TABLE "FactSheetDownload" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "userId" TEXT,
    "locale" TEXT NOT NULL,
    "contentVersion" TEXT NOT NULL,
    "profileVersion" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FactSheetDownload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FactSheetDownload_organisationId_createdAt_idx" ON "FactSheetDownload"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "FactSheetDownload_createdAt_idx" ON "FactSheetDownload"("createdAt");

-- AddForeignKey
ALTER TABLE "FactSheetDownload" ADD CONSTRAINT "FactSheetDownload_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
