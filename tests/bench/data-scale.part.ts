// Part `rows`: a year of a city's problems and a case bank at scale, read as staff read them.
// - Seeds BENCH_ROWS (1,000,000) problems in intake's problem bank over the past year and as many
//   cases in supervision's case bank (archived by the workflow, or imported from before the
//   system), with the consultations, referrals and democratic-supervision cases the figures
//   count — in SQL (`INSERT … SELECT … FROM generate_series`), in the shapes the services write.
//   Bench rows are marked: references start `BENCH-`, residents' digests `bench:`. Seeding tops
//   up to the size asked for, so a second run on the same database seeds nothing.
// - Then times, through the HTTP APIs and as the staff who use them, BENCH_ROW_REQUESTS (150)
//   requests each with varied filters, terms and pages: the staff problem list (GET /problems on
//   intake), case search (GET /cases on supervision) and the figures (GET /figures), p50/p95;
//   then the staff's other lists the same way (staff-lists.ts, which seeds what they read).
import type { Pool, PoolClient } from 'pg';
import type { BenchContext } from './support/context';
import { seedStaffLists, timeStaffLists } from './staff-lists';
import { draw, getJson, reportTimed, signIn, timeRequests, type Timed } from './support/staff-requests';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_ROW_REQUESTS ?? 150);
const BATCH = 100_000;
/** Bench residents: the first reporter of most problems is one of them. */
const RESIDENTS = 100_000;

// ─── what residents write ─────────────────────────────────────────────────────────────────────
// Titles are "place + issue"; descriptions add how long, the harm, the ask and a detail, so the
// bank has tens of thousands of distinct texts and trigram search has something to tell apart.
export const PLACES = ['1号楼', '3号楼', '7号楼', '12号楼', '小区北门', '小区南门', '幼儿园门口', '农贸市场', '地下车库', '健身广场', '老年活动中心', '社区卫生站', '公交站台', '小学路口', '河道边', '背街小巷', '老旧小区', '安置小区', '商业街', '沿街商铺'];
/** `category|issue`; a category appears as often as residents raise it. */
export const ISSUES = [
  'environment|垃圾清运不及时', 'environment|污水外溢', 'environment|餐馆油烟扰民', 'environment|绿化带杂草丛生', 'environment|河道发臭',
  'property_management|电梯经常故障', 'property_management|物业服务不到位', 'property_management|门禁系统损坏', 'property_management|楼道堆放杂物', 'property_management|物业费收取不透明',
  'traffic|路灯不亮', 'traffic|道路坑洼积水', 'traffic|停车位不足', 'traffic|红绿灯设置不合理', 'traffic|电动车乱停乱放',
  'utilities|楼道漏水', 'utilities|经常停水', 'utilities|燃气管道老化', 'utilities|暖气不热', 'utilities|下水道堵塞',
  'public_facilities|健身器材损坏', 'public_facilities|公厕无人打扫', 'public_facilities|休息座椅破损', 'public_facilities|充电桩不够用',
  'elderly_care|老年食堂关闭', 'elderly_care|助餐点太远', 'elderly_care|缺少无障碍设施',
  'neighbourhood_dispute|楼上漏水纠纷', 'neighbourhood_dispute|宠物噪音扰民', 'neighbourhood_dispute|违建占用公共通道',
  'land_acquisition|拆迁补偿款未落实', 'land_acquisition|安置房交付延期',
  'public_safety|消防通道被占用', 'public_safety|监控探头损坏', 'public_safety|井盖缺失', 'public_safety|高空抛物',
  'other|快递柜不足', 'other|手机信号差',
];
export const DURATIONS = ['已经一个多月', '持续半年多了', '反映多次没有结果', '最近一周越来越严重', '去年就出现过', '每逢下雨就这样', '晚上尤其明显', '节假日更严重'];
export const IMPACTS = ['影响居民出行', '老人孩子很不安全', '附近住户意见很大', '影响正常休息', '存在安全隐患', '给生活带来很大不便', '商户经营受影响', '居民多次投诉'];
export const ASKS = ['希望尽快解决', '请有关部门尽快处理', '希望委员帮忙协调', '请社区牵头解决', '建议统一规划整治', '希望给个明确答复', '请物业限期整改'];
export const DETAILS = ['涉及住户约两百户。', '附近有学校和幼儿园。', '之前打过12345热线。', '居民自发收集了签名。', '已经向物业反映过。', ''];
const CASE_SUFFIXES = ['问题得到解决', '整治完成', '协商化解', '已妥善处理'];
const ACTIONS = ['实地走访并召开微协商会议', '邀请职能部门现场协商', '多次入户听取居民意见', '组织点对点协商', '联系物业和业委会共同商量'];
const RESULTS = ['问题已彻底解决', '居民表示满意', '已纳入年度改造计划', '部门限期整改完毕', '达成共识并签订协议'];

