// The parser's speed-ups must not change what it finds. Two kinds of checks:
// 1. every cheap prefilter (a first-character test, a whole-input search) only ever rejects text the
//    full pattern rejects too: fast-check strings built around each pattern's keywords;
// 2. the rewritten line splitter and lexer agree with the plain reference versions they replaced,
//    on random text and on every real cable fixture.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockEndKind, blockStartKind, mayHaveEnd, startsWithBlockEnd } from '../../../utils/cable/block-markers';
import { readLevelPrefix, readPortionMarking } from '../../../utils/cable/classification';
import { lexCable, type LineKind } from '../../../utils/cable/lex';
import {
  CLASSIFIED_BY_LINE,
  CSV_ROW,
  DASHED_ITEM,
  END_OF_MESSAGE,
  DE_LINE,
  EO_LINE,
  FM_LINE,
  INFO_LINE,
  LETTERED_ITEM,
  NUMBERED_PARAGRAPH,
  PAGE_LINE,
  PARTIAL_EXTRACT,
  PROSIGN_LINE,
  RECORD_NUMBER_LINE,
  REF_LINE,
  SECTION_PAGE_BREAK,
  SUBJECT_LINE,
  TAGS_LINE,
  TO_LINE,
  TRANSMISSION_ID,
  UNDERLINE,
  ZN_LINE,
} from '../../../utils/cable/line-kinds';
import { mayStartClassification } from '../../../utils/cable/rules/classification-line';
import { fixtureNames, loadFixture } from '../cable/fixture-loader';
import { referenceBlockStartKind, referenceSplit } from './reference-rules';

const fixtures = fixtureNames().map(loadFixture);
const fixtureLines = fixtures.flatMap((input) => lexCable(input).map((line) => line.text));

// Keywords that make the patterns match, so generated strings hit both sides of every prefilter.
const KEYWORDS = [
  'E.O. 12958: DECL: 1/1/19',
  'EO 12958',
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
  'REFERENCE: X',
  'PROGRAM REF: X',
  'CLASSIFIED BY: X',
  '(C) CLASSIFIED BY X',
  '(SBU/NF) Classified by',
  'This record is a partial extract of the original cable',
  '1. ',
  '12) ',
  '3.(C)',
  '7.',
  'NNNN',
  'NNN',
  'BT',
  'XMT',
  'END SUMMARY',
  'End Comment.',
  'end note',
  'END OF TEXT',
  'BEGIN TEXT',
  'SUMMARY:',
  'Summary and comment:',
  'COMMENT:',
  'NOTE -',
  '1. (C) SUMMARY:',
  '(S) Comment:',
  'CONFIDENTIAL',
  'C O N F I D E N T I A L',
  'C o n f i d e n t i a l',
  'TOP SECRET',
  'T O P S E C R E T',
  'UNCLAS',
  'UNCLASSIFIED',
  'U N C L A S S I F I E D',
  'LIMITED OFFICIAL USE',
  'SECRET',
  'S E C R E T',
  '(U)',
  '(SBU)',
  '(C/NF)',
  '(S//NF)',
  'PAGE 02 ATHENS 02959 171944Z',
  'ASTANA 00000559  002 OF 002',
  'NEW DELHI 00002226 001.2 OF 002',
  '---',
  '--- ---',
  '===',
  '-- item',
  '— item',
  '– item',
  '(a) item',
  'b. item',
  'C) item',
  '12a. item',
  'SIPDIS',
  '50133  2006-01-19',
  '2007-09-11 09:44:00\t07BERN881',
  '24576',
  'dividend',
  'ENDS',
  'Send',
  'VZCZCXRO5035',
  'DE RUEHTA #0559/01 0901153',
  'ZNR UUUUU ZZH',
  'ZNY CCCCC',
  'FM AMEMBASSY ASTANA',
  'TO RUEHC/SECSTATE WASHDC IMMEDIATE 5061',
  'INFO RUCNCIS/CIS COLLECTIVE',
  'INFO  LOG-00',
];
const ALPHABET = [...'ABCEINOPRSTUabcdenost0123456789 ().:;,-/\\¶\t—–'];
const noise = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 24 });
const flipCase = (text: string, mask: number): string =>
  [...text].map((char, index) => ((mask >> (index % 30)) & 1 ? char.toLowerCase() : char)).join('');
/** Noise, a keyword (maybe re-cased), noise: the keyword lands at the start, the end or inside. */
const keywordLine = fc
  .tuple(fc.constantFrom('', '', ' ', 'x'), fc.constantFrom(...KEYWORDS), fc.integer({ min: 0, max: 2 ** 30 }), noise)
  .map(([head, keyword, mask, tail]) => head + (mask % 3 === 0 ? flipCase(keyword, mask) : keyword) + tail);
