import { randomUUID } from 'node:crypto';
import { loadConfig } from '@shangliang/config';
import { createPrismaClient, databaseConfigFrom, databaseConfigSchema, type PrismaService } from '@shangliang/persistence';
import { CaseFiguresRepository } from './case-figures.repository';

/**
 * Archived cases, from the daily rollup (supervision.case_day_counts) the triggers keep: inserted
 * one by one or in bulk, changed, deleted, for the whole council or one department, the figures
 * equal a count of the rows. The test's own two communities, in 2017.
 */
describe('archived cases, counted from the daily rollup', () => {
  const prisma = createPrismaClient(databaseConfigFrom(loadConfig(databaseConfigSchema))) as PrismaService;
  const repository = new CaseFiguresRepository(prisma);
  const tag = randomUUID().slice(0, 8);
  const [A, B] = [`it-${tag}-a`, `it-${tag}-b`];
  const HOUSING = `it-${tag}-housing`;
  const bj = (text: string) => new Date(`${text}+08:00`);
  let seq = 0;
  const archived = (communityId: string, c: { outcome: string; satisfaction: string | null; at: string; category?: string; departmentId?: string }) => ({
    id: randomUUID(),
    problemId: randomUUID(),
    reference: `IT-${tag}-${++seq}`,
    category: c.category ?? 'environment',
    communityId,
    outcome: c.outcome,
    memberIds: [],
    escalationRungs: [],
    departmentId: c.departmentId ?? null,
    satisfaction: c.satisfaction,
    submittedAt: bj(c.at),
    settledAt: bj(c.at),
    archivedAt: bj(c.at),
  });
  const tally = (rows: { key: string; count: number }[]) => Object.fromEntries(rows.filter((t) => t.count !== 0).map((t) => [t.key, t.count]));
  const figures = async (communityIds: string[], departmentId: string | null, from: Date, to: Date) => {
    const { byOutcome, bySatisfaction, settled } = await repository.archivedTallies({ communityIds, departmentId }, { from, to });
    return { byOutcome: tally(byOutcome), bySatisfaction: tally(bySatisfaction), settled };
  };
  const recount = async (communityIds: string[], departmentId: string | null, from: Date, to: Date) => {
    const rows = await prisma.case.findMany({
      where: { communityId: { in: communityIds }, ...(departmentId ? { departmentId } : {}), archivedAt: { gte: from, lt: to } },
      select: { outcome: true, satisfaction: true, category: true },
    });
    const count = (key: (r: (typeof rows)[number]) => string) => {
      const counts: Record<string, number> = {};
      for (const r of rows) counts[key(r)] = (counts[key(r)] ?? 0) + 1;
      return counts;
    };
    return { byOutcome: count((r) => r.outcome), bySatisfaction: count((r) => r.satisfaction ?? 'none'), settled: rows.filter((r) => r.category === 'land_acquisition' && r.outcome === 'solved').length };
  };
  const ranges: [string, string][] = [
    ['2017-05-01T00:00:00', '2017-06-01T00:00:00'],
    ['2017-05-10T00:00:00', '2017-05-11T00:00:00'],
    ['2017-05-10T12:00:00', '2017-05-20T08:30:00'],
    ['2017-05-10T09:00:00', '2017-05-10T18:00:00'],
  ];
  const expectExact = async () => {
    for (const [from, to] of ranges) {
      for (const [communities, department] of [[[A], null], [[A, B], null], [[A, B], HOUSING]] as [string[], string | null][]) {
        expect(await figures(communities, department, bj(from), bj(to))).toEqual(await recount(communities, department, bj(from), bj(to)));
      }
    }
  };

  afterAll(async () => {
    await prisma.case.deleteMany({ where: { communityId: { in: [A, B] } } });
    await prisma.$disconnect();
  });

  it('counts cases archived one at a time and in bulk, by outcome, answer and department', async () => {
    await prisma.case.create({ data: archived(A, { outcome: 'solved', satisfaction: 'satisfied', at: '2017-05-10T00:00:00', category: 'land_acquisition' }) });
    await prisma.case.create({ data: archived(A, { outcome: 'referred', satisfaction: null, at: '2017-05-09T23:59:59', departmentId: HOUSING }) });
    await prisma.case.createMany({
      data: [
        archived(A, { outcome: 'referred', satisfaction: 'dissatisfied', at: '2017-05-10T13:00:00', departmentId: HOUSING }),
        archived(A, { outcome: 'explained', satisfaction: 'not_reached', at: '2017-05-20T08:00:00' }),
        archived(B, { outcome: 'solved', satisfaction: 'basically_satisfied', at: '2017-05-20T09:00:00', category: 'land_acquisition' }),
        archived(B, { outcome: 'referred', satisfaction: 'satisfied', at: '2017-05-31T23:30:00', departmentId: HOUSING }),
        archived(B, { outcome: 'solved', satisfaction: 'satisfied', at: '2017-06-01T00:00:00' }),
      ],
    });
    expect(await figures([A, B], null, bj('2017-05-01T00:00:00'), bj('2017-06-01T00:00:00'))).toEqual({
      byOutcome: { solved: 2, referred: 3, explained: 1 },
      bySatisfaction: { satisfied: 2, none: 1, dissatisfied: 1, not_reached: 1, basically_satisfied: 1 },
      settled: 2,
    });
    expect((await figures([A, B], HOUSING, bj('2017-05-01T00:00:00'), bj('2017-06-01T00:00:00'))).byOutcome).toEqual({ referred: 3 });
    await expectExact();
  });

  it('follows a case written up (nothing moves), re-answered, moved to another department or day, and deleted', async () => {
    const [first] = await prisma.case.findMany({ where: { communityId: A }, orderBy: { archivedAt: 'asc' }, take: 1 });
    await prisma.case.update({ where: { id: first.id }, data: { writeUp: '委员协调处理', typical: true } });
    await expectExact();
    await prisma.case.update({ where: { id: first.id }, data: { satisfaction: 'satisfied', departmentId: null, archivedAt: bj('2017-05-15T12:00:00') } });
    await prisma.case.updateMany({ where: { communityId: B, outcome: 'solved' }, data: { outcome: 'explained' } });
    await expectExact();
    await prisma.case.deleteMany({ where: { communityId: A, outcome: 'solved' } });
    await expectExact();
  });
});
