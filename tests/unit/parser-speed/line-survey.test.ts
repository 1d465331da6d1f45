// The driver's one pass over the lexed lines answers exactly as the three passes it replaced: the
// trailing-space vote, the END-marker index and the first appended record from line 1.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EndMarkerIndex } from '../../../utils/cable/end-marker-index';
import { type CableLine, lexCable } from '../../../utils/cable/lex';
import { surveyLines } from '../../../utils/cable/line-survey';
import { CSV_ROW, RECORD_NUMBER_LINE } from '../../../utils/cable/line-kinds';
import { findAppendedRecord, mayStartRecord } from '../../../utils/cable/rules/body-lines';
import { fixtureNames, loadFixture } from '../cable/fixture-loader';

/** The vote as the driver took it before: lines of 40+ characters with and without a trailing space. */
function referenceTrailingSpaceStyle(lines: readonly CableLine[]): boolean {
  let withSpace = 0;
  let without = 0;
  for (const line of lines) {
    if (line.kind !== 'text' || line.text.length < 40) continue;
    if (line.trailingSpace) withSpace++;
    else without++;
  }
  return withSpace > without;
}

/** The END-marker index as its own pass built it before. */
function referenceEndMarkers(lines: readonly CableLine[]): EndMarkerIndex {
  const index: EndMarkerIndex = { summary: [], comment: [], note: [], quotedText: [] };
  lines.forEach((line, at) => {
    if (line.blockEnd !== null) index[line.blockEnd].push(at);
  });
  return index;
}

function expectSameAsSeparatePasses(input: string): void {
  const lines = lexCable(input);
  const survey = surveyLines(input, lines);
  expect(survey.trailingSpaceStyle).toBe(referenceTrailingSpaceStyle(lines));
  expect(survey.endMarkers).toEqual(referenceEndMarkers(lines));
  expect(survey.firstAppendedRecord).toBe(findAppendedRecord(lines, 1));
}

describe('surveyLines', () => {
  it('answers as the separate passes on every fixture', () => {
    for (const name of fixtureNames()) expectSameAsSeparatePasses(loadFixture(name));
  });

  it('answers as the separate passes on random line mixes (records, END markers, wrapped lines)', () => {
    const line = fc.constantFrom(
      '',
      '1. (C) Text of a paragraph that is long enough to count for the vote ',
      'wrapped text without a trailing space, long enough to be counted',
      'END SUMMARY.',
      'End comment',
      '222816',
      '7',
      '2009-08-28 16:17:00',
      '123456,"2009-08-28 16:17:00","09MEXICO2556","Embassy Mexico","CONFIDENTIAL","","","',
      'short',
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => expectSameAsSeparatePasses(lines.join('\n'))),
      { numRuns: 500 },
    );
  });

  it('finds a record on a hand-checked input, and none on line 0', () => {
    const lines = ['Header', '', '222816', '', '2009-08-28 16:17:00', 'x'];
    expect(surveyLines(lines.join('\n'), lexCable(lines.join('\n'))).firstAppendedRecord).toBe(2);
    const first = ['222816', '2009-08-28 16:17:00'].join('\n');
    expect(surveyLines(first, lexCable(first)).firstAppendedRecord).toBe(2);
    const oneDigit = ['Text', '7', '2009-08-28 16:17:00'].join('\n');
    expect(surveyLines(oneDigit, lexCable(oneDigit)).firstAppendedRecord).toBe(1);
  });
});

describe('mayStartRecord', () => {
  it('passes every line CSV_ROW or RECORD_NUMBER_LINE accepts (random lines and every fixture line)', () => {
    const check = (text: string): void => {
      if (CSV_ROW.test(text) || RECORD_NUMBER_LINE.test(text)) expect(mayStartRecord(text)).toBe(true);
    };
    const row = fc.string({ unit: fc.constantFrom(...'0123456789 \t-:.A'), maxLength: 24 });
    fc.assert(fc.property(fc.oneof(row, fc.string({ maxLength: 12 })), check), { numRuns: 6000 });
    for (const name of fixtureNames()) for (const line of lexCable(loadFixture(name))) check(line.text);
    for (const text of ['50133  2006-01-19  06THEHAGUE131', '2007-09-11 09:44:00\t07BERN881', '222816', '7'])
      expect(mayStartRecord(text)).toBe(true);
  });

  it('rules out paragraph numbers and years in text by their second character', () => {
    for (const text of ['1. (C) The', '12) text', '2009, the', '1234567', '(C) x', '']) expect(mayStartRecord(text)).toBe(false);
  });
});
