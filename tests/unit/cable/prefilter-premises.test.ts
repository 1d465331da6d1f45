// The premises behind the parser's cheap first-character tests, checked directly: if a premise were
// wrong, a fast path would skip a line that a full pattern accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLevelPrefix } from '../../../utils/cable/classification';
import { parseDateTimeGroup } from '../../../utils/cable/date-time-group';
import { readCaptions } from '../../../utils/cable/rules/captions';
import { mayStartClassification } from '../../../utils/cable/rules/classification-line';
import { fixtureNames, loadFixture } from './fixture-loader';
import { anyBoundaryPattern, referenceReadCaptions } from '../parser-speed/reference-rules';

// isParagraphBoundary's body fast path: after one of these letters (either case) only a heading can start.
const PLAIN_LETTERS = [...'adfghijkmopqrvwxyzADFGHIJKMOPQRVWXYZ'];
const TAILS = ['', ' ', '. ', ') ', 'ND SUMMARY', 'EGIN TEXT', 'UMMARY:', 'ONFIDENTIAL', 'LASSIFIED BY: X', 'NNN', 'T', '1. (C)'];

const CAPTION_PARTS = [
  'SIPDIS',
  'N O F O R N',
  'NOFORN',
  'S E C R E T',
  'SECRET//NOFORN',
  'CORRECTED COPY',
  'SENSITIVE BUT UNCLASSIFIED',
  'E',
  'X',
  '1.',
  '(C)',
  '/',
  '.',
  ' ',
  ',',
  'nf',
  'ſipdis',
  '\u00a0',
];

describe('prefilter premises', () => {
  it('readCaptions answers exactly as before its first-word pre-check (random lines and every fixture line)', () => {
    const line = fc
      .array(fc.oneof(fc.constantFrom(...CAPTION_PARTS), fc.string({ maxLength: 4 })), { maxLength: 5 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(line, (text) => {
        expect(readCaptions(text)).toEqual(referenceReadCaptions(text));
      }),
      { numRuns: 4000 },
    );
    let captions = 0;
    for (const name of fixtureNames()) {
      for (const text of loadFixture(name).split(/\r\n|\n|\r/)) {
        const trimmed = text.trim();
        const expected = referenceReadCaptions(trimmed);
        expect(readCaptions(trimmed)).toEqual(expected);
        if (expected !== null) captions++;
      }
    }
    expect(captions).toBeGreaterThan(30);
  });

  it('no boundary pattern matches a line that starts with a plain letter', () => {
    const line = fc
      .tuple(fc.constantFrom(...PLAIN_LETTERS), fc.constantFrom(...TAILS), fc.string({ maxLength: 20 }))
      .map(([first, tail, rest]) => first + tail + rest);
    fc.assert(
      fc.property(line, (text) => !anyBoundaryPattern(text)),
      { numRuns: 3000 },
    );
    // Every real fixture line: the lines that do match a pattern never start with a plain letter.
    let matched = 0;
    for (const name of fixtureNames()) {
      for (const text of loadFixture(name).split(/\r\n|\n|\r/)) {
        const trimmed = text.trim();
        if (!anyBoundaryPattern(trimmed)) continue;
        matched++;
        expect(PLAIN_LETTERS).not.toContain(trimmed.charAt(0));
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  it('mayStartClassification passes every level form and rejects ordinary words', () => {
    for (const text of [
      'TOP SECRET',
      'T O P  S E C R E T',
      'UNCLAS',
      'U N C L A S S I F I E D',
      'C o n f i d e n t i a l',
      'SECRET//NOFORN',
      'LIMITED OFFICIAL USE',
    ]) {
      expect(readLevelPrefix(text)).not.toBeNull();
      expect(mayStartClassification(text)).toBe(true);
    }
    for (const text of ['The minister', 'Secure', 'Control', 'Until', 'Local', 'to']) expect(mayStartClassification(text)).toBe(false);
  });

  it('reads date-time groups as before its first-character test (hand-checked)', () => {
    // 09ASTANA559's DTG; a 1973 State DTG with two prosigns and the OCR space before Z; lower-case month.
    expect(parseDateTimeGroup('O 311153Z MAR 09')).toEqual({ precedenceLetters: ['O'], iso: '2009-03-31T11:53Z', year: 2009 });
    expect(parseDateTimeGroup('P R 221828 Z MAY 73')).toEqual({ precedenceLetters: ['P', 'R'], iso: '1973-05-22T18:28Z', year: 1973 });
    expect(parseDateTimeGroup('311153Z mar 09')?.iso).toBe('2009-03-31T11:53Z');
    expect(parseDateTimeGroup('o 311153Z MAR 09')).toBeNull();
    expect(parseDateTimeGroup('O 311153Z MRZ 09')).toBeNull();
  });
});
