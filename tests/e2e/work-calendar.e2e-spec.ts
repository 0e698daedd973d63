import { ApiClient } from '@shangliang/testing';
import { peopleOf } from './support/problem-flows';

/**
 * Deadlines count working days on the national calendar (chinese-days) plus the council's own
 * adjustments, which admins keep in the console; every change is audited and stays within the
 * admin's council.
 */
describe('the working-day calendar', () => {
  let admin: ApiClient;
  beforeAll(async () => {
    admin = await ApiClient.login('admin');
  });

  it('shows the national year and lets an admin add and remove a local day, audited', async () => {
    const year = await admin.get('assignment', '/admin/calendar?year=2026');
    expect(year.status).toBe(200);
    expect(year.body.national.holidays).toEqual(expect.arrayContaining(['2026-02-16', '2026-10-01']));
    expect(year.body.national.workdays).toContain('2026-02-14'); // a Saturday worked for 春节
    expect(year.body.status.years[0]).toEqual({ year: expect.any(Number), source: expect.any(String) });

    const added = await admin.post('assignment', '/admin/calendar/adjustments', { date: '2026-06-10', kind: 'holiday', reason: '市运动会放假' });
    expect(added.status).toBe(201);
    expect((await admin.post('assignment', '/admin/calendar/adjustments', { date: '2026-06-10', kind: 'workday', reason: '再来一次' })).status).toBe(409);
    const listed = await admin.get('assignment', '/admin/calendar?year=2026');
    expect(listed.body.adjustments).toEqual(expect.arrayContaining([expect.objectContaining({ id: added.body.id, date: '2026-06-10', kind: 'holiday', reason: '市运动会放假' })]));

    // Another council's admin neither sees nor removes it.
    const county = await ApiClient.login('county-admin');
    expect((await county.get('assignment', '/admin/calendar?year=2026')).body.adjustments).not.toContainEqual(expect.objectContaining({ id: added.body.id }));
    expect((await county.request('assignment', 'DELETE', `/admin/calendar/adjustments/${added.body.id}`)).status).toBe(404);

    expect((await admin.request('assignment', 'DELETE', `/admin/calendar/adjustments/${added.body.id}`)).status).toBe(200);
    expect((await admin.get('assignment', '/admin/calendar?year=2026')).body.adjustments).not.toContainEqual(expect.objectContaining({ id: added.body.id }));
    const audit = await admin.get('assignment', '/admin/audit?entity=calendar_adjustment&limit=10');
    expect(audit.body.map((a: { action: string; entityId: string }) => `${a.action}:${a.entityId}`)).toEqual(
      expect.arrayContaining([`create:${added.body.id}`, `delete:${added.body.id}`]),
    );
  });

  it('names the field of a bad entry and writes nothing', async () => {
    const before = (await admin.get('assignment', '/admin/calendar?year=2026')).body.adjustments;
    const notADate = await admin.post('assignment', '/admin/calendar/adjustments', { date: '2026-02-30', kind: 'holiday', reason: '不存在的日子' });
    expect(notADate.status).toBe(400);
    expect(notADate.body.fields[0].field).toBe('date');
    const badKind = await admin.post('assignment', '/admin/calendar/adjustments', { date: '2026-07-01', kind: 'half-day', reason: '半天' });
    expect(badKind.status).toBe(400);
    expect(badKind.body.fields[0].field).toBe('kind');
    expect((await admin.get('assignment', '/admin/calendar?year=2026')).body.adjustments).toEqual(before);
  });

  it('tells every member of staff whether next year is covered', async () => {
    const convener = await ApiClient.login(peopleOf('com-01').convener);
    const status = await convener.get('assignment', '/calendar/status');
    expect(status.status).toBe(200);
    expect(status.body.years).toHaveLength(2);
    expect(status.body).toHaveProperty('warning');
  });
});
