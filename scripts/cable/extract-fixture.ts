// Copies real cable texts from ../shared/corpus into tests/fixtures/cables/<name>.txt, exactly as a
// browser's textContent gives them (¶ kept). Usage: npx tsx scripts/cable/extract-fixture.ts [corpus-relative paths...]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeText } from './cli.ts';
import { readPageCables } from './read-page.ts';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/cables/', import.meta.url));

export const FIXTURE_SOURCES = [
  'texts/wordpress/09ASTANA559.txt',
  'texts/final-pdf/09PARIS1007.txt',
  'texts/final-pdf/06NEWDELHI5135.txt',
  'texts/final-pdf/07BOGOTA1165.txt',
  'texts/final-pdf/07KINGSTON382.txt',
  'texts/final-pdf/07KUALALUMPUR1376.txt',
  'texts/final-pdf/09UNVIEVIENNA279.txt',
  'texts/final-pdf/09USEUBRUSSELS948.txt',
  'texts/final-pdf/09PARIS1040.txt',
  'pages/plusd/1973STATE097844_b.html',
  'pages/plusd/1974ATHENS02959_b.html',
  'pages/plusd/1974ATHENS03099_b.html',
  'pages/viewer-2011-08-final/66BUENOSAIRES2481.html',
  'pages/viewer-2011-08-final/73TEHRAN2077.html',
  'pages/viewer-2011-08-final/7575LIBREVILLE1895.html',
  'pages/viewer-2011-08-final/75TEHRAN2069.html',
  'pages/viewer-2011-01/07BERN881.html',
  'pages/viewer-2011-01/08BRASILIA93.html',
  'pages/viewer-2011-01/08REYKJAVIK195.html',
  'pages/viewer-2011-01/08TRIPOLI220.html',
  'pages/viewer-2011-01/10STATE284.html',
  'pages/viewer-2011-04/04THEHAGUE3333.html',
  'pages/viewer-2011-04/08GENEVA256.html',
  'pages/viewer-2011-04/08TRIPOLI597.html',
  'pages/viewer-2010-11/09STATE119085.html',
  'pages/viewer-2011-04/06BEIRUT2703.html',
  'pages/viewer-2011-04/85BEIRUT1725.html',
  'pages/viewer-2011-04/09MEXICO2556.html',
  'pages/viewer-2011-04/06BOGOTA144.html',
  'pages/viewer-2010-11/72TEHRAN1164.html',
  'pages/viewer-2010-11/79TEHRAN8980.html',
  'pages/viewer-2010-11/86MADRID5480.html',
  'pages/viewer-2010-11/89PANAMA8545.html',
  'pages/viewer-2010-11/90CAPETOWN97.html',
  'pages/viewer-2010-11/04ANKARA348.html',
  'pages/viewer-2010-11/04ANKARA7211.html',
  'pages/viewer-2010-11/09BAKU478.html',
  'pages/viewer-2010-11/08RPODUBAI49.html',
  'pages/viewer-2010-11/09STATE37561.html',
  'pages/viewer-2010-11/06MOSCOW9533.html',
  'pages/viewer-2010-11/06BAKU1835.html',
  'pages/viewer-2010-11/07BAGHDAD3895.html',
  'pages/viewer-2010-11/07HARARE638.html',
  'pages/viewer-2010-11/06ANKARA4688.html',
];

/** The raw cable text of one corpus file. */
export function extractCorpusText(relativePath: string): string {
  const bytes = readFileSync(`${CORPUS}${relativePath}`);
  const text = decodeText(bytes);
  if (relativePath.endsWith('.html')) return readPageCables(text, `https://corpus.invalid/${relativePath}`)[0]?.text ?? '';
  // The WordPress repost starts with blog chrome; the fixture starts at the VZCZC line.
  if (relativePath.startsWith('texts/wordpress/')) return text.slice(Math.max(0, text.indexOf('VZCZC')));
  return text;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(FIXTURES, { recursive: true });
  const sources = process.argv.length > 2 ? process.argv.slice(2) : FIXTURE_SOURCES;
  for (const source of sources) {
    const name = basename(source).replace(/\.(html|txt)$/, '');
    writeFileSync(`${FIXTURES}${name}.txt`, extractCorpusText(source));
  }
  console.log(`wrote ${sources.length} fixtures to ${FIXTURES}`);
}
