// Classification line: `UNCLAS SECTION 01 OF 02 ASTANA 000559`, spaced `C O N F I D E N T I A L`,
// `S E C R E T NOFORN`, case-mangled `C o n f i d e n t i a l`, or a bare banner `LIMITED OFFICIAL USE`.
import { isAsciiLetter, isDigit, isDigits } from '../char-codes';
import { type ClassificationPrefix, readLevelPrefix } from '../classification';
import { isStructuralLength } from '../line-kinds';
import type { ClassificationLineNode, Span } from '../model';

/**
 * Cheap exact prefilter (hot: tried on most short body lines): the first four letters, skipping
 * spaces, start a level (TOP SECRET, UNCLAS…, CONFIDENTIAL, SECRET, LIMITED…) in any case.
 */
export function mayStartClassification(text: string): boolean {
  switch (text.charCodeAt(0) | 0x20) {
    case 0x74:
      return lettersStartWith(text, 'tops');
    case 0x75:
      return lettersStartWith(text, 'uncl');
    case 0x63:
      return lettersStartWith(text, 'conf');
    case 0x73:
      return lettersStartWith(text, 'secr');
    case 0x6c:
      return lettersStartWith(text, 'limi');
    default:
      return false;
  }
}

/** Whether the letters of `text`, spaces skipped, start with `letters` (lower case), ignoring ASCII case. */
function lettersStartWith(text: string, letters: string): boolean {
  let at = 0;
  for (let index = 0; index < letters.length; index++) {
    while (text.charCodeAt(at) === 0x20) at++;
    if ((text.charCodeAt(at) | 0x20) !== letters.charCodeAt(index)) return false;
    at++;
  }
  return true;
}

// The same line is asked about by several rules (cable start, header end, front matter, banners):
// remember recent answers by text. Bounded: cleared when full. Each caller gets fresh objects.
const RECENT = new Map<string, ClassificationLineNode | null>();
const RECENT_LIMIT = 64;

// The last texts asked about: the same line is asked again by the next rules (header end, cable start,
// front matter, banners), so a few string compares (a pointer compare for the same line) come first.
const LAST_SIZE = 4;
const lastTexts: string[] = ['', '', '', ''];
const lastLines: Array<ClassificationLineNode | null> = [null, null, null, null];
let lastNext = 0;

/** The shared (never handed out) reading of `text`, or null. */
function readShared(text: string): ClassificationLineNode | null {
  for (let index = 0; index < LAST_SIZE; index++) if (lastTexts[index] === text) return lastLines[index] ?? null;
  const line = readSharedUncached(text);
  lastTexts[lastNext] = text;
  lastLines[lastNext] = line;
  lastNext = (lastNext + 1) % LAST_SIZE;
  return line;
}

function readSharedUncached(text: string): ClassificationLineNode | null {
  // The level is read first (cheap, no allocation when absent): `Secretary …`, `Conference …` and
  // the like never reach the cache, which would hash the whole line.
  if (!isStructuralLength(text) || !mayStartClassification(text)) return null;
  const prefix = readLevelPrefix(text);
  if (prefix === null) return null;
  let line = RECENT.get(text);
  if (line === undefined) {
    line = readUncached(text, prefix);
    if (RECENT.size >= RECENT_LIMIT) RECENT.clear();
    RECENT.set(text, line);
  }
  return line;
}

/** Whether `text` is a classification line (readClassificationLine(text) !== null, without building a node). */
export function isClassificationLine(text: string): boolean {
  return readShared(text) !== null;
}

/** Reads a classification line; null when the text is not one. */
export function readClassificationLine(text: string, span: Span): ClassificationLineNode | null {
  const line = readShared(text);
  if (line === null) return null;
  const { level, spaced, caveats, section, origin, serial } = line;
  return {
    kind: 'classificationLine',
    span,
    level,
    spaced,
    caveats: caveats.slice(),
    section: section === null ? null : { n: section.n, of: section.of },
    origin,
    serial,
  };
}

const NO_SPAN: Span = { start: 0, end: 0 };

// The words of the line after the level, as [start, end) offsets (no string per word): scratch
// space for one reading at a time. A structural line has at most 120 words.
const wordStarts = new Int32Array(128);
const wordEnds = new Int32Array(128);

