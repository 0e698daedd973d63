-- AlterTable
ALTER TABLE "intake"."problems" ADD COLUMN     "awaiting_resident_since" TIMESTAMPTZ(3);

