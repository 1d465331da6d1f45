// Captions (SIPDIS, NOFORN, SENSITIVE, NODIS, EXDIS, LIMDIS, STADIS, CORRECTED COPY …) and passing
// lines (`STATE FOR SCA/CEN, DRL, INL/AAE`, `DEPT PASS USTDA`) between classification line and E.O.
import { readLevelPrefix } from '../classification';
import { eoInsideAt } from '../front-labels';
import type { CaptionNode, PassingLineNode } from '../model';
import { lineSpan, type ParseState } from '../parse-state';
import { mayStartClassification } from './classification-line';
import { pushDeclassificationText } from './declassification';
import { isFrontMatterStart } from './front-matter-start';

const CAPTION_WORDS = new Set([
  'SIPDIS',
  'NOFORN',
  'SENSITIVE',
  'NODIS',
  'EXDIS',
  'LIMDIS',
  'STADIS',
  'ROGER',
  'CHANNEL',
  'EFTO',
  'NOCONTRACT',
  'PROPIN',
  'ORCON',
  'SPECAT',
  'DISSENT',
  'CHEROKEE',
  'CXKABUL',
  'DS',
  'CLASSIFIED',
  'USE',
  'ONLY',
  'FOR',
  'OFFICIAL',
  'BUT',
  'UNCLASSIFIED',
  'NF',
  'FOUO',
  'SBU',
  'DIRGEN',
  'MED',
  'AGREMENT',
  'EXCLUSIVE',
]);
// Words that make a caption line on their own; the others only with them.
const CORE_CAPTIONS = new Set([
  'SIPDIS',
  'NOFORN',
  'SENSITIVE',
  'NODIS',
  'EXDIS',
  'LIMDIS',
  'STADIS',
  'EFTO',
  'ROGER',
  'NOCONTRACT',
  'ORCON',
  'PROPIN',
  'SPECAT',
  'CXKABUL',
]);

/** Folds `N O F O R N` → `NOFORN` and upper-cases. */
function squeezeSpaced(text: string): string {
  return /^(?:[A-Za-z] )+[A-Za-z]$/.test(text) ? text.replace(/ /g, '').toUpperCase() : text.toUpperCase();
}

// Words a classification level or CORRECTED COPY can begin with (letters may be spaced out).
const LEADING_WORDS = ['TOP', 'UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'LIMITED', 'CORRECTED'];

// Every first word mayBeCaptionLine accepts: a caption word or the start of a leading word, grouped
// by length so a line's first word is compared in place (no upper-cased copy per line).
const FIRST_WORDS_BY_LENGTH: string[][] = [];
for (const word of new Set([...CAPTION_WORDS, ...LEADING_WORDS.flatMap((word) => [...word].map((_, end) => word.slice(0, end + 1)))])) {
  const sameLength = FIRST_WORDS_BY_LENGTH[word.length] ?? [];
  sameLength.push(word);
  FIRST_WORDS_BY_LENGTH[word.length] = sameLength;
}

/** Whether text[0, end) (ASCII) upper-cases to one of the first words. */
function isFirstWord(text: string, end: number): boolean {
  const candidates = FIRST_WORDS_BY_LENGTH[end];
  if (candidates === undefined) return false;
  for (const word of candidates) if (equalsUpperCased(text, word)) return true;
  return false;
}

/** text[0, word.length) upper-cased (ASCII letters only) equals `word`. */
function equalsUpperCased(text: string, word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 0x61 && code <= 0x7a ? code - 0x20 : code) !== word.charCodeAt(index)) return false;
  }
  return true;
}

/**
 * Cheap exact pre-check (hot: tried on every wrapped front-matter line): a caption line's first word
 * is a caption word, a single (spaced) letter, or the start of a level or of CORRECTED COPY.
 */
function mayBeCaptionLine(text: string): boolean {
  // The first word ends at the first separator of the split below (ASCII \s, /, ',', ;, .).
  let end = 0;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    // Non-ASCII (other spaces, letters that upper-case to ASCII): leave it to the full check.
    if (code >= 0x80) return true;
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x2f || code === 0x2c || code === 0x3b || code === 0x2e) break;
  }
  if (end === 0) return true;
  // A one-character first word only starts spaced letters (`N O F O R N`, `C O N F I D E N T I A L`);
  // `1. …` and `(…` never make a caption line (no caption word has one character).
  if (end === 1) {
    const first = text.charCodeAt(0) | 0x20;
    return first >= 0x61 && first <= 0x7a;
  }
  return isFirstWord(text, end);
}

/** Caption words, bucketed by length for in-place comparison. */
const CAPTION_WORDS_BY_LENGTH: string[][] = [];
for (const word of CAPTION_WORDS) {
  const sameLength = CAPTION_WORDS_BY_LENGTH[word.length] ?? [];
  sameLength.push(word);
  CAPTION_WORDS_BY_LENGTH[word.length] = sameLength;
}

