// The routing header's hand scanners (round 6) replace the regular expressions and string copies the
// header lines went through. Each is compared with the pattern or code it replaced (kept here as the
// reference) on random lines built around the header's words, and on every line of every fixture.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullYear, parseDateTimeGroup } from '../../../utils/cable/date-time-group';
import {
  DE_LINE,
  FM_LINE,
  INFO_LINE,
  OFFICE_CODES_LINE,
  ROUTING_CONTINUATION,
  ROUTING_LINE,
  TO_LINE,
  TRANSMISSION_ID,
  ZN_LINE,
} from '../../../utils/cable/line-kinds';
import { parseAddressee, readAddressee } from '../../../utils/cable/rules/addressee';
import {
  isOfficeCodesAfter,
  isTransmissionId,
  labelledValueStart,
  readDeLine,
  readRoutingIndicators,
  readZnWarning,
  routingPrecedenceLength,
} from '../../../utils/cable/rules/header-line-scanners';
import { fixtureNames, loadFixture } from '../cable/fixture-loader';
import { referenceAddressee } from './reference-rules';

const fixtureLines = fixtureNames().flatMap((name) => loadFixture(name).split(/\r\n|\n|\r/));

/** Random text over an alphabet, with the given pieces mixed in. */
function textOf(alphabet: string, pieces: readonly string[], maxLength = 14) {
  return fc.array(fc.oneof(fc.constantFrom(...alphabet), fc.constantFrom(...pieces)), { maxLength }).map((parts) => parts.join(''));
}

/** Checks `actual` against `reference` on generated lines and on every fixture line. */
function sameAsReference<T>(lines: fc.Arbitrary<string>, actual: (text: string) => T, reference: (text: string) => T): void {
  fc.assert(
    fc.property(lines, (text) => {
      expect(actual(text)).toEqual(reference(text));
    }),
    { numRuns: 4000 },
  );
  for (const line of fixtureLines) expect(actual(line)).toEqual(reference(line));
}

// parseDateTimeGroup as it was: one regular expression, then the checks.
const DTG = /^((?:[ZOPRYM] +){0,2})(\d{2})(\d{2})(\d{2}) ?Z +([A-Za-z]{3}) +(\d{2})(?![0-9])/;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
function referenceDateTimeGroup(text: string) {
  const match = DTG.exec(text);
  if (match === null) return null;
  const [, letters = '', dd = '', hh = '', mm = '', monthName = '', yy = ''] = match;
  const month = MONTHS.indexOf(monthName.toUpperCase()) + 1;
  const day = Number(dd);
  const hour = Number(hh);
  const minute = Number(mm);
  if (month === 0 || day < 1 || day > 31 || hour > 24 || minute > 59) return null;
  const year = fullYear(Number(yy));
  return {
    precedenceLetters: letters.split('').filter((letter) => letter !== ' '),
    iso: `${year}-${String(month).padStart(2, '0')}-${dd}T${hh}:${mm}Z`,
    year,
  };
}

const ADDRESS_PIECES = [
  'RUEHC/',
  'RUEKJCS/',
  'SECSTATE',
  ' WASHDC',
  'AMEMBASSY',
  ' IMMEDIATE',
  'IMMEDIATE',
  ' NIACT IMMEDIATE',
  ' niact immediate',
  ' priority',
  ' PRIORITY',
  ' ROUTINE',
  ' Flash',
  ' PRIOITY',
  ' PRıORITY',
  ' ımmedıate',
  ' ﬂASH',
  ' 5061',
  '5061',
  ' 1234567',
  ' 12',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\u2028',
  'ß',
  'ﬁ',
  '/',
];

