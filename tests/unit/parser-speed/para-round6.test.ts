// Round 6 of the paragraph rule: its new shortcuts must answer exactly as what they replace.
// 1. The two-character lead table (mayStartBoundaryAt, isPlainLeadAt) against the letter-by-letter
//    prefilter it replaced (kept below) and the item-label and dash rules;
// 2. the hand-read portion marking against classification.ts's pattern (readPortionMarking);
// 3. ParagraphFlow's lean paths (addFirstLine, addPlainLines) against laying out every line with `add`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPortionMarking } from '../../../utils/cable/classification';
import { ParagraphFlow } from '../../../utils/cable/inline-segments';
import { type CableLine, lexCable } from '../../../utils/cable/lex';
import { isPlainLeadAt, mayStartBoundaryAt } from '../../../utils/cable/line-lead';
import type { ParagraphNode } from '../../../utils/cable/model';
import { portionMarkingEnd, portionMarkingIn } from '../../../utils/cable/portion-marking-scan';
import { fixtureNames, loadFixture } from '../cable/fixture-loader';
import { fixtureParagraphs, randomParagraph } from './paragraph-inputs';

const fixtureTexts = fixtureNames().map(loadFixture);
const fixtureLines = fixtureTexts.flatMap((input) => lexCable(input).map((line) => line.text));

// ---- The prefilter the lead table replaced (round 5), kept as the reference ----

function startsWithLetters(input: string, at: number, letters: string): boolean {
  for (let index = 0; index < letters.length; index++)
    if ((input.charCodeAt(at + index) | 0x20) !== letters.charCodeAt(index)) return false;
  return true;
}

function startsWithSpacedLetters(input: string, at: number, letters: string): boolean {
  let from = at;
  for (let index = 0; index < letters.length; index++) {
    while (input.charCodeAt(from) === 0x20) from++;
    if ((input.charCodeAt(from) | 0x20) !== letters.charCodeAt(index)) return false;
    from++;
  }
  return true;
}

function previousMayStartBoundaryAt(input: string, at: number): boolean {
  const first = input.charCodeAt(at);
  if ((first >= 0x30 && first <= 0x39) || first === 0x28) return true;
  const second = input.charCodeAt(at + 1) | 0x20;
  switch (first | 0x20) {
    case 0x62:
      return second === 0x74 || (second === 0x65 && startsWithLetters(input, at, 'begi'));
    case 0x63:
      return startsWithLetters(input, at, 'comm') || startsWithLetters(input, at, 'clas') || startsWithSpacedLetters(input, at, 'conf');
    case 0x65:
      return second === 0x6e && (input.charCodeAt(at + 2) | 0x20) === 0x64;
    case 0x6c:
      return startsWithSpacedLetters(input, at, 'limi');
    case 0x6e:
      return second === 0x6e || startsWithLetters(input, at, 'note');
    case 0x73:
      return startsWithLetters(input, at, 'summ') || startsWithSpacedLetters(input, at, 'secr');
    case 0x74:
      return startsWithSpacedLetters(input, at, 'tops');
    case 0x75:
      return startsWithSpacedLetters(input, at, 'uncl');
    default:
      return false;
  }
}

/** isPlainLeadAt's meaning on a (non-empty) text: no boundary, no dash, no letter followed by a stop. */
function referencePlainLead(text: string): boolean {
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  if (first === 0x2d || first === 0x2014 || first === 0x2013) return false;
  if (/[A-Za-z]/.test(text.charAt(0)) && (second === 0x2e || second === 0x29)) return false;
  return !previousMayStartBoundaryAt(`${text}\n`, 0);
}

