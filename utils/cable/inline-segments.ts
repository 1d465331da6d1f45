// Reading flow of a paragraph: inline segments per chunk (lead text or sub-paragraph), each mapped
// back to the source; page-break noise leaves the flow and words split at a wrap are joined again.
// Built one line at a time (ParagraphFlow), so the paragraph rule lays out each line as it reads it
// and the reading text grows with the segments instead of being collected from them afterwards.
// The common lines have lean paths: a paragraph's first line (addFirstLine) and runs of plain
// wrapped lines (addPlainLines); any other line takes the general one (add / addLine).
import { isAsciiLetter } from './char-codes';
import { isPlainLeadAt } from './line-lead';
import type { CableLine } from './lex';
import { dashedItemLabel, letteredItemLabel } from './item-label';
import type { InlineSegment, ParagraphNode, PortionMarking, Span, SubParagraph } from './model';
import { numberedParagraphLength, paragraphNumber } from './paragraph-number';
import { portionMarkingIn } from './portion-marking-scan';

const START_MARKER =
  /^(?:BEGIN +(?:SUMMARY|COMMENT|NOTE|TEXT)|END +(?:OF +)?(?:SUMMARY|COMMENT|NOTE|TEXT)|SUMMARY(?: +AND +COMMENT)?|COMMENT|NOTE)(?![A-Za-z]) *[:.-]? */i;
const END_MARKER = /END +(?:OF +)?(?:SUMMARY|COMMENT|NOTE|TEXT)[ .)]{0,4}$/i;
const MARKER_KEEPS = /[:.-]|^(?:BEGIN|END)/i;

/** Whether `input` at `at` starts with `word` (lower case), ignoring ASCII case. */
function startsWithWord(input: string, at: number, word: string): boolean {
  for (let index = 0; index < word.length; index++) if ((input.charCodeAt(at + index) | 0x20) !== word.charCodeAt(index)) return false;
  return true;
}

/**
 * Cheap prefilter on the input at `at`: START_MARKER only matches after BEGIN, END, SUMMARY, COMMENT
 * or NOTE (any case). A line's text never ends in a letter its input continues with, so reading the
 * input past the text cannot reject a match.
 */
function mayStartWithMarker(input: string, at: number): boolean {
  // The second letter first: it rules out most ordinary words (`be`/`by`, `en`/`ex`, `su`/`so`…).
  const second = input.charCodeAt(at + 1) | 0x20;
  switch (input.charCodeAt(at) | 0x20) {
    case 0x62:
      return second === 0x65 && startsWithWord(input, at, 'begin');
    case 0x65:
      return second === 0x6e && startsWithWord(input, at, 'end');
    case 0x73:
      return second === 0x75 && startsWithWord(input, at, 'summary');
    case 0x63:
      return second === 0x6f && startsWithWord(input, at, 'comment');
    case 0x6e:
      return second === 0x6f && startsWithWord(input, at, 'note');
    default:
      return false;
  }
}

/** readPortionMarking on a text (`offset`: where it starts in the input), read by hand. */
export function portionMarkingAt(text: string, offset: number): PortionMarking | null {
  return text.charCodeAt(0) === 0x28 ? portionMarkingIn(text, 0, text.length, offset) : null;
}

const SPACE = 0x20;

