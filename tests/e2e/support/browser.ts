import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { eventually, isAlive, stopPid, testEnvironment } from '@shangliang/testing';

/** Debian's chromium (STACK.md): no browser can be downloaded on these machines. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface WebApp {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

/**
 * Starts the built web server (dist/apps/web) in front of the intake service the global setup
 * started. `AppName` in the shared helpers has no `web`, so this spec starts and stops it itself.
 */
export async function startWebApp(): Promise<WebApp> {
  const main = join(testEnvironment.distDir, 'apps/web/src/main.js');
  const client = join(testEnvironment.distDir, 'apps/web/client/index.html');
  for (const [file, how] of [
    [main, 'infra/scripts/build.sh'],
    [client, `DIST_DIR=${process.env.DIST_DIR ?? 'dist'} bash apps/web/build-client.sh`],
  ]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: build it first (${how})`);
  }
  const url = testEnvironment.url('web');
  if (await healthy(url)) throw new Error(`something already serves ${url} (a web server left from an earlier run?); stop it first`);
  mkdirSync(join(testEnvironment.varDir, 'log'), { recursive: true });
  const log = join(testEnvironment.varDir, 'log', 'web.log');
  const fd = openSync(log, 'a');
  const child = spawn(process.execPath, [main], {
    cwd: testEnvironment.root,
    env: { ...process.env, WEB_PORT: new URL(url).port, INTAKE_URL: testEnvironment.url('intake') },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const pid = child.pid!;
  try {
    await eventually(
      async () => {
        if (!isAlive(pid)) throw new Error(`web exited; see ${log}`);
        return healthy(url);
      },
      (ready) => ready,
      { timeoutMs: 30_000, what: 'web to start' },
    );
  } catch (error) {
    await stopPid(pid);
    throw error;
  }
  return { url, pid, stop: () => stopPid(pid) };
}

/**
 * /health over node:http: Node's fetch, like browsers, refuses "bad ports" such as 6000, which a
 * test run may well give the web server.
 */
function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = get(`${url}/health`, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2_000, () => req.destroy());
  });
}

/**
 * Headless Chromium. Chromium refuses some ports outright (6000 is X11's, ERR_UNSAFE_PORT), so
 * the web server's port is allowed explicitly: test runs pick ports freely.
 */
export function launchChromium(webUrl: string): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', `--explicitly-allowed-ports=${new URL(webUrl).port}`],
  });
}

/** A phone: 375 px wide, touch, Chinese or English as the browser's language. */
export function phoneContext(browser: Browser, locale: 'zh-CN' | 'en-GB' = 'zh-CN'): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale, timezoneId: 'Asia/Shanghai' });
}

/** A small valid PNG (1×1, red), for the photo field. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
