import type { StaffPrincipal } from '@shangliang/auth';
import type { PrismaService } from '@shangliang/persistence';
import { OrganisationAdminUseCases } from './organisation-admin.usecases';

const staff = { staffId: 'admin', role: 'admin', councilId: 'council-city' } as StaffPrincipal;
const group = { id: 'grp-new', communityId: 'com-new', committeeId: 'cmt-01', leaderMemberId: 'mem-007' };

/** A transaction client whose answers each test sets; `calls` records the order of the I/O. */
function fakeDatabase() {
  const calls: string[] = [];
  const record =
    <T>(name: string, answer: () => T) =>
    jest.fn(async () => {
      calls.push(name);
      return answer();
    });
  const answers = {
    community: { id: 'com-new' } as unknown,
    lockedCommittee: [{ id: 'cmt-01' }] as unknown[],
    lockedMember: [{ id: 'mem-007' }] as unknown[],
    groupsOfCommittee: 1,
    ledGroup: null as unknown,
    member: { id: 'mem-007', standing: true, groupId: 'grp-new' } as unknown,
    parent: null as unknown,
    committee: { id: 'cmt-01' } as unknown,
  };
  const tx = {
    $queryRaw: jest.fn(async (sql: TemplateStringsArray) => {
      const text = sql.join('?');
      calls.push(text.includes('special_committees') ? 'lock committee' : 'lock member');
      expect(text).toMatch(/FOR UPDATE/);
      return text.includes('special_committees') ? answers.lockedCommittee : answers.lockedMember;
    }),
    community: { findFirst: record('find community', () => answers.community) },
    memberGroup: {
      count: record('count groups', () => answers.groupsOfCommittee),
      findFirst: record('find led group', () => answers.ledGroup),
      create: record('create group', () => group),
      update: record('update group', () => group),
    },
    member: { findUnique: record('find member', () => answers.member), update: record('move leader', () => answers.member) },
    council: { findUnique: record('find parent', () => answers.parent), create: record('create council', () => ({})) },
    specialCommittee: { findFirst: record('find committee', () => answers.committee), update: record('update committee', () => ({})) },
    viceChair: { findFirst: record('find vice-chair', () => null) },
    organisationAudit: { create: record('audit', () => ({})) },
  };
  const prisma = { $transaction: jest.fn(async (work: (t: typeof tx) => Promise<unknown>) => work(tx)) };
  return { useCases: new OrganisationAdminUseCases(prisma as unknown as PrismaService), calls, answers, tx };
}

const refusal = (p: Promise<unknown>) => p.then(() => 'accepted', (e: { status: number; fields?: { field: string }[] }) => `${e.status}:${e.fields?.[0]?.field}`);

describe('creating a member group', () => {
  it('locks the committee inside the transaction and counts its groups only then', async () => {
    const { useCases, calls } = fakeDatabase();
    await useCases.createGroup(staff, group);
    expect(calls.slice(0, 3)).toEqual(['find community', 'lock committee', 'count groups']);
    expect(calls).toContain('create group');
  });

  it('refuses a third group for a committee, naming committeeId', async () => {
    const { useCases, answers, calls } = fakeDatabase();
    answers.groupsOfCommittee = 2;
    expect(await refusal(useCases.createGroup(staff, group))).toBe('400:committeeId');
    expect(calls).not.toContain('create group');
  });

  it('refuses a leader who already leads another group, naming leaderMemberId, before moving them', async () => {
    const { useCases, answers, calls } = fakeDatabase();
    answers.ledGroup = { id: 'grp-03' };
    expect(await refusal(useCases.createGroup(staff, group))).toBe('400:leaderMemberId');
    expect(calls).not.toContain('move leader');
    expect(calls).not.toContain('create group');
  });

  it('refuses an unknown leader with 400 naming leaderMemberId, not a database error', async () => {
    const { useCases, answers, calls } = fakeDatabase();
    answers.lockedMember = [];
    expect(await refusal(useCases.createGroup(staff, group))).toBe('400:leaderMemberId');
    expect(calls).not.toContain('move leader');
  });

  it("refuses another council's community or committee, naming the field", async () => {
    const first = fakeDatabase();
    first.answers.community = null;
    expect(await refusal(first.useCases.createGroup(staff, group))).toBe('400:communityId');
    const second = fakeDatabase();
    second.answers.lockedCommittee = [];
    expect(await refusal(second.useCases.createGroup(staff, group))).toBe('400:committeeId');
  });

  it('looks the community up within the admin’s council', async () => {
    const { useCases, tx } = fakeDatabase();
    await useCases.createGroup(staff, group);
    expect(tx.community.findFirst).toHaveBeenCalledWith({ where: { id: 'com-new', locality: { councilId: 'council-city' } } });
  });
});

describe('other organisation changes', () => {
  it('refuses an unknown parent council, naming parentId', async () => {
    const { useCases, calls } = fakeDatabase();
    expect(await refusal(useCases.createCouncil(staff, { id: 'council-x', name: '县政协', level: 'county', parentId: 'nowhere' }))).toBe('400:parentId');
    expect(calls).not.toContain('create council');
  });

  it("answers 404 for a committee outside the admin's council, reading it within the council", async () => {
    const { useCases, answers, tx } = fakeDatabase();
    answers.committee = null;
    expect(await refusal(useCases.updateCommittee(staff, 'cmt-elsewhere', { name: '改名' }))).toBe('404:undefined');
    expect(tx.specialCommittee.findFirst).toHaveBeenCalledWith({ where: { id: 'cmt-elsewhere', councilId: 'council-city' } });
    expect(tx.specialCommittee.update).not.toHaveBeenCalled();
  });

  it("refuses to hang a committee under another council's vice-chair, naming viceChairId", async () => {
    const { useCases, tx } = fakeDatabase();
    expect(await refusal(useCases.updateCommittee(staff, 'cmt-01', { viceChairId: 'vc-elsewhere' }))).toBe('400:viceChairId');
    expect(tx.viceChair.findFirst).toHaveBeenCalledWith({ where: { id: 'vc-elsewhere', councilId: 'council-city' } });
  });
});
