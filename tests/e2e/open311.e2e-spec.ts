import { randomUUID } from 'node:crypto';
import { ApiClient } from '@shangliang/testing';
import { open311Get, open311Post, XML_DECLARATION, xmlValues } from './support/open311-client';
import { demoCity, raiseProblem } from './support/problem-flows';

describe('Open311 GeoReport v2', () => {
  let admin: ApiClient;
  let apiKey: { id: string; key: string };

  beforeAll(async () => {
    admin = await ApiClient.login('admin');
    const issued = await admin.post('intake', '/admin/api-keys', { name: `e2e client ${randomUUID().slice(0, 6)}` });
    expect(issued.status).toBe(201);
    apiKey = issued.body;
  });

  const report = (fields: Record<string, string> = {}) => ({
    api_key: apiKey.key,
    service_code: 'public_facilities',
    description: `小区门口的路灯坏了一个星期，晚上很黑（${randomUUID().slice(0, 8)}）`,
    'attribute[urgency]': 'urgent',
    ...fields,
  });
  const problemByReference = async (communityId: string, reference: string) => {
    const list = await admin.get('intake', `/problems?communityId=${communityId}&limit=200`);
    return (list.body.items as { id: string; reference: string; source: string; contact: unknown; location: unknown }[]).find((p) => p.reference === reference)!;
  };

  describe('api keys', () => {
    it('issues a key once, lists keys without it, and only to admins', async () => {
      expect(apiKey.key).toMatch(/^sl311_/);
      const listed = await admin.get('intake', '/admin/api-keys');
      expect(listed.body.find((k: { id: string }) => k.id === apiKey.id)).toMatchObject({ active: true, keyPrefix: apiKey.key.slice(0, 12) });
      expect(JSON.stringify(listed.body)).not.toContain(apiKey.key);
      const convener = await ApiClient.login('convener-loc-003');
      expect((await convener.post('intake', '/admin/api-keys', { name: 'not mine' })).status).toBe(403);
    });

    it('refuses a revoked key with 403 in the spec error format, in JSON and XML', async () => {
      const issued = (await admin.post('intake', '/admin/api-keys', { name: 'to be revoked' })).body;
      expect((await open311Post('requests.json', report({ api_key: issued.key, 'attribute[community_id]': 'com-02' }))).status).toBe(201);
      const revoked = await admin.request('intake', 'DELETE', `/admin/api-keys/${issued.id}`);
      expect(revoked.body).toMatchObject({ id: issued.id, active: false });

      const json = await open311Post('requests.json', report({ api_key: issued.key, 'attribute[community_id]': 'com-02' }));
      expect(json.status).toBe(403);
      expect(json.json).toEqual([{ code: 403, description: expect.stringContaining('api_key') }]);
      const xml = await open311Post('requests.xml', report({ api_key: issued.key, 'attribute[community_id]': 'com-02' }));
      expect(xml.status).toBe(403);
      expect(xml.contentType).toBe('text/xml; charset=utf-8');
      expect(xml.text).toMatch(new RegExp(`^${escape(XML_DECLARATION)}\\n<errors><error><code>403</code><description>[^<]+</description></error></errors>$`));
    });

    it('refuses a request with no key or an unknown key with 403', async () => {
      const { api_key: _k, ...withoutKey } = report({ 'attribute[community_id]': 'com-02' });
      expect((await open311Post('requests.json', withoutKey)).status).toBe(403);
      expect((await open311Post('requests.json', { ...withoutKey, api_key: 'sl311_made-up' })).status).toBe(403);
    });
  });

  describe('discovery and services', () => {
    it('serves the discovery document in JSON and XML', async () => {
      const json = await open311Get('discovery.json');
      expect(json.status).toBe(200);
      expect(json.contentType).toBe('application/json; charset=utf-8');
      expect(json.json).toMatchObject({ changeset: expect.any(String), contact: expect.any(String), key_service: expect.any(String) });
      expect(json.json.endpoints).toEqual([
        { specification: 'http://wiki.open311.org/GeoReport_v2', url: expect.stringMatching(/\/open311\/v2$/), changeset: expect.any(String), type: 'production', formats: ['text/xml', 'application/json'] },
      ]);
      const xml = await open311Get('discovery.xml');
      expect(xml.contentType).toBe('text/xml; charset=utf-8');
      expect(xml.text.startsWith(`${XML_DECLARATION}\n<discovery><changeset>`)).toBe(true);
      expect(xml.text).toContain('<formats><format>text/xml</format><format>application/json</format></formats>');
    });

    it('lists the problem categories as services in JSON and XML', async () => {
      const json = await open311Get('services.json');
      expect(json.status).toBe(200);
      expect(json.json.find((s: { service_code: string }) => s.service_code === 'public_facilities')).toMatchObject({
        service_name: expect.stringContaining('公共设施'),
        metadata: true,
        type: 'realtime',
        keywords: expect.stringContaining('路灯'),
        group: expect.any(String),
        description: expect.stringContaining('Street lights'),
      });
      const xml = await open311Get('services.xml');
      expect(xmlValues(xml.text, 'service_code')).toEqual(json.json.map((s: { service_code: string }) => s.service_code));
      expect(xml.text).toContain('<metadata>true</metadata><type>realtime</type>');
    });

    it('defines each service: a required urgency list and the community attribute', async () => {
      const json = await open311Get('services/public_facilities.json');
      expect(json.json.service_code).toBe('public_facilities');
      expect(json.json.attributes[0]).toMatchObject({ variable: true, code: 'urgency', datatype: 'singlevaluelist', required: true, order: 1 });
      expect(json.json.attributes[0].values.map((v: { key: string }) => v.key)).toEqual(['emergency', 'urgent', 'normal']);
      expect(json.json.attributes[1]).toMatchObject({ code: 'community_id', datatype: 'string', required: false });
      const xml = await open311Get('services/public_facilities.xml');
      expect(xml.text).toContain('<service_definition><service_code>public_facilities</service_code><attributes><attribute>');
      expect(xmlValues(xml.text, 'key')).toEqual(['emergency', 'urgent', 'normal']);
    });

    it('answers an unknown service, jurisdiction or format with 404 in the spec error format', async () => {
      const json = await open311Get('services/weather.json');
      expect(json.status).toBe(404);
      expect(json.json).toEqual([{ code: 404, description: expect.stringContaining('weather') }]);
      const xml = await open311Get('services/weather.xml');
      expect(xml.status).toBe(404);
      expect(xmlValues(xml.text, 'code')).toEqual(['404']);
      expect((await open311Get('services.json?jurisdiction_id=elsewhere.gov')).status).toBe(404);
      expect((await open311Get('services.json?jurisdiction_id=')).status).toBe(200);
      const html = await open311Get('services.html');
      expect(html.status).toBe(404);
      expect(html.text).toContain('<errors><error><code>404</code>');
    });
  });

  describe('service requests', () => {
    it('creates a request placed in the nearest community and tracks it in JSON', async () => {
      // A point 50 m from com-04's centre: the nearest community decides where the problem lives.
      const target = demoCity.communities.find((c) => c.id === 'com-04')!;
      const fields = { lat: String(target.lat + 0.0003), long: String(target.lng + 0.0003) };
      const created = await open311Post('requests.json', report({ ...fields, media_url: 'https://example.org/lamp.jpg' }));
      expect(created.status).toBe(201);
      expect(created.json).toEqual([{ service_request_id: expect.stringMatching(/^SL-\d{4}-\d{6}$/), service_notice: expect.any(String), account_id: null }]);
      const id = created.json[0].service_request_id;

      const one = await open311Get(`requests/${id}.json`);
      expect(one.status).toBe(200);
      expect(one.json).toEqual([
        expect.objectContaining({
          service_request_id: id,
          status: 'open',
          status_notes: expect.stringMatching(/已受理|甄别中/),
          service_code: 'public_facilities',
          description: expect.stringContaining('路灯坏了'),
          agency_responsible: expect.stringContaining('委员小组'),
          requested_datetime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
          updated_datetime: expect.any(String),
          media_url: 'https://example.org/lamp.jpg',
        }),
      ]);
      const problem = await problemByReference('com-04', id);
      expect(problem.source).toBe('open311');
    });

    it('creates a request in the community named by the attribute and answers in XML; phone and name go to the contact only', async () => {
      const created = await open311Post(
        'requests.xml',
        report({ 'attribute[community_id]': 'com-05', address_string: '8号楼北门', first_name: '小红', last_name: '王', phone: '13611112222', email: 'wang@example.org' }),
      );
      expect(created.status).toBe(201);
      expect(created.contentType).toBe('text/xml; charset=utf-8');
      expect(created.text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<service_requests><request><service_request_id>SL-\d{4}-\d{6}<\/service_request_id><service_notice>[^<]+<\/service_notice><account_id\/><\/request><\/service_requests>$/);
      const [id] = xmlValues(created.text, 'service_request_id');

      const one = await open311Get(`requests/${id}.xml`);
      expect(xmlValues(one.text, 'status')).toEqual(['open']);
      expect(xmlValues(one.text, 'address')).toEqual(['8号楼北门']);
      expect(one.text).not.toContain('13611112222');
      expect(one.text).not.toContain('wang@example.org');
      const problem = await problemByReference('com-05', id);
      expect(problem).toMatchObject({ source: 'open311', contact: { name: '王**', phone: '136****2222' } });
    });

    it('makes a retried submission with the same Idempotency-Key create one request', async () => {
      const fields = report({ 'attribute[community_id]': 'com-05' });
      const key = randomUUID();
      const [a, b] = await Promise.all([1, 2].map(() => open311Post('requests.json', fields, { 'Idempotency-Key': key })));
      expect(a.json[0].service_request_id).toBe(b.json[0].service_request_id);
    });

    it('answers bad parameters with 400 naming each field, in JSON and XML, and creates nothing', async () => {
      const before = (await admin.get('intake', '/problems?limit=1')).body.total;
      const noDescription = await open311Post('requests.json', { api_key: apiKey.key, service_code: 'traffic', 'attribute[community_id]': 'com-02' });
      expect(noDescription.status).toBe(400);
      expect(noDescription.json).toEqual([{ code: 400, description: 'description: is required' }]);

      const noUrgency = await open311Post('requests.xml', report({ 'attribute[urgency]': '', 'attribute[community_id]': 'com-02' }));
      expect(noUrgency.status).toBe(400);
      expect(xmlValues(noUrgency.text, 'description')[0]).toContain('attribute[urgency]');

      const noLocation = await open311Post('requests.json', report());
      expect(noLocation.status).toBe(400);
      // No geocoder: an address alone is refused by the parameters, naming the address.
      const addressAlone = await open311Post('requests.json', report({ address_string: '8号楼北门' }));
      expect(addressAlone.status).toBe(400);
      expect(addressAlone.json).toEqual([{ code: 400, description: expect.stringMatching(/^address_string: .*attribute\[community_id\] or lat & long/) }]);
      const farAway = await open311Post('requests.json', report({ lat: '51.5', long: '-0.12' }));
      expect(farAway.status).toBe(400);
      const unknownService = await open311Post('requests.json', report({ service_code: 'weather', 'attribute[community_id]': 'com-02' }));
      expect(unknownService.status).toBe(404);
      const otherJurisdiction = await open311Post('requests.json', report({ jurisdiction_id: 'elsewhere.gov', 'attribute[community_id]': 'com-02' }));
      expect(otherJurisdiction.status).toBe(404);
      const tooLong = await open311Post('requests.json', report({ description: '很'.repeat(4001), 'attribute[community_id]': 'com-02' }));
      expect(tooLong.status).toBe(400);
      expect(tooLong.json[0].description).toMatch(/^description:/);

      expect((await admin.get('intake', '/problems?limit=1')).body.total).toBe(before);
    });

    it('lists requests by id, service code and status, in JSON and XML', async () => {
      const a = (await open311Post('requests.json', report({ 'attribute[community_id]': 'com-03' }))).json[0].service_request_id;
      const b = (await open311Post('requests.json', report({ service_code: 'traffic', 'attribute[community_id]': 'com-03' }))).json[0].service_request_id;

      const byId = await open311Get(`requests.json?service_request_id=${a},${b}`);
      expect(byId.json.map((r: { service_request_id: string }) => r.service_request_id).sort()).toEqual([a, b].sort());
      const byIdXml = await open311Get(`requests.xml?service_request_id=${a},${b}`);
      expect(xmlValues(byIdXml.text, 'service_request_id').sort()).toEqual([a, b].sort());

      const traffic = await open311Get('requests.json?service_code=traffic&status=open');
      const ids = traffic.json.map((r: { service_request_id: string }) => r.service_request_id);
      expect(ids).toContain(b);
      expect(ids).not.toContain(a);
      expect(traffic.json.every((r: { service_code: string; status: string }) => r.service_code === 'traffic' && r.status === 'open')).toBe(true);

      const closed = await open311Get('requests.json?status=closed');
      expect(closed.json.map((r: { service_request_id: string }) => r.service_request_id)).not.toContain(a);

      const recent = await open311Get('requests.json');
      expect(recent.status).toBe(200);
      expect(recent.json.length).toBeLessThanOrEqual(1000);
      expect(recent.json.map((r: { service_request_id: string }) => r.service_request_id)).toContain(a);

      const window = await open311Get(`requests.json?start_date=${encodeURIComponent(new Date(Date.now() - 3600_000).toISOString())}&end_date=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`);
      expect(window.json.map((r: { service_request_id: string }) => r.service_request_id)).toContain(a);
      const past = await open311Get('requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z');
      expect(past.json).toEqual([]);
    });

    it('refuses a date range over 90 days, a date without a time zone and an unknown status with 400', async () => {
      const span = await open311Get('requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z');
      expect(span.status).toBe(400);
      expect(span.json[0]).toEqual({ code: 400, description: expect.stringContaining('90 days') });
      const noZone = await open311Get('requests.xml?start_date=2026-01-01');
      expect(noZone.status).toBe(400);
      expect(xmlValues(noZone.text, 'description')[0]).toMatch(/^start_date:/);
      expect((await open311Get('requests.json?status=pending')).status).toBe(400);
    });

    it('answers an unknown request id with 404, in JSON and XML', async () => {
      expect((await open311Get('requests/SL-1999-000000.json')).json).toEqual([{ code: 404, description: expect.stringContaining('SL-1999-000000') }]);
      expect((await open311Get('requests/SL-1999-000000.xml')).status).toBe(404);
    });

    it('resolves a token (the problem id) to its service_request_id, in JSON and XML', async () => {
      const id = (await open311Post('requests.json', report({ 'attribute[community_id]': 'com-08' }))).json[0].service_request_id;
      const problem = await problemByReference('com-08', id);
      const json = await open311Get(`tokens/${problem.id}.json`);
      expect(json.json).toEqual([{ service_request_id: id, token: problem.id }]);
      const xml = await open311Get(`tokens/${problem.id}.xml`);
      expect(xml.text).toContain(`<service_requests><request><service_request_id>${id}</service_request_id><token>${problem.id}</token></request></service_requests>`);
      expect((await open311Get(`tokens/${randomUUID()}.json`)).status).toBe(404);
    });

    it('answers a malformed token with 404 in the spec error format, in JSON and XML', async () => {
      const json = await open311Get(`tokens/${'a'.repeat(36)}.json`);
      expect(json.status).toBe(404);
      expect(json.json).toEqual([{ code: 404, description: expect.stringContaining('token') }]);
      const xml = await open311Get(`tokens/${'a'.repeat(36)}.xml`);
      expect(xml.status).toBe(404);
      expect(xmlValues(xml.text, 'code')).toEqual(['404']);
    });

    it("publishes a web problem as its category only: none of the resident's words, no address and no position", async () => {
      const raised = await raiseProblem({
        title: '王小红家门口的路灯不亮',
        description: '我是王小红，住解放路12号3单元，门口的路灯坏了三个星期。',
        address: '解放路12号3单元',
        location: { lat: 30.25, lng: 120.16 },
      });
      const listed = await open311Get(`requests.json?service_request_id=${raised.reference}`);
      expect(listed.json).toEqual([
        expect.objectContaining({ service_request_id: raised.reference, description: expect.stringContaining('公共设施'), address: null, lat: null, long: null }),
      ]);
      const xml = await open311Get(`requests/${raised.reference}.xml`);
      expect(xml.status).toBe(200);
      for (const text of [listed.text, xml.text]) expect(text).not.toMatch(/王小红|解放路|30\.25/);
    });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
