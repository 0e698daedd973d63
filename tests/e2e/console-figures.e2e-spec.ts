import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startWebApp, type WebApp } from './support/browser';
import { signInToConsole } from './support/console-pages';
import { peopleOf } from './support/problem-flows';
import { docxText } from './support/zip-entries';

/** The dashboard's figures (数据指标): pickers, league table, the ECharts trend charts and the reports. */
describe('the console dashboard’s figures, in headless Chromium', () => {
  let web: WebApp;
  let browser: Browser;

  beforeAll(async () => {
    web = await startWebApp();
    browser = await launchChromium(web.url);
  });

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
  });

  /** Every chart canvas ECharts drew, with its size on screen. */
  const canvases = (page: Page, testId: string) =>
    page.getByTestId(testId).locator('canvas').evaluateAll((nodes) => nodes.map((n) => ({ width: n.clientWidth, height: n.clientHeight })));

  it('draws the trend charts and the figures for the chosen period and area', async () => {
    const page = await signInToConsole(browser, web.url, 'admin');
    await page.getByTestId('figures-panel').waitFor();
    await page.getByTestId('figure-response-rate').waitFor();
    for (const chart of ['trend-rates-chart', 'trend-counts-chart']) {
      await page.getByTestId(chart).locator('canvas').first().waitFor();
      const drawn = await canvases(page, chart);
      expect(drawn.length).toBeGreaterThan(0);
      expect(drawn[0].width).toBeGreaterThan(100);
      expect(drawn[0].height).toBeGreaterThan(100);
    }

    // Another period and area: a date range in 2019 for one community (figures.e2e-spec's rows, if they are there).
    await page.getByTestId('period-picker').selectOption('range');
    await page.getByLabel('起').fill('2019-01-01');
    await page.getByLabel('止').fill('2019-03-31');
    await page.getByTestId('area-picker').selectOption('community:com-17');
    await page.getByTestId('figure-resolution-rate').waitFor();
    await page.getByTestId('trend-rates-chart').locator('canvas').first().waitFor();
    expect((await canvases(page, 'trend-rates-chart'))[0].width).toBeGreaterThan(100);

    // The quarterly report comes through the web server's proxy as a Word document.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '季度通报（Word）' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^quarterly-report-2019-01-01_to_2019-03-31-com-17\.docx$/);
    const text = docxText(readFileSync((await download.path())!));
    expect(text).toContain('季度通报');
    expect(text).toContain('响应率');
    await page.context().close();
  });

  it("gives a group leader their own group's figures only", async () => {
    const page = await signInToConsole(browser, web.url, peopleOf('com-17').leader);
    await page.getByTestId('figure-response-rate').waitFor();
    const options = await page.getByTestId('area-picker').locator('option').allTextContents();
    expect(options[0]).toContain('委员小组');
    expect(options.some((o) => o.includes('全会'))).toBe(false);
    await page.getByTestId('trend-counts-chart').locator('canvas').first().waitFor();
    await page.context().close();
  });
});
