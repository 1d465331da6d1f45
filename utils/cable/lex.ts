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
    const from = cleanTextStart(input, start, end);
    const to = cleanTextEnd(input, from, end);
    const trailingSpace = endsWithSpace(input, start, end);
    const index = lines.length;
    const text = input.slice(from, to);
    let kind: LineKind = 'blank';
    let blockEnd: BlockKind | null = null;
    if (from < to) {
      kind = kindOf(text, input, from, to);
      if (mayEndBlockAt(input, from, to)) {
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
        if (to - from >= 40) {
          if (trailingSpace) withSpace++;
          else without++;
        }
        // Records start with a digit (startsAppendedRecord's test, from line 1).
        const first = input.charCodeAt(from);
        if (first >= 0x30 && first <= 0x39 && firstAppendedRecord === -1 && index > 0 && text.length <= 100_000 && mayStartRecord(text)) {
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

/** Kind of the non-blank line whose text is `text` = input[start, end); character tests read the input itself. */
function kindOf(text: string, input: string, start: number, end: number): LineKind {
  if (end - start > STRUCTURAL) return 'text';
  const first = input.charCodeAt(start);
  // Page breaks start with an upper-case letter, underlines with `-` or `=`. Section breaks end
  // with a digit (`… OF 002`), page lines start with `PA`: cheap tests before each regex.
  if (first >= 65 && first <= 90) {
    if (mayEndSectionBreak(input, start, end) && SECTION_BREAK.test(text)) return 'pageBreak';
    return first === 0x50 && end - start > 1 && input.charCodeAt(start + 1) === 0x41 && PAGE.test(text) ? 'pageBreak' : 'text';
  }
  // An underline has three `-` or `=` first (`-- item` and `- item` lines fail here).
  if ((first === 45 || first === 61) && input.charCodeAt(start + 1) === first && input.charCodeAt(start + 2) === first && DASHES.test(text))
    return 'underline';
  return 'text';
}
