// Reference implementations for the prefilter and scanner tests: each parser function as it was
// before its pre-checks or hand scanners, kept here once so every test compares against the same code.
import { blockStartKind, startsWithBlockEnd } from '../../../utils/cable/block-markers';
import { readLevelPrefix } from '../../../utils/cable/classification';
import { CLASSIFIED_BY_LINE, END_OF_MESSAGE, NUMBERED_PARAGRAPH } from '../../../utils/cable/line-kinds';
import { isBanner } from '../../../utils/cable/rules/paragraph';

// readCaptions without any pre-check.
const CAPTION_WORDS = new Set(
  'SIPDIS NOFORN SENSITIVE NODIS EXDIS LIMDIS STADIS ROGER CHANNEL EFTO NOCONTRACT PROPIN ORCON SPECAT DISSENT CHEROKEE CXKABUL DS CLASSIFIED USE ONLY FOR OFFICIAL BUT UNCLASSIFIED NF FOUO SBU DIRGEN MED AGREMENT EXCLUSIVE'.split(
    ' ',
  ),
);
const CORE_CAPTIONS = new Set(
  'SIPDIS NOFORN SENSITIVE NODIS EXDIS LIMDIS STADIS EFTO ROGER NOCONTRACT ORCON PROPIN SPECAT CXKABUL'.split(' '),
);
export function referenceReadCaptions(text: string): string[] | null {
  if (text.length > 80) return null;
  const upper = /^(?:[A-Za-z] )+[A-Za-z]$/.test(text) ? text.replace(/ /g, '').toUpperCase() : text.toUpperCase();
  if (/^C ?O ?R ?R ?E ?C ?T ?E ?D +C ?O ?P ?Y/.test(upper)) return ['CORRECTED COPY'];
  const level = readLevelPrefix(upper);
  const words = (level === null ? upper : upper.slice(level.length)).split(/[\s/,;.]+/).filter((word) => word !== '');
  if (words.length === 0 || words.length > 6) return null;
  if (!words.every((word) => CAPTION_WORDS.has(word)) || !words.some((word) => CORE_CAPTIONS.has(word) || word === 'NF')) return null;
  if (words.join(' ') === 'SENSITIVE BUT UNCLASSIFIED') return ['SENSITIVE'];
  return words.filter((word) => CORE_CAPTIONS.has(word) || word === 'NF').map((word) => (word === 'NF' ? 'NOFORN' : word));
}

// blockStartKind with its paragraph-prefix regex, before the first-character and hand-read prefix checks.
const REFERENCE_PARAGRAPH_PREFIX = /^[0-9]{1,3}[.)] *(?:\([A-Za-z/ ]{1,14}\) *)?|^\([A-Za-z/ ]{1,14}\) */;
export function referenceBlockStartKind(line: string): string | null {
  const text = line.length > 400 ? line.slice(0, 400) : line;
  const prefix = REFERENCE_PARAGRAPH_PREFIX.exec(text);
  const rest = prefix === null ? text : text.slice(prefix[0].length);
  if (/^BEGIN +SUMMARY(?![A-Za-z])|^SUMMARY(?: +AND +COMMENT)? *[:.-]/i.test(rest)) return 'summary';
  if (/^BEGIN +COMMENT(?![A-Za-z])|^COMMENT *[:.-]/i.test(rest)) return 'comment';
  if (/^BEGIN +NOTE(?![A-Za-z])|^NOTE *[:.-]/i.test(rest)) return 'note';
  if (/^BEGIN +TEXT(?![A-Za-z])/i.test(rest)) return 'quotedText';
  return null;
}

/** Any of isParagraphBoundary's start patterns other than the underlined heading. */
export function anyBoundaryPattern(text: string): boolean {
  return (
    NUMBERED_PARAGRAPH.test(text) ||
    END_OF_MESSAGE.test(text) ||
    startsWithBlockEnd(text) ||
    blockStartKind(text) !== null ||
    CLASSIFIED_BY_LINE.test(text) ||
    isBanner(text)
  );
}

const PRECEDENCE_WORDS = [
  ['NIACT IMMEDIATE', 'NIACT IMMEDIATE'],
  ['IMMEDIATE', 'IMMEDIATE'],
  ['PRIORITY', 'PRIORITY'],
  ['PRIOITY', 'PRIORITY'],
  ['ROUTINE', 'ROUTINE'],
  ['FLASH', 'FLASH'],
] as const;

// parseAddressee as it was, on trimmed and upper-cased copies.
export function referenceAddressee(text: string, offset: number) {
  let rest = text.trim();
  let serial: string | null = null;
  let precedence: string | null = null;
  const lastSpace = rest.lastIndexOf(' ');
  const lastToken = rest.slice(lastSpace + 1);
  if (lastSpace > 0 && /^[0-9]{3,6}$/.test(lastToken)) {
    serial = lastToken;
    rest = rest.slice(0, lastSpace).trimEnd();
  }
  const upper = rest.toUpperCase();
  for (const [word, value] of PRECEDENCE_WORDS) {
    if (upper.endsWith(` ${word}`)) {
      precedence = value;
      rest = rest.slice(0, rest.length - word.length).trimEnd();
      break;
    }
  }
  let routingIndicator: string | null = null;
  const slash = rest.indexOf('/');
  if (slash >= 4 && slash <= 8 && /^[A-Z0-9]+$/.test(rest.slice(0, slash))) {
    routingIndicator = rest.slice(0, slash);
    rest = rest.slice(slash + 1);
  }
  return { routingIndicator, office: rest.trim(), precedence, serial, span: { start: offset, end: offset + text.length } };
}

/** The character-by-character line splitter the native-search version replaced: [start, end, next] per line. */
export function referenceSplit(input: string): Array<[number, number, number]> {
  const lines: Array<[number, number, number]> = [];
  let start = 0;
  while (start < input.length) {
    let end = start;
    while (end < input.length && input[end] !== '\n' && input[end] !== '\r') end++;
    let next = end;
    if (next < input.length) next += input[next] === '\r' && input[next + 1] === '\n' ? 2 : 1;
    lines.push([start, end, next]);
    start = next;
  }
  return lines;
}
