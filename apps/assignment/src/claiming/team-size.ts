import type { TeamScope } from '../screening/decide-screening.command';

/**
 * 分单要准 — no 大呼隆: 2–3 members for one household or building, 4–5 for a harder or
 * cross-department item, the whole group for a common, community-wide problem.
 */
export function teamSizeRange(scope: TeamScope, groupSize: number): { min: number; max: number } {
  switch (scope) {
    case 'household':
      return { min: 2, max: 3 };
    case 'hard':
      return { min: 4, max: 5 };
    case 'community':
      return { min: groupSize, max: groupSize };
  }
}
