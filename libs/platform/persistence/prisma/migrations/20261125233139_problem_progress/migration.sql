-- AlterTable
ALTER TABLE "intake"."problems" ADD COLUMN     "progressed_at" TIMESTAMPTZ(3);

-- Problem references (SL-2026-000001) come from a sequence: unique without a lock on a counter row.
CREATE SEQUENCE "intake"."problem_reference_seq";
