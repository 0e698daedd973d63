-- Issue 11 (Scale): the staff problem list (GET /problems) pages through ids alone. A page at
-- offset 1,000 used to read 1,100 whole problems to hand back 100; now the offset is walked in an
-- index that carries the id and every filter (index-only), and only the page's rows are read.
-- The capped total (count up to 10,001) reads the same indexes. Each index replaces one of
-- 20261130200000 with the same leading columns, so what used those still finds them.

-- Newest first over the whole city.
CREATE INDEX "problems_created_at_id_idx" ON "intake"."problems"("created_at", "id");
DROP INDEX "intake"."problems_created_at_idx";

-- By stage (and escalated or not).
CREATE INDEX "problems_stage_created_at_cover_idx" ON "intake"."problems"("stage", "created_at") INCLUDE ("id", "escalated");
DROP INDEX "intake"."problems_stage_created_at_idx";

-- By community (and escalated or not); the figures' edges read source, category and merged_into_id.
CREATE INDEX "problems_community_id_created_at_cover_idx" ON "intake"."problems"("community_id", "created_at") INCLUDE ("source", "category", "merged_into_id", "id", "escalated");
DROP INDEX "intake"."problems_community_id_created_at_idx";

-- By community and stage (and escalated or not).
CREATE INDEX "problems_community_id_stage_created_at_cover_idx" ON "intake"."problems"("community_id", "stage", "created_at") INCLUDE ("id", "escalated");
DROP INDEX "intake"."problems_community_id_stage_created_at_idx";

-- Escalated ones (few): newest first over the city, a community or a stage, from one small index.
CREATE INDEX "problems_escalated_created_at_idx" ON "intake"."problems"("created_at") INCLUDE ("id", "community_id", "stage") WHERE "escalated";
DROP INDEX "intake"."problems_escalated_idx";
