import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import * as C from './organisation-admin.commands';
import { OrganisationAdminQueries } from './organisation-admin.queries';
import { OrganisationAdminUseCases } from './organisation-admin.usecases';
import { RebalanceGroupsUseCase } from './rebalance-groups.usecase';

class AuditQuery extends createZodDto(z.object({ entity: z.string().max(32).optional(), entityId: z.string().max(32).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) })) {}

/**
 * The organisation's admin API, within the admin's own council. Admins read and change it; a
 * vice-chair may read only the overview of their own part (the lists carry members' home
 * coordinates and conveners' phones).
 */
@ApiTags('organisation (admin)')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin')
export class OrganisationAdminController {
  constructor(
    private readonly admin: OrganisationAdminUseCases,
    private readonly rebalance: RebalanceGroupsUseCase,
    private readonly queries: OrganisationAdminQueries,
  ) {}

  @Roles('admin', 'vice_chair')
  @Get('organisation')
  @ApiOperation({ summary: 'The chain of responsibility: vice-chairs → committees → groups → communities, with sizes (a vice-chair sees their own).' })
  overview(@CurrentStaff() staff: StaffPrincipal) {
    return this.queries.overview(staff);
  }

  @Get('councils')
  councils() {
    return this.queries.councils();
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

  @Get('localities')
  localities(@CurrentStaff() staff: StaffPrincipal) {
    return this.queries.localities(staff);
  }

  @Post('localities')
  createLocality(@CurrentStaff() staff: StaffPrincipal, @Body(ZodValidationPipe) body: C.CreateLocalityDto) {
    return this.admin.createLocality(staff, body);
  }

  @Patch('localities/:id')
  updateLocality(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Body(ZodValidationPipe) body: C.UpdateLocalityDto) {
    return this.admin.updateLocality(staff, id, body);
  }

  @Get('communities')
  communities(@CurrentStaff() staff: StaffPrincipal) {
    return this.queries.communities(staff);
  }

  @Post('communities')
  createCommunity(@CurrentStaff() staff: StaffPrincipal, @Body(ZodValidationPipe) body: C.CreateCommunityDto) {
    return this.admin.createCommunity(staff, body);
  }

  @Patch('communities/:id')
  updateCommunity(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Body(ZodValidationPipe) body: C.UpdateCommunityDto) {
    return this.admin.updateCommunity(staff, id, body);
  }

  @Get('members')
  members(@CurrentStaff() staff: StaffPrincipal, @Query('groupId') groupId?: string) {
    return this.queries.members(staff, groupId);
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

  @Get('groups')
  groups(@CurrentStaff() staff: StaffPrincipal) {
    return this.queries.groups(staff);
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

  @Get('departments')
  departments(@CurrentStaff() staff: StaffPrincipal) {
    return this.queries.departments(staff);
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
  @ApiOperation({ summary: 'Who changed what in your council’s organisation, newest first.' })
  auditLog(@CurrentStaff() staff: StaffPrincipal, @Query(ZodValidationPipe) query: AuditQuery) {
    return this.queries.audit(staff, query);
  }
}
