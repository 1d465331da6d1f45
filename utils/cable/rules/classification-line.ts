// Classification line: `UNCLAS SECTION 01 OF 02 ASTANA 000559`, spaced `C O N F I D E N T I A L`,
// `S E C R E T NOFORN`, case-mangled `C o n f i d e n t i a l`, or a bare banner `LIMITED OFFICIAL USE`.
import { isAsciiLetter, isDigits } from '../char-codes';
import { readLevelPrefix } from '../classification';
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

/** The shared (never handed out) reading of `text`, or null. */
function readShared(text: string): ClassificationLineNode | null {
  // The level is read first (cheap, no allocation when absent): `Secretary …`, `Conference …` and
  // the like never reach the cache, which would hash the whole line.
  if (!isStructuralLength(text) || !mayStartClassification(text) || readLevelPrefix(text) === null) return null;
  let line = RECENT.get(text);
  if (line === undefined) {
    line = readUncached(text);
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

function readUncached(text: string): ClassificationLineNode | null {
  const span = NO_SPAN;
  const prefix = readLevelPrefix(text);
  if (prefix === null) return null;
  // Plain words must be upper case; only spaced letters may be case-mangled (Guardian texts).
  if (!prefix.spaced && hasLowerCaseLetter(text, prefix.length)) return null;
  const tokens = tokensFrom(text, prefix.length);
  let index = 0;
  const caveats: string[] = [];
  for (;;) {
    const token = tokens[index];
    if (token === undefined) break;
    if (isCaveatToken(token)) {
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
  // Object literals, not `{ ...base, … }`: a spread plus added keys took the slow generic path.
  const { level, spaced } = prefix;
  const kind = 'classificationLine';
  const restLength = tokens.length - index;
  if (restLength <= 0) return section === null ? { kind, span, level, spaced, caveats, section, origin: null, serial: null } : null;
  const serial = tokens[tokens.length - 1] ?? '';
  // Some 1970s lines put the year before the origin: `C O N F I D E N T I A L 75 LIBREVILLE 1895`.
  const originFrom = isDigits(tokens[index] ?? '', 2, 2) && restLength > 2 ? index + 1 : index;
  const originCount = tokens.length - 1 - originFrom;
  if (!isDigits(serial, 2, 8) || originCount <= 0 || originCount > 4) return null;
  let origin = '';
  for (let word = originFrom; word < tokens.length - 1; word++) {
    const token = tokens[word] ?? '';
    if (!isOriginWord(token)) return null;
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

/** CAVEAT_TOKEN without the regex: `//` and letters, or a caveat word in any ASCII case. */
function isCaveatToken(token: string): boolean {
  if (token.charCodeAt(0) === 0x2f && token.charCodeAt(1) === 0x2f) {
    if (token.length < 3) return false;
    for (let index = 2; index < token.length; index++) if (!isAsciiLetter(token.charCodeAt(index))) return false;
    return true;
  }
  for (const word of CAVEAT_WORDS) if (equalsIgnoringCase(token, word)) return true;
  return false;
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

/** ORIGIN_WORD: a letter, then letters, `.`, `'` or `-`. */
function isOriginWord(token: string): boolean {
  if (!isAsciiLetter(token.charCodeAt(0))) return false;
  for (let index = 1; index < token.length; index++) {
    const code = token.charCodeAt(index);
    if (!isAsciiLetter(code) && code !== 0x2e && code !== 0x27 && code !== 0x2d) return false;
  }
  return true;
}
