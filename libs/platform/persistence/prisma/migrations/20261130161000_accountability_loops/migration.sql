-- Accountability loops (release 4): supervision that acts, follow-ups that reopen, cases that
-- say how they ended.

-- A supervision case is also opened when a resident stays dissatisfied after the reopens allowed;
-- such a case has no referral or department.
ALTER TABLE "supervision"."supervision_cases"
  ALTER COLUMN "referral_id" DROP NOT NULL,
  ALTER COLUMN "department_id" DROP NOT NULL,
  ADD COLUMN "kind" VARCHAR(32) NOT NULL DEFAULT 'democratic_supervision' CHECK ("kind" IN ('democratic_supervision', 'repeated_dissatisfaction')),
  ADD COLUMN "round" INTEGER,
  ADD COLUMN "level" VARCHAR(16) NOT NULL DEFAULT 'supervision' CHECK ("level" IN ('supervision', 'leadership')),
  ADD COLUMN "raised_at" TIMESTAMPTZ(3),
  ADD COLUMN "finding" VARCHAR(32) CHECK ("finding" IN ('resolved_after_supervision', 'department_at_fault', 'cannot_be_resolved')),
  ADD COLUMN "finding_reasons" TEXT,
  ADD COLUMN "finding_measures" TEXT,
  ADD COLUMN "decision" VARCHAR(32) CHECK ("decision" IN ('closed', 'point_to_point', 'another_round', 'archive_unresolved')),
  ADD COLUMN "explanation" TEXT,
  -- Opened by a release-4 workflow, which takes the supervisor's actions (earlier ones only a resolution).
  ADD COLUMN "acts" BOOLEAN NOT NULL DEFAULT false;
CREATE UNIQUE INDEX "supervision_cases_dissatisfaction_round_key" ON "supervision"."supervision_cases"("problem_id", "round") WHERE "kind" = 'repeated_dissatisfaction';

-- 督办函: supervision notices to a department, each with its own deadline.
CREATE TABLE "supervision"."supervision_notices" (
  "id" UUID NOT NULL,
  "case_id" UUID NOT NULL REFERENCES "supervision"."supervision_cases"("id"),
  "department_id" VARCHAR(32) NOT NULL,
  "text" TEXT NOT NULL,
  "due_at" TIMESTAMPTZ(3) NOT NULL,
  "status" VARCHAR(16) NOT NULL CHECK ("status" IN ('issued', 'answered', 'missed')),
  "issued_by" VARCHAR(32) NOT NULL,
  "issued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "answer" TEXT,
  "answered_by" VARCHAR(32),
  "answered_at" TIMESTAMPTZ(3),
  CONSTRAINT "supervision_notices_pkey" PRIMARY KEY ("id")
);
-- One notice at a time waits for the department.
CREATE UNIQUE INDEX "supervision_notices_one_issued_key" ON "supervision"."supervision_notices"("case_id") WHERE "status" = 'issued';
CREATE INDEX "supervision_notices_department_id_status_idx" ON "supervision"."supervision_notices"("department_id", "status");

-- Every action taken on a case, in order: who, what, when (the console's timeline).
CREATE TABLE "supervision"."supervision_case_actions" (
  "id" UUID NOT NULL,
  "case_id" UUID NOT NULL REFERENCES "supervision"."supervision_cases"("id"),
  "kind" VARCHAR(32) NOT NULL,
  "detail" JSONB NOT NULL DEFAULT '{}',
  "staff_id" VARCHAR(32) NOT NULL,
  "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "supervision_case_actions_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "supervision_case_actions_case_id_occurred_at_idx" ON "supervision"."supervision_case_actions"("case_id", "occurred_at");

-- A follow-up has rounds (a dissatisfied resident reopens the problem) and call-back attempts.
ALTER TABLE "supervision"."follow_ups"
  ADD COLUMN "round" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "result" VARCHAR(16) CHECK ("result" IN ('answered', 'not_reached')),
  ADD COLUMN "reason" TEXT;

-- Each round's answer, kept when the next round starts.
CREATE TABLE "supervision"."follow_up_answers" (
  "problem_id" UUID NOT NULL,
  "round" INTEGER NOT NULL,
  "result" VARCHAR(16) NOT NULL CHECK ("result" IN ('answered', 'not_reached')),
  "satisfaction" VARCHAR(32),
  "reason" TEXT,
  "attempts" INTEGER NOT NULL DEFAULT 0,
  "recorded_by" VARCHAR(32) NOT NULL,
  "recorded_at" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "follow_up_answers_pkey" PRIMARY KEY ("problem_id", "round")
);

ALTER TABLE "supervision"."cases"
  ADD COLUMN "result" VARCHAR(16) NOT NULL DEFAULT 'resolved' CHECK ("result" IN ('resolved', 'unresolved', 'not_reached')),
  ADD COLUMN "reopen_count" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "explanation" TEXT;

-- A concluded item consults again once per reopening (dissatisfied resident, point-to-point).
ALTER TABLE "consultation"."consultation_items"
  ADD COLUMN "reopen_key" VARCHAR(64),
  ADD COLUMN "reopen_reason" VARCHAR(32),
  ADD COLUMN "participant_department_id" VARCHAR(32);
