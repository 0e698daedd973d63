-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "assignment";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "consultation";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "intake";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "messaging";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "organisation";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "supervision";

-- CreateTable
CREATE TABLE "assignment"."screening_items" (
    "problem_id" UUID NOT NULL,
    "reference" VARCHAR(32) NOT NULL,
    "category" VARCHAR(40) NOT NULL,
    "community_id" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "escalation_level" INTEGER NOT NULL DEFAULT 0,
    "decided_by" VARCHAR(32),
    "decided_at" TIMESTAMPTZ(3),
    "reason_code" VARCHAR(40),
    "referred_to" VARCHAR(200),
    "site_meeting_note" TEXT,
    "scope" VARCHAR(16),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "screening_items_pkey" PRIMARY KEY ("problem_id")
);

-- CreateTable
CREATE TABLE "assignment"."claim_items" (
    "problem_id" UUID NOT NULL,
    "reference" VARCHAR(32) NOT NULL,
    "category" VARCHAR(40) NOT NULL,
    "community_id" VARCHAR(32) NOT NULL,
    "scope" VARCHAR(16) NOT NULL,
    "seats" INTEGER NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "escalation_level" INTEGER NOT NULL DEFAULT 0,
    "formed_at" TIMESTAMPTZ(3),
    "formed_by" VARCHAR(16),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_items_pkey" PRIMARY KEY ("problem_id")
);

-- CreateTable
CREATE TABLE "assignment"."claims" (
    "problem_id" UUID NOT NULL,
    "member_id" VARCHAR(32) NOT NULL,
    "lead" BOOLEAN NOT NULL DEFAULT false,
    "seat" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claims_pkey" PRIMARY KEY ("problem_id","member_id")
);

-- CreateTable
CREATE TABLE "consultation"."consultation_items" (
    "problem_id" UUID NOT NULL,
    "reference" VARCHAR(32) NOT NULL,
    "category" VARCHAR(40) NOT NULL,
    "community_id" VARCHAR(32) NOT NULL,
    "lead_member_id" VARCHAR(32) NOT NULL,
    "member_ids" TEXT[],
    "status" VARCHAR(16) NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consultation_items_pkey" PRIMARY KEY ("problem_id")
);

