// The one-pass paragraph rule's shortcuts must not change what it finds:
// 1. the hand-read paragraph number, item labels and block-opener prefix answer exactly as the patterns
//    they replace;
// 2. the two-character boundary prefilter never rejects a line a boundary pattern accepts;
// 3. ParagraphFlow (one line at a time, with a fast path for plain wrapped lines) lays out any line
//    sequence exactly as the two-pass layout it replaced (kept below as the reference).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockStartKind } from '../../../utils/cable/block-markers';
import { readPortionMarking } from '../../../utils/cable/classification';
import { ParagraphFlow, portionMarkingAt } from '../../../utils/cable/inline-segments';
import { dashedItemLabel, letteredItemLabel } from '../../../utils/cable/item-label';
import { type CableLine, lexCable } from '../../../utils/cable/lex';
import { DASHED_ITEM, LETTERED_ITEM, NUMBERED_PARAGRAPH } from '../../../utils/cable/line-kinds';
import type { InlineSegment, ParagraphNode, PortionMarking } from '../../../utils/cable/model';
import { numberedParagraphLength, paragraphNumber } from '../../../utils/cable/paragraph-number';
import { mayStartBoundaryAt } from '../../../utils/cable/rules/paragraph';
import { fixtureNames, loadFixture } from '../cable/fixture-loader';
import { fixtureParagraphs, randomParagraph } from './paragraph-inputs';
import { anyBoundaryPattern, referenceBlockStartKind } from './reference-rules';

const fixtureLines = fixtureNames().flatMap((name) => lexCable(loadFixture(name)).map((line) => line.text));

describe('numberedParagraphLength', () => {
  it('matches NUMBERED_PARAGRAPH exactly (random lines and every fixture line)', () => {
    const head = fc.string({ unit: fc.constantFrom(...'0123456789.)( AaZz-'), maxLength: 8 });
    const check = (text: string): void => {
      const match = NUMBERED_PARAGRAPH.exec(text);
      const length = numberedParagraphLength(text);
      expect(length).toBe(match === null ? 0 : match[0].length);
      if (match !== null) expect(paragraphNumber(text, length)).toBe(Number(match[1]));
    };
    fc.assert(
      fc.property(head, fc.constantFrom('', 'x', ' (C) text', 'With', 'with', '(SBU)'), (start, rest) => check(start + rest)),
      { numRuns: 4000 },
    );
    let numbered = 0;
    for (const text of fixtureLines) {
      check(text);
      if (NUMBERED_PARAGRAPH.test(text)) numbered++;
    }
    expect(numbered).toBeGreaterThan(100);
  });

  it('reads hand-checked paragraph starts', () => {
    expect([numberedParagraphLength('1. (C) Summary'), paragraphNumber('1. (C) Summary', 2)]).toEqual([2, 1]);
    expect([numberedParagraphLength('10.  (SBU) The'), paragraphNumber('10.  (SBU) The', 3)]).toEqual([3, 10]);
    expect(numberedParagraphLength('12) text')).toBe(3);
    expect(numberedParagraphLength('3.With')).toBe(2);
    expect(numberedParagraphLength('7.')).toBe(2);
    expect(numberedParagraphLength('3.with')).toBe(0);
    expect(numberedParagraphLength('7.X')).toBe(0);
    expect(numberedParagraphLength('1234. x')).toBe(0);
    expect(numberedParagraphLength('2009 was')).toBe(0);
  });
});