describe('routing header scanners (round 6)', () => {
  it('reads DTGs by hand as the pattern did', () => {
    expect(parseDateTimeGroup('P R 221828 Z MAY 73')).toEqual({ precedenceLetters: ['P', 'R'], iso: '1973-05-22T18:28Z', year: 1973 });
    expect(parseDateTimeGroup('201247Z Jan 04 ZFF4')).toEqual({ precedenceLetters: [], iso: '2004-01-20T12:47Z', year: 2004 });
    expect(parseDateTimeGroup('O 311153Z MAR 091')).toBeNull();
    expect(parseDateTimeGroup('O P R 311153Z MAR 09')).toBeNull();
    const pieces = [
      'O ',
      'P R ',
      'Z  ',
      'M',
      'Y ',
      '311153',
      '221828',
      '999999',
      '0012',
      'Z',
      ' Z',
      ' ',
      'MAR',
      'may',
      'Xyz',
      'DEC',
      '09',
      '73',
      '7',
    ];
    sameAsReference(textOf('ZOPR 0123456789Z', pieces, 10), parseDateTimeGroup, referenceDateTimeGroup);
  });

  it('peels address lines as the copying version did, from any start on the line', () => {
    expect(parseAddressee(' RUEHC/SECSTATE WASHDC PRIORITY 7906', 10)).toEqual({
      routingIndicator: 'RUEHC',
      office: 'SECSTATE WASHDC',
      precedence: 'PRIORITY',
      serial: '7906',
      span: { start: 10, end: 46 },
    });
    const lines = textOf(' AB/09', ADDRESS_PIECES);
    fc.assert(
      fc.property(lines, fc.nat(1000), (value, offset) => {
        expect(parseAddressee(value, offset)).toEqual(referenceAddressee(value, offset));
      }),
      { numRuns: 6000 },
    );
    fc.assert(
      fc.property(lines, lines, fc.nat(1000), (before, value, offset) => {
        expect(readAddressee(before + value, before.length, offset)).toEqual(referenceAddressee(value, offset));
      }),
      { numRuns: 2000 },
    );
    for (const line of fixtureLines) expect(parseAddressee(line, 7)).toEqual(referenceAddressee(line, 7));
  });

  it('reads transmission ids, routing lines and their continuations as the patterns did', () => {
    sameAsReference(textOf('VZCX09 ', ['VZCZC', 'VZCZCXYZ0015', 'ABCDE', '1234567']), isTransmissionId, (text) =>
      TRANSMISSION_ID.test(text),
    );
    const routing = textOf('ZOPRMN ', ['OO ', 'NN ', 'N ', 'OP ', 'RUEHC', 'RUEHWEB', 'RUEHABCD', 'RUE', ' ', 'abcd', 'O  ']);
    sameAsReference(
      routing,
      (text) => {
        const precedence = routingPrecedenceLength(text);
        const indicators = precedence === 0 ? null : readRoutingIndicators(text, precedence + 1);
        return indicators === null ? null : [text.slice(0, precedence), indicators];
      },
      (text) => {
        const match = ROUTING_LINE.exec(text);
        return match === null ? null : [match[1], (match[2] ?? '').split(' ')];
      },
    );
    sameAsReference(
      routing,
      (text) => readRoutingIndicators(text, 0),
      (text) => (ROUTING_CONTINUATION.test(text) ? text.split(' ') : null),
    );
  });

  it('reads DE and ZN lines as the patterns did', () => {
    expect(readDeLine('DE RUEHAK #4688/01 2231453')).toEqual({
      station: 'RUEHAK',
      serial: '4688',
      section: 1,
      julianDay: 223,
      time: '1453',
    });
    const part = (...choices: string[]) => fc.constantFrom(...choices);
    // Field by field, each right or wrong, so that every field's bounds get tested.
    const deFields = fc
      .tuple(
        part('DE ', 'DE  ', 'DE', 'De '),
        part('RUEHAK', 'RUE', 'RU', 'RUEHABCD', 'RUEHABCDE', 'RUEHaK'),
        part(' #', '  #', '#', ' # '),
        part('4688', '12', '123', '12345', '123456'),
        part('', '/01', '/1', '/123', '/1234', '/', '/01/02'),
        part(' ', '  ', ''),
        part('2231453', '223145', '22314531', '2231453 X', '2231453Z'),
      )
      .map((fields) => fields.join(''));
    const de = fc.oneof(
      deFields,
      textOf('DE #/0123 ', ['DE ', 'DE  ', 'RUEHAK', 'RUEHABCDE', ' #', '4688', '12', '/01', '/1234', ' 2231453', '22314531', '  ']),
    );
    sameAsReference(de, readDeLine, (text) => {
      const match = DE_LINE.exec(text);
      if (match === null) return null;
      const [, station = '', serial = '', section, day = '0', time = ''] = match;
      return { station, serial, section: section === undefined ? null : Number(section), julianDay: Number(day), time };
    });
    const zn = textOf('ZNRY UCSEa', ['ZNY ', 'ZNR  ', 'CCCCC', 'SSSSS', 'UUUUU', 'EEEEE', 'CCCC', ' ZZH']);
    sameAsReference(zn, readZnWarning, (text) => ZN_LINE.exec(text)?.[1] ?? null);
  });

  it('finds FM, TO and INFO values and office codes as the patterns did', () => {
    const labelled = textOf('FMTOINF \tx', ['FM ', 'TO  ', 'INFO ', 'AMEMBASSY', '\u00a0', '\u2028', '\u2029', '\r', 'ROME  ']);
    const value = (pattern: RegExp) => (text: string) => {
      const match = pattern.exec(text);
      return match === null ? -1 : text.length - (match[1] ?? '').length;
    };
    sameAsReference(labelled, (text) => (text.startsWith('FM') ? labelledValueStart(text, 2) : -1), value(FM_LINE));
    sameAsReference(labelled, (text) => (text.startsWith('TO') ? labelledValueStart(text, 2) : -1), value(TO_LINE));
    sameAsReference(labelled, (text) => (text.startsWith('INFO') ? labelledValueStart(text, 4) : -1), value(INFO_LINE));
    const codes = textOf('AEZ09- ', ['ACTION ', 'INFO  ', 'ORIGIN ', 'EUR-25', 'LOG-00', 'CIAE-00', 'ABCDEFGH-01', '-123', 'PA-0']);
    sameAsReference(
      codes,
      (text) =>
        (text.startsWith('ACTION') && isOfficeCodesAfter(text, 6)) ||
        (text.startsWith('INFO') && isOfficeCodesAfter(text, 4)) ||
        (text.startsWith('ORIGIN') && isOfficeCodesAfter(text, 6)),
      (text) => OFFICE_CODES_LINE.test(text),
    );
  });
});