/** SQL: a random element of the text[] parameter `$n`. */
const pick = (param: string, r: string) => `(${param}::text[])[1 + floor(${r} * cardinality(${param}::text[]))::int]`;

async function count(db: Pool | PoolClient, sql: string): Promise<number> {
  const { rows } = await db.query<{ n: string }>(sql);
  return Number(rows[0]?.n ?? 0);
}

/** The demo city's communities (most problems) and the county's (a few), and the city's departments. */
async function organisation(db: Pool): Promise<{ city: string[]; county: string[]; departments: string[]; members: string[] }> {
  const { rows } = await db.query<{ id: string; council_id: string }>(
    `SELECT c.id, l.council_id FROM organisation.communities c JOIN organisation.localities l ON l.id = c.locality_id ORDER BY c.id`,
  );
  const { rows: departments } = await db.query<{ id: string }>(`SELECT id FROM organisation.departments WHERE council_id = 'council-city' ORDER BY id`);
  const { rows: members } = await db.query<{ id: string }>(`SELECT id FROM organisation.members ORDER BY id`);
  return {
    city: rows.filter((r) => r.council_id === 'council-city').map((r) => r.id),
    county: rows.filter((r) => r.council_id !== 'council-city').map((r) => r.id),
    departments: departments.map((d) => d.id),
    members: members.map((m) => m.id),
  };
}

/** Residents who raise the bench's problems (digest `bench:<n>`, a made-up number, no name). */
export async function seedResidents(db: Pool): Promise<void> {
  await db.query(
    `INSERT INTO intake.resident_contacts (id, phone_digest, phone, consent_to_callback, created_at)
     SELECT md5('bench-resident-' || k)::uuid, 'bench:' || k, '199' || lpad(k::text, 8, '0'), k % 3 <> 0, now() - interval '400 days'
       FROM generate_series(1, $1::int) k
     ON CONFLICT DO NOTHING`,
    [RESIDENTS],
  );
}

/**
 * Problems `BENCH-P-<n>` for n in [from, to]: created uniformly over the past year; the older
 * ones mostly archived (some closed as unsuitable), the recent ones in the open stages; 80% with
 * a first reporter (as the web form and the hotline write them).
 */
