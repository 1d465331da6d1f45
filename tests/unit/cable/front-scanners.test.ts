// The front matter's hand-written scanners replace regular expressions and string copies on hot
// paths. Each is checked here against the expression or code it replaced (kept below as the
// reference), on random text built from the characters that matter and on every fixture line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cableId, cableIdFromCitation, ORIGIN_ALIASES } from '../../../utils/cable/cable-id';
import { LEVEL_PREFIX, readLevelPrefix } from '../../../utils/cable/classification';
import { readClassificationLine } from '../../../utils/cable/rules/classification-line';
import { parseAddressee } from '../../../utils/cable/rules/addressee';
import { collapseWhiteSpace, foldWhiteSpace, isWhiteSpace } from '../../../utils/cable/white-space';
import { fixtureNames, loadFixture } from './fixture-loader';
import { referenceAddressee } from '../parser-speed/reference-rules';

const fixtureLines = fixtureNames().flatMap((name) => loadFixture(name).split(/\r\n|\n|\r/));

/** Random text over an alphabet, with the given pieces mixed in. */
function textOf(alphabet: string, pieces: readonly string[]) {
  return fc.array(fc.oneof(fc.constantFrom(...alphabet), fc.constantFrom(...pieces)), { maxLength: 14 }).map((parts) => parts.join(''));
}

const LEVEL_WORDS: Record<string, string> = {
  TOPSECRET: 'TOP SECRET',
  UNCLASSIFIED: 'UNCLASSIFIED',
  UNCLAS: 'UNCLASSIFIED',
  CONFIDENTIAL: 'CONFIDENTIAL',
  SECRET: 'SECRET',
  LIMITEDOFFICIALUSE: 'LIMITED OFFICIAL USE',
};

function referenceLevelPrefix(text: string) {
  const match = LEVEL_PREFIX.exec(text);
  if (match === null) return null;
  const word = match[0];
  const level = LEVEL_WORDS[word.replace(/ /g, '').toUpperCase()];
  return level === undefined ? null : { level, spaced: /^[A-Za-z] [A-Za-z] /.test(word), length: word.length };
}

