import { Injectable } from '@nestjs/common';
import type { PayloadOf, Satisfaction } from '@shangliang/contracts';
import { type CappedTotal, pageWithCappedTotal, type Prisma, PrismaService, type Tx } from '@shangliang/persistence';
import type { Tally } from '@shangliang/persistence';

export type FollowUpRecord = Prisma.FollowUpGetPayload<object>;

/**
 * Earliest deadline first. The indexes (due_at, problem_id) and (status, due_at, problem_id),
 * carrying the community, and (community_id, status, due_at, problem_id) serve this order, so a
 * page and the capped total walk an index and stop.
 */
const LIST_ORDER: Prisma.FollowUpOrderByWithRelationInput[] = [{ dueAt: 'asc' }, { problemId: 'asc' }];

/** Call-backs to residents (回访) after a problem is settled. Only the supervision service uses it. */
@Injectable()
export class FollowUpRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  /**
   * One follow-up per problem: a repeated request inserts nothing. Returns whether it was new.
   * A later round (the resident was dissatisfied, the problem consulted on again) opens it again:
   * the earlier round's answer is kept in `follow_up_answers`, and a redelivered request for a
   * round already open changes nothing.
   */
  async open(command: PayloadOf<'supervision', 'follow-up.requested'>): Promise<boolean> {
    const round = command.round ?? 0;
    if (round > 0) return this.openRound(command, round);
    const { count } = await this.prisma.followUp.createMany({
      data: [
        {
          problemId: command.problemId,
          reference: command.reference,
          category: command.category,
          communityId: command.communityId,
          status: 'pending',
          dueAt: new Date(command.dueAt),
        },
      ],
      skipDuplicates: true,
    });
    return count > 0;
  }

  private async openRound(command: PayloadOf<'supervision', 'follow-up.requested'>, round: number): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.followUp.findUnique({ where: { problemId: command.problemId } });
      if (current && current.round >= round) return false;
      if (current?.recordedAt && current.result) {
        await tx.followUpAnswer.createMany({
          data: [
            {
              problemId: current.problemId,
              round: current.round,
              result: current.result,
              satisfaction: current.satisfaction,
              reason: current.reason,
              attempts: current.attempts,
              recordedBy: current.recordedBy ?? 'unknown',
              recordedAt: current.recordedAt,
            },
          ],
          skipDuplicates: true,
        });
      }
      const reset = { status: 'pending', dueAt: new Date(command.dueAt), round, satisfaction: null, note: null, recordedBy: null, recordedAt: null, attempts: 0, result: null, reason: null };
      await tx.followUp.upsert({
        where: { problemId: command.problemId },
        create: { problemId: command.problemId, reference: command.reference, category: command.category, communityId: command.communityId, ...reset },
        update: reset,
      });
      return true;
    });
  }

  /** Earlier rounds' answers, oldest first. */
  earlierRounds(problemId: string) {
    return this.prisma.followUpAnswer.findMany({ where: { problemId }, orderBy: { round: 'asc' } });
  }

  findById(problemId: string): Promise<FollowUpRecord | null> {
    return this.prisma.followUp.findUnique({ where: { problemId } });
  }

  /** A page of the follow-ups, and how many there are up to TOTAL_CAP. `communityIds` null lists the whole city. */
  list(filter: { status?: string; communityIds: string[] | null; take: number; skip: number }): Promise<[FollowUpRecord[], CappedTotal]> {
    const where: Prisma.FollowUpWhereInput = {
      status: filter.status,
      communityId: filter.communityIds ? { in: filter.communityIds } : undefined,
    };
    return pageWithCappedTotal(
      { where, orderBy: LIST_ORDER },
      (query) => this.prisma.followUp.findMany({ ...query, take: filter.take, skip: filter.skip }),
      (query) => this.prisma.followUp.count(query),
    );
  }

  /**
   * Records the call-back if this round is still pending; returns whether it was. `round`
   * guards against an answer meant for an earlier round (absent: whatever round is open).
   */
  async markRecorded(
    tx: Tx,
    problemId: string,
    callBack: { satisfaction: Satisfaction | null; note: string | null; recordedBy: string; recordedAt: Date; result?: 'answered' | 'not_reached'; reason?: string | null },
    round?: number,
  ): Promise<boolean> {
    const { count } = await tx.followUp.updateMany({
      where: { problemId, status: 'pending', ...(round === undefined ? {} : { round }) },
      data: { status: 'recorded', result: 'answered', ...callBack },
    });
    return count === 1;
  }

  /** A call-back that reached nobody: counts the attempt while the round is pending; returns the count, or null. */
  async countAttempt(tx: Tx, problemId: string, round: number): Promise<number | null> {
    const { count } = await tx.followUp.updateMany({ where: { problemId, status: 'pending', round }, data: { attempts: { increment: 1 } } });
    if (count !== 1) return null;
    const row = await tx.followUp.findUniqueOrThrow({ where: { problemId } });
    return row.attempts;
  }

  async countByStatus(communityIds: string[]): Promise<Tally[]> {
    const groups = await this.prisma.followUp.groupBy({ by: ['status'], where: { communityId: { in: communityIds } }, _count: { _all: true } });
    return groups.map((g) => ({ key: g.status, count: g._count._all }));
  }

  async countRecordedBySatisfaction(communityIds: string[]): Promise<Tally[]> {
    const groups = await this.prisma.followUp.groupBy({ by: ['satisfaction'], where: { status: 'recorded', communityId: { in: communityIds } }, _count: { _all: true } });
    return groups.flatMap((g) => (g.satisfaction ? [{ key: g.satisfaction, count: g._count._all }] : []));
  }
}
