import { Injectable } from '@nestjs/common';
import type { Satisfaction } from '@shangliang/contracts';
import { conflict, notFound, wrongStage } from '@shangliang/http';
import { Outbox, stableUuid } from '@shangliang/messaging';
import { isUniqueViolation, PrismaService, type Tx } from '@shangliang/persistence';
import { ProblemRepository, type ProblemRecord } from '../problems/problem.repository';

type Answer = { satisfaction: Satisfaction; reason: string | null };

export interface FollowUpAnswer {
  reference: string;
  satisfaction: Satisfaction;
  /** True when this answer settled the follow-up (the first reporter's); others are recorded. */
  settlesFollowUp: boolean;
}

/**
 * 回访 from the residents' side: at the follow-up stage the tracking page asks whether the
 * outcome is satisfactory. Every reporter answers once, with their own code. The first
 * reporter's answer (the problem's own code) goes to the supervision service, which owns
 * follow-ups, as if they had been called back; the answers of residents who joined, or whose
 * duplicate was merged in, are recorded for the staff who call back.
 */
@Injectable()
export class AnswerFollowUpUseCase {
  constructor(
    private readonly prisma: PrismaService,
    private readonly problems: ProblemRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute(trackingCode: string, satisfaction: Satisfaction, reason: string | null = null): Promise<FollowUpAnswer> {
    const found = await this.problems.findByAnyTrackingCode(trackingCode.trim().toUpperCase());
    if (!found) throw notFound('problem');
    const { problem, reporter } = found;
    const answer = { satisfaction, reason: satisfaction === 'dissatisfied' ? reason : null };
    if (reporter) return this.reporterAnswer(await this.waiting(problem.id), [reporter.residentId], answer);
    if (problem.mergedIntoId) {
      // The first reporter of a merged duplicate answers for the problem it joined.
      const target = await this.waiting(problem.mergedIntoId);
      const merged = await this.prisma.problemReporter.findMany({ where: { problemId: target.id, viaProblemId: problem.id } });
      return this.reporterAnswer(target, merged.map((r) => r.residentId), answer);
    }
    return this.settlingAnswer(await this.waiting(problem.id), answer);
  }

  private async waiting(problemId: string): Promise<ProblemRecord> {
    const problem = await this.problems.findById(problemId);
    if (!problem || problem.stage !== 'follow_up') throw wrongStage('this problem is not waiting for your answer');
    return problem;
  }

  /**
   * The problem's own reporter settles the round. A reopened problem (the resident was
   * dissatisfied) asks again: each round is answered once, under its own command id.
   */
  private async settlingAnswer(problem: ProblemRecord, answer: Answer): Promise<FollowUpAnswer> {
    const { satisfaction } = answer;
    const round = await this.followUpRound(problem.id);
    const commandId = round === 0 ? `${problem.id}.resident-answer` : `${problem.id}.resident-answer.${round}`;
    try {
      await this.prisma.$transaction(async (tx) => {
        await this.history(tx, problem, commandId, answer);
        await this.outbox.add(tx, 'supervision', 'follow-up.answered', { commandId, problemId: problem.id, satisfaction, ...(round > 0 ? { round } : {}) }, stableUuid(commandId));
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('you have already answered');
      throw error;
    }
    this.outbox.flush();
    return { reference: problem.reference, satisfaction, settlesFollowUp: true };
  }

  /** The follow-up round under way: one more for each time the problem was reopened. */
  private async followUpRound(problemId: string): Promise<number> {
    return this.prisma.problemHistory.count({ where: { problemId, kind: 'reopened' } });
  }

  private async reporterAnswer(problem: ProblemRecord, residentIds: string[], answer: Answer): Promise<FollowUpAnswer> {
    const { satisfaction } = answer;
    await this.prisma.$transaction(async (tx) => {
      const answered = await tx.problemReporter.updateMany({
        where: { problemId: problem.id, residentId: { in: residentIds }, answeredAt: null },
        data: { satisfaction, answeredAt: new Date() },
      });
      if (answered.count === 0) throw conflict('you have already answered');
      await this.history(tx, problem, `${problem.id}.reporter-answer.${residentIds.sort().join('.')}`.slice(0, 200), answer);
    });
    return { reference: problem.reference, satisfaction, settlesFollowUp: false };
  }

  private history(tx: Tx, problem: ProblemRecord, eventId: string, answer: Answer) {
    return tx.problemHistory.create({
      data: { problemId: problem.id, eventId, kind: 'resident_answered', stage: problem.stage, detail: { satisfaction: answer.satisfaction, reason: answer.reason }, occurredAt: new Date() },
    });
  }
}
