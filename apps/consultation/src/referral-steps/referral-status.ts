/**
 * Where a referral stands. open → signed (签收) → completed (办结) → confirmed; signed ⇄
 * completed when the team lead finds it not done; open|signed → returned (退回) → re_referred
 * (another department has it now) or taken_back (back to consultation). `responded` is the one
 * free-text answer of before, still accepted from older consoles.
 */
export const REFERRAL_STATUSES = ['open', 'signed', 'returned', 'completed', 'confirmed', 're_referred', 'taken_back', 'responded'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** The department is still on the clock: the ladder runs. */
export const ACTIVE_STATUSES: readonly ReferralStatus[] = ['open', 'signed'];
