-- The suggestion bank (委员建言库), owned by the supervision service.
CREATE TABLE "supervision"."suggestions" (
  "id" UUID NOT NULL,
  "council_id" VARCHAR(32) NOT NULL,
  "reference" VARCHAR(32) NOT NULL,
  "title" VARCHAR(200) NOT NULL,
  "text" TEXT NOT NULL,
  "status" VARCHAR(16) NOT NULL CHECK ("status" IN ('draft', 'under_review', 'submitted', 'withdrawn')),
  "community_ids" TEXT[] NOT NULL DEFAULT '{}',
  "review_note" TEXT,
  "reviewed_by" VARCHAR(32),
  "reviewed_at" TIMESTAMPTZ(3),
  "submitted_to_kind" VARCHAR(32),
  "submitted_to" VARCHAR(200),
  "submitted_at" TIMESTAMPTZ(3),
  "adoption" VARCHAR(16) CHECK ("adoption" IN ('pending', 'adopted', 'partly_adopted', 'not_adopted')),
  "adoption_reason" TEXT,
  "adopting_body" VARCHAR(200),
  "adopted_at" TIMESTAMPTZ(3),
  "implementation_notes" TEXT,
  "imported" BOOLEAN NOT NULL DEFAULT false,
  "import_key" VARCHAR(200),
  "created_by" VARCHAR(32) NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "suggestions_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "suggestions_reference_key" ON "supervision"."suggestions"("reference");
CREATE UNIQUE INDEX "suggestions_import_key_key" ON "supervision"."suggestions"("import_key");
CREATE INDEX "suggestions_council_id_status_idx" ON "supervision"."suggestions"("council_id", "status");
CREATE INDEX "suggestions_council_id_submitted_at_idx" ON "supervision"."suggestions"("council_id", "submitted_at");

CREATE TABLE "supervision"."suggestion_sources" (
  "suggestion_id" UUID NOT NULL REFERENCES "supervision"."suggestions"("id") ON DELETE CASCADE,
  "kind" VARCHAR(16) NOT NULL CHECK ("kind" IN ('case', 'consultation')),
  "source_id" UUID NOT NULL,
  CONSTRAINT "suggestion_sources_pkey" PRIMARY KEY ("suggestion_id", "kind", "source_id")
);

CREATE TABLE "supervision"."suggestion_proposers" (
  "suggestion_id" UUID NOT NULL REFERENCES "supervision"."suggestions"("id") ON DELETE CASCADE,
  "member_id" VARCHAR(32) NOT NULL,
  CONSTRAINT "suggestion_proposers_pkey" PRIMARY KEY ("suggestion_id", "member_id")
);
