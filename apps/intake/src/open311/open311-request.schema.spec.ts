import { listRequestsSchema, postRequestSchema } from './open311-request.schema';

const base = { service_code: 'traffic', description: '路口红绿灯坏了三天', attribute: { urgency: 'normal', community_id: 'com-01' } };

describe('Open311 request parameters', () => {
  it('treats an optional argument sent empty as not sent, as the spec requires', () => {
    const parsed = postRequestSchema.parse({ ...base, email: '', phone: '', lat: '', long: '', media_url: '' });
    expect(parsed).toMatchObject({ email: undefined, phone: undefined, lat: undefined, long: undefined, media_url: undefined });
  });

  it('reads lat/long sent as form text as numbers, and needs both', () => {
    expect(postRequestSchema.parse({ ...base, lat: '30.25', long: '120.16' })).toMatchObject({ lat: 30.25, long: 120.16 });
    expect(postRequestSchema.safeParse({ ...base, lat: '30.25' }).error?.issues.map((i) => i.path.join('.'))).toEqual(['long']);
  });

  it('needs some location: lat & long or the community attribute', () => {
    const { attribute: _a, ...noLocation } = base;
    expect(postRequestSchema.safeParse({ ...noLocation, attribute: { urgency: 'normal' } }).error?.issues.map((i) => i.path.join('.'))).toEqual(['lat']);
    expect(postRequestSchema.safeParse({ ...noLocation, attribute: { urgency: 'normal' }, lat: '30', long: '120' }).success).toBe(true);
    expect(postRequestSchema.safeParse({ ...noLocation, attribute: { urgency: 'normal', community_id: ['com-01'] } }).success).toBe(true);
  });

  it('refuses an address alone, naming it, because addresses are not geocoded', () => {
    const { attribute: _a, ...noLocation } = base;
    const alone = postRequestSchema.safeParse({ ...noLocation, attribute: { urgency: 'normal', community_id: ' ' }, address_string: '5号楼前' });
    expect(alone.error?.issues).toEqual([expect.objectContaining({ path: ['address_string'], message: expect.stringContaining('attribute[community_id] or lat & long') })]);
    expect(postRequestSchema.safeParse({ ...noLocation, address_id: 'bldg-5' }).error?.issues[0].path).toEqual(['address_id']);
    expect(postRequestSchema.safeParse({ ...base, address_string: '5号楼前' }).success).toBe(true);
  });

  it('limits the description to the 4,000 characters of the spec', () => {
    expect(postRequestSchema.safeParse({ ...base, description: '很'.repeat(4001) }).error?.issues[0].path).toEqual(['description']);
  });

  it('reads status and ids as comma lists or repeated parameters', () => {
    expect(listRequestsSchema.parse({ status: 'open,closed', service_request_id: 'SL-1, SL-2' })).toMatchObject({ status: ['open', 'closed'], service_request_id: ['SL-1', 'SL-2'] });
    expect(listRequestsSchema.parse({ status: ['open', 'closed'] }).status).toEqual(['open', 'closed']);
    expect(listRequestsSchema.safeParse({ status: 'pending' }).success).toBe(false);
  });

  it('needs dates with a time zone', () => {
    expect(listRequestsSchema.safeParse({ start_date: '2026-01-01T00:00:00Z' }).success).toBe(true);
    expect(listRequestsSchema.safeParse({ start_date: '2026-01-01' }).error?.issues[0].path).toEqual(['start_date']);
  });
});