/** The caption word that text[from, to) (ASCII) upper-cases to, or null. */
function captionWordAt(text: string, from: number, to: number): string | null {
  const candidates = CAPTION_WORDS_BY_LENGTH[to - from];
  if (candidates === undefined) return null;
  for (const word of candidates) {
    let index = 0;
    for (; index < word.length; index++) {
      const code = text.charCodeAt(from + index);
      if ((code >= 0x61 && code <= 0x7a ? code - 0x20 : code) !== word.charCodeAt(index)) break;
    }
    if (index === word.length) return word;
  }
  return null;
}

/** The separators of the word split, ASCII part: \s, `/`, `,`, `;`, `.`. */
function isWordSeparator(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x2f || code === 0x2c || code === 0x3b || code === 0x2e;
}

/** Lines readPlainCaptions cannot read: spaced letters, CORRECTED COPY, a level word first. */
function needsFullReading(text: string): boolean {
  const first = text.charCodeAt(0) | 0x20;
  return text.charCodeAt(1) === 0x20 || (first === 0x63 && (text.charCodeAt(1) | 0x20) === 0x6f) || mayStartClassification(text);
}

/** A word-by-word caption line with at most this many words. */
const MAX_CAPTION_WORDS = 6;

/**
 * readCaptions for the common case (hot: most front-matter and boundary lines), read in place: an
 * ASCII line not covered by needsFullReading is a caption line when every word (at most six) is a
 * caption word and one is a core caption. Non-ASCII text is handed to readCaptionsFully.
 */
function readPlainCaptions(text: string): string[] | null {
  let words = 0;
  let captions: string[] | null = null;
  // `SENSITIVE BUT UNCLASSIFIED` is the one phrase read as a whole.
  let sensitiveButUnclassified = true;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code >= 0x80) return readCaptionsFully(text);
    if (isWordSeparator(code)) {
      index++;
      continue;
    }
    let end = index + 1;
    for (; end < text.length; end++) {
      const next = text.charCodeAt(end);
      if (next >= 0x80) return readCaptionsFully(text);
      if (isWordSeparator(next)) break;
    }
    const word = words < MAX_CAPTION_WORDS ? captionWordAt(text, index, end) : null;
    if (word === null) return null;
    if (sensitiveButUnclassified && word !== SENSITIVE_BUT_UNCLASSIFIED[words]) sensitiveButUnclassified = false;
    words++;
    if (CORE_CAPTIONS.has(word) || word === 'NF') {
      if (captions === null) captions = [];
      captions.push(word === 'NF' ? 'NOFORN' : word);
    }
    index = end;
  }
  if (captions === null) return null;
  return sensitiveButUnclassified && words === 3 ? ['SENSITIVE'] : captions;
}

const SENSITIVE_BUT_UNCLASSIFIED = ['SENSITIVE', 'BUT', 'UNCLASSIFIED'];

/** Longest caption line (longer lines are prose). */
const MAX_CAPTION_LINE = 80;

// For each pair of first letters (folded to lower case, a–z × a–z) the lengths of the first words
// that start with it, as bits: the common "no" of mayStartCaptionLine is two table reads.
const FIRST_WORD_LENGTHS_BY_PAIR = new Uint32Array(26 * 26);
// Letters a first word starts with: a spaced line (`N O F O R N`) must start with one.
const FIRST_WORD_INITIALS = new Uint8Array(26);
for (const sameLength of FIRST_WORDS_BY_LENGTH) {
  for (const word of sameLength ?? []) {
    const initial = (word.charCodeAt(0) | 0x20) - 0x61;
    FIRST_WORD_INITIALS[initial] = 1;
    if (word.length < 2) continue;
    const pair = initial * 26 + (word.charCodeAt(1) | 0x20) - 0x61;
    FIRST_WORD_LENGTHS_BY_PAIR[pair] = (FIRST_WORD_LENGTHS_BY_PAIR[pair] ?? 0) | (1 << word.length);
  }
}

/** The ASCII letter `code` as 0–25 (either case), or -1. */
function letterIndex(code: number): number {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a ? lower - 0x61 : -1;
}

/**
 * Exact cheap pre-check of readCaptions (hot: every wrapped front-matter line and address line asks):
 * false only for lines readCaptions rejects. A caption line's first word is one of the first words
 * (a caption word, or the start of a level or of CORRECTED COPY), or a single letter of a spaced
 * line; non-ASCII text and a leading separator are left to the full reading.
 */
