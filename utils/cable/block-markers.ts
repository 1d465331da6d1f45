// SUMMARY / COMMENT / NOTE / BEGIN TEXT openers and their END markers.
import type { BlockKind } from './model';

export const BLOCK_KINDS: readonly BlockKind[] = ['summary', 'comment', 'note', 'quotedText'];

const PARAGRAPH_PREFIX = /^[0-9]{1,3}[.)] *(?:\([A-Za-z/ ]{1,14}\) *)?|^\([A-Za-z/ ]{1,14}\) */;

/** Block kind opened by a line (`SUMMARY:`, `BEGIN TEXT`, `3. (C) Comment:`), or null. */
export function blockStartKind(line: string): BlockKind | null {
  const text = line.length > 400 ? line.slice(0, 400) : line;
  const prefix = PARAGRAPH_PREFIX.exec(text);
  const rest = prefix === null ? text : text.slice(prefix[0].length);
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

/** Cheap pre-check before the END regular expressions (most lines have no `end` at all). */
export function mayHaveEnd(text: string): boolean {
  return text.includes('END') || text.includes('End') || text.includes('end');
}

/** Whether an END marker sits at the start of the line (the line then starts a new node). */
export function startsWithBlockEnd(text: string): boolean {
  return END_AT_START.test(text);
}
