-- AlterTable
ALTER TABLE "BrandProfile" ADD COLUMN     "addressLinesCy" TEXT[],
ADD COLUMN     "jobTitleCy" TEXT,
ADD COLUMN     "organisationNameCy" TEXT;
