import { createHmac } from 'node:crypto';
import { canonicalQuery, percentEncode, signSmsGatewayRequest, verifySmsGatewayRequest } from './sms-gateway-signature';

// The parameters of the gateway documentation's SendSms example.
const documented = {
  AccessKeyId: 'testid',
  Action: 'SendSms',
  Format: 'XML',
  OutId: '123',
  PhoneNumbers: '15300000001',
  RegionId: 'cn-hangzhou',
  SignName: '阿里云短信测试专用',
  SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466',
  SignatureVersion: '1.0',
  TemplateCode: 'SMS_71390007',
  TemplateParam: '{"customer":"test"}',
  Timestamp: '2017-07-12T02:42:19Z',
  Version: '2017-05-25',
};

describe('the SMS gateway signature', () => {
  it('percent-encodes as RFC 3986: space as %20, star as %2A, tilde kept', () => {
    expect(percentEncode("a b*c~d!'()")).toBe('a%20b%2Ac~d%21%27%28%29');
  });

  it('sorts the parameters and leaves the signature out of what is signed', () => {
    expect(canonicalQuery({ b: '2', a: '1', Signature: 'x' })).toBe('a=1&b=2');
  });

  it('signs METHOD&%2F&<encoded canonical query> with HMAC-SHA1 keyed by "<secret>&"', () => {
    const query = canonicalQuery(documented);
    expect(query.startsWith('AccessKeyId=testid&Action=SendSms&Format=XML&OutId=123&PhoneNumbers=15300000001')).toBe(true);
    expect(query).toContain('SignName=%E9%98%BF%E9%87%8C%E4%BA%91%E7%9F%AD%E4%BF%A1%E6%B5%8B%E8%AF%95%E4%B8%93%E7%94%A8');
    expect(query).toContain('TemplateParam=%7B%22customer%22%3A%22test%22%7D&Timestamp=2017-07-12T02%3A42%3A19Z');
    const stringToSign = `GET&%2F&${encodeURIComponent(query)}`;
    expect(signSmsGatewayRequest('testsecret', documented, 'GET')).toBe(createHmac('sha1', 'testsecret&').update(stringToSign).digest('base64'));
  });

  it('verifies its own signature and refuses a changed parameter or another secret', () => {
    const Signature = signSmsGatewayRequest('s3cret', documented);
    expect(verifySmsGatewayRequest('s3cret', { ...documented, Signature })).toBe(true);
    expect(verifySmsGatewayRequest('s3cret', { ...documented, PhoneNumbers: '15300000002', Signature })).toBe(false);
    expect(verifySmsGatewayRequest('other', { ...documented, Signature })).toBe(false);
    expect(verifySmsGatewayRequest('s3cret', documented)).toBe(false);
  });
});
