-- The department's side of a referral (签收, progress, extension, 退回, 办结) and the team lead's
-- decisions. Existing referrals keep their status (open | responded); the new columns start empty.
ALTER TABLE "consultation"."consultation_items" ADD COLUMN "urgency" VARCHAR(16);
ALTER TABLE "consultation"."consultation_items" ADD COLUMN "round" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "consultation"."referrals" ADD COLUMN "handler_name" VARCHAR(100);
ALTER TABLE "consultation"."referrals" ADD COLUMN "signed_at" TIMESTAMPTZ(3);
ALTER TABLE "consultation"."referrals" ADD COLUMN "extension_due_at" TIMESTAMPTZ(3);
ALTER TABLE "consultation"."referrals" ADD COLUMN "result" TEXT;
ALTER TABLE "consultation"."referrals" ADD COLUMN "completed_at" TIMESTAMPTZ(3);
ALTER TABLE "consultation"."referrals" ADD COLUMN "previous_referral_id" UUID;
CREATE UNIQUE INDEX "referrals_previous_referral_id_key" ON "consultation"."referrals"("previous_referral_id");

CREATE TABLE "consultation"."referral_steps" (
    "id" UUID NOT NULL,
    "referral_id" UUID NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "detail" JSONB NOT NULL,
    "actor_staff_id" VARCHAR(32) NOT NULL,
    "idempotency_key" VARCHAR(150),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "referral_steps_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "referral_steps_referral_id_idempotency_key_key" ON "consultation"."referral_steps"("referral_id", "idempotency_key");
CREATE INDEX "referral_steps_referral_id_created_at_idx" ON "consultation"."referral_steps"("referral_id", "created_at");
ALTER TABLE "consultation"."referral_steps" ADD CONSTRAINT "referral_steps_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "consultation"."referrals"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "consultation"."referral_photos" (
    "id" UUID NOT NULL,
    "referral_id" UUID NOT NULL,
    "storage_key" VARCHAR(300) NOT NULL,
    "content_type" VARCHAR(64) NOT NULL,
    "size" INTEGER NOT NULL,
    "uploaded_by" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "referral_photos_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "referral_photos_referral_id_idx" ON "consultation"."referral_photos"("referral_id");
ALTER TABLE "consultation"."referral_photos" ADD CONSTRAINT "referral_photos_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "consultation"."referrals"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
