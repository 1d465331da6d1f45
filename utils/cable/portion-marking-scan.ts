// The portion marking that opens a paragraph or an item (`(C)`, `(SBU)`, `(S/NF)`, `(C // REL UK)`),
// read character by character: exactly what classification.ts's MARKING pattern matches, with the
// level normalised once per distinct raw marking (a text has a handful), without a match array.
import { isAsciiLetter } from './char-codes';
import { normaliseMarking } from './classification';
import type { PortionMarking } from './model';

const OPENING_PARENTHESIS = 0x28;
const CLOSING_PARENTHESIS = 0x29;
const SLASH = 0x2f;
const SPACE = 0x20;

/**
 * End of MARKING's match (`^\(([A-Za-z]{1,6}(?:\/{1,2} ?[A-Za-z][A-Za-z ]{0,20})?)\)`) on
 * `source` [at, end), or -1 when it does not match there.
 */
export function portionMarkingEnd(source: string, at: number, end: number): number {
  if (at >= end || source.charCodeAt(at) !== OPENING_PARENTHESIS) return -1;
  let index = at + 1;
  while (index < end && index - at <= 6 && isAsciiLetter(source.charCodeAt(index))) index++;
  if (index === at + 1 || index >= end) return -1;
  const stop = source.charCodeAt(index);
  if (stop === CLOSING_PARENTHESIS) return index + 1;
  if (stop !== SLASH) return -1;
  // `\/{1,2} ?[A-Za-z][A-Za-z ]{0,20}`: no backtracking can help, a `)` is in none of the classes.
  index++;
  if (index < end && source.charCodeAt(index) === SLASH) index++;
  if (index < end && source.charCodeAt(index) === SPACE) index++;
  if (index >= end || !isAsciiLetter(source.charCodeAt(index))) return -1;
  index++;
  const limit = index + 20;
  while (index < end && index < limit) {
    const code = source.charCodeAt(index);
    if (code !== SPACE && !isAsciiLetter(code)) break;
    index++;
  }
  return index < end && source.charCodeAt(index) === CLOSING_PARENTHESIS ? index + 1 : -1;
}

/** A raw marking and its normalised level (null: not a known level). */
interface KnownMarking {
  raw: string;
  level: string | null;
}

// The markings met lately, compared character by character with the input: a text uses a handful
// (`(C)`, `(S/NF)`…), and a Map look-up would hash a fresh copy of the raw text every time.
const RECENT: KnownMarking[] = [];
const RECENT_LIMIT = 16;
let nextSlot = 0;

// The slot that answered last: paragraphs in a row mostly repeat their marking.
let lastSlot = 0;

/** Whether `known` is spelt exactly as `source` [at, end) (both start with `(`). */
function spells(known: KnownMarking, source: string, at: number, end: number): boolean {
  const raw = known.raw;
  const length = end - at;
  if (raw.length !== length) return false;
  let index = 1;
  while (index < length && raw.charCodeAt(index) === source.charCodeAt(at + index)) index++;
  return index === length;
}

/** The recent marking spelt exactly as `source` [at, end), or undefined. */
function recentMarking(source: string, at: number, end: number): KnownMarking | undefined {
  const last = RECENT[lastSlot];
  if (last !== undefined && spells(last, source, at, end)) return last;
  for (let slot = 0; slot < RECENT.length; slot++) {
    const known = RECENT[slot] as KnownMarking;
    if (spells(known, source, at, end)) {
      lastSlot = slot;
      return known;
    }
  }
  return undefined;
}

/**
 * readPortionMarking on the text `source` [at, end), whose first character sits at input offset
 * `offset`: the same marking (raw text, normalised level, span), or null.
 */
export function portionMarkingIn(source: string, at: number, end: number, offset: number): PortionMarking | null {
  const markingEnd = portionMarkingEnd(source, at, end);
  if (markingEnd === -1) return null;
  let known = recentMarking(source, at, markingEnd);
  if (known === undefined) {
    const raw = source.slice(at, markingEnd);
    known = { raw, level: normaliseMarking(raw.slice(1, -1)) };
    // A ring: the oldest reading makes room.
    RECENT[nextSlot] = known;
    lastSlot = nextSlot;
    nextSlot = (nextSlot + 1) % RECENT_LIMIT;
  }
  const level = known.level;
  return level === null ? null : { raw: known.raw, level, span: { start: offset, end: markingEnd - at + offset } };
}
