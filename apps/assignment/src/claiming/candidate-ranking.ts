import type { ProblemCategory } from '@shangliang/contracts';

/** Which members' expertise fits a category (first tags fit best). */
export const EXPERTISE_FOR_CATEGORY: Record<ProblemCategory, string[]> = {
  environment: ['environment', 'urban_planning', 'health'],
  property_management: ['law', 'construction', 'social_work'],
  traffic: ['transport', 'urban_planning', 'public_safety'],
  utilities: ['water_resources', 'construction', 'urban_planning'],
  public_facilities: ['urban_planning', 'construction', 'culture'],
  elderly_care: ['elderly_care', 'health', 'social_work'],
  neighbourhood_dispute: ['law', 'social_work', 'culture'],
  land_acquisition: ['law', 'economy', 'urban_planning', 'agriculture'],
  public_safety: ['public_safety', 'law', 'construction'],
  other: ['social_work', 'law'],
};

export interface Candidate {
  memberId: string;
  name: string;
  expertise: string[];
  available: boolean;
  load: number;
  /** Settled problems of this category the member worked on. */
  pastCases: number;
}

export interface RankedCandidate extends Candidate {
  score: number;
  reasons: string[];
}

/**
 * Ranks a group's members for an item: expertise fit first, experience with settled cases of
 * the same category, then lighter current load;
 * unavailable members go last. Every score comes with the reasons that made it.
 */
export function rankCandidates(category: ProblemCategory, candidates: Candidate[]): RankedCandidate[] {
  const wanted = EXPERTISE_FOR_CATEGORY[category];
  return candidates
    .map((c) => {
      const reasons: string[] = [];
      let score = 0;
      const matches = wanted.filter((tag) => c.expertise.includes(tag));
      for (const tag of matches) {
        const weight = 3 - Math.min(wanted.indexOf(tag), 2);
        score += weight * 10;
        reasons.push(`expertise ${tag} fits ${category} (+${weight * 10})`);
      }
      if (c.pastCases > 0) {
        const points = Math.min(c.pastCases, 3) * 8;
        score += points;
        reasons.push(`${c.pastCases} past case(s) in ${category} (+${points})`);
      }
      if (c.load > 0) reasons.push(`already on ${c.load} item(s) (−${c.load * 5})`);
      score -= c.load * 5;
      if (!c.available) {
        score -= 1000;
        reasons.push('currently unavailable');
      }
      return { ...c, score, reasons };
    })
    .sort((a, b) => b.score - a.score || a.memberId.localeCompare(b.memberId));
}
