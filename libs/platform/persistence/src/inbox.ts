import type { Tx } from './prisma-client';

/**
 * Runs `effect` at most once per (consumer, messageId): the inbox row and the effect commit in
 * the same transaction, so a redelivered job finds the row and does nothing. Returns whether the
 * effect ran.
 */
export async function runOnce(tx: Tx, consumer: string, messageId: string, effect: () => Promise<void>): Promise<boolean> {
  const inserted = await tx.$executeRaw`
    INSERT INTO messaging.inbox_messages (consumer, message_id) VALUES (${consumer}, ${messageId})
    ON CONFLICT DO NOTHING`;
  if (inserted === 0) return false;
  await effect();
  return true;
}
