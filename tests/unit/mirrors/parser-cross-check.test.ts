// Cross-check: every corpus page's extracted text, parsed with utils/cable alone (no page-given ID),
// against the page's own metadata (viewer table / PlusD synopsis). Agreement per field is printed
// and must stay at or above the floor measured when this test was written.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCable } from '../../../utils/cable';
import { findCables } from '../../../utils/mirrors';
import { loadPageFile, sharedCorpus } from './load-page';

type Field = 'id' | 'classification' | 'created' | 'tags';
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** PlusD `1974 May 17, 16:00 (Friday)` or viewer `2004-01-20 12:12` → `1974-05-17T16:00`. */
function createdAsIso(created: string): string | null {
  const viewer = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/.exec(created);
  if (viewer !== null) return `${viewer[1]}T${viewer[2]}`;
  const plusd = /^(\d{4}) ([A-Z][a-z]{2}) (\d{1,2}), (\d{2}:\d{2})/.exec(created);
  if (plusd === null) return null;
  const month = MONTHS.indexOf(plusd[2]!.toUpperCase()) + 1;
  return `${plusd[1]}-${String(month).padStart(2, '0')}-${plusd[3]!.padStart(2, '0')}T${plusd[4]}`;
}

/** PlusD canonical IDs carry a 4-digit year, zero-padded serial and collection suffix. */
const comparableId = (id: string) =>
  id
    .replace(/_[a-z]\d*$/, '')
    .replace(/^(?:19|20)(\d{2})([A-Z])/, '$1$2')
    .replace(/([A-Z])0+(\d)/, '$1$2');

const manifest = fs
  .readFileSync(path.join(sharedCorpus, 'MANIFEST.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'));
const pages = manifest
  .filter(([file]) => file!.startsWith('pages/'))
  .map(([file, id, , sourcePath]) => ({
    file: file!,
    id: id!,
    url: file!.includes('/plusd/')
      ? `https://search.wikileaks.org/plusd/cables/${id}.html`
      : `https://wikileaks.org/${sourcePath!.slice(sourcePath!.indexOf('cable/'))}`,
  }));
const tally: Record<Field, { agree: number; total: number; mismatches: string[] }> = {
  id: { agree: 0, total: 0, mismatches: [] },
  classification: { agree: 0, total: 0, mismatches: [] },
  created: { agree: 0, total: 0, mismatches: [] },
  tags: { agree: 0, total: 0, mismatches: [] },
};
const count = (field: Field, page: string, expected: string, actual: string | null) => {
  tally[field].total++;
  if (expected === actual) tally[field].agree++;
  else tally[field].mismatches.push(`${page}: page ${JSON.stringify(expected)} vs parsed ${JSON.stringify(actual)}`);
};

// One test per page (tests in a file run in order), then the agreement check over all of them.
describe.each(pages)('$id', ({ file, id, url }) => {
  it('is extracted and parsed', () => {
    const { document, close } = loadPageFile(path.join(sharedCorpus, file), url);
    const [cable] = findCables(document, new URL(url))!.cables;
    const { metadata } = cable!;
    const parsed = parseCable(cable!.text);
    count('id', id, comparableId(metadata.referenceId!), parsed.id === null ? null : comparableId(parsed.id));
    if (metadata.classification !== undefined) count('classification', id, metadata.classification, parsed.classification);
    const created = metadata.created === undefined ? null : createdAsIso(metadata.created);
    // The viewer's Created minutes are corrupt on every build (`12:12`, `15:03`, `09:09`: the minutes
    // repeat the 12-hour clock hour), so date and hour are what can be compared.
    if (created !== null) count('created', id, created.slice(0, 13), parsed.dtg?.slice(0, 13) ?? null);
    if (metadata.tags !== undefined && !url.includes('/plusd/')) count('tags', id, metadata.tags.join(' '), parsed.tags.join(' '));
    close();
  });
});

it('parsed facts agree with each page’s own metadata', () => {
  const summary = Object.entries(tally).map(
    ([field, { agree, total }]) => `${field}: ${agree}/${total} (${((100 * agree) / total).toFixed(1)}%)`,
  );
  console.log(`page metadata vs parser — ${summary.join(', ')}`);
  for (const [field, { mismatches }] of Object.entries(tally)) for (const mismatch of mismatches) console.log(`  ${field} ${mismatch}`);
  const rate = (field: Field) => tally[field].agree / tally[field].total;
  expect(tally.id.total).toBe(pages.length);
  expect(pages.length).toBeGreaterThanOrEqual(280);
  expect(rate('id')).toBeGreaterThanOrEqual(FLOOR.id);
  expect(rate('classification')).toBeGreaterThanOrEqual(FLOOR.classification);
  expect(rate('created')).toBeGreaterThanOrEqual(FLOOR.created);
  expect(rate('tags')).toBeGreaterThanOrEqual(FLOOR.tags);
});

/**
 * Measured agreement when written; raise, never lower without a reason. Known gaps at that time:
 * id/created — the parser finds no ID/DTG in partial extracts (`This record is a partial extract…`),
 * 7575LIBREVILLE1895, 10STATE284 and PlusD 1973STATE097844_b; classification — 08BRASILIA504 page says
 * CONFIDENTIAL//NOFORN, 09STATE14577/09STATE119085 page says SECRET while the text has NOFORN;
 * tags — the viewer links only the first line of a wrapped TAGS line (the parser reads the
 * continuation too), and 09BERLIN1626/09BRASILIA1540/10STATE284 where the parser found no TAGS.
 */
const FLOOR: Record<Field, number> = { id: 0.94, classification: 0.98, created: 0.95, tags: 0.93 };