async function seedProblems(db: Pool, org: { city: string[]; county: string[] }, from: number, to: number): Promise<void> {
  const communities = [...Array.from({ length: 19 }, () => org.city).flat(), ...org.county];
  await db.query(
    `WITH drawn AS (
       SELECT n, 365 * random() AS age, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6, random() AS r7, random() AS r8,
              ${pick('$2', 'random()')} AS entry, ${pick('$1', 'random()')} AS place
         FROM generate_series($8::int, $9::int) n
     ), shaped AS (
       SELECT d.*, now() - d.age * interval '1 day' AS created_at, split_part(d.entry, '|', 1) AS category, split_part(d.entry, '|', 2) AS issue,
              CASE
                WHEN d.age < 3 THEN (ARRAY['submitted','screening','screening','assignment','consultation'])[1 + floor(d.r1 * 5)::int]
                WHEN d.age < 60 AND d.r1 < 0.6 * (1 - d.age / 60) THEN (ARRAY['assignment','consultation','consultation','referral','referral','escalation','follow_up'])[1 + floor(d.r2 * 7)::int]
                WHEN d.r2 < 0.14 THEN 'closed_unsuitable'
                ELSE 'archived'
              END AS stage
         FROM drawn d
     )
     INSERT INTO intake.problems (id, reference, tracking_code, source, category, urgency, title, description, community_id, address, lat, lng, stage, due_at, escalated, progressed_at, closed_reason, resident_id, created_at, updated_at)
     SELECT gen_random_uuid(), 'BENCH-P-' || lpad(s.n::text, 8, '0'), 'BP' || lpad(s.n::text, 8, '0'),
            (ARRAY['web','web','web','web','hotline','hotline','hotline','studio','member_visit','open311'])[1 + floor(s.r3 * 10)::int],
            s.category,
            CASE WHEN s.r4 < 0.03 THEN 'emergency' WHEN s.r4 < 0.15 THEN 'urgent' ELSE 'normal' END,
            s.place || s.issue,
            s.place || s.issue || '，' || ${pick('$3', 's.r5')} || '，' || ${pick('$4', 's.r6')} || '，' || ${pick('$5', 's.r7')} || '。' || ${pick('$6', 's.r4')},
            ($7::text[])[1 + floor(s.r8 * cardinality($7::text[]))::int],
            s.place,
            CASE WHEN s.r5 < 0.7 THEN 30.25 + s.r6 * 0.1 END, CASE WHEN s.r5 < 0.7 THEN 120.10 + s.r7 * 0.1 END,
            s.stage,
            CASE WHEN s.stage NOT IN ('archived', 'closed_unsuitable') THEN s.created_at + interval '7 days' END,
            s.stage = 'escalation' OR s.r3 < 0.02,
            s.created_at + interval '2 days' * s.r2,
            CASE WHEN s.stage = 'closed_unsuitable' THEN '不属于协商范围，已告知居民并转12345热线办理' END,
            CASE WHEN s.r1 < 0.8 THEN md5('bench-resident-' || (1 + floor(s.r6 * $10::int)::int))::uuid END,
            s.created_at, s.created_at + interval '2 days' * s.r2
       FROM shaped s`,
    [PLACES, ISSUES, DURATIONS, IMPACTS, ASKS, DETAILS, communities, from, to, RESIDENTS],
  );
  // The first reporter of each problem raised with contact details, as submission records them.
  await db.query(
    `INSERT INTO intake.problem_reporters (problem_id, resident_id, source, how, consent_to_callback, consent_to_texts, joined_at)
     SELECT id, resident_id, source, 'submitted', true, false, created_at FROM intake.problems
      WHERE reference BETWEEN 'BENCH-P-' || lpad($1::text, 8, '0') AND 'BENCH-P-' || lpad($2::text, 8, '0') AND resident_id IS NOT NULL
     ON CONFLICT DO NOTHING`,
    [from, to],
  );
}

/**
 * Cases `BENCH-C-<n>`: 60% archived by the workflow (a problem id; half written up by staff,
 * the rest titled by the reference as archiving leaves them), 40% imported from the spreadsheets
 * kept before the system (no problem, a title and an outcome note, an import key); settled over
 * the past year. The consultation service's items, consultations and referrals of the archived
 * ones, and democratic-supervision cases for 2% of them, come with them.
 */
