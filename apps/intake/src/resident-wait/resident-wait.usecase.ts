import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { forbidden, notFound, wrongStage } from '@shangliang/http';
import { Outbox } from '@shangliang/messaging';
import { PrismaService, type Tx } from '@shangliang/persistence';
import { ProblemAccess } from '../problems/problem-access';
import { ProblemRepository, type ProblemRecord } from '../problems/problem.repository';
import { NotificationFeed } from '../notification-feed/notification-feed';

/** Stages in which the work can wait on the resident (more information, a visit, a call-back). */
const PAUSABLE_STAGES = ['screening', 'consultation', 'follow_up'];

/**
 * DOMAIN: clocks pause while waiting on the resident. Staff say what they wait for; the stage's
 * deadline stops (the workflow decides, from the `clock.paused` event) and the resident sees
 * the question on the tracking page. Their reply there — or staff — starts the clock again.
 */
@Injectable()
export class ResidentWaitUseCase {
  constructor(
    private readonly prisma: PrismaService,
    private readonly problems: ProblemRepository,
    private readonly access: ProblemAccess,
    private readonly outbox: Outbox,
    private readonly feed: NotificationFeed,
  ) {}

  async pause(problemId: string, reason: string, staff: StaffPrincipal) {
    const problem = await this.access.visible(problemId, staff);
    if (!PAUSABLE_STAGES.includes(problem.stage)) throw wrongStage('only screening, consultation and follow-up can wait on the resident');
    if (problem.awaitingResidentSince) throw wrongStage('this problem already waits on the resident');
    const eventId = `${problemId}.clock-paused.${randomUUID()}`;
    await this.prisma.$transaction(async (tx) => {
      const claimed = await tx.problem.updateMany({ where: { id: problemId, awaitingResidentSince: null }, data: { awaitingResidentSince: new Date() } });
      if (claimed.count === 0) throw wrongStage('this problem already waits on the resident');
      const seq = await this.nextClockSeq(tx, problemId);
      await this.history(tx, problem, eventId, 'clock_paused', { reason, by: staff.staffId });
      await this.outbox.add(tx, 'workflow-events', 'clock.paused', { eventId, problemId, reason, seq });
      await this.feed.questionAsked(tx, problemId, eventId, new Date());
    });
    this.outbox.flush();
    return { problemId, awaitingResident: true };
  }

  async resumeByStaff(problemId: string, staff: StaffPrincipal) {
    return this.resume(await this.access.visible(problemId, staff), 'staff', {});
  }

  /** The resident answers on the tracking page; their words stay in the problem bank only. */
  async reply(trackingCode: string, message: string) {
    const found = await this.problems.findByAnyTrackingCode(trackingCode.trim().toUpperCase());
    if (!found) throw notFound('problem');
    // Staff asked the resident who raised the problem; a resident who joined it follows it but
    // does not answer for them.
    if (found.reporter) throw forbidden('only the resident who raised this problem can answer its questions');
    return this.resume(found.problem, 'resident', { message });
  }

  private async resume(problem: ProblemRecord, by: 'resident' | 'staff', detail: Record<string, string>) {
    if (!problem.awaitingResidentSince) throw wrongStage('this problem is not waiting on the resident');
    const eventId = `${problem.id}.clock-resumed.${randomUUID()}`;
    await this.prisma.$transaction(async (tx) => {
      const released = await tx.problem.updateMany({ where: { id: problem.id, awaitingResidentSince: { not: null } }, data: { awaitingResidentSince: null } });
      if (released.count === 0) throw wrongStage('this problem is not waiting on the resident');
      const seq = await this.nextClockSeq(tx, problem.id);
      await this.history(tx, problem, eventId, 'clock_resumed', { by, ...detail });
      await this.outbox.add(tx, 'workflow-events', 'clock.resumed', { eventId, problemId: problem.id, by, seq });
    });
    this.outbox.flush();
    return { reference: problem.reference, awaitingResident: false };
  }

  /** The order of this clock event among the problem's, counted in the same transaction. */
  private async nextClockSeq(tx: Tx, problemId: string): Promise<number> {
    return (await tx.problem.update({ where: { id: problemId }, data: { clockSeq: { increment: 1 } }, select: { clockSeq: true } })).clockSeq;
  }

  private history(tx: Tx, problem: ProblemRecord, eventId: string, kind: string, detail: Record<string, string>) {
    return tx.problemHistory.create({ data: { problemId: problem.id, eventId, kind, stage: problem.stage, detail, occurredAt: new Date() } });
  }
}