const anyLine = fc.oneof(keywordLine, noise, fc.string({ maxLength: 40 }));

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const lowerFirst = (text: string): number => text.charCodeAt(0) | 0x20;

/** Each prefilter in the parser, stated as: if the pattern matches, the cheap test passes. */
const PREFILTERS: Array<[string, (text: string) => boolean, (text: string) => boolean]> = [
  ['NUMBERED_PARAGRAPH needs a digit first', (text) => NUMBERED_PARAGRAPH.test(text), (text) => isDigit(text.charCodeAt(0))],
  ['END_OF_MESSAGE needs N or B first', (text) => END_OF_MESSAGE.test(text), (text) => text.startsWith('N') || text.startsWith('B')],
  [
    'CLASSIFIED_BY_LINE needs ( or c first',
    (text) => CLASSIFIED_BY_LINE.test(text),
    (text) => text.startsWith('(') || lowerFirst(text) === 0x63,
  ],
  ['EO_LINE needs e first', (text) => EO_LINE.test(text), (text) => lowerFirst(text) === 0x65],
  ['TAGS_LINE needs t first', (text) => TAGS_LINE.test(text), (text) => lowerFirst(text) === 0x74],
  ['SUBJECT_LINE needs s first', (text) => SUBJECT_LINE.test(text), (text) => lowerFirst(text) === 0x73],
  ['PARTIAL_EXTRACT needs t first', (text) => PARTIAL_EXTRACT.test(text), (text) => lowerFirst(text) === 0x74],
  [
    'REF_LINE (as used after /^REF/i) needs r first',
    (text) => /^REF/i.test(text) && REF_LINE.test(text),
    (text) => lowerFirst(text) === 0x72,
  ],
  ['DASHED_ITEM needs a dash first', (text) => DASHED_ITEM.test(text), (text) => /^[-—–]/.test(text)],
  [
    'LETTERED_ITEM needs (, a digit, or a letter and . or )',
    (text) => LETTERED_ITEM.test(text),
    (text) => /^(?:[(0-9]|[A-Za-z][.)])/.test(text),
  ],
  ['CSV_ROW needs a digit first', (text) => CSV_ROW.test(text), (text) => isDigit(text.charCodeAt(0))],
  ['RECORD_NUMBER_LINE needs a digit first', (text) => RECORD_NUMBER_LINE.test(text), (text) => isDigit(text.charCodeAt(0))],
  ['SECTION_PAGE_BREAK needs a digit last', (text) => SECTION_PAGE_BREAK.test(text), (text) => isDigit(text.charCodeAt(text.length - 1))],
  ['PAGE_LINE needs PA first', (text) => PAGE_LINE.test(text), (text) => text.startsWith('PA')],
  ['TRANSMISSION_ID needs V first', (text) => TRANSMISSION_ID.test(text), (text) => text.startsWith('V')],
  ['DE_LINE needs D first', (text) => DE_LINE.test(text), (text) => text.startsWith('D')],
  ['ZN_LINE needs Z first', (text) => ZN_LINE.test(text), (text) => text.startsWith('Z')],
  ['PROSIGN_LINE needs B, N or X first', (text) => PROSIGN_LINE.test(text), (text) => /^[BNX]/.test(text)],
  ['FM_LINE needs F first', (text) => FM_LINE.test(text), (text) => text.startsWith('F')],
  ['TO_LINE needs T first', (text) => TO_LINE.test(text), (text) => text.startsWith('T')],
  ['INFO_LINE needs I first', (text) => INFO_LINE.test(text), (text) => text.startsWith('I')],
  ['a classification level needs t, u, c, s or l first', (text) => readLevelPrefix(text) !== null, mayStartClassification],
  ['a portion marking needs ( first', (text) => readPortionMarking(text, 0) !== null, (text) => text.startsWith('(')],
];

// The block-marker functions as they were before their prefilters: referenceBlockStartKind (reference-rules.ts) and:
const referenceMayHaveEnd = (text: string): boolean => text.includes('END') || text.includes('End') || text.includes('end');

/** The line kinds as the lexer computed them with one regex per kind and no prefilters. */
function referenceKind(text: string): LineKind {
  if (text === '') return 'blank';
  if (text.length > 240) return 'text';
  if (/^[A-Z]/.test(text)) return SECTION_PAGE_BREAK.test(text) || PAGE_LINE.test(text) ? 'pageBreak' : 'text';
  if (/^[-=]/.test(text) && UNDERLINE.test(text)) return 'underline';
  return 'text';
}

function expectLexedLikeReference(input: string): void {
  const lines = lexCable(input);
  expect(lines.map((line) => [line.start, line.end, line.next])).toEqual(referenceSplit(input));
  for (const line of lines) {
    expect(line.kind).toBe(referenceKind(line.text));
    expect(line.blockEnd).toBe(blockEndKind(line.text));
    expect(line.hasSipdis).toBe(line.text.includes('SIPDIS'));
  }
}

