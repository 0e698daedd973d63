import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Satisfaction } from '@shangliang/contracts';
import { notFound, wrongStage } from '@shangliang/http';
import { Outbox } from '@shangliang/messaging';
import { isUniqueViolation, PrismaService } from '@shangliang/persistence';

/**
 * 回访 from the resident's side: at the follow-up stage the tracking page asks whether the
 * outcome is satisfactory, and the answer goes to the supervision service, which owns
 * follow-ups, as if the resident had been called back. One answer per problem: the outbox
 * message's id is derived from the problem, so a second answer or a double click adds nothing.
 */
@Injectable()
export class AnswerFollowUpUseCase {
  constructor(
    private readonly prisma: PrismaService,
    private readonly outbox: Outbox,
  ) {}

  async execute(trackingCode: string, satisfaction: Satisfaction): Promise<{ reference: string; satisfaction: Satisfaction }> {
    const problem = await this.prisma.problem.findUnique({ where: { trackingCode: trackingCode.trim().toUpperCase() }, select: { id: true, reference: true, stage: true } });
    if (!problem) throw notFound('problem');
    if (problem.stage !== 'follow_up') throw wrongStage('this problem is not waiting for your answer');
    const commandId = `${problem.id}.resident-answer`;
    try {
      await this.prisma.$transaction(async (tx) => {
        await this.outbox.add(tx, 'supervision', 'follow-up.answered', { commandId, problemId: problem.id, satisfaction }, stableUuid(commandId));
        await tx.problemHistory.create({
          data: { problemId: problem.id, eventId: commandId, kind: 'resident_answered', stage: problem.stage, detail: { satisfaction }, occurredAt: new Date() },
        });
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    this.outbox.flush();
    return { reference: problem.reference, satisfaction };
  }
}

/** A UUID derived from a name (the outbox is keyed by UUID). */
function stableUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
