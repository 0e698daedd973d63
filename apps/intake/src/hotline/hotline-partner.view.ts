import type { HotlinePartnerRecord } from './hotline-partner.repository';

/** A partner as admins see it: the secret is shown only once, when it is generated. */
export function hotlinePartnerView(p: HotlinePartnerRecord) {
  return { id: p.id, name: p.name, callbackUrl: p.callbackUrl, active: p.active, createdAt: p.createdAt.toISOString() };
}
export type HotlinePartnerView = ReturnType<typeof hotlinePartnerView>;
