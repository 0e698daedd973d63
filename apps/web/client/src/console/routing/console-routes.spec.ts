import { canUse, sectionsFor } from '../auth/console-access';
import { consolePath, consoleRouteOf, sectionOf } from './console-routes';

const ID = '0b6c4a36-4a53-4f0a-9d2b-9b5e1a0f1c11';

describe('console routes', () => {
  it('maps console paths to pages, with ids from the path', () => {
    expect(consoleRouteOf('/console')).toEqual({ page: 'dashboard' });
    expect(consoleRouteOf('/console/')).toEqual({ page: 'dashboard' });
    expect(consoleRouteOf('/console/sign-in')).toEqual({ page: 'sign-in' });
    expect(consoleRouteOf(`/console/problems/${ID}`)).toEqual({ page: 'problem', problemId: ID });
    expect(consoleRouteOf('/console/follow-ups')).toEqual({ page: 'follow-ups' });
    expect(consoleRouteOf(`/console/referrals/${ID}`)).toEqual({ page: 'referral', referralId: ID });
    expect(consoleRouteOf('/console/admin')).toEqual({ page: 'admin', admin: 'organisation' });
    expect(consoleRouteOf('/console/admin/groups/grp-01')).toEqual({ page: 'admin', admin: 'members', groupId: 'grp-01' });
    expect(consoleRouteOf('/console/admin/balance')).toEqual({ page: 'admin', admin: 'balance' });
    expect(consoleRouteOf('/console/admin/dead-letters')).toEqual({ page: 'admin', admin: 'dead-letters' });
    expect(consoleRouteOf('/console/admin/calendar')).toEqual({ page: 'admin', admin: 'calendar' });
    expect(consoleRouteOf('/console/admin/deliveries')).toEqual({ page: 'admin', admin: 'deliveries' });
    expect(consoleRouteOf('/console/inbox')).toEqual({ page: 'inbox' });
    expect(consoleRouteOf('/console/suggestions')).toEqual({ page: 'suggestions' });
    expect(consoleRouteOf('/console/suggestions/new')).toEqual({ page: 'suggestion-draft' });
    expect(consoleRouteOf(`/console/suggestions/${ID}`)).toEqual({ page: 'suggestion', suggestionId: ID });
    expect(consoleRouteOf('/console/admin/history')).toEqual({ page: 'admin', admin: 'history' });
    expect(consoleRouteOf('/console/nowhere')).toEqual({ page: 'not-found' });
    expect(consoleRouteOf('/console/cases/%E0%A4%A')).toEqual({ page: 'not-found' });
  });

  it('puts every page in the section whose roles may open it', () => {
    expect(sectionOf(consoleRouteOf(`/console/consultations/${ID}`))).toBe('consultations');
    expect(sectionOf(consoleRouteOf('/console/admin/audit'))).toBe('admin');
    expect(sectionOf(consoleRouteOf(`/console/referrals/${ID}`))).toBe('referrals');
    expect(consolePath.referral(ID)).toBe(`/console/referrals/${ID}`);
    expect(sectionOf(consoleRouteOf('/console/sign-in'))).toBeNull();
    expect(consolePath.section('followUps')).toBe('/console/follow-ups');
  });
});

describe('what each role sees in the console', () => {
  it('keeps the organisation admin away from members and departments', () => {
    expect(canUse('member', 'admin')).toBe(false);
    expect(canUse('department', 'admin')).toBe(false);
    expect(canUse('admin', 'admin')).toBe(true);
  });

  it('shows a member claiming, consulting and deciding on their referrals, and a department its referrals', () => {
    expect(sectionsFor('member')).toEqual(['dashboard', 'problems', 'claims', 'consultations', 'referrals', 'cases', 'suggestions']);
    expect(sectionsFor('department')).toEqual(['dashboard', 'referrals', 'cases']);
    expect(sectionsFor('supervisor')).toEqual(['dashboard', 'problems', 'consultations', 'referrals', 'supervision', 'followUps', 'cases', 'suggestions']);
  });
});
