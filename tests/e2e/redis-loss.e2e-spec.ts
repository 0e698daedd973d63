import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { QueueName } from '@shangliang/contracts';
import { ApiClient, appLog, connectTestTemporal, eventually, runningPids, startAllApps, startApp, stopAll, stopPid, ThrowawayRedis } from '@shangliang/testing';
import { peopleOf, raiseProblem, waitForStage } from './support/problem-flows';

/**
 * Redis restarts without persistence while messages wait in it: the message ledger (outbox rows
 * acknowledged by their consumers) and its reconciler re-drive what was lost, in both
 * directions. The suite's processes are stopped for these tests and run instead against a
 * Redis the test starts and kills itself; they are started again as they were afterwards.
 */
describe('no silent loss when Redis loses its data', () => {
  const redis = ThrowawayRedis.fromEnvironment();
  const onThrowawayRedis = { REDIS_PORT: String(redis.port) };
  const people = peopleOf('com-07');
  // A freshly started worker on a loaded machine (Temporal's dev server on SQLite) can take a
  // while over its first workflow tasks; the bound is generous, the re-drive itself takes seconds.
  const healedWithinMs = 120_000;
  let admin: ApiClient;
  let convener: ApiClient;
  let connection: Redis;

  /** How many messages wait, unconsumed, on a queue of the throwaway Redis. */
  async function waiting(queue: QueueName): Promise<number> {
    const q = new Queue(queue, { connection, prefix: process.env.QUEUE_PREFIX ?? 'shangliang-test' });
    try {
      return await q.getWaitingCount();
    } finally {
      await q.close();
    }
  }

  /**
   * Kills Redis with `count` messages waiting on `queue` and starts it again, empty. (The
   * processes reconnect at once and the reconcilers may start re-driving within a second, so
   * the loss is checked as "not all there", not as "nothing there".)
   */
  async function loseWaitingMessages(queue: QueueName, count: number): Promise<void> {
    await redis.kill();
    await redis.start();
    expect(await waiting(queue)).toBeLessThan(count);
  }

  beforeAll(async () => {
    // Tokens are checked by each service on its own, so they outlive the sign-in service's stops.
    admin = await ApiClient.login('admin');
    convener = await ApiClient.login(people.convener);
    await stopAll();
    await redis.start();
    connection = new Redis({ port: redis.port, maxRetriesPerRequest: null });
    await Promise.all([startApp('intake', onThrowawayRedis), startApp('assignment', onThrowawayRedis)]);
  });

  afterAll(async () => {
    connection?.disconnect();
    await stopAll();
    await redis.kill();
    await startAllApps();
  });

  it('starts the workflow of every problem whose submission Redis lost while it waited', async () => {
    // No worker runs: the problems' `problem.submitted` messages wait in Redis.
    const problems = [];
    for (let i = 1; i <= 4; i++) problems.push(await raiseProblem({ communityId: 'com-07', title: `Redis 丢失消息 ${i}：井盖松动` }));
    await eventually(() => waiting('workflow-events'), (n) => n >= problems.length, { what: 'the submissions to wait in Redis' });

    await loseWaitingMessages('workflow-events', problems.length);
    await startApp('worker', onThrowawayRedis);

    for (const problem of problems) await waitForStage(admin, problem.id, 'screening', healedWithinMs);
    const temporal = await connectTestTemporal();
    try {
      for (const problem of problems) {
        let runs = 0;
        for await (const run of temporal.workflow.list({ query: `WorkflowId = '${problem.workflow.workflowId}'` })) {
          expect(run.status.name).toBe('RUNNING');
          runs++;
        }
        expect(runs).toBe(1);
      }
    } finally {
      await temporal.connection.close();
    }
    expect(appLog('intake')).toMatch(/reconciled intake: re-drove [1-9]\d* lost message/);
  });

  it("delivers every command the workflows sent that Redis lost before the service applied it", async () => {
    if (!runningPids('worker').length) await startApp('worker', onThrowawayRedis);
    // The assignment service is down: the workflows' screening requests wait in its queue.
    for (const pid of runningPids('assignment')) await stopPid(pid);
    const problems = [];
    for (let i = 1; i <= 3; i++) problems.push(await raiseProblem({ communityId: 'com-07', title: `Redis 丢失命令 ${i}：路面塌陷` }));
    for (const problem of problems) await waitForStage(admin, problem.id, 'screening');
    await eventually(() => waiting('assignment'), (n) => n >= problems.length, { what: 'the screening requests to wait in Redis' });

    await loseWaitingMessages('assignment', problems.length);
    await startApp('assignment', onThrowawayRedis);

    for (const problem of problems) {
      await eventually(() => convener.get('assignment', `/screening-items/${problem.id}`), (res) => res.status === 200, {
        timeoutMs: healedWithinMs,
        what: `the screening item of ${problem.id}`,
      });
    }
    expect(appLog('worker')).toMatch(/reconciled worker: re-drove [1-9]\d* lost message/);
  });
});
