import { randomUUID } from 'node:crypto';
import { loadConfig } from '@shangliang/config';
import { createPrismaClient, databaseConfigFrom, databaseConfigSchema, type PrismaService } from '@shangliang/persistence';
import { ReferralRepository } from './referral.repository';

/**
 * Admins and supervisors list their council's referrals by the community each referral carries
 * (kept by triggers from its item), not by joining every item: the same referrals, in the same
 * order, as the items' own communities say. The test's own communities and department.
 */
describe("the referrals list: a council's referrals by their items' communities", () => {
  const prisma = createPrismaClient(databaseConfigFrom(loadConfig(databaseConfigSchema))) as PrismaService;
  const repository = new ReferralRepository(prisma);
  const tag = randomUUID().slice(0, 8);
  const [A, B] = [`it-${tag}-a`, `it-${tag}-b`];
  const department = `it-${tag}-dept`;
  const due = new Date('2027-03-01T08:00:00Z');
  const items = [A, A, B, A, B].map((communityId, i) => ({ problemId: randomUUID(), communityId, lead: i === 4 ? `it-${tag}-lead` : `it-${tag}-other` }));
  // Two referrals due at the same moment: the id decides their order.
  const referrals = items.map((item, i) => ({ id: randomUUID(), problemId: item.problemId, dueAt: new Date(due.getTime() + (i < 2 ? 0 : i) * 3_600_000) }));

  const list = (scope: Parameters<ReferralRepository['list']>[0]['scope'], more: { status?: string; awaitingLead?: boolean } = {}) =>
    repository.list({ scope, ...more, take: 50, skip: 0 });
  /** The referrals of a community as the items say, earliest deadline first, by a plain join. */
  const byItems = async (communityId: string) =>
    (
      await prisma.$queryRaw<{ id: string }[]>`
        SELECT r.id::text AS id FROM consultation.referrals r JOIN consultation.consultation_items i ON i.problem_id = r.problem_id
         WHERE i.community_id = ${communityId} ORDER BY r.due_at, r.id`
    ).map((r) => r.id);

  beforeAll(async () => {
    await prisma.consultationItem.createMany({
      data: items.map((item, i) => ({
        problemId: item.problemId,
        reference: `IT-${tag}-${i}`,
        category: 'environment',
        communityId: item.communityId,
        leadMemberId: item.lead,
        memberIds: [item.lead],
        status: 'concluded',
        dueAt: due,
      })),
    });
    // Written as the service writes them: without the community, which the trigger sets.
    await prisma.referral.createMany({
      data: referrals.map((r, i) => ({ ...r, departmentId: department, request: '请处理', status: i === 3 ? 'returned' : 'open' })),
    });
  });

  afterAll(async () => {
    await prisma.referral.deleteMany({ where: { departmentId: department } });
    await prisma.consultationItem.deleteMany({ where: { communityId: { in: [A, B] } } });
    await prisma.$disconnect();
  });

  it("lists a community's referrals as its items say, earliest deadline first, the id breaking ties, with the total", async () => {
    const [rows, total] = await list({ communityIds: [A] });
    expect(rows.map((r) => r.id)).toEqual(await byItems(A));
    expect(rows).toHaveLength(3);
    expect(total).toEqual({ total: 3, totalIsLowerBound: false });
    const [both] = await list({ communityIds: [A, B] });
    expect(both.map((r) => r.id)).toEqual([...referrals].sort((x, y) => x.dueAt.getTime() - y.dueAt.getTime() || (x.id < y.id ? -1 : 1)).map((r) => r.id));
  });

  it("keeps a referral with its item when the item moves to another community", async () => {
    await prisma.consultationItem.update({ where: { problemId: items[0]!.problemId }, data: { communityId: B } });
    try {
      expect((await list({ communityIds: [B] }))[0].map((r) => r.id)).toEqual(await byItems(B));
      expect((await list({ communityIds: [A] }))[0].map((r) => r.id)).not.toContain(referrals[0]!.id);
    } finally {
      await prisma.consultationItem.update({ where: { problemId: items[0]!.problemId }, data: { communityId: A } });
    }
  });

  it("lists a department's own, a team lead's items', and what awaits the lead, with their totals", async () => {
    expect((await list({ departmentId: department }))[1]).toEqual({ total: 5, totalIsLowerBound: false });
    const [led, ledTotal] = await list({ leadMemberId: `it-${tag}-lead` });
    expect(led.map((r) => r.id)).toEqual([referrals[4]!.id]);
    expect(ledTotal).toEqual({ total: 1, totalIsLowerBound: false });
    const [awaiting] = await list({ communityIds: [A, B] }, { awaitingLead: true });
    expect(awaiting.map((r) => r.id)).toEqual([referrals[3]!.id]);
    expect((await list({ communityIds: [A, B] }, { status: 'open' }))[1]).toEqual({ total: 4, totalIsLowerBound: false });
  });
});
