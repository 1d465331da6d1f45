// SUMMARY / COMMENT / NOTE / BEGIN TEXT openers and their END markers.
import type { BlockKind } from './model';

/** Every opener pattern starts with BEGIN, SUMMARY, COMMENT or NOTE (any case): a few character tests first. */
function startsWithOpenerWord(text: string, at: number, end: number): boolean {
  // The second letter first: it rules out most ordinary words (`by`, `since`, `can`, `new`…).
  // Each word must end within `end` (the text may be the whole input: no reads past the line).
  const second = text.charCodeAt(at + 1) | 0x20;
  switch (text.charCodeAt(at) | 0x20) {
    case 0x62:
      return second === 0x65 && at + 5 <= end && hasWordBefore(text, at + 5, 'begin');
    case 0x73:
      return second === 0x75 && at + 7 <= end && hasWordBefore(text, at + 7, 'summary');
    case 0x63:
      return second === 0x6f && at + 7 <= end && hasWordBefore(text, at + 7, 'comment');
    case 0x6e:
      return second === 0x6f && at + 4 <= end && hasWordBefore(text, at + 4, 'note');
    default:
      return false;
  }
}

// Openers are read from a bounded prefix: long Guardian one-line paragraphs stay cheap.
const OPENER_SCOPE = 400;

/**
 * End of the paragraph prefix `text` has at `start`, as `^[0-9]{1,3}[.)] *(?:\([A-Za-z/ ]{1,14}\) *)?|
 * ^\([A-Za-z/ ]{1,14}\) *` would match it within `end` (`start` when none), scanned by hand.
 */
function paragraphPrefixEnd(text: string, start: number, end: number): number {
  let at = start;
  let code = text.charCodeAt(at);
  if (code >= 0x30 && code <= 0x39) {
    while (at < end && at - start < 4 && code >= 0x30 && code <= 0x39) code = text.charCodeAt(++at);
    // Four digits: `[0-9]{1,3}` cannot be followed by `.` or `)`.
    if (at - start > 3 || at >= end || (code !== 0x2e && code !== 0x29)) return start;
    at = skipSpaces(text, at + 1, end);
    const group = markingGroupEnd(text, at, end);
    return group === -1 ? at : skipSpaces(text, group, end);
  }
  const group = markingGroupEnd(text, start, end);
  return group === -1 ? start : skipSpaces(text, group, end);
}

/** End of `\([A-Za-z/ ]{1,14}\)` at `at` within `end`, or -1. */
function markingGroupEnd(text: string, at: number, end: number): number {
  if (at >= end || text.charCodeAt(at) !== 0x28) return -1;
  let index = at + 1;
  for (; index < end && index - at <= 15; index++) {
    const code = text.charCodeAt(index);
    const lower = code | 0x20;
    if (!((lower >= 0x61 && lower <= 0x7a) || code === 0x2f || code === 0x20)) break;
  }
  const count = index - at - 1;
  return count >= 1 && count <= 14 && index < end && text.charCodeAt(index) === 0x29 ? index + 1 : -1;
}

function skipSpaces(text: string, at: number, end: number): number {
  while (at < end && text.charCodeAt(at) === 0x20) at++;
  return at;
}

/** Whether an opener may start with `first` (a digit or `(` of a paragraph prefix, or b, s, c, n of its word, either case). */
function mayOpenWith(first: number): boolean {
  const letter = first | 0x20;
  return (first >= 0x30 && first <= 0x39) || first === 0x28 || letter === 0x62 || letter === 0x73 || letter === 0x63 || letter === 0x6e;
}

/** Block kind opened by a line (`SUMMARY:`, `BEGIN TEXT`, `3. (C) Comment:`), or null. */
export function blockStartKind(line: string): BlockKind | null {
  return blockStartKindAt(line, 0, line.length);
}

/**
 * blockStartKind of the text at `input[start, end)` (a line's text), read on the input itself:
 * character reads on a sliced line string cost more, and most lines fail before any copy is made.
 */
export function blockStartKindAt(input: string, start: number, end: number): BlockKind | null {
  return mayOpenWith(input.charCodeAt(start)) ? readBlockStartKind(input, start, end) : null;
}