async function seedCases(db: Pool, org: { city: string[]; county: string[]; departments: string[]; members: string[] }, from: number, to: number): Promise<void> {
  const communities = [...Array.from({ length: 19 }, () => org.city).flat(), ...org.county];
  await db.query(
    `WITH drawn AS (
       SELECT n, 365 * random() AS age, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6, random() AS r7,
              ${pick('$2', 'random()')} AS entry, ${pick('$1', 'random()')} AS place, floor(random() * cardinality($10::text[]))::int AS m
         FROM generate_series($8::int, $9::int) n
     ), shaped AS (
       SELECT d.*, split_part(d.entry, '|', 1) AS category, split_part(d.entry, '|', 2) AS issue,
              now() - d.age * interval '1 day' AS settled_at,
              d.r1 < 0.4 AS imported,
              CASE WHEN d.r2 < 0.6 THEN 'solved' WHEN d.r2 < 0.85 THEN 'explained' ELSE 'referred' END AS outcome
         FROM drawn d
     )
     INSERT INTO supervision.cases (id, problem_id, reference, category, community_id, outcome, lead_member_id, member_ids, department_id, escalation_rungs, satisfaction,
                                    submitted_at, settled_at, archived_at, title, write_up, typical, result, reopen_count, outcome_note, imported, import_key)
     SELECT gen_random_uuid(),
            CASE WHEN NOT s.imported THEN md5('bench-case-problem-' || s.n)::uuid END,
            'BENCH-C-' || lpad(s.n::text, 8, '0'),
            s.category,
            ($7::text[])[1 + floor(s.r3 * cardinality($7::text[]))::int],
            s.outcome,
            ($10::text[])[1 + s.m],
            ARRAY[($10::text[])[1 + s.m], ($10::text[])[1 + (s.m + 1) % cardinality($10::text[])]],
            CASE WHEN s.outcome = 'referred' THEN ($11::text[])[1 + floor(s.r4 * cardinality($11::text[]))::int] END,
            CASE WHEN s.outcome = 'referred' AND s.r5 < 0.2 THEN ARRAY['reminder', 'urging'] ELSE '{}' END,
            CASE WHEN s.r5 < 0.7 THEN 'satisfied' WHEN s.r5 < 0.88 THEN 'basically_satisfied' WHEN s.r5 < 0.93 THEN 'dissatisfied' END,
            s.settled_at - interval '1 day' * (5 + 55 * s.r6), s.settled_at, s.settled_at + interval '1 hour' * s.r7,
            CASE WHEN s.imported OR s.r4 < 0.5 THEN s.place || s.issue || ${pick('$3', 's.r6')} ELSE 'BENCH-C-' || lpad(s.n::text, 8, '0') END,
            CASE WHEN NOT s.imported AND s.r4 < 0.5 THEN '居民反映' || s.place || s.issue || '，' || ${pick('$5', 's.r7')} || '。委员小组' || ${pick('$4', 's.r5')} || '，' || ${pick('$6', 's.r3')} || '。' END,
            s.r7 < 0.01,
            CASE WHEN s.r6 < 0.9 THEN 'resolved' WHEN s.r6 < 0.97 THEN 'unresolved' ELSE 'not_reached' END,
            CASE WHEN s.r7 > 0.97 THEN 1 ELSE 0 END,
            CASE WHEN s.imported THEN ${pick('$6', 's.r3')} || '，' || ${pick('$4', 's.r5')} END,
            s.imported,
            CASE WHEN s.imported THEN 'bench:case:' || s.n END
       FROM shaped s`,
    [PLACES, ISSUES, CASE_SUFFIXES, ACTIONS, DURATIONS, RESULTS, communities, from, to, org.members, org.departments],
  );
  const range = [`BENCH-C-${String(from).padStart(8, '0')}`, `BENCH-C-${String(to).padStart(8, '0')}`];
  // What the consultation service keeps of the archived ones: the item, one consultation, and a
  // referral for those referred to a department (answered, mostly in time).
  await db.query(
    `INSERT INTO consultation.consultation_items (problem_id, reference, category, community_id, lead_member_id, member_ids, urgency, status, due_at, created_at)
     SELECT problem_id, reference, category, community_id, lead_member_id, member_ids, 'normal', 'concluded', submitted_at + interval '30 days', submitted_at + interval '2 days'
       FROM supervision.cases WHERE reference BETWEEN $1 AND $2 AND problem_id IS NOT NULL
     ON CONFLICT DO NOTHING`,
    range,
  );
  await db.query(
    `INSERT INTO consultation.consultations (id, problem_id, form, held_at, venue, participants, summary, outcome, recorded_by, created_at)
     SELECT gen_random_uuid(), problem_id,
            CASE WHEN category = 'land_acquisition' THEN 'point_to_point' WHEN abs(hashtext(reference)) % 10 < 7 THEN 'micro' ELSE 'thematic' END,
            submitted_at + interval '5 days', '委员工作室', '{"residents": 6, "members": 3}', '协商议定处理办法', outcome, lead_member_id, submitted_at + interval '5 days'
       FROM supervision.cases WHERE reference BETWEEN $1 AND $2 AND problem_id IS NOT NULL`,
    range,
  );
  await db.query(
    `INSERT INTO consultation.referrals (id, problem_id, department_id, request, due_at, status, response, responded_by, responded_at, signed_at, created_at)
     SELECT gen_random_uuid(), problem_id, department_id, '请按协商意见办理', submitted_at + interval '20 days', 'responded', '已按期办理', department_id,
            submitted_at + interval '1 day' * (8 + 15 * (abs(hashtext(reference)) % 100) / 100.0), submitted_at + interval '7 days', submitted_at + interval '6 days'
       FROM supervision.cases WHERE reference BETWEEN $1 AND $2 AND problem_id IS NOT NULL AND department_id IS NOT NULL`,
    range,
  );
  await db.query(
    `INSERT INTO supervision.supervision_cases (id, problem_id, reference, category, community_id, department_id, status, opened_at, resolved_at, resolved_by, resolution)
     SELECT gen_random_uuid(), problem_id, reference, category, community_id, department_id, 'resolved', submitted_at + interval '25 days', settled_at, 'supervisor', '部门已整改'
       FROM supervision.cases WHERE reference BETWEEN $1 AND $2 AND problem_id IS NOT NULL AND department_id IS NOT NULL AND escalation_rungs <> '{}'`,
    range,
  );
}

