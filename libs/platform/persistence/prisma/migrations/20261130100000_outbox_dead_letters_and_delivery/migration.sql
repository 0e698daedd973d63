-- AlterTable
ALTER TABLE "messaging"."outbox_messages" ADD COLUMN     "dead_at" TIMESTAMPTZ(3),
ADD COLUMN     "delivered_at" TIMESTAMPTZ(3),
ADD COLUMN     "next_attempt_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "inbox_messages_processed_at_idx" ON "messaging"."inbox_messages"("processed_at");

-- CreateIndex
CREATE INDEX "outbox_messages_source_delivered_at_published_at_idx" ON "messaging"."outbox_messages"("source", "delivered_at", "published_at");

-- CreateIndex
CREATE INDEX "status_callbacks_status_created_at_idx" ON "intake"."status_callbacks"("status", "created_at");

-- CreateIndex
CREATE INDEX "outbox_messages_dead_at_idx" ON "messaging"."outbox_messages"("dead_at");

-- Rows published before consumers acknowledged deliveries: those older than a day (BullMQ keeps
-- finished jobs a day, so nothing is left to compare them with) count as delivered, so the
-- reconciler does not re-drive the whole history once; the last day's it checks against Redis
-- (a finished job marks its row delivered, a lost one is re-driven).
UPDATE "messaging"."outbox_messages" SET "delivered_at" = "published_at"
WHERE "published_at" IS NOT NULL AND "published_at" < now() - interval '1 day';
