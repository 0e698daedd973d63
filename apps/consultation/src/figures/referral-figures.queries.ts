import { Injectable } from '@nestjs/common';
import { CONSULTATION_FORMS, type ConsultationFiguresRange, type InternalFiguresRequest } from '@shangliang/contracts';
import { countsByKey } from '@shangliang/persistence';
import { ReferralFiguresRepository } from './referral-figures.repository';

/**
 * Consultation's part of the figures: consultations by form and the departments' response
 * (响应率, the league table). A referral is due in a range when its deadline falls in it and
 * has passed: one whose deadline is still ahead can be neither on time nor late yet.
 */
@Injectable()
export class ReferralFiguresQueries {
  constructor(private readonly referrals: ReferralFiguresRepository) {}

  async figures(request: InternalFiguresRequest): Promise<{ ranges: ConsultationFiguresRange[] }> {
    const filter = { communityIds: request.communityIds, departmentId: request.departmentId };
    const ranges: ConsultationFiguresRange[] = [];
    for (const range of request.ranges) {
      const dueBefore = range.to < request.now ? range.to : request.now;
      const [departments, opened, forms] = await Promise.all([
        this.referrals.responsesByDepartment(filter, range.from, dueBefore),
        this.referrals.countOpened(filter, range),
        this.referrals.consultationsByForm(request.communityIds, range),
      ]);
      ranges.push({
        referrals: {
          opened,
          due: departments.reduce((n, d) => n + d.due, 0),
          answeredOnTime: departments.reduce((n, d) => n + d.answeredOnTime, 0),
        },
        consultationsByForm: countsByKey(CONSULTATION_FORMS, forms),
        departments,
      });
    }
    return { ranges };
  }
}
