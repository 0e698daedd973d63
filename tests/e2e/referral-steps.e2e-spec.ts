import { ApiClient, eventually, saveHistory, testEnvironment } from '@shangliang/testing';
import { TINY_PNG } from './support/browser';
import { claimTeam, concludeSolved, peopleOf, raiseProblem, recordSatisfaction, referToDepartment, screenSuitable, waitForStage } from './support/problem-flows';

/**
 * The department's side of a referral (issue 9): each step a signal to the workflow and an
 * entry in the problem's history, and the ladder follows what the department did. Test
 * deadlines are seconds (deadlines.test.json: reminder 2 s before the deadline, 督办 3 s after,
 * 民主监督 3 s after that).
 */
type HistoryEntry = { kind: string; stage: string; detail: Record<string, unknown>; occurredAt: string };

describe("a department's steps on a referral", () => {
  let admin: ApiClient;
  let housing: ApiClient;

  beforeAll(async () => {
    admin = await ApiClient.login('admin');
    housing = await ApiClient.login('dept-housing');
  });

  const history = async (problemId: string) => (await admin.get('intake', `/problems/${problemId}/history`)).body as HistoryEntry[];
  const entries = async (problemId: string, kind: string) => (await history(problemId)).filter((h) => h.kind === kind);
  const waitForEntry = (problemId: string, kind: string, accept: (h: HistoryEntry) => boolean = () => true, timeoutMs = 30_000) =>
    eventually(() => history(problemId), (all) => all.some((h) => h.kind === kind && accept(h)), { timeoutMs, what: `${kind} in the history of ${problemId}` }).then(
      (all) => all.find((h) => h.kind === kind && accept(h)) as HistoryEntry,
    );

  /** A problem of `communityId` referred to `departmentId`, the referral in the referral stage. */
  async function referred(communityId: string, departmentId: string, dueInMs: number) {
    const people = peopleOf(communityId);
    const problem = await raiseProblem({ communityId });
    await screenSuitable(people, problem.id);
    const [lead] = await claimTeam(people, problem.id, 2);
    await waitForStage(admin, problem.id, 'consultation');
    const concluded = await referToDepartment(lead, problem.id, departmentId, dueInMs);
    await waitForStage(admin, problem.id, 'referral');
    return { problem, lead, referralId: concluded.referralId as string };
  }

  async function uploadEvidence(department: ApiClient, referralId: string): Promise<string> {
    const form = new FormData();
    form.append('photo', new Blob([TINY_PNG], { type: 'image/png' }), 'repaired.png');
    const res = await fetch(`${testEnvironment.url('consultation')}/referrals/${referralId}/photos`, {
      method: 'POST',
      headers: { authorization: `Bearer ${department.token}` },
      body: form,
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  }

  it('moves the remaining rungs to the new date when the team lead approves an extension', async () => {
    const { problem, lead, referralId } = await referred('com-05', 'dept-housing', 12_000);
    const oldDue = Date.parse((await housing.get('consultation', `/referrals/${referralId}`)).body.dueAt);

    expect((await housing.post('consultation', `/referrals/${referralId}/sign`, { handlerName: '李工' })).status).toBe(201);
    // A double click signs once.
    expect((await housing.post('consultation', `/referrals/${referralId}/sign`, { handlerName: '李工' })).status).toBe(409);
    const note = { note: '已派人现场查看' };
    const noted = await housing.post('consultation', `/referrals/${referralId}/progress`, note, { 'Idempotency-Key': 'note-1' });
    const again = await housing.post('consultation', `/referrals/${referralId}/progress`, note, { 'Idempotency-Key': 'note-1' });
    expect([noted.status, again.status]).toEqual([201, 201]);
    expect(again.body.stepId).toBe(noted.body.stepId);

    const newDueAt = new Date(Date.now() + 25_000).toISOString();
    expect((await housing.post('consultation', `/referrals/${referralId}/extension-request`, { reason: '需采购配件', newDueAt })).status).toBe(201);
    // Only the team lead decides, not the department, not another member.
    expect((await housing.post('consultation', `/referrals/${referralId}/extension-decision`, { approved: true })).status).toBe(403);
    const decided = await lead.post('consultation', `/referrals/${referralId}/extension-decision`, { approved: true });
    expect(decided.status).toBe(201);
    expect((await lead.post('consultation', `/referrals/${referralId}/extension-decision`, { approved: true })).status).toBe(409);

    const approval = await waitForEntry(problem.id, 'referral_extension_decided');
    expect(approval.detail).toMatchObject({ approved: true, newDueAt, referralId });
    expect(Date.parse(approval.occurredAt)).toBeLessThan(oldDue - 2_000);

    // The old deadline passes with no rung; the reminder comes 2 s before the new one.
    await new Promise((resolve) => setTimeout(resolve, Math.max(oldDue + 2_000 - Date.now(), 0)));
    expect(await entries(problem.id, 'escalation_rung')).toEqual([]);
    const reminder = await waitForEntry(problem.id, 'escalation_rung', (h) => h.detail.rung === 'reminder', 40_000);
    expect(Date.parse(reminder.occurredAt)).toBeGreaterThanOrEqual(Date.parse(newDueAt) - 2_000 - 500);
    const kinds = (await history(problem.id)).map((h) => h.kind);
    expect(kinds).toEqual(expect.arrayContaining(['referral_signed', 'referral_progress_noted', 'referral_extension_requested', 'referral_extension_decided']));
    expect(kinds.filter((k) => k === 'referral_progress_noted')).toHaveLength(1);
    expect((await housing.get('consultation', `/referrals/${referralId}`)).body).toMatchObject({ status: 'signed', dueAt: newDueAt, handlerName: '李工' });

    // Done before the deadline after all: completed and confirmed, on to follow-up.
    expect((await housing.post('consultation', `/referrals/${referralId}/completion`, { result: '路灯已更换' })).status).toBe(201);
    expect((await lead.post('consultation', `/referrals/${referralId}/completion-decision`, { confirmed: true })).status).toBe(201);
    await waitForStage(admin, problem.id, 'follow_up');
    saveHistory(problem.workflow.workflowId, 'referral-extension-approved');
  });

  it('re-refers a referral the department sent back to another department, with a new ladder', async () => {
    const { problem, lead, referralId } = await referred('com-06', 'dept-housing', 60_000);
    expect((await housing.post('consultation', `/referrals/${referralId}/return`, { reason: '属供水管网，不归住建' })).status).toBe(201);
    await waitForEntry(problem.id, 'referral_returned', (h) => h.detail.reason === '属供水管网，不归住建');

    // The deadline policy caps the new referral's deadline (tests: 30 days).
    const tooLate = await lead.post('consultation', `/referrals/${referralId}/return-decision`, {
      action: 'refer_elsewhere',
      departmentId: 'dept-water',
      request: '请维修供水管',
      dueAt: new Date(Date.now() + 40 * 86_400_000).toISOString(),
    });
    expect(tooLate.status).toBe(400);
    expect(tooLate.body.fields).toEqual([expect.objectContaining({ field: 'dueAt' })]);

    const decision = { action: 'refer_elsewhere', departmentId: 'dept-water', request: '请维修供水管', dueAt: new Date(Date.now() + 5_000).toISOString() };
    const [first, second] = await Promise.all([
      lead.post('consultation', `/referrals/${referralId}/return-decision`, decision),
      lead.post('consultation', `/referrals/${referralId}/return-decision`, decision),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    const newReferralId = (first.status === 201 ? first.body : second.body).newReferralId as string;

    const water = await ApiClient.login('dept-water');
    expect((await water.get('consultation', `/referrals/${newReferralId}`)).body).toMatchObject({ departmentId: 'dept-water', previousReferralId: referralId, status: 'open' });
    expect((await housing.get('consultation', `/referrals/${newReferralId}`)).status).toBe(403);
    expect((await housing.get('consultation', `/referrals/${referralId}`)).body.status).toBe('re_referred');

    // A new referral stage for the new department, and its own ladder: the reminder is the new one's.
    await waitForEntry(problem.id, 'stage_entered', (h) => h.stage === 'referral' && h.detail.referralId === newReferralId);
    expect((await history(problem.id)).filter((h) => h.kind === 'stage_entered' && h.stage === 'referral').map((h) => h.detail.departmentId)).toEqual(['dept-housing', 'dept-water']);
    const rung = await waitForEntry(problem.id, 'escalation_rung', (h) => h.detail.rung === 'reminder');
    expect(rung.detail).toMatchObject({ referralId: newReferralId, departmentId: 'dept-water' });
    await eventually(
      () => water.get('consultation', `/referrals/${newReferralId}`),
      (r) => r.body.escalations?.some((e: { rung: string }) => e.rung === 'reminder'),
      { what: 'the reminder recorded against the new referral' },
    );

    expect((await water.post('consultation', `/referrals/${newReferralId}/sign`, { handlerName: '张工' })).status).toBe(201);
    expect((await water.post('consultation', `/referrals/${newReferralId}/completion`, { result: '已更换水管' })).status).toBe(201);
    expect((await lead.post('consultation', `/referrals/${newReferralId}/completion-decision`, { confirmed: true })).status).toBe(201);
    await waitForStage(admin, problem.id, 'follow_up');
    saveHistory(problem.workflow.workflowId, 'referral-returned-and-re-referred');
  });

  it('takes a returned referral back to consultation, where the team concludes again', async () => {
    const { problem, lead, referralId } = await referred('com-07', 'dept-housing', 60_000);
    expect((await housing.post('consultation', `/referrals/${referralId}/return`, { reason: '属小区物业自管' })).status).toBe(201);
    expect((await lead.post('consultation', `/referrals/${referralId}/return-decision`, { action: 'take_back' })).status).toBe(201);
    await waitForEntry(problem.id, 'referral_taken_back');
    await eventually(() => history(problem.id), (all) => all.filter((h) => h.kind === 'stage_entered' && h.stage === 'consultation').length === 2, {
      what: 'the consultation stage entered again',
    });
    await waitForStage(admin, problem.id, 'consultation');
    await concludeSolved(lead, problem.id);
    await waitForStage(admin, problem.id, 'follow_up');
    saveHistory(problem.workflow.workflowId, 'referral-taken-back');
  });

  it('goes on to follow-up when the team lead confirms a completion with a photo', async () => {
    const { problem, lead, referralId } = await referred('com-08', 'dept-housing', 60_000);
    expect((await housing.post('consultation', `/referrals/${referralId}/sign`, { handlerName: '王工' })).status).toBe(201);
    const photoId = await uploadEvidence(housing, referralId);
    const unknownPhoto = await housing.post('consultation', `/referrals/${referralId}/completion`, { result: '已修复', photoIds: ['4b0c8f0e-0000-4000-8000-000000000000'] });
    expect(unknownPhoto.status).toBe(400);
    expect(unknownPhoto.body.fields).toEqual([expect.objectContaining({ field: 'photoIds.0' })]);
    expect((await housing.post('consultation', `/referrals/${referralId}/completion`, { result: '路灯已修复，附现场照片', photoIds: [photoId] })).status).toBe(201);

    const completed = await waitForEntry(problem.id, 'referral_completed');
    expect(completed.detail).toMatchObject({ referralId, photoCount: 1 });
    const view = (await lead.get('consultation', `/referrals/${referralId}`)).body;
    expect(view).toMatchObject({ status: 'completed', result: '路灯已修复，附现场照片', photos: [expect.objectContaining({ id: photoId, contentType: 'image/png' })] });
    const photo = await fetch(`${testEnvironment.url('consultation')}/referrals/${referralId}/photos/${photoId}`, { headers: { authorization: `Bearer ${lead.token}` } });
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/png');

    const [first, second] = await Promise.all([
      lead.post('consultation', `/referrals/${referralId}/completion-decision`, { confirmed: true }),
      lead.post('consultation', `/referrals/${referralId}/completion-decision`, { confirmed: true }),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    await waitForStage(admin, problem.id, 'follow_up');
    const kinds = (await history(problem.id)).map((h) => h.kind);
    expect(kinds.filter((k) => k === 'referral_completion_confirmed')).toHaveLength(1);
    expect(kinds).not.toContain('escalation_rung');
    saveHistory(problem.workflow.workflowId, 'referral-completed-and-confirmed');
    await recordSatisfaction(problem.id);
    await waitForStage(admin, problem.id, 'archived');
  });

  it('resumes the ladder where it was when the team lead finds a completion not done', async () => {
    const { problem, lead, referralId } = await referred('com-09', 'dept-housing', 10_000);
    expect((await housing.post('consultation', `/referrals/${referralId}/sign`, { handlerName: '赵工' })).status).toBe(201);
    expect((await housing.post('consultation', `/referrals/${referralId}/completion`, { result: '已处理' })).status).toBe(201);
    const completed = await waitForEntry(problem.id, 'referral_completed');
    const oldDue = Date.parse((await housing.get('consultation', `/referrals/${referralId}`)).body.dueAt);

    // While the team lead checks, the department's clock stands: its old deadline passes quietly.
    await new Promise((resolve) => setTimeout(resolve, Math.max(oldDue + 1_000 - Date.now(), 0)));
    expect(await entries(problem.id, 'escalation_rung')).toEqual([]);
    expect((await lead.post('consultation', `/referrals/${referralId}/completion-decision`, { confirmed: false })).status).toBe(400);
    expect((await lead.post('consultation', `/referrals/${referralId}/completion-decision`, { confirmed: false, reason: '现场仍不亮' })).status).toBe(201);
    const rejected = await waitForEntry(problem.id, 'referral_completion_rejected');
    expect(rejected.detail).toMatchObject({ reason: '现场仍不亮' });
    expect((await housing.get('consultation', `/referrals/${referralId}`)).body.status).toBe('signed');

    // The ladder resumes with the time the department had left when it completed.
    const moved = await waitForEntry(problem.id, 'deadline_moved', (h) => h.detail.referralId === referralId);
    const left = oldDue - Date.parse(completed.occurredAt);
    expect(Date.parse(String(moved.detail.dueAt)) - Date.parse(rejected.occurredAt)).toBeGreaterThanOrEqual(left - 1_000);
    const reminder = await waitForEntry(problem.id, 'escalation_rung', (h) => h.detail.rung === 'reminder');
    expect(Date.parse(reminder.occurredAt)).toBeGreaterThan(Date.parse(rejected.occurredAt));
    await waitForEntry(problem.id, 'escalation_rung', (h) => h.detail.rung === 'urging_notice');

    expect((await housing.post('consultation', `/referrals/${referralId}/completion`, { result: '已彻底修好' })).status).toBe(201);
    expect((await lead.post('consultation', `/referrals/${referralId}/completion-decision`, { confirmed: true })).status).toBe(201);
    await waitForStage(admin, problem.id, 'follow_up');
    saveHistory(problem.workflow.workflowId, 'referral-completion-rejected');
  });

  it("stops the referral's clock while the problem waits on the resident, and moves its deadline by the wait", async () => {
    const { problem, lead, referralId } = await referred('com-10', 'dept-housing', 10_000);
    const paused = await lead.post('intake', `/problems/${problem.id}/awaiting-resident`, { reason: '请住户确认路灯位置' });
    expect(paused.status).toBe(202);
    const oldDue = Date.parse((await housing.get('consultation', `/referrals/${referralId}`)).body.dueAt);
    await new Promise((resolve) => setTimeout(resolve, Math.max(oldDue + 1_000 - Date.now(), 0)));
    expect(await entries(problem.id, 'escalation_rung')).toEqual([]);

    expect((await lead.post('intake', `/problems/${problem.id}/resident-replied`, {})).status).toBe(202);
    const moved = await waitForEntry(problem.id, 'deadline_moved', (h) => h.detail.referralId === referralId);
    expect(Date.parse(String(moved.detail.dueAt))).toBeGreaterThan(oldDue);
    const reminder = await waitForEntry(problem.id, 'escalation_rung', (h) => h.detail.rung === 'reminder');
    expect(Date.parse(reminder.occurredAt)).toBeGreaterThan(Date.parse(moved.occurredAt));

    expect((await housing.post('consultation', `/referrals/${referralId}/sign`, { handlerName: '钱工' })).status).toBe(201);
    expect((await housing.post('consultation', `/referrals/${referralId}/completion`, { result: '已确认位置并修复' })).status).toBe(201);
    expect((await lead.post('consultation', `/referrals/${referralId}/completion-decision`, { confirmed: true })).status).toBe(201);
    await waitForStage(admin, problem.id, 'follow_up');
    saveHistory(problem.workflow.workflowId, 'referral-clock-paused');
  });
});
