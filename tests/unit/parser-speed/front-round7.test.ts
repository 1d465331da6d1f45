// Round 7 of the front-matter speed work: the routing header reuses the decode of the line after a
// blank run (and decodes its first line before isHeaderStart), isOfficeCodesAfter never reads past
// the end, originToken drops non-letters without a regex. Each is checked against what it replaced
// or against an invariant the old code kept, on generated input and on every real fixture.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { originToken } from '../../../utils/cable/cable-id';
import { OFFICE_CODES_LINE } from '../../../utils/cable/line-kinds';
import type { Addressee, HeaderLine, RoutingHeaderNode } from '../../../utils/cable/model';
import { parseCable } from '../../../utils/cable/parse';
import { isOfficeCodesAfter } from '../../../utils/cable/rules/header-line-scanners';
import { fixtureNames, loadFixture } from '../cable/fixture-loader';

const fixtures = fixtureNames().map((name) => loadFixture(name));
const fixtureLines = fixtures.flatMap((text) => text.split(/\r\n|\n|\r/));

function isOfficeCodesLine(text: string): boolean {
  return (
    (text.startsWith('ACTION') && isOfficeCodesAfter(text, 6)) ||
    (text.startsWith('INFO') && isOfficeCodesAfter(text, 4)) ||
    (text.startsWith('ORIGIN') && isOfficeCodesAfter(text, 6))
  );
}

describe('isOfficeCodesAfter at the end of the line', () => {
  it('agrees with OFFICE_CODES_LINE on every prefix of office-code lines (reads that used to run past the end)', () => {
    const lines = ['ACTION EUR-25', 'INFO  LOG-00   AID-00   CIAE-00', 'ORIGIN PA-02', 'ACTION SS-251', 'INFO OES7890-12 X', 'ACTION  A-1'];
    for (const line of lines) {
      for (let end = 0; end <= line.length; end++) {
        const text = line.slice(0, end);
        expect(isOfficeCodesLine(text), JSON.stringify(text)).toBe(OFFICE_CODES_LINE.test(text));
      }
    }
    // Hand-checked: a code needs two digits after its dash, and no third one.
    expect(isOfficeCodesLine('ACTION EUR-25')).toBe(true);
    expect(isOfficeCodesLine('ACTION EUR-2')).toBe(false);
    expect(isOfficeCodesLine('ACTION EUR-251')).toBe(false);
    expect(isOfficeCodesLine('ACTION ')).toBe(false);
  });

  it('agrees with OFFICE_CODES_LINE on generated lines and every fixture line', () => {
    const piece = fc.constantFrom('ACTION', 'INFO', 'ORIGIN', ' ', '  ', '-', 'EUR', 'A', 'Z9', '0', '12', '345', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(isOfficeCodesLine(text)).toBe(OFFICE_CODES_LINE.test(text));
      }),
      { numRuns: 4000 },
    );
    for (const line of fixtureLines) expect(isOfficeCodesLine(line)).toBe(OFFICE_CODES_LINE.test(line));
  });
});

