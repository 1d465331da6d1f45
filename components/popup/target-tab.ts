import { browser, type Browser } from 'wxt/browser';

type Tab = Browser.tabs.Tab;

/**
 * The tab the popup talks about. As a toolbar popup: the active tab. Opened as a page of its own
 * (tests, or a pinned popup tab) it has no "current tab": `?tab=<id>` names one, otherwise the most
 * recently used other tab of the window stands in.
 */
export async function resolveTargetTab(search: string): Promise<Tab | null> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(requested) && requested >= 0 && new URLSearchParams(search).has('tab')) {
    return (await browser.tabs.get(requested).catch(() => undefined)) ?? null;
  }
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active && active.id !== self?.id) return active;
  const others = (await browser.tabs.query({ currentWindow: true })).filter((tab) => tab.id !== self?.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0] ?? null;
}
