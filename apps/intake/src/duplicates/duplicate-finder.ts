import { Injectable } from '@nestjs/common';
import { PrismaService } from '@shangliang/persistence';
import { distanceMetres, proximity, textSimilarity } from './text-similarity';

/** Stages in which a problem can still take more reporters. */
export const OPEN_STAGES = ['submitted', 'screening', 'assignment', 'consultation', 'referral', 'escalation', 'follow_up'];
/** How far back open problems are compared: older ones are rarely the same event. */
const LOOKBACK_DAYS = 180;
const SUGGESTION_THRESHOLD = 0.35;
/** Hotline resends of one complaint by one caller are near-identical. */
const SAME_CALLER_THRESHOLD = 0.8;

export interface DuplicateCandidate {
  problemId: string;
  reference: string;
  title: string;
  stage: string;
  createdAt: Date;
  score: number;
  reporters: number;
}

/**
 * Finds open problems in the same community that are likely the same as a new one: text
 * similarity over character bigrams, raised when the places are close.
 */
@Injectable()
export class DuplicateFinder {
  constructor(private readonly prisma: PrismaService) {}

  async similarOpenProblems(input: { communityId: string; text: string; location?: { lat: number; lng: number }; excludeProblemId?: string; limit?: number }): Promise<DuplicateCandidate[]> {
    const candidates = await this.openProblemsIn(input.communityId, input.excludeProblemId);
    return candidates
      .map((p) => {
        const text = textSimilarity(input.text, `${p.title} ${p.description}`);
        const near = input.location && p.lat !== null && p.lng !== null ? proximity(distanceMetres(input.location, { lat: p.lat, lng: p.lng })) : null;
        const score = near === null ? text : 0.8 * text + 0.2 * near;
        return { problemId: p.id, reference: p.reference, title: p.title, stage: p.stage, createdAt: p.createdAt, score, reporters: p._count.reporters };
      })
      .filter((c) => c.score >= SUGGESTION_THRESHOLD)
      .sort((a, b) => b.score - a.score)
      .slice(0, input.limit ?? 5);
  }

  /** An open problem this resident already raised with (nearly) the same words, if any. */
  async sameCallerDuplicate(input: { residentId: string; communityId: string; text: string }): Promise<string | null> {
    const raised = await this.prisma.problem.findMany({
      where: { communityId: input.communityId, stage: { in: OPEN_STAGES }, mergedIntoId: null, reporters: { some: { residentId: input.residentId } } },
      select: { id: true, title: true, description: true },
      orderBy: { createdAt: 'desc' },
      take: 50,
    });
    const match = raised.find((p) => textSimilarity(input.text, `${p.title} ${p.description}`) >= SAME_CALLER_THRESHOLD);
    return match?.id ?? null;
  }

  private openProblemsIn(communityId: string, excludeProblemId?: string) {
    return this.prisma.problem.findMany({
      where: {
        communityId,
        stage: { in: OPEN_STAGES },
        mergedIntoId: null,
        id: excludeProblemId ? { not: excludeProblemId } : undefined,
        createdAt: { gte: new Date(Date.now() - LOOKBACK_DAYS * 24 * 3600 * 1000) },
      },
      select: { id: true, reference: true, title: true, description: true, stage: true, lat: true, lng: true, createdAt: true, _count: { select: { reporters: true } } },
      take: 500,
    });
  }
}
