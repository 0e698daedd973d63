import { staffOf } from '@shangliang/testing';
import type { OrganisationDirectory } from '@shangliang/organisation';
import type { ConsultationItemRepository } from '../consultation-items/consultation-item.repository';
import type { ReferralRepository } from '../referrals/referral.repository';
import { ConsultationFiguresQueries } from './consultation-figures.queries';
import { ratio } from '@shangliang/persistence';

describe('the consultation figures on the dashboard', () => {
  it('counts consultations by form and outcome and the departments’ response rate', async () => {
    const items = {
      figures: jest.fn().mockResolvedValue({
        items: [{ key: 'open', count: 4 }, { key: 'concluded', count: 36 }],
        forms: [{ key: 'micro', count: 20 }, { key: 'point_to_point', count: 16 }],
        outcomes: [{ key: 'solved', count: 30 }, { key: 'referred', count: 6 }],
      }),
    };
    const referrals = { figures: jest.fn().mockResolvedValue({ byStatus: [{ key: 'open', count: 2 }, { key: 'responded', count: 4 }], respondedInTime: 3 }) };
    const figures = await new ConsultationFiguresQueries(items as unknown as ConsultationItemRepository, referrals as unknown as ReferralRepository, { communityIdsOfCouncil: jest.fn().mockResolvedValue(['c-01']) } as unknown as OrganisationDirectory).figures(staffOf('admin'));

    expect(figures.items).toEqual({ open: 4, concluded: 36 });
    expect(figures.consultations).toEqual({
      total: 36,
      byForm: { micro: 20, thematic: 0, point_to_point: 16 },
      byOutcome: { solved: 30, explained: 0, referred: 6 },
    });
    expect(figures.referrals).toEqual({ total: 6, open: 2, responded: 4, respondedInTime: 3, responseRate: 0.6667, inTimeRate: 0.75 });
  });

  it("counts a department's referrals in hand as open and confirmed completions as answered, and hands-on not at all", async () => {
    const byStatus = [
      { key: 'open', count: 1 },
      { key: 'signed', count: 2 },
      { key: 'completed', count: 1 },
      { key: 'confirmed', count: 3 },
      { key: 'responded', count: 1 },
      { key: 're_referred', count: 5 },
    ];
    const items = { figures: jest.fn().mockResolvedValue({ items: [], forms: [], outcomes: [] }) };
    const referrals = { figures: jest.fn().mockResolvedValue({ byStatus, respondedInTime: 2 }) };
    const figures = await new ConsultationFiguresQueries(items as unknown as ConsultationItemRepository, referrals as unknown as ReferralRepository, { communityIdsOfCouncil: jest.fn().mockResolvedValue(['c-01']) } as unknown as OrganisationDirectory).figures(staffOf('admin'));
    expect(figures.referrals).toMatchObject({ total: 8, open: 4, responded: 4, respondedInTime: 2 });
  });

  it('gives no rate rather than a division by zero before anything was referred', () => {
    expect(ratio(0, 0)).toBeNull();
  });
});
