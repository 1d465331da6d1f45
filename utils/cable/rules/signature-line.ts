// Finding the signature before parsing the body: the last meaningful line when it looks like a name
// (`HOAGLAND`, `Edelman`, `KEEGAN PAAL`), else the first all-caps name line after the last numbered paragraph.
import { readCaptions } from './captions';
import { isBanner } from './paragraph';
import type { CableLine } from '../lex';
import { END_OF_MESSAGE, NUMBERED_PARAGRAPH } from '../line-kinds';

// A lower-case surname particle may lead (`van Voorst`, 07REYKJAVIK80).
const NAME_LINE = /^(?:(?:van|von|de|da|del|di|du|le|la|al|el) )?[A-Z][A-Za-z.'-]{1,20}(?: [A-Z][A-Za-z.'-]{0,20}){0,2}$/;
const NOT_NAMES = new Set([
  'SUMMARY',
  'COMMENT',
  'NOTE',
  'END',
  'BACKGROUND',
  'END COMMENT',
  'END SUMMARY',
  'END NOTE',
  'END TEXT',
  'BEGIN TEXT',
  'QUOTE',
  'UNQUOTE',
  'CONCLUSION',
  'ACTION REQUEST',
  'UNCLASSIFIED',
  'CONFIDENTIAL',
  'SECRET',
  'ANALYSIS',
  'BIO NOTE',
]);

function isName(text: string): boolean {
  return NAME_LINE.test(text) && !NOT_NAMES.has(text.toUpperCase().replace(/[.:]$/, '')) && readCaptions(text) === null && !isBanner(text);
}

// The 2011-04 viewer ends some texts with a lone `...` after the signature (09LONDON2326).
const ELLIPSIS_LINE = /^(?:\.{3,}|…)$/;
// A post's trailer after the signature, often wrapped inside its address (10ANKARA126):
// `"Visit Ankara's Classified Web Site at http://www.intelink.s` / `gov.gov/wiki/Portal:Turkey"`.
const TRAILER_LINE =
  /^"?Visit [A-Z][A-Za-z.' -]{0,40}Classified Web ?[Ss]ite|^"?(?:https?:\/\/|www\.)\S*$|^[a-z0-9.-]{1,40}\.(?:gov|mil|com|org)\/\S*$/;

function isNoise(line: CableLine): boolean {
  return (
    line.kind !== 'text' ||
    END_OF_MESSAGE.test(line.text) ||
    ELLIPSIS_LINE.test(line.text) ||
    TRAILER_LINE.test(line.text) ||
    isBanner(line.text)
  );
}

export function findSignatureLine(lines: readonly CableLine[], bodyStart: number, end: number): number {
  let last = end - 1;
  while (last >= bodyStart && lines[last] !== undefined && isNoise(lines[last] as CableLine)) last--;
  const candidate = lines[last];
  if (last > bodyStart && candidate !== undefined && isName(candidate.text)) return last;
  let lastNumbered = -1;
  for (let index = bodyStart; index < end; index++) {
    const text = lines[index]?.text ?? '';
    // Digit first: skips the regex on almost every line. The pattern never looks past 5 characters.
    const first = text.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39 && NUMBERED_PARAGRAPH.test(text)) lastNumbered = index;
  }
  if (lastNumbered === -1) return -1;
  for (let index = lastNumbered + 1; index < end; index++) {
    const line = lines[index];
    const previous = lines[index - 1];
    if (line === undefined || previous === undefined || line.kind !== 'text') continue;
    const afterBreak = previous.kind === 'blank' || /[.!?"')]$/.test(previous.text);
    if (afterBreak && line.text === line.text.toUpperCase() && isName(line.text)) return index;
  }
  return -1;
}
