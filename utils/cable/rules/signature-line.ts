// Finding the signature before parsing the body: the last meaningful line when it looks like a name
// (`HOAGLAND`, `Edelman`, `KEEGAN PAAL`), else an all-caps name glued to the end of that line's last
// sentence, else the first all-caps name line after the last numbered paragraph.
import { readCaptions } from './captions';
import { isBanner } from './paragraph';
import { isDigit } from '../char-codes';
import type { CableLine } from '../lex';
import { END_OF_MESSAGE } from '../line-kinds';
import type { SignatureNode, Span } from '../model';
import { numberedParagraphLength } from '../paragraph-number';

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

// NAME_LINE's longest match: a particle and its space (4), a first word (21), two more words (22 each).
const MAX_NAME = 69;
// A name line may carry the record date after it (` 2005-05-06`).
const MAX_NAME_LINE = MAX_NAME + 11;

function isName(text: string): boolean {
  return text.length <= MAX_NAME && NAME_LINE.test(text) && !isNotName(text) && readCaptions(text) === null && !isBanner(text);
}

// The longest of NOT_NAMES (`ACTION REQUEST`) and a trailing `.` or `:`.
const MAX_NOT_NAME = 15;

/** NOT_NAMES.has(text.toUpperCase().replace(/[.:]$/, '')), without the copies for a longer text. */
function isNotName(text: string): boolean {
  if (text.length > MAX_NOT_NAME) return false;
  const last = text.charCodeAt(text.length - 1);
  const word = last === 0x2e || last === 0x3a ? text.slice(0, -1) : text;
  return NOT_NAMES.has(word.toUpperCase());
}

// The 2011-04 viewer ends some texts with a lone `...` after the signature (09LONDON2326).
export const ELLIPSIS_LINE = /^(?:\.{3,}|…)$/;
// A post's trailer after the signature, often wrapped inside its address (10ANKARA126):
// `"Visit Ankara's Classified Web Site at http://www.intelink.s` / `gov.gov/wiki/Portal:Turkey"`.
export const TRAILER_LINE =
  /^"?Visit [A-Z][A-Za-z.' -]{0,40}Classified Web ?[Ss]ite|^"?(?:https?:\/\/|www\.)\S*$|^[a-z0-9.-]{1,40}\.(?:gov|mil|com|org)\/\S*$/;

// PlusD's own trailer (`*** Current Handling Restrictions ***   n/a`, `***  Current Classification ***`)
// and the transmission garbage before it (`NMAFVVZCZ`, 1973STATE097844).
export const PLUSD_TRAILER_LINE = /^\*{3} *Current (?:Handling Restrictions|Classification) *\*{3}|^[A-Z]{0,8}VZCZ[A-Z]{0,4}$/;

/** Page furniture after the signature: prosigns, an ellipsis, a post's or PlusD's trailer, a banner. */
export function isNoise(line: CableLine): boolean {
  if (line.kind !== 'text') return true;
  const text = line.text;
  // Each pattern can only start with a few characters: those are tested before it runs.
  const first = text.charCodeAt(0);
  if ((first === 0x4e || first === 0x42) && END_OF_MESSAGE.test(text)) return true;
  if ((first === 0x2e || first === 0x2026) && ELLIPSIS_LINE.test(text)) return true;
  if (mayStartTrailer(first) && TRAILER_LINE.test(text)) return true;
  if ((first === 0x2a || (first >= 0x41 && first <= 0x5a)) && PLUSD_TRAILER_LINE.test(text)) return true;
  return isBanner(text);
}

/** TRAILER_LINE starts with `"`, `V(isit)`, a lower-case letter (`http`, `www.`, a host name), a digit, `.` or `-`. */
function mayStartTrailer(first: number): boolean {
  return first === 0x22 || first === 0x56 || (first >= 0x61 && first <= 0x7a) || isDigit(first) || first === 0x2e || first === 0x2d;
}

