// Splits a text block that holds several cables one after the other, as real pages do when a
// cables.csv record leaked into a viewer body (07BERN881, 09MEXICO2556, 73TEHRAN2077).
// Pure: text in, offsets out; it never rewrites the text.
import { readCsvRecordPreamble, type CsvRecordFields } from './cables-csv-record';
import { splitHeaderAndBody } from './split-header-and-body';

export interface CableSegment {
  /** Segment bounds in the input (trailing blank lines trimmed from `end`). */
  start: number;
  end: number;
  /** The cables.csv fields that open this segment, if it starts with a record preamble. */
  record: CsvRecordFields | null;
  /** Routing header bounds, or null when the segment has none. */
  header: { start: number; end: number } | null;
  /** Body bounds (may be empty when the segment is a header only). */
  body: { start: number; end: number };
}

const CANDIDATE_LINE_START = /^(?:\d|<>)/;

/** Offsets of every line start that opens a cables.csv record, in order. */
function recordStarts(text: string): Array<{ at: number; fields: CsvRecordFields; contentStart: number }> {
  const starts: Array<{ at: number; fields: CsvRecordFields; contentStart: number }> = [];
  let offset = 0;
  while (offset < text.length) {
    if (CANDIDATE_LINE_START.test(text.slice(offset, offset + 2))) {
      const preamble = readCsvRecordPreamble(text, offset);
      if (preamble !== null) starts.push({ at: offset, fields: preamble.fields, contentStart: offset + preamble.end });
    }
    const newline = text.indexOf('\n', offset);
    if (newline < 0) break;
    offset = newline + 1;
  }
  return starts;
}

function trimEndOffset(text: string, start: number, end: number): number {
  let trimmed = end;
  while (trimmed > start && /\s/.test(text[trimmed - 1]!)) trimmed--;
  return trimmed;
}

function segmentOf(text: string, start: number, end: number, contentStart: number, record: CsvRecordFields | null): CableSegment {
  const trimmedEnd = trimEndOffset(text, contentStart, end);
  const content = text.slice(contentStart, trimmedEnd);
  const { headerStart, bodyStart } = splitHeaderAndBody(content);
  const header =
    headerStart === null ? null : { start: contentStart + headerStart, end: contentStart + trimEndOffset(content, headerStart, bodyStart) };
  return { start, end: trimmedEnd, record, header, body: { start: contentStart + bodyStart, end: trimmedEnd } };
}

/**
 * Cuts `text` before every cables.csv record preamble found at a line start. Text before the first
 * record (if any) is a segment of its own. Always returns at least one segment.
 */
export function splitConcatenatedCables(text: string): CableSegment[] {
  const starts = recordStarts(text);
  const segments: CableSegment[] = [];
  const firstAt = starts[0]?.at ?? text.length;
  if (firstAt > 0 && text.slice(0, firstAt).trim() !== '') segments.push(segmentOf(text, 0, firstAt, 0, null));
  starts.forEach((recordStart, index) => {
    const end = starts[index + 1]?.at ?? text.length;
    segments.push(segmentOf(text, recordStart.at, end, recordStart.contentStart, recordStart.fields));
  });
  if (segments.length === 0) segments.push(segmentOf(text, 0, text.length, 0, null));
  return segments;
}
