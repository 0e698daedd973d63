-- AlterTable
ALTER TABLE "intake"."problem_merges" ADD COLUMN     "status" VARCHAR(20) NOT NULL DEFAULT 'requested';

-- AlterTable
ALTER TABLE "intake"."problem_reporters" ADD COLUMN     "answered_at" TIMESTAMPTZ(3),
ADD COLUMN     "consent_to_callback" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "satisfaction" VARCHAR(32),
ADD COLUMN     "tracking_code" VARCHAR(16);

-- CreateIndex
CREATE UNIQUE INDEX "problem_reporters_tracking_code_key" ON "intake"."problem_reporters"("tracking_code");


-- Merges made before the workflow decided them were applied at once.
UPDATE "intake"."problem_merges" SET "status" = CASE WHEN "unmerged_at" IS NULL THEN 'applied' ELSE 'unmerged' END;
-- Consent was per phone number until now; carry it onto each report.
UPDATE "intake"."problem_reporters" pr SET "consent_to_callback" = rc."consent_to_callback"
FROM "intake"."resident_contacts" rc WHERE rc."id" = pr."resident_id";
