// The front-matter prefilters (first letters, first-word table, length bounds) only ever reject lines
// the full tests reject: each is compared with its unfiltered reference on generated lines built
// around the keywords, and on every line of every real fixture.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLevelPrefix } from '../../../utils/cable/classification';
import {
  CLASSIFIED_BY_LINE,
  DE_LINE,
  EO_LINE,
  FM_LINE,
  GUARDIAN_DATE_LINE,
  HEADER_OTHER_LINE,
  INFO_LINE,
  NUMBERED_PARAGRAPH,
  OFFICE_CODES_LINE,
  PARTIAL_EXTRACT,
  REF_LINE,
  ROUTING_LINE,
  SUBJECT_LINE,
  TAGS_LINE,
  TO_LINE,
} from '../../../utils/cable/line-kinds';
import { mayStartCaptionLine, readCaptions } from '../../../utils/cable/rules/captions';
import { isClassificationLine } from '../../../utils/cable/rules/classification-line';
import { isFrontMatterStart } from '../../../utils/cable/rules/front-matter-start';
import { fixtureNames, loadFixture } from '../cable/fixture-loader';
import { referenceReadCaptions } from './reference-rules';

const EO_INSIDE = / E\.? ?[O0]\.? ?1[123][0-9]{3}/i;

/** isFrontMatterStart as a plain disjunction of its patterns, without any character dispatch. */
function referenceIsFrontMatterStart(text: string): boolean {
  if (text.length > 240) return true;
  const level = readLevelPrefix(text);
  const upperCaseLevel = level !== null && (level.spaced || text.slice(0, level.length) === text.slice(0, level.length).toUpperCase());
  return (
    EO_LINE.test(text) ||
    (/^REF/i.test(text) && REF_LINE.test(text)) ||
    CLASSIFIED_BY_LINE.test(text) ||
    isClassificationLine(text) ||
    (upperCaseLevel && EO_INSIDE.test(text)) ||
    TAGS_LINE.test(text) ||
    PARTIAL_EXTRACT.test(text) ||
    SUBJECT_LINE.test(text) ||
    NUMBERED_PARAGRAPH.test(text) ||
    referenceReadCaptions(text) !== null
  );
}

const PARTS = [
  'SIPDIS',
  'N O F O R N',
  'NOFORN',
  'nf',
  'S E C R E T',
  'SECRET//NOFORN',
  'CONFIDENTIAL',
  'C o n f i d e n t i a l',
  'UNCLAS SECTION 01 OF 02 ASTANA 000559',
  'TOP SECRET',
  'LIMITED OFFICIAL USE',
  'CORRECTED COPY',
  'SENSITIVE BUT UNCLASSIFIED',
  'E.O. 12958: DECL: 1/1/19',
  'E.0. 13526',
  'EO 12958',
  'E O 12356',
  'TAGS: PREL',
  'TGS: X',
  'TAS: X',
  'SUBJECT: X',
  'SUBJ. X',
  'REF: A. STATE 1',
  'REFTELS',
  'PROGRAM REF: X',
  'CLASSIFIED BY: X',
  '(C) CLASSIFIED BY X',
  'This record is a partial extract of the original cable',
  '1. ',
  '3.(C)',
  'RUEHC/SECSTATE WASHDC IMMEDIATE 5061',
  'AMEMBASSY PARIS',
  'SECSTATE WASHDC',
  'USDAO',
  'OO RUEHAG RUEHAST',
  'R RUEHC',
  'O 311153Z MAR 09',
  'P R 221828 Z MAY 73',
  'ZNR UUUUU',
  'DE RUEHTA #0559/01 0901153',
  'FM AMEMBASSY ASTANA',
  'TO RUEHC/SECSTATE WASHDC IMMEDIATE 5061',
  'INFO RUCNCIS/CIS COLLECTIVE',
  'INFO  LOG-00',
  'ACTION EUR-25',
  'ORIGIN PA-02',
  'DRAFTED BY',
  'APPROVED BY',
  'CLEARANCES:',
  'DISTRIBUTION:',
  'Cable Text:',
  'Friday, 12 February 2010, 11:51',
  'Sunday, 1 March 2009, 09:05',
  'E',
  'X',
  '/',
  '.',
  ' ',
  ',',
  '\t',
  'ſipdis',
  'SIPDIſ',
  '\u00a0',
  '¶',
];
const line = fc.array(fc.oneof(fc.constantFrom(...PARTS), fc.string({ maxLength: 4 })), { maxLength: 5 }).map((parts) => parts.join(''));
const flipCase = (text: string, mask: number): string =>
  [...text].map((char, index) => ((mask >> (index % 30)) & 1 ? char.toLowerCase() : char)).join('');
