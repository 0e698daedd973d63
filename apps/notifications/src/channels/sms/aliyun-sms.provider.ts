import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { signSmsGatewayRequest } from '@shangliang/http';
import { NOTIFICATIONS_CONFIG, type NotificationsConfig } from '../../notifications.config';
import { PermanentDeliveryError } from '../notification-channel';
import type { SmsProvider, SmsRequest } from './sms-provider';

/** Answers that another try cannot change (a bad number, template or signature). */
const PERMANENT = /^(isv\.(MOBILE_NUMBER_ILLEGAL|TEMPLATE_MISSING_PARAMETERS|SMS_TEMPLATE_ILLEGAL|SMS_SIGNATURE_ILLEGAL|INVALID_PARAMETERS)|SignatureDoesNotMatch|InvalidAccessKeyId.*)$/;

/**
 * The request shape of the common Chinese SMS gateways (Aliyun SendSms, RPC style): the
 * parameters as a form, signed with HMAC over the sorted, percent-encoded parameters (see
 * libs/platform/http signing). `Code: "OK"` is success.
 */
@Injectable()
export class AliyunSmsProvider implements SmsProvider {
  constructor(@Inject(NOTIFICATIONS_CONFIG) private readonly config: Pick<NotificationsConfig, 'sms' | 'deliveries'>) {}

  /** The signed parameters of one send (exported for the tests and the sink's shape). */
  signedParams(request: SmsRequest, now = new Date()): Record<string, string> {
    const { accessKeyId, accessKeySecret, signName, regionId } = this.config.sms;
    const params: Record<string, string> = {
      AccessKeyId: accessKeyId,
      Action: 'SendSms',
      Format: 'JSON',
      OutId: request.outId,
      PhoneNumbers: request.to,
      RegionId: regionId,
      SignName: signName,
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: randomUUID(),
      SignatureVersion: '1.0',
      TemplateCode: request.templateCode,
      TemplateParam: JSON.stringify(request.params),
      Timestamp: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      Version: '2017-05-25',
    };
    return { ...params, Signature: signSmsGatewayRequest(accessKeySecret, params, 'POST') };
  }

  async send(request: SmsRequest): Promise<void> {
    const res = await fetch(this.config.sms.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: new URLSearchParams(this.signedParams(request)).toString(),
      redirect: 'manual',
      signal: AbortSignal.timeout(this.config.deliveries.sendTimeoutMs),
    });
    const answer = (await res.json().catch(() => ({}))) as { Code?: string; Message?: string };
    if (res.ok && answer.Code === 'OK') return;
    const reason = `SMS gateway answered HTTP ${res.status} ${answer.Code ?? ''} ${answer.Message ?? ''}`.trim();
    if (answer.Code && PERMANENT.test(answer.Code)) throw new PermanentDeliveryError(reason);
    throw new Error(reason);
  }
}
