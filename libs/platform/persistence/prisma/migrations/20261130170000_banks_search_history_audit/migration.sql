-- Issue 10, parts 4, 7 and 9: the suggestion bank's committee approval, the case bank's Chinese
-- text search, history imported from spreadsheets, and the supervision service's audit log.

-- Trigram search (trusted extension in PostgreSQL 13+, so the database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- The committee's approval is a state of its own: approved suggestions may be submitted.
ALTER TABLE "supervision"."suggestions" DROP CONSTRAINT IF EXISTS "suggestions_status_check";
ALTER TABLE "supervision"."suggestions" ADD CONSTRAINT "suggestions_status_check"
  CHECK ("status" IN ('draft', 'under_review', 'approved', 'submitted', 'withdrawn'));
-- A suggestion not adopted always says why.
ALTER TABLE "supervision"."suggestions" ADD CONSTRAINT "suggestions_not_adopted_reason_check"
  CHECK ("adoption" IS DISTINCT FROM 'not_adopted' OR "adoption_reason" IS NOT NULL);
-- Search by text within a council (trigrams, as for cases below).
CREATE INDEX "suggestions_title_trgm_idx" ON "supervision"."suggestions" USING GIN ("title" public.gin_trgm_ops);
CREATE INDEX "suggestions_text_trgm_idx" ON "supervision"."suggestions" USING GIN ("text" public.gin_trgm_ops);

-- Cases from before the system have no problem and no workflow: problem_id becomes nullable
-- (still unique for the cases the workflow archives), and each imported row keeps its key.
ALTER TABLE "supervision"."cases" ALTER COLUMN "problem_id" DROP NOT NULL;
ALTER TABLE "supervision"."cases" ADD COLUMN "imported" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "supervision"."cases" ADD COLUMN "import_key" VARCHAR(200);
CREATE UNIQUE INDEX "cases_import_key_key" ON "supervision"."cases"("import_key");
-- What came of it, in words (处理结果): written up by staff or carried over from the spreadsheet.
ALTER TABLE "supervision"."cases" ADD COLUMN "outcome_note" TEXT;
CREATE INDEX "cases_settled_at_idx" ON "supervision"."cases"("settled_at");

-- Chinese has no spaces between words, so word-based full text search finds nothing useful;
-- trigrams over the raw characters do. One GIN index over title, write-up and outcome note
-- serves ILIKE '%…%' (3+ characters) and the similarity operators.
CREATE INDEX "cases_search_trgm_idx" ON "supervision"."cases"
  USING GIN ((coalesce("title", '') || ' ' || coalesce("write_up", '') || ' ' || coalesce("outcome_note", '')) public.gin_trgm_ops);
CREATE INDEX "cases_title_trgm_idx" ON "supervision"."cases" USING GIN ("title" public.gin_trgm_ops);

-- Who changed what in the supervision service's banks, and what it was before.
CREATE TABLE "supervision"."supervision_audit" (
  "id" BIGSERIAL NOT NULL,
  "actor_id" VARCHAR(32) NOT NULL,
  "council_id" VARCHAR(32),
  "action" VARCHAR(32) NOT NULL,
  "entity" VARCHAR(32) NOT NULL,
  "entity_id" VARCHAR(64) NOT NULL,
  "before" JSONB,
  "after" JSONB,
  "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "supervision_audit_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "supervision_audit_entity_entity_id_idx" ON "supervision"."supervision_audit"("entity", "entity_id");
