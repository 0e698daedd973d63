import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { PrismaService } from '@shangliang/persistence';
import * as C from './organisation-admin.commands';
import { OrganisationAdminUseCases } from './organisation-admin.usecases';
import { RebalanceGroupsUseCase } from './rebalance-groups.usecase';

class AuditQuery extends createZodDto(z.object({ entity: z.string().max(32).optional(), entityId: z.string().max(32).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) })) {}

/** The organisation's admin API (admins change it; vice-chairs may read it). */
@ApiTags('organisation (admin)')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin')
export class OrganisationAdminController {
  constructor(
    private readonly admin: OrganisationAdminUseCases,
    private readonly rebalance: RebalanceGroupsUseCase,
    private readonly prisma: PrismaService,
  ) {}

  @Roles('admin', 'vice_chair')
  @Get('organisation')
  @ApiOperation({ summary: 'The chain of responsibility: vice-chairs → committees → groups → communities, with sizes.' })
  async overview(@CurrentStaff() staff: StaffPrincipal) {
    const viceChairs = await this.prisma.viceChair.findMany({
      where: { councilId: staff.councilId, id: staff.role === 'vice_chair' ? staff.viceChairId ?? '' : undefined },
      orderBy: { id: 'asc' },
      include: {
        committees: {
          orderBy: { id: 'asc' },
          include: { groups: { orderBy: { id: 'asc' }, include: { community: { include: { locality: true } }, _count: { select: { members: true } } } } },
        },
      },
    });
    return viceChairs.map((v) => ({
      id: v.id,
      name: v.name,
      committees: v.committees.map((c) => ({
        id: c.id,
        name: c.name,
        groups: c.groups.map((g) => ({ id: g.id, leaderMemberId: g.leaderMemberId, members: g._count.members, community: { id: g.community.id, name: g.community.name, locality: g.community.locality.name } })),
      })),
    }));
  }

  @Roles('admin', 'vice_chair')
  @Get('councils')
  councils() {
    return this.prisma.council.findMany({ orderBy: { id: 'asc' } });
  }

  @Post('councils')
  @ApiOperation({ summary: 'Add a council: the city, or a county/district (县市区) council running the same programme.' })
  createCouncil(@CurrentStaff() staff: StaffPrincipal, @Body(ZodValidationPipe) body: C.CreateCouncilDto) {
    return this.admin.createCouncil(staff, body);
  }

  @Post('vice-chairs')
  createViceChair(@CurrentStaff() staff: StaffPrincipal, @Body(ZodValidationPipe) body: C.CreateViceChairDto) {
    return this.admin.createViceChair(staff, body);
  }

  @Post('committees')
  createCommittee(@CurrentStaff() staff: StaffPrincipal, @Body(ZodValidationPipe) body: C.CreateCommitteeDto) {
    return this.admin.createCommittee(staff, body);
  }

  @Patch('committees/:id')
  updateCommittee(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Body(ZodValidationPipe) body: C.UpdateCommitteeDto) {
    return this.admin.updateCommittee(staff, id, body);
  }

  @Roles('admin', 'vice_chair')
  @Get('localities')
  localities(@CurrentStaff() staff: StaffPrincipal) {
    return this.prisma.locality.findMany({ where: { councilId: staff.councilId }, orderBy: { id: 'asc' } });
  }

  @Post('localities')
  createLocality(@CurrentStaff() staff: StaffPrincipal, @Body(ZodValidationPipe) body: C.CreateLocalityDto) {
    return this.admin.createLocality(staff, body);
  }

  @Patch('localities/:id')
  updateLocality(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Body(ZodValidationPipe) body: C.UpdateLocalityDto) {
    return this.admin.updateLocality(staff, id, body);
  }

  @Roles('admin', 'vice_chair')
  @Get('communities')
  communities(@CurrentStaff() staff: StaffPrincipal) {
    return this.prisma.community.findMany({ where: { locality: { councilId: staff.councilId } }, orderBy: { id: 'asc' } });
  }

  @Post('communities')
  createCommunity(@CurrentStaff() staff: StaffPrincipal, @Body(ZodValidationPipe) body: C.CreateCommunityDto) {
    return this.admin.createCommunity(staff, body);
  }

  @Patch('communities/:id')
  updateCommunity(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Body(ZodValidationPipe) body: C.UpdateCommunityDto) {
    return this.admin.updateCommunity(staff, id, body);
  }

  @Roles('admin', 'vice_chair')
  @Get('members')
  members(@CurrentStaff() staff: StaffPrincipal, @Query('groupId') groupId?: string) {
    return this.prisma.member.findMany({
      where: { councilId: staff.councilId, groupId: groupId || undefined },
      select: { id: true, name: true, standing: true, expertise: true, lat: true, lng: true, available: true, groupId: true },
      orderBy: { id: 'asc' },
    });
  }

  @Post('members')
  createMember(@CurrentStaff() staff: StaffPrincipal, @Body(ZodValidationPipe) body: C.CreateMemberDto) {
    return this.admin.createMember(staff, body);
  }

  @Patch('members/:id')
  @ApiOperation({ summary: 'Update a member (expertise, residence, availability, group); `groupId: null` when they leave.' })
  updateMember(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Body(ZodValidationPipe) body: C.UpdateMemberDto) {
    return this.admin.updateMember(staff, id, body);
  }

  @Roles('admin', 'vice_chair')
  @Get('groups')
  groups(@CurrentStaff() staff: StaffPrincipal) {
    return this.prisma.memberGroup.findMany({
      where: { community: { locality: { councilId: staff.councilId } } },
      include: { _count: { select: { members: true } } },
      orderBy: { id: 'asc' },
    });
  }

  @Post('groups')
  createGroup(@CurrentStaff() staff: StaffPrincipal, @Body(ZodValidationPipe) body: C.CreateGroupDto) {
    return this.admin.createGroup(staff, body);
  }

  @Patch('groups/:id')
  @ApiOperation({ summary: 'Change a group’s leader (a standing member of the group) or its special committee.' })
  updateGroup(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Body(ZodValidationPipe) body: C.UpdateGroupDto) {
    return this.admin.updateGroup(staff, id, body);
  }

  @Post('groups/balance')
  @ApiOperation({ summary: 'Balanced groups by residence (exact min-cost flow, fewest moves): a proposal, or applied with `apply: true`.' })
  balance(@CurrentStaff() staff: StaffPrincipal, @Body(ZodValidationPipe) body: C.RebalanceDto) {
    return this.rebalance.execute(staff, body.apply);
  }

  @Roles('admin', 'vice_chair')
  @Get('departments')
  departments(@CurrentStaff() staff: StaffPrincipal) {
    return this.prisma.department.findMany({ where: { councilId: staff.councilId }, orderBy: { id: 'asc' } });
  }

  @Post('departments')
  createDepartment(@CurrentStaff() staff: StaffPrincipal, @Body(ZodValidationPipe) body: C.CreateDepartmentDto) {
    return this.admin.createDepartment(staff, body);
  }

  @Patch('departments/:id')
  updateDepartment(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Body(ZodValidationPipe) body: C.UpdateDepartmentDto) {
    return this.admin.updateDepartment(staff, id, body);
  }

  @Get('audit')
  @ApiOperation({ summary: 'Who changed what in the organisation, newest first.' })
  async auditLog(@Query(ZodValidationPipe) query: AuditQuery) {
    const rows = await this.prisma.organisationAudit.findMany({
      where: { entity: query.entity, entityId: query.entityId },
      orderBy: { id: 'desc' },
      take: query.limit,
    });
    return rows.map((r) => ({ ...r, id: r.id.toString() }));
  }
}
