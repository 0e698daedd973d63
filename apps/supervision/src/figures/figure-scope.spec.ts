import type { StaffPrincipal } from '@shangliang/auth';
import type { OrganisationDirectory } from '@shangliang/organisation';
import { FigureScope } from './figure-scope';

const staff = (role: StaffPrincipal['role'], place: Partial<StaffPrincipal> = {}): StaffPrincipal => ({
  staffId: 's',
  role,
  displayName: 'x',
  councilId: 'city',
  memberId: null,
  groupId: null,
  localityId: null,
  committeeId: null,
  viceChairId: null,
  departmentId: null,
  ...place,
});

const directory = {
  communityIdsOfCouncil: jest.fn(async () => ['com-01', 'com-02', 'com-03']),
  communityIdsInScope: jest.fn(async (s: { groupId?: string; localityId?: string }) => (s.groupId === 'grp-01' ? ['com-01'] : s.localityId === 'loc-001' ? ['com-01', 'com-02'] : [])),
  councilName: jest.fn(async () => '清溪市政协'),
  localities: jest.fn(async () => [
    { id: 'loc-001', name: '东街道', communities: [{ id: 'com-01' }, { id: 'com-02' }] },
    { id: 'loc-002', name: '西镇', communities: [{ id: 'com-03' }] },
    { id: 'loc-009', name: '空镇', communities: [] },
  ]),
  community: jest.fn(async (id: string) => ({ id, name: `${id}社区`, localityId: 'loc-001' })),
  councilOfCommunity: jest.fn(async () => 'city'),
  group: jest.fn(async (id: string) => ({ id, communityId: id === 'grp-01' ? 'com-01' : 'com-02' })),
  department: jest.fn(async (id: string) => ({ id, name: '住建局', councilId: id === 'dept-county' ? 'county' : 'city' })),
} as unknown as OrganisationDirectory;

describe('whose figures a member of staff may read', () => {
  const scope = new FigureScope(directory);

  it("gives admins, supervisors, committees and vice-chairs their council's by default", async () => {
    for (const role of ['admin', 'supervisor', 'committee', 'vice_chair'] as const) {
      expect(await scope.resolve(staff(role), undefined)).toMatchObject({ area: { kind: 'council', id: 'city' }, communityIds: ['com-01', 'com-02', 'com-03'], wholeCouncil: true });
    }
  });

  it('gives a convener their locality and a group leader their group, and refuses what lies beyond', async () => {
    expect(await scope.resolve(staff('convener', { localityId: 'loc-001' }), undefined)).toMatchObject({ communityIds: ['com-01', 'com-02'] });
    const leader = staff('group_leader', { groupId: 'grp-01' });
    expect(await scope.resolve(leader, undefined)).toMatchObject({ area: { kind: 'group', id: 'grp-01' }, communityIds: ['com-01'] });
    await expect(scope.resolve(leader, 'group:grp-02')).rejects.toMatchObject({ status: 403 });
    await expect(scope.resolve(leader, 'council:city')).rejects.toMatchObject({ status: 403 });
    await expect(scope.resolve(leader, 'locality:loc-009')).rejects.toMatchObject({ status: 403 });
  });

  it("refuses departments, another council's areas, and names a malformed area", async () => {
    await expect(scope.resolve(staff('department', { departmentId: 'dept-housing' }), undefined)).rejects.toMatchObject({ status: 403 });
    await expect(scope.resolve(staff('admin'), 'council:county')).rejects.toMatchObject({ status: 403 });
    await expect(scope.resolve(staff('admin'), 'department:dept-county')).rejects.toMatchObject({ status: 404 });
    await expect(scope.resolve(staff('admin'), 'planet:mars')).rejects.toMatchObject({ status: 400, fields: [{ field: 'area' }] });
  });

  it("counts a department's figures within the caller's own communities", async () => {
    expect(await scope.resolve(staff('convener', { localityId: 'loc-001' }), 'department:dept-housing')).toMatchObject({ departmentId: 'dept-housing', communityIds: ['com-01', 'com-02'] });
  });
});
