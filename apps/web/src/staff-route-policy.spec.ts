import { staffRouteOf } from './staff-route-policy';

const ID = '0b6c4a36-4a53-4f0a-9d2b-9b5e1a0f1c11';

describe('which staff routes the console reaches', () => {
  it('routes each service prefix to that service, keeping the query string', () => {
    expect(staffRouteOf('GET', '/staff/intake/problems?stage=screening&limit=50')).toEqual({ service: 'intake', path: '/problems?stage=screening&limit=50' });
    expect(staffRouteOf('POST', '/staff/assignment/auth/login')).toEqual({ service: 'assignment', path: '/auth/login' });
    expect(staffRouteOf('POST', `/staff/consultation/consultation-items/${ID}/consultations`)).toEqual({ service: 'consultation', path: `/consultation-items/${ID}/consultations` });
    expect(staffRouteOf('PATCH', `/staff/supervision/cases/${ID}`)).toEqual({ service: 'supervision', path: `/cases/${ID}` });
    expect(staffRouteOf('GET', '/staff/notifications/notifications/inbox?unread=true')).toEqual({ service: 'notifications', path: '/notifications/inbox?unread=true' });
  });

  it('lets through the routes the console uses', () => {
    for (const [method, path] of [
      ['GET', `/staff/intake/problems/${ID}/contact`],
      ['POST', `/staff/intake/problems/${ID}/unmerge`],
      ['POST', `/staff/assignment/screening-items/${ID}/decision`],
      ['GET', `/staff/assignment/claim-items/${ID}/candidates`],
      ['POST', `/staff/assignment/claim-items/${ID}/team`],
      ['POST', '/staff/assignment/admin/groups/balance'],
      ['GET', '/staff/assignment/admin/audit?limit=100'],
      ['POST', `/staff/consultation/referrals/${ID}/response`],
      ['POST', `/staff/consultation/referrals/${ID}/sign`],
      ['POST', `/staff/consultation/referrals/${ID}/progress`],
      ['POST', `/staff/consultation/referrals/${ID}/extension-request`],
      ['POST', `/staff/consultation/referrals/${ID}/extension-decision`],
      ['POST', `/staff/consultation/referrals/${ID}/return`],
      ['POST', `/staff/consultation/referrals/${ID}/return-decision`],
      ['POST', `/staff/consultation/referrals/${ID}/photos`],
      ['POST', `/staff/consultation/referrals/${ID}/completion`],
      ['POST', `/staff/consultation/referrals/${ID}/completion-decision`],
      ['GET', `/staff/consultation/referrals/${ID}/photos/${ID}`],
      ['POST', `/staff/supervision/follow-ups/${ID}`],
      ['GET', '/staff/supervision/dashboard/figures'],
      ['GET', '/staff/supervision/figures?period=2026-Q3&area=locality:loc-003'],
      ['GET', '/staff/supervision/figures.csv?period=2026'],
      ['GET', '/staff/supervision/figures/trend?period=2026'],
      ['GET', '/staff/supervision/figures/departments?period=2026-07'],
      ['GET', '/staff/supervision/reports/quarterly.docx?period=2026-Q3'],
      ['GET', '/staff/supervision/reports/site-meeting.docx?locality=loc-003'],
      ['GET', '/staff/supervision/reports/figures.xlsx'],
      ['GET', '/staff/supervision/reports/cases.xlsx'],
      ['GET', '/staff/supervision/suggestions?q=%E4%BE%9B%E6%B0%B4&adoption=adopted'],
      ['GET', `/staff/supervision/suggestions/${ID}`],
      ['POST', '/staff/supervision/suggestions'],
      ['PATCH', `/staff/supervision/suggestions/${ID}`],
      ['POST', `/staff/supervision/suggestions/${ID}/review-request`],
      ['POST', `/staff/supervision/suggestions/${ID}/review`],
      ['POST', `/staff/supervision/suggestions/${ID}/submission`],
      ['POST', `/staff/supervision/suggestions/${ID}/adoption`],
      ['POST', '/staff/supervision/admin/history/cases'],
      ['POST', '/staff/supervision/admin/history/suggestions'],
      ['GET', '/staff/intake/admin/outbox/dead-letters'],
      ['POST', `/staff/intake/admin/outbox/dead-letters/${ID}/redrive`],
      ['GET', '/staff/notifications/notifications/inbox?unread=true&limit=20'],
      ['GET', '/staff/notifications/notifications/inbox/unread-count'],
      ['POST', `/staff/notifications/notifications/inbox/${ID}/read`],
      ['POST', '/staff/notifications/notifications/inbox/read-all'],
      ['GET', '/staff/notifications/notifications/preferences'],
      ['PUT', '/staff/notifications/notifications/preferences'],
      ['GET', '/staff/notifications/admin/notifications/departments/dept-housing/channels'],
      ['PUT', '/staff/notifications/admin/notifications/departments/dept-housing/channels'],
      ['GET', '/staff/notifications/admin/notifications/deliveries?status=failed'],
      ['POST', `/staff/notifications/admin/notifications/deliveries/${ID}/resend`],
      ['GET', '/staff/notifications/admin/notifications/sms-sink/messages'],
      ['GET', '/staff/assignment/calendar/status'],
      ['GET', '/staff/assignment/admin/calendar?year=2027'],
      ['POST', '/staff/assignment/admin/calendar/adjustments'],
      ['DELETE', '/staff/assignment/admin/calendar/adjustments/cadj-0123456789ab'],
    ]) {
      expect(staffRouteOf(method, path)).not.toBeNull();
    }
  });

  it('keeps out unknown services, other routes and other methods', () => {
    expect(staffRouteOf('GET', '/staff/worker/health')).toBeNull();
    expect(staffRouteOf('GET', '/staff/intake/docs-json')).toBeNull();
    expect(staffRouteOf('POST', '/staff/intake/hotline/work-orders')).toBeNull();
    expect(staffRouteOf('POST', '/staff/assignment/admin/members')).toBeNull();
    expect(staffRouteOf('DELETE', `/staff/supervision/cases/${ID}`)).toBeNull();
    expect(staffRouteOf('DELETE', `/staff/supervision/suggestions/${ID}`)).toBeNull();
    expect(staffRouteOf('POST', `/staff/supervision/suggestions/${ID}/withdraw`)).toBeNull();
    expect(staffRouteOf('POST', '/staff/supervision/admin/history/problems')).toBeNull();
    expect(staffRouteOf('GET', '/staff/intake/problems/not-a-uuid')).toBeNull();
    expect(staffRouteOf('POST', `/staff/consultation/referrals/${ID}/escalate`)).toBeNull();
    expect(staffRouteOf('GET', `/staff/consultation/referrals/${ID}/photos`)).toBeNull();
    expect(staffRouteOf('GET', '/public/problems/AB12CD34')).toBeNull();
    expect(staffRouteOf('PUT', '/staff/notifications/notifications/inbox')).toBeNull();
    expect(staffRouteOf('POST', '/staff/notifications/notifications/inbox/not-a-uuid/read')).toBeNull();
    expect(staffRouteOf('PUT', '/staff/notifications/admin/notifications/departments/dept-housing/channels/x')).toBeNull();
    expect(staffRouteOf('GET', '/staff/notifications/admin/outbox/dead-letters')).toBeNull();
    // The services' internal routes (signed calls between them) are never forwarded.
    expect(staffRouteOf('POST', '/staff/intake/internal/figures')).toBeNull();
    expect(staffRouteOf('POST', '/staff/consultation/internal/figures')).toBeNull();
    expect(staffRouteOf('GET', '/staff/supervision/figuresXcsv')).toBeNull();
    expect(staffRouteOf('GET', '/staff/supervision/reports/other.docx')).toBeNull();
  });

  it('refuses paths that could climb out of a permitted route', () => {
    expect(staffRouteOf('GET', '/staff/intake/problems/../api-keys')).toBeNull();
    expect(staffRouteOf('GET', '/staff/intake/problems/%2e%2e/api-keys')).toBeNull();
    expect(staffRouteOf('GET', '/staff/assignment/claim-items%2f..%2fadmin')).toBeNull();
  });
});