describe('parser prefilters', () => {
  for (const [name, pattern, prefilter] of PREFILTERS) {
    it(`${name}: never rejects a line the pattern accepts`, () => {
      // Every keyword and every line of the real fixtures, then random variations around the keywords.
      const accepted = [...KEYWORDS, ...fixtureLines].filter(pattern);
      // The examples must reach the interesting side, or the check says nothing.
      expect(accepted.length).toBeGreaterThan(0);
      expect(accepted.filter((text) => !prefilter(text))).toEqual([]);
      fc.assert(
        fc.property(anyLine, (text) => !pattern(text) || prefilter(text)),
        { numRuns: 600 },
      );
    });
  }

  it('blockStartKind and startsWithBlockEnd answer exactly as the unfiltered patterns', () => {
    fc.assert(
      fc.property(anyLine, (text) => {
        expect(blockStartKind(text)).toBe(referenceBlockStartKind(text));
        expect(startsWithBlockEnd(text)).toBe(/^END +(?:OF +)?(SUMMARY|COMMENT|NOTE|TEXT)(?![A-Za-z])/i.test(text));
        expect(mayHaveEnd(text)).toBe(referenceMayHaveEnd(text));
      }),
      { numRuns: 2000 },
    );
    // Hand-checked examples on both sides of each filter.
    expect(blockStartKind('1. (C) Summary: the talks')).toBe('summary');
    expect(blockStartKind('BEGIN TEXT:')).toBe('quotedText');
    expect(blockStartKind('(SBU) Comment: x')).toBe('comment');
    expect(blockStartKind('Note that the minister')).toBeNull();
    expect(startsWithBlockEnd('end comment.')).toBe(true);
    expect(startsWithBlockEnd('Ending the talks')).toBe(false);
    expect(mayHaveEnd('weekend')).toBe(true);
    expect(mayHaveEnd('eNd')).toBe(false);
  });
});

describe('lexer rewrite', () => {
  it('splits lines and assigns kinds, END kinds and SIPDIS flags as the reference on random text', () => {
    const line = fc.oneof(keywordLine, noise);
    const terminator = fc.constantFrom('\n', '\r\n', '\r', '\r\r\n', '\n\r');
    const text = fc
      .array(fc.tuple(line, terminator), { maxLength: 30 })
      .chain((parts) =>
        fc
          .boolean()
          .map((dropLast) => parts.map(([content, end], index) => content + (dropLast && index === parts.length - 1 ? '' : end)).join('')),
      );
    fc.assert(fc.property(text, expectLexedLikeReference), { numRuns: 400 });
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'E', 'N', 'D', 'n', 'd', '\r', '\n', ' '), maxLength: 60 }),
        expectLexedLikeReference,
      ),
      { numRuns: 400 },
    );
  });

  it('lexes every real fixture as the reference, with the END lines and SIPDIS lines checked by hand in one', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    for (const input of fixtures) expectLexedLikeReference(input);
    // 09ASTANA559 (the founding example), read by hand: one SIPDIS caption line (line 32), END COMMENT.
    // on line 72, END TEXT OF LETTER on line 144 (the WordPress comment form below has `comment` but no
    // END marker), and one section break on line 112.
    const astana = fixtures.find((input) => input.includes('DE RUEHTA #0559/01 0901153'));
    expect(astana).toBeDefined();
    const lines = lexCable(astana ?? '');
    expect(lines.filter((line) => line.hasSipdis).map((line) => [line.index + 1, line.text])).toEqual([[32, 'SIPDIS']]);
    expect(lines.filter((line) => line.blockEnd !== null).map((line) => [line.index + 1, line.text, line.blockEnd])).toEqual([
      [72, 'END COMMENT.', 'comment'],
      [144, 'END TEXT OF LETTER', 'quotedText'],
    ]);
    expect(lines.filter((line) => line.kind === 'pageBreak').map((line) => [line.index + 1, line.text])).toEqual([
      [112, 'ASTANA 00000559  002 OF 002'],
    ]);
  });

  it('handles terminators at the very end and lone carriage returns', () => {
    expect(lexCable('a\r').map((line) => [line.start, line.end, line.next])).toEqual([[0, 1, 2]]);
    expect(lexCable('\r').map((line) => [line.start, line.end, line.next])).toEqual([[0, 0, 1]]);
    expect(lexCable('a\r\r\nb').map((line) => [line.start, line.end, line.next])).toEqual([
      [0, 1, 2],
      [2, 2, 4],
      [4, 5, 5],
    ]);
    expect(lexCable('')).toEqual([]);
  });
});
