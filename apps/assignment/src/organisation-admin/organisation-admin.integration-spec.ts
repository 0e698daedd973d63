import { randomUUID } from 'node:crypto';
import type { StaffPrincipal } from '@shangliang/auth';
import { loadConfig } from '@shangliang/config';
import { createPrismaClient, databaseConfigFrom, databaseConfigSchema, type PrismaService } from '@shangliang/persistence';
import { OrganisationAdminUseCases } from './organisation-admin.usecases';

/**
 * The admin use cases against the real organisation tables: row locks under concurrent writes
 * and the council boundary as Postgres evaluates it. Everything is made in two councils of the
 * test's own (far from the demo city) and removed afterwards.
 */
describe('organisation admin on the real database', () => {
  const prisma = createPrismaClient(databaseConfigFrom(loadConfig(databaseConfigSchema))) as PrismaService;
  const admin = new OrganisationAdminUseCases(prisma);
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `it${run}-${name}`;
  const staffOf = (councilId: string): StaffPrincipal => ({
    staffId: id('admin'),
    role: 'admin',
    displayName: 'integration admin',
    councilId,
    memberId: null,
    groupId: null,
    localityId: null,
    committeeId: null,
    viceChairId: null,
    departmentId: null,
  });
  const mine = staffOf(id('council'));
  const theirs = staffOf(id('other'));
  const studio = { studioAddress: '测试地址', studioHours: '周一', studioDuty: [] };

  async function seedCouncil(staff: StaffPrincipal, tag: string) {
    await admin.createCouncil(staff, { id: staff.councilId, name: `测试政协 ${tag}`, level: 'county' });
    await admin.createViceChair(staff, { id: id(`${tag}-vc`), name: '副主席' });
    await admin.createCommittee(staff, { id: id(`${tag}-cmt`), name: '专委会', viceChairId: id(`${tag}-vc`) });
    await admin.createLocality(staff, { id: id(`${tag}-loc`), name: '街道', kind: 'street', convenerName: '召集人', convenerPhone: '13600000000', ...studio });
    for (const n of [1, 2, 3]) {
      await admin.createCommunity(staff, { id: id(`${tag}-com${n}`), localityId: id(`${tag}-loc`), name: `社区${n}`, lat: -45, lng: -170, ...studio });
      await admin.createMember(staff, { id: id(`${tag}-mem${n}`), name: `委员${n}`, phone: '13600000001', standing: true, expertise: ['law'], lat: -45, lng: -170, available: true });
    }
  }

  beforeAll(async () => {
    await seedCouncil(mine, 'a');
    await seedCouncil(theirs, 'b');
  });

  afterAll(async () => {
    const ids = { startsWith: `it${run}-` };
    await prisma.member.deleteMany({ where: { id: ids } });
    await prisma.memberGroup.deleteMany({ where: { id: ids } });
    await prisma.community.deleteMany({ where: { id: ids } });
    await prisma.locality.deleteMany({ where: { id: ids } });
    await prisma.specialCommittee.deleteMany({ where: { id: ids } });
    await prisma.viceChair.deleteMany({ where: { id: ids } });
    await prisma.council.deleteMany({ where: { id: ids } });
    await prisma.organisationAudit.deleteMany({ where: { actorId: id('admin') } });
    await prisma.$disconnect();
  });

  const outcome = (p: Promise<unknown>) =>
    p.then(
      () => 'created',
      (e: { status?: number; fields?: { field: string }[] }) => `${e.status}:${e.fields?.[0]?.field}`,
    );

  it('lets only two of three groups created at once join one special committee', async () => {
    const results = await Promise.all(
      [1, 2, 3].map((n) => outcome(admin.createGroup(mine, { id: id(`a-grp${n}`), communityId: id(`a-com${n}`), committeeId: id('a-cmt'), leaderMemberId: id(`a-mem${n}`) }))),
    );
    expect(results.sort()).toEqual(['400:committeeId', 'created', 'created']);
    expect(await prisma.memberGroup.count({ where: { committeeId: id('a-cmt') } })).toBe(2);
  });

  it('lets a member lead one new group only, however many are created at once', async () => {
    await admin.createCommittee(theirs, { id: id('b-cmt2'), name: '专委会二', viceChairId: id('b-vc') });
    const results = await Promise.all(
      [1, 2].map((n) => outcome(admin.createGroup(theirs, { id: id(`b-grp${n}`), communityId: id(`b-com${n}`), committeeId: id(n === 1 ? 'b-cmt' : 'b-cmt2'), leaderMemberId: id('b-mem3') }))),
    );
    expect(results.sort()).toEqual(['400:leaderMemberId', 'created']);
  });

  it("does not find another council's entities to update", async () => {
    const refused = await Promise.all([
      outcome(admin.updateCommittee(mine, id('b-cmt'), { name: '改名' })),
      outcome(admin.updateLocality(mine, id('b-loc'), { name: '改名' })),
      outcome(admin.updateCommunity(mine, id('b-com1'), { name: '改名' })),
      outcome(admin.updateMember(mine, id('b-mem1'), { available: false })),
      outcome(admin.updateGroup(mine, id('b-grp1'), { committeeId: id('a-cmt') })),
    ]);
    expect(refused).toEqual(Array(5).fill('404:undefined'));
    expect(await outcome(admin.updateCommunity(mine, id('a-com1'), { name: '东园' }))).toBe('created');
  });

  it("refuses to link to another council's vice-chair, locality, committee, community, member or group, naming the field", async () => {
    const refused = await Promise.all([
      outcome(admin.createCommittee(mine, { id: id('a-x1'), name: 'x', viceChairId: id('b-vc') })),
      outcome(admin.updateCommittee(mine, id('a-cmt'), { viceChairId: id('b-vc') })),
      outcome(admin.createCommunity(mine, { id: id('a-x2'), localityId: id('b-loc'), name: 'x', lat: 0, lng: 0, ...studio })),
      outcome(admin.createMember(mine, { id: id('a-x3'), name: 'x', phone: '13600000002', standing: false, expertise: ['law'], lat: 0, lng: 0, available: true, groupId: id('b-grp1') })),
      outcome(admin.updateMember(mine, id('a-mem3'), { groupId: id('b-grp1') })),
      outcome(admin.createGroup(mine, { id: id('a-x4'), communityId: id('b-com3'), committeeId: id('a-cmt'), leaderMemberId: id('a-mem3') })),
      outcome(admin.createGroup(mine, { id: id('a-x5'), communityId: id('a-com3'), committeeId: id('b-cmt2'), leaderMemberId: id('a-mem3') })),
      outcome(admin.createGroup(theirs, { id: id('b-x6'), communityId: id('b-com3'), committeeId: id('b-cmt2'), leaderMemberId: id('a-mem3') })),
    ]);
    expect(refused).toEqual([
      '400:viceChairId',
      '400:viceChairId',
      '400:localityId',
      '400:groupId',
      '400:groupId',
      '400:communityId',
      '400:committeeId',
      '400:leaderMemberId',
    ]);
  });

  it('refuses an unknown parent council, naming parentId', async () => {
    expect(await outcome(admin.createCouncil(mine, { id: id('c'), name: 'x', level: 'county', parentId: id('nowhere') }))).toBe('400:parentId');
  });
});