describe('item labels', () => {
  it('match DASHED_ITEM and LETTERED_ITEM exactly (random lines and every fixture line)', () => {
    const expectLikePatterns = (text: string): void => {
      const dashed = DASHED_ITEM.exec(text);
      expect(dashedItemLabel(text)).toEqual(dashed === null ? null : { length: dashed[0].length, label: dashed[1] });
      const lettered = LETTERED_ITEM.exec(text);
      expect(letteredItemLabel(text)).toEqual(
        lettered === null ? null : { length: lettered[0].length, label: (lettered[1] ?? lettered[2] ?? lettered[3] ?? '').toLowerCase() },
      );
    };
    const head = fc.string({ unit: fc.constantFrom(...'-—–(aZz019.) x'), maxLength: 6 });
    fc.assert(
      fc.property(head, fc.constantFrom('', ' item', 'item', '(C) x'), (start, rest) => expectLikePatterns(start + rest)),
      {
        numRuns: 5000,
      },
    );
    let items = 0;
    for (const text of fixtureLines) {
      expectLikePatterns(text);
      if (DASHED_ITEM.test(text) || LETTERED_ITEM.test(text)) items++;
    }
    expect(items).toBeGreaterThan(50);
  });

  it('reads hand-checked labels', () => {
    expect(dashedItemLabel('-- the first point')).toEqual({ length: 2, label: '--' });
    expect(dashedItemLabel('-(C) x')).toEqual({ length: 1, label: '-' });
    expect(dashedItemLabel('--- x')).toBeNull();
    expect(dashedItemLabel('—Iran')).toEqual({ length: 1, label: '—' });
    expect(dashedItemLabel('-5 percent')).toBeNull();
    expect(letteredItemLabel('(B) x')).toEqual({ length: 3, label: 'b' });
    expect(letteredItemLabel('C) x')).toEqual({ length: 2, label: 'c' });
    expect(letteredItemLabel('12a. x')).toEqual({ length: 4, label: 'a' });
    expect(letteredItemLabel('1234a. x')).toBeNull();
    expect(letteredItemLabel('12A. x')).toBeNull();
    expect(letteredItemLabel('a.x')).toBeNull();
  });
});

describe('blockStartKind prefix', () => {
  it('answers as the prefix regex on prefixes of every shape (digits, groups of 0-16 characters, spaces)', () => {
    const prefix = fc
      .tuple(
        fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 5 }),
        fc.constantFrom('', '.', ')', ':'),
        fc.constantFrom('', ' ', '   '),
        fc.boolean(),
        fc.string({ unit: fc.constantFrom(...'CSUNFa/ 1.'), maxLength: 16 }),
        fc.constantFrom('', ')', ') ', ')  '),
      )
      .map(([digits, stop, spaces, open, inside, close]) => `${digits}${stop}${spaces}${open ? '(' : ''}${inside}${close}`);
    const opener = fc.constantFrom('Summary:', 'COMMENT.', 'Note -', 'BEGIN TEXT', 'begin summary', 'Summary and comment:', 'Notes', 'x');
    fc.assert(
      fc.property(prefix, opener, (head, word) => {
        expect(blockStartKind(head + word)).toBe(referenceBlockStartKind(head + word));
      }),
      { numRuns: 5000 },
    );
    for (const text of fixtureLines) expect(blockStartKind(text)).toBe(referenceBlockStartKind(text));
  });

  it('reads only the first 400 characters, as the regex on the bounded prefix did', () => {
    expect(blockStartKind(`1.${' '.repeat(395)}SUMMARY: x`)).toBeNull();
    expect(blockStartKind(`1.${' '.repeat(380)}SUMMARY: x`)).toBe('summary');
    expect(blockStartKind('3. (C) Comment: the')).toBe('comment');
    expect(blockStartKind('(ABCDEFGHIJKLMN) Note: x')).toBe('note');
    expect(blockStartKind('(ABCDEFGHIJKLMNO) Note: x')).toBeNull();
    expect(blockStartKind('1000. Summary: x')).toBeNull();
  });
});

describe('portionMarkingAt', () => {
  it('reads exactly what readPortionMarking reads (random markings and every fixture line)', () => {
    const marking = fc
      .tuple(fc.string({ unit: fc.constantFrom(...'CSUNFBTOcsu/ ()1'), maxLength: 10 }), fc.constantFrom('', ')', ') text', 'x'))
      .map(([body, tail]) => `(${body}${tail}`);
    const check = (text: string): void => {
      expect(portionMarkingAt(text, 7)).toEqual(readPortionMarking(text, 7));
    };
    fc.assert(fc.property(fc.oneof(marking, fc.string({ maxLength: 12 })), check), { numRuns: 4000 });
    for (const text of fixtureLines) check(text);
    for (const text of ['(C) x', '(SBU) x', '(S/NF) x', '(ABCDEF) x', '(ABCDEFG) x', '(c)', '() x', '(X) x']) check(text);
    expect(portionMarkingAt('(SBU) The', 10)).toEqual({ raw: '(SBU)', level: 'SBU', span: { start: 10, end: 15 } });
    expect(portionMarkingAt('(X) The', 10)).toBeNull();
  });
});

