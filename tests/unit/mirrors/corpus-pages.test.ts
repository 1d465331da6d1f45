// Every real page in ../shared/corpus/pages: detected by the right adapter, extracted, and the
// extraction agrees with the page's own metadata table / synopsis and with its `pre` blocks.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCables } from '../../../utils/mirrors';
import { genericAdapter } from '../../../utils/mirrors/generic-adapter';
import { loadPageFile, sharedCorpus } from './load-page';

interface CorpusPage {
  file: string;
  id: string;
  url: string;
  build: string;
}

const corpusPages: CorpusPage[] = fs
  .readFileSync(path.join(sharedCorpus, 'MANIFEST.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .filter(([file]) => file!.startsWith('pages/'))
  .map(([file, id, , sourcePath, , build]) => ({
    file: path.join(sharedCorpus, file!),
    id: id!,
    build: build!,
    // Serve each page under its real path layout: /cable/YYYY/MM/<ID>.html or /plusd/cables/<ID>.html.
    url: file!.includes('/plusd/')
      ? `https://search.wikileaks.org/plusd/cables/${id}.html`
      : `https://wikileaks.org/${sourcePath!.slice(sourcePath!.indexOf('cable/'))}`,
  }));

/** Pages whose body holds a second cable as a cables.csv record (checked by hand in the page source). */
const APPENDED_CABLES: Record<string, string> = { '07BERN881': '07TBILISI2290', '73TEHRAN2077': '06THEHAGUE131' };
/** Pages whose body `pre` starts with a cables.csv record repeating the page's own cable. */
const BODY_REPEATS_OWN_RECORD = new Set(['07BERN881', '08GENEVA256', '09MEXICO2556']);

it('the corpus has the pages the task describes', () => {
  expect(corpusPages.filter((page) => page.file.includes('/plusd/'))).toHaveLength(3);
  expect(corpusPages.length).toBeGreaterThanOrEqual(280);
});

describe.each(corpusPages)('$build: $id', ({ file, id, url }) => {
  it('is found, extracted and agrees with its own metadata', () => {
    const { document, close } = loadPageFile(file, url);
    const before = document.documentElement.outerHTML.length;
    const found = findCables(document, new URL(url));
    expect(found).not.toBeNull();
    const [cable, ...others] = found!.cables;
    const isPlusd = url.includes('/plusd/');
    expect(found!.adapter.id).toBe(isPlusd ? 'plusd' : 'viewer');
    expect(cable!.metadata.referenceId).toBe(id);
    expect(cable!.bodyText.trim()).not.toBe('');
    expect(cable!.text.endsWith(cable!.bodyText)).toBe(true);
    expect(cable!.nodes.length).toBeGreaterThan(0);
    expect(others.map((other) => other.metadata.referenceId)).toEqual(APPENDED_CABLES[id] === undefined ? [] : [APPENDED_CABLES[id]]);

    if (isPlusd) {
      const synopsisDate = document.querySelector('#synopsis .s_val')?.textContent?.trim();
      expect(cable!.metadata.created).toBe(synopsisDate);
      expect(cable!.headerText).toBe(
        (document.querySelector('div.text-header')!.textContent ?? '').replace(/^(?:[ \t]*\n)+/, '').trimEnd(),
      );
      expect(cable!.metadata.tags!.length).toBeGreaterThan(0);
    } else {
      // Metadata equals the page's table, cell by cell.
      const cells = Array.from(document.querySelectorAll('table.cable tr:nth-child(2) td'), (td) => (td.textContent ?? '').trim());
      const hasReleased = cells.length === 5;
      expect(cable!.metadata.created).toBe(cells[1]);
      expect(cable!.metadata.released).toBe(hasReleased ? cells[2] : undefined);
      expect(cable!.metadata.classification).toBe(cells[hasReleased ? 3 : 2]);
      expect(cable!.metadata.origin).toBe(cells[hasReleased ? 4 : 3]);
      // Header = first pre, body = last pre, as textContent (¶ and TAG links reduced to text).
      const pres = Array.from(document.querySelectorAll('code > pre'), (pre) => pre.textContent ?? '');
      expect(pres).toHaveLength(2);
      expect(cable!.headerText).toBe(pres[0]!.replace(/^(?:[ \t]*\n)+/, '').trimEnd());
      if (!BODY_REPEATS_OWN_RECORD.has(id) && APPENDED_CABLES[id] === undefined) {
        expect(cable!.bodyText).toBe(pres[1]!.replace(/^(?:[ \t]*\n)+/, '').trimEnd());
      }
      // Every `#parN` anchor of the page is reported, in order, for the cable it belongs to.
      const anchorIds = Array.from(document.querySelectorAll('code > pre a[id]'), (a) => a.id);
      expect(found!.cables.flatMap((each) => each.siteAnchors.map((anchor) => anchor.id))).toEqual(anchorIds);
      // Without the viewer table, the generic fallback still finds the cable in the `pre` blocks.
      const generic = genericAdapter.extract(document, new URL(url));
      expect(generic[0]?.bodyText).toBe(cable!.bodyText);
    }
    expect(document.documentElement.outerHTML.length).toBe(before);
    close();
  });
});
