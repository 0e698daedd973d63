/**
 * An SMS gateway: a registered template code and its parameters to one number. `outId` is our
 * delivery id, which the gateway keeps with the message (and our sink dedupes on).
 */
export interface SmsRequest {
  to: string;
  templateCode: string;
  params: Record<string, string>;
  outId: string;
}

export abstract class SmsProvider {
  abstract send(request: SmsRequest): Promise<void>;
}
