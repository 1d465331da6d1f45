// The labels that open front-matter lines (E.O., TAGS, SUBJECT, REF), read by hand: each reader
// answers exactly as its pattern in line-kinds.ts (EO_LINE, TAGS_LINE, SUBJECT_LINE, REF_LINE) and
// gives the offsets of its groups. Every optional part of those patterns is followed by a character
// it cannot take, so the greedy reading is the only one.
import { isAsciiLetter, isDigit } from './char-codes';

/** text[at…] starts with the upper-case ASCII `word` in any ASCII case (what a /i pattern accepts). */
export function startsWithWord(text: string, at: number, word: string): boolean {
  // No read past the end: the character helpers only ever see code units (never NaN).
  if (at + word.length > text.length) return false;
  for (let index = 0; index < word.length; index++) {
    const code = text.charCodeAt(at + index);
    if (!isAsciiLetter(code) || (code & 0xdf) !== word.charCodeAt(index)) return false;
  }
  return true;
}

/** `(.*)$` from `at`: no character `.` refuses (a line terminator) in the rest of the text. */
export function restIsOneLine(text: string, at: number): boolean {
  // Native searches: a lexed line never holds \n or \r, and rarely U+2028/U+2029.
  return (
    text.indexOf('\n', at) === -1 && text.indexOf('\r', at) === -1 && text.indexOf('\u2028', at) === -1 && text.indexOf('\u2029', at) === -1
  );
}

/** ` *[:.]? *` from `at` (or ` *:? *` when `dotToo` is false): where the value starts. */
function skipSeparator(text: string, at: number, dotToo: boolean): number {
  let index = at;
  while (text.charCodeAt(index) === 0x20) index++;
  const code = text.charCodeAt(index);
  if (code === 0x3a || (dotToo && code === 0x2e)) index++;
  while (text.charCodeAt(index) === 0x20) index++;
  return index;
}

/** `E\.? ?[O0]\.? ?1[123][0-9]{3}` (any ASCII case) at text[at…]: the offset of its number, or -1. */
function eoNumberAt(text: string, at: number): number {
  if ((text.charCodeAt(at) | 0x20) !== 0x65) return -1;
  let index = at + 1;
  if (text.charCodeAt(index) === 0x2e) index++;
  if (text.charCodeAt(index) === 0x20) index++;
  const o = text.charCodeAt(index);
  if (o !== 0x4f && o !== 0x6f && o !== 0x30) return -1;
  index++;
  if (text.charCodeAt(index) === 0x2e) index++;
  if (text.charCodeAt(index) === 0x20) index++;
  if (index + 5 > text.length) return -1;
  const second = text.charCodeAt(index + 1);
  if (text.charCodeAt(index) !== 0x31 || second < 0x31 || second > 0x33) return -1;
  if (!isDigit(text.charCodeAt(index + 2)) || !isDigit(text.charCodeAt(index + 3)) || !isDigit(text.charCodeAt(index + 4))) return -1;
  return index;
}

/** Offset of the order number (`12958`, EO_LINE's group 1) of an E.O. line, or -1 when EO_LINE does not match. */
export function eoOrderAt(text: string): number {
  const at = eoNumberAt(text, 0);
  return at !== -1 && restIsOneLine(text, at + 5) ? at : -1;
}

/**
 * An E.O. part inside a line (`… STATE 000284 SIPDIS E.O. 12958: …`): the offset of the space before
 * it, or -1; what `text.search(/ E\.? ?[O0]\.? ?1[123][0-9]{3}/i)` gives.
 */
export function eoInsideAt(text: string): number {
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) if (eoNumberAt(text, at + 1) !== -1) return at;
  return -1;
}

/** Offset of EO_LINE's group 2 (the text after the order number), given eoOrderAt's answer. */
export function eoValueAt(text: string, orderAt: number): number {
  return skipSeparator(text, orderAt + 5, false);
}

/** Offset of TAGS_LINE's value (group 1 or 2), or -1 when TAGS_LINE does not match. */
export function tagsValueAt(text: string): number {
  // `(?:TAGS|TAGE|TAGSS) *:? *` (TAGSS is TAGS followed by text that starts with S).
  if (startsWithWord(text, 0, 'TAGS') || startsWithWord(text, 0, 'TAGE'))
    return restIsOneLine(text, 4) ? skipSeparator(text, 4, false) : -1;
  // `(?:TAG|TAS|TGS) *: *`: the colon is required.
  if (!startsWithWord(text, 0, 'TAG') && !startsWithWord(text, 0, 'TAS') && !startsWithWord(text, 0, 'TGS')) return -1;
  let at = 3;
  while (text.charCodeAt(at) === 0x20) at++;
  if (text.charCodeAt(at) !== 0x3a) return -1;
  return restIsOneLine(text, at) ? skipSeparator(text, at, false) : -1;
}

/** Offset of SUBJECT_LINE's value (group 1), or -1 when SUBJECT_LINE does not match. */
export function subjectValueAt(text: string): number {
  if (!startsWithWord(text, 0, 'SUBJ')) return -1;
  const label = startsWithWord(text, 4, 'ECT') ? 7 : 4;
  return restIsOneLine(text, label) ? skipSeparator(text, label, true) : -1;
}

/** Offset of REF_LINE's value (group 1), or -1 when REF_LINE does not match. */
export function refValueAt(text: string): number {
  let label: number;
  // The first alternative, `REFS?`, takes every line that starts with REF (the rest of the pattern
  // accepts anything): `REFTEL: …` gives `TEL: …` as the pattern does.
  if (startsWithWord(text, 0, 'REF')) label = startsWithWord(text, 3, 'S') ? 4 : 3;
  else if (startsWithWord(text, 0, 'PROGRAM') && text.charCodeAt(7) === 0x20 && startsWithWord(text, 8, 'REF')) label = 11;
  else return -1;
  return restIsOneLine(text, label) ? skipSeparator(text, label, true) : -1;
}
