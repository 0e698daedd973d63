-- Consultation rounds: an item holds several sessions (micro, thematic, point-to-point), each
-- with its venue, attendance, agenda, minutes, decisions and photos; the team lead concludes the
-- item with its outcome when the team is done. A session that concluded carries the outcome.
ALTER TABLE "consultation"."consultations"
  ALTER COLUMN "outcome" DROP NOT NULL,
  ADD COLUMN "round" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "studio_id" VARCHAR(32),
  ADD COLUMN "attended_member_ids" TEXT[] NOT NULL DEFAULT '{}',
  -- Resident representatives named only with their consent; the count is in "participants".
  ADD COLUMN "representative_names" TEXT[] NOT NULL DEFAULT '{}',
  ADD COLUMN "agenda" TEXT,
  ADD COLUMN "minutes" TEXT,
  ADD COLUMN "decisions" TEXT,
  ADD COLUMN "concluded_at" TIMESTAMPTZ(3);
-- Sessions recorded before rounds existed concluded their item.
UPDATE "consultation"."consultations" SET "concluded_at" = "created_at" WHERE "outcome" IS NOT NULL;

CREATE TABLE "consultation"."consultation_photos" (
  "id" UUID NOT NULL,
  "consultation_id" UUID NOT NULL REFERENCES "consultation"."consultations"("id"),
  "storage_key" VARCHAR(300) NOT NULL,
  "content_type" VARCHAR(64) NOT NULL,
  "size" INTEGER NOT NULL,
  "uploaded_by" VARCHAR(32) NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "consultation_photos_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "consultation_photos_consultation_id_idx" ON "consultation"."consultation_photos"("consultation_id");
