import { randomUUID } from 'node:crypto';
import { loadConfig } from '@shangliang/config';
import { createPrismaClient, databaseConfigFrom, databaseConfigSchema, type PrismaService } from '@shangliang/persistence';
import { ProblemFiguresRepository } from './problem-figures.repository';

/**
 * Problems raised, from the daily rollup (intake.problem_day_counts) the triggers keep: whatever
 * the problems go through — inserted one by one or in bulk, merged into another, moved, deleted —
 * the figures equal a count of the rows. The test's own two communities, in 2017.
 */
describe('problems raised, counted from the daily rollup', () => {
  const prisma = createPrismaClient(databaseConfigFrom(loadConfig(databaseConfigSchema))) as PrismaService;
  const repository = new ProblemFiguresRepository(prisma);
  const tag = randomUUID().slice(0, 8);
  const [A, B] = [`it-${tag}-a`, `it-${tag}-b`];
  const bj = (text: string) => new Date(`${text}+08:00`);
  let seq = 0;
  const problem = (communityId: string, source: string, createdAt: string, category = 'environment') => {
    const n = ++seq;
    return {
      id: randomUUID(),
      reference: `IT-${tag}-${n}`,
      trackingCode: `IT${tag}${n}`.slice(0, 16),
      source,
      category,
      urgency: 'normal',
      title: '测试问题',
      description: '测试问题的描述',
      communityId,
      stage: 'submitted',
      createdAt: bj(createdAt),
    };
  };
  /** The same counts straight from the rows. */
  const recount = async (communityIds: string[], from: Date, to: Date) => {
    const rows = await prisma.problem.findMany({ where: { communityId: { in: communityIds }, createdAt: { gte: from, lt: to }, mergedIntoId: null }, select: { source: true, category: true } });
    const bySource: Record<string, number> = {};
    for (const r of rows) bySource[r.source] = (bySource[r.source] ?? 0) + 1;
    return { bySource, landAcquisitionRaised: rows.filter((r) => r.category === 'land_acquisition').length };
  };
  const figures = async (communityIds: string[], from: Date, to: Date) => {
    const { bySource, landAcquisitionRaised } = await repository.tallyBySource(communityIds, { from, to });
    return { bySource: Object.fromEntries(bySource.filter((t) => t.count !== 0).map((t) => [t.key, t.count])), landAcquisitionRaised };
  };
  const ranges: [string, string][] = [
    ['2017-03-01T00:00:00', '2017-04-01T00:00:00'], // a month: the rollup alone
    ['2017-03-10T00:00:00', '2017-03-11T00:00:00'], // one day
    ['2017-03-10T12:00:00', '2017-03-20T08:30:00'], // parts of days at both ends
    ['2017-03-10T09:00:00', '2017-03-10T18:00:00'], // within one day
  ];
  const expectExact = async () => {
    for (const [from, to] of ranges) {
      for (const communities of [[A], [B], [A, B]]) {
        expect(await figures(communities, bj(from), bj(to))).toEqual(await recount(communities, bj(from), bj(to)));
      }
    }
  };

  afterAll(async () => {
    await prisma.problem.deleteMany({ where: { communityId: { in: [A, B] } } });
    await prisma.$disconnect();
  });

  it('counts problems inserted one at a time and in bulk, by day in Beijing time', async () => {
    await prisma.problem.create({ data: problem(A, 'web', '2017-03-10T00:00:00') });
    await prisma.problem.create({ data: problem(A, 'web', '2017-03-09T23:59:59') });
    await prisma.problem.create({ data: problem(A, 'hotline', '2017-03-10T13:00:00', 'land_acquisition') });
    await prisma.problem.createMany({
      data: [
        problem(A, 'web', '2017-03-20T08:00:00'),
        problem(A, 'studio', '2017-03-20T09:00:00', 'land_acquisition'),
        problem(B, 'web', '2017-03-10T10:00:00'),
        problem(B, 'open311', '2017-03-31T23:30:00'),
        problem(B, 'member_visit', '2017-04-01T00:00:00'),
      ],
    });
    expect(await figures([A, B], bj('2017-03-01T00:00:00'), bj('2017-04-01T00:00:00'))).toEqual({ bySource: { web: 4, hotline: 1, studio: 1, open311: 1 }, landAcquisitionRaised: 2 });
    await expectExact();
  });

  it('stops counting a problem merged into another, and counts it again when unmerged', async () => {
    const [target, duplicate] = await prisma.problem.findMany({ where: { communityId: A, source: 'web' }, orderBy: { createdAt: 'asc' }, take: 2 });
    await prisma.problem.update({ where: { id: duplicate.id }, data: { mergedIntoId: target.id } });
    await expectExact();
    await prisma.problem.update({ where: { id: duplicate.id }, data: { mergedIntoId: null } });
    await expectExact();
  });

  it('follows a problem that changes its channel, category, community or day, and one deleted', async () => {
    const moved = await prisma.problem.findFirstOrThrow({ where: { communityId: B, source: 'web' } });
    await prisma.problem.update({ where: { id: moved.id }, data: { source: 'hotline', category: 'land_acquisition', communityId: A, createdAt: bj('2017-03-15T12:00:00') } });
    await prisma.problem.updateMany({ where: { communityId: A, source: 'studio' }, data: { stage: 'archived' } });
    await expectExact();
    await prisma.problem.deleteMany({ where: { communityId: A, source: 'hotline' } });
    await expectExact();
  });
});
