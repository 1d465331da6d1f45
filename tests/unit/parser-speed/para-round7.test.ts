// Round 7's shortcuts in the paragraph and block rules must not change what they find:
// 1. mayStartFrontMatter never rejects a line isFrontMatterStart accepts (and rejects ordinary text);
// 2. blockStartKindAt, read on the input, answers as blockStartKind on the line's text, whatever
//    follows the text in the input;
// 3. hasEndMarkerFrom and openCount answer as the counts they stand for;
// 4. ParagraphFlow.addGapLine lays out a blank or page-break line as `add` does;
// 5. endsWithMonth (a wrapped date before a day number) answers as the pattern it guards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockStartKind, blockStartKindAt } from '../../../utils/cable/block-markers';
import { type EndMarkerIndex, endMarkersFrom, hasEndMarkerFrom } from '../../../utils/cable/end-marker-index';
import { ParagraphFlow } from '../../../utils/cable/inline-segments';
import { type CableLine, lexCable } from '../../../utils/cable/lex';
import type { BlockKind } from '../../../utils/cable/model';
import { openCount } from '../../../utils/cable/rules/blocks';
import { isFrontMatterStart } from '../../../utils/cable/rules/front-matter-start';
import { mayStartFrontMatter } from '../../../utils/cable/rules/front-matter-start-prefilter';
import { endsWithMonth } from '../../../utils/cable/rules/paragraph';
import { fixtureNames, loadFixture } from '../cable/fixture-loader';

const fixtures = fixtureNames().map((name) => loadFixture(name));
const fixtureLines = fixtures.flatMap((input) => lexCable(input).map((line) => line.text));

// Starts that make isFrontMatterStart's patterns match (or nearly), so generated lines hit both sides.
const STARTS = [
  'E.O. 12958: DECL: 1/1/19',
  'EO 12958',
  'E O 12958',
  'E.0. 13526:',
  'TAGS: PREL',
  'TAGE PGOV',
  'TAG: X',
  'TAS: X',
  'TGS: X',
  'SUBJECT: X',
  'SUBJ. X',
  'REF: A. STATE 1',
  'REFTELS: X',
  'REF(S): X',
  'CLASSIFIED BY: X',
  '(C) CLASSIFIED BY X',
  '(SBU/NF) Classified by',
  'This record is a partial extract of the original cable',
  'this record is a partial extract of the original cable',
  '1. ',
  '12) ',
  '3.(C)',
  'CONFIDENTIAL',
  'C O N F I D E N T I A L',
  'CONFIDENTIAL E.O. 12958',
  'TOP SECRET',
  'T O P S E C R E T',
  'UNCLAS',
  'UNCLASSIFIED E.O. 12958',
  'U N C L A S S I F I E D',
  'LIMITED OFFICIAL USE',
  'L I M I T E D',
  'SECRET',
  'S E C R E T',
  'SIPDIS',
  'NOFORN',
  'N O F O R N',
  'CORRECTED COPY',
  'SENSITIVE BUT UNCLASSIFIED',
  'STATE FOR EUR',
  'the minister said',
  'This is',
  'that',
];
const noise = fc.string({ unit: fc.constantFrom(...'ABCEINOPRSTUabcdenost0123456789 ().:;,-/\\\t—'), maxLength: 24 });
const flipCase = (text: string, mask: number): string =>
  [...text].map((char, index) => ((mask >> (index % 30)) & 1 ? char.toLowerCase() : char)).join('');
const startLine = fc
  .tuple(fc.constantFrom('', '', ' ', '('), fc.constantFrom(...STARTS), fc.integer({ min: 0, max: 2 ** 30 }), noise)
  .map(([head, start, mask, tail]) => head + (mask % 3 === 0 ? flipCase(start, mask) : start) + tail);
const anyLine = fc.oneof(startLine, noise, fc.string({ maxLength: 40 }), fc.string({ minLength: 230, maxLength: 260 }));

