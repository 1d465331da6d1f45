// Fallback for any other page: a `pre` block whose first lines open a cable (VZCZC…, a DTG, the
// classification banner with E.O./TAGS/SUBJECT lines, or a cables.csv record) — plain .txt files
// shown by the browser included. Only a bounded prefix of each block is examined.
import { assembleCables, type TextBlock } from './assemble-cables';
import { readCsvRecordPreamble } from './cables-csv-record';
import { startsLikeCable } from './cable-lines';
import { concatCableLists } from './concat-cable-lists';
import { readTextPrefix } from './element-text';
import type { MirrorAdapter } from './mirror-adapter';
import { splitHeaderAndBody } from './split-header-and-body';

const MAX_BLOCKS = 50;
const PREFIX_CHARS = 3000;

function looksLikeCableBlock(pre: Element): boolean {
  const prefix = readTextPrefix(pre, PREFIX_CHARS);
  const firstCharacter = prefix.search(/\S/);
  if (firstCharacter < 0) return false;
  return startsLikeCable(prefix) || readCsvRecordPreamble(prefix, firstCharacter) !== null;
}

function candidateBlocks(doc: Document): Element[] {
  // A live collection indexed by tag: no tree walk beyond the blocks actually read.
  const pres = doc.getElementsByTagName('pre');
  const candidates: Element[] = [];
  for (let index = 0; index < Math.min(pres.length, MAX_BLOCKS); index++) {
    const pre = pres[index]!;
    if (looksLikeCableBlock(pre)) candidates.push(pre);
  }
  return candidates;
}

/** A header-only block directly followed by another candidate is that cable's header (viewer-like pairs). */
function groupBlocks(pres: readonly Element[]): TextBlock[][] {
  const groups: TextBlock[][] = [];
  for (let index = 0; index < pres.length; index++) {
    const pre = pres[index]!;
    const text = pre.textContent ?? '';
    const split = splitHeaderAndBody(text);
    const headerOnly = split.headerStart !== null && text.slice(split.bodyStart).trim() === '';
    const next = pres[index + 1];
    if (headerOnly && next !== undefined) {
      groups.push([
        { text, nodes: [pre], isHeader: true },
        { text: next.textContent ?? '', nodes: [next], isHeader: false },
      ]);
      index++;
    } else groups.push([{ text, nodes: [pre], isHeader: false }]);
  }
  return groups;
}

export const genericAdapter: MirrorAdapter = {
  id: 'generic',
  testUrls: [
    'https://example.org/cables/09ASTANA559.txt',
    'file:///home/reader/Downloads/07BERN881.txt',
    'http://127.0.0.1:8080/texts/final-pdf/09PARIS1007.txt',
  ],
  detect(doc, url) {
    return url.pathname.endsWith('.txt') || candidateBlocks(doc).length > 0;
  },
  extract(doc) {
    return concatCableLists(groupBlocks(candidateBlocks(doc)).map((group) => assembleCables('generic', group, {})));
  },
};