describe('lead table (mayStartBoundaryAt, isPlainLeadAt)', () => {
  // Boundary words, spaced and cut short, in any case, with stops, dashes and non-ASCII after them.
  const unit = fc.constantFrom(...'BCEGILMNOPRSTUYbceilmnoprstu :.)(-—–0\u00e9\u0000\tAa'.split(''));
  const lead = fc.string({ unit, maxLength: 8 });

  it('answers as the letter-by-letter prefilter it replaced (random leads and every fixture line)', () => {
    const check = (text: string): void => {
      // A text line is never empty (it would be a blank line).
      if (text === '') return;
      // Embedded as the parser reads it: the text, then its line's end.
      for (const input of [`${text}\n`, `x${text}`]) {
        const at = input === `${text}\n` ? 0 : 1;
        expect(mayStartBoundaryAt(input, at)).toBe(previousMayStartBoundaryAt(input, at));
      }
      expect(isPlainLeadAt(`${text}\n`, 0)).toBe(referencePlainLead(text));
    };
    fc.assert(fc.property(fc.oneof(lead, fc.string({ maxLength: 6 })), check), { numRuns: 8000 });
    for (const text of fixtureLines) check(text);
  });

  it('reads hand-checked leads', () => {
    // Plain wrapped lines: ordinary first words, including ones sharing two letters with a boundary word.
    for (const text of ['the talks', 'to the', 'could', 'Senate', 'under', 'not', 'but', 'en route', 'Sec', 'Later'])
      expect(isPlainLeadAt(`${text}\n`, 0)).toBe(true);
    // The general path: numbers, markings, dashes, items, boundary words, an empty text.
    for (const text of ['2. (C)', '(b) x', '-- x', '— x', 'a. x', 'U.S. officials', 'Comment: x', 'to ps', 'BT', 'END'])
      expect(isPlainLeadAt(`${text}\n`, 0)).toBe(false);
    // Past the input's end (no character at all): not plain.
    expect(isPlainLeadAt('', 0)).toBe(false);
    expect(mayStartBoundaryAt('to support\n', 0)).toBe(false);
    expect(mayStartBoundaryAt('T O P SECRET\n', 0)).toBe(true);
    expect(mayStartBoundaryAt('U.S.\n', 0)).toBe(false);
  });
});

// classification.ts's MARKING (not exported), the pattern portionMarkingEnd reads by hand.
const MARKING = /^\(([A-Za-z]{1,6}(?:\/{1,2} ?[A-Za-z][A-Za-z ]{0,20})?)\)/;

describe('portionMarkingIn', () => {
  const unit = fc.constantFrom(...'(()//  CSUNFREL bx1-'.split(''));
  it('reads the marking classification.ts reads (random heads and every fixture line)', () => {
    const check = (text: string): void => {
      const expected = readPortionMarking(text, 40);
      expect(portionMarkingIn(text, 0, text.length, 40)).toEqual(expected);
      // Read in place inside a longer input, with the line's end after the text.
      expect(portionMarkingIn(`ab${text}\n`, 2, 2 + text.length, 40)).toEqual(expected);
      expect(portionMarkingEnd(text, 0, text.length)).toBe(MARKING.exec(text)?.[0].length ?? -1);
    };
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), check), { numRuns: 8000 });
    let marked = 0;
    for (const text of fixtureLines) {
      check(text);
      const number = /^[0-9]{1,3}[.)] */.exec(text);
      if (number !== null) {
        check(text.slice(number[0].length));
        if (readPortionMarking(text.slice(number[0].length), 0) !== null) marked++;
      }
    }
    expect(marked).toBeGreaterThan(100);
  });

  it('matches the pattern where the level is unknown too (same end, null marking)', () => {
    // `[A-Za-z][A-Za-z ]{0,20}` after the slash: 21 letters match, 22 do not.
    const long = [`(C/${'A'.repeat(21)}) x`, `(C/${'A'.repeat(22)}) x`, `(C// ${'A '.repeat(10)}A) x`, `(C// ${'A '.repeat(11)}) x`];
    for (const text of ['(X) The', '(ab/cd) x', '(C)', '(SBU//NF) x', '(S/NF)x', '(C // REL UK) x', '(ABCDEFG) x', '(C/ ) x', ...long])
      expect(portionMarkingEnd(text, 0, text.length)).toBe(MARKING.exec(text)?.[0].length ?? -1);
  });

  it('reads hand-checked markings', () => {
    expect(portionMarkingIn('3. (S/NF) The', 3, 13, 3)).toEqual({
      raw: '(S/NF)',
      level: readPortionMarking('(S/NF)', 0)?.level,
      span: { start: 3, end: 9 },
    });
    expect(portionMarkingIn('(SBU) x', 0, 7, 10)).toEqual({ raw: '(SBU)', level: 'SBU', span: { start: 10, end: 15 } });
    expect(portionMarkingIn('(C', 0, 2, 0)).toBeNull();
    // The text ends before the `)` of the input.
    expect(portionMarkingIn('(C)', 0, 2, 0)).toBeNull();
  });
});