/** Tops the banks up to ROWS bench problems and cases; returns how long it took (s). */
async function seed(context: BenchContext): Promise<{ seconds: number; seededProblems: number; seededCases: number }> {
  const { db } = context;
  const started = performance.now();
  const org = await organisation(db);
  if (!org.city.length) throw new Error('the demo organisation is not in the bench database');
  await seedResidents(db);
  const problems = await count(db, `SELECT count(*) AS n FROM intake.problems WHERE reference LIKE 'BENCH-P-%'`);
  for (let from = problems + 1; from <= ROWS; from += BATCH) await seedProblems(db, org, from, Math.min(ROWS, from + BATCH - 1));
  const cases = await count(db, `SELECT count(*) AS n FROM supervision.cases WHERE reference LIKE 'BENCH-C-%'`);
  for (let from = cases + 1; from <= ROWS; from += BATCH) await seedCases(db, org, from, Math.min(ROWS, from + BATCH - 1));
  if (problems < ROWS || cases < ROWS) {
    // As autovacuum would after a bulk load: fresh statistics and visibility maps for the planner.
    for (const table of ['intake.problems', 'intake.problem_reporters', 'intake.resident_contacts', 'supervision.cases', 'supervision.supervision_cases', 'consultation.consultation_items', 'consultation.consultations', 'consultation.referrals']) {
      await db.query(`VACUUM (ANALYZE) ${table}`);
    }
  }
  return { seconds: (performance.now() - started) / 1000, seededProblems: Math.max(0, ROWS - problems), seededCases: Math.max(0, ROWS - cases) };
}

// ─── what staff ask ───────────────────────────────────────────────────────────────────────────
const STAGES = ['submitted', 'screening', 'assignment', 'consultation', 'referral', 'escalation', 'follow_up', 'archived', 'closed_unsuitable'];

