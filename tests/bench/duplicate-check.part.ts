// Part `duplicates`: the duplicate check when one community has many open problems.
// - Seeds BENCH_DUPLICATE_OPEN (10,000) open problems in one community (com-07, 景城社区), raised
//   over the past 90 days with the words residents use, 70% with a location, each with its first
//   reporter (SQL, in the shapes intake writes; references `BENCH-D-<n>`, topped up to the size).
// - Times, BENCH_DUPLICATE_REQUESTS (200) each, one at a time: the resident's check before
//   submitting (POST /public/problems/similar, half with a location, half rewording a problem
//   already raised, half something new), and staff's candidates to merge as the locality's
//   convener sees them (GET /problems/:id/similar); p50/p95, and how often the problem a check
//   rewords was among the answers (it should be, every time).
import type { BenchContext } from './support/context';
import { reportTimed, timeRequests } from './support/staff-requests';
import { ASKS, DETAILS, DURATIONS, IMPACTS, ISSUES, PLACES, seedResidents } from './data-scale.part';

const OPEN = Number(process.env.BENCH_DUPLICATE_OPEN ?? 10_000);
const REQUESTS = Number(process.env.BENCH_DUPLICATE_REQUESTS ?? 200);
const COMMUNITY = process.env.BENCH_DUPLICATE_COMMUNITY ?? 'com-07';
const pick = (param: string, r: string) => `(${param}::text[])[1 + floor(${r} * cardinality(${param}::text[]))::int]`;