// `… MINISTER FOREIGN AFFAIRS.    PORTER`, `… indentified at Post. SCOBEY`: one all-caps name after
// sentence-final punctuation. The word before the stop has 2+ characters and no dot, so `A. M. TUESDAY`
// and `the U.S. GOVERNMENT` are not read as signatures. A post's asterisk-framed trailer may stand
// between the text and the name (`… SIPRNET website. ****** JONES`, 07TELAVIV3258).
const GLUED_NAME = /(?:[^\s.]{2}[.!?]["')]?|\*{3})\s+([A-Z][A-Z'-]*[A-Z])$/;
// The 2010-11 viewer runs each paragraph into one long line; there a name in title case can close the
// last one (`… integrated into Europe. Edelman`, 04ANKARA348). Only on such long lines: in a wrapped
// text a short last line is a name line and is read as one.
const GLUED_TITLE_CASE_NAME = /[^\s.]{2}[.!?]["')]?\s+([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)$/;
const LONG_LINE = 240;
// The 2010-11 viewer also puts the record's date after the signature (`DANILOVICH 2005-05-06`,
// 05BRASILIA1207): page furniture, kept in the signature's span but not in its name.
export const RECORD_DATE_AFTER_NAME = / [0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/** A signature line's name: its text without the record date the 2010-11 viewer appends. */
function signatureName(text: string): string {
  return endsWithRecordDate(text) ? text.slice(0, -11) : text;
}

/** RECORD_DATE_AFTER_NAME (`/ [0-9]{4}-[0-9]{2}-[0-9]{2}$/`) read off the last eleven characters, on a line of any length. */
export function endsWithRecordDate(text: string): boolean {
  const at = text.length - 11;
  if (at < 0 || text.charCodeAt(at) !== 0x20 || text.charCodeAt(at + 5) !== 0x2d || text.charCodeAt(at + 8) !== 0x2d) return false;
  for (const offset of DATE_DIGITS) if (!isDigit(text.charCodeAt(at + offset))) return false;
  return true;
}

// Offsets of the digits in ` YYYY-MM-DD`.
const DATE_DIGITS = [1, 2, 3, 4, 6, 7, 9, 10];

/** The signature node for `text` (the signature's source text) at `span`. */
export function signatureNode(span: Span, text: string): SignatureNode {
  return { kind: 'signature', span, text: signatureName(text) };
}
// A name is short: only the line's tail is searched, so a one-line cable of any length stays linear.
const GLUED_NAME_TAIL = 64;

/** Where the signature is: its line, and the input offset where a name glued to that line starts (-1: the whole line). */
export interface SignaturePlace {
  line: number;
  gluedAt: number;
}

const NO_SIGNATURE: SignaturePlace = { line: -1, gluedAt: -1 };

/** Offset in `text` of an all-caps name glued to the end of its last sentence, or -1. */
export function gluedNameAt(line: string): number {
  const text = signatureName(line);
  const tail = text.length > GLUED_NAME_TAIL ? text.slice(-GLUED_NAME_TAIL) : text;
  const name = GLUED_NAME.exec(tail)?.[1] ?? (line.length > LONG_LINE ? GLUED_TITLE_CASE_NAME.exec(tail)?.[1] : undefined);
  if (name === undefined || !isName(name) || END_OF_MESSAGE.test(name)) return -1;
  return text.length - name.length;
}

export function findSignature(lines: readonly CableLine[], bodyStart: number, end: number): SignaturePlace {
  let last = end - 1;
  while (last >= bodyStart && lines[last] !== undefined && isNoise(lines[last] as CableLine)) last--;
  const candidate = lines[last];
  if (last > bodyStart && candidate !== undefined) {
    if (isName(signatureName(candidate.text))) return { line: last, gluedAt: -1 };
    const at = gluedNameAt(candidate.text);
    if (at > 0) return { line: last, gluedAt: candidate.textStart + at };
  }
  const line = findSignatureAfterParagraphs(lines, bodyStart, end);
  return line === -1 ? NO_SIGNATURE : { line, gluedAt: -1 };
}

/** `[.!?"')]$` as a character test. */
function endsSentence(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x2e || last === 0x21 || last === 0x3f || last === 0x22 || last === 0x27 || last === 0x29;
}

/** The first all-caps name line after the last numbered paragraph (more text may follow it). */
function findSignatureAfterParagraphs(lines: readonly CableLine[], bodyStart: number, end: number): number {
  let lastNumbered = -1;
  // Searched from the end: the last numbered paragraph is the first one met.
  for (let index = end - 1; index >= bodyStart; index--) {
    const text = lines[index]?.text ?? '';
    // Digit first: skips the number test on almost every line. Blank lines have no first character
    // (a read past the end would deoptimize the loop).
    if (text.length === 0) continue;
    const first = text.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39 && numberedParagraphLength(text) !== 0) {
      lastNumbered = index;
      break;
    }
  }
  if (lastNumbered === -1) return -1;
  for (let index = lastNumbered + 1; index < end; index++) {
    const line = lines[index];
    const previous = lines[index - 1];
    if (line === undefined || previous === undefined || line.kind !== 'text') continue;
    // An all-caps name starts with an upper-case letter (a particle's lower-case one fails the
    // upper-case test) and is short: most text lines stop here, before any regex or copy.
    const first = line.text.charCodeAt(0);
    if (first < 0x41 || first > 0x5a || line.text.length > MAX_NAME_LINE) continue;
    if (previous.kind !== 'blank' && !endsSentence(previous.text)) continue;
    // The name pattern first: it rejects ordinary text lines before an upper-cased copy is made.
    const name = signatureName(line.text);
    if (NAME_LINE.test(name) && name === name.toUpperCase() && isName(name)) return index;
  }
  return -1;
}
