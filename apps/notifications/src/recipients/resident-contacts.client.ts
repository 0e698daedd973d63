import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { INTERNAL_SIGNATURE_HEADER, signInternalRequest } from '@shangliang/http';
import { PermanentDeliveryError } from '../channels/notification-channel';
import { NOTIFICATIONS_CONFIG, type NotificationsConfig } from '../notifications.config';

const answerSchema = z.object({
  phone: z.string().nullable(),
  locale: z.enum(['zh', 'en']).default('zh'),
  /** The reporter's own tracking code, when intake gives it (their link goes to it). */
  trackingCode: z.string().nullable().optional(),
});
export type ResidentContact = z.infer<typeof answerSchema>;

/**
 * Asks intake, which owns residents' contacts, for a reporter's number at the moment a text
 * goes out — so no number is ever stored here, queued or logged. Null phone: the resident no
 * longer consents, or their data has been anonymised.
 */
@Injectable()
export class ResidentContactsClient {
  constructor(@Inject(NOTIFICATIONS_CONFIG) private readonly config: Pick<NotificationsConfig, 'intake' | 'deliveries'>) {}

  /** The number of a reporter of this problem, if they consented to texts about it. */
  async resolve(reporterId: string, problemId: string): Promise<ResidentContact> {
    const body = JSON.stringify({ reporterId, problemId });
    const res = await fetch(`${this.config.intake.url}/internal/resident-contacts/resolve`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', [INTERNAL_SIGNATURE_HEADER]: signInternalRequest(this.config.intake.secret, body) },
      signal: AbortSignal.timeout(this.config.deliveries.sendTimeoutMs),
    });
    if (res.status === 404) throw new PermanentDeliveryError(`intake knows no reporter ${reporterId}`);
    if (!res.ok) throw new Error(`intake answered HTTP ${res.status} for reporter ${reporterId}`);
    const parsed = answerSchema.safeParse(await res.json());
    if (!parsed.success) throw new Error(`intake's answer for reporter ${reporterId} is not the expected shape`);
    return parsed.data;
  }
}
