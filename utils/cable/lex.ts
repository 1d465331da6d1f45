// Lexing: the input as physical lines with the few context-free kinds every rule relies on.
// Lossless: line i spans [start, next) and consecutive lines touch, covering the whole input.
// One pass builds each line object once with its final fields, and takes the driver's line survey
// on the way (splitting, kinds and survey were three walks over the lines before).
import { blockEndKind, mayEndBlockAt } from './block-markers';
import { isDigit } from './char-codes';
import { CSV_ROW, MAX_STRUCTURAL_LINE, PAGE_LINE, RECORD_DATE_LINE, RECORD_NUMBER_LINE, SECTION_PAGE_BREAK, UNDERLINE } from './line-kinds';
import type { LineSurvey } from './line-survey';
import type { BlockKind } from './model';
import { cleanTextEnd, cleanTextStart, endsWithSpace, type SourceLine } from './normalize';
import { mayStartRecord } from './rules/body-lines';

export type LineKind = 'blank' | 'pageBreak' | 'underline' | 'text';

export interface CableLine extends SourceLine {
  index: number;
  kind: LineKind;
  /** Block closed by an END marker on this line (`blockEndKind(text)`), computed once here. */
  blockEnd: BlockKind | null;
  /** The line contains `SIPDIS` (injected mid-sentence at wraps; the reading flow drops it). */
  hasSipdis: boolean;
}

/** The lexed lines and the survey taken of them in the same pass. */
export interface LexedCable {
  lines: CableLine[];
  survey: LineSurvey;
}

/**
 * The input's physical lines (\r\n, \n and \r all end one), each with its clean text (normalize.ts),
 * kind, END marker and SIPDIS flag. Lossless: line i spans [start, next) and the lines tile the input.
 */
export function lexCable(input: string): CableLine[] {
  return lexWithSurvey(input).lines;
}

/** lexCable, with the survey surveyLines would take of the same lines (one pass instead of two). */
export function lexWithSurvey(input: string): LexedCable {
  const lines: CableLine[] = [];
  const length = input.length;
  const endMarkers: LineSurvey['endMarkers'] = { summary: [], comment: [], note: [], quotedText: [] };
  let withSpace = 0;
  let without = 0;
  let firstAppendedRecord = -1;
  // A bare record number waits for the next non-blank line: a record date makes it a record.
  let pendingRecordNumber = -1;
  let sipdis = nextSipdis(input, 0);
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
    // Most lines start and end with printable ASCII: one read at each end settles the trim, and
    // those two characters then drive every test below (no further reads for most lines).
    let from = start;
    let first = from < end ? input.charCodeAt(from) : 0;
    if (!(first > 0x20 && first < 0x7f)) {
      from = cleanTextStart(input, start, end);
      first = from < end ? input.charCodeAt(from) : 0;
    }
    let to = end;
    let last = to > from ? input.charCodeAt(to - 1) : 0;
    let trailingSpace = false;
    // Wrapped lines (three in four) end with one space after a printable character.
    if (last === 0x20 && to - 1 > from) {
      trailingSpace = true;
      to--;
      last = input.charCodeAt(to - 1);
    }
    if (!(last > 0x20 && last < 0x7f && last !== 0x5c)) {
      trailingSpace = endsWithSpace(input, start, end);
      to = cleanTextEnd(input, from, end);
      last = to > from ? input.charCodeAt(to - 1) : 0;
    }
    const index = lines.length;
    const text = input.slice(from, to);
    const width = to - from;
    let kind: LineKind = 'blank';
    let blockEnd: BlockKind | null = null;
    if (width > 0) {
      kind = width > STRUCTURAL ? 'text' : kindOf(text, input, from, to, first, last);
      if (mayEndBlockBy(input, from, to, first, last) && mayEndBlockAt(input, from, to)) {
        blockEnd = blockEndKind(text);
        if (blockEnd !== null) endMarkers[blockEnd].push(index);
      }
    }
    const hasSipdis = sipdis < end;
    if (hasSipdis) sipdis = nextSipdis(input, next);
    lines.push({ start, end, next, text, textStart: from, trailingSpace, index, kind, blockEnd, hasSipdis });
    if (kind !== 'blank') {
      if (pendingRecordNumber !== -1) {
        if (RECORD_DATE_LINE.test(text)) firstAppendedRecord = pendingRecordNumber;
        pendingRecordNumber = -1;
      }
      if (kind === 'text') {
        if (width >= 40) {
          if (trailingSpace) withSpace++;
          else without++;
        }
        // Records start with a digit (startsAppendedRecord's test, from line 1).
        if (first >= 0x30 && first <= 0x39 && firstAppendedRecord === -1 && index > 0 && width <= 100_000 && mayStartRecord(text)) {
          if (CSV_ROW.test(text)) firstAppendedRecord = index;
          else if (RECORD_NUMBER_LINE.test(text)) pendingRecordNumber = index;
        }
      }
    }
    start = next;
  }
  const survey: LineSurvey = {
    trailingSpaceStyle: withSpace > without,
    endMarkers,
    firstAppendedRecord: firstAppendedRecord === -1 ? lines.length : firstAppendedRecord,
  };
  return { lines, survey };
}

