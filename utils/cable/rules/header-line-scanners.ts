// Hand scanners for the routing header's everyday lines, each exactly one pattern of line-kinds.ts
// (named on each function), read in one left-to-right pass: none of those patterns can backtrack
// into another way of matching, so the first character that does not fit decides.
import { isDigit } from '../char-codes';
import type { DeLine } from '../model';
import { isWhiteSpace } from '../white-space';

function isCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** First index at or after `at` that is not a space. */
function skipSpaces(text: string, at: number): number {
  let index = at;
  while (text.charCodeAt(index) === 0x20) index++;
  return index;
}

/** First index at or after `at` that is not an upper-case ASCII letter. */
function skipCapitals(text: string, at: number): number {
  let index = at;
  while (isCapital(text.charCodeAt(index))) index++;
  return index;
}

/** First index at or after `at` that is not an ASCII digit. */
function skipDigits(text: string, at: number): number {
  let index = at;
  while (isDigit(text.charCodeAt(index))) index++;
  return index;
}

/** `/^VZCZC[A-Z]{2,4}[0-9]{0,6}$/` (TRANSMISSION_ID). */
export function isTransmissionId(text: string): boolean {
  if (!text.startsWith('VZCZC')) return false;
  const letters = skipCapitals(text, 5);
  if (letters - 5 < 2 || letters - 5 > 4) return false;
  const digits = skipDigits(text, letters);
  return digits === text.length && digits - letters <= 6;
}

/** Z, O, P, R or M: a one-letter precedence, or either letter of a mixed pair (`OP`). */
function isPrecedenceLetter(code: number): boolean {
  return code === 0x5a || code === 0x4f || code === 0x50 || code === 0x52 || code === 0x4d;
}

/**
 * Length of the precedence of a routing line (`OO RUEHAG …`), 0 when the line has none: the
 * `(ZZ|OO|PP|RR|NN|MM|[ZOPRM]{1,2}) ` start of ROUTING_LINE (NN only doubled).
 */
export function routingPrecedenceLength(text: string): number {
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  if (second === 0x20) return isPrecedenceLetter(first) ? 1 : 0;
  if (text.charCodeAt(2) !== 0x20) return 0;
  if (isPrecedenceLetter(first) && isPrecedenceLetter(second)) return 2;
  return first === 0x4e && second === 0x4e ? 2 : 0;
}

/**
 * The routing indicators of text[from, text.length) when that is `[A-Z]{4,7}(?: [A-Z]{4,7})*$`
 * (the rest of ROUTING_LINE, and ROUTING_CONTINUATION from 0), or null.
 */
export function readRoutingIndicators(text: string, from: number): string[] | null {
  if (!isIndicatorList(text, from)) return null;
  const indicators: string[] = [];
  let start = from;
  for (let space = text.indexOf(' ', start); space !== -1; space = text.indexOf(' ', start)) {
    indicators.push(text.slice(start, space));
    start = space + 1;
  }
  indicators.push(text.slice(start));
  return indicators;
}

export function isIndicatorList(text: string, from: number): boolean {
  let at = from;
  for (;;) {
    const end = skipCapitals(text, at);
    if (end - at < 4 || end - at > 7) return false;
    if (end === text.length) return true;
    if (text.charCodeAt(end) !== 0x20) return false;
    at = end + 1;
  }
}

