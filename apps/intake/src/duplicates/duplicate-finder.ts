import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@shangliang/persistence';
import { distanceMetres, proximity, textSimilarity } from './text-similarity';

/** Stages in which a problem can still take more reporters. */
export const OPEN_STAGES = ['submitted', 'screening', 'assignment', 'consultation', 'referral', 'escalation', 'follow_up'];
/** How far back open problems are compared: older ones are rarely the same event. */
const LOOKBACK_DAYS = 180;
const SUGGESTION_THRESHOLD = 0.35;
/** The SQL score is the code's (the same bigrams and formula), computed in floating point: a margin. */
const SQL_SCORE_MARGIN = 0.02;
/** How many of the best by the SQL score are scored again in code (the answer keeps `limit`). */
const RESCORED = 50;
/** The open stages as SQL literals, so the planner matches the partial index problems_open_by_community_idx. */
const OPEN_STAGES_SQL = Prisma.raw(OPEN_STAGES.map((s) => `'${s}'`).join(', '));
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
    const candidates = await this.openProblemsIn({ ...input, limit: input.limit ?? 5 });
    return candidates
      .map((p) => {
        const text = textSimilarity(input.text, `${p.title} ${p.description}`);
        const near = input.location && p.lat !== null && p.lng !== null ? proximity(distanceMetres(input.location, { lat: p.lat, lng: p.lng })) : null;
        const score = near === null ? text : 0.8 * text + 0.2 * near;
        return { problemId: p.id, reference: p.reference, title: p.title, stage: p.stage, createdAt: p.createdAt, score, reporters: p.reporters };
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

  /**
   * Every open problem of the community within the look-back that could score above the
   * threshold, best first by the same score in SQL: the stored bigram codes of each problem
   * (problems.text_bigrams) against the new text's, through the partial index of open problems,
   * so a community with ten thousand open problems is compared in full, not a sample. The code
   * then scores again exactly the best ones that could still be among the `limit` answers: at
   * most RESCORED, none more than twice the margin below the `limit`-th best (the SQL score is
   * within the margin of the code's, so no answer is missed), and only those rows are read.
   */
  private async openProblemsIn(input: { communityId: string; text: string; location?: { lat: number; lng: number }; excludeProblemId?: string; limit: number }) {
    const since = new Date(Date.now() - LOOKBACK_DAYS * 24 * 3600 * 1000);
    const dice = Prisma.sql`((2 * icount(p.text_bigrams & q.bigrams))::float8 / nullif(icount(p.text_bigrams) + icount(q.bigrams), 0))`;
    // The least text score that can still reach the threshold: with a place, closeness adds at
    // most 0.2 (weight 0.2 × 1) to 0.8 × text. Ruling the others out before closeness is worked out.
    const least = SUGGESTION_THRESHOLD - SQL_SCORE_MARGIN;
    const leastText = input.location ? (least - 0.2) / 0.8 : least;
    const { lat, lng } = input.location ?? { lat: null, lng: null };
    // distanceMetres and proximity of text-similarity.ts, in SQL.
    const near = Prisma.sql`(CASE WHEN ${lat}::float8 IS NULL OR p.lat IS NULL OR p.lng IS NULL THEN NULL ELSE
      least(1.0, greatest(0.0, (500 - 2 * 6371000 * asin(sqrt(power(sin(radians(p.lat - ${lat}::float8) / 2), 2)
        + cos(radians(${lat}::float8)) * cos(radians(p.lat)) * power(sin(radians(p.lng - ${lng}::float8) / 2), 2)))) / 450)) END)`;
    const rows = await this.prisma.$queryRaw<{ id: string; reference: string; title: string; description: string; stage: string; lat: number | null; lng: number | null; createdAt: Date; reporters: number }[]>`
      WITH q AS (SELECT intake.text_bigrams(${input.text}) AS bigrams),
      -- Materialised: each candidate's score is computed once, not again for the sort.
      best AS MATERIALIZED (
        SELECT p.id, ${dice} AS text, ${near} AS near
          FROM intake.problems p, q
         WHERE p.community_id = ${input.communityId}
           AND p.merged_into_id IS NULL AND p.stage IN (${OPEN_STAGES_SQL})
           AND p.created_at >= ${since}
           AND p.id <> coalesce(${input.excludeProblemId ?? null}::uuid, '00000000-0000-0000-0000-000000000000')
           AND ${dice} >= ${leastText}::float8
      ), top AS MATERIALIZED (
        SELECT id, score FROM (SELECT id, CASE WHEN near IS NULL THEN text ELSE 0.8 * text + 0.2 * near END AS score FROM best) ranked
         WHERE score >= ${least}::float8 ORDER BY score DESC, id LIMIT ${RESCORED}
      ), cut AS (
        -- Twice the margin below the limit-th best; with fewer candidates than that, all of them.
        SELECT coalesce((SELECT score FROM top ORDER BY score DESC, id OFFSET ${Math.max(0, input.limit - 1)} LIMIT 1) - ${2 * SQL_SCORE_MARGIN}::float8, 0) AS score
      )
      SELECT p.id, p.reference, p.title, p.description, p.stage, p.lat, p.lng, p.created_at AS "createdAt",
             (SELECT count(*)::int FROM intake.problem_reporters r WHERE r.problem_id = p.id) AS reporters
        FROM top JOIN intake.problems p ON p.id = top.id
       WHERE top.score >= (SELECT score FROM cut)
       ORDER BY top.score DESC, p.id`;
    return rows;
  }
}
