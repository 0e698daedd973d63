import { randomUUID } from 'node:crypto';
import { loadConfig } from '@shangliang/config';
import { createPrismaClient, databaseConfigFrom, databaseConfigSchema, Prisma, type PrismaService } from '@shangliang/persistence';
import { CaseRepository, RANKED_POOL, RECENT_PROBE } from './case.repository';

/**
 * Case search finds the newest RANKED_POOL matches of a text query by three roads — among the
 * newest cases read in archive order, in widening windows through the character pairs' index,
 * or all at once within a settled period — and whichever it takes, the pool is the newest
 * matches of all, as a plain scan of every case counts them. The test's own communities.
 */
describe('case search: the newest matches, whichever way they are found', () => {
  const prisma = createPrismaClient(databaseConfigFrom(loadConfig(databaseConfigSchema))) as PrismaService;
  const repository = new CaseRepository(prisma);
  const tag = randomUUID().slice(0, 8);
  const [A, B] = [`it-${tag}-a`, `it-${tag}-b`];
  const HOUR = 3_600_000;
  let seq = 0;
  const kase = (communityId: string, title: string, hoursAgo: number) => {
    const at = new Date(Date.now() - hoursAgo * HOUR);
    return {
      id: randomUUID(),
      problemId: randomUUID(),
      reference: `IT-${tag}-${String(++seq).padStart(5, '0')}`,
      category: 'environment',
      communityId,
      outcome: 'solved',
      memberIds: [],
      escalationRungs: [],
      satisfaction: 'satisfied',
      submittedAt: new Date(at.getTime() - 240 * HOUR),
      settledAt: at,
      archivedAt: at,
      title,
    };
  };
  /** Every match, newest first, read by a plain scan (no index, no pool, no window). */
  const plainScan = async (term: string, extra: Prisma.Sql = Prisma.sql`true`) =>
    (
      await prisma.$queryRaw<{ id: string }[]>`
        SELECT id FROM supervision.cases WHERE community_id IN (${A}, ${B}) AND ${extra}
           AND (coalesce(title, '') || ' ' || coalesce(write_up, '') || ' ' || coalesce(outcome_note, '')) ILIKE ${`%${term}%`}
         ORDER BY archived_at DESC, id ASC`
    ).map((r) => r.id);
  const search = (q: string, page: { skip: number; take: number }, period: { settledFrom?: Date; settledTo?: Date } = {}) =>
    repository.search({ councilCommunityIds: [A, B], q, ...period, ...page });

  beforeAll(async () => {
    const rows = [
      // The newest RECENT_PROBE + 100 cases of the two communities, none about the stairwell leak.
      ...Array.from({ length: RECENT_PROBE + 100 }, (_, i) => kase(i % 2 ? A : B, `${tag}小区健身器材损坏`, i * 0.01)),
      // 210 about the stairwell leak, 3 to 24 days old: not among the newest, but within a month.
      ...Array.from({ length: RANKED_POOL + 10 }, (_, i) => kase(i % 2 ? A : B, `${tag}楼道漏水严重`, 72 + i * 2)),
      // 260 whose residents said they were satisfied, among the newest: the pool fills there.
      ...Array.from({ length: RANKED_POOL + 60 }, (_, i) => kase(A, `${tag}路灯修复，居民表示满意`, i * 0.013 + 0.005)),
      // … and 250 more of them a month or two ago, which a pool of the newest must not hold.
      ...Array.from({ length: RANKED_POOL + 50 }, (_, i) => kase(B, `${tag}垃圾清运及时，居民表示满意`, 720 + i * 5)),
      // 30 about compensation, spread over two years: every window is looked in, then all.
      ...Array.from({ length: 30 }, (_, i) => kase(B, `${tag}拆迁补偿纠纷`, 100 + i * 580)),
    ];
    await prisma.case.createMany({ data: rows });
    // The statistics the search reads each term's rarest pair from.
    await prisma.$executeRaw`ANALYZE supervision.cases`;
  });

  afterAll(async () => {
    await prisma.case.deleteMany({ where: { communityId: { in: [A, B] } } });
    await prisma.$disconnect();
  });

  const poolOf = async (q: string, period: { settledFrom?: Date; settledTo?: Date } = {}) => {
    const [rows] = await search(q, { skip: 0, take: RANKED_POOL }, period);
    return rows.map((r) => r.id);
  };

  it('finds a common phrase among the newest cases: the pool is the newest matches, ranked', async () => {
    const all = await plainScan('居民表示满意');
    expect(all).toHaveLength(2 * RANKED_POOL + 110);
    expect(new Set(await poolOf('居民表示满意'))).toEqual(new Set(all.slice(0, RANKED_POOL)));
    // Past the pool, the rest newest first, and the total counted.
    const [rest, total] = await search('居民表示满意', { skip: RANKED_POOL, take: 100 });
    expect(rest.map((r) => r.id)).toEqual(all.slice(RANKED_POOL, RANKED_POOL + 100));
    expect(total).toEqual({ total: 2 * RANKED_POOL + 110, totalIsLowerBound: false });
  });

  it('finds a term that is not among the newest cases in the windows further back', async () => {
    const all = await plainScan('楼道漏水');
    expect(all).toHaveLength(RANKED_POOL + 10);
    expect(new Set(await poolOf('楼道漏水'))).toEqual(new Set(all.slice(0, RANKED_POOL)));
    const [rest] = await search('漏水', { skip: RANKED_POOL, take: 50 });
    expect(rest.map((r) => r.id)).toEqual(all.slice(RANKED_POOL));
  });

  it('finds a rare term in all the cases when no window holds a pool of it', async () => {
    const pool = await poolOf('拆迁补偿');
    expect(pool).toHaveLength(30);
    expect(new Set(pool)).toEqual(new Set(await plainScan('拆迁补偿')));
  });

  it('looks a term up by one of its own pairs, the rarest the statistics know; a term without a pair by none', async () => {
    const [row] = await prisma.$queryRaw<{ rarest: number[]; frequency: number | null; pairs: number[] }[]>`
      SELECT r.pair AS rarest, r.frequency, supervision.text_bigrams('健身器材') AS pairs FROM supervision.rarest_text_bigram('健身器材') AS r`;
    expect(row!.rarest).toHaveLength(1);
    expect(row!.pairs).toContain(row!.rarest[0]);
    // The share of cases holding it, as the statistics (analysed after the inserts) tell.
    expect(row!.frequency).toBeGreaterThan(0);
    expect(row!.frequency).toBeLessThanOrEqual(1);
    const [none] = await prisma.$queryRaw<{ rarest: number[] }[]>`SELECT (supervision.rarest_text_bigram('--')).pair AS rarest`;
    expect(none!.rarest).toEqual([]);
  });

  it('finds the matches within a settled period, however old', async () => {
    const settledFrom = new Date(Date.now() - 400 * 24 * HOUR);
    const settledTo = new Date(Date.now() - 30 * 24 * HOUR);
    const inPeriod = await plainScan('拆迁补偿', Prisma.sql`settled_at >= ${settledFrom} AND settled_at < ${settledTo}`);
    expect(inPeriod.length).toBeGreaterThan(10);
    expect(inPeriod.length).toBeLessThan(30);
    expect(new Set(await poolOf('拆迁补偿', { settledFrom, settledTo }))).toEqual(new Set(inPeriod));
    // A common phrase: the newest of the period's, not the newest of all.
    const satisfied = await plainScan('居民表示满意', Prisma.sql`settled_at >= ${settledFrom} AND settled_at < ${settledTo}`);
    expect(satisfied.length).toBeGreaterThan(RANKED_POOL);
    expect(new Set(await poolOf('居民表示满意', { settledFrom, settledTo }))).toEqual(new Set(satisfied.slice(0, RANKED_POOL)));
  });
});