const anyLine = fc.oneof(
  line,
  fc.tuple(line, fc.integer({ min: 0, max: 2 ** 30 })).map(([text, mask]) => flipCase(text, mask)),
);

const fixtureLines = fixtureNames().flatMap((name) =>
  loadFixture(name)
    .split(/\r\n|\n|\r/)
    .map((text) => text.trim()),
);

describe('front-matter prefilters', () => {
  it('mayStartCaptionLine never rejects a line the unfiltered caption reading accepts', () => {
    fc.assert(
      fc.property(anyLine, (text) => {
        if (referenceReadCaptions(text) !== null) expect(mayStartCaptionLine(text)).toBe(true);
        expect(readCaptions(text)).toEqual(referenceReadCaptions(text));
      }),
      { numRuns: 5000 },
    );
    let captions = 0;
    for (const text of fixtureLines) {
      if (referenceReadCaptions(text) === null) continue;
      captions++;
      expect(mayStartCaptionLine(text)).toBe(true);
    }
    expect(captions).toBeGreaterThan(30);
  });

  it('mayStartCaptionLine rejects address lines and prose after two characters, and keeps the caption forms (hand-checked)', () => {
    for (const text of ['RUEHC/SECSTATE WASHDC IMMEDIATE 5061', 'AMEMBASSY PARIS', 'SECSTATE WASHDC', 'USDAO ANKARA', 'The minister said'])
      expect(mayStartCaptionLine(text)).toBe(false);
    // 81 characters: over readCaptions' length limit even when every word is a caption word.
    expect(mayStartCaptionLine(`${'SIPDIS '.repeat(11)}NOFORN`.slice(0, 81))).toBe(false);
    for (const text of ['SIPDIS', 'N O F O R N', 'nf', 'SECRET//NOFORN', 'S E C R E T NOFORN', 'CORRECTED COPY', '/NOFORN', 'ſipdis'])
      expect(mayStartCaptionLine(text)).toBe(true);
  });

  it('isFrontMatterStart answers exactly as the plain disjunction of its patterns', () => {
    fc.assert(
      fc.property(anyLine, (text) => {
        expect(isFrontMatterStart(text)).toBe(referenceIsFrontMatterStart(text));
      }),
      { numRuns: 5000 },
    );
    let starts = 0;
    for (const text of fixtureLines) {
      const expected = referenceIsFrontMatterStart(text);
      expect(isFrontMatterStart(text)).toBe(expected);
      if (expected) starts++;
    }
    expect(starts).toBeGreaterThan(100);
  });

  it('the routing header tries each pattern only after the characters it must start with', () => {
    // The premises of decodeKeyedLine's second-character dispatch and routingLine's pre-check.
    const premises: Array<[RegExp, (text: string) => boolean]> = [
      [ROUTING_LINE, (text) => (text[1] === ' ' ? /^. [A-Z]{4}/ : /^.. [A-Z]{4}/).test(text)],
      [DE_LINE, (text) => text.startsWith('DE')],
      [FM_LINE, (text) => text.startsWith('FM')],
      [TO_LINE, (text) => text.startsWith('TO')],
      [INFO_LINE, (text) => text.startsWith('IN')],
      [OFFICE_CODES_LINE, (text) => /^(?:AC|IN|OR)/.test(text)],
      [HEADER_OTHER_LINE, (text) => /^(?:DR|DI|AP|CL|Ca|[0-9])/.test(text)],
      [GUARDIAN_DATE_LINE, (text) => /^[MTWFS][a-z]/.test(text)],
    ];
    fc.assert(
      fc.property(anyLine, (text) => {
        for (const [pattern, premise] of premises) if (pattern.test(text)) expect(premise(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    let matched = 0;
    for (const text of fixtureLines) {
      for (const [pattern, premise] of premises) {
        if (!pattern.test(text)) continue;
        matched++;
        expect(premise(text)).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(50);
  });
});
