// Cross-check over every viewer page in ../shared/corpus/pages: the page's metadata table (Reference
// ID, Created, Classification), its TAG links and its #parN anchors against what the parser derives
// from the page's text alone. Comparison rules (with the WikiLeaks quirks they absorb) are in
// cross-check-rules.ts; every page that still disagrees is listed below with the reason.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCable, type CableDocument } from '../../../utils/cable/index';
import { readViewerPage, type ViewerPage } from '../../../scripts/cable/viewer-metadata';
import { agrees, type Field } from './cross-check-rules';

const PAGES = fileURLToPath(new URL('../../../../shared/corpus/pages/', import.meta.url));
const FIELDS: readonly Field[] = ['id', 'created', 'classification', 'tags', 'paragraphs'];

// Partial extracts: the viewer's first `pre` holds only the partial-extract sentence. Two of them add a
// DTG line (`201247Z Jan 04` in 04ANKARA348, `081545Z Jun 05` in 05ANKARA3199), and those agree; these
// eleven carry no DTG, year or time anywhere in the text, so neither the year of the ID nor the
// Created time can come from the text (in use the page's own ID wins, see read-page.ts).
const PARTIAL_WITHOUT_DATE = 'partial extract with no DTG line: no year or time anywhere in the text';
const PARTIAL_EXTRACTS_WITHOUT_DATE = [
  'viewer-2010-11/04ANKARA7211.html',
  'viewer-2010-11/05ABUDHABI2178.html',
  'viewer-2010-11/05ANKARA1730.html',
  'viewer-2010-11/05ANKARA7215.html',
  'viewer-2010-11/05BRASILIA1207.html',
  'viewer-2010-11/05TELAVIV1580.html',
  'viewer-2010-11/05TELAVIV1593.html',
  'viewer-2010-11/06ABUDHABI1401.html',
  'viewer-2010-11/06ABUDHABI1725.html',
  'viewer-2011-04/05SANJOSE1739.html',
  'viewer-2011-04/06BOGOTA144.html',
];

// The metadata's NOFORN comes from the original database (cables.csv), not from the text: every page
// whose text has the standalone `NOFORN` caption says //NOFORN (60+ pages), but
// - 08BRASILIA504 is CONFIDENTIAL//NOFORN in the database while its text has no NOFORN at all
//   (`ZNY CCCCC`, `C O N F I D E N T I A L SECTION 01 OF 04 BRASILIA 000504`, captions SIPDIS and
//   SENSITIVE, portion markings (C) only);
// - 09STATE119085 and 09STATE14577 say SECRET in the database, while their drafters typed
//   `SECRET//NOFORN` / `SECRET/NOFORN` as a line under the classification line (and mark paragraphs
//   (S/NF)). The parser reports what the text says.
const NOFORN_FROM_DATABASE = 'NOFORN in the database but nowhere in the text';
const NOFORN_TYPED_IN_TEXT = 'the text has a typed SECRET//NOFORN line the database did not record';

const KNOWN: Record<string, Partial<Record<Field, string>>> = {
  ...Object.fromEntries(PARTIAL_EXTRACTS_WITHOUT_DATE.map((file) => [file, { id: PARTIAL_WITHOUT_DATE, created: PARTIAL_WITHOUT_DATE }])),
  // The 2011-04 build shows the cables.csv record above the text (`24576` / `2004-12-23` /
  // `04THEHAGUE3333` / …): it gives the ID (the parser takes it) and the date, but no time.
  'viewer-2011-04/04THEHAGUE3333.html': { created: 'partial extract: the text has the date of the record (2004-12-23) but no DTG or time' },
  'viewer-2010-11/08BRASILIA504.html': { classification: NOFORN_FROM_DATABASE },
  'viewer-2010-11/09STATE119085.html': { classification: NOFORN_TYPED_IN_TEXT },
  'viewer-2010-11/09STATE14577.html': { classification: NOFORN_TYPED_IN_TEXT },
  // The page's third `pre` ends with another cables.csv record (07TBILISI2290, with its own ¶1–¶8
  // anchors); the parser counts only this cable's paragraphs 1–4.
  'viewer-2011-01/07BERN881.html': { paragraphs: 'anchors 5-8 belong to the appended 07TBILISI2290 record' },
  // The page ID `7575LIBREVILLE1895` is malformed: the classification line reads
  // `C O N F I D E N T I A L 75 LIBREVILLE 1895` and WikiLeaks prefixed the year to `75 LIBREVILLE`
  // again; the parser's 75LIBREVILLE1895 is the canonical form (year 75 from `O R 181205Z NOV 75`).
  'viewer-2011-08-final/7575LIBREVILLE1895.html': { id: 'malformed ID in the page itself (year written twice)' },
};

/** Whether the page's text states the field at all (the second agreement figure counts only those). */
function textStates(field: Field, file: string): boolean {
  if (field === 'id') return !PARTIAL_EXTRACTS_WITHOUT_DATE.includes(file);
  if (field === 'created') return !PARTIAL_EXTRACTS_WITHOUT_DATE.includes(file) && file !== 'viewer-2011-04/04THEHAGUE3333.html';
  return true;
}

interface Checked {
  file: string;
  page: ViewerPage;
  document: CableDocument;
}

const checked: Checked[] = [];

beforeAll(() => {
  for (const build of readdirSync(PAGES).filter((name) => name.startsWith('viewer-'))) {
    for (const name of readdirSync(`${PAGES}${build}`)) {
      const page = readViewerPage(readFileSync(`${PAGES}${build}/${name}`, 'utf8'));
      if (page === null) throw new Error(`not a viewer page: ${build}/${name}`);
      checked.push({ file: `${build}/${name}`, page, document: parseCable(page.text) });
    }
  }
}, 600_000);

describe('cross-check against viewer page metadata', () => {
  it('covers every viewer page in the corpus', () => {
    expect(checked.length).toBeGreaterThanOrEqual(280);
  });

  it.each(FIELDS)('%s agrees on every page except the explained ones', (field) => {
    const unexplained = checked
      .filter(({ file, page, document }) => !agrees(field, page, document) && KNOWN[file]?.[field] === undefined)
      .map(({ file }) => file);
    const agreeing = checked.filter(({ page, document }) => agrees(field, page, document)).length;
    // Second figure: only pages whose text states the value (partial extracts without a DTG state no date).
    const stated = checked.filter(({ file }) => textStates(field, file));
    const statedAgreeing = stated.filter(({ page, document }) => agrees(field, page, document)).length;
    const percent = (part: number, whole: number): string => ((100 * part) / whole).toFixed(1);
    console.info(
      `cross-check ${field}: ${agreeing}/${checked.length} = ${percent(agreeing, checked.length)}%; ` +
        `where the text states it: ${statedAgreeing}/${stated.length} = ${percent(statedAgreeing, stated.length)}%`,
    );
    expect(unexplained).toEqual([]);
  });

  it('lists no page as a known mismatch that actually agrees (the allow-list stays honest)', () => {
    const stale = checked.flatMap(({ file, page, document }) =>
      FIELDS.filter((field) => KNOWN[file]?.[field] !== undefined && agrees(field, page, document)).map((field) => `${file} ${field}`),
    );
    expect(stale).toEqual([]);
  });
});
