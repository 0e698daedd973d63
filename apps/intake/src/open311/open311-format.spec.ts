import { escapeXml, formatOfPath, render } from './open311-format';
import { serviceDefinition, serviceList } from './open311-services';

describe('Open311 XML and JSON', () => {
  it('renders a list as the spec does: <services><service>… with a UTF-8 declaration', () => {
    const xml = render({ root: 'services', value: [{ service_code: 'traffic', metadata: true }] }, 'xml');
    expect(xml).toBe('<?xml version="1.0" encoding="utf-8"?>\n<services><service><service_code>traffic</service_code><metadata>true</metadata></service></services>');
  });

  it('renders the same document as the JSON array the Spark convention maps it to', () => {
    expect(JSON.parse(render({ root: 'services', value: serviceList() }, 'json'))).toEqual(serviceList());
  });

  it('names the items of nested lists after the spec (attributes/attribute, values/value)', () => {
    const xml = render({ root: 'service_definition', value: serviceDefinition('traffic') }, 'xml');
    expect(xml).toContain('<attributes><attribute><variable>true</variable><code>urgency</code><datatype>singlevaluelist</datatype><required>true</required>');
    expect(xml).toContain('<values><value><key>emergency</key>');
  });

  it('writes a missing value as an empty element', () => {
    expect(render({ root: 'service_requests', value: [{ account_id: null }] }, 'xml')).toContain('<request><account_id/></request>');
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml('<b>"A&B"</b>\u0001')).toBe('&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;');
  });

  it('takes the format from the path extension, XML when there is none', () => {
    expect(formatOfPath('/open311/v2/services.json')).toBe('json');
    expect(formatOfPath('/open311/v2/requests/SL-2026-000001.XML')).toBe('xml');
    expect(formatOfPath('/open311/v2/services')).toBe('xml');
  });
});

describe('the Open311 service catalogue', () => {
  it('offers every problem category as a realtime service with metadata, in Chinese and English', () => {
    const services = serviceList() as { service_code: string; metadata: boolean; type: string; service_name: string; group: string; keywords: string }[];
    expect(services.map((s) => s.service_code)).toContain('public_facilities');
    for (const s of services) {
      expect(s).toMatchObject({ metadata: true, type: 'realtime' });
      expect(s.service_name).toMatch(/[\u4e00-\u9fff].* [A-Za-z]/);
      expect(s.group).toBeTruthy();
      expect(s.keywords).toContain(',');
    }
  });

  it('defines a required urgency list and an optional community attribute for each service', () => {
    const definition = serviceDefinition('environment') as { attributes: { code: string; required: boolean; datatype: string; order: number }[] };
    expect(definition.attributes.map((a) => [a.code, a.datatype, a.required, a.order])).toEqual([
      ['urgency', 'singlevaluelist', true, 1],
      ['community_id', 'string', false, 2],
    ]);
  });
});