describe('mayStartBoundaryAt', () => {
  it('passes every line a boundary pattern accepts (random lines and every fixture line)', () => {
    const BOUNDARY_WORDS = ['BEGIN TEXT', 'BT', 'NNNN', 'NNN', 'END SUMMARY', 'SUMMARY:', 'COMMENT:', 'NOTE:', 'CLASSIFIED BY: X'];
    const BANNERS = ['CONFIDENTIAL', 'C O N F I D E N T I A L', 'SECRET', 'S E C R E T', 'TOP SECRET', 'T O P  SECRET'];
    const words = [...BOUNDARY_WORDS, ...BANNERS, 'UNCLASSIFIED', 'U N C L A S', 'LIMITED OFFICIAL USE', 'L I M I T E D', '1. (C)'];
    const flip = (text: string, mask: number): string =>
      [...text].map((char, index) => ((mask >> (index % 30)) & 1 ? char.toLowerCase() : char)).join('');
    const line = fc
      .tuple(fc.constantFrom(...words), fc.integer({ min: 0, max: 2 ** 30 }), fc.string({ maxLength: 6 }))
      .map(([word, mask, tail]) => flip(word, mask) + tail);
    const check = (text: string): void => {
      // Embedded in an input, as the parser calls it (the character after the text is read too).
      if (anyBoundaryPattern(text)) expect(mayStartBoundaryAt(`${text}\n`, 0)).toBe(true);
    };
    // Lines made of the boundary words' letters, spaces and stops: spaced and cut-short words.
    const letters = fc.string({ unit: fc.constantFrom(...'BCEGILMNOPRSTUYbceilmnoprstu :.'), maxLength: 14 });
    fc.assert(fc.property(fc.oneof(line, letters, fc.string({ maxLength: 12 })), check), { numRuns: 6000 });
    let matched = 0;
    for (const text of fixtureLines) {
      check(text);
      if (anyBoundaryPattern(text)) matched++;
    }
    expect(matched).toBeGreaterThan(100);
  });

  it('rules out ordinary first words by their first three or four letters', () => {
    const ruledOut = ['The minister', 'said that', 'Can the', 'embassy', 'but', 'Since', 'us', 'last', 'To the', 'Under', 'not', 'be'];
    for (const text of [...ruledOut, 'Congress', 'Country', 'Subject', 'Second', 'Senate', 'Better', 'Engage', 'Not a', 'Uniform', 'Lines'])
      expect(mayStartBoundaryAt(`${text}\n`, 0)).toBe(false);
    const kept = ['Comment', 'Secretary', 'END', 'Limits', '3. (C)', '(C) x', 'Classified', 'Note:', 'BT', 'NNNN', 'Begin', 'Summary'];
    for (const text of [...kept, 'Top Secret', 'T O P  S', 'c o n f', 'S E C R E T', 'UNCLAS', 'u n c l', 'Confidence', 'Commission'])
      expect(mayStartBoundaryAt(`${text}\n`, 0)).toBe(true);
    // A text too short for the word is followed by its line's end, never a letter of the next line.
    expect(mayStartBoundaryAt('Not\nEnd', 0)).toBe(false);
  });
});

// ---- The two-pass layout ParagraphFlow replaced (reference) ----
const START_MARKER =
  /^(?:BEGIN +(?:SUMMARY|COMMENT|NOTE|TEXT)|END +(?:OF +)?(?:SUMMARY|COMMENT|NOTE|TEXT)|SUMMARY(?: +AND +COMMENT)?|COMMENT|NOTE)(?![A-Za-z]) *[:.-]? */i;
const END_MARKER = /END +(?:OF +)?(?:SUMMARY|COMMENT|NOTE|TEXT)[ .)]{0,4}$/i;
interface Chunk {
  label: string | null;
  marking: PortionMarking | null;
  segments: InlineSegment[];
}
const letter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
const lower = (code: number): boolean => code >= 0x61 && code <= 0x7a;

