-- The notifications context: events somebody is told of, one delivery per (event, recipient,
-- channel), the staff console inbox, staff and department channel settings, what earlier events
-- taught about each problem, and the audit of admins' changes. No resident contact is stored.
CREATE SCHEMA IF NOT EXISTS "notifications";

CREATE TABLE "notifications"."notification_events" (
    "id" VARCHAR(200) NOT NULL,
    "kind" VARCHAR(64) NOT NULL,
    "problem_id" VARCHAR(64) NOT NULL,
    "reference" VARCHAR(32) NOT NULL,
    "community_id" VARCHAR(32) NOT NULL,
    "council_id" VARCHAR(32),
    "variables" JSONB NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "notification_events_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "notification_events_problem_id_idx" ON "notifications"."notification_events"("problem_id");

CREATE TABLE "notifications"."notification_deliveries" (
    "id" UUID NOT NULL,
    "event_id" VARCHAR(200) NOT NULL,
    "recipient_key" VARCHAR(100) NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "council_id" VARCHAR(32),
    "locale" VARCHAR(8) NOT NULL DEFAULT 'zh',
    "status" VARCHAR(16) NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "not_before" TIMESTAMPTZ(3),
    "claimed_until" TIMESTAMPTZ(3),
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "notification_deliveries_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "notification_deliveries_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "notifications"."notification_events"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "notification_deliveries_event_id_recipient_key_channel_key" ON "notifications"."notification_deliveries"("event_id", "recipient_key", "channel");
CREATE INDEX "notification_deliveries_status_council_id_idx" ON "notifications"."notification_deliveries"("status", "council_id");

CREATE TABLE "notifications"."inbox_entries" (
    "id" UUID NOT NULL,
    "delivery_id" UUID NOT NULL,
    "staff_id" VARCHAR(32) NOT NULL,
    "event_kind" VARCHAR(64) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "link" VARCHAR(300) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMPTZ(3),
    CONSTRAINT "inbox_entries_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "inbox_entries_delivery_id_key" ON "notifications"."inbox_entries"("delivery_id");
CREATE INDEX "inbox_entries_staff_id_read_at_created_at_idx" ON "notifications"."inbox_entries"("staff_id", "read_at", "created_at");

CREATE TABLE "notifications"."staff_preferences" (
    "staff_id" VARCHAR(32) NOT NULL,
    "email" VARCHAR(200),
    "phone" VARCHAR(20),
    "channels" TEXT[],
    "locale" VARCHAR(8) NOT NULL DEFAULT 'zh',
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "staff_preferences_pkey" PRIMARY KEY ("staff_id")
);

CREATE TABLE "notifications"."department_channels" (
    "department_id" VARCHAR(32) NOT NULL,
    "council_id" VARCHAR(32) NOT NULL,
    "email" VARCHAR(200),
    "sms_phone" VARCHAR(20),
    "webhook_kind" VARCHAR(16),
    "webhook_url" VARCHAR(500),
    "webhook_secret" VARCHAR(200),
    "updated_by" VARCHAR(32),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "department_channels_pkey" PRIMARY KEY ("department_id")
);

CREATE TABLE "notifications"."problem_contexts" (
    "problem_id" VARCHAR(64) NOT NULL,
    "lead_member_id" VARCHAR(32),
    "referral_id" VARCHAR(64),
    "department_id" VARCHAR(32),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "problem_contexts_pkey" PRIMARY KEY ("problem_id")
);

CREATE TABLE "notifications"."notification_audit" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" VARCHAR(32) NOT NULL,
    "council_id" VARCHAR(32),
    "action" VARCHAR(32) NOT NULL,
    "entity" VARCHAR(32) NOT NULL,
    "entity_id" VARCHAR(64) NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "notification_audit_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "notification_audit_entity_entity_id_idx" ON "notifications"."notification_audit"("entity", "entity_id");
