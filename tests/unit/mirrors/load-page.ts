// Loads an HTML page into a happy-dom document (no scripts, no network) for the mirror tests.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const sharedCorpus = path.resolve(repoRoot, '../shared/corpus');
export const pageFixtures = path.join(repoRoot, 'tests/fixtures/pages');

export function loadPage(html: string, url: string): { document: Document; close: () => void } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { document, close: () => void window.happyDOM.close() };
}

export function loadPageFile(file: string, url: string) {
  return loadPage(fs.readFileSync(file, 'utf8'), url);
}
