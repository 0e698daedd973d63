import type { ConsoleMessages } from './console-messages.zh';

/**
 * The ranking's reasons come from the assignment service in English only
 * (claiming/candidate-ranking.ts); this puts the four known shapes into the console's language
 * and leaves any other reason as it came. `categoryLabel` names a category code.
 */
export function candidateReason(reason: string, c: ConsoleMessages, categoryLabel: (code: string) => string): string {
  const expertise = /^expertise (\S+) fits (\S+) \(([+−-]\d+)\)$/.exec(reason);
  if (expertise) {
    const [, tag, category, points] = expertise;
    return c.claims.reason.expertise(c.expertise[tag] ?? tag, categoryLabel(category), points);
  }
  const past = /^(\d+) past case\(s\) in (\S+) \(([+−-]\d+)\)$/.exec(reason);
  if (past) return c.claims.reason.pastCases(past[1], categoryLabel(past[2]), past[3]);
  const load = /^already on (\d+) item\(s\) \(([+−-]\d+)\)$/.exec(reason);
  if (load) return c.claims.reason.load(load[1], load[2]);
  if (reason === 'currently unavailable') return c.claims.reason.unavailable;
  return reason;
}