// readUncached as it was, on split tokens and regular expressions.
function referenceClassificationLine(text: string) {
  if (text.length > 240 || !/^ *[tucsl]/i.test(text)) return null;
  const prefix = readLevelPrefix(text);
  if (prefix === null) return null;
  const levelText = text.slice(0, prefix.length);
  if (!prefix.spaced && levelText !== levelText.toUpperCase()) return null;
  const tokens = text
    .slice(prefix.length)
    .split(/[ \t]+/)
    .filter((token) => token !== '');
  let index = 0;
  const caveats: string[] = [];
  for (;;) {
    const token = tokens[index];
    if (token === undefined) break;
    if (/^(?:\/\/[A-Za-z]+|NOFORN|EFTO|SENSITIVE|NODIS|EXDIS|LIMDIS|STADIS)$/i.test(token)) {
      caveats.push(token.replace(/^\/\//, '').toUpperCase());
      index++;
    } else if (
      /^E$/i.test(token) &&
      tokens
        .slice(index, index + 4)
        .join('')
        .toUpperCase() === 'EFTO'
    ) {
      caveats.push('EFTO');
      index += 4;
    } else break;
  }
  let section: { n: number; of: number } | null = null;
  if (/^SECTION$/i.test(tokens[index] ?? '') && /^OF$/i.test(tokens[index + 2] ?? '')) {
    const n = Number(tokens[index + 1]);
    const of = Number(tokens[index + 3]);
    if (Number.isInteger(n) && Number.isInteger(of)) {
      section = { n, of };
      index += 4;
    }
  }
  const rest = tokens.slice(index);
  const { level, spaced } = prefix;
  if (rest.length === 0) return section === null ? { level, spaced, caveats, section, origin: null, serial: null } : null;
  const serial = rest[rest.length - 1] ?? '';
  const originWords = rest.slice(/^[0-9]{2}$/.test(rest[0] ?? '') && rest.length > 2 ? 1 : 0, -1);
  if (!/^[0-9]{2,8}$/.test(serial) || originWords.length === 0 || originWords.length > 4) return null;
  if (!originWords.every((word) => /^[A-Za-z][A-Za-z.'-]*$/.test(word))) return null;
  return { level, spaced, caveats, section, origin: originWords.join(' ').toUpperCase(), serial };
}

function classificationOf(text: string) {
  const line = readClassificationLine(text, { start: 0, end: 0 });
  if (line === null) return null;
  const { level, spaced, caveats, section, origin, serial } = line;
  return { level, spaced, caveats, section, origin, serial };
}

// cableId and the word checks of cableIdFromCitation as they were (with production's alias table:
// these compare the code, not the data).
function referenceCableId(year: number, origin: string, serial: string): string | null {
  const upper = origin.toUpperCase().replace(/[^A-Z]/g, '');
  const token = ORIGIN_ALIASES[upper] ?? upper;
  const digits = serial.replace(/^0+(?=\d)/, '');
  if (token.length < 2 || !/^\d{1,7}$/.test(digits)) return null;
  return `${String(year % 100).padStart(2, '0')}${token}${digits}`;
}

function referenceCitation(citation: string, defaultYear: number | null): string | null {
  const text = citation.trim();
  if (text.length > 200) return null;
  const match = /^(?:(\d{2}|\d{4}) +)?([A-Za-z][A-Za-z .'-]{1,40}?) *-? ?(\d{1,7})(?: +\((\d{2}|\d{4})\))?(?=$|[ .,;:)])/.exec(text);
  if (match === null) return null;
  const [, yearText, origin = '', serial = '', trailingYear] = match;
  const words = origin.trim().split(/ +/);
  if (words.length > 4) return null;
  if (/^(REF|REFS|REFTEL|PARA|PARAS|PARAGRAPH|SECTION|E|O|EO|ON|OF|AND|THE|DATED|NO|NUMBER|TD|OSC)$/i.test(words[0] ?? '')) return null;
  if (serial.length < 2 && words.length === 1 && origin.length < 4) return null;
  const explicit = yearText ?? trailingYear;
  const year = explicit !== undefined ? Number(explicit) : defaultYear;
  if (year === null || Number.isNaN(year)) return null;
  return referenceCableId(year, origin, serial);
}

describe('front-matter scanners answer as the code they replaced', () => {
  it('isWhiteSpace is /\\s/ on every UTF-16 code unit', () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    expect(differing).toEqual([]);
  });

  it('foldWhiteSpace and collapseWhiteSpace are the regex replacements', () => {
    const text = textOf('ab ¶.', [' ', '  ', '\t', '\u00a0', '\u2028', '\ufeff', 'word']);
    fc.assert(
      fc.property(text, (value) => {
        expect(foldWhiteSpace(value)).toBe(value.replace(/\s+/g, ' ').trim());
        expect(collapseWhiteSpace(value)).toBe(value.replace(/\s+/g, ' '));
      }),
      { numRuns: 3000 },
    );
    for (const line of fixtureLines) expect(collapseWhiteSpace(`${line}  ${line}`)).toBe(`${line}  ${line}`.replace(/\s+/g, ' '));
  });

  it('readLevelPrefix reads what LEVEL_PREFIX matches', () => {
    const pieces = [
      'TOP SECRET',
      'T O P  S E C R E T',
      'U N C L A S S I F I E D',
      'UNCLASSIFIED',
      'UNCLAS',
      'C O N F I D E N T I A L',
      'Confidential',
      'S E C R E T',
      'secret',
      'LIMITED OFFICIAL USE',
    ];
    const text = textOf('TOPSECRUNLAIFDtopsecr  -/ſıK\u0154', pieces);
    fc.assert(
      fc.property(text, (value) => {
        expect(readLevelPrefix(value)).toEqual(referenceLevelPrefix(value));
      }),
      { numRuns: 5000 },
    );
    let levels = 0;
    for (const line of fixtureLines) {
      const expected = referenceLevelPrefix(line);
      expect(readLevelPrefix(line)).toEqual(expected);
      if (expected !== null) levels++;
    }
    expect(levels).toBeGreaterThan(50);
  });

  it('readClassificationLine reads lines as the token-splitting version did', () => {
    const pieces = [
      'CONFIDENTIAL',
      'S E C R E T',
      'C o n f i d e n t i a l',
      'UNCLAS',
      ' SECTION 01 OF 02',
      ' section 1 of x',
      ' E F T O',
      ' e FTO',
      ' NOFORN',
      ' //NOFORN',
      ' //',
      ' 75',
      ' ASTANA',
      ' NEW DELHI',
      " ST. JOHN'S",
      ' 000559',
      ' 12',
      '\t',
    ];
    const text = textOf(' \tAS0159', pieces);
    fc.assert(
      fc.property(text, (value) => {
        expect(classificationOf(value)).toEqual(referenceClassificationLine(value));
      }),
      { numRuns: 5000 },
    );
    let lines = 0;
    for (const line of fixtureLines) {
      const expected = referenceClassificationLine(line);
      expect(classificationOf(line)).toEqual(expected);
      if (expected !== null) lines++;
    }
    expect(lines).toBeGreaterThan(50);
  });

  it('parseAddressee peels an address line as the copying version did', () => {
    const pieces = [
      'RUEHC/',
      'SECSTATE',
      ' WASHDC',
      ' IMMEDIATE',
      'IMMEDIATE',
      ' NIACT IMMEDIATE',
      ' priority',
      'FLASH',
      ' PRIOITY',
      ' PRıORITY',
      ' ımmedıate',
      ' 5061',
      '5061',
      ' 12',
      ' ',
      '\t',
      '\u00a0',
      'ß',
      'ﬁ',
      '/',
    ];
    const text = textOf(' AB/09', pieces);
    fc.assert(
      fc.property(text, fc.nat(1000), (value, offset) => {
        expect(parseAddressee(value, offset)).toEqual(referenceAddressee(value, offset));
      }),
      { numRuns: 5000 },
    );
    for (const line of fixtureLines) expect(parseAddressee(line, 7)).toEqual(referenceAddressee(line, 7));
  });

  it('cableId and cableIdFromCitation resolve as before', () => {
    const origins = fc.constantFrom('ASTANA', 'SecState', 'SECSTATE WASHDC', 'The Hague', 'USUN', 'NEW  DELHI', "ST. JOHN'S", 'X', 'a-b');
    fc.assert(
      fc.property(fc.integer({ min: 1966, max: 2010 }), origins, fc.stringMatching(/^[0-9]{0,9}$/), (year, origin, serial) => {
        expect(cableId(year, origin, serial)).toBe(referenceCableId(year, origin, serial));
      }),
      { numRuns: 2000 },
    );
    const citation = textOf(' 0589().,;', ['08 ', 'STATE', ' STATE', 'SAO PAULO', 'PARA', 'REF', 'E.O.', '  ', ' (09)', '-', 'AND']);
    fc.assert(
      fc.property(citation, fc.constantFrom(null, 2009), (value, year) => {
        expect(cableIdFromCitation(value, year)).toBe(referenceCitation(value, year));
      }),
      { numRuns: 5000 },
    );
    for (const line of fixtureLines) expect(cableIdFromCitation(line, 2009)).toBe(referenceCitation(line, 2009));
  });
});
