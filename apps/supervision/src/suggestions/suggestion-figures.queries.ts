import { Injectable } from '@nestjs/common';
import { PrismaService } from '@shangliang/persistence';

/** Which suggestions the adoption rate counts: a council's, submitted in [from, to), in these communities. */
export interface SuggestionFiguresFilter {
  councilId: string;
  from: Date;
  to: Date;
  /** Suggestions resting on a case in one of these communities; null: the whole council's. */
  communityIds: string[] | null;
}

export interface SuggestionAdoption {
  submitted: number;
  /** Adopted, partly adopted or not adopted: what the adoption rate (采纳率) divides by. */
  decided: number;
  adopted: number;
  partlyAdopted: number;
  notAdopted: number;
  pending: number;
}

/**
 * The suggestion bank's (建议库) part of the figures. NOTE for the merge: the suggestion-bank
 * branch owns this file; this minimal version (same path and signature) lets the figures be
 * built and tested before it lands — keep one.
 */
@Injectable()
export class SuggestionFiguresQueries {
  constructor(private readonly prisma: PrismaService) {}

  async adoption(filter: SuggestionFiguresFilter): Promise<SuggestionAdoption> {
    const groups = await this.prisma.suggestion.groupBy({
      by: ['adoption'],
      where: {
        councilId: filter.councilId,
        submittedAt: { gte: filter.from, lt: filter.to },
        ...(filter.communityIds ? { communityIds: { hasSome: filter.communityIds } } : {}),
      },
      _count: { _all: true },
    });
    const count = (key: string) => groups.find((g) => g.adoption === key)?._count._all ?? 0;
    const [adopted, partlyAdopted, notAdopted] = [count('adopted'), count('partly_adopted'), count('not_adopted')];
    const submitted = groups.reduce((n, g) => n + g._count._all, 0);
    const decided = adopted + partlyAdopted + notAdopted;
    return { submitted, decided, adopted, partlyAdopted, notAdopted, pending: submitted - decided };
  }
}
