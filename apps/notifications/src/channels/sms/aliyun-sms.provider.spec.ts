import { verifySmsGatewayRequest } from '@shangliang/http';
import { AliyunSmsProvider } from './aliyun-sms.provider';

const config = {
  sms: { gatewayUrl: 'http://gateway.test/', accessKeyId: 'key-id', accessKeySecret: 'gateway-secret', signName: '商量', regionId: 'cn-hangzhou', templateCodes: {} as never, sinkUrl: undefined },
  deliveries: { attempts: 1, backoffMs: 1, concurrency: 1, sendTimeoutMs: 1000, claimLeaseMs: 1000 },
};

describe('the Aliyun-style SMS gateway adapter', () => {
  const provider = new AliyunSmsProvider(config);
  const request = { to: '13700000001', templateCode: 'SL_REFERRAL_URGING_NOTICE', params: { reference: 'QX-1', department: '住房和城乡建设局' }, outId: 'delivery-1' };

  it('sends the gateway’s parameters: number, sign name, template code and its JSON parameters, our delivery id as OutId', () => {
    const params = provider.signedParams(request, new Date('2026-11-30T08:00:00.123Z'));
    expect(params).toMatchObject({
      Action: 'SendSms',
      AccessKeyId: 'key-id',
      PhoneNumbers: '13700000001',
      SignName: '商量',
      TemplateCode: 'SL_REFERRAL_URGING_NOTICE',
      TemplateParam: '{"reference":"QX-1","department":"住房和城乡建设局"}',
      OutId: 'delivery-1',
      Timestamp: '2026-11-30T08:00:00Z',
      SignatureMethod: 'HMAC-SHA1',
    });
    expect(params.SignatureNonce).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('signs them so that the gateway (and our sink) verifies them with the shared secret, and nobody else', () => {
    const params = provider.signedParams(request);
    expect(verifySmsGatewayRequest('gateway-secret', params)).toBe(true);
    expect(verifySmsGatewayRequest('gateway-secret', { ...params, PhoneNumbers: '13700000002' })).toBe(false);
    expect(provider.signedParams(request).SignatureNonce).not.toBe(params.SignatureNonce);
  });
});
