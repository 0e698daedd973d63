import type { EventFacts } from './event-facts';

/**
 * The page a notification opens. Staff: the problem in the console (departments: their
 * referrals). Residents: the public tracking page, under their own code when intake gave it.
 */
export function linkFor(baseUrl: string, recipient: 'staff' | 'department' | 'resident', facts: EventFacts, trackingCode?: string | null): string {
  if (recipient === 'resident') return `${baseUrl}/track${trackingCode ? `/${encodeURIComponent(trackingCode)}` : ''}`;
  if (recipient === 'department') return `${baseUrl}/console/referrals`;
  return `${baseUrl}${facts.consolePath}`;
}
