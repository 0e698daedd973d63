import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { PayloadOf } from '@shangliang/contracts';
import { CaseRepository, type NewCase } from './case.repository';

type ArchiveRequested = PayloadOf<'supervision', 'case.archive-requested'>;

/**
 * 归单: the settled problem enters the case bank straight away, titled by its reference until
 * staff write it up. One case per problem, however often the request is delivered.
 */
@Injectable()
export class ArchiveCaseUseCase {
  private readonly logger = new Logger(ArchiveCaseUseCase.name);

  constructor(private readonly cases: CaseRepository) {}

  async execute(command: ArchiveRequested): Promise<void> {
    if (await this.cases.archive(newCaseFrom(command))) {
      this.logger.log(`case archived for ${command.reference} (problem ${command.problemId}, outcome ${command.outcome})`);
    }
  }
}

export function newCaseFrom(command: ArchiveRequested): NewCase {
  return {
    id: randomUUID(),
    problemId: command.problemId,
    reference: command.reference,
    title: command.reference,
    category: command.category,
    communityId: command.communityId,
    outcome: command.outcome,
    leadMemberId: command.leadMemberId,
    memberIds: command.memberIds,
    departmentId: command.departmentId,
    escalationRungs: command.escalationRungs,
    satisfaction: command.satisfaction,
    submittedAt: new Date(command.submittedAt),
    settledAt: new Date(command.settledAt),
    result: command.result ?? 'resolved',
    reopenCount: command.reopenCount ?? 0,
    explanation: command.explanation ?? null,
  };
}
