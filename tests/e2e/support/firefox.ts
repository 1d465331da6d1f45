import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type E2EBrowser, type E2EPage, type LaunchOptions, poll, screenshotPath } from './browser';
import { MAPPED_HOSTS } from './hosts';
import { extensionDirs } from './paths';

/** Firefox preferences for a quiet, reproducible, network-free run. */
export function firefoxPrefs(geckoId: string | null, uuid: string, colorScheme: 'light' | 'dark') {
  return {
    // Pin the moz-extension:// UUID so tests can open the popup page directly.
    ...(geckoId && { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) }),
    'extensions.originControls.grantByDefault': true,
    // Resolve the mapped mirror host names to 127.0.0.1 (see hosts.ts).
    'network.dns.localDomains': MAPPED_HOSTS.join(','),
    'dom.security.https_first': false,
    'dom.security.https_only_mode': false,
    'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
    // Let tests read what the extension copied, without a permission prompt.
    'dom.events.asyncClipboard.readText': true,
    'dom.events.testing.asyncClipboard': true,
  };
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
      // Puppeteer's `>>>` combinator pierces open shadow roots.
      await page.locator(innerSelector ? `${hostSelector} >>> ${innerSelector}` : hostSelector).click();
    },
    press: (key) => page.keyboard.press(key as never),
    bringToFront: () => page.bringToFront(),
    async screenshot(name) {
      const file = screenshotPath(name);
      await page.screenshot({ path: file as `${string}.png` });
      return file;
    },
    close: () => page.close(),
  };
}

export async function launchFirefox(options: LaunchOptions): Promise<E2EBrowser> {
  const extensionDir = options.target ? extensionDirs[options.target] : null;
  const manifest = extensionDir ? JSON.parse(fs.readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) : null;
  const geckoId: string | null = manifest?.browser_specific_settings?.gecko?.id ?? null;
  const uuid = randomUUID();
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath,
    headless: true,
    // BiDi refuses to navigate to moz-extension:// without system access.
    args: ['--remote-allow-system-access', '--width=1100', '--height=800'],
    extraPrefsFirefox: firefoxPrefs(geckoId, uuid, options.colorScheme ?? 'light'),
    defaultViewport: { width: 1100, height: 800 },
  });
  if (extensionDir) {
    const id = await browser.installExtension(extensionDir);
    if (id !== geckoId) throw new Error(`installed ${id}, expected ${geckoId}`);
  }
  const extensionOrigin = extensionDir ? `moz-extension://${uuid}/` : null;
  return {
    name: 'firefox',
    target: options.target,
    extensionOrigin,
    newPage: async () => wrapPage(await browser.newPage()),
    async openExtensionPage(file) {
      if (!extensionOrigin) throw new Error('no extension loaded');
      const page = await browser.newPage();
      // goto() never resolves its load wait for moz-extension:// over BiDi: fire it and poll instead.
      page.goto(extensionOrigin + file).catch(() => {});
      await poll(
        `${file} to load`,
        () => page.evaluate(() => document.readyState === 'complete' && location.protocol === 'moz-extension:'),
        15_000,
      );
      return wrapPage(page);
    },
    close: () => browser.close(),
  };
}