describe('mayStartFrontMatter', () => {
  it('never rejects a line isFrontMatterStart accepts (random lines and every fixture line)', () => {
    fc.assert(
      fc.property(anyLine, (text) => {
        if (isFrontMatterStart(text)) expect(mayStartFrontMatter(text)).toBe(true);
      }),
      { numRuns: 20000 },
    );
    let starts = 0;
    let rejected = 0;
    for (const text of fixtureLines) {
      if (isFrontMatterStart(text)) {
        starts++;
        expect(mayStartFrontMatter(text)).toBe(true);
      } else if (!mayStartFrontMatter(text)) rejected++;
    }
    expect(starts).toBeGreaterThan(100);
    // It is a filter: most fixture lines (ordinary wrapped text) never reach isFrontMatterStart.
    expect(rejected).toBeGreaterThan(fixtureLines.length / 2);
  });

  it('rejects ordinary wrapped text and keeps every label, level and long line (hand-checked)', () => {
    for (const text of ['the Minister said that', 'This is the last', 'that the GOT', 'Embassy Ankara', 'economic reform', 'PRESS REPORT'])
      expect(mayStartFrontMatter(text)).toBe(false);
    for (const text of [
      'E.O. 12958: DECL: 03/30/2019',
      'TAGS: PREL PGOV KZ',
      'SUBJECT: KAZAKHSTAN',
      'REF: STATE 12345',
      '(C) Classified By: Ambassador',
      'CLASSIFIED BY: DCM',
      'This record is a partial extract of the original cable. The full text',
      'C O N F I D E N T I A L ASTANA 000559',
      'UNCLAS SECTION 01 OF 02',
      '1. (C) Summary',
      'SIPDIS',
      'x'.repeat(241),
    ])
      expect(mayStartFrontMatter(text)).toBe(true);
  });
});

describe('blockStartKindAt', () => {
  it('answers as blockStartKind on the text, whatever the input holds after it', () => {
    const text = fc
      .tuple(
        fc.constantFrom('', '1. ', '12) ', '3. (C) ', '(SBU) ', '(C)', '4.(S/NF)  ', '1234. '),
        fc.constantFrom('SUMMARY:', 'Summary and comment:', 'COMMENT.', 'Note -', 'BEGIN TEXT', 'begin summary', 'Notes', 'x', ''),
        noise,
      )
      .chain(([prefix, word, tail]) => {
        const whole = prefix + word + tail;
        // The text may be cut anywhere: inside the word, the next line's letters must not complete it.
        return fc.tuple(fc.constant(whole), fc.integer({ min: 1, max: Math.max(1, whole.length) }));
      });
    const after = fc.constantFrom('', '\n', ' ', 'E: x', 'MARY:', 'ENT:', ' TEXT', '\nSUMMARY:');
    fc.assert(
      fc.property(text, noise, after, ([whole, cut], before, rest) => {
        const line = whole.slice(0, cut);
        const input = `${before}\n${line}${rest}${whole.slice(cut)}`;
        const start = before.length + 1;
        expect(blockStartKindAt(input, start, start + line.length)).toBe(blockStartKind(line));
      }),
      { numRuns: 10000 },
    );
    let openers = 0;
    for (const input of fixtures)
      for (const line of lexCable(input)) {
        const kind = blockStartKindAt(input, line.textStart, line.textStart + line.text.length);
        expect(kind).toBe(blockStartKind(line.text));
        if (kind !== null) openers++;
      }
    expect(openers).toBeGreaterThan(10);
  });

  it('reads hand-checked openers, and not a word cut at the end of the text', () => {
    const input = '3. (C) Comment: the\nNOTE: x\nNOT\nE: x\nBEGIN TEXT\n';
    expect(blockStartKindAt(input, 0, 19)).toBe('comment');
    expect(blockStartKindAt(input, 20, 27)).toBe('note');
    expect(blockStartKindAt(input, 28, 31)).toBeNull();
    expect(blockStartKindAt(input, 37, 47)).toBe('quotedText');
  });
});

