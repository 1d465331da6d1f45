// Reading flow of a paragraph: inline segments per chunk (lead text or sub-paragraph), each mapped
// back to the source; page-break noise leaves the flow and words split at a wrap are joined again.
import { mayHaveEnd } from './block-markers';
import { readPortionMarking } from './classification';
import type { CableLine } from './lex';
import { DASHED_ITEM, LETTERED_ITEM, NUMBERED_PARAGRAPH } from './line-kinds';
import type { InlineSegment, PortionMarking, Span, SubParagraph } from './model';

export interface Chunk {
  label: string | null;
  marking: PortionMarking | null;
  segments: InlineSegment[];
}

const START_MARKER = /^(?:BEGIN +(?:SUMMARY|COMMENT|NOTE|TEXT)|END +(?:OF +)?(?:SUMMARY|COMMENT|NOTE|TEXT)|SUMMARY(?: +AND +COMMENT)?|COMMENT|NOTE)(?![A-Za-z]) *[:.-]? */i;
const END_MARKER = /END +(?:OF +)?(?:SUMMARY|COMMENT|NOTE|TEXT)[ .)]{0,4}$/i;

/** Segments of one line's text starting at input offset `offset`. */
function lineSegments(text: string, offset: number, atChunkStart: boolean): InlineSegment[] {
  const segments: InlineSegment[] = [];
  let from = 0;
  if (atChunkStart) {
    const marking = readPortionMarking(text, offset);
    if (marking !== null) {
      segments.push({ kind: 'marking', text: marking.raw, marking, span: marking.span });
      from = marking.raw.length;
      while (text[from] === ' ') from++;
    }
  }
  const start = START_MARKER.exec(text.slice(from, from + 60));
  if (start !== null && /[:.-]|^(?:BEGIN|END)/i.test(start[0])) {
    const markerText = start[0].trimEnd();
    segments.push({ kind: 'marker', text: markerText, span: { start: offset + from, end: offset + from + markerText.length } });
    from += start[0].length;
  }
  let to = text.length;
  const tailFrom = Math.max(from, to - 48);
  const tailMatch = mayHaveEnd(text) ? END_MARKER.exec(text.slice(tailFrom)) : null;
  const endMarker = tailMatch === null ? null : { index: tailMatch.index + tailFrom - from, 0: tailMatch[0] };
  const tail: InlineSegment[] = [];
  if (endMarker !== null) {
    to = from + endMarker.index;
    tail.push({ kind: 'marker', text: endMarker[0], span: { start: offset + to, end: offset + text.length } });
    while (to > from && text[to - 1] === ' ') to--;
  }
  // Mid-sentence SIPDIS injected at a wrap.
  let cursor = from;
  for (let at = text.indexOf('SIPDIS', cursor); at !== -1 && at < to; at = text.indexOf('SIPDIS', cursor)) {
    const end = at + 6;
    const wordBoundary = (at === 0 || !/[A-Za-z]/.test(text[at - 1] ?? '')) && !/[A-Za-z]/.test(text[end] ?? '');
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
  return [...segments, ...tail];
}

/** Whether a line break between `previous` and `next` splits a word. */
function splitsWord(previous: CableLine, next: CableLine, trailingSpaceStyle: boolean): boolean {
  if (!trailingSpaceStyle || previous.trailingSpace) return false;
  return /[a-z-]$/.test(previous.text) && /^[a-z]/.test(next.text);
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
        while (text[skip] === ' ') skip++;
        text = text.slice(skip);
        offset += skip;
      }
      marking = readPortionMarking(text, offset);
    }
    const previousEndsSentence = previous === null || /[.:;!?"')]$/.test(previous.text);
    const item = DASHED_ITEM.exec(text) ?? ((gapStart !== -1 || previousEndsSentence) && index !== from ? LETTERED_ITEM.exec(text) : null);
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
      current.segments.push({ kind: 'softBreak', text: joined ? '' : ' ', span: { start: previous.textStart + previous.text.length, end: breakEnd } });
      if (gapPage !== null) current.segments.push({ kind: 'pageBreak', text: gapPage.text, span: { start: gapPage.start, end: line.textStart } });
    }
    gapStart = -1;
    gapPage = null;
    let atChunkStart = current.segments.length === 0;
    if (item !== null && atChunkStart) {
      const label = (item[1] ?? item[2] ?? item[3] ?? '').toLowerCase() || '--';
      current.label = label;
      // The label stays in the reading text; the marking after it is the item's own.
      let labelEnd = item[0].length;
      while (text[labelEnd] === ' ') labelEnd++;
      current.segments.push({ kind: 'text', text: text.slice(0, labelEnd), span: { start: offset, end: offset + labelEnd } });
      text = text.slice(labelEnd);
      offset += labelEnd;
      current.marking = readPortionMarking(text, offset);
      atChunkStart = true;
    }
    const segments = lineSegments(text, offset, atChunkStart);
    current.segments.push(...segments);
    previousWasCaption = segments.length === 1 && segments[0]?.kind === 'caption';
    previous = line;
  }
  return { number, marking, chunks };
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
