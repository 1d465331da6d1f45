// SUMMARY / COMMENT / NOTE / BEGIN TEXT openers and their END markers.
import type { BlockKind } from './model';

const PARAGRAPH_PREFIX = /^[0-9]{1,3}[.)] *(?:\([A-Za-z/ ]{1,14}\) *)?|^\([A-Za-z/ ]{1,14}\) */;

/** Every opener pattern starts with BEGIN, SUMMARY, COMMENT or NOTE (any case): a few character tests first. */
function startsWithOpenerWord(text: string): boolean {
  switch (text.charCodeAt(0) | 0x20) {
    case 0x62:
      return hasWordBefore(text, 5, 'begin');
    case 0x73:
      return hasWordBefore(text, 7, 'summary');
    case 0x63:
      return hasWordBefore(text, 7, 'comment');
    case 0x6e:
      return hasWordBefore(text, 4, 'note');
    default:
      return false;
  }
}

/** Block kind opened by a line (`SUMMARY:`, `BEGIN TEXT`, `3. (C) Comment:`), or null. */
export function blockStartKind(line: string): BlockKind | null {
  const text = line.length > 400 ? line.slice(0, 400) : line;
  // First-character dispatch before any regex: the prefix starts with a digit or `(`, every opener
  // with BEGIN, SUMMARY, COMMENT or NOTE (any case). Most lines fail here.
  const first = text.charCodeAt(0);
  const prefix = (first >= 48 && first <= 57) || first === 40 ? PARAGRAPH_PREFIX.exec(text) : null;
  const rest = prefix === null ? text : text.slice(prefix[0].length);
  if (!startsWithOpenerWord(rest)) return null;
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
  if (start + 3 <= end && hasWordBefore(input, start + 3, 'end', start)) return true;
  let stop = end;
  for (let stripped = 0; stripped < 4 && stop > start; stripped++) {
    const code = input.charCodeAt(stop - 1);
    if (code !== 0x20 && code !== 0x2e && code !== 0x29) break;
    stop--;
  }
  // Dispatch on the last letter: y (summary), t (comment, text), e (note).
  switch (input.charCodeAt(stop - 1) | 0x20) {
    case 0x79:
      return hasWordBefore(input, stop, 'summary', start);
    case 0x74:
      return hasWordBefore(input, stop, 'comment', start) || hasWordBefore(input, stop, 'text', start);
    case 0x65:
      return hasWordBefore(input, stop, 'note', start);
    default:
      return false;
  }
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
