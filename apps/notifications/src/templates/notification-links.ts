import type { EventFacts } from './event-facts';

/**
 * The page a notification opens. Staff and departments: the item in the console (a referral's
 * own page for a referral's notices, the problem otherwise). Residents: the public tracking
 * page, under their own code when intake gave it.
 */
export function linkFor(baseUrl: string, recipient: 'staff' | 'department' | 'resident', facts: EventFacts, trackingCode?: string | null): string {
  if (recipient === 'resident') return `${baseUrl}/track${trackingCode ? `/${encodeURIComponent(trackingCode)}` : ''}`;
  return `${baseUrl}${facts.consolePath}`;
}