function isLowerCase(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** `[.:;!?"')]` as a character test. */
function endsSentence(last: number): boolean {
  return (
    last === 0x2e || last === 0x3a || last === 0x3b || last === 0x21 || last === 0x3f || last === 0x22 || last === 0x27 || last === 0x29
  );
}

/**
 * A text line that continues a chunk plainly (`next`: the line after it): no boundary, block
 * marker or item label at its start (isPlainLeadAt), no END marker or SIPDIS on it, and no underline
 * under it (a heading candidate, which the boundary test decides).
 */
function isPlainLine(input: string, line: CableLine, next: CableLine | undefined): boolean {
  return (
    line.kind === 'text' &&
    line.blockEnd === null &&
    !line.hasSipdis &&
    isPlainLeadAt(input, line.textStart) &&
    (next === undefined || next.kind !== 'underline')
  );
}

/**
 * A paragraph's layout, fed its lines in order (`add`, or the lean `addFirstLine` and
 * `addPlainLines` where they apply), then closed into its node (`toNode`).
 * Blank and page-break lines between content lines form a gap: a gap without a page break starts a
 * new chunk, one with a page break keeps the chunk and leaves a pageBreak segment in it.
 */
export class ParagraphFlow {
  /** The whole input: character tests read it (reads on a sliced line string cost more). */
  private readonly input: string;
  private readonly trailingSpaceStyle: boolean;
  private number: number | null = null;
  private marking: PortionMarking | null = null;
  /** Segments before the first sub-paragraph (the first chunk when it has no label). */
  private lead: InlineSegment[] | null = null;
  private readonly subParagraphs: SubParagraph[] = [];
  /** The open chunk: its segments, label, marking and reading text. */
  private segments: InlineSegment[] | null = null;
  private label: string | null = null;
  private chunkMarking: PortionMarking | null = null;
  private chunkText = '';
  /** Reading text of the closed chunks. */
  private text = '';
  private started = false;
  private previous: CableLine | null = null;
  /** Input offset just after the previous content line's text. */
  private previousEnd = 0;
  /** Last character of the previous content line (read only once there is one; a small integer keeps the field unboxed). */
  private previousLast = 0;
  private previousWasCaption = false;
  private inGap = false;
  private gapPage: CableLine | null = null;

  constructor(input: string, trailingSpaceStyle: boolean) {
    this.input = input;
    this.trailingSpaceStyle = trailingSpaceStyle;
  }

  /** Adds the paragraph's next line (content, blank or page break). */
  add(line: CableLine): void {
    if (line.kind !== 'text' || mayStartWithMarker(this.input, line.textStart) || !this.continueWithPlainLine(line)) this.addLine(line);
  }

  /**
   * The common case in one step, for a text line known not to start with a block marker (the
   * paragraph rule's boundary prefilter rules one out): a line that wraps the open chunk's text (no
   * gap before it, no item label, END tail or SIPDIS on it) becomes a soft break and one text segment.
   * Returns false, having done nothing, for any other line (then lay it out with `addLine`).
   */
  continueWithPlainLine(line: CableLine): boolean {
    const segments = this.segments;
    if (segments === null || this.inGap || line.blockEnd !== null || line.hasSipdis) return false;
    const text = line.text;
    const start = line.textStart;
    const input = this.input;
    const first = input.charCodeAt(start);
    if (text.length === 0 || first === 0x2d || first === 0x2014 || first === 0x2013) return false;
    const last = this.previousLast;
    // A lettered item can only follow a sentence end.
    if (endsSentence(last) && (first === 0x28 || (first >= 0x30 && first <= 0x39) || isAsciiLetter(first))) {
      const second = input.charCodeAt(start + 1);
      if (first === 0x28 || (first >= 0x30 && first <= 0x39) || second === 0x2e || second === 0x29) return false;
    }
    const previous = this.previous as CableLine;
    const joined =
      this.previousWasCaption ||
      (this.trailingSpaceStyle && !previous.trailingSpace && (isLowerCase(last) || last === 0x2d) && isLowerCase(first));
    const end = start + text.length;
    segments.push({ kind: 'softBreak', text: joined ? '' : ' ', span: { start: this.previousEnd, end: start } });
    segments.push({ kind: 'text', text, span: { start, end } });
    this.chunkText = joined ? this.chunkText + text : `${this.chunkText} ${text}`;
    this.previousWasCaption = false;
    this.previous = line;
    this.previousEnd = end;
    this.previousLast = input.charCodeAt(end - 1);
    return true;
  }

  /**
   * continueWithPlainLine over a run of lines: lays out the lines from `from` on while each is a
   * plain line (isPlainLine) that continues the open chunk, stopping before `stop`. Returns the first
   * line it did not take. The run keeps its state in locals and stores it once at the end.
   */
  addPlainLines(lines: readonly CableLine[], from: number, stop: number): number {
    const segments = this.segments;
    if (segments === null || this.inGap || from >= stop) return from;
    const input = this.input;
    const trailingSpaceStyle = this.trailingSpaceStyle;
    let chunkText = this.chunkText;
    let previous = this.previous as CableLine;
    let previousEnd = this.previousEnd;
    let last = this.previousLast;
    let joinNext = this.previousWasCaption;
    let index = from;
    let line = lines[index] as CableLine;
    for (;;) {
      const next = lines[index + 1];
      if (!isPlainLine(input, line, next)) break;
      const text = line.text;
      const start = line.textStart;
      const end = start + text.length;
      const joined =
        joinNext ||
        (trailingSpaceStyle && !previous.trailingSpace && (isLowerCase(last) || last === 0x2d) && isLowerCase(input.charCodeAt(start)));
      segments.push({ kind: 'softBreak', text: joined ? '' : ' ', span: { start: previousEnd, end: start } });
      segments.push({ kind: 'text', text, span: { start, end } });
      chunkText = joined ? chunkText + text : `${chunkText} ${text}`;
      joinNext = false;
      previous = line;
      previousEnd = end;
      last = input.charCodeAt(end - 1);
      index++;
      if (index >= stop || next === undefined) break;
      line = next;
    }
    if (index !== from) {
      this.chunkText = chunkText;
      this.previous = previous;
      this.previousEnd = previousEnd;
      this.previousLast = last;
      this.previousWasCaption = false;
    }
    return index;
  }

  /**
   * Adds the paragraph's first line: `addLine` for a first line, with its common case (a text line,
   * maybe numbered and marked, with no item label, block marker, END tail or SIPDIS) read on the
   * input in one pass. Any other line goes to `addLine`, which then reads it from scratch.
   */
  addFirstLine(line: CableLine): void {
    if (this.started || line.kind !== 'text' || line.blockEnd !== null || line.hasSipdis) return this.addLine(line);
    const input = this.input;
    const text = line.text;
    const start = line.textStart;
    const end = start + text.length;
    let at = start;
    let number: number | null = null;
    const first = input.charCodeAt(start);
    if (first >= 0x30 && first <= 0x39) {
      const numbered = numberedParagraphLength(text);
      if (numbered !== 0) {
        number = paragraphNumber(text, numbered);
        at += numbered;
        while (at < end && input.charCodeAt(at) === SPACE) at++;
      }
    }
    // A dashed item label (`-`, `--`, `—`, `–`) needs the general layout.
    const lead = at < end ? input.charCodeAt(at) : 0;
    if (lead === 0x2d || lead === 0x2014 || lead === 0x2013) return this.addLine(line);
    const marking = lead === 0x28 ? portionMarkingIn(input, at, end, at) : null;
    let from = at;
    if (marking !== null) {
      from = at + marking.raw.length;
      while (from < end && input.charCodeAt(from) === SPACE) from++;
    }
    if (mayStartWithMarker(input, from)) return this.addLine(line);
    this.started = true;
    this.number = number;
    this.marking = marking;
    const segments: InlineSegment[] = [];
    this.segments = segments;
    if (marking !== null) segments.push({ kind: 'marking', text: marking.raw, marking, span: marking.span });
    if (end > from) {
      const rest = from === start ? text : input.slice(from, end);
      segments.push({ kind: 'text', text: rest, span: { start: from, end } });
      this.chunkText = rest;
    }
    this.previous = line;
    this.previousEnd = end;
    this.previousLast = end > 0 ? input.charCodeAt(end - 1) : 0;
  }

  /** Adds a blank or page-break line inside the paragraph (what `addLine` does with one, without its dispatch). */
  addGapLine(line: CableLine): void {
    this.started = true;
    this.inGap = true;
    if (line.kind === 'pageBreak' && this.gapPage === null) this.gapPage = line;
  }

  /** Adds the next line the general way (`add` picks this when the one-step case does not apply; a first line always needs it). */
  addLine(line: CableLine): void {
    const isFirst = !this.started;
    this.started = true;
    if (line.kind === 'blank' || line.kind === 'pageBreak') {
      this.inGap = true;
      if (line.kind === 'pageBreak' && this.gapPage === null) this.gapPage = line;
      return;
    }
    let text = line.text;
    let offset = line.textStart;
    if (isFirst) {
      const numbered = numberedParagraphLength(text);
      if (numbered !== 0) {
        this.number = paragraphNumber(text, numbered);
        let skip = numbered;
        while (text.charCodeAt(skip) === SPACE) skip++;
        text = text.slice(skip);
        offset += skip;
      }
      this.marking = portionMarkingAt(text, offset);
    }
    const input = this.input;
    const previous = this.previous;
    const item =
      dashedItemLabel(text) ??
      ((this.inGap || previous === null || endsSentence(this.previousLast)) && !isFirst ? letteredItemLabel(text) : null);
    let segments = this.segments;
    if (segments === null || item !== null || (this.inGap && this.gapPage === null)) {
      segments = this.openChunk();
    } else if (previous !== null) {
      const gapPage = this.gapPage;
      const joined = this.previousWasCaption || this.splitsWord(previous, input.charCodeAt(line.textStart));
      segments.push({
        kind: 'softBreak',
        text: joined ? '' : ' ',
        span: { start: this.previousEnd, end: gapPage !== null ? gapPage.start : line.textStart },
      });
      if (!joined) this.chunkText += ' ';
      if (gapPage !== null) segments.push({ kind: 'pageBreak', text: gapPage.text, span: { start: gapPage.start, end: line.textStart } });
    }
    this.inGap = false;
    this.gapPage = null;
    // The portion marking at the start of a chunk (read once: the paragraph's or the item's is the same).
    let startMarking: PortionMarking | null | undefined = segments.length === 0 ? (isFirst ? this.marking : undefined) : null;
    if (item !== null) {
      // A new chunk was opened for the item, so this is its start.
      this.label = item.label;
      // The label stays in the reading text; the marking after it is the item's own.
      let labelEnd = item.length;
      while (text.charCodeAt(labelEnd) === SPACE) labelEnd++;
      const labelText = text.slice(0, labelEnd);
      segments.push({ kind: 'text', text: labelText, span: { start: offset, end: offset + labelEnd } });
      this.chunkText += labelText;
      text = text.slice(labelEnd);
      offset += labelEnd;
      this.chunkMarking = portionMarkingAt(text, offset);
      startMarking = this.chunkMarking;
    }
    if (startMarking === undefined) startMarking = portionMarkingAt(text, offset);
    const before = segments.length;
    let from = 0;
    if (startMarking !== null) {
      segments.push({ kind: 'marking', text: startMarking.raw, marking: startMarking, span: startMarking.span });
      from = startMarking.raw.length;
      while (input.charCodeAt(offset + from) === SPACE && from < text.length) from++;
    }
    // The END tail can only match where the whole line matched an END pattern (same tail, longer).
    const mayEnd = line.blockEnd !== null;
    if (mayEnd || line.hasSipdis || mayStartWithMarker(input, offset + from))
      this.addMarkedText(segments, text, offset, from, mayEnd, line.hasSipdis);
    else if (text.length > from) this.pushText(segments, from === 0 ? text : text.slice(from), offset + from, offset + text.length);
    const added = segments.length - before;
    this.previousWasCaption = added === 1 && segments[segments.length - 1]?.kind === 'caption';
    this.previous = line;
    this.previousEnd = line.textStart + line.text.length;
    // An empty text (a glued signature's line cut to nothing) is the paragraph's last line.
    this.previousLast = this.previousEnd > 0 ? input.charCodeAt(this.previousEnd - 1) : 0;
  }

  /** Whether the first line started with a paragraph number (`1. (C) …`). */
  isNumbered(): boolean {
    return this.number !== null;
  }

  /** The paragraph node; the flow must not be fed after this. */
  toNode(span: Span): ParagraphNode {
    this.closeChunk();
    return {
      kind: 'paragraph',
      span,
      number: this.number,
      marking: this.marking,
      segments: this.lead ?? [],
      subParagraphs: this.subParagraphs,
      text: this.text,
    };
  }

  /** Whether the line break after `previous` splits a word whose rest starts with `nextFirst`. */
  private splitsWord(previous: CableLine, nextFirst: number): boolean {
    if (!this.trailingSpaceStyle || previous.trailingSpace) return false;
    const last = this.previousLast;
    return (isLowerCase(last) || last === 0x2d) && isLowerCase(nextFirst);
  }

  private openChunk(): InlineSegment[] {
    this.closeChunk();
    const segments: InlineSegment[] = [];
    this.segments = segments;
    this.label = null;
    this.chunkMarking = null;
    this.chunkText = '';
    return segments;
  }

  private closeChunk(): void {
    const segments = this.segments;
    if (segments === null) return;
    if (this.lead === null && this.subParagraphs.length === 0 && this.label === null) this.lead = segments;
    else {
      const span = { start: segments[0]?.span.start ?? 0, end: segments[segments.length - 1]?.span.end ?? 0 };
      this.subParagraphs.push({ label: this.label, marking: this.chunkMarking, span, segments });
    }
    // Non-empty chunk texts joined by `\n`.
    const part = this.chunkText;
    if (part !== '') this.text = this.text === '' ? part : `${this.text}\n${part}`;
    this.segments = null;
  }

  /**
   * Appends the segments of a line's text from `from` on (starting at input offset `offset`) when it
   * may hold a block marker at its start, an END tail or SIPDIS, with their reading text.
   * `mayEnd` is false when the line cannot hold an END marker, `hasSipdis` when it has no `SIPDIS`.
   */
  private addMarkedText(
    segments: InlineSegment[],
    text: string,
    offset: number,
    textFrom: number,
    mayEnd: boolean,
    hasSipdis: boolean,
  ): void {
    let from = textFrom;
    if (mayStartWithMarker(this.input, offset + from)) {
      const start = START_MARKER.exec(text.slice(from, from + 60));
      if (start !== null && MARKER_KEEPS.test(start[0])) {
        const markerText = start[0].trimEnd();
        segments.push({ kind: 'marker', text: markerText, span: { start: offset + from, end: offset + from + markerText.length } });
        this.chunkText += markerText;
        from += start[0].length;
      }
    }
    let to = text.length;
    let tail: InlineSegment | null = null;
    if (mayEnd) {
      const tailFrom = Math.max(from, to - 48);
      const tailMatch = END_MARKER.exec(text.slice(tailFrom));
      if (tailMatch !== null) {
        to = tailMatch.index + tailFrom;
        tail = { kind: 'marker', text: tailMatch[0], span: { start: offset + to, end: offset + text.length } };
        while (to > from && text.charCodeAt(to - 1) === SPACE) to--;
      }
    }
    // Mid-sentence SIPDIS injected at a wrap (only lines the lexer saw it on are searched).
    if (hasSipdis) {
      let cursor = from;
      for (let at = text.indexOf('SIPDIS', cursor); at !== -1 && at < to; at = text.indexOf('SIPDIS', cursor)) {
        const end = at + 6;
        const wordBoundary = (at === 0 || !isAsciiLetter(text.charCodeAt(at - 1))) && !isAsciiLetter(text.charCodeAt(end));
        cursor = end;
        if (!wordBoundary || end > to) continue;
        if (at > from) this.pushText(segments, text.slice(from, at), offset + from, offset + at);
        segments.push({ kind: 'caption', text: 'SIPDIS', span: { start: offset + at, end: offset + end } });
        from = end;
      }
    }
    if (to > from) this.pushText(segments, text.slice(from, to), offset + from, offset + to);
    if (tail !== null) {
      segments.push(tail);
      this.chunkText += tail.text;
    }
  }

  private pushText(segments: InlineSegment[], text: string, start: number, end: number): void {
    segments.push({ kind: 'text', text, span: { start, end } });
    this.chunkText += text;
  }
}
