// Line-level recognisers for the start of a cable, shared by the text-based adapters.
// Every pattern is anchored and free of nested or overlapping quantifiers (no super-linear backtracking).

/** First line of the classification banner, incl. spaced (`S E C R E T`) and case-mangled forms. */
const CLASSIFICATION_LINE =
  /^(?:TOP SECRET|SECRET|S E C R E T|CONFIDENTIAL|C O N F I D E N T I A L|UNCLAS|UNCLASSIFIED|U N C L A S S I F I E D|LIMITED OFFICIAL USE)(?![A-Z])/i;
/** ACP-127 transmission identifier that opens a Cablegate routing header. */
const TRANSMISSION_LINE = /^VZCZC[A-Z0-9]{0,12}\\?\s*$/;
/** Date-time group with precedence letters: `O 110944Z SEP 07`, `P R 281848Z DEC 66`, `P R 221828 Z MAY 73`. */
const DTG_LINE = /^[ZOPRM](?: [ZOPRM])? \d{6} ?Z [A-Z]{3} \d{2}(?!\d)/;
const PARTIAL_EXTRACT_LINE = /^This record is a partial extract of the original cable\./;
/** Day line of Guardian-prepared texts: `Friday, 12 February 2010, 11:51`. */
const DAY_LINE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} [A-Z][a-z]{2,8} \d{4}, \d{2}:\d{2}\s*$/;
const FM_LINE = /^FM /;
const DE_LINE = /^DE [A-Z]{4,7} #/;
const EO_LINE = /^(?:E\. ?O\.|EO) ?1\d{4}/i;
const TAGS_LINE = /^TAGS\b/i;
const SUBJECT_LINE = /^SUBJ(?:ECT)?\b/i;
const EO_INLINE = / (?:E\. ?O\.|EO) ?1\d{4}/i;
const TAGS_INLINE = / TAGS:? [A-Z]{2}/i;

export type CableStartKind = 'transmission' | 'dtg' | 'partialExtract' | 'dayLine' | 'classification';

export function isClassificationLine(line: string): boolean {
  return CLASSIFICATION_LINE.test(line.trim());
}

/** What kind of cable opening a single (trimmed) line is, or null. */
export function cableStartKindOf(line: string): CableStartKind | null {
  const trimmed = line.trim();
  if (TRANSMISSION_LINE.test(trimmed)) return 'transmission';
  if (DTG_LINE.test(trimmed)) return 'dtg';
  if (PARTIAL_EXTRACT_LINE.test(trimmed)) return 'partialExtract';
  if (DAY_LINE.test(trimmed)) return 'dayLine';
  if (CLASSIFICATION_LINE.test(trimmed)) return 'classification';
  return null;
}

export function isRoutingHeaderStart(kind: CableStartKind): boolean {
  return kind === 'transmission' || kind === 'dtg' || kind === 'partialExtract';
}

/**
 * Whether `lines` (starting at a line of `kind`) carry the confirming lines a real cable has
 * within its first few lines, so a stray "SECRET" or "VZCZC" does not make a page a cable page.
 */
export function isConfirmedCableStart(kind: CableStartKind, lines: readonly string[]): boolean {
  const window = lines.slice(0, 60).map((line) => line.trim());
  const has = (pattern: RegExp) => window.some((line) => pattern.test(line));
  switch (kind) {
    case 'partialExtract':
      return true;
    case 'transmission':
      return has(DE_LINE) || has(FM_LINE);
    case 'dtg':
      return has(FM_LINE);
    case 'dayLine':
      return window.slice(1, 4).some((line) => CLASSIFICATION_LINE.test(line)) && (has(EO_LINE) || has(TAGS_LINE));
    case 'classification': {
      // Some early texts lost line breaks (`… DRL E.O. 12958: DECL: …`, `… decl: 01/07/2014 Tags: prel …`).
      const eo = has(EO_LINE) || has(EO_INLINE);
      const tags = has(TAGS_LINE) || has(TAGS_INLINE);
      return [eo, tags, has(SUBJECT_LINE)].filter(Boolean).length >= 2;
    }
  }
}

export interface CableStart {
  kind: CableStartKind;
  /** Index of the opening line in the given lines. */
  lineIndex: number;
}

/**
 * Finds the first line that opens a confirmed cable among the first `maxLines` lines
 * (bounded so that a long non-cable text costs little).
 */
export function findCableStart(lines: readonly string[], maxLines = 400): CableStart | null {
  const limit = Math.min(lines.length, maxLines);
  for (let index = 0; index < limit; index++) {
    const kind = cableStartKindOf(lines[index]!);
    if (kind !== null && isConfirmedCableStart(kind, lines.slice(index, index + 60))) return { kind, lineIndex: index };
  }
  return null;
}

/** The first non-blank line opens a confirmed cable (the check the generic adapter uses on `pre` blocks). */
export function startsLikeCable(prefix: string): boolean {
  const lines = prefix.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return false;
  const kind = cableStartKindOf(lines[first]!);
  return kind !== null && isConfirmedCableStart(kind, lines.slice(first, first + 60));
}
