import { Injectable } from '@nestjs/common';
import type { ProblemSource } from '@shangliang/contracts';
import { notFound, wrongStage } from '@shangliang/http';
import { PrismaService, type Tx } from '@shangliang/persistence';
import { trackingCode } from '../problems/problem-identifiers';
import { type ContactInput, ResidentContacts, reporterConsent } from '../residents/resident-contacts';
import { OPEN_STAGES } from './duplicate-finder';

export interface JoinReceipt {
  problemId: string;
  reference: string;
  /** The joiner's own code: it follows the problem, but is not the first reporter's. */
  trackingCode: string;
}

/**
 * A resident who raises a problem already in the bank joins it instead of making a second one:
 * they become one of its reporters with a tracking code of their own, see its progress and get
 * its follow-up. `eventId` makes a retried join return the same code and add nothing.
 */
@Injectable()
export class JoinProblemUseCase {
  constructor(
    private readonly prisma: PrismaService,
    private readonly contacts: ResidentContacts,
  ) {}

  async execute(problemId: string, contact: ContactInput | undefined, source: ProblemSource, eventId: string): Promise<JoinReceipt> {
    return this.prisma.$transaction(async (tx) => {
      const problem = await tx.problem.findUnique({ where: { id: problemId }, select: { id: true, stage: true, mergedIntoId: true, reference: true } });
      if (!problem) throw notFound('problem');
      const earlier = await tx.problemHistory.findUnique({ where: { eventId } });
      if (earlier) return { problemId, reference: problem.reference, trackingCode: await this.codeOf(tx, problemId, earlier.detail) };
      if (!OPEN_STAGES.includes(problem.stage) || problem.mergedIntoId) throw wrongStage('this problem is closed; raise a new one');

      // Always a reporter of the joiner's own: a phone number typed here never reaches another
      // resident's record, their reports or their codes.
      const residentId = await this.contacts.ownContact(tx, contact);
      const reporter = await tx.problemReporter.create({
        data: { problemId, residentId, source, how: 'joined', trackingCode: trackingCode(), ...reporterConsent(contact) },
      });
      const code = reporter.trackingCode!;
      await tx.problemHistory.create({
        data: { problemId, eventId, kind: 'reporter_joined', stage: problem.stage, detail: { source, residentId }, occurredAt: new Date() },
      });
      return { problemId, reference: problem.reference, trackingCode: code };
    });
  }

  private async codeOf(tx: Tx, problemId: string, detail: unknown): Promise<string> {
    const residentId = (detail as { residentId?: string }).residentId;
    const reporter = residentId ? await tx.problemReporter.findUnique({ where: { problemId_residentId: { problemId, residentId } } }) : null;
    if (!reporter?.trackingCode) throw notFound('join');
    return reporter.trackingCode;
  }
}
