import type { OrganisationDirectory } from '@shangliang/organisation';
import type { SubmitProblemUseCase } from '../problems/submit-problem.usecase';
import type { Open311Config } from './open311.config';
import { postRequestSchema } from './open311-request.schema';
import type { Open311RequestRepository } from './open311-request.repository';
import { SubmitOpen311RequestUseCase } from './submit-open311-request.usecase';

const config: Open311Config = { jurisdictionId: 'shangliang', baseUrl: null, contact: 'x', maxCommunityDistanceKm: 5 };
const communities = [
  { id: 'com-01', name: '东园社区', localityId: 'loc-1', localityName: '东街道', lat: 30.0, lng: 120.0 },
  { id: 'com-02', name: '西园社区', localityId: 'loc-1', localityName: '东街道', lat: 30.0, lng: 120.1 },
];

function setup() {
  const submit = { execute: jest.fn().mockResolvedValue({ problem: { id: 'prob-1', reference: 'SL-2026-000042' }, replayed: false }) };
  const directory = { communities: jest.fn().mockResolvedValue(communities), community: jest.fn(async (id: string) => communities.find((c) => c.id === id) ?? null) };
  const requests = { recordSubmission: jest.fn().mockResolvedValue(undefined) };
  const useCase = new SubmitOpen311RequestUseCase(
    submit as unknown as SubmitProblemUseCase,
    directory as unknown as OrganisationDirectory,
    requests as unknown as Open311RequestRepository,
    config,
  );
  return { useCase, submit, requests };
}

const request = (fields: Record<string, unknown>) =>
  postRequestSchema.parse({ service_code: 'public_facilities', description: '5号楼前的路灯坏了三个星期', attribute: { urgency: 'urgent' }, ...fields });

describe('submitting an Open311 service request', () => {
  it('raises an open311 problem in the community nearest to lat/long and answers with its reference', async () => {
    const { useCase, submit } = setup();
    const answer = await useCase.execute(request({ lat: '30.001', long: '120.099' }), 'key-1');
    expect(submit.execute).toHaveBeenCalledWith(
      expect.objectContaining({ category: 'public_facilities', urgency: 'urgent', communityId: 'com-02', location: { lat: 30.001, lng: 120.099 } }),
      { source: 'open311', idempotency: undefined },
    );
    expect(answer).toEqual([{ service_request_id: 'SL-2026-000042', service_notice: expect.any(String), account_id: null }]);
  });

  it('places the request in the community named by attribute[community_id]', async () => {
    const { useCase, submit } = setup();
    await useCase.execute(request({ address_string: '5号楼前', attribute: { urgency: 'normal', community_id: 'com-01' } }), 'key-1');
    expect(submit.execute.mock.calls[0][0]).toMatchObject({ communityId: 'com-01', address: '5号楼前' });
  });

  it('puts phone and name in the contact only, family name first for a Chinese name', async () => {
    const { useCase, submit } = setup();
    await useCase.execute(request({ lat: '30', long: '120', first_name: '小红', last_name: '王', phone: '13812345678', email: 'wang@example.org' }), 'key-1');
    const command = submit.execute.mock.calls[0][0];
    expect(command.contact).toEqual({ name: '王小红', phone: '13812345678', consentToCallback: false, consentToTexts: false, locale: 'zh' });
    expect(JSON.stringify(command)).not.toContain('wang@example.org');
    expect(command.description).not.toContain('13812345678');
  });

  it('keeps the media URL with the request and makes retries safe with the Idempotency-Key', async () => {
    const { useCase, submit, requests } = setup();
    await useCase.execute(request({ lat: '30', long: '120', media_url: 'https://example.org/p.jpg' }), 'key-1', 'retry-7');
    expect(submit.execute.mock.calls[0][1]).toEqual({ source: 'open311', idempotency: { scope: 'open311', key: 'key-1/retry-7' } });
    expect(requests.recordSubmission).toHaveBeenCalledWith('prob-1', { apiKeyId: 'key-1', mediaUrl: 'https://example.org/p.jpg' });
  });

  it('answers 404 for an unknown service code or jurisdiction', async () => {
    const { useCase } = setup();
    await expect(useCase.execute(request({ service_code: 'weather', lat: '30', long: '120' }), 'k')).rejects.toMatchObject({ status: 404 });
    await expect(useCase.execute(request({ jurisdiction_id: 'other.gov', lat: '30', long: '120' }), 'k')).rejects.toMatchObject({ status: 404 });
  });

  it('answers 400 naming the attribute when urgency is missing or unknown', async () => {
    const { useCase } = setup();
    await expect(useCase.execute(request({ lat: '30', long: '120', attribute: {} }), 'k')).rejects.toMatchObject({ status: 400, message: expect.stringContaining('attribute[urgency]') });
    await expect(useCase.execute(request({ lat: '30', long: '120', attribute: { urgency: 'asap' } }), 'k')).rejects.toMatchObject({ status: 400 });
  });

  it('answers 400 for an unknown community or a far-away location', async () => {
    const { useCase, submit } = setup();
    await expect(useCase.execute(request({ attribute: { urgency: 'normal', community_id: 'com-99' } }), 'k')).rejects.toMatchObject({ status: 400, message: expect.stringContaining('community_id') });
    await expect(useCase.execute(request({ lat: '39.9', long: '116.4' }), 'k')).rejects.toMatchObject({ status: 400, message: expect.stringContaining('outside') });
    expect(submit.execute).not.toHaveBeenCalled();
  });

  it('places every request the schema accepts: an address comes with a community or lat/long', async () => {
    const { useCase, submit } = setup();
    expect(() => request({ address_string: '5号楼前' })).toThrow(/address_string/);
    await useCase.execute(request({ address_string: '5号楼前', attribute: { urgency: 'normal', community_id: [' com-02 '] } }), 'k');
    expect(submit.execute.mock.calls[0][0]).toMatchObject({ communityId: 'com-02', address: '5号楼前' });
  });
});
