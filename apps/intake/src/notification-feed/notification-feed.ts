import { Injectable } from '@nestjs/common';
import type { PayloadInputOf } from '@shangliang/contracts';
import { Outbox } from '@shangliang/messaging';
import type { Tx } from '@shangliang/persistence';

export interface ProblemFacts {
  reference: string;
  communityId: string;
  category: string;
  /** The reporters who take texts, when the caller has just read them too. */
  residentReporterIds?: string[];
}

type Step = Pick<PayloadInputOf<'notifications', 'problem.progressed'>, 'eventId' | 'stage' | 'kind' | 'detail' | 'dueAt' | 'occurredAt'>;

/**
 * Intake owns the problem bank, so it feeds the notifications context: every recorded step of
 * a problem, and the questions staff put to the resident, in the same transaction as the
 * history row (so nothing is told that did not happen, and nothing that happened goes untold).
 * Residents appear only as the ids of reporters who consented to texts; the notifications
 * service asks for a number when it sends.
 */
@Injectable()
export class NotificationFeed {
  constructor(private readonly outbox: Outbox) {}

  /** `problem`: its reference, community and category when the caller has just read them. */
  async stepRecorded(tx: Tx, problemId: string, step: Step, problem?: ProblemFacts): Promise<void> {
    const context = await this.context(tx, problemId, problem);
    await this.outbox.add(tx, 'notifications', 'problem.progressed', { ...context, ...step });
  }

  async questionAsked(tx: Tx, problemId: string, eventId: string, occurredAt: Date): Promise<void> {
    const context = await this.context(tx, problemId);
    await this.outbox.add(tx, 'notifications', 'resident.question-asked', { ...context, eventId, occurredAt: occurredAt.toISOString() });
  }

  private async context(tx: Tx, problemId: string, known?: ProblemFacts) {
    const problem = known ?? (await tx.problem.findUniqueOrThrow({ where: { id: problemId }, select: { reference: true, communityId: true, category: true } }));
    const residentReporterIds =
      known?.residentReporterIds ??
      (await tx.problemReporter.findMany({ where: { problemId, consentToTexts: true }, select: { residentId: true }, take: 200 })).map((r) => r.residentId);
    return {
      problemId,
      reference: problem.reference,
      communityId: problem.communityId,
      category: problem.category as PayloadInputOf<'notifications', 'problem.progressed'>['category'],
      residentReporterIds,
    };
  }
}
