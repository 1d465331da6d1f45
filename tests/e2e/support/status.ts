/**
 * Asks the content script of a tab what it decided (overlay, original, off, no-cable), the same
 * way the popup does. This proves the script ran on pages where it must leave the DOM untouched.
 */
import type { E2EBrowser, E2EPage } from './browser';

export interface ContentStatus {
  url: string;
  state: 'overlay' | 'original' | 'off' | 'no-cable';
  cables: { id: string; paragraphs: number; classification: string | null }[];
}

/** Statuses of every tab whose content script answers, from an extension page (which has the tabs API). */
export async function contentStatuses(extensionPage: E2EPage): Promise<ContentStatus[]> {
  return extensionPage.evaluate(async () => {
    interface TabsApi {
      query(q: object): Promise<{ id?: number }[]>;
      sendMessage(id: number, message: object): Promise<unknown>;
    }
    const scope = globalThis as unknown as { browser?: { tabs: TabsApi }; chrome: { tabs: TabsApi } };
    const api = scope.browser ?? scope.chrome;
    const tabs = await api.tabs.query({});
    const answers = await Promise.all(
      tabs.map((tab) => (tab.id === undefined ? null : api.tabs.sendMessage(tab.id, { type: 'cable-lens/status' }).catch(() => null))),
    );
    return answers.filter((a): a is ContentStatus => !!a) as ContentStatus[];
  }, undefined);
}

/** Waits until the content script on `url` answers, and returns its status. */
export async function contentStatusOf(browser: E2EBrowser, url: string, timeoutMs = 10_000): Promise<ContentStatus> {
  const extensionPage = await browser.openExtensionPage('popup.html');
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const status = (await contentStatuses(extensionPage)).find((s) => s.url === url);
      if (status) return status;
      if (Date.now() > deadline) throw new Error(`no content-script status from ${url}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await extensionPage.close();
  }
}

/** In-page: any trace of Cable Lens in the page's own DOM. */
export function cableLensTraces(): string[] {
  const traces: string[] = [];
  if (document.querySelector('cable-lens-overlay')) traces.push('overlay host');
  if (document.querySelector('[data-cable-lens-hidden]')) traces.push('hidden original');
  if (document.getElementById('cable-lens-hide-originals')) traces.push('hide stylesheet');
  if (document.documentElement.hasAttribute('data-cable-lens')) traces.push('html[data-cable-lens]');
  return traces;
}
