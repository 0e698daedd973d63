-- A council's own adjustments to the national working-day calendar (audited by the admin API).
CREATE TABLE "organisation"."calendar_adjustments" (
  "id" VARCHAR(32) NOT NULL,
  "council_id" VARCHAR(32) NOT NULL,
  "date" VARCHAR(10) NOT NULL,
  "kind" VARCHAR(16) NOT NULL CHECK ("kind" IN ('holiday', 'workday')),
  "reason" VARCHAR(200) NOT NULL,
  "created_by" VARCHAR(32) NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "calendar_adjustments_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "calendar_adjustments_council_id_date_key" ON "organisation"."calendar_adjustments"("council_id", "date");