-- CreateTable
CREATE TABLE "consultation"."consultations" (
    "id" UUID NOT NULL,
    "problem_id" UUID NOT NULL,
    "form" VARCHAR(16) NOT NULL,
    "held_at" TIMESTAMPTZ(3) NOT NULL,
    "venue" VARCHAR(200) NOT NULL,
    "participants" JSONB NOT NULL,
    "summary" TEXT NOT NULL,
    "outcome" VARCHAR(16) NOT NULL,
    "recorded_by" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consultations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consultation"."referrals" (
    "id" UUID NOT NULL,
    "problem_id" UUID NOT NULL,
    "department_id" VARCHAR(32) NOT NULL,
    "request" TEXT NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "response" TEXT,
    "responded_by" VARCHAR(32),
    "responded_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "referrals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consultation"."referral_escalations" (
    "id" VARCHAR(200) NOT NULL,
    "referral_id" UUID NOT NULL,
    "rung" VARCHAR(32) NOT NULL,
    "notified_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "referral_escalations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "intake"."problems" (
    "id" UUID NOT NULL,
    "reference" VARCHAR(32) NOT NULL,
    "tracking_code" VARCHAR(16) NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "category" VARCHAR(40) NOT NULL,
    "urgency" VARCHAR(16) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "community_id" VARCHAR(32) NOT NULL,
    "address" VARCHAR(300),
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "stage" VARCHAR(32) NOT NULL,
    "due_at" TIMESTAMPTZ(3),
    "escalated" BOOLEAN NOT NULL DEFAULT false,
    "closed_reason" VARCHAR(500),
    "resident_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "problems_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "intake"."resident_contacts" (
    "id" UUID NOT NULL,
    "phone_digest" VARCHAR(64),
    "phone" VARCHAR(20),
    "name" VARCHAR(50),
    "consent_to_callback" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "anonymised_at" TIMESTAMPTZ(3),

    CONSTRAINT "resident_contacts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "intake"."problem_history" (
    "id" BIGSERIAL NOT NULL,
    "problem_id" UUID NOT NULL,
    "event_id" VARCHAR(200) NOT NULL,
    "kind" VARCHAR(64) NOT NULL,
    "stage" VARCHAR(32) NOT NULL,
    "detail" JSONB NOT NULL DEFAULT '{}',
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "problem_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "intake"."idempotency_keys" (
    "scope" VARCHAR(32) NOT NULL,
    "key" VARCHAR(200) NOT NULL,
    "request_hash" VARCHAR(64) NOT NULL,
    "problem_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("scope","key")
);

-- CreateTable
CREATE TABLE "messaging"."outbox_messages" (
    "id" UUID NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "queue" VARCHAR(64) NOT NULL,
    "pattern" VARCHAR(64) NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,

    CONSTRAINT "outbox_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "messaging"."inbox_messages" (
    "consumer" VARCHAR(64) NOT NULL,
    "message_id" VARCHAR(200) NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbox_messages_pkey" PRIMARY KEY ("consumer","message_id")
);

-- CreateTable
CREATE TABLE "organisation"."councils" (
    "id" VARCHAR(32) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "level" VARCHAR(16) NOT NULL,
    "parent_id" VARCHAR(32),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "councils_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation"."vice_chairs" (
    "id" VARCHAR(32) NOT NULL,
    "council_id" VARCHAR(32) NOT NULL,
    "name" VARCHAR(50) NOT NULL,

    CONSTRAINT "vice_chairs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation"."special_committees" (
    "id" VARCHAR(32) NOT NULL,
    "council_id" VARCHAR(32) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "vice_chair_id" VARCHAR(32) NOT NULL,

    CONSTRAINT "special_committees_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation"."localities" (
    "id" VARCHAR(32) NOT NULL,
    "council_id" VARCHAR(32) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "convener_name" VARCHAR(50) NOT NULL,
    "convener_phone" VARCHAR(20) NOT NULL,
    "cadence_days" INTEGER NOT NULL,
    "studio_address" VARCHAR(200) NOT NULL,
    "studio_hours" VARCHAR(100) NOT NULL,
    "studio_duty" TEXT[],

    CONSTRAINT "localities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation"."communities" (
    "id" VARCHAR(32) NOT NULL,
    "locality_id" VARCHAR(32) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "studio_address" VARCHAR(200) NOT NULL,
    "studio_hours" VARCHAR(100) NOT NULL,
    "studio_duty" TEXT[],

    CONSTRAINT "communities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation"."member_groups" (
    "id" VARCHAR(32) NOT NULL,
    "community_id" VARCHAR(32) NOT NULL,
    "committee_id" VARCHAR(32) NOT NULL,
    "leader_member_id" VARCHAR(32) NOT NULL,

    CONSTRAINT "member_groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation"."members" (
    "id" VARCHAR(32) NOT NULL,
    "council_id" VARCHAR(32) NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "phone" VARCHAR(20) NOT NULL,
    "standing" BOOLEAN NOT NULL DEFAULT false,
    "expertise" TEXT[],
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "available" BOOLEAN NOT NULL DEFAULT true,
    "group_id" VARCHAR(32),

    CONSTRAINT "members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation"."departments" (
    "id" VARCHAR(32) NOT NULL,
    "council_id" VARCHAR(32) NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "contact_name" VARCHAR(50) NOT NULL,
    "contact_phone" VARCHAR(20) NOT NULL,

    CONSTRAINT "departments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation"."staff_accounts" (
    "id" VARCHAR(32) NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "password_hash" VARCHAR(200) NOT NULL,
    "role" VARCHAR(32) NOT NULL,
    "display_name" VARCHAR(50) NOT NULL,
    "council_id" VARCHAR(32) NOT NULL,
    "member_id" VARCHAR(32),
    "group_id" VARCHAR(32),
    "locality_id" VARCHAR(32),
    "committee_id" VARCHAR(32),
    "vice_chair_id" VARCHAR(32),
    "department_id" VARCHAR(32),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision"."supervision_cases" (
    "id" UUID NOT NULL,
    "problem_id" UUID NOT NULL,
    "referral_id" UUID NOT NULL,
    "reference" VARCHAR(32) NOT NULL,
    "category" VARCHAR(40) NOT NULL,
    "community_id" VARCHAR(32) NOT NULL,
    "department_id" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),
    "resolved_by" VARCHAR(32),
    "resolution" TEXT,

    CONSTRAINT "supervision_cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision"."follow_ups" (
    "problem_id" UUID NOT NULL,
    "reference" VARCHAR(32) NOT NULL,
    "category" VARCHAR(40) NOT NULL,
    "community_id" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "satisfaction" VARCHAR(32),
    "note" TEXT,
    "recorded_by" VARCHAR(32),
    "recorded_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "follow_ups_pkey" PRIMARY KEY ("problem_id")
);

-- CreateTable
CREATE TABLE "supervision"."cases" (
    "id" UUID NOT NULL,
    "problem_id" UUID NOT NULL,
    "reference" VARCHAR(32) NOT NULL,
    "category" VARCHAR(40) NOT NULL,
    "community_id" VARCHAR(32) NOT NULL,
    "outcome" VARCHAR(16) NOT NULL,
    "lead_member_id" VARCHAR(32),
    "member_ids" TEXT[],
    "department_id" VARCHAR(32),
    "escalation_rungs" TEXT[],
    "satisfaction" VARCHAR(32),
    "submitted_at" TIMESTAMPTZ(3) NOT NULL,
    "settled_at" TIMESTAMPTZ(3) NOT NULL,
    "archived_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "title" VARCHAR(200),
    "write_up" TEXT,
    "typical" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "cases_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "screening_items_community_id_status_idx" ON "assignment"."screening_items"("community_id", "status");

-- CreateIndex
CREATE INDEX "claim_items_community_id_status_idx" ON "assignment"."claim_items"("community_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "claims_problem_id_seat_key" ON "assignment"."claims"("problem_id", "seat");

-- CreateIndex
CREATE INDEX "consultations_problem_id_idx" ON "consultation"."consultations"("problem_id");

-- CreateIndex
CREATE INDEX "referrals_department_id_status_idx" ON "consultation"."referrals"("department_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "referral_escalations_referral_id_rung_key" ON "consultation"."referral_escalations"("referral_id", "rung");

-- CreateIndex
CREATE UNIQUE INDEX "problems_reference_key" ON "intake"."problems"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "problems_tracking_code_key" ON "intake"."problems"("tracking_code");

-- CreateIndex
CREATE INDEX "problems_community_id_stage_idx" ON "intake"."problems"("community_id", "stage");

-- CreateIndex
CREATE INDEX "problems_stage_idx" ON "intake"."problems"("stage");

-- CreateIndex
CREATE UNIQUE INDEX "resident_contacts_phone_digest_key" ON "intake"."resident_contacts"("phone_digest");

-- CreateIndex
CREATE UNIQUE INDEX "problem_history_event_id_key" ON "intake"."problem_history"("event_id");

-- CreateIndex
CREATE INDEX "problem_history_problem_id_occurred_at_idx" ON "intake"."problem_history"("problem_id", "occurred_at");

-- CreateIndex
CREATE INDEX "outbox_messages_source_published_at_created_at_idx" ON "messaging"."outbox_messages"("source", "published_at", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "member_groups_community_id_key" ON "organisation"."member_groups"("community_id");

-- CreateIndex
CREATE INDEX "members_group_id_idx" ON "organisation"."members"("group_id");

-- CreateIndex
CREATE UNIQUE INDEX "departments_code_key" ON "organisation"."departments"("code");

-- CreateIndex
CREATE UNIQUE INDEX "staff_accounts_username_key" ON "organisation"."staff_accounts"("username");

-- CreateIndex
CREATE UNIQUE INDEX "supervision_cases_referral_id_key" ON "supervision"."supervision_cases"("referral_id");

-- CreateIndex
CREATE INDEX "supervision_cases_status_opened_at_idx" ON "supervision"."supervision_cases"("status", "opened_at");

-- CreateIndex
CREATE UNIQUE INDEX "cases_problem_id_key" ON "supervision"."cases"("problem_id");

-- CreateIndex
CREATE INDEX "cases_category_archived_at_idx" ON "supervision"."cases"("category", "archived_at");

-- CreateIndex
CREATE INDEX "cases_community_id_idx" ON "supervision"."cases"("community_id");

-- AddForeignKey
ALTER TABLE "assignment"."claims" ADD CONSTRAINT "claims_problem_id_fkey" FOREIGN KEY ("problem_id") REFERENCES "assignment"."claim_items"("problem_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation"."consultations" ADD CONSTRAINT "consultations_problem_id_fkey" FOREIGN KEY ("problem_id") REFERENCES "consultation"."consultation_items"("problem_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation"."referrals" ADD CONSTRAINT "referrals_problem_id_fkey" FOREIGN KEY ("problem_id") REFERENCES "consultation"."consultation_items"("problem_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation"."referral_escalations" ADD CONSTRAINT "referral_escalations_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "consultation"."referrals"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "intake"."problems" ADD CONSTRAINT "problems_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "intake"."resident_contacts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "intake"."problem_history" ADD CONSTRAINT "problem_history_problem_id_fkey" FOREIGN KEY ("problem_id") REFERENCES "intake"."problems"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation"."special_committees" ADD CONSTRAINT "special_committees_vice_chair_id_fkey" FOREIGN KEY ("vice_chair_id") REFERENCES "organisation"."vice_chairs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation"."communities" ADD CONSTRAINT "communities_locality_id_fkey" FOREIGN KEY ("locality_id") REFERENCES "organisation"."localities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation"."member_groups" ADD CONSTRAINT "member_groups_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "organisation"."communities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation"."member_groups" ADD CONSTRAINT "member_groups_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "organisation"."special_committees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation"."members" ADD CONSTRAINT "members_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "organisation"."member_groups"("id") ON DELETE SET NULL ON UPDATE CASCADE;
