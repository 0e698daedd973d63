import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { forbidden, notFound } from '@shangliang/http';
import { CommunityScope } from '@shangliang/organisation';
import { CaseRepository } from './case.repository';
import { caseView } from './case.view';
import type { UpdateCaseCommand } from './update-case.command';

/** Staff write a case up and mark the typical ones; a convener edits the cases of their area. */
@Injectable()
export class UpdateCaseUseCase {
  constructor(
    private readonly cases: CaseRepository,
    private readonly scope: CommunityScope,
  ) {}

  async execute(id: string, command: UpdateCaseCommand, staff: StaffPrincipal) {
    const found = await this.cases.findById(id);
    if (!found) throw notFound('case');
    const communityIds = await this.scope.of(staff);
    if (communityIds && !communityIds.includes(found.communityId)) throw forbidden('this case is outside your area');
    return caseView(await this.cases.update(id, { title: command.title, writeUp: command.writeUp, outcomeNote: command.outcomeNote, typical: command.typical }, staff));
  }
}
