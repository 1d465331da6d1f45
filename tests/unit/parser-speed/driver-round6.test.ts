// Round 6 of the driver's speed work changes no answer. Each new cheap test is checked against what
// it replaces: the one-pass lexer's survey against surveyLines' own pass, the SIPDIS search against
// a plain indexOf, and every prefilter of the body-rule dispatch against the rule (or the rule's own
// test) it lets the driver skip, on fast-check strings built around the keywords and on every line
// of the real fixtures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockStartKind } from '../../../utils/cable/block-markers';
import { deriveFacts } from '../../../utils/cable/derive-facts';
import { lexCable, lexWithSurvey, mayEndSectionBreak, nextSipdis } from '../../../utils/cable/lex';
import { CLASSIFIED_BY_LINE, END_OF_MESSAGE, SECTION_PAGE_BREAK, UNDERLINE } from '../../../utils/cable/line-kinds';
import { surveyLines } from '../../../utils/cable/line-survey';
import type { CableNode } from '../../../utils/cable/model';
import { mayBeClassificationLine, mayBeClassifiedBy, mayOpenBlock, parseCable } from '../../../utils/cable/parse';
import { createParseState } from '../../../utils/cable/parse-state';
import { mayStartClassification } from '../../../utils/cable/rules/classification-line';
import { classifiedByRule } from '../../../utils/cable/rules/classified-by';
import { classifiedByGluedParagraphRule } from '../../../utils/cable/rules/classified-by-glued-paragraph';
import { isBanner } from '../../../utils/cable/rules/paragraph';
import {
  ELLIPSIS_LINE,
  endsWithRecordDate,
  findSignature,
  isNoise,
  PLUSD_TRAILER_LINE,
  RECORD_DATE_AFTER_NAME,
  TRAILER_LINE,
} from '../../../utils/cable/rules/signature-line';
import { fixtureNames, loadFixture } from '../cable/fixture-loader';

const fixtures = fixtureNames().map(loadFixture);
const fixtureLines = fixtures.flatMap((input) => lexCable(input).map((line) => line.text));

// Keywords of every rule the dispatch may skip, so generated lines reach both sides of each test.
const KEYWORDS = [
  'CLASSIFIED BY: Ambassador Richard E. Hoagland, reasons 1.4 (b) and (d)',
  '(U) Classified By: DCM Kevin Milas, Reason 1.4(d)',
  'classified by political counselor',
  'CONFIDENTIAL',
  'C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000559',
  'UNCLAS SECTION 01 OF 03 BAGHDAD 000012',
  'SECRET//NOFORN',
  'S E C R E T',
  'LIMITED OFFICIAL USE',
  'TOP SECRET',
  'SUMMARY: The talks',
  'BEGIN TEXT:',
  'Comment: x',
  'NOTE: y',
  '1. (C) Summary: the talks',
  '(SBU) Comment: x',
  'NNNN',
  'NNN',
  'BT',
  'ASTANA 00000559  002 OF 002',
  'NEW DELHI 00002226 001.2 OF 002',
  'PAGE 02 ROME 01196 01 OF 02 082030Z',
  '----------',
  '--- ---',
  '=====',
  'SIPDIS',
];
const ALPHABET = [...'ABCDEINOSTUacdeinost()-=.:/ 0123456789'];
const noise = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 24 });
/** Noise, a keyword (maybe re-cased, maybe cut), noise. */
const keywordLine = fc
  .tuple(fc.constantFrom('', '', ' ', '(', 'x'), fc.constantFrom(...KEYWORDS), fc.integer({ min: 0, max: 2 ** 30 }), noise)
  .map(([before, keyword, bits, after]) => {
    const cased = [...keyword].map((char, index) => ((bits >> (index % 30)) & 1 ? char.toLowerCase() : char)).join('');
    return before + (bits % 5 === 0 ? cased.slice(0, bits % keyword.length) : cased) + after;
  });
const anyLine = fc.oneof(keywordLine, noise, fc.string({ maxLength: 40 }));

/** A one-line input lexed and placed in the body zone, as the driver would hand it to the body rules. */
function bodyStateFor(text: string) {
  const lines = lexCable(text);
  const state = createParseState(text, lines, surveyLines(text, lines), null);
  state.zone = 'body';
  return state;
}

