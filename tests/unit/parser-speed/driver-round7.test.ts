// Round 7 of the driver's speed work changes no answer. The lexer now reads each line's first and
// last characters once and drives the trim, the kind tests, the END-marker prefilter and the survey
// from them; these tests hold every field of every lexed line against a reference lexer written
// with plain regular expressions (no prefilter, no fast path), and the new END prefilter against
// mayEndBlockAt, on fast-check text full of the awkward characters and on every real fixture line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockEndKind, mayEndBlockAt } from '../../../utils/cable/block-markers';
import { type CableLine, lexCable, lexWithSurvey, mayEndBlockBy } from '../../../utils/cable/lex';
import { PAGE_LINE, SECTION_PAGE_BREAK, UNDERLINE } from '../../../utils/cable/line-kinds';
import { surveyLines } from '../../../utils/cable/line-survey';
import { fixtureNames, loadFixture } from '../cable/fixture-loader';
import { referenceSplit } from './reference-rules';

const fixtures = fixtureNames().map(loadFixture);
const fixtureLines = fixtures.flatMap((input) => lexCable(input).map((line) => line.text));

// The trim as documented in normalize.ts: leading white space, ¶ and U+FFFD; trailing white space and `\`.
const LEADING = /^[ \t\u00a0\f\v\ufeff\u00b6\ufffd]*/;
const TRAILING = /[ \t\u00a0\f\v\ufeff\\]*$/;
const ENDS_WITH_SPACE = /[ \t\u00a0\f\v\ufeff]$/;

/** Every field of every line, computed the slow and obvious way. */
function referenceLines(input: string): CableLine[] {
  const lines: CableLine[] = [];
  for (const [start, end, next] of referenceSplit(input)) {
    const raw = input.slice(start, end);
    const lead = (LEADING.exec(raw)?.[0] ?? '').length;
    const rest = raw.slice(lead);
    const text = rest.slice(0, rest.length - (TRAILING.exec(rest)?.[0] ?? '').length);
    let kind: CableLine['kind'] = 'text';
    if (text === '') kind = 'blank';
    else if (text.length <= 240 && (SECTION_PAGE_BREAK.test(text) || PAGE_LINE.test(text))) kind = 'pageBreak';
    else if (text.length <= 240 && UNDERLINE.test(text)) kind = 'underline';
    lines.push({
      start,
      end,
      next,
      text,
      textStart: start + lead,
      trailingSpace: ENDS_WITH_SPACE.test(raw),
      index: lines.length,
      kind,
      blockEnd: text === '' ? null : blockEndKind(text),
      hasSipdis: raw.includes('SIPDIS'),
    });
  }
  return lines;
}

const WORDS = [
  'END SUMMARY.',
  'end comment)',
  'End Note',
  'END TEXT OF LETTER',
  'summary',
  'comment',
  'note',
  'text',
  'SIPDIS',
  'PAGE 02 ROME 01196',
  'ASTANA 00000559  002 OF 002',
  '-----',
  '===',
];
const UNITS = [...'etynxrETYNXR.) 0123456789', '\t', '\\', '\u00b6', '\ufffd', '\u00a0', '\ufeff', '\f'];
const noise = fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 10 });
const line = fc.oneof(
  fc.tuple(noise, fc.constantFrom(...WORDS), noise).map(([before, word, after]) => before + word + after),
  noise,
  fc.string({ maxLength: 20 }),
);
const input = fc
  .array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\r', '')), { maxLength: 20 })
  .map((parts) => parts.map(([content, end]) => content + end).join(''));

describe('one-read lexer', () => {
  it('lexes random text with every awkward character exactly as the reference lexer', () => {
    fc.assert(
      fc.property(input, (text) => {
        expect(lexCable(text)).toEqual(referenceLines(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('lexes every real fixture exactly as the reference lexer, and takes the same survey as surveyLines', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    for (const text of fixtures) {
      const { lines, survey } = lexWithSurvey(text);
      expect(lines).toEqual(referenceLines(text));
      expect(survey).toEqual(surveyLines(text, lines));
    }
  });

  it('trims by hand-checked examples (wrap space, CSV backslash, ¶ anchor, spaces only)', () => {
    const [wrapped, csv, anchored, spaces, single] = lexCable('The talks \nended.\\ \n\u00b6 1. (C) Text\n   \nx ');
    expect([wrapped?.text, wrapped?.trailingSpace]).toEqual(['The talks', true]);
    expect([csv?.text, csv?.trailingSpace]).toEqual(['ended.', true]);
    expect([anchored?.text, anchored?.textStart, anchored?.trailingSpace]).toEqual(['1. (C) Text', 22, false]);
    expect([spaces?.kind, spaces?.text, spaces?.trailingSpace]).toEqual(['blank', '', true]);
    expect([single?.text, single?.trailingSpace]).toEqual(['x', true]);
  });
});

describe('mayEndBlockBy', () => {
  const check = (text: string): void => {
    if (text === '') return;
    const first = text.charCodeAt(0);
    const last = text.charCodeAt(text.length - 1);
    if (mayEndBlockAt(text, 0, text.length)) expect(mayEndBlockBy(text, 0, text.length, first, last)).toBe(true);
  };

  it('lets through every line mayEndBlockAt lets through', () => {
    const lines = [...WORDS, ...fixtureLines];
    // The examples must reach the interesting side, or the check says nothing.
    expect(lines.filter((text) => text !== '' && mayEndBlockAt(text, 0, text.length)).length).toBeGreaterThan(20);
    for (const text of lines) check(text);
    fc.assert(fc.property(line, check), { numRuns: 6000 });
  });

  it('rejects ordinary line ends by their last two letters', () => {
    const by = (text: string): boolean => mayEndBlockBy(text, 0, text.length, text.charCodeAt(0), text.charCodeAt(text.length - 1));
    expect(by('the game')).toBe(false);
    expect(by('the vote')).toBe(true);
    expect(by('the city')).toBe(false);
    expect(by('the document')).toBe(true);
    expect(by('the note')).toBe(true);
    expect(by('END SUMMARY')).toBe(true);
    expect(by('the talks.')).toBe(true);
    expect(by('t')).toBe(false);
  });
});
