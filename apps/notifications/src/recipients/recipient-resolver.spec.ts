import type { OrganisationDirectory, StaffPlace } from '@shangliang/organisation';
import { audiencesOf } from '@shangliang/contracts';
import type { DepartmentChannelRepository } from '../departments/department-channel.repository';
import type { StaffPreferenceRepository } from '../preferences/staff-preference.repository';
import { RecipientResolver } from './recipient-resolver';

/** A small organisation: community com-01 in locality loc-003, group grp-01 led by mem-001. */
const ACCOUNTS: (StaffPlace & { id: string })[] = [
  { id: 'staff-loc-003', role: 'convener', localityId: 'loc-003', councilId: 'city' },
  { id: 'staff-mem-001', role: 'group_leader', memberId: 'mem-001', groupId: 'grp-01', councilId: 'city' },
  { id: 'staff-mem-015', role: 'member', memberId: 'mem-015', groupId: 'grp-01', councilId: 'city' },
  { id: 'staff-cmt-01', role: 'committee', committeeId: 'cmt-01', councilId: 'city' },
  { id: 'staff-vc-1', role: 'vice_chair', viceChairId: 'vc-1', councilId: 'city' },
  { id: 'staff-supervisor', role: 'supervisor', councilId: 'city' },
  { id: 'staff-county-supervisor', role: 'supervisor', councilId: 'county' },
  { id: 'staff-dept-housing', role: 'department', departmentId: 'dept-housing', councilId: 'city' },
];

function resolver(options: { departmentChannels?: object | null; preferences?: Record<string, object> } = {}) {
  const directory = {
    community: jest.fn(async () => ({ id: 'com-01', localityId: 'loc-003' })),
    groupOfCommunity: jest.fn(async () => ({ id: 'grp-01', leaderMemberId: 'mem-001', committeeId: 'cmt-01', viceChairId: 'vc-1' })),
    staffAt: jest.fn(async (place: StaffPlace) =>
      ACCOUNTS.filter((a) => Object.entries(place).every(([k, v]) => a[k as keyof StaffPlace] === v)).map((a) => ({ id: a.id, role: a.role!, councilId: a.councilId! })),
    ),
  } as unknown as OrganisationDirectory;
  const preferences = {
    findMany: jest.fn(async (ids: string[]) => new Map(ids.filter((id) => options.preferences?.[id]).map((id) => [id, { staffId: id, ...options.preferences![id] }]))),
  } as unknown as StaffPreferenceRepository;
  const departments = { find: jest.fn(async () => options.departmentChannels ?? null) } as unknown as DepartmentChannelRepository;
  return new RecipientResolver(directory, preferences, departments);
}

const context = { communityId: 'com-01', councilId: 'city', departmentId: 'dept-housing', leadMemberId: 'mem-015', residentReporterIds: ['rep-1'] };
const keys = (recipients: { key: string }[]) => recipients.map((r) => r.key).sort();

describe('who is told, as people', () => {
  it('tells the department on its configured channels, its staff, the team lead and — from 督办 — the council’s supervisors', async () => {
    const departmentChannels = { email: 'housing@gov.test', smsPhone: '13700000001', webhookKind: 'wecom', webhookUrl: 'https://hook.test/x', webhookSecret: 's'.repeat(16) };
    const formal = await resolver({ departmentChannels }).resolve(audiencesOf('referral.formal_supervision'), context);
    expect(keys(formal)).toEqual(['department:dept-housing', 'staff:staff-dept-housing', 'staff:staff-mem-015', 'staff:staff-supervisor']);
    expect(formal.find((r) => r.key === 'department:dept-housing')!.channels).toEqual(['email', 'sms', 'webhook']);
    const urging = await resolver({ departmentChannels }).resolve(audiencesOf('referral.urging_notice'), context);
    expect(keys(urging)).toEqual(['department:dept-housing', 'staff:staff-dept-housing', 'staff:staff-mem-015']);
  });

  it('raises screening overdue from the convener to the committee and then the vice-chair', async () => {
    expect(keys(await resolver().resolve(audiencesOf('screening.overdue'), context))).toEqual(['staff:staff-loc-003']);
    expect(keys(await resolver().resolve(audiencesOf('screening.overdue', 1), context))).toEqual(['staff:staff-cmt-01', 'staff:staff-loc-003']);
    expect(keys(await resolver().resolve(audiencesOf('screening.overdue', 3), context))).toEqual(['staff:staff-cmt-01', 'staff:staff-loc-003', 'staff:staff-vc-1']);
  });

  it('tells each person once, with the inbox always and the channels they chose when they gave an address', async () => {
    const preferences = { 'staff-loc-003': { email: 'c@x.test', phone: null, channels: ['email', 'sms'], locale: 'en' } };
    const told = await resolver({ preferences }).resolve(['callers_back', 'convener', 'group_leader'], context);
    expect(told).toEqual([
      { key: 'staff:staff-loc-003', channels: ['inbox', 'email'], locale: 'en' },
      { key: 'staff:staff-mem-001', channels: ['inbox'], locale: 'zh' },
    ]);
  });

  it('texts consenting residents only, and nobody when no department or lead is known yet', async () => {
    expect(await resolver().resolve(['resident'], context)).toEqual([{ key: 'resident:rep-1', channels: ['sms'], locale: 'zh' }]);
    expect(await resolver().resolve(['resident'], { ...context, residentReporterIds: [] })).toEqual([]);
    expect(await resolver().resolve(['department', 'team_lead'], { ...context, departmentId: null, leadMemberId: null })).toEqual([]);
  });
});
