// Finding the signature before parsing the body: the last meaningful line when it looks like a name
// (`HOAGLAND`, `Edelman`, `KEEGAN PAAL`), else the first all-caps name line after the last numbered paragraph.
import { readCaptions } from './captions';
import { isBanner } from './paragraph';
import type { CableLine } from '../lex';
import { END_OF_MESSAGE, NUMBERED_PARAGRAPH } from '../line-kinds';

const NAME_LINE = /^[A-Z][A-Za-z.'-]{1,20}(?: [A-Z][A-Za-z.'-]{0,20}){0,2}$/;
const NOT_NAMES = new Set([
  'SUMMARY', 'COMMENT', 'NOTE', 'END', 'BACKGROUND', 'END COMMENT', 'END SUMMARY', 'END NOTE', 'END TEXT', 'BEGIN TEXT',
  'QUOTE', 'UNQUOTE', 'CONCLUSION', 'ACTION REQUEST', 'UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'ANALYSIS', 'BIO NOTE',
]);

function isName(text: string): boolean {
  return NAME_LINE.test(text) && !NOT_NAMES.has(text.toUpperCase().replace(/[.:]$/, '')) && readCaptions(text) === null && !isBanner(text);
}

function isNoise(line: CableLine): boolean {
  return line.kind !== 'text' || END_OF_MESSAGE.test(line.text) || isBanner(line.text);
}

export function findSignatureLine(lines: readonly CableLine[], bodyStart: number, end: number): number {
  let last = end - 1;
  while (last >= bodyStart && lines[last] !== undefined && isNoise(lines[last] as CableLine)) last--;
  const candidate = lines[last];
  if (last > bodyStart && candidate !== undefined && isName(candidate.text)) return last;
  let lastNumbered = -1;
  for (let index = bodyStart; index < end; index++) {
    const text = lines[index]?.text ?? '';
    if (NUMBERED_PARAGRAPH.test(text.slice(0, 8))) lastNumbered = index;
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
