// SUMMARY / COMMENT / NOTE / BEGIN TEXT openers and their END markers.
import type { BlockKind } from './model';

export const BLOCK_KINDS: readonly BlockKind[] = ['summary', 'comment', 'note', 'quotedText'];

const PARAGRAPH_PREFIX = /^[0-9]{1,3}[.)] *(?:\([A-Za-z/ ]{1,14}\) *)?|^\([A-Za-z/ ]{1,14}\) */;

/** Block kind opened by a line (`SUMMARY:`, `BEGIN TEXT`, `3. (C) Comment:`), or null. */
export function blockStartKind(line: string): BlockKind | null {
  const text = line.length > 400 ? line.slice(0, 400) : line;
  // First-character dispatch before any regex: the prefix starts with a digit or `(`, every opener
  // with B, S, C or N (any case). Most lines fail here.
  const first = text.charCodeAt(0);
  const prefix = (first >= 48 && first <= 57) || first === 40 ? PARAGRAPH_PREFIX.exec(text) : null;
  const rest = prefix === null ? text : text.slice(prefix[0].length);
  const opener = rest.charCodeAt(0) | 0x20;
  if (opener !== 0x62 && opener !== 0x73 && opener !== 0x63 && opener !== 0x6e) return null;
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