/** DE_LINE: `DE RUEHAK #4688/01 2231453` → its parts, or null. */
export function readDeLine(text: string): DeLine | null {
  if (text.charCodeAt(0) !== 0x44 || text.charCodeAt(1) !== 0x45 || text.charCodeAt(2) !== 0x20) return null;
  const stationStart = skipSpaces(text, 3);
  const stationEnd = skipCapitals(text, stationStart);
  if (stationEnd - stationStart < 3 || stationEnd - stationStart > 8 || text.charCodeAt(stationEnd) !== 0x20) return null;
  const hash = skipSpaces(text, stationEnd);
  if (text.charCodeAt(hash) !== 0x23) return null;
  const serialEnd = skipDigits(text, hash + 1);
  if (serialEnd - hash - 1 < 3 || serialEnd - hash - 1 > 5) return null;
  let section: number | null = null;
  let after = serialEnd;
  if (text.charCodeAt(serialEnd) === 0x2f) {
    after = skipDigits(text, serialEnd + 1);
    if (after - serialEnd - 1 < 1 || after - serialEnd - 1 > 3) return null;
    section = numberAt(text, serialEnd + 1, after);
  }
  if (text.charCodeAt(after) !== 0x20) return null;
  const day = skipSpaces(text, after);
  if (skipDigits(text, day) !== day + 7) return null;
  return {
    station: text.slice(stationStart, stationEnd),
    serial: text.slice(hash + 1, serialEnd),
    section,
    julianDay: numberAt(text, day, day + 3),
    time: text.slice(day + 3, day + 7),
  };
}

/** The decimal number written in text[from, to) (ASCII digits). */
function numberAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index++) value = value * 10 + text.charCodeAt(index) - 0x30;
  return value;
}

export type ZnWarning = 'UUUUU' | 'CCCCC' | 'SSSSS' | 'EEEEE';

/** ZN_LINE: `ZNY CCCCC ZZH` → `CCCCC`, or null. */
export function readZnWarning(text: string): ZnWarning | null {
  if (text.charCodeAt(0) !== 0x5a || text.charCodeAt(1) !== 0x4e) return null;
  const third = text.charCodeAt(2);
  if ((third !== 0x52 && third !== 0x59) || text.charCodeAt(3) !== 0x20) return null;
  const at = skipSpaces(text, 4);
  const letter = text.charCodeAt(at);
  for (let index = at + 1; index < at + 5; index++) if (text.charCodeAt(index) !== letter) return null;
  if (isCapital(text.charCodeAt(at + 5))) return null;
  switch (letter) {
    case 0x55:
      return 'UUUUU';
    case 0x43:
      return 'CCCCC';
    case 0x53:
      return 'SSSSS';
    case 0x45:
      return 'EEEEE';
    default:
      return null;
  }
}

/**
 * Where the value of a labelled line starts (`FM +(\S.*)$`, `TO +(\S.*)$`, `INFO +(\S.*)$` with the
 * label `labelLength` long and already checked), or -1: spaces after the label, then a character
 * that is not white space, and no line terminator up to the end (`.` and `$` without the m flag).
 */
export function labelledValueStart(text: string, labelLength: number): number {
  if (text.charCodeAt(labelLength) !== 0x20) return -1;
  const value = skipSpaces(text, labelLength);
  if (value >= text.length || isWhiteSpace(text.charCodeAt(value))) return -1;
  for (let index = value; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) return -1;
  }
  return value;
}

/**
 * OFFICE_CODES_LINE after its label (`ACTION`, `INFO`, `ORIGIN`, `labelLength` long and already
 * checked): spaces, then a code `[A-Z][A-Z0-9]{0,6}-[0-9]{2}` not followed by a digit.
 */
export function isOfficeCodesAfter(text: string, labelLength: number): boolean {
  // Every read stays inside the text (a read past the end returned NaN and deoptimised this function).
  const length = text.length;
  if (labelLength >= length || text.charCodeAt(labelLength) !== 0x20) return false;
  let code = labelLength + 1;
  while (code < length && text.charCodeAt(code) === 0x20) code++;
  if (code >= length || !isCapital(text.charCodeAt(code))) return false;
  let end = code + 1;
  while (end < length && (isCapital(text.charCodeAt(end)) || isDigit(text.charCodeAt(end)))) end++;
  // `-` and two digits, then the end or a character that is not a digit.
  if (end - code > 7 || end + 2 >= length || text.charCodeAt(end) !== 0x2d) return false;
  return (
    isDigit(text.charCodeAt(end + 1)) && isDigit(text.charCodeAt(end + 2)) && (end + 3 === length || !isDigit(text.charCodeAt(end + 3)))
  );
}
