import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_SCRIPT_MATCHES } from '@/utils/extension-constants';
import { loadGlossaryFromExtension } from '@/utils/glossary-channel';
import type { Request } from '@/utils/messages';
import { takePrefetchedSettings, watchSettings } from '@/utils/settings';
import { CablePage, detectCables, parsedCable } from './cable-page';

/** Marks set in the content script's isolated world: one instance per page, and "Enhance this page". */
interface CableLensGlobals {
  __cableLensPage?: CablePage;
  __cableLensEnhance?: boolean;
}

/** Late-arriving text (PlusD tabs, blogs that load posts): re-check at most this often. */
const RESCAN_THROTTLE_MS = 300;

export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES],
  // The overlay's stylesheet is inlined into each shadow root (cable-page.tsx), never fetched.
  cssInjectionMode: 'manual',
  async main(ctx) {
    performance.mark('cable-lens:start');
    const globals = globalThis as CableLensGlobals;
    if (globals.__cableLensPage) {
      // Injected again by "Enhance this page": run here even if the site is switched off.
      globals.__cableLensPage.forced ||= globals.__cableLensEnhance === true;
      await globals.__cableLensPage.scan();
      return;
    }

    // Detect and parse while the settings travel from storage (usually they are already here, read
    // at document_start): both are synchronous work that would otherwise wait behind that round
    // trip. Nothing touches the page before the settings say so.
    const settingsLoading = takePrefetchedSettings();
    const found = detectCables();
    for (const cable of found.cables) parsedCable(cable);
    const settings = await settingsLoading;
    performance.measure('cable-lens:settings', 'cable-lens:start');
    const page = new CablePage(ctx, settings, loadGlossaryFromExtension);
    globals.__cableLensPage = page;
    page.forced = globals.__cableLensEnhance === true;
    await page.scan(found);

    ctx.onInvalidated(watchSettings((settings) => void page.applySettings(settings)));
    ctx.addEventListener(window, 'hashchange', () => page.followHash());
    ctx.addEventListener(document, 'keydown', (event) => page.handleKey(event));
    ctx.addEventListener(window, 'wxt:locationchange', () => void page.scan());

    let pending = false;
    const observer = new MutationObserver((records) => {
      // Our own overlay hosts change all the time; only page changes can bring a new cable.
      if (pending || records.every((r) => (r.target as Element).closest?.('cable-lens-overlay'))) return;
      pending = true;
      ctx.setTimeout(() => {
        pending = false;
        void page.scan();
      }, RESCAN_THROTTLE_MS);
    });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => {
      observer.disconnect();
      page.unmountAll();
    });

    browser.runtime.onMessage.addListener((message: unknown) => {
      const request = message as Request;
      switch (request?.type) {
        case 'cable-lens/status':
          return Promise.resolve(page.status());
        case 'cable-lens/show-original':
          page.showOriginalAll(request.show);
          return Promise.resolve(page.status());
        case 'cable-lens/toggle-routing':
          page.toggleRouting();
          return Promise.resolve(page.status());
        case 'cable-lens/copy-paragraph-link':
          return page.copyLastParagraphLink();
        default:
          return undefined;
      }
    });
  },
});
