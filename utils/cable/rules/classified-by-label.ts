// The `Classified By:` label at the start of a line, read by hand: CLASSIFIED_BY_LINE is tried on
// every body line until a statement is seen, and on each candidate front line.
import { isAsciiLetter } from '../char-codes';
import { restIsOneLine } from '../front-labels';

/** `CLASSIFIED` in any ASCII case at text[at…] (what the /i pattern accepts: no Unicode folding). */
function classifiedAt(text: string, at: number): boolean {
  const word = 'CLASSIFIED';
  if (at + word.length > text.length) return false;
  for (let index = 0; index < word.length; index++) {
    const code = text.charCodeAt(at + index);
    if (!isAsciiLetter(code) || (code & 0xdf) !== word.charCodeAt(index)) return false;
  }
  return true;
}

/**
 * Where the label part of CLASSIFIED_BY_LINE ends (`(U) Classified By: ` → the offset of the
 * statement, its group 1), or -1 when the pattern does not match. Each optional part is followed by a
 * character it cannot take, so the greedy reading is the regex's only one.
 */
export function classifiedByValueAt(text: string): number {
  const at = labelEnd(text);
  if (at === -1) return -1;
  return restIsOneLine(text, at) ? at : -1;
}

/**
 * Whether `text` starts with the label part of CLASSIFIED_BY_LINE (`(U) Classified By:`), whatever
 * follows: true for every line CLASSIFIED_BY_LINE matches, and for each of their prefixes that
 * still holds the whole label.
 */
export function startsWithClassifiedBy(text: string): boolean {
  return labelEnd(text) !== -1;
}

/** Where the label ends (the statement's offset), or -1. */
function labelEnd(text: string): number {
  let at = 0;
  // `(?:\([A-Za-z/]{1,10}\) *)?`: a marking only if CLASSIFIED follows it (it cannot start with `(`).
  if (text.charCodeAt(0) === 0x28) {
    let end = 1;
    while (end <= 11 && end < text.length && (isAsciiLetter(text.charCodeAt(end)) || text.charCodeAt(end) === 0x2f)) end++;
    if (end === 1 || end > 11 || text.charCodeAt(end) !== 0x29) return -1;
    at = end + 1;
    while (text.charCodeAt(at) === 0x20) at++;
  }
  if (!classifiedAt(text, at)) return -1;
  at += 10;
  // ` +BY(?![A-Za-z])`
  if (text.charCodeAt(at) !== 0x20) return -1;
  while (text.charCodeAt(at) === 0x20) at++;
  if ((text.charCodeAt(at) | 0x20) !== 0x62 || (text.charCodeAt(at + 1) | 0x20) !== 0x79) return -1;
  if (at + 2 < text.length && isAsciiLetter(text.charCodeAt(at + 2))) return -1;
  at += 2;
  // ` *:? *(.*)$`
  while (text.charCodeAt(at) === 0x20) at++;
  if (text.charCodeAt(at) === 0x3a) at++;
  while (text.charCodeAt(at) === 0x20) at++;
  return at;
}

/** CLASSIFIED_BY_LINE.test(text). */
export function isClassifiedByLine(text: string): boolean {
  return classifiedByValueAt(text) !== -1;
}
