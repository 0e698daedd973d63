import { createHmac } from 'node:crypto';
import { signWebhookBody, verifyWebhookBody } from './webhook-signature';

describe('the webhook signature', () => {
  const body = JSON.stringify({ msgtype: 'markdown', markdown: { content: '催办' } });

  it('is hex HMAC-SHA256 over the timestamp, a dot and the raw body', () => {
    const expected = createHmac('sha256', 'dept-secret').update(`1764460800.${body}`).digest('hex');
    expect(signWebhookBody('dept-secret', 1764460800, body)).toBe(expected);
  });

  it('verifies the signature and refuses another body, timestamp or secret', () => {
    const signature = signWebhookBody('dept-secret', '1764460800', body);
    expect(verifyWebhookBody('dept-secret', '1764460800', signature, body)).toBe(true);
    expect(verifyWebhookBody('dept-secret', '1764460801', signature, body)).toBe(false);
    expect(verifyWebhookBody('dept-secret', '1764460800', signature, `${body} `)).toBe(false);
    expect(verifyWebhookBody('other-secret', '1764460800', signature, body)).toBe(false);
    expect(verifyWebhookBody('dept-secret', '1764460800', 'not-hex', body)).toBe(false);
  });
});