function readUncached(text: string, prefix: ClassificationPrefix): ClassificationLineNode | null {
  const span = NO_SPAN;
  // Plain words must be upper case; only spaced letters may be case-mangled (Guardian texts).
  if (!prefix.spaced && hasLowerCaseLetter(text, prefix.length)) return null;
  const count = wordsFrom(text, prefix.length);
  if (count === -1) return readByTokens(text, prefix);
  let index = 0;
  const caveats: string[] = [];
  while (index < count) {
    const start = wordStarts[index] ?? 0;
    const end = wordEnds[index] ?? 0;
    if (isCaveatWord(text, start, end)) {
      caveats.push(text.slice(text.charCodeAt(start) === 0x2f ? start + 2 : start, end).toUpperCase());
      index++;
    } else if (end - start === 1 && (text.charCodeAt(start) | 0x20) === 0x65) {
      // `E F T O`: the next words joined (at most four, as many as there are).
      let joined = '';
      for (let next = index; next < index + 4 && next < count; next++) joined += wordAt(text, next);
      if (joined.toUpperCase() !== 'EFTO') break;
      caveats.push('EFTO');
      index += 4;
    } else break;
  }
  let section: { n: number; of: number } | null = null;
  if (index + 2 < count && wordIs(text, index, 'SECTION') && wordIs(text, index + 2, 'OF')) {
    const n = Number(wordAt(text, index + 1));
    const of = Number(index + 3 < count ? wordAt(text, index + 3) : undefined);
    if (Number.isInteger(n) && Number.isInteger(of)) {
      section = { n, of };
      index += 4;
    }
  }
  // Object literals, not `{ ...base, … }`: a spread plus added keys took the slow generic path.
  const { level, spaced } = prefix;
  const kind = 'classificationLine';
  const restLength = count - index;
  if (restLength <= 0) return section === null ? { kind, span, level, spaced, caveats, section, origin: null, serial: null } : null;
  const serialStart = wordStarts[count - 1] ?? 0;
  const serialEnd = wordEnds[count - 1] ?? 0;
  // Some 1970s lines put the year before the origin: `C O N F I D E N T I A L 75 LIBREVILLE 1895`.
  const originFrom = isDigitsIn(text, wordStarts[index] ?? 0, wordEnds[index] ?? 0, 2, 2) && restLength > 2 ? index + 1 : index;
  const originCount = count - 1 - originFrom;
  if (!isDigitsIn(text, serialStart, serialEnd, 2, 8) || originCount <= 0 || originCount > 4) return null;
  let singleSpaced = true;
  for (let next = originFrom; next < count - 1; next++) {
    if (!isOriginWord(text, wordStarts[next] ?? 0, wordEnds[next] ?? 0)) return null;
    if (
      next > originFrom &&
      ((wordStarts[next] ?? 0) !== (wordEnds[next - 1] ?? 0) + 1 || text.charCodeAt(wordEnds[next - 1] ?? 0) !== 0x20)
    )
      singleSpaced = false;
  }
  let origin: string;
  if (singleSpaced) origin = text.slice(wordStarts[originFrom] ?? 0, wordEnds[count - 2] ?? 0);
  else {
    origin = '';
    for (let next = originFrom; next < count - 1; next++) origin = origin === '' ? wordAt(text, next) : `${origin} ${wordAt(text, next)}`;
  }
  return { kind, span, level, spaced, caveats, section, origin: origin.toUpperCase(), serial: text.slice(serialStart, serialEnd) };
}

/** Splits text[from…] on runs of spaces and tabs into wordStarts/wordEnds; the count, or -1 past their room. */
function wordsFrom(text: string, from: number): number {
  // Without tabs (the usual line) each word ends at the next space: native searches do the reading.
  if (text.indexOf('\t', from) !== -1) return wordsFromByCode(text, from);
  let count = 0;
  let index = from;
  while (index < text.length) {
    if (text.charCodeAt(index) === 0x20) {
      index++;
      continue;
    }
    let end = text.indexOf(' ', index + 1);
    if (end === -1) end = text.length;
    if (count === wordStarts.length) return -1;
    wordStarts[count] = index;
    wordEnds[count] = end;
    count++;
    index = end;
  }
  return count;
}

/** wordsFrom by code unit (lines with tabs). */
function wordsFromByCode(text: string, from: number): number {
  let count = 0;
  let index = from;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x20 || code === 0x09) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < text.length && text.charCodeAt(end) !== 0x20 && text.charCodeAt(end) !== 0x09) end++;
    if (count === wordStarts.length) return -1;
    wordStarts[count] = index;
    wordEnds[count] = end;
    count++;
    index = end;
  }
  return count;
}

/** The word at `index` (see wordsFrom). */
function wordAt(text: string, index: number): string {
  return text.slice(wordStarts[index] ?? 0, wordEnds[index] ?? 0);
}

/** The word at `index` equals the upper-case ASCII `word` in any ASCII case. */
function wordIs(text: string, index: number, word: string): boolean {
  const start = wordStarts[index] ?? 0;
  return (wordEnds[index] ?? 0) - start === word.length && equalsIgnoringCaseAt(text, start, word);
}

/** text[from, to) is min–max ASCII digits. */
function isDigitsIn(text: string, from: number, to: number, min: number, max: number): boolean {
  if (to - from < min || to - from > max) return false;
  for (let index = from; index < to; index++) if (!isDigit(text.charCodeAt(index))) return false;
  return true;
}

/**
 * The reading of a classification line with one string per word (the reading before the offsets):
 * for the (hostile) lines with more words than the scratch space, and as the tests' reference.
 */