/** The staff problem list: admins and supervisors over the city, conveners over their locality. */
async function problemList(context: BenchContext, communities: { id: string; localityId: string }[]): Promise<Timed> {
  const staff = ['admin', 'supervisor', ...communities.slice(0, 6).map((c) => `convener-${c.localityId}`)];
  const tokens = await signIn(context, staff);
  return timeRequests(REQUESTS, async (i) => {
    const who = i % staff.length;
    const params = new URLSearchParams({ limit: String(draw([20, 50, 50, 100], i)), offset: String(draw([0, 0, 0, 50, 100, 200, 500, 1000], i + 3)) });
    const shape = i % 6;
    if (shape === 1 || shape === 4) params.set('stage', draw(STAGES, i + 1));
    if (shape === 2) params.set('escalated', 'true');
    if (shape === 3 && staff[who]!.startsWith('admin')) params.set('communityId', draw(communities, i).id);
    if (shape === 4) params.set('escalated', draw(['true', 'false'], i));
    const { status, body } = await getJson(`${context.url('intake')}/problems?${params}`, tokens[who]!);
    return { status, rows: (body as { total?: number }).total ?? 0 };
  });
}

const TERMS = ['漏水', '路灯', '停车', '电梯', '噪音', '垃圾清运', '停车位', '健身器材', '拆迁补偿', '油烟扰民', '电梯 故障', '楼道 漏水', '消防通道', '居民表示满意', '微协商', '下水道堵塞'];
const CATEGORIES = ['environment', 'property_management', 'traffic', 'utilities', 'public_facilities', 'elderly_care', 'neighbourhood_dispute', 'land_acquisition', 'public_safety', 'other'];

/** Case search: every staff role of the council searches its whole case bank. */
async function caseSearch(context: BenchContext, communities: { id: string; localityId: string }[]): Promise<Timed> {
  const staff = ['supervisor', 'admin', `convener-${communities[0]!.localityId}`, 'leader-grp-01'];
  const tokens = await signIn(context, staff);
  const year = new Date().getUTCFullYear();
  return timeRequests(REQUESTS, async (i) => {
    const params = new URLSearchParams({ limit: String(draw([20, 50], i)), offset: String(draw([0, 0, 0, 20, 50, 100], i + 1)) });
    const shape = i % 8;
    if (shape !== 3 && shape !== 7) params.set('q', draw(TERMS, i));
    if (shape === 1 || shape === 3) params.set('category', draw(CATEGORIES, i + 2));
    if (shape === 2) params.set('communityId', draw(communities, i).id);
    if (shape === 4) params.set('localityId', draw(communities, i + 5).localityId);
    if (shape === 5) params.set('outcome', draw(['solved', 'explained', 'referred'], i));
    if (shape === 6 || shape === 7) {
      const month = 1 + ((i * 5) % 10);
      params.set('from', `${year}-${String(month).padStart(2, '0')}-01`);
      params.set('to', `${year}-${String(month + 1).padStart(2, '0')}-01`);
    }
    if (shape === 7) params.set('typical', 'true');
    if (shape === 3) params.set('imported', draw(['true', 'false'], i));
    const { status, body } = await getJson(`${context.url('supervision')}/cases?${params}`, tokens[i % staff.length]!);
    return { status, rows: (body as { total?: number }).total ?? 0 };
  });
}

