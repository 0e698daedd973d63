import { Injectable } from '@nestjs/common';
import { PrismaService, splitIntoChinaDays, type Tally } from '@shangliang/persistence';

export interface FigureRange {
  from: Date;
  to: Date;
}

interface SourceTally {
  source: string;
  n: number;
  land_acquisition: number;
}

/** Counts over the problem bank for the programme's figures (only intake reads its tables). */
@Injectable()
export class ProblemFiguresRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Problems raised in the range by channel, and those of them about land acquisition (征地拆迁).
   * A duplicate merged into another problem is the same complaint (every reporter is kept on the
   * open one), so it is not counted twice. Exact: the whole China days of the range come from
   * intake.problem_day_counts (kept by a trigger in the same transaction as the problems), any
   * part of a day at its ends from the problems themselves.
   */
  async tallyBySource(communityIds: string[], range: FigureRange): Promise<{ bySource: Tally[]; landAcquisitionRaised: number }> {
    const { days, edges } = splitIntoChinaDays(range);
    const parts = await Promise.all([
      days ? this.fromRollup(communityIds, days) : Promise.resolve([]),
      ...edges.map((edge) => this.fromRows(communityIds, edge)),
    ]);
    const bySource = new Map<string, number>();
    let landAcquisitionRaised = 0;
    for (const row of parts.flat()) {
      bySource.set(row.source, (bySource.get(row.source) ?? 0) + row.n);
      landAcquisitionRaised += row.land_acquisition;
    }
    return { bySource: [...bySource].map(([key, count]) => ({ key, count })), landAcquisitionRaised };
  }

  private fromRollup(communityIds: string[], days: { from: string; to: string }): Promise<SourceTally[]> {
    return this.prisma.$queryRaw<SourceTally[]>`
      SELECT source, sum(raised)::int AS n, sum(land_acquisition_raised)::int AS land_acquisition
        FROM intake.problem_day_counts
       WHERE community_id = ANY(${communityIds}::text[]) AND day >= ${days.from}::date AND day < ${days.to}::date
       GROUP BY source`;
  }

  /** The same counts from the rows (index-only through problems_community_id_created_at_cover_idx). */
  private fromRows(communityIds: string[], range: FigureRange): Promise<SourceTally[]> {
    return this.prisma.$queryRaw<SourceTally[]>`
      SELECT source, count(*)::int AS n, (count(*) FILTER (WHERE category = 'land_acquisition'))::int AS land_acquisition
        FROM intake.problems
       WHERE community_id = ANY(${communityIds}::text[]) AND created_at >= ${range.from}::timestamptz AND created_at < ${range.to}::timestamptz AND merged_into_id IS NULL
       GROUP BY source`;
  }
}
