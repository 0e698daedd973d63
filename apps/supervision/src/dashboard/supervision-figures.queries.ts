import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { OrganisationDirectory } from '@shangliang/organisation';
import { CONSULTATION_OUTCOMES, PROBLEM_CATEGORIES, SATISFACTION_LEVELS } from '@shangliang/contracts';
import { CaseRepository } from '../cases/case.repository';
import { FollowUpRepository } from '../follow-ups/follow-up.repository';
import { SupervisionCaseRepository } from '../supervision-cases/supervision-case.repository';
import { countOf, countsByKey, ratio, sum } from '@shangliang/persistence';

/**
 * The programme's figures this service owns, counted live: problems settled and archived
 * (by outcome, and by category for e.g. land-acquisition disputes settled), democratic
 * supervision, and the satisfaction rate (满意率) from the call-backs.
 */
@Injectable()
export class SupervisionFiguresQueries {
  constructor(
    private readonly cases: CaseRepository,
    private readonly supervisionCases: SupervisionCaseRepository,
    private readonly followUps: FollowUpRepository,
    private readonly directory: OrganisationDirectory,
  ) {}

  /** The caller's council's figures only. */
  async figures(staff: StaffPrincipal) {
    const communityIds = await this.directory.communityIdsOfCouncil(staff.councilId);
    const [byOutcome, byCategory, typical, supervision, followUpStatus, satisfaction] = await Promise.all([
      this.cases.countByOutcome(communityIds),
      this.cases.countByCategory(communityIds),
      this.cases.countTypical(communityIds),
      this.supervisionCases.countByStatus(communityIds),
      this.followUps.countByStatus(communityIds),
      this.followUps.countRecordedBySatisfaction(communityIds),
    ]);
    const recorded = countOf(followUpStatus, 'recorded');
    const satisfied = countOf(satisfaction, 'satisfied') + countOf(satisfaction, 'basically_satisfied');
    return {
      cases: {
        archived: sum(byOutcome),
        typical,
        byOutcome: countsByKey(CONSULTATION_OUTCOMES, byOutcome),
        byCategory: countsByKey(PROBLEM_CATEGORIES, byCategory),
      },
      supervisionCases: { open: countOf(supervision, 'open'), resolved: countOf(supervision, 'resolved') },
      followUps: {
        pending: countOf(followUpStatus, 'pending'),
        recorded,
        bySatisfaction: countsByKey(SATISFACTION_LEVELS, satisfaction),
        satisfactionRate: ratio(satisfied, recorded),
      },
      generatedAt: new Date().toISOString(),
    };
  }
}
