import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DeadLetterView } from '@shangliang/contracts';
import { ApiClient, eventually } from '@shangliang/testing';
import { raiseProblem, waitForStage } from './support/problem-flows';

/**
 * A poison outbox row (its payload breaks the contract, as one written by an older release
 * might) is dead-lettered after a few attempts (OUTBOX_MAX_ATTEMPTS in test.env) without
 * holding up the problems raised after it; admins see it with its error and re-drive it.
 */
describe('outbox dead letters', () => {
  const database = new Client({
    host: process.env.PGHOST ?? '127.0.0.1',
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER ?? 'postgres',
    password: process.env.PGPASSWORD || undefined,
    database: process.env.PGDATABASE ?? 'shangliang_test',
  });
  const poison = randomUUID();
  let admin: ApiClient;

  const deadLetters = async () => (await admin.get('supervision', '/admin/outbox/dead-letters')).body as DeadLetterView[];

  beforeAll(async () => {
    await database.connect();
    admin = await ApiClient.login('admin');
  });

  afterAll(async () => {
    await database.query('DELETE FROM messaging.outbox_messages WHERE id = $1', [poison]);
    await database.end();
  });

  it("dead-letters a poison row while the rows behind it publish, and shows it to admins to re-drive", async () => {
    await database.query(
      `INSERT INTO messaging.outbox_messages (id, source, queue, pattern, payload) VALUES ($1, 'intake', 'workflow-events', 'problem.submitted', '{"problemId":"not-a-problem"}')`,
      [poison],
    );
    const behind = await raiseProblem({ communityId: 'com-08', title: '毒消息之后的问题：楼道灯不亮' });

    await waitForStage(admin, behind.id, 'screening');
    const dead = await eventually(deadLetters, (list) => list.some((d) => d.id === poison), { what: 'the poison row in the dead letters' });
    const letter = dead.find((d) => d.id === poison)!;
    expect(letter).toMatchObject({ source: 'intake', pattern: 'problem.submitted', attempts: Number(process.env.OUTBOX_MAX_ATTEMPTS ?? 3) });
    expect(letter.lastError).toBeTruthy();
    // Only admins see them.
    expect((await (await ApiClient.login('supervisor')).get('intake', '/admin/outbox/dead-letters')).status).toBe(403);

    const redriven = await admin.post('intake', `/admin/outbox/dead-letters/${poison}/redrive`, {});
    expect(redriven).toMatchObject({ status: 200, body: { id: poison, redriven: true } });
    // Still poison: it is tried again from the start and dead-lettered again, later.
    await eventually(deadLetters, (list) => list.some((d) => d.id === poison && d.deadAt > letter.deadAt), { what: 'the re-driven row to fail again' });
    expect((await admin.post('intake', `/admin/outbox/dead-letters/${randomUUID()}/redrive`, {})).status).toBe(404);
  });
});
