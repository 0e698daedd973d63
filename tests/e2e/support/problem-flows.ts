import { randomUUID } from 'node:crypto';
import { generateDemoCity } from '@shangliang/organisation';
import { ApiClient, eventually } from '@shangliang/testing';

/** The demo city the test database was seeded with (same seed, so the same people). */
export const demoCity = generateDemoCity();

export interface CommunityPeople {
  communityId: string;
  convener: string;
  leader: string;
  members: string[];
}

/** Logins of the people responsible for one community. */
export function peopleOf(communityId: string): CommunityPeople {
  const community = demoCity.communities.find((c) => c.id === communityId)!;
  const group = demoCity.memberGroups.find((g) => g.communityId === communityId)!;
  const available = new Set(demoCity.members.filter((m) => m.available).map((m) => m.id));
  return {
    communityId,
    convener: `convener-${community.localityId}`,
    leader: `leader-${group.id}`,
    members: group.memberIds.filter((id) => id !== group.leaderMemberId && available.has(id)).map((id) => `member-${id}`),
  };
}

export const resident = new ApiClient();

let admin: Promise<ApiClient> | null = null;
const staff = () => (admin ??= ApiClient.login('admin'));

export async function raiseProblem(overrides: Record<string, unknown> = {}, key: string = randomUUID()) {
  const res = await resident.post(
    'intake',
    '/problems',
    {
      title: '小区路灯不亮',
      description: '5号楼前的路灯已经坏了三个星期，晚上老人出门很不方便。',
      category: 'public_facilities',
      communityId: 'com-01',
      // A number of its own per problem: public intake is rate-limited per phone number.
      contact: { name: '王小红', phone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`, consentToCallback: true },
      ...overrides,
    },
    { 'Idempotency-Key': key },
  );
  if (res.status !== 201) throw new Error(`raise failed: ${res.status} ${JSON.stringify(res.body)}`);
  // The public receipt carries no internal links; staff see the workflow's page in the Temporal UI.
  const staffView = await (await staff()).get('intake', `/problems/${res.body.id}`);
  return { ...res.body, communityId: staffView.body.communityId, workflow: staffView.body.workflow } as {
    id: string;
    reference: string;
    trackingCode: string;
    communityId: string;
    workflow: { workflowId: string; url: string };
  };
}

export async function waitForStage(staff: ApiClient, problemId: string, stage: string, timeoutMs = 60_000) {
  return eventually(
    () => staff.get('intake', `/problems/${problemId}`),
    (res) => res.status === 200 && res.body.stage === stage,
    { timeoutMs, what: `problem ${problemId} to reach ${stage}` },
  );
}

export async function screenSuitable(people: CommunityPeople, problemId: string, scope: 'household' | 'hard' = 'household') {
  const convener = await ApiClient.login(people.convener);
  await waitForStage(convener, problemId, 'screening');
  await eventually(() => convener.get('assignment', `/screening-items/${problemId}`), (r) => r.status === 200, { what: 'screening item' });
  const res = await convener.post('assignment', `/screening-items/${problemId}/decision`, { suitable: true, scope });
  if (res.status !== 201 && res.status !== 200) throw new Error(`screening failed: ${res.status} ${JSON.stringify(res.body)}`);
  return convener;
}

/** The first `size` members of the group claim; the first one leads. */
export async function claimTeam(people: CommunityPeople, problemId: string, size = 2) {
  const members = await Promise.all(people.members.slice(0, size).map((u) => ApiClient.login(u)));
  await eventually(() => members[0].get('assignment', `/claim-items/${problemId}`), (r) => r.status === 200, { what: 'claim item' });
  for (const [i, member] of members.entries()) {
    const res = await member.post('assignment', `/claim-items/${problemId}/claims`, { lead: i === 0 });
    if (res.status !== 201 && res.status !== 200) throw new Error(`claim failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return members;
}

/** The lead records a consultation that refers the problem to a department, due in `dueInMs`. */
export async function referToDepartment(lead: ApiClient, problemId: string, departmentId: string, dueInMs: number) {
  await eventually(() => lead.get('consultation', `/consultation-items/${problemId}`), (r) => r.status === 200, { what: 'consultation item' });
  const res = await lead.post('consultation', `/consultation-items/${problemId}/consultations`, {
    form: 'micro',
    heldAt: new Date().toISOString(),
    venue: '委员工作室',
    participants: { residentRepresentatives: 3, departmentIds: [departmentId] },
    summary: '与住户代表现场查看，需住建部门维修。',
    outcome: 'referred',
    referral: { departmentId, request: '请维修5号楼前路灯', dueAt: new Date(Date.now() + dueInMs).toISOString() },
  });
  if (res.status !== 201 && res.status !== 200) throw new Error(`consultation failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function resolveSupervisionCase(problemId: string) {
  const supervisor = await ApiClient.login('supervisor');
  const open = await eventually(
    () => supervisor.get('supervision', '/supervision-cases?status=open'),
    (r) => r.status === 200 && r.body.items.some((c: { problemId: string }) => c.problemId === problemId),
    { timeoutMs: 60_000, what: `a democratic supervision case for ${problemId}` },
  );
  const supervisionCase = open.body.items.find((c: { problemId: string }) => c.problemId === problemId);
  const res = await supervisor.post('supervision', `/supervision-cases/${supervisionCase.id}/resolution`, { resolution: '约谈住建局，限期三日内修复。' });
  if (res.status !== 201 && res.status !== 200) throw new Error(`resolution failed: ${res.status} ${JSON.stringify(res.body)}`);
  return supervisionCase;
}

export async function recordSatisfaction(problemId: string, satisfaction = 'satisfied') {
  const supervisor = await ApiClient.login('supervisor');
  await waitForStage(supervisor, problemId, 'follow_up');
  await eventually(
    () => supervisor.get('supervision', '/follow-ups?status=pending'),
    (r) => r.status === 200 && r.body.items.some((f: { problemId: string }) => f.problemId === problemId),
    { what: `a follow-up for ${problemId}` },
  );
  const res = await supervisor.post('supervision', `/follow-ups/${problemId}`, { satisfaction, note: '住户表示路灯已修好' });
  if (res.status !== 201 && res.status !== 200) throw new Error(`follow-up failed: ${res.status} ${JSON.stringify(res.body)}`);
}

/** The lead records a consultation that solved the problem on the spot. */
export async function concludeSolved(lead: ApiClient, problemId: string) {
  await eventually(() => lead.get('consultation', `/consultation-items/${problemId}`), (r) => r.status === 200, { what: 'consultation item' });
  const res = await lead.post('consultation', `/consultation-items/${problemId}/consultations`, {
    form: 'micro',
    heldAt: new Date().toISOString(),
    venue: '委员工作室',
    participants: { residentRepresentatives: 2 },
    summary: '物业当场答应修复，住户代表认可。',
    outcome: 'solved',
  });
  if (res.status !== 201 && res.status !== 200) throw new Error(`consultation failed: ${res.status} ${JSON.stringify(res.body)}`);
}
