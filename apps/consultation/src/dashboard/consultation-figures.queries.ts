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
    // Still with the department or its team lead: open. Answered: the one-shot answer of before,
    // or a completion the team lead confirmed. Referrals sent back and handed on count no more.
    const open = ['open', 'signed', 'returned', 'completed'].reduce((n, status) => n + countOf(referral.byStatus, status), 0);
    const responded = countOf(referral.byStatus, 'responded') + countOf(referral.byStatus, 'confirmed');
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