export function readClassificationLineByWords(text: string): ClassificationLineNode | null {
  const prefix = readLevelPrefix(text);
  if (prefix === null) return null;
  if (!prefix.spaced && hasLowerCaseLetter(text, prefix.length)) return null;
  return readByTokens(text, prefix);
}

function readByTokens(text: string, prefix: ClassificationPrefix): ClassificationLineNode | null {
  const span = NO_SPAN;
  const tokens = tokensFrom(text, prefix.length);
  let index = 0;
  const caveats: string[] = [];
  for (;;) {
    const token = tokens[index];
    if (token === undefined) break;
    if (isCaveatWord(token, 0, token.length)) {
      caveats.push((token.charCodeAt(0) === 0x2f ? token.slice(2) : token).toUpperCase());
      index++;
    } else if (
      (token === 'E' || token === 'e') &&
      tokens
        .slice(index, index + 4)
        .join('')
        .toUpperCase() === 'EFTO'
    ) {
      caveats.push('EFTO');
      index += 4;
    } else break;
  }
  let section: { n: number; of: number } | null = null;
  if (equalsIgnoringCase(tokens[index], 'SECTION') && equalsIgnoringCase(tokens[index + 2], 'OF')) {
    const n = Number(tokens[index + 1]);
    const of = Number(tokens[index + 3]);
    if (Number.isInteger(n) && Number.isInteger(of)) {
      section = { n, of };
      index += 4;
    }
  }
  const { level, spaced } = prefix;
  const kind = 'classificationLine';
  const restLength = tokens.length - index;
  if (restLength <= 0) return section === null ? { kind, span, level, spaced, caveats, section, origin: null, serial: null } : null;
  const serial = tokens[tokens.length - 1] ?? '';
  const originFrom = isDigits(tokens[index] ?? '', 2, 2) && restLength > 2 ? index + 1 : index;
  const originCount = tokens.length - 1 - originFrom;
  if (!isDigits(serial, 2, 8) || originCount <= 0 || originCount > 4) return null;
  let origin = '';
  for (let word = originFrom; word < tokens.length - 1; word++) {
    const token = tokens[word] ?? '';
    if (!isOriginWord(token, 0, token.length)) return null;
    origin = origin === '' ? token : `${origin} ${token}`;
  }
  return { kind, span, level, spaced, caveats, section, origin: origin.toUpperCase(), serial };
}

/** An ASCII lower-case letter in text[0, end). */
function hasLowerCaseLetter(text: string, end: number): boolean {
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x61 && code <= 0x7a) return true;
  }
  return false;
}

/** The words of text[from…] split on runs of spaces and tabs. */
function tokensFrom(text: string, from: number): string[] {
  const tokens: string[] = [];
  let index = from;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x20 || code === 0x09) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < text.length && text.charCodeAt(end) !== 0x20 && text.charCodeAt(end) !== 0x09) end++;
    tokens.push(text.slice(index, end));
    index = end;
  }
  return tokens;
}

const CAVEAT_WORDS = ['NOFORN', 'EFTO', 'SENSITIVE', 'NODIS', 'EXDIS', 'LIMDIS', 'STADIS'];

/** CAVEAT_TOKEN without the regex, on text[from, to): `//` and letters, or a caveat word in any ASCII case. */
function isCaveatWord(text: string, from: number, to: number): boolean {
  if (text.charCodeAt(from) === 0x2f && text.charCodeAt(from + 1) === 0x2f) {
    if (to - from < 3) return false;
    for (let index = from + 2; index < to; index++) if (!isAsciiLetter(text.charCodeAt(index))) return false;
    return true;
  }
  for (const word of CAVEAT_WORDS) if (to - from === word.length && equalsIgnoringCaseAt(text, from, word)) return true;
  return false;
}

/** text[from, from + word.length) equals the upper-case ASCII `word` in any ASCII case. */
function equalsIgnoringCaseAt(text: string, from: number, word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = text.charCodeAt(from + index);
    if (!isAsciiLetter(code) || (code & 0xdf) !== word.charCodeAt(index)) return false;
  }
  return true;
}

/** `token` equals the upper-case ASCII `word` in any ASCII case (what an anchored `/^word$/i` accepts). */
function equalsIgnoringCase(token: string | undefined, word: string): boolean {
  if (token === undefined || token.length !== word.length) return false;
  for (let index = 0; index < word.length; index++) {
    const code = token.charCodeAt(index);
    if (!isAsciiLetter(code) || (code & 0xdf) !== word.charCodeAt(index)) return false;
  }
  return true;
}

/** ORIGIN_WORD on text[from, to): a letter, then letters, `.`, `'` or `-`. */
function isOriginWord(text: string, from: number, to: number): boolean {
  if (!isAsciiLetter(text.charCodeAt(from))) return false;
  for (let index = from + 1; index < to; index++) {
    const code = text.charCodeAt(index);
    if (!isAsciiLetter(code) && code !== 0x2e && code !== 0x27 && code !== 0x2d) return false;
  }
  return true;
}
