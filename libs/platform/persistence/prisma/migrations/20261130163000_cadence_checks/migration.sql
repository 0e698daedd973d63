-- The daily cadence check (a Temporal Schedule): who was behind, per council and day, for the
-- dashboard. One row per check and council, so a repeated check of the same day adds nothing.
CREATE TABLE "consultation"."cadence_checks" (
  "check_id" VARCHAR(64) NOT NULL,
  "council_id" VARCHAR(32) NOT NULL,
  "checked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "localities_behind" INTEGER NOT NULL,
  "groups_behind" INTEGER NOT NULL,
  "report" JSONB NOT NULL,
  CONSTRAINT "cadence_checks_pkey" PRIMARY KEY ("check_id", "council_id")
);
CREATE INDEX "cadence_checks_council_id_checked_at_idx" ON "consultation"."cadence_checks"("council_id", "checked_at");
