-- Issue 11 (Scale), second step: the figures from exact daily rollups.
--
-- Figures are reported to the council, so they stay exact: each rollup below is kept by a
-- statement trigger on its table, in the same transaction as the rows it counts, and a figure
-- sums the whole China days (UTC+8) of its period from the rollup; the part of a range that is
-- not whole days (none, for the periods the API takes) is still counted from the rows.
-- A statement trigger sees all the rows of a statement at once (transition tables), so a bulk
-- insert updates each rollup row once; the deltas are applied in key order, so two statements
-- never wait on each other's rollup rows in opposite orders. A change that does not move a row
-- between keys (most updates: stage, deadlines, texts) nets to nothing and touches no rollup row.

-- ── Problems raised, by community, China day and channel (problemsByChannel, landAcquisitionRaised) ──
-- A duplicate merged into another problem is not counted (merged_into_id set), as in the figures.
CREATE TABLE "intake"."problem_day_counts" (
  "community_id" VARCHAR(32) NOT NULL,
  "day" DATE NOT NULL,
  "source" VARCHAR(16) NOT NULL,
  "raised" INTEGER NOT NULL,
  "land_acquisition_raised" INTEGER NOT NULL,
  PRIMARY KEY ("community_id", "day", "source")
);

-- The rows a statement added (+1) and took away (-1): its transition tables, by operation.
CREATE FUNCTION "intake"."problem_day_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added   CONSTANT text := 'SELECT community_id, source, category, created_at, 1 AS sign FROM new_rows WHERE merged_into_id IS NULL';
  removed CONSTANT text := 'SELECT community_id, source, category, created_at, -1 AS sign FROM old_rows WHERE merged_into_id IS NULL';
BEGIN
  EXECUTE format($sql$
    WITH delta AS (%s), summed AS (
      SELECT community_id, ((created_at AT TIME ZONE 'UTC') + interval '8 hours')::date AS day, source,
             sum(sign)::int AS raised, coalesce(sum(sign) FILTER (WHERE category = 'land_acquisition'), 0)::int AS land
        FROM delta
       GROUP BY 1, 2, 3
    )
    INSERT INTO intake.problem_day_counts AS c (community_id, day, source, raised, land_acquisition_raised)
    SELECT community_id, day, source, raised, land FROM summed
     WHERE raised <> 0 OR land <> 0
     ORDER BY community_id, day, source
    ON CONFLICT (community_id, day, source) DO UPDATE
      SET raised = c.raised + EXCLUDED.raised, land_acquisition_raised = c.land_acquisition_raised + EXCLUDED.land_acquisition_raised
  $sql$, CASE TG_OP WHEN 'INSERT' THEN added WHEN 'DELETE' THEN removed ELSE added || ' UNION ALL ' || removed END);
  RETURN NULL;
END $$;

-- Filled from the rows already there, with writers kept out until the triggers are in place.
LOCK TABLE "intake"."problems" IN SHARE ROW EXCLUSIVE MODE;
INSERT INTO "intake"."problem_day_counts" (community_id, day, source, raised, land_acquisition_raised)
SELECT community_id, ((created_at AT TIME ZONE 'UTC') + interval '8 hours')::date, source, count(*), count(*) FILTER (WHERE category = 'land_acquisition')
  FROM "intake"."problems" WHERE merged_into_id IS NULL
 GROUP BY 1, 2, 3;
CREATE TRIGGER "problem_day_counts_insert" AFTER INSERT ON "intake"."problems" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "intake"."problem_day_counts_apply"();
CREATE TRIGGER "problem_day_counts_update" AFTER UPDATE ON "intake"."problems" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "intake"."problem_day_counts_apply"();
CREATE TRIGGER "problem_day_counts_delete" AFTER DELETE ON "intake"."problems" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "intake"."problem_day_counts_apply"();

-- ── Cases archived, by community and China day (resolutionRate, satisfactionRate, landAcquisitionSettled) ──
-- One row per community and day, a column per outcome and per answer at the call-back (a row
-- per combination made fifteen times as many rows to add up). `archived` counts every case, so
-- an outcome or answer outside the columns is still in the totals. `department_key` '' holds
-- every case; a case referred to a department is counted again under that department's id,
-- for the department areas.
CREATE TABLE "supervision"."case_day_counts" (
  "department_key" VARCHAR(32) NOT NULL,
  "community_id" VARCHAR(32) NOT NULL,
  "day" DATE NOT NULL,
  "archived" INTEGER NOT NULL,
  "solved" INTEGER NOT NULL,
  "explained" INTEGER NOT NULL,
  "referred" INTEGER NOT NULL,
  "satisfied" INTEGER NOT NULL,
  "basically_satisfied" INTEGER NOT NULL,
  "dissatisfied" INTEGER NOT NULL,
  "not_reached" INTEGER NOT NULL,
  "no_answer" INTEGER NOT NULL,
  "land_acquisition_solved" INTEGER NOT NULL,
  PRIMARY KEY ("department_key", "community_id", "day")
);

