import { randomUUID } from 'node:crypto';
import { ApiClient } from '@shangliang/testing';
import { CASE_HEADERS } from '../../infra/seed/demo-history';
import { csvFile, uploadHistory } from './support/history-client';
import { demoCity, peopleOf } from './support/problem-flows';

/** Today in China, YYYY-MM-DD: the submission date a committee would write. */
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const tomorrow = () => new Date(Date.now() + 32 * 3600_000).toISOString().slice(0, 10);

/**
 * The suggestion bank (委员建言库): members draft a suggestion from the cases it rests on, the
 * committee reviews it, it is submitted to a named body and its adoption is recorded; the
 * adoption rate moves by exactly what the test computes. Every step is audited and idempotent.
 */
describe('the suggestion bank', () => {
  const people = peopleOf('com-15');
  const community = demoCity.communities.find((c) => c.id === 'com-15')!;
  let member: ApiClient;
  let committee: ApiClient;
  let admin: ApiClient;
  let caseIds: string[];

  beforeAll(async () => {
    [member, committee, admin] = await Promise.all([ApiClient.login(people.members[0]), ApiClient.login('committee-cmt-01'), ApiClient.login('admin')]);
    const tag = randomUUID().slice(0, 8);
    const row = (n: number, 标题: string) => ({ 编号: `SUG-${tag}-${n}`, 标题, 类别: '水电气暖', 社区: community.name, 提出日期: '2017-03-01', 办结日期: '2017-03-20', 结果: '已解决' });
    const file = csvFile([...CASE_HEADERS], [row(1, `二次供水水压不足${tag}`), row(2, `楼道水管漏水${tag}`)]);
    expect((await uploadHistory('cases', file, 'two-cases.csv')).body.imported).toBe(2);
    caseIds = (await admin.get('supervision', `/cases?q=${tag}&imported=true`)).body.items.map((c: { id: string }) => c.id);
    expect(caseIds).toHaveLength(2);
  });

  /** The council's adoption figures over suggestions submitted today (SuggestionFiguresQueries behind the list). */
  const adoptionToday = async () => (await admin.get('supervision', `/suggestions?from=${today()}&to=${tomorrow()}&limit=1`)).body.adoption;

  it('goes from a draft on two cases through review and submission to adopted, moving the adoption rate by exactly one adopted', async () => {
    const key = randomUUID();
    const body = { title: '关于加快老旧小区供水管网改造的建议', text: '建议将老旧小区供水管网改造纳入年度计划。', sources: caseIds.map((id) => ({ kind: 'case', id })) };
    const drafted = await member.post('supervision', '/suggestions', body, { 'Idempotency-Key': key });
    expect(drafted.status).toBe(201);
    expect(drafted.body).toMatchObject({ status: 'draft', reference: expect.stringMatching(/^SG-\d{4}-\d{4}$/), communityIds: ['com-15'], proposers: [{ memberId: people.members[0].replace('member-', ''), name: expect.any(String) }] });
    expect(drafted.body.sources).toHaveLength(2);
    // A double click drafts it once.
    const repeated = await member.post('supervision', '/suggestions', body, { 'Idempotency-Key': key });
    expect(repeated.body.id).toBe(drafted.body.id);
    const id = drafted.body.id as string;

    // Members propose; only the committee or an admin reviews.
    expect((await member.post('supervision', `/suggestions/${id}/review`, { decision: 'approve' })).status).toBe(403);
    expect((await member.post('supervision', `/suggestions/${id}/review-request`, {})).body.status).toBe('under_review');
    const returned = await committee.post('supervision', `/suggestions/${id}/review`, { decision: 'return', note: '请补充资金测算' });
    expect(returned.body).toMatchObject({ status: 'draft', review: { note: '请补充资金测算' } });
    expect((await member.patch('supervision', `/suggestions/${id}`, { text: '建议将改造纳入年度计划，估算资金约300万元。' })).status).toBe(200);
    expect((await member.post('supervision', `/suggestions/${id}/review-request`, {})).body.status).toBe('under_review');
    expect((await committee.post('supervision', `/suggestions/${id}/review`, { decision: 'approve' })).body.status).toBe('approved');

    const before = await adoptionToday();
    // The same figure as leadership reads it: GET /figures for this month (Beijing time).
    const adoptionFigure = async () => (await admin.get('supervision', `/figures?period=${today().slice(0, 7)}`)).body.rates.adoptionRate as { numerator: number; denominator: number; value: number | null };
    const figureBefore = await adoptionFigure();
    const submission = { toKind: 'department', to: 'dept-housing', submittedOn: today() };
    // Two clicks at once: one submission, one audit entry.
    const [a, b] = await Promise.all([committee.post('supervision', `/suggestions/${id}/submission`, submission), committee.post('supervision', `/suggestions/${id}/submission`, submission)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body).toMatchObject({ status: 'submitted', submission: { toKind: 'department', to: 'dept-housing', submittedOn: today() }, adoption: { status: 'pending' } });
    expect((await committee.post('supervision', `/suggestions/${id}/submission`, { ...submission, toKind: 'government', to: '市人民政府' })).status).toBe(409);
    const submitted = await adoptionToday();
    expect(submitted).toMatchObject({ submitted: before.submitted + 1, pending: before.pending + 1, decided: before.decided });

    const adopted = await committee.post('supervision', `/suggestions/${id}/adoption`, { adoption: 'adopted', adoptingBody: '市住房和城乡建设局', decidedOn: today(), implementationNotes: '已列入明年改造计划' });
    expect(adopted.status).toBe(200);
    const after = await adoptionToday();
    expect(after).toMatchObject({ submitted: before.submitted + 1, decided: before.decided + 1, adopted: before.adopted + 1, pending: before.pending, notAdopted: before.notAdopted });
    const expectedRate = Math.round(((before.adopted + 1 + before.partlyAdopted) / (before.decided + 1)) * 10_000) / 10_000;
    expect(after.rate).toBe(expectedRate);
    const figureAfter = await adoptionFigure();
    expect(figureAfter).toMatchObject({ numerator: figureBefore.numerator + 1, denominator: figureBefore.denominator + 1 });
    expect(figureAfter.value).toBeCloseTo((figureBefore.numerator + 1) / (figureBefore.denominator + 1), 3);

    const detail = await admin.get('supervision', `/suggestions/${id}`);
    expect(detail.body.history.map((h: { action: string }) => h.action)).toEqual(['create', 'request_review', 'return', 'update', 'request_review', 'approve', 'submit', 'adoption']);
    expect(detail.body.adoption).toMatchObject({ status: 'adopted', adoptingBody: '市住房和城乡建设局', implementationNotes: '已列入明年改造计划' });
  });

  it('names the field of bad input and writes nothing', async () => {
    const total = async () => (await admin.get('supervision', '/suggestions?limit=1')).body.total as number;
    const before = await total();
    const noTitle = await member.post('supervision', '/suggestions', { text: '内容', sources: [{ kind: 'case', id: caseIds[0] }] });
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.fields[0].field).toBe('title');
    const unknownCase = await member.post('supervision', '/suggestions', { title: '标题', text: '内容', sources: [{ kind: 'case', id: randomUUID() }] });
    expect(unknownCase.status).toBe(400);
    expect(unknownCase.body.fields[0].field).toBe('sources');
    const unknownMember = await member.post('supervision', '/suggestions', { title: '标题', text: '内容', sources: [{ kind: 'case', id: caseIds[0] }], proposerIds: ['mem-999'] });
    expect(unknownMember.body.fields[0].field).toBe('proposerIds');
    expect(await total()).toBe(before);

    const draft = await member.post('supervision', '/suggestions', { title: '关于增设充电桩的建议', text: '建议增设。', sources: [{ kind: 'case', id: caseIds[1] }] });
    const id = draft.body.id as string;
    expect((await committee.post('supervision', `/suggestions/${id}/submission`, { toKind: 'government', to: '市人民政府', submittedOn: today() })).status).toBe(409);
    await member.post('supervision', `/suggestions/${id}/review-request`, {});
    await committee.post('supervision', `/suggestions/${id}/review`, { decision: 'approve' });
    const badTarget = await committee.post('supervision', `/suggestions/${id}/submission`, { toKind: 'department', to: 'dept-nowhere', submittedOn: today() });
    expect(badTarget.body.fields[0].field).toBe('to');
    const badDate = await committee.post('supervision', `/suggestions/${id}/submission`, { toKind: 'government', to: '市人民政府', submittedOn: '2026-02-30' });
    expect(badDate.body.fields[0].field).toBe('submittedOn');
    await committee.post('supervision', `/suggestions/${id}/submission`, { toKind: 'government', to: '市人民政府', submittedOn: today() });
    const noReason = await committee.post('supervision', `/suggestions/${id}/adoption`, { adoption: 'not_adopted', decidedOn: today() });
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields[0].field).toBe('reason');
    expect((await admin.get('supervision', `/suggestions/${id}`)).body.adoption.status).toBe('pending');
  });

  it("keeps each council's suggestions to itself", async () => {
    const drafted = await member.post('supervision', '/suggestions', { title: '关于社区食堂的建议', text: '建议开设。', sources: [{ kind: 'case', id: caseIds[0] }] });
    const county = await ApiClient.login('county-admin');
    expect((await county.get('supervision', `/suggestions/${drafted.body.id}`)).status).toBe(404);
    expect((await county.post('supervision', `/suggestions/${drafted.body.id}/review`, { decision: 'approve' })).status).toBe(404);
    expect((await county.get('supervision', '/suggestions?limit=200')).body.items.map((s: { id: string }) => s.id)).not.toContain(drafted.body.id);
    // A county member cannot rest a suggestion on the city's cases.
    const countyMember = await ApiClient.login('member-cmem-02');
    expect((await countyMember.post('supervision', '/suggestions', { title: '越界', text: '越界', sources: [{ kind: 'case', id: caseIds[0] }] })).body.fields[0].field).toBe('sources');
  });

  it('searches by text, status and adoption', async () => {
    const found = await admin.get('supervision', `/suggestions?q=${encodeURIComponent('供水管网')}&status=submitted&adoption=adopted`);
    expect(found.status).toBe(200);
    expect(found.body.items.map((s: { title: string }) => s.title)).toContain('关于加快老旧小区供水管网改造的建议');
    expect(found.body).toMatchObject({ total: found.body.items.length, totalIsLowerBound: false });
    expect((await admin.get('supervision', '/suggestions?adoption=maybe')).body.fields[0].field).toBe('adoption');
  });
});
