import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { loadConfig } from '@shangliang/config';
import { patternsOf } from '@shangliang/contracts';
import { createPrismaClient, databaseConfigFrom, databaseConfigSchema } from '@shangliang/persistence';
import { BullMqTransport } from './bullmq.transport';
import { DeadLetters } from './dead-letters';
import { MessageReceipts, MessageReconciler } from './message-ledger';
import { MessagePublisher } from './message-publisher';
import { OutboxRelay, writeOutbox } from './outbox';

const redisOptions = { host: process.env.REDIS_HOST ?? '127.0.0.1', port: Number(process.env.REDIS_PORT ?? 6391), maxRetriesPerRequest: null };
const QUEUE = 'hotline-callbacks';
const PATTERN = 'status-callback.deliver';

/**
 * The outbox and the reconciler against the real Postgres and Redis. Each test sends as a
 * source of its own, on a queue prefix of its own, and removes what it wrote.
 */
describe('the message ledger', () => {
  const prisma = createPrismaClient(databaseConfigFrom(loadConfig(databaseConfigSchema)));
  const prefix = `ledger-test-${randomUUID().slice(0, 8)}`;
  const redis = new Redis(redisOptions);
  const publisher = new MessagePublisher(redis, prefix);
  const queue = new Queue(QUEUE, { connection: redis, prefix });
  const source = `it-${randomUUID().slice(0, 8)}`;

  const send = (callbackId: string) => prisma.$transaction((tx) => writeOutbox(tx, source, QUEUE, PATTERN, { callbackId }));
  const row = (id: string) => prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
  const jobState = (id: string) => queue.getJobState(id);

  /** Runs a consumer (acknowledging on `receipts`, if any) until the message's job completed. */
  async function consume(messageId: string, receipts: MessageReceipts | null): Promise<void> {
    const transport = new BullMqTransport({ queue: QUEUE, connection: new Redis(redisOptions), prefix, concurrency: 4 });
    for (const pattern of patternsOf(QUEUE)) transport.addHandler(pattern, async () => undefined, true);
    if (receipts) transport.acknowledgeWith(receipts);
    await new Promise<void>((resolve, reject) => transport.listen((error) => (error ? reject(error) : resolve())));
    try {
      for (let i = 0; i < 100 && (await jobState(messageId)) !== 'completed'; i++) await new Promise((r) => setTimeout(r, 50));
      expect(await jobState(messageId)).toBe('completed');
    } finally {
      await transport.close();
    }
  }

  afterAll(async () => {
    await prisma.outboxMessage.deleteMany({ where: { source } });
    await prisma.inboxMessage.deleteMany({ where: { consumer: { startsWith: `${source}.` } } });
    await publisher.close();
    await queue.obliterate({ force: true });
    await queue.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    await prisma.$disconnect();
  });

  it('dead-letters a poison row while the rows behind it publish, and lets an admin re-drive it', async () => {
    // A row no relay can publish (its payload breaks the contract), written before good ones.
    const poison = randomUUID();
    await prisma.outboxMessage.create({ data: { id: poison, source, queue: QUEUE, pattern: PATTERN, payload: { nothing: true } } });
    const good = [await send('cb-1'), await send('cb-2'), await send('cb-3')];
    const relay = new OutboxRelay(prisma, publisher, { source, retry: { maxAttempts: 3, baseMs: 1, maxMs: 1 } });

    expect(await relay.drainOnce()).toBe(3);
    for (const id of good) expect(await jobState(id)).toBe('waiting');
    expect(await row(poison)).toMatchObject({ attempts: 1, deadAt: null, publishedAt: null });

    for (let pass = 0; pass < 20 && !(await row(poison)).deadAt; pass++) await relay.drainOnce();
    const dead = await row(poison);
    expect(dead.attempts).toBe(3);
    expect(dead.deadAt).not.toBeNull();
    expect(dead.lastError).toMatch(/callbackId/);

    // A dead letter is skipped for good: later rows publish, the poison row is not tried again.
    const later = await send('cb-4');
    expect(await relay.drainOnce()).toBe(1);
    expect(await jobState(later)).toBe('waiting');
    expect((await row(poison)).attempts).toBe(3);

    const deadLetters = new DeadLetters(prisma);
    const listed = (await deadLetters.list()).find((d) => d.id === poison);
    expect(listed).toMatchObject({ source, queue: QUEUE, pattern: PATTERN, attempts: 3, lastError: dead.lastError });

    expect(await deadLetters.redrive(poison)).toBe(true);
    expect(await deadLetters.redrive(good[0])).toBe(false);
    expect(await row(poison)).toMatchObject({ attempts: 0, deadAt: null, nextAttemptAt: null });
    await relay.drainOnce();
    expect((await row(poison)).attempts).toBe(1);
    await prisma.outboxMessage.delete({ where: { id: poison } });
  });

  it('does not count a Redis outage against the rows', async () => {
    const offline = {
      connected: false,
      publishRaw: () => Promise.reject(new Error('Connection is closed.')),
    } as unknown as MessagePublisher;
    const id = await send('cb-outage');
    const relay = new OutboxRelay(prisma, offline, { source, retry: { maxAttempts: 1, baseMs: 1, maxMs: 1 } });

    expect(await relay.drainOnce()).toBe(0);
    expect(await row(id)).toMatchObject({ attempts: 0, deadAt: null, publishedAt: null, claimedUntil: null });
    await new OutboxRelay(prisma, publisher, { source }).drainOnce();
  });

  it('re-publishes, under the same id, a published message whose job Redis lost', async () => {
    const lost = await send('cb-lost');
    const kept = await send('cb-kept');
    await new OutboxRelay(prisma, publisher, { source }).drainOnce();
    await queue.remove(lost);
    expect(await jobState(lost)).toBe('unknown');
    const reconciler = new MessageReconciler(prisma, publisher, { source, intervalMs: 1_000, graceMs: 0, retentionDays: 14 });

    const report = await reconciler.runOnce();

    expect(report?.redriven).toContain(lost);
    expect(report?.redriven).not.toContain(kept);
    expect(await jobState(lost)).toBe('waiting');
    expect((await row(lost)).deliveredAt).toBeNull();
  });

  it('leaves acknowledged messages alone and marks a finished job whose receipt was lost delivered', async () => {
    const finished = await send('cb-finished');
    await new OutboxRelay(prisma, publisher, { source }).drainOnce();
    await consume(finished, null);
    const acknowledged = await send('cb-acked');
    await new OutboxRelay(prisma, publisher, { source }).drainOnce();
    await consume(acknowledged, new MessageReceipts(prisma));
    expect((await row(acknowledged)).deliveredAt).not.toBeNull();
    expect((await row(finished)).deliveredAt).toBeNull();
    await queue.remove(acknowledged);
    const reconciler = new MessageReconciler(prisma, publisher, { source, intervalMs: 1_000, graceMs: 0, retentionDays: 14 });

    const report = await reconciler.runOnce();

    expect(report?.redriven).not.toContain(acknowledged);
    expect(await jobState(acknowledged)).toBe('unknown');
    expect((await row(finished)).deliveredAt).not.toBeNull();
  });

  it('prunes delivered outbox rows and the inbox rows of its sender past the retention', async () => {
    const old = await send('cb-old');
    const recent = await send('cb-recent');
    const longAgo = new Date(Date.now() - 30 * 86_400_000);
    await prisma.outboxMessage.update({ where: { id: old }, data: { publishedAt: longAgo, deliveredAt: longAgo } });
    await prisma.outboxMessage.update({ where: { id: recent }, data: { publishedAt: new Date(), deliveredAt: new Date() } });
    await prisma.inboxMessage.createMany({
      data: [
        { consumer: `${source}.handler`, messageId: 'old', processedAt: longAgo },
        { consumer: `${source}.handler`, messageId: 'recent' },
      ],
    });
    const reconciler = new MessageReconciler(prisma, publisher, { source, intervalMs: 1_000, graceMs: 0, retentionDays: 14 });

    const report = await reconciler.runOnce();

    expect(report).toMatchObject({ prunedOutbox: 1, prunedInbox: 1 });
    expect(await prisma.outboxMessage.findUnique({ where: { id: old } })).toBeNull();
    expect(await prisma.outboxMessage.findUnique({ where: { id: recent } })).not.toBeNull();
    expect((await prisma.inboxMessage.findMany({ where: { consumer: `${source}.handler` } })).map((r) => r.messageId)).toEqual(['recent']);
  });
});
