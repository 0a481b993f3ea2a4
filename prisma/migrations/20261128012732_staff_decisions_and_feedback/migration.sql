-- CreateEnum
CREATE TYPE "FeedbackRole" AS ENUM ('employer', 'provider', 'psrb', 'other');

-- AlterEnum
ALTER TYPE "OrganisationStatus" ADD VALUE 'rejected';

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';

-- CreateTable
CREATE TABLE "Feedback" (
    "id" TEXT NOT NULL,
    "usefulness" INTEGER NOT NULL,
    "improvement" TEXT,
    "role" "FeedbackRole" NOT NULL,
    "email" TEXT,
    "source" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Feedback_createdAt_idx" ON "Feedback"("createdAt");
