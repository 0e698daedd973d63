-- AlterTable
ALTER TABLE "messaging"."outbox_messages" ADD COLUMN     "claimed_until" TIMESTAMPTZ(3);