async function seedOpenProblems(context: BenchContext): Promise<{ seconds: number; seeded: number }> {
  const { db } = context;
  const started = performance.now();
  await seedResidents(db);
  const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM intake.problems WHERE reference LIKE 'BENCH-D-%'`);
  const have = Number(rows[0]?.n ?? 0);
  if (have < OPEN) {
    await db.query(
      `WITH drawn AS (
         SELECT n, 90 * random() AS age, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6, random() AS r7,
                ${pick('$2', 'random()')} AS entry, ${pick('$1', 'random()')} AS place
           FROM generate_series($8::int, $9::int) n
       ), shaped AS (
         SELECT d.*, now() - d.age * interval '1 day' AS created_at, split_part(d.entry, '|', 1) AS category, split_part(d.entry, '|', 2) AS issue,
                (ARRAY['submitted','screening','assignment','consultation','consultation','referral','referral','escalation','follow_up'])[1 + floor(d.r1 * 9)::int] AS stage
           FROM drawn d
       )
       INSERT INTO intake.problems (id, reference, tracking_code, source, category, urgency, title, description, community_id, address, lat, lng, stage, due_at, escalated, progressed_at, resident_id, created_at, updated_at)
       SELECT gen_random_uuid(), 'BENCH-D-' || lpad(s.n::text, 8, '0'), 'BD' || lpad(s.n::text, 8, '0'),
              (ARRAY['web','web','web','web','hotline','hotline','hotline','studio','member_visit','open311'])[1 + floor(s.r2 * 10)::int],
              s.category, 'normal', s.place || s.issue,
              s.place || s.issue || '，' || ${pick('$3', 's.r3')} || '，' || ${pick('$4', 's.r4')} || '，' || ${pick('$5', 's.r5')} || '。' || ${pick('$6', 's.r6')},
              $7, s.place,
              CASE WHEN s.r7 < 0.7 THEN 30.30 + s.r3 * 0.01 END, CASE WHEN s.r7 < 0.7 THEN 120.15 + s.r4 * 0.01 END,
              s.stage, s.created_at + interval '7 days', s.stage = 'escalation', s.created_at + interval '1 day' * s.r2,
              md5('bench-resident-' || (1 + floor(s.r6 * 100000)::int))::uuid, s.created_at, s.created_at
         FROM shaped s`,
      [PLACES, ISSUES, DURATIONS, IMPACTS, ASKS, DETAILS, COMMUNITY, have + 1, OPEN],
    );
    await db.query(
      `INSERT INTO intake.problem_reporters (problem_id, resident_id, source, how, consent_to_callback, joined_at)
       SELECT id, resident_id, source, 'submitted', true, created_at FROM intake.problems WHERE reference LIKE 'BENCH-D-%' ON CONFLICT DO NOTHING`,
    );
    await db.query(`VACUUM (ANALYZE) intake.problems`);
    await db.query(`VACUUM (ANALYZE) intake.problem_reporters`);
  }
  return { seconds: (performance.now() - started) / 1000, seeded: Math.max(0, OPEN - have) };
}

interface Sample {
  id: string;
  title: string;
  description: string;
  lat: number | null;
  lng: number | null;
}

/** Another resident's words for the same problem: the same account, asking for something else. */
function reworded(sample: Sample, i: number): string {
  const clauses = sample.description.split('，');
  const ask = ASKS.find((a) => !sample.description.includes(a)) ?? ASKS[i % ASKS.length]!;
  return [...clauses.slice(0, 3), `${ask}。`].join('，');
}

/** Something new for this community: an issue at a place nobody raised it (a made-up street). */
function novel(i: number): { title: string; description: string } {
  const issue = ISSUES[(i * 7) % ISSUES.length]!.split('|')[1]!;
  const street = `幸福${(i % 30) + 1}弄`;
  return { title: `${street}${issue}`, description: `${street}${issue}，${DURATIONS[i % DURATIONS.length]}，请尽快处理。` };
}

export async function runDuplicateCheck(context: BenchContext): Promise<void> {
  const { report, db } = context;
  report.section(`duplicate check: ${OPEN.toLocaleString('en')} open problems in one community (${COMMUNITY})`);
  const seeded = await seedOpenProblems(context);
  const { rows: sizes } = await db.query<{ open: string; all: string }>(
    `SELECT count(*) FILTER (WHERE stage NOT IN ('archived', 'closed_unsuitable', 'merged') AND merged_into_id IS NULL) AS open, count(*) AS all
       FROM intake.problems WHERE community_id = $1`,
    [COMMUNITY],
  );
  report.line('seeding', `${seeded.seconds.toFixed(1)} s (${seeded.seeded.toLocaleString('en')} new)`);
  report.line('problems in the community', `${Number(sizes[0]!.open).toLocaleString('en')} open of ${Number(sizes[0]!.all).toLocaleString('en')}`);

  const { rows: samples } = await db.query<Sample>(
    `SELECT id, title, description, lat, lng FROM intake.problems WHERE reference LIKE 'BENCH-D-%' ORDER BY reference LIMIT $1`,
    [REQUESTS + 10],
  );
  const { rows: localities } = await db.query<{ locality_id: string }>(`SELECT locality_id FROM organisation.communities WHERE id = $1`, [COMMUNITY]);
  const convener = await context.staffToken(`convener-${localities[0]!.locality_id}`);

  // The resident's check before submitting: the form sends what was typed so far.
  let rewordings = 0;
  let foundOwn = 0;
  const resident = await timeRequests(REQUESTS, async (i) => {
    const sample = samples[i % samples.length]!;
    const same = i % 2 === 0;
    const text = same ? { title: sample.title, description: reworded(sample, i) } : novel(i);
    const location = i % 4 < 2 && sample.lat !== null && sample.lng !== null ? { lat: sample.lat, lng: sample.lng } : undefined;
    const res = await fetch(`${context.url('intake')}/public/problems/similar`, {
      method: 'POST',
      // Many residents, each from their own address (intake rate-limits per address).
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.77.${(i >> 8) & 255}.${i & 255}` },
      body: JSON.stringify({ communityId: COMMUNITY, ...text, ...(location ? { location } : {}) }),
    });
    const body = (await res.json()) as { problemId: string }[];
    if (res.status === 200 && same && i < REQUESTS) {
      rewordings++;
      if (body.some((c) => c.problemId === sample.id)) foundOwn++;
    }
    return { status: res.status, rows: Array.isArray(body) ? body.length : 0 };
  });
  reportTimed(context, 'resident check (POST /public/problems/similar)', resident, 'candidates');
  report.line('  reworded problem among the answers', `${foundOwn} of ${rewordings}`);

  const staff = await timeRequests(REQUESTS, async (i) => {
    const sample = samples[(i * 7) % samples.length]!;
    const res = await fetch(`${context.url('intake')}/problems/${sample.id}/similar`, { headers: { authorization: `Bearer ${convener}` } });
    const body = (await res.json()) as unknown[];
    return { status: res.status, rows: Array.isArray(body) ? body.length : 0 };
  });
  reportTimed(context, 'staff candidates to merge (GET /problems/:id/similar)', staff, 'candidates');
  report.note('target: p95 < 50 ms. A web submission runs no duplicate check; a hotline work order checks its caller\'s own open problems (by resident, not timed here).');
}
