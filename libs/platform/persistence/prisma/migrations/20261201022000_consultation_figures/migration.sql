-- Issue 11 (Scale): consultation's part of the figures without joining every consultation and
-- referral of the period to its item for the community (a city's year: 550,000 consultations
-- and 40,000 referrals hashed against 600,000 items, 0.5–1.7 s each).
-- * Consultations held, by community, China day and form: an exact daily rollup kept by triggers
--   in the same transaction (as intake.problem_day_counts; see 20261201020000).
-- * Referrals carry their item's community (kept by triggers), so the response figures and the
--   league table read one covering index of the period, index-only. Their median hours need
--   the rows themselves: no rollup can give a median.
-- An item's community is fixed when the item is made; the triggers on consultation_items follow
-- a change all the same, so the figures stay exact whatever happens.

-- ── Referrals: the item's community ──
ALTER TABLE "consultation"."referrals" ADD COLUMN "community_id" VARCHAR(32);

CREATE FUNCTION "consultation"."referral_community"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.community_id := (SELECT i.community_id FROM consultation.consultation_items i WHERE i.problem_id = NEW.problem_id);
  RETURN NEW;
END $$;

LOCK TABLE "consultation"."consultation_items", "consultation"."referrals", "consultation"."consultations" IN SHARE ROW EXCLUSIVE MODE;
UPDATE "consultation"."referrals" r SET community_id = i.community_id FROM "consultation"."consultation_items" i WHERE i.problem_id = r.problem_id;
CREATE TRIGGER "referral_community" BEFORE INSERT OR UPDATE OF problem_id ON "consultation"."referrals"
  FOR EACH ROW EXECUTE FUNCTION "consultation"."referral_community"();

-- For the period's referrals by due date (response rate, league table) and by date sent.
CREATE INDEX "referrals_due_at_cover_idx" ON "consultation"."referrals"("due_at")
  INCLUDE ("community_id", "department_id", "status", "created_at", "signed_at", "responded_at", "completed_at");
DROP INDEX "consultation"."referrals_due_at_idx";
CREATE INDEX "referrals_created_at_cover_idx" ON "consultation"."referrals"("created_at") INCLUDE ("community_id", "department_id");
DROP INDEX "consultation"."referrals_created_at_idx";

-- ── Consultations held, by community, China day and form ──
CREATE TABLE "consultation"."consultation_day_counts" (
  "community_id" VARCHAR(32) NOT NULL,
  "day" DATE NOT NULL,
  "form" VARCHAR(32) NOT NULL,
  "held" INTEGER NOT NULL,
  PRIMARY KEY ("community_id", "day", "form")
);

-- The statement that adds `sign` for each (community, held_at, form) of a set of rows, in key
-- order; returned for the trigger function to run itself (only it sees the transition tables).
CREATE FUNCTION "consultation"."consultation_day_counts_sql"(delta_sql text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN format($sql$
    WITH delta AS (%s), summed AS (
      SELECT community_id, ((held_at AT TIME ZONE 'UTC') + interval '8 hours')::date AS day, form, sum(sign)::int AS held
        FROM delta WHERE community_id IS NOT NULL
       GROUP BY 1, 2, 3
    )
    INSERT INTO consultation.consultation_day_counts AS c (community_id, day, form, held)
    SELECT community_id, day, form, held FROM summed WHERE held <> 0
     ORDER BY community_id, day, form
    ON CONFLICT (community_id, day, form) DO UPDATE SET held = c.held + EXCLUDED.held
  $sql$, delta_sql);
END $$;

CREATE FUNCTION "consultation"."consultation_day_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added   CONSTANT text := 'SELECT i.community_id, n.held_at, n.form, 1 AS sign FROM new_rows n JOIN consultation.consultation_items i ON i.problem_id = n.problem_id';
  removed CONSTANT text := 'SELECT i.community_id, o.held_at, o.form, -1 AS sign FROM old_rows o JOIN consultation.consultation_items i ON i.problem_id = o.problem_id';
BEGIN
  EXECUTE consultation.consultation_day_counts_sql(CASE TG_OP WHEN 'INSERT' THEN added WHEN 'DELETE' THEN removed ELSE added || ' UNION ALL ' || removed END);
  RETURN NULL;
END $$;

-- An item that changes community takes its consultations (and referrals) with it.
CREATE FUNCTION "consultation"."item_community_moved"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE consultation.consultation_day_counts_sql(format(
    'SELECT %L::varchar AS community_id, held_at, form, -1 AS sign FROM consultation.consultations WHERE problem_id = %L
     UNION ALL SELECT %L::varchar, held_at, form, 1 FROM consultation.consultations WHERE problem_id = %L',
    OLD.community_id, NEW.problem_id, NEW.community_id, NEW.problem_id));
  UPDATE consultation.referrals SET community_id = NEW.community_id WHERE problem_id = NEW.problem_id;
  RETURN NULL;
END $$;

INSERT INTO "consultation"."consultation_day_counts" (community_id, day, form, held)
SELECT i.community_id, ((c.held_at AT TIME ZONE 'UTC') + interval '8 hours')::date, c.form, count(*)
  FROM "consultation"."consultations" c JOIN "consultation"."consultation_items" i ON i.problem_id = c.problem_id
 GROUP BY 1, 2, 3;
CREATE TRIGGER "consultation_day_counts_insert" AFTER INSERT ON "consultation"."consultations" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "consultation"."consultation_day_counts_apply"();
CREATE TRIGGER "consultation_day_counts_update" AFTER UPDATE ON "consultation"."consultations" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "consultation"."consultation_day_counts_apply"();
CREATE TRIGGER "consultation_day_counts_delete" AFTER DELETE ON "consultation"."consultations" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "consultation"."consultation_day_counts_apply"();
CREATE TRIGGER "item_community_moved" AFTER UPDATE OF community_id ON "consultation"."consultation_items"
  FOR EACH ROW WHEN (OLD.community_id IS DISTINCT FROM NEW.community_id) EXECUTE FUNCTION "consultation"."item_community_moved"();