function referenceLineSegments(segments: InlineSegment[], text: string, offset: number, atChunkStart: boolean, hasSipdis: boolean): number {
  const before = segments.length;
  let from = 0;
  if (atChunkStart) {
    const marking = text.startsWith('(') ? readPortionMarking(text, offset) : null;
    if (marking !== null) {
      segments.push({ kind: 'marking', text: marking.raw, marking, span: marking.span });
      from = marking.raw.length;
      while (text.charCodeAt(from) === 0x20) from++;
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
  const tailMatch = END_MARKER.exec(text.slice(tailFrom));
  let tail: InlineSegment | null = null;
  if (tailMatch !== null) {
    to = tailMatch.index + tailFrom;
    tail = { kind: 'marker', text: tailMatch[0], span: { start: offset + to, end: offset + text.length } };
    while (to > from && text.charCodeAt(to - 1) === 0x20) to--;
  }
  let cursor = from;
  for (let at = hasSipdis ? text.indexOf('SIPDIS', cursor) : -1; at !== -1 && at < to; at = text.indexOf('SIPDIS', cursor)) {
    const end = at + 6;
    const boundary = (at === 0 || !letter(text.charCodeAt(at - 1))) && !letter(text.charCodeAt(end));
    cursor = end;
    if (!boundary || end > to) continue;
    if (at > from) segments.push({ kind: 'text', text: text.slice(from, at), span: { start: offset + from, end: offset + at } });
    segments.push({ kind: 'caption', text: 'SIPDIS', span: { start: offset + at, end: offset + end } });
    from = end;
  }
  if (to > from) segments.push({ kind: 'text', text: text.slice(from, to), span: { start: offset + from, end: offset + to } });
  if (tail !== null) segments.push(tail);
  return segments.length - before;
}

function referenceParagraph(lines: readonly CableLine[], trailingSpaceStyle: boolean): ParagraphNode {
  const chunks: Chunk[] = [];
  let number: number | null = null;
  let marking: PortionMarking | null = null;
  let current: Chunk | null = null;
  let previous: CableLine | null = null;
  let previousWasCaption = false;
  let hadGap = false;
  let gapPage: CableLine | null = null;
  lines.forEach((line, index) => {
    if (line.kind === 'blank' || line.kind === 'pageBreak') {
      hadGap = true;
      if (line.kind === 'pageBreak' && gapPage === null) gapPage = line;
      return;
    }
    let text = line.text;
    let offset = line.textStart;
    if (index === 0) {
      const numbered = NUMBERED_PARAGRAPH.exec(text);
      if (numbered !== null) {
        number = Number(numbered[1]);
        let skip = numbered[0].length;
        while (text.charCodeAt(skip) === 0x20) skip++;
        text = text.slice(skip);
        offset += skip;
      }
      marking = text.startsWith('(') ? readPortionMarking(text, offset) : null;
    }
    const endsSentence = previous === null || /[.:;!?"')]$/.test(previous.text);
    const item = DASHED_ITEM.exec(text) ?? ((hadGap || endsSentence) && index !== 0 ? LETTERED_ITEM.exec(text) : null);
    if (current === null || item !== null || (hadGap && gapPage === null)) {
      current = { label: null, marking: null, segments: [] };
      chunks.push(current);
    } else if (previous !== null) {
      const last = previous.text.charCodeAt(previous.text.length - 1);
      const splits = trailingSpaceStyle && !previous.trailingSpace && (lower(last) || last === 0x2d) && lower(line.text.charCodeAt(0));
      const page = gapPage as CableLine | null;
      current.segments.push({
        kind: 'softBreak',
        text: splits || previousWasCaption ? '' : ' ',
        span: { start: previous.textStart + previous.text.length, end: page !== null ? page.start : line.textStart },
      });
      if (page !== null) current.segments.push({ kind: 'pageBreak', text: page.text, span: { start: page.start, end: line.textStart } });
    }
    hadGap = false;
    gapPage = null;
    let atChunkStart = current.segments.length === 0;
    if (item !== null && atChunkStart) {
      current.label = (item[1] ?? item[2] ?? item[3] ?? '').toLowerCase() || '--';
      let labelEnd = item[0].length;
      while (text.charCodeAt(labelEnd) === 0x20) labelEnd++;
      current.segments.push({ kind: 'text', text: text.slice(0, labelEnd), span: { start: offset, end: offset + labelEnd } });
      text = text.slice(labelEnd);
      offset += labelEnd;
      current.marking = text.startsWith('(') ? readPortionMarking(text, offset) : null;
      atChunkStart = true;
    }
    const added = referenceLineSegments(current.segments, text, offset, atChunkStart, line.hasSipdis);
    previousWasCaption = added === 1 && current.segments[current.segments.length - 1]?.kind === 'caption';
    previous = line;
  });
  const reading = (segments: readonly InlineSegment[]): string =>
    segments
      .filter((segment) => segment.kind === 'text' || segment.kind === 'softBreak' || segment.kind === 'marker')
      .map((segment) => segment.text)
      .join('');
  const hasLead = chunks[0] !== undefined && chunks[0].label === null;
  const lead = hasLead ? (chunks[0] as Chunk).segments : [];
  const rest = hasLead ? chunks.slice(1) : chunks;
  return {
    kind: 'paragraph',
    span: { start: 0, end: 0 },
    number,
    marking,
    segments: lead,
    subParagraphs: rest.map((chunk) => ({
      label: chunk.label,
      marking: chunk.marking,
      span: { start: chunk.segments[0]?.span.start ?? 0, end: chunk.segments[chunk.segments.length - 1]?.span.end ?? 0 },
      segments: chunk.segments,
    })),
    text: [reading(lead), ...rest.map((chunk) => reading(chunk.segments))].filter((part) => part !== '').join('\n'),
  };
}

const PARAGRAPH_LINES = [
  '1. (C) The minister said',
  '12) With the',
  '3.With regard to',
  '(SBU) Summary: the talks',
  '-- the first point',
  '- second',
  '— third',
  'a. lettered item',
  '(b) another',
  'C) capital',
  '12a. sub item',
  'wrapped line of text',
  'wrapped line ending a sentence.',
  'split-',
  'word continues here',
  'Comment: the embassy',
  'End comment.',
  'the talks ended.  End Summary.',
  'BEGIN TEXT:',
  'END TEXT',
  'Note that',
  'SIPDIS',
  'during the SIPDIS talks',
  'BERLIN 00001626  002 OF 003',
  'PAGE 02 ROME 01196 01 OF 02 082030Z',
  '',
  '',
  '(U) marked',
  'x',
];

function flowNode(lines: readonly CableLine[], input: string, trailingSpaceStyle: boolean): ParagraphNode {
  const flow = new ParagraphFlow(input, trailingSpaceStyle);
  for (const line of lines) flow.add(line);
  return flow.toNode({ start: 0, end: 0 });
}

describe('ParagraphFlow', () => {
  it('lays out any line sequence as the two-pass layout did (random paragraphs, both wrap styles)', () => {
    fc.assert(
      fc.property(randomParagraph(PARAGRAPH_LINES, 12), ([input, trailingSpaceStyle]) => {
        const lines = lexCable(input);
        expect(flowNode(lines, input, trailingSpaceStyle)).toEqual(referenceParagraph(lines, trailingSpaceStyle));
      }),
      { numRuns: 3000 },
    );
  });

  it('lays out every fixture text, cut into blank-line paragraphs, as the two-pass layout did', () => {
    const paragraphs = fixtureParagraphs();
    for (const { input, lines } of paragraphs) expect(flowNode(lines, input, true)).toEqual(referenceParagraph(lines, true));
    expect(paragraphs.length).toBeGreaterThan(500);
  });

  it('joins a hand-checked paragraph: number, marking, soft breaks, a split word and a dashed item', () => {
    const input = '2. (C) The minister said the govern\nment would act.\n-- First, it';
    const node = flowNode(lexCable(input), input, true);
    expect(node.number).toBe(2);
    expect(node.marking?.raw).toBe('(C)');
    expect(node.text).toBe('The minister said the government would act.\n-- First, it');
    expect(node.subParagraphs.map((sub) => sub.label)).toEqual(['--']);
    expect(node.segments.map((segment) => segment.kind)).toEqual(['marking', 'text', 'softBreak', 'text']);
  });
});
