/**
 * The foundation: the built extension loads in every target browser, its content script mounts a
 * shadow-root overlay on a cable page served from 127.0.0.1, and its popup opens. A negative
 * control proves the overlay check fails when the extension is not loaded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { canRun, e2eTargets, launch } from './support/launch';
import { DEMO_PAGES, overlayMounted } from './support/pages';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

for (const target of e2eTargets(['chrome-mv3', 'firefox-mv2', 'firefox-mv3'])) {
  describe.runIf(canRun(target))(`extension in ${target.label}`, () => {
    let browser: E2EBrowser;
    beforeAll(async () => {
      browser = await launch(target);
    });
    afterAll(() => browser?.close());

    it('has an extension origin', () => {
      expect(browser.extensionOrigin).toMatch(/^(chrome|moz)-extension:\/\/[\w-]+\/$/);
    });

    it('mounts the overlay in a shadow root on a viewer page', async () => {
      const page = await browser.newPage();
      await page.goto(server.url(DEMO_PAGES.viewer.path));
      await page.waitFor('the overlay', overlayMounted, undefined);
      const text = await page.evaluate(() => document.querySelector('cable-lens-overlay')!.shadowRoot!.textContent, undefined);
      expect(text).toContain('Cable Lens');
      await page.screenshot(`foundation-${target.build}-viewer`);
      await page.close();
    });

    it('reaches a reposted cable under its real host name', async () => {
      const page = await browser.newPage();
      await page.goto(server.url(DEMO_PAGES.wordpress.path, DEMO_PAGES.wordpress.host));
      await page.waitFor('the overlay', overlayMounted, undefined);
      expect(await page.evaluate(() => location.hostname, undefined)).toBe('wikileakskz.wordpress.com');
      await page.close();
    });

    it('opens the popup page', async () => {
      const popup = await browser.openExtensionPage('popup.html');
      await popup.waitFor('the popup heading', () => document.querySelector('h1')?.textContent, undefined);
      expect(await popup.evaluate(() => document.querySelector('h1')!.textContent, undefined)).toContain('Cable Lens');
      await popup.close();
    });
  });
}

// Negative control: the same check against a browser WITHOUT the extension must fail.
const [chromiumTarget] = e2eTargets(['chrome-mv3']);
describe.runIf(chromiumTarget && canRun(chromiumTarget))('negative control (no extension)', () => {
  it('finds no overlay, so the checks above really depend on the extension', async () => {
    const browser = await launch(chromiumTarget!, { target: null });
    try {
      const page = await browser.newPage();
      await page.goto(server.url(DEMO_PAGES.viewer.path));
      await expect(page.waitFor('the overlay', overlayMounted, undefined, 2_000)).rejects.toThrow(/Timed out/);
    } finally {
      await browser.close();
    }
  });
});
