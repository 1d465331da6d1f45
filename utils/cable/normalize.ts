// Normalisation without rewriting: the input is never changed (offsets must stay true), we only
// find the "clean" part of each line (¶ anchors, trailing `\` and spaces ignored). The lexer finds
// the line boundaries and applies these rules in its one pass (lex.ts).

/** One physical line; offsets into the original input. */
export interface SourceLine {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just after the line's content (before its terminator). */
  end: number;
  /** Offset of the next line (after \n, \r\n or \r). */
  next: number;
  /** The line's content with leading ¶/whitespace and trailing backslash/whitespace removed. */
  text: string;
  /** Offset of `text` in the input (text === input.slice(textStart, textStart + text.length)). */
  textStart: number;
  /** The raw content ended with whitespace (cables wrap at word boundaries with a trailing space). */
  trailingSpace: boolean;
}

const PILCROW = 0xb6;

/** White space as lines are trimmed. */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x0c || code === 0x0b || code === 0xfeff;
}

/** Printable ASCII other than the space: most first and last characters, settled by one range check. */
function isPrintableAscii(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}

/** Where the clean text of the line input[start, end) starts: after leading white space and WikiLeaks' ¶ anchors (also the U+FFFD a mis-decoded ¶ becomes). */
export function cleanTextStart(input: string, start: number, end: number): number {
  let from = start;
  while (from < end) {
    const code = input.charCodeAt(from);
    if (isPrintableAscii(code) || !(isSpace(code) || code === PILCROW || code === 0xfffd)) break;
    from++;
  }
  return from;
}

/** Where the clean text starting at `from` ends: before trailing white space and CSV line-continuation backslashes, in any order. */
export function cleanTextEnd(input: string, from: number, end: number): number {
  let to = end;
  while (to > from) {
    const code = input.charCodeAt(to - 1);
    if ((isPrintableAscii(code) && code !== 0x5c) || !(isSpace(code) || code === 0x5c)) break;
    to--;
  }
  return to;
}

/** The raw line input[start, end) ends with white space. */
export function endsWithSpace(input: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const last = input.charCodeAt(end - 1);
  return !isPrintableAscii(last) && isSpace(last);
}