describe('END marker counts', () => {
  const KINDS: BlockKind[] = ['summary', 'comment', 'note', 'quotedText'];
  const sortedLines = fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 6 }).map((lines) => lines.sort((a, b) => a - b));

  it('hasEndMarkerFrom is whether any kind has an END marker on the line or later', () => {
    fc.assert(
      fc.property(fc.tuple(sortedLines, sortedLines, sortedLines, sortedLines), fc.integer({ min: 0, max: 62 }), (lists, from) => {
        const index: EndMarkerIndex = { summary: lists[0], comment: lists[1], note: lists[2], quotedText: lists[3] };
        const any = KINDS.some((kind) => endMarkersFrom(index, kind, from) > 0);
        expect(hasEndMarkerFrom(index, from)).toBe(any);
      }),
      { numRuns: 3000 },
    );
    const index: EndMarkerIndex = { summary: [4], comment: [], note: [9], quotedText: [] };
    expect([hasEndMarkerFrom(index, 0), hasEndMarkerFrom(index, 9), hasEndMarkerFrom(index, 10)]).toEqual([true, true, false]);
  });

  it('openCount counts the open blocks of one kind', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...KINDS), { maxLength: 6 }), fc.constantFrom(...KINDS), (open, kind) => {
        expect(openCount(open, kind)).toBe(open.filter((each) => each === kind).length);
      }),
    );
    expect(openCount(['summary', 'comment', 'summary'], 'summary')).toBe(2);
  });
});

describe('ParagraphFlow.addGapLine', () => {
  /** The paragraph laid out from `lines`, blank and page-break lines through addGapLine or all through add. */
  function layout(input: string, lines: readonly CableLine[], gapLines: boolean): unknown {
    const flow = new ParagraphFlow(input, true);
    lines.forEach((line, index) => {
      if (index === 0) flow.addFirstLine(line);
      else if (gapLines && (line.kind === 'blank' || line.kind === 'pageBreak')) flow.addGapLine(line);
      else flow.add(line);
    });
    return flow.toNode({ start: 0, end: 0 });
  }

  it('gives the same paragraph as add for every window of fixture lines that holds a gap', () => {
    let windows = 0;
    let pages = 0;
    for (const input of fixtures) {
      const lines = lexCable(input);
      for (let from = 0; from + 6 <= lines.length; from += 3) {
        const window = lines.slice(from, from + 6);
        if (window[0]?.kind !== 'text' || !window.some((line) => line.kind === 'blank' || line.kind === 'pageBreak')) continue;
        windows++;
        if (window.some((line) => line.kind === 'pageBreak')) pages++;
        expect(layout(input, window, true)).toEqual(layout(input, window, false));
      }
    }
    expect(windows).toBeGreaterThan(500);
    expect(pages).toBeGreaterThan(5);
  });
});

describe('endsWithMonth', () => {
  // The pattern as it was tried on every line before a paragraph number (paragraph.ts), on the last 12 characters.
  const REFERENCE =
    /(?:^|[^A-Za-z])(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/i;
  const reference = (text: string): boolean => REFERENCE.test(text.slice(-12));

  it('answers as the month pattern (random tails and every fixture line)', () => {
    const tail = fc.constantFrom('December', 'may', 'MAY', 'Sept', 'sept.', 'Mayor', 'in May.', 'Dec', 'dec,', 'ſept', '', 'June 17');
    fc.assert(
      fc.property(noise, tail, (head, end) => {
        expect(endsWithMonth(head + end)).toBe(reference(head + end));
      }),
      { numRuns: 5000 },
    );
    let months = 0;
    for (const text of fixtureLines) {
      expect(endsWithMonth(text)).toBe(reference(text));
      if (reference(text)) months++;
    }
    expect(months).toBeGreaterThan(0);
  });

  it('reads hand-checked line ends', () => {
    expect(endsWithMonth('on Friday morning, December')).toBe(true);
    expect(endsWithMonth('the talks in May.')).toBe(false);
    expect(endsWithMonth('the Mayor')).toBe(false);
    expect(endsWithMonth('since 12 Sept')).toBe(true);
  });
});
