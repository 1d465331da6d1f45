// Reading flow of a paragraph: inline segments per chunk (lead text or sub-paragraph), each mapped
// back to the source; page-break noise leaves the flow and words split at a wrap are joined again.
import { readPortionMarking } from './classification';
import type { CableLine } from './lex';
import { DASHED_ITEM, LETTERED_ITEM, NUMBERED_PARAGRAPH } from './line-kinds';
import type { InlineSegment, PortionMarking, Span, SubParagraph } from './model';

export interface Chunk {
  label: string | null;
  marking: PortionMarking | null;
  segments: InlineSegment[];
}

const START_MARKER =
  /^(?:BEGIN +(?:SUMMARY|COMMENT|NOTE|TEXT)|END +(?:OF +)?(?:SUMMARY|COMMENT|NOTE|TEXT)|SUMMARY(?: +AND +COMMENT)?|COMMENT|NOTE)(?![A-Za-z]) *[:.-]? */i;
const END_MARKER = /END +(?:OF +)?(?:SUMMARY|COMMENT|NOTE|TEXT)[ .)]{0,4}$/i;

/** Whether `text` at `at` starts with `word` (lower case), ignoring ASCII case. */
function startsWithWord(text: string, at: number, word: string): boolean {
  for (let index = 0; index < word.length; index++) if ((text.charCodeAt(at + index) | 0x20) !== word.charCodeAt(index)) return false;
  return true;
}

/** Cheap exact prefilter: START_MARKER only matches after BEGIN, END, SUMMARY, COMMENT or NOTE (any case). */
function mayStartWithMarker(text: string, at: number): boolean {
  switch (text.charCodeAt(at) | 0x20) {
    case 0x62:
      return startsWithWord(text, at, 'begin');
    case 0x65:
      return startsWithWord(text, at, 'end');
    case 0x73:
      return startsWithWord(text, at, 'summary');
    case 0x63:
      return startsWithWord(text, at, 'comment');
    case 0x6e:
      return startsWithWord(text, at, 'note');
    default:
      return false;
  }
}

/** Portion markings always start with `(`; testing that first skips the regex on most lines. */
function portionMarkingAt(text: string, offset: number): PortionMarking | null {
  return text.charCodeAt(0) === 0x28 ? readPortionMarking(text, offset) : null;
}

const SPACE = 0x20;

/**
 * Appends the segments of one line's text (starting at input offset `offset`) to `segments`;
 * returns how many it added. `mayEnd` is false when the line cannot hold an END marker, `hasSipdis`
 * when it has no `SIPDIS`.
 */