-- The statement that adds the counts of a set of rows (`sign` +1 or -1) by department key,
-- community and day. It returns the SQL for the trigger function to run itself: a statement's
-- transition tables are visible only to the trigger function, not to a function it calls.
CREATE FUNCTION "supervision"."case_day_counts_sql"(delta_sql text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN format($sql$
    WITH delta AS (%s), keyed AS (
      SELECT '' AS department_key, * FROM delta
      UNION ALL
      SELECT department_id, * FROM delta WHERE department_id IS NOT NULL
    ), summed AS (
      SELECT department_key, community_id, ((archived_at AT TIME ZONE 'UTC') + interval '8 hours')::date AS day,
             sum(sign)::int AS archived,
             coalesce(sum(sign) FILTER (WHERE outcome = 'solved'), 0)::int AS solved,
             coalesce(sum(sign) FILTER (WHERE outcome = 'explained'), 0)::int AS explained,
             coalesce(sum(sign) FILTER (WHERE outcome = 'referred'), 0)::int AS referred,
             coalesce(sum(sign) FILTER (WHERE satisfaction = 'satisfied'), 0)::int AS satisfied,
             coalesce(sum(sign) FILTER (WHERE satisfaction = 'basically_satisfied'), 0)::int AS basically_satisfied,
             coalesce(sum(sign) FILTER (WHERE satisfaction = 'dissatisfied'), 0)::int AS dissatisfied,
             coalesce(sum(sign) FILTER (WHERE satisfaction = 'not_reached'), 0)::int AS not_reached,
             coalesce(sum(sign) FILTER (WHERE satisfaction IS NULL), 0)::int AS no_answer,
             coalesce(sum(sign) FILTER (WHERE category = 'land_acquisition' AND outcome = 'solved'), 0)::int AS land
        FROM keyed
       GROUP BY 1, 2, 3
    )
    INSERT INTO supervision.case_day_counts AS c (department_key, community_id, day, archived, solved, explained, referred,
                                                  satisfied, basically_satisfied, dissatisfied, not_reached, no_answer, land_acquisition_solved)
    SELECT * FROM summed
     WHERE (archived, solved, explained, referred, satisfied, basically_satisfied, dissatisfied, not_reached, no_answer, land) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
     ORDER BY department_key, community_id, day
    ON CONFLICT (department_key, community_id, day) DO UPDATE
      SET archived = c.archived + EXCLUDED.archived, solved = c.solved + EXCLUDED.solved, explained = c.explained + EXCLUDED.explained,
          referred = c.referred + EXCLUDED.referred, satisfied = c.satisfied + EXCLUDED.satisfied,
          basically_satisfied = c.basically_satisfied + EXCLUDED.basically_satisfied, dissatisfied = c.dissatisfied + EXCLUDED.dissatisfied,
          not_reached = c.not_reached + EXCLUDED.not_reached, no_answer = c.no_answer + EXCLUDED.no_answer,
          land_acquisition_solved = c.land_acquisition_solved + EXCLUDED.land_acquisition_solved
  $sql$, delta_sql);
END $$;

CREATE FUNCTION "supervision"."case_day_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added   CONSTANT text := 'SELECT community_id, department_id, archived_at, outcome, satisfaction, category, 1 AS sign FROM new_rows';
  removed CONSTANT text := 'SELECT community_id, department_id, archived_at, outcome, satisfaction, category, -1 AS sign FROM old_rows';
BEGIN
  EXECUTE supervision.case_day_counts_sql(CASE TG_OP WHEN 'INSERT' THEN added WHEN 'DELETE' THEN removed ELSE added || ' UNION ALL ' || removed END);
  RETURN NULL;
END $$;

LOCK TABLE "supervision"."cases" IN SHARE ROW EXCLUSIVE MODE;
DO $$ BEGIN
  EXECUTE supervision.case_day_counts_sql('SELECT community_id, department_id, archived_at, outcome, satisfaction, category, 1 AS sign FROM supervision.cases');
END $$;
CREATE TRIGGER "case_day_counts_insert" AFTER INSERT ON "supervision"."cases" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "supervision"."case_day_counts_apply"();
CREATE TRIGGER "case_day_counts_update" AFTER UPDATE ON "supervision"."cases" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "supervision"."case_day_counts_apply"();
CREATE TRIGGER "case_day_counts_delete" AFTER DELETE ON "supervision"."cases" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "supervision"."case_day_counts_apply"();
