-- AlterTable
ALTER TABLE "messaging"."outbox_messages" ADD COLUMN     "dead_at" TIMESTAMPTZ(3),
ADD COLUMN     "delivered_at" TIMESTAMPTZ(3),
ADD COLUMN     "next_attempt_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "inbox_messages_processed_at_idx" ON "messaging"."inbox_messages"("processed_at");

-- CreateIndex
CREATE INDEX "outbox_messages_source_delivered_at_published_at_idx" ON "messaging"."outbox_messages"("source", "delivered_at", "published_at");

-- CreateIndex
CREATE INDEX "outbox_messages_dead_at_idx" ON "messaging"."outbox_messages"("dead_at");

-- Rows published before consumers acknowledged deliveries count as delivered, so the reconciler
-- does not re-drive the whole history once after this migration.
UPDATE "messaging"."outbox_messages" SET "delivered_at" = "published_at" WHERE "published_at" IS NOT NULL;
