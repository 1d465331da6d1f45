/**
 * The glossary's data (~200 KiB) must not ride in the content script's bundle, and content scripts
 * cannot code-split. So the data ships as a packaged file (glossary-data.json, added by
 * wxt.config.ts) that the background reads from the extension's own origin — no
 * web_accessible_resources needed — and hands to a content script when an overlay asks for it.
 */
import { browser } from 'wxt/browser';
import { GLOSSARY_DATA_FILE } from './extension-constants';
import { createGlossary, type Glossary, type GlossaryData } from './glossary';
const REQUEST = 'cable-lens/glossary-data';

/** Extension pages and the background: read the packaged data from the extension's own origin. */
export function fetchGlossaryData(): Promise<GlossaryData> {
  // WXT types getURL from public/ only; this file is added by a build hook instead.
  const url = browser.runtime.getURL(`/${GLOSSARY_DATA_FILE}` as Parameters<typeof browser.runtime.getURL>[0]);
  return fetch(url).then((response) => response.json() as Promise<GlossaryData>);
}

let data: Promise<GlossaryData> | undefined;

/** Background: answers the content scripts' requests for the glossary data. */
export function serveGlossaryData(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== REQUEST) return undefined;
    data ??= fetchGlossaryData();
    data.catch(() => {
      data = undefined; // retry on the next request
    });
    return data;
  });
}

let glossary: Promise<Glossary> | undefined;

/** Content script: the glossary, loaded once on first use. */
export function loadGlossaryFromExtension(): Promise<Glossary> {
  glossary ??= (browser.runtime.sendMessage({ type: REQUEST }) as Promise<GlossaryData>).then(createGlossary);
  glossary.catch(() => {
    glossary = undefined;
  });
  return glossary;
}
