import { randomUUID } from 'node:crypto';
import { loadConfig } from '@shangliang/config';
import type { PayloadOf } from '@shangliang/contracts';
import { type Outbox, PermanentMessageError, writeOutbox } from '@shangliang/messaging';
import { createPrismaClient, databaseConfigFrom, databaseConfigSchema, type PrismaService, type Tx } from '@shangliang/persistence';
import { MergeProjection } from '../duplicates/merge-projection';
import { NotificationFeed } from '../notification-feed/notification-feed';
import { ProblemRepository } from './problem.repository';
import { RecordProgressUseCase } from './record-progress.usecase';

type ProgressCommand = PayloadOf<'intake', 'problem.progressed'>;

/**
 * Recording the workflow's steps against the real problem bank: one statement records the step
 * once, projects it unless a later one was projected, and hands the notification feed the
 * problem's facts. Each test writes problems of its own and its outbox rows under a source of
 * its own.
 */
describe('recording a problem step', () => {
  const prisma = createPrismaClient(databaseConfigFrom(loadConfig(databaseConfigSchema)));
  const source = `it-${randomUUID().slice(0, 8)}`;
  // The real outbox write under this test's source; publishing is not what is tested here.
  const outbox = { add: (tx: Tx, queue, pattern, payload, id) => writeOutbox(tx, source, queue, pattern, payload, id), flush: () => undefined } as Outbox;
  const record = new RecordProgressUseCase(new ProblemRepository(prisma as unknown as PrismaService), outbox, new MergeProjection(outbox), new NotificationFeed(outbox));

  async function aProblem(): Promise<string> {
    const id = randomUUID();
    const n = randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase();
    await prisma.problem.create({
      data: { id, reference: `IT-${n}`, trackingCode: n.slice(0, 12), source: 'web', category: 'traffic', urgency: 'normal', title: '路灯不亮', description: '小区路灯不亮', communityId: 'com-it', stage: 'submitted' },
    });
    return id;
  }

  const step = (problemId: string, over: Partial<ProgressCommand> = {}): ProgressCommand => ({
    commandId: `${problemId}.run.${randomUUID().slice(0, 8)}`,
    problemId,
    kind: 'stage_entered',
    stage: 'screening',
    detail: {},
    dueAt: '2026-12-03T09:00:00.000Z',
    escalated: false,
    occurredAt: '2026-12-01T09:00:00.000Z',
    ...over,
  });

  const feedRows = () => prisma.outboxMessage.findMany({ where: { source, pattern: 'problem.progressed' }, orderBy: { createdAt: 'asc' } });

  afterAll(async () => {
    // The history is append-only (a trigger refuses deletes), so the problems stay, in a
    // community no council has.
    await prisma.outboxMessage.deleteMany({ where: { source } });
    await prisma.$disconnect();
  });

  it('records a step once: a redelivered command adds no history entry and tells nobody again', async () => {
    const id = await aProblem();
    const resident = randomUUID();
    await prisma.residentContact.create({ data: { id: resident, phoneDigest: `it:${resident}`, consentToCallback: true } });
    await prisma.problemReporter.create({ data: { problemId: id, residentId: resident, source: 'web', how: 'submitted', consentToCallback: true, consentToTexts: true, locale: 'zh-CN' } });
    const command = step(id, { detail: { rung: 'screening' } });

    await record.execute(command);
    await record.execute(command);

    const history = await prisma.problemHistory.findMany({ where: { problemId: id } });
    expect(history.map((h) => [h.eventId, h.kind, h.stage, h.detail])).toEqual([[command.commandId, 'stage_entered', 'screening', { rung: 'screening' }]]);
    const problem = await prisma.problem.findUniqueOrThrow({ where: { id } });
    expect([problem.stage, problem.dueAt?.toISOString(), problem.escalated, problem.progressedAt?.toISOString()]).toEqual(['screening', command.dueAt, false, command.occurredAt]);
    const feed = (await feedRows()).filter((r) => (r.payload as { problemId: string }).problemId === id);
    expect(feed).toHaveLength(1);
    expect(feed[0]!.payload).toMatchObject({ problemId: id, reference: problem.reference, communityId: 'com-it', category: 'traffic', eventId: command.commandId, residentReporterIds: [resident] });
  });

  it('keeps a later step when an earlier one arrives late, but still records the earlier one', async () => {
    const id = await aProblem();
    await record.execute(step(id, { stage: 'assignment', occurredAt: '2026-12-01T10:00:00.000Z', dueAt: null, escalated: true }));
    await record.execute(step(id, { stage: 'screening', occurredAt: '2026-12-01T09:00:00.000Z' }));

    const problem = await prisma.problem.findUniqueOrThrow({ where: { id } });
    expect([problem.stage, problem.dueAt, problem.escalated]).toEqual(['assignment', null, true]);
    expect(await prisma.problemHistory.count({ where: { problemId: id } })).toBe(2);
  });

  it('closes an unsuitable problem with its reason and starts a new stage with the resident clock running', async () => {
    const id = await aProblem();
    await prisma.problem.update({ where: { id }, data: { awaitingResidentSince: new Date('2026-12-01T08:00:00.000Z') } });
    await record.execute(step(id, { kind: 'resident_wait_started', occurredAt: '2026-12-01T08:30:00.000Z' }));
    expect((await prisma.problem.findUniqueOrThrow({ where: { id } })).awaitingResidentSince).not.toBeNull();

    await record.execute(step(id, { stage: 'closed_unsuitable', detail: { reasonCode: 'not_public_interest' }, dueAt: null }));
    const problem = await prisma.problem.findUniqueOrThrow({ where: { id } });
    expect([problem.stage, problem.closedReason, problem.awaitingResidentSince]).toEqual(['closed_unsuitable', 'not_public_interest', null]);
  });

  it('refuses for good a step of a problem the bank does not have, writing nothing', async () => {
    const command = step(randomUUID());
    await expect(record.execute(command)).rejects.toBeInstanceOf(PermanentMessageError);
    expect(await prisma.inboxMessage.count({ where: { messageId: command.commandId } })).toBe(0);
  });
});