function readBlockStartKind(text: string, start: number, textEnd: number): BlockKind | null {
  const end = textEnd - start > OPENER_SCOPE ? start + OPENER_SCOPE : textEnd;
  // The prefix starts with a digit or `(`, every opener with BEGIN, SUMMARY, COMMENT or NOTE (any
  // case): character tests only, and most lines fail them.
  const first = text.charCodeAt(start);
  const from = (first >= 0x30 && first <= 0x39) || first === 0x28 ? paragraphPrefixEnd(text, start, end) : start;
  if (!startsWithOpenerWord(text, from, end)) return null;
  const rest = text.slice(from, end);
  if (/^BEGIN +SUMMARY(?![A-Za-z])|^SUMMARY(?: +AND +COMMENT)? *[:.-]/i.test(rest)) return 'summary';
  if (/^BEGIN +COMMENT(?![A-Za-z])|^COMMENT *[:.-]/i.test(rest)) return 'comment';
  if (/^BEGIN +NOTE(?![A-Za-z])|^NOTE *[:.-]/i.test(rest)) return 'note';
  if (/^BEGIN +TEXT(?![A-Za-z])/i.test(rest)) return 'quotedText';
  return null;
}

const END_WORD: Record<string, BlockKind> = { SUMMARY: 'summary', COMMENT: 'comment', NOTE: 'note', TEXT: 'quotedText' };
const END_AT_START = /^END +(?:OF +)?(SUMMARY|COMMENT|NOTE|TEXT)(?![A-Za-z])/i;
const END_AT_END = /END +(?:OF +)?(SUMMARY|COMMENT|NOTE|TEXT)[ .)]{0,4}$/i;

/** Block kind closed by a line (END marker at its start or its end), or null. */
export function blockEndKind(text: string): BlockKind | null {
  if (!mayHaveEnd(text)) return null;
  // The END-at-end test only needs the line's tail, so it costs the same on any line length.
  const match = END_AT_START.exec(text) ?? END_AT_END.exec(text.length > 48 ? text.slice(-48) : text);
  if (match === null) return null;
  return END_WORD[(match[1] ?? '').toUpperCase()] ?? null;
}

/** Whether `text` has `word` (lower case) ending just before `end`, at or after `min`, ignoring ASCII case. */
function hasWordBefore(text: string, end: number, word: string, min = 0): boolean {
  const from = end - word.length;
  if (from < min) return false;
  for (let index = 0; index < word.length; index++) if ((text.charCodeAt(from + index) | 0x20) !== word.charCodeAt(index)) return false;
  return true;
}

/**
 * Cheap exact pre-check for blockEndKind on `input` [start, end) (a line's text), run on every line
 * by the lexer: an END marker starts with `END` or ends with SUMMARY, COMMENT, NOTE or TEXT followed
 * by at most four of ` .)`. Reads the input itself: character reads on a sliced line cost more.
 */
export function mayEndBlockAt(input: string, start: number, end: number): boolean {
  if ((input.charCodeAt(start) | 0x20) === 0x65 && start + 3 <= end && hasWordBefore(input, start + 3, 'end', start)) return true;
  let stop = end;
  for (let stripped = 0; stripped < 4 && stop > start; stripped++) {
    const code = input.charCodeAt(stop - 1);
    if (code !== 0x20 && code !== 0x2e && code !== 0x29) break;
    stop--;
  }
  // Dispatch on the last letter: y (summary), t (comment, text), e (note).
  switch (input.charCodeAt(stop - 1) | 0x20) {
    case 0x79:
      return endsWithWordBefore(input, stop, 'summary', start);
    case 0x74:
      return endsWithWordBefore(input, stop, 'comment', start) || endsWithWordBefore(input, stop, 'text', start);
    case 0x65:
      return endsWithWordBefore(input, stop, 'note', start);
    default:
      return false;
  }
}

/**
 * hasWordBefore for a word whose last letter is already known to match: compared backwards from the
 * letter before it, where ordinary words (`country`, `document`, `vote`) differ soonest.
 */
function endsWithWordBefore(input: string, end: number, word: string, min: number): boolean {
  const from = end - word.length;
  if (from < min) return false;
  for (let index = word.length - 2; index >= 0; index--)
    if ((input.charCodeAt(from + index) | 0x20) !== word.charCodeAt(index)) return false;
  return true;
}

// `END`, `End` or `end`, as three `includes` did; one regex scan is cheaper.
const MAY_HAVE_END = /END|[Ee]nd/;

/** Cheap pre-check before the END regular expressions (most lines have no `end` at all). */
export function mayHaveEnd(text: string): boolean {
  return MAY_HAVE_END.test(text);
}

/** Whether an END marker sits at the start of the line (the line then starts a new node). */
export function startsWithBlockEnd(text: string): boolean {
  return (text.charCodeAt(0) | 0x20) === 0x65 && END_AT_START.test(text);
}
