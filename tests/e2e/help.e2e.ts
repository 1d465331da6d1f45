/**
 * The "How to read a cable" page: reachable from the popup in both browsers, and built from the
 * packaged glossary (the page fetches glossary-data.json from the extension itself).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser, E2EPage } from './support/browser';
import { canRun, e2eTargets, launch } from './support/launch';

// ---- in-page checks (they run in the page, so they must not close over anything) ----

/** From another extension page: has a help.html tab opened and rendered the glossary? */
function helpTabRendered(): boolean {
  type Views = { extension: { getViews(filter: { type: string }): Window[] } };
  const scope = globalThis as unknown as { browser?: Views; chrome?: Views };
  const views = (scope.browser ?? scope.chrome)!.extension.getViews({ type: 'tab' });
  return views.some(
    (view) => view.location.pathname === '/help.html' && view.document.querySelector('#precedence [data-code="FLASH"]') !== null,
  );
}

function helpSummary(): { title: string; heading: string; sections: string[]; flash: string; tagKinds: number } {
  return {
    title: document.title,
    heading: document.querySelector('h1')?.textContent ?? '',
    sections: [...document.querySelectorAll('main > section[id]')].map((section) => section.id),
    flash: document.querySelector('#precedence [data-code="FLASH"] .meaning')?.textContent ?? '',
    tagKinds: document.querySelectorAll('[data-tag-kind]').length,
  };
}

for (const target of e2eTargets(['chrome-mv3', 'firefox-mv2'])) {
  describe.runIf(canRun(target))(`help page in ${target.label}`, () => {
    let browser: E2EBrowser;
    beforeAll(async () => {
      browser = await launch(target);
    });
    afterAll(() => browser?.close());

    it('opens in a new tab from the popup’s "How to read a cable" link', async () => {
      // A second extension page watches for the help tab: the popup may close itself after the click.
      const watcher = await browser.openExtensionPage('popup.html');
      const popup: E2EPage = await browser.openExtensionPage('popup.html');
      await popup.waitFor('the help link', () => !!document.querySelector('a[data-action="help"]'), undefined);
      await popup.click('a[data-action="help"]');
      await watcher.waitFor('the help page in a tab of its own', helpTabRendered, undefined, 15_000);
      await watcher.close();
    });

    it('explains the codes from the packaged glossary, and is screenshotted', async () => {
      const help = await browser.openExtensionPage('help.html');
      await help.waitFor('the glossary sections', () => !!document.querySelector('#tags [data-tag-kind="person"]'), undefined);
      const summary = await help.evaluate(helpSummary, undefined);
      expect(summary.title).toBe('How to read a cable — Cable Lens');
      expect(summary.heading).toBe('How to read a cable');
      expect(summary.sections).toEqual(['anatomy', 'format', 'precedence', 'classification', 'captions', 'orders', 'tags']);
      expect(summary.flash).toContain('FLASH precedence');
      expect(summary.tagKinds).toBe(5);
      await help.screenshot(`help-${target.build}`);
      await help.close();
    });
  });
}