// ---- ParagraphFlow's lean paths against `add` on every line ----

function layoutByAdd(lines: readonly CableLine[], input: string, trailingSpaceStyle: boolean): ParagraphNode {
  const flow = new ParagraphFlow(input, trailingSpaceStyle);
  for (const line of lines) flow.add(line);
  return flow.toNode({ start: 0, end: 0 });
}

function layoutByRuns(lines: readonly CableLine[], input: string, trailingSpaceStyle: boolean): ParagraphNode {
  const flow = new ParagraphFlow(input, trailingSpaceStyle);
  flow.addFirstLine(lines[0] as CableLine);
  for (let index = 1; index < lines.length; ) {
    const after = flow.addPlainLines(lines, index, lines.length);
    if (after === index) flow.add(lines[index++] as CableLine);
    else index = after;
  }
  return flow.toNode({ start: 0, end: 0 });
}

const PARAGRAPH_LINES = [
  '1. (C) The minister',
  '12.  (S/NF) Embassy',
  '3.With',
  'said the govern',
  'ment would act.',
  'to the talks',
  '-- First, it',
  '— a dash',
  'a. lettered',
  '(b) item',
  'U.S. officials',
  'Comment: we think',
  'SUMMARY: the end',
  'END SUMMARY.',
  'END COMMENT',
  'Note that',
  'during the SIPDIS talks',
  'SIPDIS',
  'BERLIN 00001626  002 OF 003',
  '----------',
  'Heading',
  '',
  '',
  '(U) marked',
  'x',
  'Sécurité',
];

describe('ParagraphFlow lean paths', () => {
  it('lay out any line sequence as `add` on every line does (random paragraphs, both wrap styles)', () => {
    fc.assert(
      fc.property(randomParagraph(PARAGRAPH_LINES, 14), ([input, trailingSpaceStyle]) => {
        const lines = lexCable(input);
        expect(layoutByRuns(lines, input, trailingSpaceStyle)).toEqual(layoutByAdd(lines, input, trailingSpaceStyle));
      }),
      { numRuns: 4000 },
    );
  });

  it('lay out every fixture text, cut into blank-line paragraphs, as `add` on every line does', () => {
    const paragraphs = fixtureParagraphs();
    for (const { input, lines } of paragraphs)
      for (const style of [true, false]) expect(layoutByRuns(lines, input, style)).toEqual(layoutByAdd(lines, input, style));
    expect(paragraphs.length).toBeGreaterThan(500);
  });

  it('joins a hand-checked paragraph on the lean paths: number, marking, soft breaks and a split word', () => {
    const input = '4. (S/NF) The minister said the govern\nment would act \nquickly.';
    const node = layoutByRuns(lexCable(input), input, true);
    expect(node.number).toBe(4);
    expect(node.marking?.raw).toBe('(S/NF)');
    expect(node.text).toBe('The minister said the government would act quickly.');
    expect(node.segments.map((segment) => [segment.kind, segment.text])).toEqual([
      ['marking', '(S/NF)'],
      ['text', 'The minister said the govern'],
      ['softBreak', ''],
      ['text', 'ment would act'],
      ['softBreak', ' '],
      ['text', 'quickly.'],
    ]);
    // The soft break spans the line end between the texts.
    expect(node.segments[2]?.span).toEqual({ start: 38, end: 39 });
  });
});
