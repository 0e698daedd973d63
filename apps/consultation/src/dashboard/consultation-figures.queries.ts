import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { OrganisationDirectory } from '@shangliang/organisation';
import { CONSULTATION_FORMS, CONSULTATION_OUTCOMES } from '@shangliang/contracts';
import { ConsultationItemRepository } from '../consultation-items/consultation-item.repository';
import { ReferralRepository } from '../referrals/referral.repository';
import { countOf, countsByKey, ratio, sum } from '@shangliang/persistence';

/**
 * The programme's figures this service owns, counted live: consultations by form (the
 * point-to-point count is one of the reported figures), outcomes, and how departments answer
 * referrals (the hotline's response rate, 响应率).
 */
@Injectable()
export class ConsultationFiguresQueries {
  constructor(
    private readonly items: ConsultationItemRepository,
    private readonly referrals: ReferralRepository,
    private readonly directory: OrganisationDirectory,
  ) {}

  /** The caller's council's figures: a county's staff never read the city's, nor the other way. */
  async figures(staff: StaffPrincipal) {
    const communityIds = await this.directory.communityIdsOfCouncil(staff.councilId);
    const [consultation, referral] = await Promise.all([this.items.figures(communityIds), this.referrals.figures(communityIds)]);
    const open = countOf(referral.byStatus, 'open');
    const responded = countOf(referral.byStatus, 'responded');
    return {
      items: { open: countOf(consultation.items, 'open'), concluded: countOf(consultation.items, 'concluded') },
      consultations: {
        total: sum(consultation.forms),
        byForm: countsByKey(CONSULTATION_FORMS, consultation.forms),
        byOutcome: countsByKey(CONSULTATION_OUTCOMES, consultation.outcomes),
      },
      referrals: {
        total: open + responded,
        open,
        responded,
        respondedInTime: referral.respondedInTime,
        responseRate: ratio(responded, open + responded),
        inTimeRate: ratio(referral.respondedInTime, responded),
      },
      generatedAt: new Date().toISOString(),
    };
  }
}