function lineSegments(
  segments: InlineSegment[],
  text: string,
  offset: number,
  atChunkStart: boolean,
  mayEnd: boolean,
  hasSipdis: boolean,
): number {
  const before = segments.length;
  let from = 0;
  if (atChunkStart) {
    const marking = portionMarkingAt(text, offset);
    if (marking !== null) {
      segments.push({ kind: 'marking', text: marking.raw, marking, span: marking.span });
      from = marking.raw.length;
      while (text.charCodeAt(from) === SPACE) from++;
    }
  }
  const start = mayStartWithMarker(text, from) ? START_MARKER.exec(text.slice(from, from + 60)) : null;
  if (start !== null && /[:.-]|^(?:BEGIN|END)/i.test(start[0])) {
    const markerText = start[0].trimEnd();
    segments.push({ kind: 'marker', text: markerText, span: { start: offset + from, end: offset + from + markerText.length } });
    from += start[0].length;
  }
  let to = text.length;
  const tailFrom = Math.max(from, to - 48);
  const tailMatch = mayEnd ? END_MARKER.exec(text.slice(tailFrom)) : null;
  let tail: InlineSegment | null = null;
  if (tailMatch !== null) {
    to = tailMatch.index + tailFrom;
    tail = { kind: 'marker', text: tailMatch[0], span: { start: offset + to, end: offset + text.length } };
    while (to > from && text.charCodeAt(to - 1) === SPACE) to--;
  }
  // Mid-sentence SIPDIS injected at a wrap (only lines the lexer saw it on are searched).
  let cursor = from;
  for (let at = hasSipdis ? text.indexOf('SIPDIS', cursor) : -1; at !== -1 && at < to; at = text.indexOf('SIPDIS', cursor)) {
    const end = at + 6;
    const wordBoundary = (at === 0 || !isAsciiLetter(text.charCodeAt(at - 1))) && !isAsciiLetter(text.charCodeAt(end));
    if (!wordBoundary || end > to) {
      cursor = end;
      continue;
    }
    if (at > from) segments.push({ kind: 'text', text: text.slice(from, at), span: { start: offset + from, end: offset + at } });
    segments.push({ kind: 'caption', text: 'SIPDIS', span: { start: offset + at, end: offset + end } });
    from = end;
    cursor = end;
  }
  if (to > from) segments.push({ kind: 'text', text: text.slice(from, to), span: { start: offset + from, end: offset + to } });
  if (tail !== null) segments.push(tail);
  return segments.length - before;
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

function isLowerCase(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** Whether a line break between `previous` and `next` splits a word. */
function splitsWord(previous: CableLine, next: CableLine, trailingSpaceStyle: boolean): boolean {
  if (!trailingSpaceStyle || previous.trailingSpace) return false;
  const last = previous.text.charCodeAt(previous.text.length - 1);
  return (isLowerCase(last) || last === 0x2d) && isLowerCase(next.text.charCodeAt(0));
}

/** `[.:;!?"')]$` as a character test. */
function endsSentence(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return (
    last === 0x2e || last === 0x3a || last === 0x3b || last === 0x21 || last === 0x3f || last === 0x22 || last === 0x27 || last === 0x29
  );
}

/** DASHED_ITEM only matches after `-`, `—` or `–`. */
function dashedItem(text: string): RegExpExecArray | null {
  const first = text.charCodeAt(0);
  return first === 0x2d || first === 0x2014 || first === 0x2013 ? DASHED_ITEM.exec(text) : null;
}

/** LETTERED_ITEM only matches `(x)`, `x.`, `x)` or digits first. */
function letteredItem(text: string): RegExpExecArray | null {
  const first = text.charCodeAt(0);
  if (first === 0x28 || (first >= 0x30 && first <= 0x39)) return LETTERED_ITEM.exec(text);
  if (!isAsciiLetter(first)) return null;
  const second = text.charCodeAt(1);
  return second === 0x2e || second === 0x29 ? LETTERED_ITEM.exec(text) : null;
}

export interface ParagraphLayout {
  number: number | null;
  marking: PortionMarking | null;
  chunks: Chunk[];
}

/** Lays out the lines [from, to) of a paragraph into chunks of inline segments. */
export function layoutParagraph(lines: readonly CableLine[], from: number, to: number, trailingSpaceStyle: boolean): ParagraphLayout {
  const chunks: Chunk[] = [];
  let number: number | null = null;
  let marking: PortionMarking | null = null;
  let current: Chunk | null = null;
  let previous: CableLine | null = null;
  let previousWasCaption = false;
  let gapStart = -1;
  let gapPage: CableLine | null = null;
  for (let index = from; index < to; index++) {
    const line = lines[index];
    if (line === undefined) break;
    if (line.kind === 'blank' || line.kind === 'pageBreak') {
      if (gapStart === -1) gapStart = index;
      if (line.kind === 'pageBreak' && gapPage === null) gapPage = line;
      continue;
    }
    let text = line.text;
    let offset = line.textStart;
    if (index === from) {
      const numbered = NUMBERED_PARAGRAPH.exec(text);
      if (numbered !== null) {
        number = Number(numbered[1]);
        let skip = numbered[0].length;
        while (text.charCodeAt(skip) === SPACE) skip++;
        text = text.slice(skip);
        offset += skip;
      }
      marking = portionMarkingAt(text, offset);
    }
    const previousEndsSentence = previous === null || endsSentence(previous.text);
    const item = dashedItem(text) ?? ((gapStart !== -1 || previousEndsSentence) && index !== from ? letteredItem(text) : null);
    const hadGap = gapStart !== -1;
    if (current === null) {
      current = { label: null, marking: null, segments: [] };
      chunks.push(current);
    } else if (item !== null || (hadGap && gapPage === null)) {
      current = { label: null, marking: null, segments: [] };
      chunks.push(current);
    } else if (previous !== null) {
      const joined = splitsWord(previous, line, trailingSpaceStyle) || previousWasCaption;
      const breakEnd = gapPage !== null ? gapPage.start : line.textStart;
      current.segments.push({
        kind: 'softBreak',
        text: joined ? '' : ' ',
        span: { start: previous.textStart + previous.text.length, end: breakEnd },
      });
      if (gapPage !== null)
        current.segments.push({ kind: 'pageBreak', text: gapPage.text, span: { start: gapPage.start, end: line.textStart } });
    }
    gapStart = -1;
    gapPage = null;
    let atChunkStart = current.segments.length === 0;
    if (item !== null && atChunkStart) {
      const label = (item[1] ?? item[2] ?? item[3] ?? '').toLowerCase() || '--';
      current.label = label;
      // The label stays in the reading text; the marking after it is the item's own.
      let labelEnd = item[0].length;
      while (text.charCodeAt(labelEnd) === SPACE) labelEnd++;
      current.segments.push({ kind: 'text', text: text.slice(0, labelEnd), span: { start: offset, end: offset + labelEnd } });
      text = text.slice(labelEnd);
      offset += labelEnd;
      current.marking = portionMarkingAt(text, offset);
      atChunkStart = true;
    }
    // The END tail can only match where the whole line matched an END pattern (same tail, longer).
    const added = lineSegments(current.segments, text, offset, atChunkStart, line.blockEnd !== null, line.hasSipdis);
    previousWasCaption = added === 1 && current.segments[current.segments.length - 1]?.kind === 'caption';
    previous = line;
  }
  return { number, marking, chunks };
}

/** Reading text of a paragraph: its lead and each sub-paragraph's, non-empty ones joined by `\n`. */
export function paragraphText(lead: readonly InlineSegment[], chunks: readonly Chunk[]): string {
  // A loop instead of map/filter/join: no intermediate arrays for the common one-chunk paragraph.
  let text = readingText(lead);
  for (const chunk of chunks) {
    const part = readingText(chunk.segments);
    if (part !== '') text = text === '' ? part : `${text}\n${part}`;
  }
  return text;
}

/** Reading text of segments: page breaks and injected captions leave the flow. */
export function readingText(segments: readonly InlineSegment[]): string {
  let text = '';
  for (const segment of segments) {
    if (segment.kind === 'text' || segment.kind === 'softBreak' || segment.kind === 'marker') text += segment.text;
  }
  return text;
}

export function chunkSpan(chunk: Chunk): Span {
  const first = chunk.segments[0];
  const last = chunk.segments[chunk.segments.length - 1];
  return { start: first?.span.start ?? 0, end: last?.span.end ?? 0 };
}

export function toSubParagraph(chunk: Chunk): SubParagraph {
  return { label: chunk.label, marking: chunk.marking, span: chunkSpan(chunk), segments: chunk.segments };
}
