/**
 * The messages between the extension's pages (popup, background) and the content script.
 * The content script answers; the popup and the background ask. Names are fixed by contracts.md.
 */
import { browser } from 'wxt/browser';

export type CableLensRequest =
  | { type: 'cable-lens/status' }
  | { type: 'cable-lens/toggle-routing' }
  | { type: 'cable-lens/copy-paragraph-link' }
  | { type: 'cable-lens/show-original'; show: boolean };

/** contracts.md calls it `Request`; the longer name avoids shadowing the Fetch API's `Request`. */
export type Request = CableLensRequest;

export type PageState = 'overlay' | 'original' | 'off' | 'no-cable';

export interface CableSummary {
  id: string;
  paragraphs: number;
  classification: string | null;
}

/** The answer to `cable-lens/status`. */
export interface PageStatus {
  state: PageState;
  cables: CableSummary[];
  /** The page's address as the content script sees it (the popup may not see the tab's URL). */
  url?: string;
}

const REQUEST_TYPES: ReadonlySet<string> = new Set([
  'cable-lens/status',
  'cable-lens/toggle-routing',
  'cable-lens/copy-paragraph-link',
  'cable-lens/show-original',
]);
const PAGE_STATES: ReadonlySet<string> = new Set(['overlay', 'original', 'off', 'no-cable']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** For the content script's onMessage listener: ignore anything that is not one of ours. */
export function isCableLensRequest(value: unknown): value is CableLensRequest {
  if (!isRecord(value) || typeof value.type !== 'string' || !REQUEST_TYPES.has(value.type)) return false;
  return value.type !== 'cable-lens/show-original' || typeof value.show === 'boolean';
}

function isCableSummary(value: unknown): value is CableSummary {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.paragraphs === 'number' &&
    Number.isInteger(value.paragraphs) &&
    value.paragraphs >= 0 &&
    (value.classification === null || typeof value.classification === 'string')
  );
}

/** The popup shows what a page says only after checking its shape: a page can answer anything. */
export function isPageStatus(value: unknown): value is PageStatus {
  return (
    isRecord(value) &&
    typeof value.state === 'string' &&
    PAGE_STATES.has(value.state) &&
    Array.isArray(value.cables) &&
    value.cables.every(isCableSummary) &&
    (value.url === undefined || typeof value.url === 'string')
  );
}

/**
 * Sends a request to a tab's content script. Resolves to the answer, or undefined when no
 * content script listens there (not a cable page, a browser page, a tab still loading).
 */
export async function sendToTab(tabId: number, request: CableLensRequest, frameId?: number): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, request, frameId === undefined ? undefined : { frameId });
  } catch {
    return undefined;
  }
}

/** The page status of a tab, or null when Cable Lens is not running in it. */
export async function requestPageStatus(tabId: number): Promise<PageStatus | null> {
  const answer = await sendToTab(tabId, { type: 'cable-lens/status' }, 0);
  return isPageStatus(answer) ? answer : null;
}
