// One address of a TO/INFO list (`RUEHC/SECSTATE WASHDC IMMEDIATE 5061`), read by positions on the
// line: about 2,300 address lines per corpus pass, so no trimmed or upper-cased copies.
import { isDigit } from '../char-codes';
import type { Addressee, Precedence } from '../model';
import { isWhiteSpace } from '../white-space';

type PrecedenceWord = readonly [word: string, precedence: Precedence];

const NIACT_IMMEDIATE: PrecedenceWord = ['NIACT IMMEDIATE', 'NIACT IMMEDIATE'];
const IMMEDIATE: PrecedenceWord = ['IMMEDIATE', 'IMMEDIATE'];
const PRIORITY: PrecedenceWord = ['PRIORITY', 'PRIORITY'];
const PRIOITY: PrecedenceWord = ['PRIOITY', 'PRIORITY'];
const ROUTINE: PrecedenceWord = ['ROUTINE', 'ROUTINE'];
const FLASH: PrecedenceWord = ['FLASH', 'FLASH'];

/** In the order they are tried (NIACT IMMEDIATE before IMMEDIATE). */
const PRECEDENCE_WORDS: readonly PrecedenceWord[] = [NIACT_IMMEDIATE, IMMEDIATE, PRIORITY, PRIOITY, ROUTINE, FLASH];

/** `RUEHC/SECSTATE WASHDC IMMEDIATE 5061` → addressee (trimmed, serial and precedence peeled off). */
export function parseAddressee(text: string, offset: number): Addressee {
  return readAddressee(text, 0, offset);
}

/**
 * The addressee written in text[from, text.length), whose first character is at input offset
 * `offset`. The same as `parseAddressee(text.slice(from), offset)` without the copy: TO and INFO
 * lines pass the line and where the address starts on it.
 */
export function readAddressee(text: string, from: number, offset: number): Addressee {
  const span = { start: offset, end: offset + text.length - from };
  // The address is text[start, end), trimmed as String.prototype.trim does.
  let start = from;
  let end = text.length;
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  let serial: string | null = null;
  // The last token, when it is 3–6 digits after a space, is the serial.
  let digits = end;
  while (digits > start && isDigit(text.charCodeAt(digits - 1))) digits--;
  if (digits - 1 > start && text.charCodeAt(digits - 1) === 0x20 && end - digits >= 3 && end - digits <= 6) {
    serial = text.slice(digits, end);
    end = trimmedEnd(text, start, digits - 1);
  }
  let precedence: Precedence | null = null;
  const word = precedenceWordAt(text, start, end);
  if (word !== null) {
    precedence = word[1];
    end = trimmedEnd(text, start, end - word[0].length);
  }
  let routingIndicator: string | null = null;
  // `RUEHC/`: 4–8 capitals or digits before the first slash (the first other character must be it).
  const slash = indicatorEnd(text, start, end);
  if (slash < end && slash - start >= 4 && slash - start <= 8 && text.charCodeAt(slash) === 0x2f) {
    routingIndicator = text.slice(start, slash);
    start = slash + 1;
    while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  }
  return { routingIndicator, office: text.slice(start, end), precedence, serial, span };
}

/**
 * The precedence word ending text[start, end) after a space, in any case, or null: the first of
 * PRECEDENCE_WORDS that `text.slice(start, end).toUpperCase()` ends with, after a space. The last
 * letter picks the words to try (E, Y or H; most offices end otherwise).
 */
function precedenceWordAt(text: string, start: number, end: number): PrecedenceWord | null {
  if (end <= start) return null;
  const last = text.charCodeAt(end - 1);
  // Upper-casing is one to one on ASCII; elsewhere (`ß` → `SS`, `ı` → `I`) only the copy can say.
  if (last >= 0x80) return precedenceWordByUpperCase(text.slice(start, end));
  switch (last | 0x20) {
    case 0x65: // e
      if (!isAsciiTail(text, start, end, NIACT_IMMEDIATE[0].length + 1)) return precedenceWordByUpperCase(text.slice(start, end));
      return (
        wordBefore(text, start, end, NIACT_IMMEDIATE) ?? wordBefore(text, start, end, IMMEDIATE) ?? wordBefore(text, start, end, ROUTINE)
      );
    case 0x79: // y
      if (!isAsciiTail(text, start, end, PRIORITY[0].length + 1)) return precedenceWordByUpperCase(text.slice(start, end));
      return wordBefore(text, start, end, PRIORITY) ?? wordBefore(text, start, end, PRIOITY);
    case 0x68: // h
      if (!isAsciiTail(text, start, end, FLASH[0].length + 1)) return precedenceWordByUpperCase(text.slice(start, end));
      return wordBefore(text, start, end, FLASH);
    default:
      return null;
  }
}

/** The last `length` characters of text[start, end) (all of it when shorter) are ASCII. */
function isAsciiTail(text: string, start: number, end: number, length: number): boolean {
  for (let index = end - length > start ? end - length : start; index < end; index++) if (text.charCodeAt(index) >= 0x80) return false;
  return true;
}

/** `entry` when its word, upper-cased, ends ASCII text[start, end) after a space. */
function wordBefore(text: string, start: number, end: number, entry: PrecedenceWord): PrecedenceWord | null {
  const word = entry[0];
  const wordStart = end - word.length;
  return wordStart - 1 >= start && text.charCodeAt(wordStart - 1) === 0x20 && endsWithUpperCased(text, wordStart, word) ? entry : null;
}

/** precedenceWordAt on an upper-cased copy (text with non-ASCII characters near its end). */
function precedenceWordByUpperCase(rest: string): PrecedenceWord | null {
  const upper = rest.toUpperCase();
  for (const entry of PRECEDENCE_WORDS) {
    const word = entry[0];
    if (upper.endsWith(word) && upper.charCodeAt(upper.length - word.length - 1) === 0x20) return entry;
  }
  return null;
}

/** text[at, at + word.length) upper-cased is `word` (ASCII text, upper-case ASCII word). */
function endsWithUpperCased(text: string, at: number, word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = text.charCodeAt(at + index);
    const expected = word.charCodeAt(index);
    if (code !== expected && !(code >= 0x61 && code <= 0x7a && code - 0x20 === expected)) return false;
  }
  return true;
}

/** text[from, to) trimmed at its end (String.prototype.trimEnd), as an end offset. */
function trimmedEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** First index from `from` (up to `to`, at most 9 on) that is not an upper-case ASCII letter or digit. */
function indicatorEnd(text: string, from: number, to: number): number {
  const limit = to - from > 9 ? from + 9 : to;
  let index = from;
  while (index < limit) {
    const code = text.charCodeAt(index);
    if (!((code >= 0x41 && code <= 0x5a) || isDigit(code))) break;
    index++;
  }
  return index;
}
