-- CreateEnum
CREATE TYPE "MicroCredentialStatus" AS ENUM ('draft', 'published', 'withdrawn');

-- CreateTable
CREATE TABLE "MicroCredential" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "status" "MicroCredentialStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "title" TEXT NOT NULL,
    "titleCy" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "descriptionCy" TEXT NOT NULL DEFAULT '',
    "welshAbsentReason" TEXT NOT NULL DEFAULT '',
    "learningOutcomes" TEXT[],
    "learningOutcomesCy" TEXT[],
    "awardingBody" TEXT NOT NULL DEFAULT '',
    "nation" TEXT NOT NULL DEFAULT '',
    "location" TEXT NOT NULL DEFAULT '',
    "mode" TEXT NOT NULL DEFAULT '',
    "pace" TEXT NOT NULL DEFAULT '',
    "framework" TEXT NOT NULL DEFAULT '',
    "level" TEXT NOT NULL DEFAULT '',
    "eqfLevel" INTEGER,
    "credits" INTEGER,
    "notionalHours" INTEGER,
    "assessment" TEXT NOT NULL DEFAULT '',
    "qualityAssurance" TEXT NOT NULL DEFAULT '',
    "deliveryLanguage" TEXT NOT NULL DEFAULT '',
    "prerequisites" TEXT NOT NULL DEFAULT '',
    "supervisionAndIdentity" TEXT NOT NULL DEFAULT '',
    "stackability" TEXT NOT NULL DEFAULT '',
    "stacksTowards" TEXT NOT NULL DEFAULT '',
    "subject" TEXT NOT NULL DEFAULT '',
    "anyTimeStart" BOOLEAN NOT NULL DEFAULT false,
    "startDates" DATE[],
    "durationWeeks" INTEGER,
    "pricePence" INTEGER,
    "bookingUrl" TEXT NOT NULL DEFAULT '',
    "publishedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MicroCredential_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MicroCredential_slug_key" ON "MicroCredential"("slug");

-- CreateIndex
CREATE INDEX "MicroCredential_organisationId_idx" ON "MicroCredential"("organisationId");

-- CreateIndex
CREATE INDEX "MicroCredential_status_framework_level_idx" ON "MicroCredential"("status", "framework", "level");

-- AddForeignKey
ALTER TABLE "MicroCredential" ADD CONSTRAINT "MicroCredential_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
