// `Classified By: Ambassador Richard E. Hoagland: 1.4 (A), (B), (D)` — who, authority, reason letters.
import { isAsciiLetter, isDigit } from '../char-codes';
import { readPortionMarking } from '../classification';
import { isStructuralLength, NUMBERED_PARAGRAPH } from '../line-kinds';
import type { ClassifiedByNode, PortionMarking, Span } from '../model';
import { lineSpan, type ParseState } from '../parse-state';
import { foldWhiteSpaceIn, isWhiteSpace } from '../white-space';
import { classifiedByValueAt } from './classified-by-label';
import { readReasonList } from './reason-list';

export { readReasonList, type ReasonList } from './reason-list';

const MAX_LINES = 4;
const TRAILING_WORDS = new Set([
  'FOR',
  'REASON',
  'REASONS',
  'REASON:',
  'REASONS:',
  'PER',
  'UNDER',
  'E.O.',
  'E.O',
  'EO',
  '12958',
  'SECTION',
  'SECTIONS',
  'AND',
  'BASED',
  'ON',
]);
// The trailing words by length, for comparison in place (upper-case ASCII).
const TRAILING_WORDS_BY_LENGTH: string[][] = [];
for (const word of TRAILING_WORDS) {
  const sameLength = TRAILING_WORDS_BY_LENGTH[word.length] ?? [];
  sameLength.push(word);
  TRAILING_WORDS_BY_LENGTH[word.length] = sameLength;
}

/** text[from, to) upper-cases to a trailing word (`for`, `reasons`, `E.O.`). */
function isTrailingWord(text: string, from: number, to: number): boolean {
  const candidates = TRAILING_WORDS_BY_LENGTH[to - from];
  for (let index = from; index < to; index++) {
    // Unicode upper-casing can turn other letters into ASCII (`ſ` → `S`): the general test then.
    if (text.charCodeAt(index) >= 0x80) return TRAILING_WORDS.has(text.slice(from, to).toUpperCase());
  }
  if (candidates === undefined) return false;
  for (const word of candidates) {
    let index = 0;
    for (; index < word.length; index++) {
      const code = text.charCodeAt(from + index);
      if ((code >= 0x61 && code <= 0x7a ? code - 0x20 : code) !== word.charCodeAt(index)) break;
    }
    if (index === word.length) return true;
  }
  return false;
}

/** `,` `;` `:` `.` `(`: dropped from the end of the name's last word. */
function isTrailingPunctuation(code: number): boolean {
  return code === 0x2c || code === 0x3b || code === 0x3a || code === 0x2e || code === 0x28;
}

/** text[from, to) is one of the upper-case ASCII `words` in any ASCII case (an anchored /i alternation). */
function isOneOf(text: string, from: number, to: number, words: readonly string[]): boolean {
  // No read past the end: the character helpers only ever see code units (never NaN).
  if (to > text.length) return false;
  for (const word of words) {
    if (word.length !== to - from) continue;
    let index = 0;
    for (; index < word.length; index++) {
      const code = text.charCodeAt(from + index);
      if (!isAsciiLetter(code) || (code & 0xdf) !== word.charCodeAt(index)) break;
    }
    if (index === word.length) return true;
  }
  return false;
}

const BY = ['BY'];
// `/^(classifi?ed|confidential|secret)$/i`
const LABEL_WORDS = ['CLASSIFIED', 'CLASSIFED', 'CONFIDENTIAL', 'SECRET'];

/**
 * The classifier's name in text[from, to): its words (split on white space) without trailing filler
 * words (`for reasons`, `per`) and punctuation, read in place from the end.
 */