describe('originToken without the global replace', () => {
  it('drops what `/[^A-Z]/g` drops after upper-casing', () => {
    // The reference: the letters-only text takes the path that keeps it as it is.
    const origin = fc
      .array(fc.constantFrom('A', 'b', 'SAO', ' ', 'PAULO', '.', "'", '-', 'é', 'ß', '1', 'US', 'EU', 'HAGUE'), { maxLength: 8 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(origin, (text) => {
        expect(originToken(text)).toBe(originToken(text.toUpperCase().replace(/[^A-Z]/g, '')));
      }),
      { numRuns: 4000 },
    );
    expect(originToken('Sao Paulo')).toBe('SAOPAULO');
    expect(originToken('THE HAGUE')).toBe('THEHAGUE');
    expect(originToken('US EU')).toBe('USEUBRUSSELS');
  });
});

/** The addressees a header's own lines hold, list by list, and its first DTG and FM office. */
function collectedFromLines(lines: readonly HeaderLine[]) {
  const to: Addressee[] = [];
  const info: Addressee[] = [];
  let dtg = null;
  let from = null;
  for (const line of lines) {
    if (line.kind === 'to') to.push(...line.addressees);
    else if (line.kind === 'info') info.push(...line.addressees);
    else if (line.kind === 'addresseeContinuation') (line.list === 'to' ? to : info).push(...line.addressees);
    else if (line.kind === 'dtg' && dtg === null) dtg = line.dtg;
    else if (line.kind === 'from' && from === null) from = line.office;
  }
  return { to, info, dtg, from };
}

function headersOf(text: string): RoutingHeaderNode[] {
  return parseCable(text).nodes.filter((node): node is RoutingHeaderNode => node.kind === 'routingHeader');
}

// The real headers of the fixtures, line by line (blank lines inside them dropped).
const fixtureHeaders = fixtures.flatMap((text) =>
  headersOf(text).map((header) =>
    text
      .slice(header.span.start, header.span.end)
      .split(/\r\n|\n|\r/)
      .filter((line) => line.trim() !== ''),
  ),
);

describe('routing header: the line after a blank run is decoded once', () => {
  it('the fixtures hold headers to build on', () => {
    expect(fixtureHeaders.length).toBeGreaterThan(5);
  });

  it('keeps the node facts (to, info, DTG, FM) equal to what its lines hold, with blank runs anywhere', () => {
    const header = fc.constantFrom(...fixtureHeaders);
    fc.assert(
      fc.property(header, fc.array(fc.nat({ max: 40 }), { maxLength: 6 }), fc.nat({ max: 2 }), (lines, blankAfter, extra) => {
        const withBlanks: string[] = [];
        lines.forEach((line, index) => {
          withBlanks.push(line);
          for (const at of blankAfter) if (at === index) for (let blank = 0; blank <= extra; blank++) withBlanks.push('');
        });
        const text = `${withBlanks.join('\n')}\n\nC O N F I D E N T I A L SECTION 01 OF 02 STATE 001234\n\nSUBJECT: TEST\n`;
        const headers = headersOf(text);
        expect(headers.length).toBeGreaterThan(0);
        for (const node of headers) {
          const collected = collectedFromLines(node.lines);
          expect(node.to).toEqual(collected.to);
          expect(node.info).toEqual(collected.info);
          expect(node.dtg).toEqual(collected.dtg);
          expect(node.from).toEqual(collected.from);
          // The same addressee objects, not copies: each is pushed once, by the decode that kept it.
          node.to.forEach((addressee, index) => expect(addressee).toBe(collected.to[index]));
          node.info.forEach((addressee, index) => expect(addressee).toBe(collected.info[index]));
          // A blank line is kept only between two header lines.
          expect(node.lines[0]?.kind).not.toBe('blank');
          expect(node.lines[node.lines.length - 1]?.kind).not.toBe('blank');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a blank line inside an address list joins the lines around it (hand-checked)', () => {
    const text = [
      'R 151200Z JAN 09',
      'FM AMEMBASSY ANKARA',
      'TO RUEHC/SECSTATE WASHDC PRIORITY 7906',
      '',
      'RUEHRO/AMEMBASSY ROME 1234',
      'INFO RUEHAK/AMEMBASSY ANKARA',
      '',
      '',
      'RUEHIT/AMCONSUL ISTANBUL',
      '',
      'CONFIDENTIAL ANKARA 000123',
    ].join('\n');
    const [header] = headersOf(text);
    expect(header?.lines.map((line) => line.kind)).toEqual([
      'dtg',
      'from',
      'to',
      'blank',
      'addresseeContinuation',
      'info',
      'blank',
      'blank',
      'addresseeContinuation',
    ]);
    expect(header?.to.map((addressee) => addressee.office)).toEqual(['SECSTATE WASHDC', 'AMEMBASSY ROME']);
    expect(header?.info.map((addressee) => addressee.office)).toEqual(['AMEMBASSY ANKARA', 'AMCONSUL ISTANBUL']);
    expect(header?.from).toBe('AMEMBASSY ANKARA');
    expect(header?.dtg?.year).toBe(2009);
  });
});
