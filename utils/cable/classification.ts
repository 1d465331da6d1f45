// Classification levels: reading the classification line and portion markings, and mapping
// a cable to the mirrors' vocabulary (UNCLASSIFIED//FOR OFFICIAL USE ONLY, SECRET//NOFORN …).
import { isAsciiLetter } from './char-codes';
import type { Classification, ClassificationLevel, PortionMarking, Span } from './model';

// Level at the start of a line: spaced letters, mixed case (`C o n f i d e n t i a l`) or plain words.
// Kept as the specification of readLevelPrefix (which scans by hand: it runs on every candidate line).
export const LEVEL_PREFIX =
  /^(T ?O ?P +S ?E ?C ?R ?E ?T|TOP SECRET|U N C L A S S I F I E D|UNCLASSIFIED|UNCLAS|C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|S ?E ?C ?R ?E ?T|LIMITED OFFICIAL USE)(?![A-Za-z])/i;

export interface ClassificationPrefix {
  level: ClassificationLevel;
  spaced: boolean;
  /** Length of the matched prefix in the line text. */
  length: number;
}

/** Reads a classification level at the start of `text` (what LEVEL_PREFIX matches, and its level). */
export function readLevelPrefix(text: string): ClassificationPrefix | null {
  let end = -1;
  let level: ClassificationLevel = 'SECRET';
  // The alternatives of LEVEL_PREFIX in its order; each is deterministic (` ?` only before a letter).
  switch (text.charCodeAt(0) | 0x20) {
    case 0x74: {
      const top = lettersAt(text, 0, 'TOP', true);
      let secretAt = top;
      while (secretAt !== -1 && text.charCodeAt(secretAt) === 0x20) secretAt++;
      end = top === -1 || secretAt === top ? -1 : levelEnd(text, lettersAt(text, secretAt, 'SECRET', true));
      level = 'TOP SECRET';
      break;
    }
    case 0x75:
      end = levelEnd(text, wordsAt(text, 'U N C L A S S I F I E D'));
      if (end === -1) end = levelEnd(text, wordsAt(text, 'UNCLASSIFIED'));
      if (end === -1) end = levelEnd(text, wordsAt(text, 'UNCLAS'));
      level = 'UNCLASSIFIED';
      break;
    case 0x63:
      end = levelEnd(text, lettersAt(text, 0, 'CONFIDENTIAL', true));
      level = 'CONFIDENTIAL';
      break;
    case 0x73:
      end = levelEnd(text, lettersAt(text, 0, 'SECRET', true));
      break;
    case 0x6c:
      end = levelEnd(text, wordsAt(text, 'LIMITED OFFICIAL USE'));
      level = 'LIMITED OFFICIAL USE';
      break;
  }
  if (end === -1) return null;
  // `/^[A-Za-z] [A-Za-z] /` on the matched prefix.
  const spaced =
    end >= 4 &&
    isAsciiLetter(text.charCodeAt(0)) &&
    text.charCodeAt(1) === 0x20 &&
    isAsciiLetter(text.charCodeAt(2)) &&
    text.charCodeAt(3) === 0x20;
  return { level, spaced, length: end };
}

/** Where `letters` (upper case) end when read from `from` in any ASCII case, one optional space before each but the first; -1 if not there. */
function lettersAt(text: string, from: number, letters: string, optionalSpaces: boolean): number {
  if (from === -1) return -1;
  let at = from;
  for (let index = 0; index < letters.length; index++) {
    if (optionalSpaces && index > 0 && text.charCodeAt(at) === 0x20) at++;
    // No read past the end: the character helpers only ever see code units (never NaN).
    if (at >= text.length) return -1;
    if ((text.charCodeAt(at) & 0xdf) !== letters.charCodeAt(index) || !isAsciiLetter(text.charCodeAt(at))) return -1;
    at++;
  }
  return at;
}

/** Where `words` (upper case letters and single spaces, as written) end at the start of `text`, ASCII case ignored; -1 if not there. */
function wordsAt(text: string, words: string): number {
  if (words.length > text.length) return -1;
  for (let index = 0; index < words.length; index++) {
    const want = words.charCodeAt(index);
    const code = text.charCodeAt(index);
    if (want === 0x20 ? code !== 0x20 : (code & 0xdf) !== want || !isAsciiLetter(code)) return -1;
  }
  return words.length;
}

