import type { OrganisationDirectory } from '@shangliang/organisation';
import { dateWindow, MAX_SPAN_MS, Open311RequestQueries } from './open311-request.queries';
import type { Open311RequestRepository, RequestRecord } from './open311-request.repository';

const now = new Date('2026-11-26T00:00:00Z');
const DAY = 24 * 3600 * 1000;

function problem(overrides: Partial<RequestRecord> = {}): RequestRecord {
  return {
    id: 'p1',
    reference: 'SL-2026-000001',
    source: 'web',
    category: 'traffic',
    title: '路口红绿灯坏了',
    description: '路口红绿灯坏了，我是王小红，电话13812345678',
    communityId: 'com-01',
    address: '解放路口',
    lat: 30.1,
    lng: 120.2,
    stage: 'referral',
    dueAt: new Date('2026-12-01T00:00:00Z'),
    closedReason: null,
    mergedIntoId: null,
    progressedAt: new Date('2026-11-21T00:00:00Z'),
    createdAt: new Date('2026-11-20T00:00:00.123Z'),
    updatedAt: new Date('2026-11-21T00:00:00Z'),
    ...overrides,
  };
}

function setup(rows: RequestRecord[]) {
  const requests = {
    find: jest.fn().mockResolvedValue(rows),
    referredDepartments: jest.fn().mockResolvedValue(new Map([['p1', 'dept-housing']])),
    mediaUrls: jest.fn().mockResolvedValue(new Map()),
    references: jest.fn().mockResolvedValue(new Map([['p9', 'SL-2026-000009']])),
    findById: jest.fn(),
  };
  const directory = {
    communities: jest.fn().mockResolvedValue([{ id: 'com-01', name: '东园社区' }]),
    department: jest.fn().mockResolvedValue({ id: 'dept-housing', code: 'housing', name: '住房和城乡建设局' }),
  };
  return { queries: new Open311RequestQueries(requests as unknown as Open311RequestRepository, directory as unknown as OrganisationDirectory), requests };
}

describe('Open311 request queries', () => {
  it('defaults to the most recent 90 days', () => {
    expect(dateWindow(undefined, undefined, now)).toEqual({ from: new Date(now.getTime() - MAX_SPAN_MS), to: now });
    expect(dateWindow('2026-01-01T00:00:00Z', undefined, now)).toEqual({ from: new Date('2026-01-01T00:00:00Z'), to: new Date(Date.parse('2026-01-01T00:00:00Z') + 90 * DAY) });
  });

  it('refuses a range over 90 days or running backwards', () => {
    expect(() => dateWindow('2026-01-01T00:00:00Z', '2026-06-01T00:00:00Z', now)).toThrow(/90 days/);
    expect(() => dateWindow('2026-06-01T00:00:00Z', '2026-01-01T00:00:00Z', now)).toThrow(/before/);
  });

  it('shows the real stage in plain words, the due date and the department holding a referral', async () => {
    const { queries } = setup([problem()]);
    const [request] = (await queries.list({}, now)) as Record<string, unknown>[];
    expect(request).toMatchObject({
      service_request_id: 'SL-2026-000001',
      status: 'open',
      status_notes: '已转职能部门办理 / Referred to a government department',
      service_code: 'traffic',
      agency_responsible: '住房和城乡建设局',
      requested_datetime: '2026-11-20T00:00:00Z',
      expected_datetime: '2026-12-01T00:00:00Z',
    });
  });

  it('publishes of a problem from another channel only its category, no words of the resident and no address or position', async () => {
    const { queries } = setup([problem({ title: '王小红家门口红绿灯坏了', address: '解放路12号王小红家' })]);
    const [request] = (await queries.list({}, now)) as Record<string, unknown>[];
    expect(request).toMatchObject({ description: '道路交通 Roads and traffic', address: null, lat: null, long: null });
    expect(JSON.stringify(request)).not.toMatch(/王小红|13812345678|解放路/);
  });

  it('publishes what an Open311 client sent itself: its description, address and position', async () => {
    const { queries } = setup([problem({ source: 'open311', description: '路口红绿灯坏了三天', address: '解放路口' })]);
    const [request] = (await queries.list({}, now)) as Record<string, unknown>[];
    expect(request).toMatchObject({ description: '路口红绿灯坏了三天', address: '解放路口', lat: 30.1, long: 120.2 });
  });

  it('names the member group before a referral, and reports merged and settled problems as closed', async () => {
    const { queries } = setup([problem({ stage: 'screening' }), problem({ id: 'p2', stage: 'screening', mergedIntoId: 'p9' }), problem({ id: 'p3', stage: 'archived' })]);
    const [screening, merged, archived] = (await queries.list({}, now)) as Record<string, unknown>[];
    expect(screening).toMatchObject({ status: 'open', agency_responsible: expect.stringContaining('东园社区') });
    expect(merged).toMatchObject({ status: 'closed', status_notes: expect.stringContaining('SL-2026-000009') });
    expect(archived).toMatchObject({ status: 'closed', updated_datetime: '2026-11-21T00:00:00Z' });
  });

  it('looks up listed ids ignoring every other filter, as the spec says', async () => {
    const { queries, requests } = setup([]);
    await queries.list({ service_request_id: ['SL-1'], status: ['open'], service_code: ['traffic'] }, now);
    expect(requests.find).toHaveBeenCalledWith({ references: ['SL-1'], take: 1000 });
  });

  it('refuses an unknown service code in the filter', async () => {
    const { queries } = setup([]);
    await expect(queries.list({ service_code: ['weather'] }, now)).rejects.toMatchObject({ status: 400 });
  });

  it('answers 404 for an unknown request id or token', async () => {
    const { queries, requests } = setup([]);
    requests.findById.mockResolvedValue(null);
    await expect(queries.one('SL-0')).rejects.toMatchObject({ status: 404 });
    await expect(queries.token('not-a-token')).rejects.toMatchObject({ status: 404 });
  });

  it('answers 404 for a malformed token without looking it up (the id column is a uuid)', async () => {
    const { queries, requests } = setup([]);
    await expect(queries.token('a'.repeat(36))).rejects.toMatchObject({ status: 404, errors: [{ code: 404, description: expect.stringContaining('token') }] });
    await expect(queries.token('12345678-1234-1234-1234-1234567890ab-')).rejects.toMatchObject({ status: 404 });
    expect(requests.findById).not.toHaveBeenCalled();
  });
});
