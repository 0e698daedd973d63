import type { DeadLetterView } from '@shangliang/contracts';
import type { PrismaClient } from '@shangliang/persistence';

export type { DeadLetterView };

/**
 * The outbox's dead letters: rows that failed to publish too often and are no longer tried.
 * Every sender's rows are listed together (the worker, which sends the commands, has no HTTP
 * API of its own), and a re-driven row goes back to its own sender's relay.
 */
export class DeadLetters {
  constructor(private readonly prisma: PrismaClient) {}

  async list(limit = 200): Promise<DeadLetterView[]> {
    const rows = await this.prisma.outboxMessage.findMany({
      where: { deadAt: { not: null } },
      orderBy: { deadAt: 'desc' },
      take: limit,
    });
    return rows.map((row) => ({
      id: row.id,
      source: row.source,
      queue: row.queue,
      pattern: row.pattern,
      problemId: problemIdOf(row.payload),
      attempts: row.attempts,
      lastError: row.lastError,
      createdAt: row.createdAt.toISOString(),
      deadAt: (row.deadAt as Date).toISOString(),
    }));
  }

  /**
   * Puts a dead letter back in line with fresh attempts (after the cause is fixed: a deployed
   * contract, a repaired payload). Returns false when there is no such dead letter.
   */
  async redrive(id: string): Promise<boolean> {
    const { count } = await this.prisma.outboxMessage.updateMany({
      where: { id, deadAt: { not: null } },
      data: { deadAt: null, attempts: 0, nextAttemptAt: null, claimedUntil: null, publishedAt: null, deliveredAt: null },
    });
    return count === 1;
  }
}

function problemIdOf(payload: unknown): string | null {
  const value = payload && typeof payload === 'object' ? (payload as { problemId?: unknown }).problemId : undefined;
  return typeof value === 'string' ? value : null;
}
