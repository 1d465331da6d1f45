// Normalisation without rewriting: the input is never changed (offsets must stay true), we only
// find line boundaries and the "clean" part of each line (¶ anchors, trailing `\` and spaces ignored).

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

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x0c || code === 0x0b || code === 0xfeff;
}

/**
 * Splits into physical lines; \r\n, \n and \r all terminate a line. Linear: terminators are found
 * with the native `indexOf`, each search resumes where it stopped, so no character is scanned twice.
 */
export function splitLines(input: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const length = input.length;
  let nextLineFeed = -1;
  // Most texts have no \r at all; then one search settles it.
  let nextCarriageReturn = input.indexOf('\r');
  if (nextCarriageReturn === -1) nextCarriageReturn = length;
  let start = 0;
  // The empty input has no lines (so no zero-width node); otherwise the last line ends at `length`.
  while (start < length) {
    if (nextLineFeed < start) {
      nextLineFeed = input.indexOf('\n', start);
      if (nextLineFeed === -1) nextLineFeed = length;
    }
    if (nextCarriageReturn < start) {
      nextCarriageReturn = input.indexOf('\r', start);
      if (nextCarriageReturn === -1) nextCarriageReturn = length;
    }
    const end = nextLineFeed < nextCarriageReturn ? nextLineFeed : nextCarriageReturn;
    let next = end;
    if (next < length) next += input.charCodeAt(end) === 0x0d && input.charCodeAt(end + 1) === 0x0a ? 2 : 1;
    lines.push(cleanLine(input, start, end, next));
    start = next;
  }
  return lines;
}

function cleanLine(input: string, start: number, end: number, next: number): SourceLine {
  let from = start;
  // Leading whitespace and WikiLeaks' ¶ anchors (also the U+FFFD a mis-decoded ¶ becomes).
  while (from < end) {
    const code = input.charCodeAt(from);
    if (isSpace(code) || code === PILCROW || code === 0xfffd) from++;
    else break;
  }
  let to = end;
  const trailingSpace = end > start && isSpace(input.charCodeAt(end - 1));
  // Trailing whitespace and CSV line-continuation backslashes, in any order.
  while (to > from) {
    const code = input.charCodeAt(to - 1);
    if (isSpace(code) || code === 0x5c) to--;
    else break;
  }
  // The lexer's fields are filled in by lexCable; declared here so every line has one shape.
  return {
    start,
    end,
    next,
    text: input.slice(from, to),
    textStart: from,
    trailingSpace,
    index: 0,
    kind: 'text',
    blockEnd: null,
    hasSipdis: false,
  } as SourceLine;
}
