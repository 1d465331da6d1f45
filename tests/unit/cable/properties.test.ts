// Invariants on any input: never throws, lossless tiling, deterministic; adversarial shapes complete
// with work proportional to their size (line counts, not clocks).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCable, type CableDocument, type CableNode } from '../../../utils/cable/index';
import { fixtureNames, loadFixture } from './fixture-loader';

function tiles(nodes: readonly CableNode[], start: number, end: number): boolean {
  let cursor = start;
  for (const node of nodes) {
    if (node.span.start !== cursor || node.span.end <= node.span.start) return false;
    if (node.kind === 'block' && !tiles(node.children, node.span.start, node.span.end)) return false;
    cursor = node.span.end;
  }
  return cursor === end;
}

function isLossless(document: CableDocument): boolean {
  return (
    document.nodes.map((node) => document.input.slice(node.span.start, node.span.end)).join('') === document.input &&
    tiles(document.nodes, 0, document.input.length)
  );
}

// Lines that look like cable parts, so random documents exercise the rules, not only plain text.
const cableLine = fc.constantFrom(
  'VZCZCXRO5035',
  'OO RUEHAG RUEHAST',
  'DE RUEHTA #0559/01 0901153',
  'ZNR UUUUU ZZH',
  'O 311153Z MAR 09',
  'FM AMEMBASSY ASTANA',
  'TO RUEHC/SECSTATE WASHDC IMMEDIATE 5061',
  'INFO RUCNCIS/CIS COLLECTIVE 1428',
  'UNCLAS SECTION 01 OF 02 ASTANA 000559',
  'C O N F I D E N T I A L',
  'SIPDIS',
  'SENSITIVE',
  'E.O. 12958: DECL: 03/31/2019',
  'TAGS: PGOV PHUM (CLINTON, HILLARY)',
  'SUBJECT: (C) A SUBJECT',
  'REF: A. STATE 1234 B. 08 ASTANA 12',
  'Classified By: Ambassador X for reasons 1.4 (b) and (d)',
  '1. (C) Summary: text',
  'END SUMMARY.',
  'BEGIN TEXT:',
  'END TEXT',
  'COMMENT:',
  'END COMMENT.',
  '-- dashed item',
  'A. lettered',
  'HEADING',
  '---------',
  'ASTANA 00000559  002 OF 002',
  'PAGE 02 ATHENS 02959 171944Z',
  '¶2. (S//NF) text\\',
  '50133  2006-01-19  06THEHAGUE131  Embassy The Hague',
  '24576',
  '2004-12-23',
  'NNNN',
  'HOAGLAND',
  '',
  ' ',
  'This record is a partial extract of the original cable.',
  // Shapes split inside one line or joined over lines (round 2): one-line front matter, a TAB-glued
  // classification line, E.O. after a passing line, Classified By glued to SUBJECT/REF or wrapped,
  // the vertical cables.csv record, 1990/1973 header lines, a date wrapped before a number.
  'C O N F I D E N T I A L SECTION 01 OF 02 STATE 000284 SIPDIS E.O. 12958: DECL: 01/04/2020 TAGS: MASS MARR',
  'RUEATRS/DEPT OF TREASURY WASHINGTON DC PRIORITY\tS E C R E T SECTION 01 OF 02 BERN 000881 ',
  'DEPT FOR NEA/MAG AND DRL E.O. 12958: DECL: 3/13/2018',
  'SUBJECT: A CALL ON X  Classified By: Ambassador Y for reasons 1.4 b and d.',
  'REF: C. 09 MANAMA 731 Classified By: Ambassador Z for reasons 1.4 (b) and (d)',
  'Classified By: Unit Chief for Reasons 1.4(b) a',
  'nd (d).',
  '(d',
  ')',
  '09MEXICO2556',
  'Embassy Mexico',
  'CONFIDENTIAL',
  '2009-08-28 16:17:00',
  '------------------352654  200910Z /23',
  '05/22/73   EXT 23262',
  'DRAFTED BY S/ PM: PPCLAXTON,  JR.',
  'on Friday morning, December',
  '17. The Dutch fell back',
  'C O N F I D E N T I A L 75 LIBREVILLE 1895',
  '...',
);
const separator = fc.constantFrom('\n', '\r\n', '\r');
const cableText = fc
  .array(fc.tuple(fc.oneof(cableLine, fc.string({ maxLength: 30 })), separator), { maxLength: 60 })
  .map((parts) => parts.map(([line, end]) => line + end).join(''));

