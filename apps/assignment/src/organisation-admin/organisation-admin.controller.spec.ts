import { METHOD_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { ROLES, type StaffPrincipal } from '@shangliang/auth';
import { OrganisationAdminController } from './organisation-admin.controller';
import type { OrganisationAdminQueries } from './organisation-admin.queries';
import type { OrganisationAdminUseCases } from './organisation-admin.usecases';
import type { RebalanceGroupsUseCase } from './rebalance-groups.usecase';

const handlers = Object.getOwnPropertyNames(OrganisationAdminController.prototype).filter((name) => name !== 'constructor');
const prototype = OrganisationAdminController.prototype as unknown as Record<string, object>;
const rolesOf = (name: string): string[] => Reflect.getMetadata(ROLES, prototype[name]) ?? Reflect.getMetadata(ROLES, OrganisationAdminController);
const isGet = (name: string) => Reflect.getMetadata(METHOD_METADATA, prototype[name]) === RequestMethod.GET;

describe('the organisation admin controller', () => {
  it('lets a vice-chair read only the overview of their own part, not the lists with home coordinates and phones', () => {
    const readable = handlers.filter((name) => rolesOf(name).includes('vice_chair'));
    expect(readable).toEqual(['overview']);
    expect(handlers.filter(isGet).length).toBeGreaterThan(5);
    for (const name of handlers) expect(rolesOf(name)).toContain('admin');
  });

  it('reads through the queries, within the caller’s council', async () => {
    const staff = { councilId: 'council-city', role: 'admin' } as StaffPrincipal;
    const queries = { members: jest.fn().mockResolvedValue([]), overview: jest.fn().mockResolvedValue([]) };
    const controller = new OrganisationAdminController({} as OrganisationAdminUseCases, {} as RebalanceGroupsUseCase, queries as unknown as OrganisationAdminQueries);
    await controller.members(staff, 'grp-01');
    await controller.overview(staff);
    expect(queries.members).toHaveBeenCalledWith(staff, 'grp-01');
    expect(queries.overview).toHaveBeenCalledWith(staff);
  });
});
