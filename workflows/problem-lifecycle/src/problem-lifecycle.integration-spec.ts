import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { WorkflowHandle } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { TsconfigPathsPlugin } from 'tsconfig-paths-webpack-plugin';
import type { Configuration } from 'webpack';
import {
  clockPausedSignal,
  clockResumedSignal,
  consultationConcludedSignal,
  departmentRespondedSignal,
  followUpRecordedSignal,
  PROBLEM_LIFECYCLE_WORKFLOW,
  problemMergedSignal,
  problemStateQuery,
  problemUnmergedSignal,
  screeningDecidedSignal,
  teamFormedSignal,
  type ProblemLifecycleActivities,
  type ProblemLifecycleInput,
  type ProblemLifecycleResult,
} from '@shangliang/contracts';

const root = join(__dirname, '..', '..', '..');
const temporalBin = process.env.TEMPORAL_BIN ?? join(process.env.HOME ?? '/root', '.cache/shangliang/temporal-v1.5.1/temporal');

/**
 * Saves a run's history beside the e2e tests' (VAR_DIR/histories), so a release can commit it
 * to workflows/problem-lifecycle/histories for the replay test.
 */
async function saveHistory(handle: WorkflowHandle, name: string): Promise<void> {
  const dir = join(root, process.env.VAR_DIR ?? 'var/test', 'histories');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), historyToJSON(await handle.fetchHistory()));
}

/**
 * The workflow alone, on a real Temporal dev server, with activities that only record what
 * they were asked: signals in awkward orders must not be lost or misapplied.
 */
