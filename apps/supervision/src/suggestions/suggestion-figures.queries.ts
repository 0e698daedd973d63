import { Injectable } from '@nestjs/common';
import { ratio } from '@shangliang/persistence';
import { type AdoptionCounts, SuggestionRepository } from './suggestion.repository';

export interface AdoptionFilter {
  councilId: string;
  /** Suggestions submitted within [from, to). */
  from: Date;
  to: Date;
  /** Suggestions whose communities overlap these; null = the whole council. */
  communityIds: string[] | null;
}

/**
 * The suggestion bank's figures (采纳率), counted live from the suggestions submitted in a
 * period. Adoption rate = (adopted + partly adopted) / decided, where decided = adopted + partly
 * adopted + not adopted; suggestions still pending are not in the denominator.
 */
@Injectable()
export class SuggestionFiguresQueries {
  constructor(private readonly suggestions: SuggestionRepository) {}

  adoption(filter: AdoptionFilter): Promise<AdoptionCounts> {
    return this.suggestions.adoptionCounts(filter);
  }
}

/** (adopted + partly adopted) / decided, rounded to 4 places; null when nothing has been decided. */
export function adoptionRate(counts: Pick<AdoptionCounts, 'adopted' | 'partlyAdopted' | 'decided'>): number | null {
  return ratio(counts.adopted + counts.partlyAdopted, counts.decided);
}

/** The adoption counts as the figures read them. */
export type SuggestionAdoption = AdoptionCounts;
