import { ApiClient } from '@shangliang/testing';
import { demoCity } from './support/problem-flows';

describe('organisation administration', () => {
  let admin: ApiClient;
  beforeAll(async () => {
    admin = await ApiClient.login('admin');
  });

  it('proposes balanced groups by residence with each member’s distance and reason', async () => {
    const proposal = await admin.post('assignment', '/admin/groups/balance', { apply: false });
    expect(proposal.status).toBe(201);
    const sizes = Object.values(proposal.body.groupSizes) as number[];
    expect(sizes).toHaveLength(18);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(proposal.body.moves).toBe(0); // the demo city was built by the same balancing
    expect(proposal.body.assignments[0]).toEqual(expect.objectContaining({ distanceKm: expect.any(Number), rank: expect.any(Number), reason: expect.objectContaining({ zh: expect.any(String) }) }));
  });

  it('adds a member, rebalances with the fewest moves and audits every change', async () => {
    const community = demoCity.communities[0];
    const created = await admin.post('assignment', '/admin/members', {
      id: 'mem-900',
      name: '新委员',
      phone: '13600000900',
      expertise: ['law'],
      lat: community.lat,
      lng: community.lng,
    });
    expect(created.status).toBe(201);
    const proposal = await admin.post('assignment', '/admin/groups/balance', { apply: true });
    expect(proposal.status).toBe(201);
    expect(proposal.body.applied).toBe(true);
    const sizes = Object.values(proposal.body.groupSizes) as number[];
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    // 227 members over 18 groups: the newcomer joins a group with room; nobody else needs to move.
    const moved = proposal.body.assignments.filter((a: { moved: boolean; memberId: string }) => a.moved && a.memberId !== 'mem-900');
    expect(moved).toEqual([]);
    expect(proposal.body.joins).toBe(1);
    const placed = proposal.body.assignments.find((a: { memberId: string }) => a.memberId === 'mem-900');
    expect((await admin.get('assignment', `/admin/members?groupId=${placed.groupId}`)).body.map((m: { id: string }) => m.id)).toContain('mem-900');

    const audit = await admin.get('assignment', '/admin/audit?limit=10');
    expect(audit.body.map((a: { action: string; entity: string }) => `${a.action}:${a.entity}`)).toEqual(expect.arrayContaining(['create:member', 'rebalance:member_groups']));
  });

  it('requires a group leader to be a standing member of the group, naming the field', async () => {
    const group = demoCity.memberGroups[1];
    const notStanding = demoCity.members.find((m) => m.groupId === group.id && !m.standing)!;
    const res = await admin.patch('assignment', `/admin/groups/${group.id}`, { leaderMemberId: notStanding.id });
    expect(res.status).toBe(400);
    expect(res.body.fields[0].field).toBe('leaderMemberId');
  });

  it('keeps a special committee to at most two member groups', async () => {
    const full = demoCity.specialCommittees.find((c) => c.memberGroupIds.length === 2)!;
    const other = demoCity.memberGroups.find((g) => g.specialCommitteeId !== full.id)!;
    const res = await admin.patch('assignment', `/admin/groups/${other.id}`, { committeeId: full.id });
    expect(res.status).toBe(400);
    expect(res.body.fields[0].field).toBe('committeeId');
  });

  it('supports a county council with the same shape', async () => {
    const res = await admin.post('assignment', '/admin/councils', { id: 'council-county-1', name: '清溪县政协', level: 'county', parentId: 'council-city' });
    expect(res.status).toBe(201);
    expect((await admin.get('assignment', '/admin/councils')).body.map((c: { id: string }) => c.id)).toContain('council-county-1');
  });
});