describe('one-pass lexer survey', () => {
  /** The lexer's survey equals surveyLines' own pass over the same lines. */
  function expectSurveyAsOwnPass(input: string): void {
    const { lines, survey } = lexWithSurvey(input);
    expect(survey).toEqual(surveyLines(input, lines));
  }

  it('answers as surveyLines’ separate pass on every fixture', () => {
    for (const input of fixtures) expectSurveyAsOwnPass(input);
  });

  it('answers as the separate pass on random mixes of records, END markers and wrapped lines', () => {
    const line = fc.oneof(
      fc.constantFrom(
        '',
        '   ',
        '1. (C) Text of a paragraph that is long enough to count for the vote ',
        'wrapped text without a trailing space, long enough to be counted',
        // Exactly 40 characters: the shortest lines that vote.
        'a line of exactly forty characters, with ',
        'a line of exactly forty characters, with',
        'END SUMMARY.',
        'text. End comment',
        '222816',
        '7',
        '2009-08-28 16:17:00',
        '50133  2006-01-19  06THEHAGUE131',
        'ASTANA 00000559  002 OF 002',
        '-----',
      ),
      noise,
    );
    const terminator = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(fc.array(fc.tuple(line, terminator), { maxLength: 14 }), (parts) =>
        expectSurveyAsOwnPass(parts.map(([text, end]) => text + end).join('')),
      ),
      { numRuns: 800 },
    );
  });

  it('finds the record a bare number starts only when a date line follows it (hand-checked)', () => {
    const survey = (text: string) => surveyLines(text, lexCable(text)).firstAppendedRecord;
    // Line 2 is `222816`, the next non-blank line a record date: the record starts there.
    expect(survey('Text\n\n222816\n\n2009-08-28 16:17:00\nx')).toBe(2);
    // A number followed by text is a paragraph's stray number; the CSV row on line 3 is the record.
    expect(survey('Text\n7\nmore text\n50133  2006-01-19  06THEHAGUE131')).toBe(3);
    // A number on the last line has no date after it: no record (lines.length).
    expect(survey('Text\n222816')).toBe(2);
  });
});

describe('SIPDIS search', () => {
  it('finds the same offsets as indexOf on random text and every fixture', () => {
    const reference = (input: string, from: number) => {
      const at = input.indexOf('SIPDIS', from);
      return at === -1 ? input.length : at;
    };
    const text = fc.string({ unit: fc.constantFrom('S', 'I', 'P', 'D', 'x', '\n'), maxLength: 60 });
    fc.assert(
      fc.property(text, fc.nat(), (input, seed) => {
        // nextSipdis is asked from line starts: offset 0 and just after a line feed.
        const starts = [0, ...[...input].flatMap((char, index) => (char === '\n' ? [index + 1] : []))];
        const from = starts[seed % starts.length] ?? 0;
        expect(nextSipdis(input, from)).toBe(reference(input, from));
      }),
      { numRuns: 3000 },
    );
    for (const input of fixtures) {
      let from = 0;
      for (const line of lexCable(input)) {
        if (line.start < from) continue;
        expect(nextSipdis(input, line.start)).toBe(reference(input, line.start));
        from = nextSipdis(input, line.start);
      }
    }
    expect(nextSipdis('SIPDIS', 0)).toBe(0);
    expect(nextSipdis('PDIS SIPDIS', 0)).toBe(5);
    expect(nextSipdis('xSIPDI\nS', 0)).toBe(8);
  });
});

