import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { testEnvironment } from '@shangliang/testing';
import { phoneContext } from './browser';

/** A laptop screen, Chinese first, in the council's time zone. */
export function laptopContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
}

/** Opens the console in a fresh browser context and signs in through its form. */
export async function signInToConsole(browser: Browser, webUrl: string, username: string, screen: 'laptop' | 'phone' = 'laptop'): Promise<Page> {
  const context = screen === 'phone' ? await phoneContext(browser) : await laptopContext(browser);
  const page = await context.newPage();
  await page.goto(`${webUrl}/console`);
  await page.getByRole('heading', { name: '工作人员登录' }).waitFor();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(testEnvironment.demoPassword);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByTestId('who').waitFor();
  return page;
}

/** The console's navigation (only the sections the role can use). */
export function consoleNav(page: Page): Locator {
  return page.getByRole('navigation', { name: /^(工作台导航|Console navigation)$/ });
}

/** Follows a navigation link, as a person would, and waits until it is the current section. */
export async function openSection(page: Page, name: string): Promise<void> {
  await consoleNav(page).getByRole('link', { name, exact: true }).click();
  await consoleNav(page).locator('a[aria-current="page"]', { hasText: name }).waitFor();
}

/** A work-queue entry (screening, claiming, referrals, follow-ups …) by its problem reference. */
export function queueItem(page: Page, reference: string): Locator {
  return page.locator(`[data-testid="queue-item"][data-reference="${reference}"]`);
}

/**
 * Queues are filled by the services as the workflow moves on; the page shows what was there when
 * it loaded, as a person would see it, so reload until the entry is there.
 */
export async function reloadUntilVisible(page: Page, target: Locator, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await target.first().waitFor({ timeout: 3_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} in the console: ${String(error)}`);
    }
    await page.reload();
  }
}

/** Every member of staff reads the council's departments, so the field is a picker once loaded. */
export async function chooseDepartment(page: Page, departmentId: string): Promise<void> {
  const picker = page.locator('select#referral-department');
  await picker.locator(`option[value="${departmentId}"]`).waitFor({ state: 'attached' });
  await picker.selectOption(departmentId);
}

/** Nothing wider than the screen: no sideways scrolling (a string: the tests have no DOM types). */
export async function scrollWidth(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth');
}
