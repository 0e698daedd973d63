import { Injectable } from '@nestjs/common';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { StaffPrincipal } from '@shangliang/auth';
import { forbidden, invalidField, notFound, wrongStage } from '@shangliang/http';
import { OrganisationDirectory } from '@shangliang/organisation';
import { PrismaService } from '@shangliang/persistence';
import { ConsultationItemRepository } from './consultation-item.repository';
import { itemView } from './consultation-item.view';

const memberId = z.string().trim().min(1).max(32);

/** The team that consults again on a reopened item: the lead is one of the members. */
export const changeTeamSchema = z
  .object({ leadMemberId: memberId, memberIds: z.array(memberId).min(1).max(60) })
  .strict()
  .superRefine((body, ctx) => {
    if (!body.memberIds.includes(body.leadMemberId)) ctx.addIssue({ code: 'custom', path: ['leadMemberId'], message: 'the lead is one of the team' });
    if (new Set(body.memberIds).size !== body.memberIds.length) ctx.addIssue({ code: 'custom', path: ['memberIds'], message: 'a member is named twice' });
  });
export class ChangeTeamDto extends createZodDto(changeTeamSchema) {}

/**
 * A reopened item (the resident was dissatisfied, or a supervisor convened a point-to-point
 * consultation) goes back to the same team unless the group leader changes it: members of the
 * community's group, one of them leading. Only while the reopened round is open.
 */
@Injectable()
export class ChangeTeamUseCase {
  constructor(
    private readonly items: ConsultationItemRepository,
    private readonly directory: OrganisationDirectory,
    private readonly prisma: PrismaService,
  ) {}

  async execute(problemId: string, command: z.output<typeof changeTeamSchema>, staff: StaffPrincipal) {
    const item = await this.items.findById(problemId);
    if (!item) throw notFound('consultation item');
    const group = await this.directory.groupOfCommunity(item.communityId);
    if (staff.role !== 'admin' && !(staff.role === 'group_leader' && group && staff.memberId === group.leaderMemberId)) {
      throw forbidden("the leader of the community's member group changes the team");
    }
    if (item.status !== 'open' || !item.reopenReason) throw wrongStage('the team changes only for a reopened item, while it is being consulted on again');
    for (const [index, id] of command.memberIds.entries()) {
      if (!group?.memberIds.includes(id)) throw invalidField(`memberIds.${index}`, `"${id}" is not a member of the community's group`);
    }
    const { count } = await this.prisma.consultationItem.updateMany({
      where: { problemId, status: 'open', round: item.round },
      data: { leadMemberId: command.leadMemberId, memberIds: command.memberIds },
    });
    if (count !== 1) throw wrongStage('the item moved on meanwhile');
    return itemView({ ...item, leadMemberId: command.leadMemberId, memberIds: command.memberIds });
  }
}
