-- Issue 11 (Scale): the problem bank and the case bank at a million rows each. Every list is
-- read newest first and every figure counts a period of an area, so the indexes lead with the
-- community (or the time) and carry what the counts group by, for index-only scans.

-- ── The staff problem list (GET /problems): newest first, by community, stage or escalation ──
CREATE INDEX "problems_created_at_idx" ON "intake"."problems"("created_at");
CREATE INDEX "problems_community_id_created_at_idx" ON "intake"."problems"("community_id", "created_at") INCLUDE ("source", "category", "merged_into_id");
CREATE INDEX "problems_stage_created_at_idx" ON "intake"."problems"("stage", "created_at");
CREATE INDEX "problems_community_id_stage_created_at_idx" ON "intake"."problems"("community_id", "stage", "created_at");
-- Few problems are escalated: a partial index finds them without reading the others.
CREATE INDEX "problems_escalated_idx" ON "intake"."problems"("community_id", "created_at") WHERE "escalated";
DROP INDEX "intake"."problems_community_id_stage_idx";
DROP INDEX "intake"."problems_stage_idx";

-- ── The duplicate check: open problems of a community, compared by character bigrams ──
-- intarray: fast intersections of integer sets (a trusted extension, like pg_trgm).
CREATE EXTENSION IF NOT EXISTS intarray WITH SCHEMA public;

-- The character bigrams of a text as integer codes, normalised as the duplicate finder does in
-- code (NFKC, lower case, no white space, punctuation or symbols; text-similarity.ts): each code
-- is the two characters' low 16 bits, exact for Chinese and every other character of the Basic
-- Multilingual Plane. Sorted and distinct, so `&` and `icount` give the bigrams two texts share.
CREATE FUNCTION "intake"."text_bigrams"(t text) RETURNS integer[]
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  chars text[] := string_to_array(regexp_replace(lower(normalize(t, NFKC)), '[[:space:][:punct:]]+', '', 'g'), NULL);
  codes integer[] := '{}';
BEGIN
  FOR i IN 1 .. cardinality(chars) - 1 LOOP
    codes := codes || (((ascii(chars[i]) & 65535) << 16) | (ascii(chars[i + 1]) & 65535));
  END LOOP;
  RETURN uniq(sort(codes));
END $$;

-- Computed when a problem is written (about 0.1 ms) rather than for every candidate on every
-- check; only for open, unmerged problems, the only ones ever compared (a stored generated
-- column is computed again whenever the row changes, so one that closes drops its codes).
ALTER TABLE "intake"."problems" ADD COLUMN "text_bigrams" integer[]
  GENERATED ALWAYS AS (CASE WHEN "merged_into_id" IS NULL AND "stage" IN ('submitted', 'screening', 'assignment', 'consultation', 'referral', 'escalation', 'follow_up')
                            THEN "intake"."text_bigrams"("title" || ' ' || "description") END) STORED;

-- Only open, unmerged problems can be duplicates: a small index over just those, carrying what
-- the score needs, so a check reads no table pages for the problems it rules out.
CREATE INDEX "problems_open_by_community_idx" ON "intake"."problems"("community_id", "created_at")
  INCLUDE ("id", "text_bigrams", "lat", "lng")
  WHERE "merged_into_id" IS NULL AND "stage" IN ('submitted', 'screening', 'assignment', 'consultation', 'referral', 'escalation', 'follow_up');

-- ── The case bank: search newest first, figures by community and period ──
CREATE INDEX "cases_archived_at_id_idx" ON "supervision"."cases"("archived_at", "id");
CREATE INDEX "cases_community_id_archived_at_idx" ON "supervision"."cases"("community_id", "archived_at") INCLUDE ("outcome", "satisfaction", "category", "department_id");
DROP INDEX "supervision"."cases_community_id_idx";
CREATE INDEX "supervision_cases_community_id_opened_at_idx" ON "supervision"."supervision_cases"("community_id", "opened_at");

-- ── Consultation's part of the figures ──
CREATE INDEX "consultation_items_community_id_idx" ON "consultation"."consultation_items"("community_id") INCLUDE ("problem_id");
CREATE INDEX "consultations_held_at_idx" ON "consultation"."consultations"("held_at") INCLUDE ("problem_id", "form");
CREATE INDEX "referrals_created_at_idx" ON "consultation"."referrals"("created_at") INCLUDE ("problem_id", "department_id");
CREATE INDEX "referrals_due_at_idx" ON "consultation"."referrals"("due_at");