/** `end` when no letter follows it (the `(?![A-Za-z])` of LEVEL_PREFIX), else -1. */
function levelEnd(text: string, end: number): number {
  return end === -1 || (end < text.length && isAsciiLetter(text.charCodeAt(end))) ? -1 : end;
}

/** Maps a level plus captions to the mirrors' classification vocabulary. */
export function classificationOf(level: ClassificationLevel | null, caveats: readonly string[]): Classification | null {
  if (level === null) return null;
  const noforn = caveats.some((caveat) => /NOFORN|NOT RELEASABLE TO FOREIGN|^NF$/.test(caveat));
  switch (level) {
    case 'UNCLASSIFIED':
      return caveats.some(
        (caveat) => /^(SENSITIVE|SBU|FOR OFFICIAL USE ONLY|FOUO)$/.test(caveat) || /SENSITIVE BUT UNCLASSIFIED/.test(caveat),
      )
        ? 'UNCLASSIFIED//FOR OFFICIAL USE ONLY'
        : 'UNCLASSIFIED';
    case 'LIMITED OFFICIAL USE':
      return 'LIMITED OFFICIAL USE';
    case 'CONFIDENTIAL':
      return noforn ? 'CONFIDENTIAL//NOFORN' : 'CONFIDENTIAL';
    case 'SECRET':
      return noforn ? 'SECRET//NOFORN' : 'SECRET';
    case 'TOP SECRET':
      return 'TOP SECRET';
  }
}

const MARKING_LEVELS: Record<string, string> = {
  U: 'U',
  UNCLAS: 'U',
  UNCLASSIFIED: 'U',
  SBU: 'SBU',
  'SBU/N': 'SBU//NF',
  'SBU/NF': 'SBU//NF',
  LOU: 'LOU',
  C: 'C',
  CONFIDENTIAL: 'C',
  S: 'S',
  SECRET: 'S',
  TS: 'TS',
  'C/NF': 'C//NF',
  'S/NF': 'S//NF',
  'TS/NF': 'TS//NF',
  'C/NOFORN': 'C//NF',
  'S/NOFORN': 'S//NF',
  'U/FOUO': 'U//FOUO',
};

// `(U)`, `(SBU)`, `(C/NF)`, `(S//NF)`, `(C/REL LIBYA)`; short, upper-case, no digits.
const MARKING = /^\(([A-Za-z]{1,6}(?:\/{1,2} ?[A-Za-z][A-Za-z ]{0,20})?)\)/;
const KNOWN_HEAD = /^(U|SBU|LOU|C|S|TS|FOUO|UNCLAS|UNCLASSIFIED|CONFIDENTIAL|SECRET)$/;

// Markings repeat a handful of forms on every paragraph: remember each answer (bounded, so hostile
// input with endless distinct markings cannot grow it without limit).
const MARKING_CACHE = new Map<string, string | null>();
const MARKING_CACHE_LIMIT = 512;

/** Normalises a marking body (`C/NF` → `C//NF`); returns null for text that is not a marking. */
export function normaliseMarking(body: string): string | null {
  const cached = MARKING_CACHE.get(body);
  if (cached !== undefined) return cached;
  const level = normaliseMarkingUncached(body);
  if (MARKING_CACHE.size < MARKING_CACHE_LIMIT) MARKING_CACHE.set(body, level);
  return level;
}

function normaliseMarkingUncached(body: string): string | null {
  const upper = body
    .toUpperCase()
    .replace(/ *\/\/? */g, '/')
    .trim();
  const head = upper.split('/')[0] ?? '';
  if (!KNOWN_HEAD.test(head)) return null;
  const known = MARKING_LEVELS[upper];
  if (known !== undefined) return known;
  return upper.replace(/\//g, '//');
}

/** Reads a portion marking at `text[0]`; `offset` is where `text` starts in the input. */
export function readPortionMarking(text: string, offset: number): PortionMarking | null {
  // MARKING starts with `(`: most texts are settled by their first character.
  if (text.charCodeAt(0) !== 0x28) return null;
  const match = MARKING.exec(text);
  if (match === null) return null;
  const level = normaliseMarking(match[1] ?? '');
  if (level === null) return null;
  const span: Span = { start: offset, end: offset + match[0].length };
  return { raw: match[0], level, span };
}
