-- Security hardening (issue 9): one organisation per person and per domain, invitations that
-- expire, downloads counted once a day, a general rate-limit table, and the public contact choice.
-- Existing rows are carried over so the migration also applies to a database in use.

-- One organisation per person: keep each person's earliest membership if a race ever made two.
DELETE FROM "Membership" m
USING "Membership" o
WHERE m."userId" = o."userId"
  AND (o."createdAt", o."organisationId") < (m."createdAt", m."organisationId");
DROP INDEX "Membership_userId_idx";
CREATE UNIQUE INDEX "Membership_userId_key" ON "Membership"("userId");

-- The contact's details stay off the public page until the organisation chooses otherwise.
ALTER TABLE "BrandProfile" ADD COLUMN     "publicContact" BOOLEAN NOT NULL DEFAULT false;

-- Downloads: one row per person, organisation, version, language and day.
ALTER TABLE "FactSheetDownload" ADD COLUMN     "day" DATE;
UPDATE "FactSheetDownload" SET "day" = ("createdAt" AT TIME ZONE 'UTC')::date;
DELETE FROM "FactSheetDownload" d
USING "FactSheetDownload" e
WHERE d."organisationId" = e."organisationId" AND d."userId" = e."userId"
  AND d."contentVersion" = e."contentVersion" AND d."profileVersion" = e."profileVersion"
  AND d."locale" = e."locale" AND d."day" = e."day"
  AND (e."createdAt", e."id") < (d."createdAt", d."id");
ALTER TABLE "FactSheetDownload" ALTER COLUMN "day" SET NOT NULL;
CREATE UNIQUE INDEX "FactSheetDownload_organisationId_userId_contentVersion_prof_key" ON "FactSheetDownload"("organisationId", "userId", "contentVersion", "profileVersion", "locale", "day");

-- Invitations expire 14 days after they are sent; open ones get 14 days from now.
ALTER TABLE "Invitation" ADD COLUMN     "expiresAt" TIMESTAMP(3) NOT NULL DEFAULT (CURRENT_TIMESTAMP + interval '14 days');
ALTER TABLE "Invitation" ALTER COLUMN "expiresAt" DROP DEFAULT;

-- Sign-in attempts become one table for every rate limit.
ALTER TABLE "SignInAttempt" RENAME TO "RateLimitEvent";
ALTER TABLE "RateLimitEvent" RENAME CONSTRAINT "SignInAttempt_pkey" TO "RateLimitEvent_pkey";
ALTER INDEX "SignInAttempt_key_createdAt_idx" RENAME TO "RateLimitEvent_key_createdAt_idx";

-- Domains held by approved (and suspended) organisations: the first approved keeps a shared domain.
CREATE TABLE "OrganisationDomain" (
    "domain" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganisationDomain_pkey" PRIMARY KEY ("domain")
);
CREATE INDEX "OrganisationDomain_organisationId_idx" ON "OrganisationDomain"("organisationId");
ALTER TABLE "OrganisationDomain" ADD CONSTRAINT "OrganisationDomain_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
INSERT INTO "OrganisationDomain" ("domain", "organisationId")
SELECT DISTINCT ON (d) d, o."id"
FROM "Organisation" o, unnest(o."domains") AS d
WHERE o."status" IN ('approved', 'suspended')
ORDER BY d, o."approvedAt" NULLS LAST, o."createdAt";