export function mayStartCaptionLine(text: string): boolean {
  const length = text.length;
  if (length < 2 || length > MAX_CAPTION_LINE) return false;
  const first = text.charCodeAt(0);
  if (first >= 0x80 || isWordSeparator(first)) return true;
  const initial = letterIndex(first);
  if (initial === -1) return false;
  const second = text.charCodeAt(1);
  if (second >= 0x80) return true;
  // Spaced letters (`N O F O R N`, `S E C R E T`) are read only when the second character is a space.
  if (second === 0x20) return FIRST_WORD_INITIALS[initial] === 1;
  const next = letterIndex(second);
  if (next === -1) return false;
  const lengths = FIRST_WORD_LENGTHS_BY_PAIR[initial * 26 + next] ?? 0;
  if (lengths === 0) return false;
  let end = 2;
  for (; end < length; end++) {
    const code = text.charCodeAt(end);
    if (code >= 0x80) return true;
    if (isWordSeparator(code)) break;
  }
  return end < 32 && ((lengths >>> end) & 1) === 1;
}

/** Caption names on a line, or null when the line is not a caption line. */
export function readCaptions(text: string): string[] | null {
  if (!mayStartCaptionLine(text)) return null;
  if (!needsFullReading(text)) return readPlainCaptions(text);
  return mayBeCaptionLine(text) ? readCaptionsFully(text) : null;
}

/** The general reading: Unicode upper-casing, spaced letters, levels, CORRECTED COPY. */
function readCaptionsFully(text: string): string[] | null {
  const upper = squeezeSpaced(text);
  if (/^C ?O ?R ?R ?E ?C ?T ?E ?D +C ?O ?P ?Y/.test(upper)) return ['CORRECTED COPY'];
  // `SECRET//NOFORN`, `SECRET NOFORN` under the classification line: keep the caveats only.
  const level = mayStartClassification(upper) ? readLevelPrefix(upper) : null;
  const body = level === null ? upper : upper.slice(level.length);
  const words = body.split(/[\s/,;.]+/).filter((word) => word !== '');
  if (words.length === 0 || words.length > 6) return null;
  if (!words.every((word) => CAPTION_WORDS.has(word)) || !words.some((word) => CORE_CAPTIONS.has(word) || word === 'NF')) return null;
  const joined = words.join(' ');
  if (joined === 'SENSITIVE BUT UNCLASSIFIED') return ['SENSITIVE'];
  return words.filter((word) => CORE_CAPTIONS.has(word) || word === 'NF').map((word) => (word === 'NF' ? 'NOFORN' : word));
}

export function captionRule(state: ParseState): boolean {
  const line = state.lines[state.pos];
  if (line === undefined) return false;
  const captions = readCaptions(line.text);
  if (captions === null) return false;
  const node: CaptionNode = { kind: 'caption', span: lineSpan(state.lines, state.pos, state.pos + 1), captions };
  state.nodes.push(node);
  state.pos++;
  return true;
}

// `STATE FOR …`, `DEPT PASS …`, `USEU FOR …`, `PLEASE PASS …`, `INFORM CONSULS`, `FOR ALL CABLE DRAFTERS`.
export const PASSING =
  /^(?:[A-Z][A-Z/&.-]{1,15}(?: [A-Z][A-Z/&.-]{1,15}){0,3} (?:FOR|PASS|ALSO PASS|PLEASE PASS)(?![A-Z])|PLEASE PASS|PASS TO|INFORM |FOR ALL |ALSO FOR |DEPT PASS|FOR [A-Z/]{2,})/;

export function passingLineRule(state: ParseState): boolean {
  if (state.sawEo) return false;
  const line = state.lines[state.pos];
  if (line === undefined || line.text.length > 120) return false;
  // Every PASSING alternative starts with an upper-case ASCII letter and holds FOR or PASS (INFORM
  // holds FOR too): two native searches settle the E.O., TAGS and SUBJECT lines before the pattern.
  const first = line.text.charCodeAt(0);
  if (first < 0x41 || first > 0x5a) return false;
  if ((line.text.indexOf('FOR') === -1 && line.text.indexOf('PASS') === -1) || !PASSING.test(line.text)) return false;
  // `DEPT FOR NEA/MAG AND DRL E.O. 12958: DECL: 3/13/2018` (08TRIPOLI220): the E.O. part gets its own nodes.
  const eoAt = eoInsideAt(line.text);
  if (eoAt > 0) {
    const eoStart = line.textStart + eoAt + 1;
    state.nodes.push({ kind: 'passingLine', span: { start: line.start, end: eoStart }, text: line.text.slice(0, eoAt).trim() });
    state.pos++;
    return pushDeclassificationText(state, line.text.slice(eoAt + 1), eoStart, { start: eoStart, end: line.next });
  }
  // Wrapped passing lines (`NSC FOR … B.` / `PITTMAN AND B. LEO; …`) continue until a blank line.
  let end = state.pos + 1;
  const texts = [line.text];
  while (end < state.limit && end - state.pos < 4) {
    const next = state.lines[end];
    if (next === undefined || next.kind !== 'text' || next.text.length > 120 || isFrontMatterStart(next.text)) break;
    texts.push(next.text);
    end++;
  }
  const node: PassingLineNode = { kind: 'passingLine', span: lineSpan(state.lines, state.pos, end), text: texts.join(' ') };
  state.nodes.push(node);
  state.pos = end;
  return true;
}
