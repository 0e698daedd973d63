import { Client } from 'pg';
import { INTERNAL_SIGNATURE_HEADER, signInternalRequest } from '@shangliang/http';
import { ApiClient, eventually, testEnvironment } from '@shangliang/testing';
import { peopleOf, raiseProblem, waitForStage } from './support/problem-flows';

const secret = process.env.INTERNAL_API_SECRET ?? '';
const phone = () => `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

function resolveContact(body: Record<string, unknown>, signature?: string) {
  const raw = JSON.stringify(body);
  return fetch(`${testEnvironment.url('intake')}/internal/resident-contacts/resolve`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature === undefined ? { [INTERNAL_SIGNATURE_HEADER]: signInternalRequest(secret, raw) } : signature ? { [INTERNAL_SIGNATURE_HEADER]: signature } : {}) },
    body: raw,
  });
}

/**
 * Intake feeds the notifications context every recorded step of a problem and every question put
 * to the resident, naming residents only by the ids of reporters who consented to texts; their
 * number is resolved only by a signed call at the moment a text is sent.
 */
describe('the notification feed from intake', () => {
  let db: Client;
  beforeAll(async () => {
    db = new Client({ host: process.env.PGHOST, port: Number(process.env.PGPORT ?? 5432), user: process.env.PGUSER, password: process.env.PGPASSWORD || undefined, database: process.env.PGDATABASE });
    await db.connect();
  });
  afterAll(() => db.end());

  const fed = async (problemId: string) =>
    (
      await db.query<{ pattern: string; payload: Record<string, unknown> }>(
        `SELECT pattern, payload FROM messaging.outbox_messages WHERE queue = 'notifications' AND payload->>'problemId' = $1 ORDER BY created_at`,
        [problemId],
      )
    ).rows;

  it('forwards each recorded step and question with consenting reporters only, and never their numbers', async () => {
    const texted = phone();
    const problem = await raiseProblem({ communityId: 'com-14', category: 'elderly_care', contact: { phone: texted, consentToCallback: true, consentToTexts: true, locale: 'en' } });
    const convener = await ApiClient.login(peopleOf('com-14').convener);
    await waitForStage(convener, problem.id, 'screening');
    expect((await convener.post('intake', `/problems/${problem.id}/awaiting-resident`, { reason: '请补充具体位置' })).status).toBe(202);

    const rows = await eventually(() => fed(problem.id), (r) => r.some((m) => m.pattern === 'resident.question-asked') && r.some((m) => m.payload.kind === 'stage_entered'), {
      what: 'the feed rows',
    });
    const started = rows.find((m) => m.payload.kind === 'workflow_started')!;
    expect(started.payload).toMatchObject({ reference: problem.reference, communityId: 'com-14', category: 'elderly_care', stage: 'submitted' });
    const reporterIds = started.payload.residentReporterIds as string[];
    expect(reporterIds).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(texted);
    expect(JSON.stringify(rows)).not.toContain(problem.trackingCode);

    // The last step: a signed call resolves the number, language and the reporter's code.
    const resolved = await resolveContact({ reporterId: reporterIds[0], problemId: problem.id });
    expect(resolved.status).toBe(200);
    expect(await resolved.json()).toEqual({ phone: texted, locale: 'en', trackingCode: problem.trackingCode });
  });

  it('leaves out reporters who did not consent to texts', async () => {
    const problem = await raiseProblem({ communityId: 'com-13', contact: { phone: phone(), consentToCallback: true } });
    const rows = await eventually(() => fed(problem.id), (r) => r.length > 0, { what: 'the first feed row' });
    expect(rows[0].payload.residentReporterIds).toEqual([]);
  });

  it('refuses an unsigned or forged contact lookup', async () => {
    const body = { reporterId: '00000000-0000-4000-8000-000000000000' };
    expect((await resolveContact(body, '')).status).toBe(401);
    expect((await resolveContact(body, `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}`)).status).toBe(401);
    const signed = await resolveContact(body);
    expect(signed.status).toBe(200);
    expect(await signed.json()).toEqual({ phone: null, locale: 'zh', trackingCode: null });
  });
});