function trimWho(text: string, from: number, to: number): string {
  let end = to;
  let kept = -1;
  while (kept === -1) {
    while (end > from && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (end === from) return '';
    let start = end - 1;
    while (start > from && !isWhiteSpace(text.charCodeAt(start - 1))) start--;
    let stripped = end;
    while (stripped > start && isTrailingPunctuation(text.charCodeAt(stripped - 1))) stripped--;
    if (stripped === start || isTrailingWord(text, start, stripped)) end = start;
    else kept = stripped;
  }
  // `Classified By: by CDA …`, `Classified By: Classifed by CDA …`, `Confidential by Political Minister …`:
  // the label repeated in front of the name is not part of it.
  let first = from;
  while (isWhiteSpace(text.charCodeAt(first))) first++;
  let firstEnd = first;
  while (firstEnd < kept && !isWhiteSpace(text.charCodeAt(firstEnd))) firstEnd++;
  let second = firstEnd;
  while (second < kept && isWhiteSpace(text.charCodeAt(second))) second++;
  let secondEnd = second;
  while (secondEnd < kept && !isWhiteSpace(text.charCodeAt(secondEnd))) secondEnd++;
  if (isOneOf(text, first, firstEnd, BY)) first = firstEnd;
  else if (second < kept && isOneOf(text, second, secondEnd, BY) && isOneOf(text, first, firstEnd, LABEL_WORDS)) first = secondEnd;
  while (first < kept && isWhiteSpace(text.charCodeAt(first))) first++;
  return foldWhiteSpaceIn(text, first, kept);
}

// `1.4`, also typed `1. 4` (the specification of authorityAt, which reads it by hand).
export const AUTHORITY = /(?:^|[^0-9.])(1\. ?[45])(?![0-9])/;

/** Where AUTHORITY's group (`1.4`, `1. 5`) starts in `text` (the leftmost match), or -1. */
export function authorityAt(text: string): number {
  for (let at = text.indexOf('1.'); at !== -1; at = text.indexOf('1.', at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (at > 0 && (isDigit(before) || before === 0x2e)) continue;
    const digit = text.charCodeAt(at + 2) === 0x20 ? at + 3 : at + 2;
    const code = text.charCodeAt(digit);
    if ((code === 0x34 || code === 0x35) && (digit + 1 >= text.length || !isDigit(text.charCodeAt(digit + 1)))) return at;
  }
  return -1;
}

/** Length of the authority at `at` (see authorityAt): `1.4` or `1. 4`. */
export function authorityLength(text: string, at: number): number {
  return text.charCodeAt(at + 2) === 0x20 ? 4 : 3;
}

/** Reason letters after the authority (see readReasonList). */
export function readReasonLetters(text: string): string[] {
  return readReasonList(text).letters;
}

/** Whether `line` is only the rest of the reason list that `text` leaves open at its end. */
function continuesReasons(text: string, line: string): boolean {
  const authority = authorityAt(text);
  if (authority === -1) return false;
  const tail = text.slice(authority + authorityLength(text, authority));
  return readReasonList(tail).complete && readReasonList(`${tail} ${line}`).complete;
}

/** The node for a statement (the text after `Classified By:`) covering `span`. */
export function classifiedByNodeFrom(statement: string, span: Span, marking: PortionMarking | null): ClassifiedByNode {
  const at = authorityAt(statement);
  if (at === -1) return { kind: 'classifiedBy', span, who: trimWho(statement, 0, statement.length), authority: null, reasons: [], marking };
  const length = authorityLength(statement, at);
  const who = trimWho(statement, 0, at);
  const reasons = readReasonList(statement, at + length).letters;
  const authority = statement.charCodeAt(at + length - 1) === 0x34 ? '1.4' : '1.5';
  return { kind: 'classifiedBy', span, who, authority, reasons, marking };
}

// A statement glued to the end of a SUBJECT or REF line (Guardian texts: `… PITTSBURGH  Classified By: …`);
// the specification of gluedLabelAt.
export const GLUED_LABEL = /\s(?:\(U\) *)?Classified +By(?![A-Za-z])/i;

/**
 * GLUED_LABEL's match in `text`: the offset of its white-space character, or -1. The label ends in
 * `By`: the native search for `y`/`Y` finds the few candidates, each read backwards from there (the
 * matches come in the order of their `By`, none holding another's).
 */
export function gluedLabelAt(text: string): number {
  // `\sCLASSIFIED By` puts the `y` at offset 13 at the earliest.
  let lower = text.indexOf('y', 13);
  let upper = text.indexOf('Y', 13);
  while (lower !== -1 || upper !== -1) {
    let y: number;
    if (upper === -1 || (lower !== -1 && lower < upper)) {
      y = lower;
      lower = text.indexOf('y', y + 1);
    } else {
      y = upper;
      upper = text.indexOf('Y', y + 1);
    }
    const start = gluedLabelBefore(text, y);
    if (start !== -1) return start;
  }
  return -1;
}

/** The start of a GLUED_LABEL match whose `By` ends with the `y` at `y`, or -1. */
function gluedLabelBefore(text: string, y: number): number {
  const by = y - 1;
  if ((text.charCodeAt(by) | 0x20) !== 0x62 || (y + 1 < text.length && isAsciiLetter(text.charCodeAt(y + 1)))) return -1;
  // ` +` between CLASSIFIED and By.
  let spaces = by;
  while (spaces > 0 && text.charCodeAt(spaces - 1) === 0x20) spaces--;
  const classified = spaces - 10;
  if (spaces === by || classified < 1 || !isOneOf(text, classified, spaces, CLASSIFIED)) return -1;
  // `(U) *` before it starts further left, so it is the match when present.
  let marking = classified;
  while (marking > 0 && text.charCodeAt(marking - 1) === 0x20) marking--;
  if (
    marking >= 4 &&
    text.charCodeAt(marking - 1) === 0x29 &&
    (text.charCodeAt(marking - 2) | 0x20) === 0x75 &&
    text.charCodeAt(marking - 3) === 0x28 &&
    isWhiteSpace(text.charCodeAt(marking - 4))
  )
    return marking - 4;
  return isWhiteSpace(text.charCodeAt(classified - 1)) ? classified - 1 : -1;
}

const CLASSIFIED = ['CLASSIFIED'];

/**
 * A `Classified By` statement glued to the end of the front-matter lines [from, to) (09LONDON2326,
 * 10MANAMA15): where it starts (line index and offset in the line's text), or null.
 */
export function findGluedClassifiedBy(state: ParseState, from: number, to: number): { line: number; at: number } | null {
  for (let index = from; index < to; index++) {
    const text = state.lines[index]?.text ?? '';
    if (!isStructuralLength(text)) continue;
    const at = gluedLabelAt(text);
    if (at !== -1) return { line: index, at: at + 1 };
  }
  return null;
}

/** Emits the glued statement from `glued` to the end of line `to - 1` as a classifiedBy node. */
export function pushGluedClassifiedBy(state: ParseState, glued: { line: number; at: number }, to: number): void {
  const line = state.lines[glued.line];
  const last = state.lines[to - 1];
  if (line === undefined || last === undefined) return;
  const pieces = [line.text.slice(glued.at)];
  for (let index = glued.line + 1; index < to; index++) pieces.push(state.lines[index]?.text ?? '');
  const joined = pieces.join(' ');
  const valueAt = classifiedByValueAt(joined);
  const statement = valueAt === -1 ? '' : joined.slice(valueAt);
  const start = line.textStart + glued.at;
  state.nodes.push(classifiedByNodeFrom(statement, { start, end: last.next }, readPortionMarking(line.text.slice(glued.at), start)));
  state.sawClassifiedBy = true;
}

export function classifiedByRule(state: ParseState): boolean {
  const line = state.lines[state.pos];
  if (line === undefined || !isStructuralLength(line.text)) return false;
  // CLASSIFIED_BY_LINE starts with `(` or C/c (hot: tried on body lines until a statement is seen).
  const first = line.text.charCodeAt(0);
  if (first !== 0x28 && (first | 0x20) !== 0x63) return false;
  const valueAt = classifiedByValueAt(line.text);
  if (valueAt === -1) return false;
  const pieces = [line.text.slice(valueAt)];
  let end = state.pos + 1;
  while (end < state.limit && end - state.pos < MAX_LINES) {
    const next = state.lines[end];
    if (next === undefined || next.kind !== 'text' || NUMBERED_PARAGRAPH.test(next.text) || !isStructuralLength(next.text)) break;
    const sofar = pieces.join(' ');
    // Until the authority and a reason letter are read, any text line continues the statement;
    // after that only a line that is nothing but more of the reason list (`nd (d).`, `(D)`, `AND D.`).
    if (/1\. ?[45]\s*\(?[a-hA-H]/.test(sofar) && !continuesReasons(sofar, next.text)) break;
    pieces.push(next.text);
    end++;
  }
  const node = classifiedByNodeFrom(pieces.join(' '), lineSpan(state.lines, state.pos, end), readPortionMarking(line.text, line.textStart));
  state.nodes.push(node);
  state.sawClassifiedBy = true;
  state.pos = end;
  return true;
}
