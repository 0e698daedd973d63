import type { Browser } from 'playwright-core';
import { ApiClient, eventually } from '@shangliang/testing';
import { launchChromium, startWebApp, type WebApp } from './support/browser';
import { signInToConsole } from './support/console-pages';
import { NotificationFeed } from './support/notifications';
import { peopleOf, raiseProblem } from './support/problem-flows';

/** The bell and the inbox as staff use them, in headless Chromium. */
describe('the console’s notifications, in headless Chromium', () => {
  let web: WebApp;
  let browser: Browser;
  const feed = new NotificationFeed();

  beforeAll(async () => {
    web = await startWebApp();
    browser = await launchChromium(web.url);
  });

  afterAll(async () => {
    await feed.close();
    await browser?.close();
    await web?.stop();
  });

  it('shows the unread count on the bell, and an entry opens its item and is read', async () => {
    const title = `消防通道被占 ${Date.now().toString(36)}`;
    const problem = await raiseProblem({ communityId: 'com-07', title });
    // The locality's convener is told that screening is overdue.
    const convenerLogin = peopleOf('com-07').convener;
    await feed.publish('problem.progressed', {
      eventId: `${problem.id}.console-test.screening-overdue`,
      problemId: problem.id,
      reference: problem.reference,
      communityId: 'com-07',
      category: 'public_facilities',
      occurredAt: new Date().toISOString(),
      residentReporterIds: [],
      stage: 'screening',
      kind: 'screening_overdue',
      detail: { level: 1 },
    });
    const supervisor = await ApiClient.login(convenerLogin);
    await eventually(
      async () => (await supervisor.get('notifications', '/notifications/inbox?unread=true&limit=200')).body.items,
      (items) => items.some((i: { title: string }) => i.title.includes(problem.reference)),
      { what: "the entry in the convener's inbox" },
    );
    // The test's own problem and earlier suites' running deadlines keep notifying this convener, so the
    // count may grow while the test runs: the bell must show a count the server gave between the page's
    // loading and its showing.
    const unreadCount = async () => (await supervisor.get('notifications', '/notifications/inbox/unread-count')).body.unread as number;
    const before = await unreadCount();
    const page = await signInToConsole(browser, web.url, convenerLogin);
    const count = page.getByTestId('unread-count');
    await count.waitFor();
    const shownFirst = Number(await count.textContent());
    expect(shownFirst).toBeGreaterThanOrEqual(before);
    expect(shownFirst).toBeLessThanOrEqual(await unreadCount());

    await page.getByTestId('notification-bell').click();
    await page.getByRole('heading', { level: 1, name: '我的通知' }).waitFor();
    const entry = page.getByTestId('inbox-entry').filter({ hasText: problem.reference });
    await entry.getByText('定单超时').first().waitFor();
    await entry.getByRole('link', { name: '查看' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/console/problems/${problem.id}`);

    // Opening it read it: the entry is no longer unread, and the bell counts what the server counts.
    const unreadEntries = async () =>
      ((await supervisor.get('notifications', '/notifications/inbox?unread=true&limit=200')).body.items as { title: string }[]).filter((i) => i.title.includes(problem.reference)).length;
    await eventually(unreadEntries, (n) => n === 0, { what: 'the entry to be read' });
    const beforeReload = await unreadCount();
    await page.reload();
    await page.getByTestId('notification-bell').waitFor();
    // The bell shows no count at all once nothing is unread.
    const shown = async () => ((await page.getByTestId('unread-count').count()) ? Number(await page.getByTestId('unread-count').textContent()) : 0);
    await eventually(shown, (n) => n >= beforeReload, { what: 'the bell to show the count after reading' });
    expect(await shown()).toBeLessThanOrEqual(await unreadCount());
  });
});
