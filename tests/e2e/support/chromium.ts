import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { type E2EBrowser, type E2EPage, type LaunchOptions, poll, screenshotPath } from './browser';
import { chromiumHostRules } from './hosts';
import { extensionDirs } from './paths';

/** Flags for a quiet, network-free, reproducible Chromium (see toolchain-recipe §4). */
export function chromiumArgs(extensionDir: string | null, { isolate = true } = {}): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,MediaRouter',
    `--host-resolver-rules=${chromiumHostRules({ isolate })}`,
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
  ];
}

function wrapPage(page: Page): E2EPage {
  return {
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(what, fn, arg, timeoutMs = 10_000) {
      await poll(what, () => page.evaluate(fn as never, arg), timeoutMs);
    },
    async click(hostSelector, innerSelector) {
      // Playwright's CSS engine pierces open shadow roots.
      await page
        .locator(innerSelector ? `${hostSelector} ${innerSelector}` : hostSelector)
        .first()
        .click();
    },
    press: (key) => page.keyboard.press(key),
    bringToFront: () => page.bringToFront(),
    async screenshot(name) {
      const file = screenshotPath(name);
      await page.screenshot({ path: file });
      return file;
    },
    close: () => page.close(),
  };
}

export async function launchChromium(options: LaunchOptions): Promise<E2EBrowser> {
  const extensionDir = options.target ? extensionDirs[options.target] : null;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-lens-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: options.executablePath,
    headless: true,
    // Playwright passes --disable-extensions by default.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(extensionDir),
    viewport: { width: 1100, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  let extensionOrigin: string | null = null;
  if (extensionDir) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionOrigin = `chrome-extension://${new URL(worker.url()).host}/`;
  }
  const blank = context.pages();
  return {
    name: 'chromium',
    target: options.target,
    extensionOrigin,
    async newPage() {
      const reusable = blank.pop();
      return wrapPage(reusable ?? (await context.newPage()));
    },
    async openExtensionPage(file) {
      if (!extensionOrigin) throw new Error('no extension loaded');
      const page = await context.newPage();
      await page.goto(extensionOrigin + file);
      return wrapPage(page);
    },
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
