// The number that opens a numbered paragraph (`1. (C) …`, `10.  (SBU) …`, `12) …`, `3.With …`), read
// character by character: exactly what NUMBERED_PARAGRAPH matches, without a match array per line.
import { isDigit } from './char-codes';

const DOT = 0x2e;
const CLOSING_PARENTHESIS = 0x29;

/**
 * Length of NUMBERED_PARAGRAPH's match at the start of `text` (`[0-9]{1,3}[.)]`, followed by a space,
 * `(`, the end, or an upper-case letter and a lower-case one), or 0 when it does not match.
 */
export function numberedParagraphLength(text: string): number {
  let digits = 0;
  let code = text.charCodeAt(0);
  // A fourth digit means no match: `[0-9]{1,3}` would have to be followed by `.` or `)`.
  while (digits < 4 && isDigit(code)) code = text.charCodeAt(++digits);
  if (digits === 0 || digits > 3 || (code !== DOT && code !== CLOSING_PARENTHESIS)) return 0;
  const length = digits + 1;
  if (length === text.length) return length;
  const next = text.charCodeAt(length);
  if (next === 0x20 || next === 0x28) return length;
  if (next >= 0x41 && next <= 0x5a) {
    const second = text.charCodeAt(length + 1);
    if (second >= 0x61 && second <= 0x7a) return length;
  }
  return 0;
}

/** The paragraph number in the first `length - 1` characters (all digits) of `text`. */
export function paragraphNumber(text: string, length: number): number {
  let number = 0;
  for (let index = 0; index < length - 1; index++) number = number * 10 + text.charCodeAt(index) - 0x30;
  return number;
}
