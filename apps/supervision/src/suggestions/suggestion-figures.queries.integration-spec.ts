import { randomUUID } from 'node:crypto';
import { loadConfig } from '@shangliang/config';
import { createPrismaClient, databaseConfigFrom, databaseConfigSchema, type PrismaService } from '@shangliang/persistence';
import { adoptionRate, SuggestionFiguresQueries } from './suggestion-figures.queries';
import { SuggestionRepository } from './suggestion.repository';

/**
 * The adoption figure (采纳率) as Postgres counts it: suggestions submitted in [from, to) of one
 * council, optionally those touching some communities. The rows are the test's own council's.
 */
describe('the adoption figures on the real database', () => {
  const prisma = createPrismaClient(databaseConfigFrom(loadConfig(databaseConfigSchema))) as PrismaService;
  const figures = new SuggestionFiguresQueries(new SuggestionRepository(prisma));
  const councilId = `it-${randomUUID().slice(0, 8)}`;
  const at = (day: string) => new Date(`${day}T00:00:00+08:00`);
  const rows: [string, string | null, string, string[]][] = [
    // status, adoption, submitted on, communities
    ['submitted', 'adopted', '2025-01-05', ['c-1']],
    ['submitted', 'adopted', '2025-02-10', ['c-2']],
    ['submitted', 'partly_adopted', '2025-03-31', ['c-1', 'c-2']],
    ['submitted', 'not_adopted', '2025-03-01', ['c-2']],
    ['submitted', 'pending', '2025-02-01', ['c-1']],
    ['submitted', 'adopted', '2025-04-01', ['c-1']], // the next quarter
    ['approved', null, '2025-02-01', ['c-1']], // not submitted: never counted
  ];

  beforeAll(async () => {
    for (const [i, [status, adoption, day, communityIds]] of rows.entries()) {
      await prisma.suggestion.create({
        data: {
          id: randomUUID(),
          councilId,
          reference: `IT-${councilId}-${i}`.slice(0, 32),
          title: `建议 ${i}`,
          text: '内容',
          status,
          communityIds,
          submittedAt: status === 'submitted' ? at(day) : null,
          submittedToKind: status === 'submitted' ? 'government' : null,
          submittedTo: status === 'submitted' ? '市人民政府' : null,
          adoption,
          adoptionReason: adoption === 'not_adopted' ? '资金未落实' : null,
          createdBy: 'it',
        },
      });
    }
  });

  afterAll(async () => {
    await prisma.suggestion.deleteMany({ where: { councilId } });
    await prisma.$disconnect();
  });

  it('counts the suggestions submitted in the quarter, by adoption, and the rate over the decided ones', async () => {
    const q1 = await figures.adoption({ councilId, from: at('2025-01-01'), to: at('2025-04-01'), communityIds: null });
    expect(q1).toEqual({ submitted: 5, decided: 4, adopted: 2, partlyAdopted: 1, notAdopted: 1, pending: 1 });
    expect(adoptionRate(q1)).toBe(0.75);
    expect(await figures.adoption({ councilId, from: at('2025-04-01'), to: at('2025-07-01'), communityIds: null })).toEqual({ submitted: 1, decided: 1, adopted: 1, partlyAdopted: 0, notAdopted: 0, pending: 0 });
  });

  it('narrows to the suggestions touching the given communities', async () => {
    const c2 = await figures.adoption({ councilId, from: at('2025-01-01'), to: at('2025-04-01'), communityIds: ['c-2'] });
    expect(c2).toEqual({ submitted: 3, decided: 3, adopted: 1, partlyAdopted: 1, notAdopted: 1, pending: 0 });
    expect(adoptionRate(c2)).toBe(0.6667);
    expect((await figures.adoption({ councilId, from: at('2025-01-01'), to: at('2025-04-01'), communityIds: [] })).submitted).toBe(0);
    expect((await figures.adoption({ councilId: `${councilId}-other`, from: at('2025-01-01'), to: at('2025-04-01'), communityIds: null })).submitted).toBe(0);
  });
});