describe('lexer prefilters', () => {
  it('mayEndSectionBreak passes every line SECTION_PAGE_BREAK accepts', () => {
    const check = (text: string): void => {
      if (SECTION_PAGE_BREAK.test(text)) expect(mayEndSectionBreak(text, 0, text.length)).toBe(true);
    };
    const breakish = fc.string({ unit: fc.constantFrom(...'AST .0123456789OF'), maxLength: 32 });
    fc.assert(fc.property(fc.oneof(anyLine, breakish), check), { numRuns: 6000 });
    for (const text of [...KEYWORDS, ...fixtureLines]) check(text);
    expect(mayEndSectionBreak('ASTANA 00000559  002 OF 002', 0, 27)).toBe(true);
    expect(mayEndSectionBreak('DE RUEHTA #0559/01 0901153', 0, 26)).toBe(false);
  });

  it('lexes underlines and section breaks as the unfiltered patterns on lines of dashes, spaces and digits', () => {
    const kindOf = (text: string) => lexCable(text)[0]?.kind;
    const underlineish = fc.string({ unit: fc.constantFrom('-', '=', ' ', 'x'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(underlineish, (text) => {
        const trimmed = text.trim();
        if (trimmed === '') return;
        expect(kindOf(text) === 'underline').toBe(UNDERLINE.test(trimmed));
      }),
      { numRuns: 3000 },
    );
    expect(kindOf('---')).toBe('underline');
    expect(kindOf('-- item')).toBe('text');
    expect(kindOf('===')).toBe('underline');
    expect(kindOf('ASTANA 00000559  002 OF 002')).toBe('pageBreak');
  });
});

describe('body-rule dispatch prefilters', () => {
  it('mayBeClassificationLine lets through every line mayStartClassification lets through', () => {
    const check = (text: string): void => {
      if (mayStartClassification(text)) expect(mayBeClassificationLine(text.charCodeAt(0) | 0x20)).toBe(true);
    };
    fc.assert(fc.property(anyLine, check), { numRuns: 4000 });
    for (const text of [...KEYWORDS, ...fixtureLines]) check(text);
    expect(mayBeClassificationLine('C'.charCodeAt(0) | 0x20)).toBe(true);
    expect(mayBeClassificationLine('1'.charCodeAt(0) | 0x20)).toBe(false);
  });

  it('mayBeClassifiedBy is false only where both Classified By rules decline and the pattern fails', () => {
    const check = (text: string): void => {
      if (text.trim() === '' || mayBeClassifiedBy(lexCable(text)[0]?.text.charCodeAt(0) ?? 0)) return;
      expect(CLASSIFIED_BY_LINE.test(text.trim())).toBe(false);
      const state = bodyStateFor(text);
      expect(classifiedByRule(state)).toBe(false);
      expect(classifiedByGluedParagraphRule(state)).toBe(false);
      expect(state.nodes).toEqual([]);
    };
    // Long lines reach the glued-paragraph rule (over 240 characters).
    const glued = fc
      .tuple(keywordLine, fc.string({ minLength: 200, maxLength: 260 }), fc.constantFrom(' 1. (S/NF) Game of Attrition.', ''))
      .map(([statement, filler, paragraph]) => statement + filler + paragraph);
    fc.assert(fc.property(fc.oneof(anyLine, glued), check), { numRuns: 3000 });
    for (const text of [...KEYWORDS, ...fixtureLines]) check(text);
    expect(mayBeClassifiedBy('('.charCodeAt(0))).toBe(true);
    expect(mayBeClassifiedBy('c'.charCodeAt(0))).toBe(true);
    expect(mayBeClassifiedBy('S'.charCodeAt(0))).toBe(false);
  });

  it('mayOpenBlock lets through every line blockStartKind reads an opener from', () => {
    const check = (text: string): void => {
      if (blockStartKind(text) !== null) expect(mayOpenBlock(text.charCodeAt(0))).toBe(true);
    };
    fc.assert(fc.property(anyLine, check), { numRuns: 4000 });
    for (const text of [...KEYWORDS, ...fixtureLines]) check(text);
    expect(mayOpenBlock('S'.charCodeAt(0))).toBe(true);
    expect(mayOpenBlock('T'.charCodeAt(0))).toBe(false);
  });

  it('the end-of-message test on N/B covers every line END_OF_MESSAGE accepts', () => {
    const check = (text: string): void => {
      if (END_OF_MESSAGE.test(text)) expect(['N', 'B']).toContain(text[0]);
    };
    fc.assert(fc.property(anyLine, check), { numRuns: 2000 });
    for (const text of [...KEYWORDS, ...fixtureLines]) check(text);
  });
});

describe('deriveFacts caveats', () => {
  it('keeps the first-seen order without repeats, also past the short-list limit', () => {
    const caveat = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((letter) => `CAVEAT ${letter}`));
    fc.assert(
      fc.property(fc.array(fc.array(caveat, { maxLength: 6 }), { maxLength: 12 }), (lists) => {
        const span = { start: 0, end: 0 };
        const nodes: CableNode[] = lists.map((captions) => ({ kind: 'caption', span, captions }));
        expect(deriveFacts(nodes, null, undefined).caveats).toEqual([...new Set(lists.flat())]);
      }),
      { numRuns: 500 },
    );
  });

  it('reads the caveats of 09ASTANA559 in their order (hand-checked: SENSITIVE, then SIPDIS, lines 31-32)', () => {
    const astana = loadFixture('09ASTANA559');
    const document = parseCable(astana);
    expect(document.caveats).toEqual(['SENSITIVE', 'SIPDIS']);
    expect(document.classification).toBe('UNCLASSIFIED//FOR OFFICIAL USE ONLY');
  });
});

describe('signature search', () => {
  it('endsWithRecordDate answers as RECORD_DATE_AFTER_NAME on random tails and every fixture line', () => {
    const check = (text: string): void => {
      expect(endsWithRecordDate(text)).toBe(RECORD_DATE_AFTER_NAME.test(text));
    };
    const dateish = fc.string({ unit: fc.constantFrom(...'0123456789- AB'), maxLength: 16 });
    // A record date with one character replaced: every position of the pattern is tried.
    const nearDate = fc
      .tuple(fc.nat({ max: 10 }), fc.constantFrom(...'0 9-Ax'))
      .map(([at, char]) => `DANILOVICH ${`2005-05-06`.slice(0, at)}${char}${`2005-05-06`.slice(at + 1)}`.slice(0, 21));
    fc.assert(
      fc.property(
        fc.oneof(
          anyLine,
          dateish,
          nearDate,
          dateish.map((tail) => `DANILOVICH${tail}`),
        ),
        check,
      ),
      { numRuns: 6000 },
    );
    for (const text of fixtureLines) check(text);
    expect(endsWithRecordDate('DANILOVICH 2005-05-06')).toBe(true);
    expect(endsWithRecordDate(' 2005-05-06')).toBe(true);
    expect(endsWithRecordDate('2005-05-06')).toBe(false);
    expect(endsWithRecordDate('DANILOVICH 2005-5-06')).toBe(false);
  });

  it('isNoise answers as its five unfiltered tests on random lines, trailers and every fixture line', () => {
    const reference = (text: string): boolean =>
      END_OF_MESSAGE.test(text) || ELLIPSIS_LINE.test(text) || TRAILER_LINE.test(text) || PLUSD_TRAILER_LINE.test(text) || isBanner(text);
    const check = (text: string): void => {
      const line = lexCable(text)[0];
      if (line === undefined || line.kind !== 'text') return;
      expect(isNoise(line)).toBe(reference(line.text));
    };
    const trailer = fc
      .tuple(
        fc.constantFrom(
          '"Visit Ankara\'s Classified Web Site at http://www.intelink.s',
          'gov.gov/wiki/Portal:Turkey"',
          'http://example.gov/x',
          'www.state.gov',
          '***  Current Classification ***',
          '*** Current Handling Restrictions ***   n/a',
          'NMAFVVZCZ',
          '...',
          '…',
          'NNNN',
          'BT',
          'CONFIDENTIAL',
        ),
        fc.nat({ max: 3 }),
        fc.constantFrom('', 'x', ' ', '.'),
      )
      .map(([text, cut, tail]) => text.slice(cut) + tail);
    fc.assert(fc.property(fc.oneof(anyLine, trailer), check), { numRuns: 4000 });
    for (const text of fixtureLines) check(text);
  });

  it('finds the hand-checked signatures of the fixtures, also on name lines after the last paragraph', () => {
    const place = (text: string) => {
      const lines = lexCable(text);
      const found = findSignature(lines, 0, lines.length);
      return found.line === -1 ? null : (lines[found.line]?.text ?? null);
    };
    // 09ASTANA559 ends `HOAGLAND` (its last line before the WordPress page's comment form).
    expect(place(loadFixture('09ASTANA559'))).toBe('HOAGLAND');
    // The first all-caps name line after the last numbered paragraph, with more text after it.
    expect(place('1. (C) Text.\n\nSMITH\n\nsome trailing page text that is long')).toBe('SMITH');
    // After a line that does not end a sentence, an all-caps line is text, not a signature.
    expect(place('1. (C) Text and\nSMITH\nsome trailing page text that is long')).toBeNull();
    // A name line with the 2010-11 viewer's record date after it.
    expect(place('1. (C) Text.\nDANILOVICH 2005-05-06\nmore trailing text on the page')).toBe('DANILOVICH 2005-05-06');
    // The longest name NAME_LINE takes (69 characters: particle, three words) is still read as one,
    // also with a record date after it.
    const longest = `van A${'a'.repeat(20)} B${'b'.repeat(20)} C${'c'.repeat(20)}`;
    expect(longest).toHaveLength(69);
    expect(place(`1. (C) Text.\n${longest}`)).toBe(longest);
    expect(place(`1. (C) Text.\n${longest} 2005-05-06`)).toBe(`${longest} 2005-05-06`);
    // Banners and block words are not names.
    expect(place('1. (C) Text.\n\nEND COMMENT.\nsome trailing page text that is long')).toBeNull();
  });
});
