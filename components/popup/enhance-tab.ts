import { browser } from 'wxt/browser';
import { requestPageStatus, type PageStatus } from '../../utils/messages';
import { CONTENT_SCRIPT_FILE } from '../../utils/sites';

const SETTLE_TIMEOUT_MS = 3_000;
const POLL_INTERVAL_MS = 100;

/**
 * "Enhance this page": runs the content script once in a tab it does not match (activeTab grants
 * the access for the popup's tab). The flag tells the content script the reader asked for it, so
 * it runs even where its site is switched off. Resolves to the page status once detection settled.
 */
export async function enhanceTab(tabId: number): Promise<PageStatus | null> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: () => {
      (globalThis as { __cableLensEnhance?: boolean }).__cableLensEnhance = true;
    },
  });
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  let status: PageStatus | null = null;
  while (Date.now() < deadline) {
    status = await requestPageStatus(tabId);
    if (status && status.state !== 'no-cable') return status;
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  return status;
}