describe('parser properties', () => {
  it('never throws, is lossless and deterministic on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (input) => {
        const first = parseCable(input);
        expect(isLossless(first)).toBe(true);
        expect(JSON.stringify(parseCable(input))).toBe(JSON.stringify(first));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, is lossless and deterministic on cable-shaped documents', () => {
    fc.assert(
      fc.property(cableText, (input) => {
        const first = parseCable(input);
        expect(isLossless(first)).toBe(true);
        expect(JSON.stringify(parseCable(input))).toBe(JSON.stringify(first));
        for (const diagnostic of first.diagnostics) expect(diagnostic.span.end).toBeLessThanOrEqual(input.length);
      }),
      { numRuns: 400 },
    );
  });

  it('stays lossless on every prefix and suffix cut of real fixtures', () => {
    for (const name of fixtureNames().slice(0, 12)) {
      const text = loadFixture(name);
      fc.assert(
        fc.property(fc.nat({ max: text.length }), fc.boolean(), (cut, prefix) => {
          const input = prefix ? text.slice(0, cut) : text.slice(cut);
          expect(isLossless(parseCable(input))).toBe(true);
        }),
        { numRuns: 20 },
      );
    }
  });

  // Rules look ahead over lines (records, wrapped fields), so the cuts most likely to break them fall
  // between lines; every such cut of every fixture is checked, not a sample.
  it('stays lossless when any fixture is cut at any line boundary', () => {
    const failures: string[] = [];
    for (const name of fixtureNames()) {
      const text = loadFixture(name);
      for (let cut = text.indexOf('\n') + 1; cut > 0; cut = text.indexOf('\n', cut) + 1) {
        if (!isLossless(parseCable(text.slice(0, cut)))) failures.push(`${name} prefix ${cut}`);
        if (!isLossless(parseCable(text.slice(cut)))) failures.push(`${name} suffix ${cut}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('handles 5 MB on one line as a single paragraph', () => {
    const input = 'A'.repeat(5 * 1024 * 1024);
    const document = parseCable(input);
    expect(isLossless(document)).toBe(true);
    expect(document.nodes).toHaveLength(1);
  });

  it('handles 100k blank lines with one node per line', () => {
    const input = '\n'.repeat(100_000);
    const document = parseCable(input);
    expect(isLossless(document)).toBe(true);
    expect(document.nodes).toHaveLength(100_000);
    expect(document.nodes.every((node) => node.kind === 'blank')).toBe(true);
  });

  it('nests deeply nested BEGIN/END TEXT markers and closes them all', () => {
    // Blocks are parsed recursively; past a few thousand levels the engine's stack (smaller in a
    // busy worker, before JIT) runs out and the parser falls back to one lossless text node.
    // Real cables nest two or three deep, so 500 levels is far past anything real, yet stable.
    const depth = 500;
    const input = `${'BEGIN TEXT\n'.repeat(depth)}middle\n${'END TEXT\n'.repeat(depth)}`;
    const document = parseCable(input);
    expect(isLossless(document)).toBe(true);
    let node: CableNode | undefined = document.nodes[0];
    let levels = 0;
    while (node?.kind === 'block') {
      expect(node.closed).toBe(true);
      levels++;
      node = node.children.find((child) => child.kind === 'block');
    }
    expect(levels).toBe(depth);
  });

  it('keeps unmatched markers as text with no runaway blocks', () => {
    const input = `${'BEGIN TEXT\nEND SUMMARY\n'.repeat(5000)}`;
    const document = parseCable(input);
    expect(isLossless(document)).toBe(true);
    expect(document.nodes.some((node) => node.kind === 'block')).toBe(false);
  });

  it('does work proportional to the input: doubling the lines doubles the nodes', () => {
    const unit = loadFixture('09ASTANA559');
    const once = parseCable(unit.repeat(20)).nodes.length;
    const twice = parseCable(unit.repeat(40)).nodes.length;
    expect(twice).toBeGreaterThan(once);
    expect(twice).toBeLessThanOrEqual(2 * once + 2);
  });
});
