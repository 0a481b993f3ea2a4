-- AlterEnum
ALTER TYPE "MicroCredentialStatus" ADD VALUE 'review';

-- AlterTable
ALTER TABLE "MicroCredential" ADD COLUMN     "fundingSchemes" TEXT[],
ADD COLUMN     "lastCheckedOn" DATE;

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);