describe('problem lifecycle workflow under reordered signals', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let running: Promise<void>;
  const calls: { name: string; args: Record<string, unknown> }[] = [];
  const taskQueue = `lifecycle-${randomUUID()}`;

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createLocal({
      server: { executable: { type: 'existing-path', path: temporalBin }, ip: '127.0.0.1', extraArgs: ['--headless', '--search-attribute', 'Stage=Keyword', '--search-attribute', 'Escalated=Bool', '--search-attribute', 'CommunityId=Keyword', '--search-attribute', 'Category=Keyword'] },
    });
    const record = (name: string) => async (args: Record<string, unknown>) => {
      calls.push({ name, args });
    };
    const names: (keyof ProblemLifecycleActivities)[] = [
      'recordProgress',
      'requestScreening',
      'escalateScreening',
      'withdrawScreening',
      'openClaiming',
      'escalateClaiming',
      'closeClaiming',
      'requestConsultation',
      'escalateReferral',
      'requestSupervisionCase',
      'requestFollowUp',
      'archiveCase',
    ];
    const activities = Object.fromEntries(names.map((name) => [name, record(name)]));
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowsPath: join(root, 'workflows/problem-lifecycle/src/index.ts'),
      bundlerOptions: {
        webpackConfigHook: (config: Configuration) => {
          config.resolve = { ...config.resolve, plugins: [...(config.resolve?.plugins ?? []), new TsconfigPathsPlugin({ configFile: join(root, 'tsconfig.base.json') })] };
          return config;
        },
      },
      activities,
    });
    running = worker.run();
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
  });

  const start = async (policy: Partial<ProblemLifecycleInput['policy']> = {}) => {
    const problemId = randomUUID();
    const input: ProblemLifecycleInput = {
      problemId,
      reference: 'SL-TEST',
      category: 'public_facilities',
      urgency: 'normal',
      communityId: 'com-01',
      communityName: '测试社区',
      submittedAt: new Date().toISOString(),
      policy: {
        screeningMs: 600_000,
        claimingMs: 600_000,
        consultationMs: 600_000,
        followUpMs: 600_000,
        referral: { reminderBeforeMs: 60_000, formalSupervisionAfterMs: 60_000, democraticSupervisionAfterMs: 60_000 },
        ...policy,
      },
    };
    const handle = await env.client.workflow.start(PROBLEM_LIFECYCLE_WORKFLOW, { workflowId: `problem-${problemId}`, taskQueue, args: [input] });
    return { problemId, handle };
  };
  const calledFor = (problemId: string, name: string) => calls.filter((c) => c.name === name && c.args.problemId === problemId);
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(check()).toBe(true);
  };
  const event = (problemId: string, extra: Record<string, unknown>) => ({ eventId: randomUUID(), problemId, ...extra });

  it('keeps a department’s answer that arrives with the consultation’s conclusion, and escalates nothing', async () => {
    const { problemId, handle } = await start();
    await handle.signal(screeningDecidedSignal, event(problemId, { suitable: true, reasonCode: null, referredTo: null, screenedBy: 's' }) as never);
    await handle.signal(teamFormedSignal, event(problemId, { leadMemberId: 'm1', memberIds: ['m1', 'm2'], formedBy: 'claim' }) as never);
    await until(() => calledFor(problemId, 'requestConsultation').length === 1);

    const referral = { referralId: randomUUID(), departmentId: 'dept-housing', dueAt: new Date(Date.now() + 30_000).toISOString() };
    await Promise.all([
      handle.signal(consultationConcludedSignal, event(problemId, { consultationId: randomUUID(), outcome: 'referred', form: 'micro', referral }) as never),
      handle.signal(departmentRespondedSignal, event(problemId, { referralId: referral.referralId }) as never),
    ]);
    await until(() => calledFor(problemId, 'requestFollowUp').length === 1);
    await handle.signal(followUpRecordedSignal, event(problemId, { satisfaction: 'satisfied' }) as never);

    const result = (await handle.result()) as ProblemLifecycleResult;
    expect(result.escalationRungs).toEqual([]);
    expect(calledFor(problemId, 'escalateReferral')).toEqual([]);
  });

  it('refuses a merge that arrives after the problem was screened, and tells intake', async () => {
    const { problemId, handle } = await start();
    await handle.signal(screeningDecidedSignal, event(problemId, { suitable: true, reasonCode: null, referredTo: null, screenedBy: 's' }) as never);
    await handle.signal(problemMergedSignal, event(problemId, { mergeId: 'merge-late', targetProblemId: randomUUID(), targetReference: 'SL-T' }) as never);
    await until(() => calledFor(problemId, 'recordProgress').some((c) => c.args.kind === 'merge_rejected'));
    await until(() => calledFor(problemId, 'openClaiming').length === 1);
    expect((await handle.query(problemStateQuery)).stage).toBe('assignment');
    expect(calledFor(problemId, 'withdrawScreening')).toEqual([]);
    await handle.terminate('test done');
    await saveHistory(handle, 'merge-refused-after-screening');
  });

  it('returns a problem unmerged right after its merge to screening', async () => {
    const { problemId, handle } = await start();
    await until(() => calledFor(problemId, 'requestScreening').length === 1);
    await handle.signal(problemMergedSignal, event(problemId, { mergeId: 'merge-1', targetProblemId: randomUUID(), targetReference: 'SL-T' }) as never);
    await handle.signal(problemUnmergedSignal, event(problemId, { mergeId: 'merge-1' }) as never);
    await until(() => calledFor(problemId, 'requestScreening').length === 2);
    expect((await handle.query(problemStateQuery)).stage).toBe('screening');
    expect(calledFor(problemId, 'recordProgress').map((c) => c.args.kind)).toEqual(expect.arrayContaining(['unmerged']));
    await handle.terminate('test done');
  });

  it('sets a deadline in working days on the calendar, skipping holidays', async () => {
    const calendar = { utcOffsetMinutes: 480, holidays: [] as string[], workdays: [] as string[] };
    // Make the next seven days holidays: two working days then land at least eight days away.
    for (let d = 1; d <= 7; d++) calendar.holidays.push(new Date(Date.now() + 8 * 3600_000 + d * 86_400_000).toISOString().slice(0, 10));
    const { problemId, handle } = await start({ workingDays: { screening: 2 }, calendar });
    await until(() => calledFor(problemId, 'requestScreening').length === 1);
    const dueAt = Date.parse(calledFor(problemId, 'requestScreening')[0].args.dueAt as string);
    expect(dueAt - Date.now()).toBeGreaterThan(8 * 86_400_000);
    expect(dueAt - Date.now()).toBeLessThan(12 * 86_400_000);
    await handle.terminate('test done');
    await saveHistory(handle, 'working-day-screening-deadline');
  });

  it('stops the screening clock while waiting on the resident and runs it again with the time left', async () => {
    const { problemId, handle } = await start({ screeningMs: 3_000 });
    await until(() => calledFor(problemId, 'requestScreening').length === 1);
    await handle.signal(clockPausedSignal, event(problemId, { reason: '请补充位置' }) as never);
    for (let i = 0; i < 100 && !(await handle.query(problemStateQuery)).waitingOnResident; i++) await new Promise((r) => setTimeout(r, 50));
    expect((await handle.query(problemStateQuery)).waitingOnResident).toBe(true);
    // Past the deadline while paused: nothing escalates.
    await new Promise((r) => setTimeout(r, 4_000));
    expect(calledFor(problemId, 'escalateScreening')).toEqual([]);
    await handle.signal(clockResumedSignal, event(problemId, { by: 'resident' }) as never);
    await until(() => calledFor(problemId, 'escalateScreening').length === 1);
    await handle.terminate('test done');
    await saveHistory(handle, 'clock-paused-and-resumed');
  });

  it('keeps the clock running when a resume arrives before the pause it ends (events in intake order)', async () => {
    const { problemId, handle } = await start({ screeningMs: 3_000 });
    await until(() => calledFor(problemId, 'requestScreening').length === 1);
    await handle.signal(clockResumedSignal, event(problemId, { by: 'resident', seq: 2 }) as never);
    await handle.signal(clockPausedSignal, event(problemId, { reason: '请补充位置', seq: 1 }) as never);
    expect((await handle.query(problemStateQuery)).waitingOnResident).toBe(false);
    // The deadline still falls due.
    await until(() => calledFor(problemId, 'escalateScreening').length === 1);
    // A later pause (seq 3) still stops it.
    await handle.signal(clockPausedSignal, event(problemId, { reason: '再补充', seq: 3 }) as never);
    expect((await handle.query(problemStateQuery)).waitingOnResident).toBe(true);
    await handle.terminate('test done');
    await saveHistory(handle, 'clock-events-out-of-order');
  });
});