/** Exact prefilter for SECTION_PAGE_BREAK's end on input[start, end): ` +OF +[0-9]{3}` means a space and three digits. */
export function mayEndSectionBreak(input: string, start: number, end: number): boolean {
  return (
    end - start > 4 &&
    input.charCodeAt(end - 4) === 0x20 &&
    isDigit(input.charCodeAt(end - 1)) &&
    isDigit(input.charCodeAt(end - 2)) &&
    isDigit(input.charCodeAt(end - 3))
  );
}

/**
 * Offset of the next `SIPDIS` at or after `from` (a line start), or the input length. The search
 * looks for `PDIS` and checks the `SI` before it: the native search stops at every candidate first
 * letter, and `P` is much rarer than `S` in cable text (a third less time over the corpus).
 */
export function nextSipdis(input: string, from: number): number {
  let at = input.indexOf('PDIS', from + 2);
  while (at !== -1) {
    if (input.charCodeAt(at - 1) === 0x49 && input.charCodeAt(at - 2) === 0x53) return at - 2;
    at = input.indexOf('PDIS', at + 1);
  }
  return input.length;
}

// Local bindings: the hot loop should not go through module export accessors.
const SECTION_BREAK = SECTION_PAGE_BREAK;
const PAGE = PAGE_LINE;
const DASHES = UNDERLINE;
const STRUCTURAL = MAX_STRUCTURAL_LINE;

/**
 * Exact prefilter for mayEndBlockAt on input[start, end) from the clean text's first and last
 * characters (`first`, `last`): an END marker starts with E/e, or its word (summary, comment, text,
 * note) ends it before at most four of ` .)`. The last two letters settle most lines (`ry`, `nt`,
 * `xt`, `te`, either case); a line ending in ` .)` is left to mayEndBlockAt.
 */
export function mayEndBlockBy(input: string, start: number, end: number, first: number, last: number): boolean {
  if ((first | 0x20) === 0x65 || last === 0x2e || last === 0x29 || last === 0x20) return true;
  const letter = last | 0x20;
  if (letter !== 0x65 && letter !== 0x74 && letter !== 0x79) return false;
  if (end - start < 2) return false;
  const before = input.charCodeAt(end - 2) | 0x20;
  return letter === 0x65 ? before === 0x74 : letter === 0x74 ? before === 0x6e || before === 0x78 : before === 0x72;
}

/**
 * Kind of the non-blank line whose text is `text` = input[start, end), at most MAX_STRUCTURAL_LINE
 * long, with `first` and `last` its first and last characters (read once by the lexer).
 */
function kindOf(text: string, input: string, start: number, end: number, first: number, last: number): LineKind {
  // Page breaks start with an upper-case letter, underlines with `-` or `=`. Section breaks end
  // with a digit (`… OF 002`), page lines start with `PA`: cheap tests before each regex.
  if (first >= 65 && first <= 90) {
    if (last >= 0x30 && last <= 0x39 && mayEndSectionBreak(input, start, end) && SECTION_BREAK.test(text)) return 'pageBreak';
    return first === 0x50 && end - start > 1 && input.charCodeAt(start + 1) === 0x41 && PAGE.test(text) ? 'pageBreak' : 'text';
  }
  // An underline has three `-` or `=` first (`-- item` and `- item` lines fail here).
  if ((first === 45 || first === 61) && input.charCodeAt(start + 1) === first && input.charCodeAt(start + 2) === first && DASHES.test(text))
    return 'underline';
  return 'text';
}
