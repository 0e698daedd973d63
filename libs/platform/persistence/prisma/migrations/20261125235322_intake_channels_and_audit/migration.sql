-- AlterTable
ALTER TABLE "intake"."problems" ADD COLUMN     "merged_into_id" UUID;

-- CreateTable
CREATE TABLE "intake"."api_keys" (
    "id" UUID NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "key_digest" VARCHAR(64) NOT NULL,
    "key_prefix" VARCHAR(12) NOT NULL,
    "created_by" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "intake"."hotline_partners" (
    "id" VARCHAR(32) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "secret" VARCHAR(200) NOT NULL,
    "callback_url" VARCHAR(500),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "hotline_partners_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "intake"."hotline_orders" (
    "partner_id" VARCHAR(32) NOT NULL,
    "order_number" VARCHAR(64) NOT NULL,
    "problem_id" UUID NOT NULL,
    "request_hash" VARCHAR(64) NOT NULL,
    "merged" BOOLEAN NOT NULL DEFAULT false,
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "hotline_orders_pkey" PRIMARY KEY ("partner_id","order_number")
);

-- CreateTable
CREATE TABLE "intake"."hotline_imports" (
    "id" UUID NOT NULL,
    "partner_id" VARCHAR(32) NOT NULL,
    "file_name" VARCHAR(200) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "total_rows" INTEGER NOT NULL DEFAULT 0,
    "imported_rows" INTEGER NOT NULL DEFAULT 0,
    "skipped_rows" INTEGER NOT NULL DEFAULT 0,
    "failed_rows" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "created_by" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "hotline_imports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "intake"."status_callbacks" (
    "id" VARCHAR(200) NOT NULL,
    "partner_id" VARCHAR(32) NOT NULL,
    "order_number" VARCHAR(64) NOT NULL,
    "problem_id" UUID NOT NULL,
    "stage" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" VARCHAR(500),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "delivered_at" TIMESTAMPTZ(3),

    CONSTRAINT "status_callbacks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "intake"."problem_photos" (
    "id" UUID NOT NULL,
    "problem_id" UUID NOT NULL,
    "storage_key" VARCHAR(300) NOT NULL,
    "content_type" VARCHAR(64) NOT NULL,
    "size" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "problem_photos_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "intake"."problem_reporters" (
    "problem_id" UUID NOT NULL,
    "resident_id" UUID NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "how" VARCHAR(16) NOT NULL,
    "via_problem_id" UUID,
    "joined_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "problem_reporters_pkey" PRIMARY KEY ("problem_id","resident_id")
);

-- CreateTable
CREATE TABLE "intake"."problem_merges" (
    "id" UUID NOT NULL,
    "source_problem_id" UUID NOT NULL,
    "target_problem_id" UUID NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "merged_by" VARCHAR(32) NOT NULL,
    "merged_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "unmerged_by" VARCHAR(32),
    "unmerged_at" TIMESTAMPTZ(3),
    "unmerge_reason" VARCHAR(500),

    CONSTRAINT "problem_merges_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation"."organisation_audit" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" VARCHAR(32) NOT NULL,
    "action" VARCHAR(32) NOT NULL,
    "entity" VARCHAR(32) NOT NULL,
    "entity_id" VARCHAR(32) NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organisation_audit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "api_keys_key_digest_key" ON "intake"."api_keys"("key_digest");

-- CreateIndex
CREATE INDEX "hotline_orders_problem_id_idx" ON "intake"."hotline_orders"("problem_id");

-- CreateIndex
CREATE INDEX "status_callbacks_problem_id_idx" ON "intake"."status_callbacks"("problem_id");

-- CreateIndex
CREATE INDEX "problem_photos_problem_id_idx" ON "intake"."problem_photos"("problem_id");

-- CreateIndex
CREATE INDEX "problem_reporters_resident_id_idx" ON "intake"."problem_reporters"("resident_id");

-- CreateIndex
CREATE INDEX "problem_merges_source_problem_id_idx" ON "intake"."problem_merges"("source_problem_id");

-- CreateIndex
CREATE INDEX "problem_merges_target_problem_id_idx" ON "intake"."problem_merges"("target_problem_id");

-- CreateIndex
CREATE INDEX "organisation_audit_entity_entity_id_idx" ON "organisation"."organisation_audit"("entity", "entity_id");

-- AddForeignKey
ALTER TABLE "intake"."hotline_orders" ADD CONSTRAINT "hotline_orders_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "intake"."hotline_partners"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
