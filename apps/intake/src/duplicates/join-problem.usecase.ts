import { Injectable } from '@nestjs/common';
import type { ProblemSource } from '@shangliang/contracts';
import { notFound, wrongStage } from '@shangliang/http';
import { PrismaService } from '@shangliang/persistence';
import { type ContactInput, ResidentContacts } from '../residents/resident-contacts';
import { OPEN_STAGES } from './duplicate-finder';

/**
 * A resident who raises a problem already in the bank joins it instead of making a second one:
 * they become one of its reporters, see its progress and get its follow-up.
 */
@Injectable()
export class JoinProblemUseCase {
  constructor(
    private readonly prisma: PrismaService,
    private readonly contacts: ResidentContacts,
  ) {}

  async execute(problemId: string, contact: ContactInput | undefined, source: ProblemSource, eventId: string): Promise<{ problemId: string; trackingCode: string; reference: string }> {
    return this.prisma.$transaction(async (tx) => {
      const problem = await tx.problem.findUnique({ where: { id: problemId }, select: { id: true, stage: true, mergedIntoId: true, trackingCode: true, reference: true } });
      if (!problem) throw notFound('problem');
      if (!OPEN_STAGES.includes(problem.stage) || problem.mergedIntoId) throw wrongStage('this problem is closed; raise a new one');
      const residentId = await this.contacts.upsert(tx, contact);
      if (residentId) {
        await tx.problemReporter.upsert({
          where: { problemId_residentId: { problemId, residentId } },
          create: { problemId, residentId, source, how: 'joined' },
          update: {},
        });
      }
      // History is append-only: a retried join adds nothing.
      await tx.problemHistory.createMany({
        data: [{ problemId, eventId, kind: 'reporter_joined', stage: problem.stage, detail: { source }, occurredAt: new Date() }],
        skipDuplicates: true,
      });
      return { problemId: problem.id, trackingCode: problem.trackingCode, reference: problem.reference };
    });
  }
}
