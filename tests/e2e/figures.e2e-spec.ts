import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import type { ConsultationFiguresRange, IntakeFiguresRange } from '@shangliang/contracts';
import { INTERNAL_SIGNATURE_HEADER, signInternalRequest } from '@shangliang/http';
import { ApiClient, testEnvironment } from '@shangliang/testing';
import { peopleOf } from './support/problem-flows';
import { docxText } from './support/zip-entries';

/**
 * The figures against a data set written straight into the services' tables, every rate worked
 * out by hand below. The rows sit in 2019 — a year no other test and no demo data touches — in
 * two communities (com-17, com-18), so nothing else can move these numbers.
 */
describe('figures (数据指标) and reports', () => {
  const database = new Client({
    host: process.env.PGHOST ?? '127.0.0.1',
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER ?? 'postgres',
    password: process.env.PGPASSWORD || undefined,
    database: process.env.PGDATABASE ?? 'shangliang_test',
  });
  const A = 'com-17';
  const B = 'com-18';
  const HOUSING = 'dept-housing';
  const TRANSPORT = 'dept-transport';
  const TYPICAL_TITLE = '征地补偿款三年未到位，点对点协商后一次性兑付';
  /** Beijing wall-clock time. */
  const bj = (text: string) => new Date(`${text}+08:00`);
  let admin: ApiClient;
  let leader: ApiClient;
  let councilId: string;
  let seq = 0;
  const ref = () => `FIGT-${String(++seq).padStart(4, '0')}`;

  const item = async (communityId: string) => {
    const problemId = randomUUID();
    await database.query(
      `INSERT INTO consultation.consultation_items (problem_id, reference, category, community_id, lead_member_id, member_ids, status, due_at)
       VALUES ($1, $2, 'environment', $3, 'mem-001', '{mem-001}', 'concluded', $4)`,
      [problemId, ref(), communityId, bj('2019-01-01T00:00:00')],
    );
    return problemId;
  };
  const referral = async (communityId: string, r: { dept: string; created: string; due: string; status?: string; signed?: string; responded?: string; completed?: string }) => {
    await database.query(
      `INSERT INTO consultation.referrals (id, problem_id, department_id, request, due_at, status, created_at, signed_at, responded_at, completed_at)
       VALUES ($1, $2, $3, '请部门处理', $4, $5, $6, $7, $8, $9)`,
      [randomUUID(), await item(communityId), r.dept, bj(r.due), r.status ?? 'signed', bj(r.created), r.signed ? bj(r.signed) : null, r.responded ? bj(r.responded) : null, r.completed ? bj(r.completed) : null],
    );
  };
  const consultation = async (communityId: string, form: string, heldAt: string) => {
    await database.query(
      `INSERT INTO consultation.consultations (id, problem_id, form, held_at, venue, participants, summary, outcome, recorded_by)
       VALUES ($1, $2, $3, $4, '委员工作室', '[]', '协商纪要', 'solved', 'mem-001')`,
      [randomUUID(), await item(communityId), form, bj(heldAt)],
    );
  };
  const problem = async (communityId: string, source: string, createdAt: string, category = 'environment') => {
    await database.query(
      `INSERT INTO intake.problems (id, reference, tracking_code, source, category, urgency, title, description, community_id, stage, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'normal', '测试问题', '测试问题的描述', $6, 'archived', $7, $7)`,
      [randomUUID(), ref(), `FT${randomUUID().slice(0, 12)}`, source, category, communityId, bj(createdAt)],
    );
  };
  const archivedCase = async (communityId: string, c: { outcome: string; satisfaction: string | null; archived: Date | string; category?: string; typical?: boolean; title?: string }) => {
    const archived = typeof c.archived === 'string' ? bj(c.archived) : c.archived;
    await database.query(
      `INSERT INTO supervision.cases (id, problem_id, reference, category, community_id, outcome, member_ids, escalation_rungs, satisfaction, submitted_at, settled_at, archived_at, title, write_up, typical)
       VALUES ($1, $2, $3, $4, $5, $6, '{}', '{}', $7, $8, $8, $8, $9, $10, $11)`,
      [randomUUID(), randomUUID(), ref(), c.category ?? 'environment', communityId, c.outcome, c.satisfaction, archived, c.title ?? '一般案例', c.typical ? '委员三次走访，约请区征收办点对点协商，补偿款当月兑付。' : null, c.typical ?? false],
    );
  };
  const supervisionCase = async (communityId: string, opened: string, resolved: string | null) => {
    await database.query(
      `INSERT INTO supervision.supervision_cases (id, problem_id, referral_id, reference, category, community_id, department_id, status, opened_at, resolved_at)
       VALUES ($1, $2, $3, $4, 'environment', $5, $6, $7, $8, $9)`,
      [randomUUID(), randomUUID(), randomUUID(), ref(), communityId, HOUSING, resolved ? 'resolved' : 'open', bj(opened), resolved ? bj(resolved) : null],
    );
  };
  const suggestion = async (communityId: string, submitted: string, adoption: string) => {
    await database.query(
      `INSERT INTO supervision.suggestions (id, council_id, reference, title, text, status, community_ids, submitted_at, adoption, adoption_reason, created_by)
       VALUES ($1, $2, $3, '关于加快老旧小区改造的建议', '建议正文', 'submitted', $4, $5, $6, $7, 'admin')`,
      // A suggestion not adopted carries its reason (the bank refuses one without).
      [randomUUID(), councilId, ref(), [communityId], bj(submitted), adoption, adoption === 'not_adopted' ? '财政资金不足' : null],
    );
  };

  beforeAll(async () => {
    await database.connect();
    councilId = (await database.query(`SELECT l.council_id FROM organisation.communities c JOIN organisation.localities l ON l.id = c.locality_id WHERE c.id = $1`, [A])).rows[0].council_id;
    admin = await ApiClient.login('admin');
    leader = await ApiClient.login(peopleOf(A).leader);

    // ── Area A (com-17), 2019-Q1 ──
    // Referrals due in Q1: 4 counted (the re-referred one is not), 2 answered by the deadline.
    await referral(A, { dept: HOUSING, created: '2019-01-05T09:00:00', due: '2019-01-15T18:00:00', signed: '2019-01-06T09:00:00' }); // on time, 24 h
    await referral(A, { dept: HOUSING, created: '2019-02-01T09:00:00', due: '2019-02-10T18:00:00', signed: '2019-02-12T09:00:00' }); // late, 264 h
    await referral(A, { dept: TRANSPORT, created: '2019-02-01T09:00:00', due: '2019-02-11T18:00:00', responded: '2019-02-03T09:00:00', status: 'responded' }); // on time, 48 h
    await referral(A, { dept: TRANSPORT, created: '2019-03-01T09:00:00', due: '2019-03-20T18:00:00', status: 'open' }); // never answered
    await referral(A, { dept: HOUSING, created: '2019-02-20T09:00:00', due: '2019-03-05T18:00:00', status: 're_referred' }); // sent back and handed on: left out
    await consultation(A, 'micro', '2019-01-20T15:00:00');
    await consultation(A, 'micro', '2019-02-20T15:00:00');
    await consultation(A, 'point_to_point', '2019-03-10T15:00:00');
    await problem(A, 'web', '2019-01-03T10:00:00');
    await problem(A, 'web', '2019-02-03T10:00:00');
    await problem(A, 'hotline', '2019-03-03T10:00:00', 'land_acquisition');
    // Cases archived in Q1: 6 concluded, 4 solved; answered 4 (not reached and none left out), 3 satisfied.
    await archivedCase(A, { outcome: 'solved', satisfaction: 'satisfied', archived: '2019-01-25T10:00:00' });
    await archivedCase(A, { outcome: 'solved', satisfaction: 'basically_satisfied', archived: '2019-02-25T10:00:00' });
    await archivedCase(A, { outcome: 'explained', satisfaction: 'dissatisfied', archived: '2019-02-26T10:00:00' });
    await archivedCase(A, { outcome: 'solved', satisfaction: 'not_reached', archived: '2019-03-01T10:00:00' });
    await archivedCase(A, { outcome: 'referred', satisfaction: null, archived: '2019-03-02T10:00:00' });
    await archivedCase(A, { outcome: 'solved', satisfaction: 'satisfied', archived: '2019-03-15T10:00:00', category: 'land_acquisition', typical: true, title: TYPICAL_TITLE });
    // Escalations: 3 opened in Q1; open at its end: the first and the last; at April's end: the first.
    await supervisionCase(A, '2019-02-01T10:00:00', null);
    await supervisionCase(A, '2019-01-10T10:00:00', '2019-03-01T10:00:00');
    await supervisionCase(A, '2019-03-25T10:00:00', '2019-04-10T10:00:00');
    // Suggestions submitted in Q1: 5, decided 4, adopted or partly 3.
    await suggestion(A, '2019-01-10T10:00:00', 'adopted');
    await suggestion(A, '2019-02-10T10:00:00', 'adopted');
    await suggestion(A, '2019-02-11T10:00:00', 'partly_adopted');
    await suggestion(A, '2019-03-10T10:00:00', 'not_adopted');
    await suggestion(A, '2019-03-11T10:00:00', 'pending');

    // ── Area A, 2019-04 (April, Beijing time) ──
    await referral(A, { dept: HOUSING, created: '2019-04-02T09:00:00', due: '2019-04-10T18:00:00', completed: '2019-04-09T09:00:00', status: 'completed' }); // 办结 counts as the answer
    // 00:30 on 1 April in Beijing is still 31 March in UTC: it belongs to April.
    await archivedCase(A, { outcome: 'solved', satisfaction: 'dissatisfied', archived: new Date('2019-03-31T16:30:00Z') });
    await archivedCase(A, { outcome: 'explained', satisfaction: 'satisfied', archived: '2019-04-20T10:00:00' });
    await consultation(A, 'thematic', '2019-04-15T15:00:00');
    await problem(A, 'studio', '2019-04-01T01:00:00');
    await suggestion(A, '2019-04-15T10:00:00', 'not_adopted');

    // ── Area B (com-18), 2019-Q1; nothing in April ──
    await referral(B, { dept: TRANSPORT, created: '2019-01-10T09:00:00', due: '2019-01-20T18:00:00', signed: '2019-01-11T09:00:00' });
    await archivedCase(B, { outcome: 'solved', satisfaction: 'satisfied', archived: '2019-02-05T10:00:00' });
    await archivedCase(B, { outcome: 'solved', satisfaction: 'dissatisfied', archived: '2019-02-06T10:00:00' });
    await consultation(B, 'point_to_point', '2019-02-15T15:00:00');
    await problem(B, 'open311', '2019-03-15T10:00:00');
    await suggestion(B, '2019-03-20T10:00:00', 'adopted');
  });

  afterAll(() => database.end());

  const figures = async (client: ApiClient, query: string) => {
    const res = await client.get('supervision', `/figures?${query}`);
    expect(res.status).toBe(200);
    return res.body;
  };

  it('counts area A over 2019-Q1 exactly as worked out by hand', async () => {
    const f = await figures(admin, `period=2019-Q1&area=community:${A}`);
    expect(f.period).toEqual({ label: '2019-Q1', from: '2018-12-31T16:00:00.000Z', to: '2019-03-31T16:00:00.000Z' });
    expect(f.area).toMatchObject({ kind: 'community', id: A });
    expect(f.rates.responseRate).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    expect(f.rates.resolutionRate).toEqual({ numerator: 4, denominator: 6, value: 0.6667 });
    expect(f.rates.satisfactionRate).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
    expect(f.rates.adoptionRate).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
    expect(f.counts).toEqual({
      problemsByChannel: { web: 2, hotline: 1, open311: 0, studio: 0, member_visit: 0, total: 3 },
      consultationsByForm: { micro: 2, thematic: 0, point_to_point: 1, total: 3 },
      pointToPointConsultations: 1,
      landAcquisitionRaised: 1,
      landAcquisitionSettled: 1,
      openEscalations: 2,
      escalationsOpened: 3,
    });
    expect(f.satisfaction).toEqual({ answered: 4, satisfied: 2, basicallySatisfied: 1, dissatisfied: 1, notReached: 1, notRecorded: 1 });
    expect(f.suggestions).toEqual({ submitted: 5, decided: 4, adopted: 2, partlyAdopted: 1, notAdopted: 1, pending: 1 });
  });

  it('counts area A over April 2019 (Beijing time) as worked out by hand', async () => {
    const f = await figures(admin, `period=2019-04&area=community:${A}`);
    expect(f.rates.responseRate).toEqual({ numerator: 1, denominator: 1, value: 1 });
    expect(f.rates.resolutionRate).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(f.rates.satisfactionRate).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(f.rates.adoptionRate).toEqual({ numerator: 0, denominator: 1, value: 0 });
    expect(f.counts.problemsByChannel.total).toBe(1);
    expect(f.counts.problemsByChannel.studio).toBe(1);
    expect(f.counts.consultationsByForm).toEqual({ micro: 0, thematic: 1, point_to_point: 0, total: 1 });
    expect(f.counts.openEscalations).toBe(1);
    expect(f.counts.escalationsOpened).toBe(0);
  });

  it('counts area B (a group) over both periods, and the council as the sum of both areas', async () => {
    const group = (await database.query(`SELECT id FROM organisation.member_groups WHERE community_id = $1`, [B])).rows[0].id;
    const q1 = await figures(admin, `period=2019-Q1&area=group:${group}`);
    expect(q1.area).toMatchObject({ kind: 'group', id: group });
    expect(q1.rates.responseRate).toEqual({ numerator: 1, denominator: 1, value: 1 });
    expect(q1.rates.resolutionRate).toEqual({ numerator: 2, denominator: 2, value: 1 });
    expect(q1.rates.satisfactionRate).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(q1.rates.adoptionRate).toEqual({ numerator: 1, denominator: 1, value: 1 });
    expect(q1.counts.pointToPointConsultations).toBe(1);
    expect(q1.counts.problemsByChannel.open311).toBe(1);
    const april = await figures(admin, `period=2019-04&area=group:${group}`);
    expect(april.rates.responseRate).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(april.rates.resolutionRate.value).toBeNull();
    expect(april.counts.problemsByChannel.total).toBe(0);

    const council = await figures(admin, 'period=2019-Q1');
    expect(council.area).toMatchObject({ kind: 'council', id: councilId });
    expect(council.rates.responseRate).toEqual({ numerator: 3, denominator: 5, value: 0.6 });
    expect(council.rates.resolutionRate).toEqual({ numerator: 6, denominator: 8, value: 0.75 });
    expect(council.rates.satisfactionRate).toEqual({ numerator: 4, denominator: 6, value: 0.6667 });
    expect(council.rates.adoptionRate).toEqual({ numerator: 4, denominator: 5, value: 0.8 });
    // A date range of the same days is the same period.
    const range = await figures(admin, 'from=2019-01-01&to=2019-03-31');
    expect(range.rates).toEqual(council.rates);
  });

  it('ranks the departments by response rate, then by median hours to the first answer', async () => {
    const res = await admin.get('supervision', `/figures/departments?period=2019-Q1&area=community:${A}`);
    expect(res.status).toBe(200);
    expect(res.body.departments.map((d: Record<string, unknown>) => ({ id: d.departmentId, rank: d.rank, due: d.due, onTime: d.answeredOnTime, rate: d.responseRate, median: d.medianResponseHours }))).toEqual([
      { id: TRANSPORT, rank: 1, due: 2, onTime: 1, rate: 0.5, median: 48 },
      { id: HOUSING, rank: 2, due: 2, onTime: 1, rate: 0.5, median: 144 },
    ]);
    const byDepartment = await figures(admin, `period=2019-Q1&area=department:${HOUSING}`);
    expect(byDepartment.rates.responseRate).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(byDepartment.counts.problemsByChannel).toBeNull();
  });

  it('gives the trend month by month', async () => {
    const res = await admin.get('supervision', `/figures/trend?from=2019-01-01&to=2019-04-30&area=community:${A}`);
    expect(res.status).toBe(200);
    expect(res.body.months.map((m: { period: { label: string }; rates: { responseRate: unknown } }) => [m.period.label, m.rates.responseRate])).toEqual([
      ['2019-01', { numerator: 1, denominator: 1, value: 1 }],
      ['2019-02', { numerator: 1, denominator: 2, value: 0.5 }],
      ['2019-03', { numerator: 0, denominator: 1, value: 0 }],
      ['2019-04', { numerator: 1, denominator: 1, value: 1 }],
    ]);
  });

  it("shows a group leader only their group's figures, and refuses another group's", async () => {
    const own = await figures(leader, 'period=2019-Q1');
    expect(own.area.kind).toBe('group');
    expect(own.rates.resolutionRate).toEqual({ numerator: 4, denominator: 6, value: 0.6667 });
    const otherGroup = (await database.query(`SELECT id FROM organisation.member_groups WHERE community_id = $1`, [B])).rows[0].id;
    expect((await leader.get('supervision', `/figures?period=2019-Q1&area=group:${otherGroup}`)).status).toBe(403);
    expect((await leader.get('supervision', `/figures?period=2019-Q1&area=community:${B}`)).status).toBe(403);
    expect((await leader.get('supervision', `/figures?period=2019-Q1&area=council:${councilId}`)).status).toBe(403);
    expect((await leader.get('supervision', `/figures/trend?period=2019-Q1&area=group:${otherGroup}`)).status).toBe(403);
  });

  it('refuses a bad period or area with a 400 naming the field', async () => {
    const bad = await admin.get('supervision', '/figures?period=2026-Q5');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('period');
    const both = await admin.get('supervision', '/figures?period=2026-Q1&from=2026-01-01&to=2026-02-01');
    expect(both.status).toBe(400);
    const area = await admin.get('supervision', '/figures?area=planet:mars');
    expect(area.status).toBe(400);
    expect(JSON.stringify(area.body)).toContain('area');
  });

  it('serves the same figures as CSV', async () => {
    const res = await admin.get('supervision', `/figures.csv?period=2019-Q1&area=community:${A}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (res.body as string).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('period,from,to,area,area_name,figure,name_zh,name_en,value,numerator,denominator');
    expect(lines.find((l) => l.includes(',resolutionRate,'))).toMatch(/,0\.6667,4,6$/);
    expect(lines.find((l) => l.includes(',pointToPointConsultations,'))).toMatch(/,1,,$/);
  });

  it('asks intake and consultation for their parts only with a signed call', async () => {
    const body = JSON.stringify({ communityIds: [A], departmentId: null, ranges: [{ from: '2018-12-31T16:00:00Z', to: '2019-03-31T16:00:00Z' }], now: new Date().toISOString() });
    const call = (service: 'intake' | 'consultation', headers: Record<string, string>) =>
      fetch(`${testEnvironment.url(service)}/internal/figures`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
    for (const service of ['intake', 'consultation'] as const) {
      expect((await call(service, {})).status).toBe(401);
      expect((await call(service, { authorization: `Bearer ${admin.token}` })).status).toBe(401);
    }
    const signed = { [INTERNAL_SIGNATURE_HEADER]: signInternalRequest(process.env.INTERNAL_API_SECRET ?? '', body) };
    const intake = (await (await call('intake', signed)).json()) as { ranges: IntakeFiguresRange[] };
    expect(intake.ranges[0]).toEqual({ problemsBySource: { web: 2, hotline: 1, open311: 0, studio: 0, member_visit: 0 }, landAcquisitionRaised: 1 });
    const consultation = (await (await call('consultation', signed)).json()) as { ranges: ConsultationFiguresRange[] };
    expect(consultation.ranges[0].referrals).toEqual({ opened: 5, due: 4, answeredOnTime: 2 });
  });

  const download = async (client: ApiClient, path: string) => {
    const res = await fetch(`${testEnvironment.url('supervision')}${path}`, { headers: { authorization: `Bearer ${client.token}` } });
    expect(res.status).toBe(200);
    return { type: res.headers.get('content-type') ?? '', body: Buffer.from(await res.arrayBuffer()) };
  };

  it('writes the quarterly report (季度通报) as Word with the figures, the league table and the typical cases', async () => {
    const { type, body } = await download(admin, `/reports/quarterly.docx?period=2019-Q1&area=community:${A}`);
    expect(type).toContain('wordprocessingml');
    const text = docxText(body);
    expect(text).toContain('季度通报');
    expect(text).toContain('2019-Q1');
    expect(text).toContain('响应率');
    expect(text).toContain('50.0%'); // response rate
    expect(text).toContain('66.7%'); // resolution rate
    expect(text).toContain('75.0%'); // satisfaction and adoption rates
    expect(text).toContain('4 / 6');
    expect(text).toContain('2019-03'); // the trend's months
    expect(text).toContain(TYPICAL_TITLE);
    expect(text).toContain('补偿款当月兑付');
  });

  it("writes a locality's site-meeting pack (现场会材料) with its typical cases", async () => {
    const localityId = (await database.query(`SELECT locality_id FROM organisation.communities WHERE id = $1`, [A])).rows[0].locality_id;
    const { body } = await download(admin, `/reports/site-meeting.docx?period=2019-Q1&locality=${localityId}`);
    const text = docxText(body);
    expect(text).toContain('现场会材料');
    expect(text).toContain(TYPICAL_TITLE);
    expect((await leader.get('supervision', `/reports/site-meeting.docx?period=2019-Q1&locality=loc-100`)).status).toBe(403);
  });

  it('exports the figures and the case bank as workbooks that read back', async () => {
    const figuresBook = new ExcelJS.Workbook();
    await figuresBook.xlsx.load((await download(admin, `/reports/figures.xlsx?period=2019-Q1&area=community:${A}`)).body as unknown as ArrayBuffer);
    const sheet = figuresBook.getWorksheet('指标 Figures')!;
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((row) => rows.set(String(row.getCell(1).value), [row.getCell(4).value, row.getCell(5).value, row.getCell(6).value]));
    expect(rows.get('resolutionRate')).toEqual([0.6667, 4, 6]);
    expect(rows.get('satisfactionRate')).toEqual([0.75, 3, 4]);
    expect(rows.get('pointToPointConsultations')?.[0]).toBe(1);
    expect(figuresBook.getWorksheet('趋势 Trend')!.rowCount).toBe(4); // header + 3 months

    const casesBook = new ExcelJS.Workbook();
    await casesBook.xlsx.load((await download(admin, `/reports/cases.xlsx?period=2019-Q1&area=community:${A}`)).body as unknown as ArrayBuffer);
    const cases = casesBook.getWorksheet('案例库 Cases')!;
    expect(cases.rowCount).toBe(7); // header + 6 cases archived in Q1
    const titles: string[] = [];
    cases.eachRow((row, n) => n > 1 && titles.push(String(row.getCell(2).value)));
    expect(titles).toContain(TYPICAL_TITLE);
  });
});
