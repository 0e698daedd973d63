import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import type { ProblemCategory } from '@shangliang/contracts';
import { notFound } from '@shangliang/http';
import { OrganisationDirectory } from '@shangliang/organisation';
import { AssignmentAccess } from '../assignment-access';
import { rankCandidates } from './candidate-ranking';
import { ClaimRepository } from './claim.repository';
import { ClaimingUseCases } from './claiming.usecases';

class ClaimItemsQuery extends createZodDto(
  z.object({
    status: z.enum(['open', 'formed']).optional(),
    /** `leader` lists the items whose claim deadline passed and now wait for the leader (or committee). */
    queue: z.enum(['leader', 'committee']).optional(),
  }),
) {}
class ClaimDto extends createZodDto(z.object({ lead: z.boolean().default(false) }).strict()) {}
class AssignTeamDto extends createZodDto(
  z.object({ leadMemberId: z.string().min(1).max(32), memberIds: z.array(z.string().min(1).max(32)).min(1).max(60) }).strict(),
) {}

@ApiTags('claiming (分单)')
@ApiBearerAuth()
@Roles('member', 'group_leader', 'committee', 'vice_chair', 'convener', 'supervisor', 'admin')
@Controller('claim-items')
export class ClaimingController {
  constructor(
    private readonly claims: ClaimRepository,
    private readonly access: AssignmentAccess,
    private readonly claiming: ClaimingUseCases,
    private readonly directory: OrganisationDirectory,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Consultation items in your area; `queue=leader` is the group leader’s queue of late items.' })
  async list(@Query(ZodValidationPipe) query: ClaimItemsQuery, @CurrentStaff() staff: StaffPrincipal) {
    const minEscalationLevel = query.queue === 'leader' ? 1 : query.queue === 'committee' ? 2 : undefined;
    const status = query.queue ? 'open' : query.status;
    return this.claims.list({ status, minEscalationLevel, communityIds: await this.access.visibleCommunities(staff) });
  }

  @Get(':problemId')
  async get(@Param('problemId', ParseUUIDPipe) problemId: string, @CurrentStaff() staff: StaffPrincipal) {
    const item = await this.claims.find(problemId);
    if (!item) throw notFound('consultation item');
    await this.access.assertVisible(staff, item.communityId);
    return item;
  }

  @Get(':problemId/candidates')
  @ApiOperation({ summary: 'The group’s members ranked by expertise fit and current load, with the reasons.' })
  async candidates(@Param('problemId', ParseUUIDPipe) problemId: string, @CurrentStaff() staff: StaffPrincipal) {
    const item = await this.claims.find(problemId);
    if (!item) throw notFound('consultation item');
    await this.access.assertVisible(staff, item.communityId);
    const group = await this.directory.groupOfCommunity(item.communityId);
    const members = group ? await this.directory.membersOfGroup(group.id) : [];
    const ids = members.map((m) => m.id);
    const [load, past] = await Promise.all([this.claims.loadByMember(ids), this.claims.pastCasesByMember(ids, item.category)]);
    return rankCandidates(
      item.category as ProblemCategory,
      members.map((m) => ({ memberId: m.id, name: m.name, expertise: m.expertise, available: m.available, load: load.get(m.id) ?? 0, pastCases: past.get(m.id) ?? 0 })),
    );
  }

  @Roles('member', 'group_leader')
  @Post(':problemId/claims')
  @ApiOperation({ summary: 'Claim a seat on the item’s team (optionally as its lead). The last seat forms the team.' })
  claim(@Param('problemId', ParseUUIDPipe) problemId: string, @Body(ZodValidationPipe) body: ClaimDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.claiming.claim(problemId, body.lead, staff);
  }

  @Roles('group_leader', 'committee', 'vice_chair', 'admin')
  @Post(':problemId/team')
  @ApiOperation({ summary: 'The group leader (after the claim deadline) or the committee names the team.' })
  assign(@Param('problemId', ParseUUIDPipe) problemId: string, @Body(ZodValidationPipe) body: AssignTeamDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.claiming.assign(problemId, body, staff);
  }
}
