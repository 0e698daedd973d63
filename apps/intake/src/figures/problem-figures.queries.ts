import { Injectable } from '@nestjs/common';
import { type InternalFiguresRequest, type IntakeFiguresRange, PROBLEM_SOURCES } from '@shangliang/contracts';
import { countsByKey } from '@shangliang/persistence';
import { ProblemFiguresRepository } from './problem-figures.repository';

/** Intake's part of the figures: problems by channel and land-acquisition disputes raised (征地拆迁). */
@Injectable()
export class ProblemFiguresQueries {
  constructor(private readonly problems: ProblemFiguresRepository) {}

  async figures(request: InternalFiguresRequest): Promise<{ ranges: IntakeFiguresRange[] }> {
    const ranges = [];
    // One range at a time: a trend is at most a few dozen small sums over the daily rollup.
    for (const range of request.ranges) {
      const { bySource, landAcquisitionRaised } = await this.problems.tallyBySource(request.communityIds, range);
      ranges.push({ problemsBySource: countsByKey(PROBLEM_SOURCES, bySource), landAcquisitionRaised });
    }
    return { ranges };
  }
}
