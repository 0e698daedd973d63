import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiClient, connectTestTemporal, eventually, temporalCli, testEnvironment } from '@shangliang/testing';
import type { Client } from '@temporalio/client';
import { claimTeam, peopleOf, raiseProblem, resident, screenSuitable, waitForStage } from './support/problem-flows';

/** The JSON `temporal workflow show` prints, with every base64 payload decoded into it. */
function decodedHistory(json: string): string {
  const parts: string[] = [json];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'data' && typeof value === 'string') parts.push(Buffer.from(value, 'base64').toString('utf8'));
        else walk(value);
      }
    }
  };
  walk(JSON.parse(json));
  return parts.join('\n');
}

/** Numbers only this test uses, so finding one anywhere means this run leaked it. */
const PHONES = ['13511112222', '13533334444'];
const NAMES = ['欧阳娜娜'];

describe('personal data', () => {
  let temporal: Client;
  beforeAll(async () => {
    temporal = await connectTestTemporal();
  });
  afterAll(async () => {
    await temporal.connection.close();
  });

  it('keeps residents’ phone numbers and names out of logs, queue payloads and workflow histories', async () => {
    const people = peopleOf('com-17');
    const problem = await raiseProblem({ communityId: 'com-17', contact: { name: NAMES[0], phone: PHONES[0], consentToCallback: true } });
    await resident.post('intake', `/public/problems/${problem.id}/join`, { contact: { phone: PHONES[1], consentToCallback: true } });
    await screenSuitable(people, problem.id);
    await claimTeam(people, problem.id, 2);
    const admin = await ApiClient.login('admin');
    await waitForStage(admin, problem.id, 'consultation');
    // Stored (for call-backs) but only behind the contact endpoint.
    const contacts = await eventually(() => admin.get('intake', `/problems/${problem.id}/contact`), (r) => r.status === 200, { what: 'contacts' });
    expect(contacts.body.map((c: { phone: string }) => c.phone).sort()).toEqual([...PHONES].sort());

    const secrets = [...PHONES, ...NAMES];
    const logDir = join(testEnvironment.varDir, 'log');
    for (const file of readdirSync(logDir)) {
      const text = readFileSync(join(logDir, file), 'utf8');
      for (const secret of secrets) expect({ file, leaked: text.includes(secret) ? secret : null }).toEqual({ file, leaked: null });
    }

    const histories = JSON.parse(temporalCli('workflow', 'list', '--limit', '1000')) as { execution: { workflowId: string } }[];
    expect(histories.length).toBeGreaterThan(0);
    // Positive control: the decoding finds what the workflow does carry (its reference).
    expect(decodedHistory(temporalCli('workflow', 'show', '--workflow-id', problem.workflow.workflowId))).toContain(problem.reference);
    for (const { execution } of histories) {
      const history = decodedHistory(temporalCli('workflow', 'show', '--workflow-id', execution.workflowId));
      for (const secret of secrets) expect({ workflow: execution.workflowId, leaked: history.includes(secret) ? secret : null }).toEqual({ workflow: execution.workflowId, leaked: null });
    }

    const redis = ['-h', process.env.REDIS_HOST ?? '127.0.0.1', '-p', process.env.REDIS_PORT ?? '6379'];
    const prefix = process.env.QUEUE_PREFIX ?? 'shangliang-test';
    const jobKeys = execFileSync('redis-cli', [...redis, '--scan', '--pattern', `${prefix}:*`], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(jobKeys.length).toBeGreaterThan(0);
    for (const key of jobKeys) {
      const type = execFileSync('redis-cli', [...redis, 'TYPE', key], { encoding: 'utf8' }).trim();
      if (type !== 'hash') continue;
      const data = execFileSync('redis-cli', [...redis, 'HGET', key, 'data'], { encoding: 'utf8' });
      for (const secret of secrets) expect({ key, leaked: data.includes(secret) ? secret : null }).toEqual({ key, leaked: null });
    }
  });
});
