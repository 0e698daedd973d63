import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { forbidden, notFound, wrongStage } from '@shangliang/http';
import { CommunityScope } from '@shangliang/organisation';
import { Outbox } from '@shangliang/messaging';
import { SupervisionCaseRepository } from './supervision-case.repository';

/**
 * A supervisor closes a democratic-supervision case with how it was resolved. The resolution
 * and the `supervision-case.resolved` event commit together, keyed by the case, so the
 * problem moves on to follow-up exactly once.
 */
@Injectable()
export class ResolveSupervisionCaseUseCase {
  constructor(
    private readonly cases: SupervisionCaseRepository,
    private readonly outbox: Outbox,
    private readonly scope: CommunityScope,
  ) {}

  async execute(id: string, command: { resolution: string }, staff: StaffPrincipal) {
    const found = await this.cases.findById(id);
    if (!found) throw notFound('supervision case');
    if (!((await this.scope.of(staff)) ?? []).includes(found.communityId)) throw forbidden('this case is outside your council');
    if (found.status !== 'open') throw alreadyResolved();

    const resolvedAt = new Date();
    await this.cases.transaction(async (tx) => {
      if (!(await this.cases.markResolved(tx, id, { resolution: command.resolution, resolvedBy: staff.staffId, resolvedAt }))) throw alreadyResolved();
      await this.outbox.add(tx, 'workflow-events', 'supervision-case.resolved', { eventId: `${id}.resolved`, problemId: found.problemId, supervisionCaseId: id });
    });
    this.outbox.flush();
    return { id, problemId: found.problemId, status: 'resolved' as const, resolvedAt: resolvedAt.toISOString() };
  }
}

const alreadyResolved = () => wrongStage('this supervision case is already resolved');
