-- AlterEnum
ALTER TYPE "MicroCredentialStatus" ADD VALUE 'review';

-- AlterTable
ALTER TABLE "MicroCredential" ADD COLUMN     "fundingSchemes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "lastCheckedOn" DATE;

-- CreateTable
CREATE TABLE "ImportReport" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "report" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ImportReport_createdAt_idx" ON "ImportReport"("createdAt");
