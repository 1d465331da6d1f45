// Loads an HTML page into a happy-dom document (no scripts, no network) for the mirror tests.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadHtmlDocument } from '../../../scripts/cable/read-page.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const sharedCorpus = path.resolve(repoRoot, '../shared/corpus');
export const pageFixtures = path.join(repoRoot, 'tests/fixtures/pages');

/** The same page loading as the `cable` CLI's, so tests see what the CLI sees. */
export const loadPage = loadHtmlDocument;

export function loadPageFile(file: string, url: string) {
  return loadPage(fs.readFileSync(file, 'utf8'), url);
}