/** The figures, by period (quarter, year, month, range) and area, for the council, a locality, a community, a department. */
async function figures(context: BenchContext, communities: { id: string; localityId: string }[], departments: string[]): Promise<Timed> {
  const year = new Date().getUTCFullYear();
  const asks: { who: string; area?: string }[] = [
    { who: 'admin' },
    { who: 'supervisor', area: 'council:council-city' },
    ...communities.slice(0, 4).map((c) => ({ who: `convener-${c.localityId}` })),
    ...communities.slice(4, 8).map((c) => ({ who: 'admin', area: `community:${c.id}` })),
    ...communities.slice(8, 10).map((c) => ({ who: 'supervisor', area: `locality:${c.localityId}` })),
    ...departments.slice(0, 3).map((d) => ({ who: 'admin', area: `department:${d}` })),
  ];
  const who = [...new Set(asks.map((a) => a.who))];
  const signedIn = await signIn(context, who);
  const tokens = new Map(who.map((w, i) => [w, signedIn[i]!]));
  const periods = ['', `${year}`, `${year}-Q${1 + (new Date().getUTCMonth() >> 2)}`, `${year}-Q1`, `${year}-${String(1 + new Date().getUTCMonth()).padStart(2, '0')}`, `${year - 1}-12`];
  return timeRequests(REQUESTS, async (i) => {
    const ask = draw(asks, i);
    const params = new URLSearchParams();
    const period = draw(periods, i + 1);
    if (period) params.set('period', period);
    if (i % 7 === 6) {
      params.delete('period');
      params.set('from', `${year - 1}-06-01`);
      params.set('to', `${year}-05-31`);
    }
    if (ask.area) params.set('area', ask.area);
    const { status, body } = await getJson(`${context.url('supervision')}/figures?${params}`, tokens.get(ask.who)!);
    const raised = (body as { counts?: { problemsByChannel?: { total?: number } | null } }).counts?.problemsByChannel?.total;
    return { status, rows: raised ?? 0 };
  });
}

export async function runDataScale(context: BenchContext): Promise<void> {
  const { report, db } = context;
  report.section(`a bank of ${ROWS.toLocaleString('en')} rows: problem list, case search, figures, the other staff lists`);
  const seeded = await seed(context);
  report.line('seeding (problems, cases and what goes with them)', `${seeded.seconds.toFixed(1)} s (${seeded.seededProblems.toLocaleString('en')} problems, ${seeded.seededCases.toLocaleString('en')} cases new)`);
  report.line('seeding (follow-ups, suggestions, notifications)', `${(await seedStaffLists(db, await organisation(db))).toFixed(1)} s`);
  const sizes = await db.query<{ problems: string; cases: string; supervision: string; items: string; referrals: string; consultations: string }>(
    `SELECT (SELECT count(*) FROM intake.problems) AS problems, (SELECT count(*) FROM supervision.cases) AS cases,
            (SELECT count(*) FROM supervision.supervision_cases) AS supervision, (SELECT count(*) FROM consultation.consultation_items) AS items,
            (SELECT count(*) FROM consultation.referrals) AS referrals, (SELECT count(*) FROM consultation.consultations) AS consultations`,
  );
  const s = sizes.rows[0]!;
  report.line('rows', `problems ${Number(s.problems).toLocaleString('en')}, cases ${Number(s.cases).toLocaleString('en')}, supervision cases ${Number(s.supervision).toLocaleString('en')}, consultation items ${Number(s.items).toLocaleString('en')}, consultations ${Number(s.consultations).toLocaleString('en')}, referrals ${Number(s.referrals).toLocaleString('en')}`);

  const { rows: communities } = await db.query<{ id: string; localityId: string }>(
    `SELECT c.id, c.locality_id AS "localityId" FROM organisation.communities c JOIN organisation.localities l ON l.id = c.locality_id WHERE l.council_id = 'council-city' ORDER BY c.id`,
  );
  const { rows: departments } = await db.query<{ id: string }>(`SELECT id FROM organisation.departments WHERE council_id = 'council-city' ORDER BY id`);

  report.line('requests per query', `${REQUESTS}, one at a time, varied filters, terms and pages`);
  reportTimed(context, 'staff problem list (GET /problems)', await problemList(context, communities), 'total');
  reportTimed(context, 'case search (GET /cases)', await caseSearch(context, communities), 'total');
  reportTimed(context, 'figures (GET /figures)', await figures(context, communities, departments.map((d) => d.id)), 'problems raised');
  await timeStaffLists(context, communities, REQUESTS);
  report.note('target: p95 < 200 ms each');
}
