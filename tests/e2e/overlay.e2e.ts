/**
 * Issue 6 in real browsers: the reading experience on viewer, PlusD and WordPress pages — routing
 * header, highlighted markings, permalinks (copied, then opened in a new tab), explained TAGS,
 * "Show original" restoring the page exactly, keyboard shortcuts, accessibility (axe-core),
 * safety against hostile cable text, and screenshots in light and dark.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser, E2EPage } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { canRun, e2eTargets, launch } from './support/launch';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const PAGES = {
  viewer: {
    path: '/cable/2008/01/08BERLIN122.html',
    id: '08BERLIN122',
    classification: 'SECRET//NOFORN',
    tag: 'PGOV',
    markings: ['C', 'C', 'C', 'C', 'C', 'S', 'C', 'C', 'C', 'C', 'C', 'C', 'C'],
  },
  plusd: {
    path: '/plusd/cables/1974ATHENS02959_b.html',
    id: '1974ATHENS02959_b',
    classification: 'LIMITED OFFICIAL USE',
    tag: 'PINS',
    markings: [null, null],
  },
  wordpress: {
    host: 'wikileakskz.wordpress.com',
    path: '/2009/03/31/09astana559-kazakhstan-ministry-of-internal-affairs-seeks-assistance/',
    id: '09ASTANA559',
    classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY',
    tag: 'PGOV',
    markings: ['U', 'SBU', 'SBU', 'SBU'],
  },
} as const;

// ── in-page helpers (run in the page; plain functions, no closures) ─────────────────────────────

function routingExpanded(): string | null {
  const root = document.querySelector('cable-lens-overlay')!.shadowRoot!;
  return root.querySelector('[data-part="routing"] button[aria-expanded]')?.getAttribute('aria-expanded') ?? null;
}
function paragraphFacts(id: string) {
  const root = document.querySelector('cable-lens-overlay')!.shadowRoot!;
  return [...root.querySelectorAll<HTMLElement>(`[id^="${id}-p"]`)]
    .filter((el) => /-p\d+$/.test(el.id))
    .map((el) => ({
      id: el.id,
      marking: el.getAttribute('data-marking'),
      permalink: !!el.querySelector('[data-action="copy-permalink"]'),
    }));
}

async function openCable(browser: E2EBrowser, server: FixtureServer, page: (typeof PAGES)[keyof typeof PAGES], hash = '') {
  const tab = await browser.newPage();
  await tab.goto(server.url(page.path, 'host' in page ? page.host : undefined) + hash);
  await tab.waitFor(
    'the overlay',
    (id) =>
      !!document
        .querySelector(`cable-lens-overlay[data-cable-id="${id}"][data-rendered="complete"]`)
        ?.shadowRoot?.querySelector('[data-part="header"]'),
    page.id,
  );
  return tab;
}

async function readClipboard(tab: E2EPage): Promise<string> {
  return tab.evaluate(() => navigator.clipboard.readText(), undefined);
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

for (const target of e2eTargets()) {
  describe.runIf(canRun(target))(`overlay in ${target.label}`, () => {
    let browser: E2EBrowser;
    beforeAll(async () => {
      browser = await launch(target);
    });
    afterAll(() => browser?.close());

    for (const [name, page] of Object.entries(PAGES)) {
      it(`renders the ${name} page: badge, routing, markings, permalinks, tags`, async () => {
        const tab = await openCable(browser, server, page);
        expect(
          await tab.evaluate(
            () =>
              document
                .querySelector('cable-lens-overlay')!
                .shadowRoot!.querySelector('[data-classification]')!
                .getAttribute('data-classification'),
            undefined,
          ),
        ).toBe(page.classification);

        // Routing header: collapsed by default, expands on click into decoded lines.
        if (name !== 'plusd') {
          expect(await tab.evaluate(routingExpanded, undefined)).toBe('false');
          await tab.click('cable-lens-overlay', '[data-part="routing"] button[aria-expanded]');
          expect(await tab.evaluate(routingExpanded, undefined)).toBe('true');
        }

        // Every numbered paragraph: its anchor id, its marking, its ¶ control.
        const facts = await tab.evaluate(paragraphFacts, page.id);
        expect(facts.map((f) => f.id)).toEqual(page.markings.map((_, i) => `${page.id}-p${i + 1}`));
        expect(facts.map((f) => f.marking)).toEqual(page.markings);
        expect(facts.every((f) => f.permalink)).toBe(true);

        // Markings are coloured (highlight on by default): no transparent marking chip.
        const colours = await tab.evaluate(() => {
          const root = document.querySelector('cable-lens-overlay')!.shadowRoot!;
          return [...root.querySelectorAll('[data-tone]')].map((el) => getComputedStyle(el).backgroundColor);
        }, undefined);
        expect(colours.length).toBeGreaterThan(0);
        expect(colours.filter((c) => c === 'rgba(0, 0, 0, 0)' || c === 'transparent')).toEqual([]);

        // A TAG chip explains itself on keyboard focus, with its source (the glossary loads lazily).
        await tab.waitFor(
          'the glossary',
          (tag) => !!document.querySelector('cable-lens-overlay')!.shadowRoot!.querySelector(`button[data-tag="${tag}"]`),
          page.tag,
          15_000,
        );
        const tip = await tab.evaluate((tag) => {
          const root = document.querySelector('cable-lens-overlay')!.shadowRoot!;
          const chip = root.querySelector<HTMLElement>(`button[data-tag="${tag}"]`)!;
          chip.focus();
          const tooltip = root.getElementById(chip.getAttribute('aria-describedby')!)!;
          return {
            text: tooltip.textContent,
            visible: getComputedStyle(tooltip).visibility !== 'hidden' && getComputedStyle(tooltip).display !== 'none',
          };
        }, page.tag);
        expect(tip.text).toMatch(/Source: /);
        expect(tip.visible).toBe(true);
        // Rendered three times (first screen, whole cable, explanations): still no id twice.
        const repeated = await tab.evaluate(() => {
          const ids = [...document.querySelector('cable-lens-overlay')!.shadowRoot!.querySelectorAll('[id]')].map((el) => el.id);
          return ids.filter((id, index) => ids.indexOf(id) !== index);
        }, undefined);
        expect(repeated).toEqual([]);
        await tab.close();
      });
    }

    it('copies a paragraph permalink that works for readers without the extension, and opening it scrolls and highlights', async () => {
      const page = PAGES.viewer;
      const tab = await openCable(browser, server, page);
      await tab.bringToFront();
      await tab.click('cable-lens-overlay', `[id="${page.id}-p6"] button[data-action="copy-permalink"]`);
      const link = await readClipboard(tab);
      expect(link.startsWith(`${server.url(page.path)}#${page.id}-p6:~:text=`)).toBe(true);
      // The text fragment quotes the paragraph's opening words (decoded, they occur in its text).
      const words = decodeURIComponent(link.split(':~:text=')[1]!.split(',')[0]!);
      const paragraphText = await tab.evaluate(
        (id) => document.querySelector('cable-lens-overlay')!.shadowRoot!.getElementById(`${id}-p6`)!.textContent!,
        page.id,
      );
      expect(paragraphText.replace(/\s+/g, ' ')).toContain(words.replace(/\s+/g, ' '));
      await tab.close();

      const opened = await browser.newPage();
      await opened.goto(link);
      await opened.waitFor(
        'paragraph 6 highlighted',
        (id) =>
          document.querySelector('cable-lens-overlay')?.shadowRoot?.getElementById(`${id}-p6`)?.hasAttribute('data-highlighted') === true,
        page.id,
      );
      // In view, in the upper part of the window: our hash handler aligns it to the top; a browser
      // that follows the text fragment after us centres it (Chromium, when our overlay came first).
      const place = await opened.evaluate(
        (id) => ({
          top: document.querySelector('cable-lens-overlay')!.shadowRoot!.getElementById(`${id}-p6`)!.getBoundingClientRect().top,
          height: window.innerHeight,
        }),
        page.id,
      );
      expect(place.top).toBeGreaterThan(-40);
      expect(place.top).toBeLessThan(place.height * 0.6);
      await opened.close();
    });

    it("keeps the site's own #parN anchors working", async () => {
      const tab = await openCable(browser, server, PAGES.viewer, '#par4');
      await tab.waitFor(
        'paragraph 4 highlighted',
        (id) =>
          document.querySelector('cable-lens-overlay')!.shadowRoot!.getElementById(`${id}-p4`)?.hasAttribute('data-highlighted') === true,
        PAGES.viewer.id,
      );
      await tab.close();
    });

    it('shows the original exactly as served, and returns', async () => {
      for (const page of [PAGES.viewer, PAGES.wordpress]) {
        const tab = await openCable(browser, server, page);
        await tab.click('cable-lens-overlay', 'button[data-action="show-original"]');
        await tab.waitFor('original mode', () => document.documentElement.getAttribute('data-cable-lens') === 'original', undefined);
        const same = await tab.evaluate(async () => {
          // The page as served, parsed the same way, against the live page outside our host.
          const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
          const live = document.body.cloneNode(true) as HTMLElement;
          live.querySelectorAll('cable-lens-overlay').forEach((host) => host.remove());
          return { equal: live.innerHTML === served.body.innerHTML, hostsLeft: document.querySelectorAll('cable-lens-overlay').length };
        }, undefined);
        expect(same.equal).toBe(true);
        await tab.click('cable-lens-overlay', 'button[data-action="show-cable-lens"]');
        await tab.waitFor('overlay mode', () => document.documentElement.getAttribute('data-cable-lens') === 'overlay', undefined);
        await tab.close();
      }
    });

    it('answers the keyboard: r toggles routing, o the original, j moves to the next paragraph', async () => {
      const tab = await openCable(browser, server, PAGES.wordpress);
      await tab.press('r');
      expect(await tab.evaluate(routingExpanded, undefined)).toBe('true');
      await tab.press('r');
      expect(await tab.evaluate(routingExpanded, undefined)).toBe('false');
      await tab.press('j');
      await tab.waitFor(
        'focus on a paragraph',
        () => /-p\d+/.test(document.querySelector('cable-lens-overlay')!.shadowRoot!.activeElement?.id ?? ''),
        undefined,
      );
      await tab.press('o');
      await tab.waitFor('original mode', () => document.documentElement.getAttribute('data-cable-lens') === 'original', undefined);
      await tab.press('o');
      await tab.waitFor('overlay mode', () => document.documentElement.getAttribute('data-cable-lens') === 'overlay', undefined);
      await tab.close();
    });

    it('has no serious or critical accessibility violations (axe-core)', async () => {
      for (const page of Object.values(PAGES)) {
        const tab = await openCable(browser, server, page);
        await tab.evaluate((source) => (0, eval)(source), axeSource);
        const violations = await tab.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
            }
          ).axe;
          const result = await axe.run(
            { include: [{ fromShadowDom: ['cable-lens-overlay', '.cl-overlay'] }] },
            { resultTypes: ['violations'] },
          );
          return result.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map(
              (v) =>
                `${v.id}: ${JSON.stringify(v.nodes.map((n) => [(n as { target: unknown }).target, (n as { failureSummary?: string }).failureSummary]))}`,
            );
        }, undefined);
        expect(violations, page.id).toEqual([]);
        await tab.close();
      }
    });

    it('renders hostile cable text as inert text', async () => {
      const tab = await browser.newPage();
      await tab.goto(server.url('/cable/2009/07/09PARIS1007-hostile.html'));
      await tab.waitFor(
        'the overlay',
        () => !!document.querySelector('cable-lens-overlay[data-rendered="complete"]')?.shadowRoot?.querySelector('[data-part="header"]'),
        undefined,
      );
      await new Promise((r) => setTimeout(r, 500));
      const report = await tab.evaluate(() => {
        const root = document.querySelector('cable-lens-overlay')!.shadowRoot!;
        return {
          pwned: (window as unknown as { pwned?: string }).pwned ?? null,
          scripts: root.querySelectorAll('script, img, iframe, object').length,
          hrefs: [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
          shownAsText: root.textContent!.includes('<script>window.pwned = "subject"</script>'),
        };
      }, undefined);
      expect(report.pwned).toBeNull();
      expect(report.scripts).toBe(0);
      expect(report.hrefs.filter((h) => !h || /^\s*javascript:/i.test(h))).toEqual([]);
      expect(report.shownAsText).toBe(true);
      await tab.close();
    });
  });
}

// Screenshots for the README, light and dark, in both browsers.
for (const target of e2eTargets()) {
  describe.runIf(canRun(target))(`screenshots in ${target.label}`, () => {
    for (const scheme of ['light', 'dark'] as const) {
      it(`takes ${scheme} screenshots`, async () => {
        const browser = await launch(target, { colorScheme: scheme });
        try {
          // The viewer page leaves its background to the browser, so "follow page" means the system scheme.
          const tab = await openCable(browser, server, PAGES.viewer);
          await tab.evaluate(() => document.querySelector('cable-lens-overlay')!.scrollIntoView(), undefined);
          expect(await tab.evaluate(() => document.querySelector('cable-lens-overlay')!.getAttribute('data-theme'), undefined)).toBe(
            scheme,
          );
          await tab.screenshot(`overlay-${target.build}-${scheme}`);
        } finally {
          await browser.close();
        }
      });
    }
  });
}
