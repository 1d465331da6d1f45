/**
 * Issue 4 in real browsers: Cable Lens finds the cable on each kind of mirror page served from
 * 127.0.0.1 under its real path layout (and real host name where the content script needs it),
 * follows late-loaded text and single-page navigation without duplicates, and leaves pages
 * without a cable completely untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { canRun, e2eTargets, launch } from './support/launch';
import { cableLensTraces, contentStatusOf } from './support/status';

const BLOG = 'wikileakskz.wordpress.com';

/** Cable ids of the mounted overlays, in page order. */
function overlayIds(): string[] {
  return [...document.querySelectorAll('cable-lens-overlay')].map((h) => h.getAttribute('data-cable-id') ?? '');
}

const POSITIVE = [
  { name: 'viewer page (Apr 2011 build)', path: '/cable/2009/06/09CAIRO1054.html', ids: ['09CAIRO1054'] },
  {
    name: 'viewer page with a foreign cables.csv row appended (final build)',
    path: '/cable/1973/04/73TEHRAN2077.html',
    ids: ['73TEHRAN2077', '06THEHAGUE131'],
  },
  { name: 'PlusD page', path: '/plusd/cables/1974ATHENS02959_b.html', ids: ['1974ATHENS02959_b'] },
  {
    name: 'WordPress repost',
    host: BLOG,
    path: '/2009/03/31/09astana559-kazakhstan-ministry-of-internal-affairs-seeks-assistance/',
    ids: ['09ASTANA559'],
  },
  { name: 'WordPress archive with two cables', host: BLOG, path: '/2009/03/', ids: ['09ASTANA559', '07KINGSTON382'] },
  { name: 'cablegatesearch page', host: 'cablegatesearch.wikileaks.org', path: '/cable.php?id=09ASTANA559', ids: ['09ASTANA559'] },
];

// Served on the blog host, where the content script runs, so "silent" is a decision, not absence.
const NEGATIVE = [
  'news-article-quoting-a-cable.html',
  'encyclopedia-article-about-cablegate.html',
  'source-code-containing-vzczc.html',
  'empty-pre.html',
];

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

for (const target of e2eTargets()) {
  describe.runIf(canRun(target))(`mirrors in ${target.label}`, () => {
    let browser: E2EBrowser;
    beforeAll(async () => {
      browser = await launch(target);
    });
    afterAll(() => browser?.close());

    for (const { name, host, path, ids } of POSITIVE) {
      it(`shows ${ids.join(' + ')} on a ${name}`, async () => {
        const page = await browser.newPage();
        await page.goto(server.url(path, host));
        await page.waitFor(
          `${ids.length} overlay(s)`,
          (n) => document.querySelectorAll('cable-lens-overlay[data-rendered="complete"]').length >= n,
          ids.length,
        );
        expect(await page.evaluate(overlayIds, undefined)).toEqual(ids);
        await page.close();
      });
    }

    for (const file of NEGATIVE) {
      it(`stays silent on ${file}`, async () => {
        const page = await browser.newPage();
        const url = server.url(`/${file}`, BLOG);
        await page.goto(url);
        const status = await contentStatusOf(browser, url);
        expect(status.state).toBe('no-cable');
        expect(await page.evaluate(cableLensTraces, undefined)).toEqual([]);
        await page.close();
      });
    }

    it('finds a cable whose text arrives after the page has loaded', async () => {
      const page = await browser.newPage();
      await page.goto(server.url('/cable/2009/03/09ASTANA559-late.html'));
      expect(await page.evaluate(overlayIds, undefined)).toEqual([]);
      await page.waitFor(
        'the late overlay',
        () => !!document.querySelector('cable-lens-overlay[data-cable-id="09ASTANA559"][data-rendered="complete"]'),
        undefined,
      );
      await page.close();
    });

    it('follows single-page navigation without duplicate overlays', async () => {
      const page = await browser.newPage();
      await page.goto(server.url('/plusd/cables/spa.html'));
      await page.waitFor(
        'the first cable',
        () => !!document.querySelector('cable-lens-overlay[data-cable-id="09ASTANA559"][data-rendered="complete"]'),
        undefined,
      );
      await page.click('#to-paris');
      await page.waitFor(
        'the second cable',
        () => !!document.querySelector('cable-lens-overlay[data-cable-id="09PARIS1007"][data-rendered="complete"]'),
        undefined,
      );
      await page.click('#to-astana');
      await page.waitFor(
        'the first cable again',
        () => !!document.querySelector('cable-lens-overlay[data-cable-id="09ASTANA559"][data-rendered="complete"]'),
        undefined,
      );
      // Give any stray re-scan time to misbehave before counting.
      await new Promise((r) => setTimeout(r, 1000));
      expect(await page.evaluate(overlayIds, undefined)).toEqual(['09ASTANA559']);
      await page.close();
    });
  });
}
