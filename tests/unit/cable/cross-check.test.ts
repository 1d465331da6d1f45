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

const PARTIAL_WITHOUT_DATE = 'partial extract whose text has no DTG at all: the year of the ID and the Created time cannot come from the text (the page ID wins in use)';
const KNOWN: Record<string, Partial<Record<Field, string>>> = {
  'viewer-2010-11/04ANKARA7211.html': { id: PARTIAL_WITHOUT_DATE, created: PARTIAL_WITHOUT_DATE },
  'viewer-2010-11/05ABUDHABI2178.html': { id: PARTIAL_WITHOUT_DATE, created: PARTIAL_WITHOUT_DATE },
  'viewer-2010-11/05ANKARA1730.html': { id: PARTIAL_WITHOUT_DATE, created: PARTIAL_WITHOUT_DATE },
  'viewer-2010-11/05ANKARA7215.html': { id: PARTIAL_WITHOUT_DATE, created: PARTIAL_WITHOUT_DATE },
  'viewer-2010-11/05BRASILIA1207.html': { id: PARTIAL_WITHOUT_DATE, created: PARTIAL_WITHOUT_DATE },
  'viewer-2010-11/05TELAVIV1580.html': { id: PARTIAL_WITHOUT_DATE, created: PARTIAL_WITHOUT_DATE },
  'viewer-2010-11/05TELAVIV1593.html': { id: PARTIAL_WITHOUT_DATE, created: PARTIAL_WITHOUT_DATE },
  'viewer-2010-11/06ABUDHABI1401.html': { id: PARTIAL_WITHOUT_DATE, created: PARTIAL_WITHOUT_DATE },
  'viewer-2010-11/06ABUDHABI1725.html': { id: PARTIAL_WITHOUT_DATE, created: PARTIAL_WITHOUT_DATE },
  'viewer-2010-11/90CAPETOWN97.html': { id: PARTIAL_WITHOUT_DATE, created: PARTIAL_WITHOUT_DATE },
  'viewer-2011-04/04THEHAGUE3333.html': { id: PARTIAL_WITHOUT_DATE, created: PARTIAL_WITHOUT_DATE },
  'viewer-2011-04/05SANJOSE1739.html': { id: PARTIAL_WITHOUT_DATE, created: PARTIAL_WITHOUT_DATE },
  'viewer-2011-04/06BOGOTA144.html': { id: PARTIAL_WITHOUT_DATE, created: PARTIAL_WITHOUT_DATE },
  // The text says only `C O N F I D E N T I A L SECTION 01 OF 02 BRASILIA …` and no NOFORN caption;
  // the metadata's NOFORN comes from the original database, not from the text.
  'viewer-2010-11/08BRASILIA504.html': { classification: 'NOFORN only in the metadata, not in the text' },
  // The text carries a `SECRET//NOFORN` caption line under the classification line; the metadata says SECRET.
  'viewer-2010-11/09STATE119085.html': { classification: 'text has SECRET//NOFORN caption, metadata says SECRET' },
  'viewer-2010-11/09STATE14577.html': { classification: 'text has a NOFORN caption, metadata says SECRET' },
  // Three `pre` blocks: header, a cables.csv copy of the whole cable (backslash line ends) whose
  // classification line is glued to the last address line, then the body; parsing the copy as the
  // cable is a known gap.
  'viewer-2011-01/07BERN881.html': { id: 'csv copy: classification line glued to an address line', classification: 'same', paragraphs: 'same' },
  // Classification line, SIPDIS, E.O., TAGS and SUBJECT all on one line (one long line per part).
  'viewer-2011-01/10STATE284.html': { id: 'all front matter on the classification line', classification: 'same', tags: 'same' },
  // Malformed ID `7575LIBREVILLE1895` (final build); the text's classification line reads
  // `C O N F I D E N T I A L 75 LIBREVILLE 1895` with the year inside the origin position.
  'viewer-2011-08-final/7575LIBREVILLE1895.html': { id: 'malformed ID in the page itself', classification: 'year token inside the classification line' },
};

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
    const unexplained = checked.filter(({ file, page, document }) => !agrees(field, page, document) && KNOWN[file]?.[field] === undefined).map(({ file }) => file);
    const agreeing = checked.filter(({ page, document }) => agrees(field, page, document)).length;
    console.info(`cross-check ${field}: ${agreeing}/${checked.length} = ${((100 * agreeing) / checked.length).toFixed(1)}%`);
    expect(unexplained).toEqual([]);
  });

  it('lists no page as a known mismatch that actually agrees (the allow-list stays honest)', () => {
    const stale = checked.flatMap(({ file, page, document }) =>
      FIELDS.filter((field) => KNOWN[file]?.[field] !== undefined && agrees(field, page, document)).map((field) => `${file} ${field}`),
    );
    expect(stale).toEqual([]);
  });
});
