// Classification levels: reading the classification line and portion markings, and mapping
// a cable to the mirrors' vocabulary (UNCLASSIFIED//FOR OFFICIAL USE ONLY, SECRET//NOFORN …).
import type { Classification, ClassificationLevel, PortionMarking, Span } from './model';

/** Removes spaces between single letters: `C O N F I D E N T I A L` → `CONFIDENTIAL`. */
function squeeze(text: string): string {
  return text.replace(/ /g, '').toUpperCase();
}

const LEVEL_WORDS: ReadonlyArray<readonly [string, ClassificationLevel]> = [
  ['TOPSECRET', 'TOP SECRET'],
  ['UNCLASSIFIED', 'UNCLASSIFIED'],
  ['UNCLAS', 'UNCLASSIFIED'],
  ['CONFIDENTIAL', 'CONFIDENTIAL'],
  ['SECRET', 'SECRET'],
  ['LIMITEDOFFICIALUSE', 'LIMITED OFFICIAL USE'],
];

// Level at the start of a line: spaced letters, mixed case (`C o n f i d e n t i a l`) or plain words.
const LEVEL_PREFIX =
  /^(T ?O ?P +S ?E ?C ?R ?E ?T|TOP SECRET|U N C L A S S I F I E D|UNCLASSIFIED|UNCLAS|C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|S ?E ?C ?R ?E ?T|LIMITED OFFICIAL USE)(?![A-Za-z])/i;

export interface ClassificationPrefix {
  level: ClassificationLevel;
  spaced: boolean;
  /** Length of the matched prefix in the line text. */
  length: number;
}

/** Reads a classification level at the start of `text`. */
export function readLevelPrefix(text: string): ClassificationPrefix | null {
  const match = LEVEL_PREFIX.exec(text);
  if (match === null) return null;
  const word = match[0];
  const squeezed = squeeze(word);
  const entry = LEVEL_WORDS.find(([key]) => key === squeezed);
  if (entry === undefined) return null;
  return { level: entry[1], spaced: /^[A-Za-z] [A-Za-z] /.test(word), length: word.length };
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
  const match = MARKING.exec(text);
  if (match === null) return null;
  const level = normaliseMarking(match[1] ?? '');
  if (level === null) return null;
  const span: Span = { start: offset, end: offset + match[0].length };
  return { raw: match[0], level, span };
}
