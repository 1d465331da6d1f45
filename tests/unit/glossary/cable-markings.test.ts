// markingsOf: the markings of a parsed cable, checked by hand against real fixture texts.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCable } from '../../../utils/cable/index.ts';
import { markingsOf } from '../../../utils/glossary/cable-markings.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/cables/${name}.txt`, import.meta.url), 'utf8');
const markingsOfFixture = (name: string) => markingsOf(parseCable(fixture(name)));

describe('markingsOf on 09ASTANA559 (routing line wrapped over three lines, 19 addressees)', () => {
  const markings = markingsOfFixture('09ASTANA559');

  it('reads tags, caveats and the year of the DTG "O 311153Z MAR 09"', () => {
    expect(markings.tags).toEqual(['PGOV', 'PHUM', 'SOCI', 'KDEM', 'KCRM', 'KZ']);
    expect(markings.caveats).toEqual(['SENSITIVE', 'SIPDIS']);
    expect(markings.year).toBe(2009);
  });

  it('lists every RI occurrence in header order: routing line (9 + 9 + 5), DE station, TO, INFO', () => {
    const ris = markings.routingIndicators;
    expect(ris).toHaveLength(23 + 1 + 1 + 18);
    expect(ris.slice(0, 9)).toEqual(['RUEHAG', 'RUEHAST', 'RUEHBI', 'RUEHCI', 'RUEHDA', 'RUEHDBU', 'RUEHDF', 'RUEHFL', 'RUEHIK']);
    expect(ris.slice(18, 23)).toEqual(['RUEHROV', 'RUEHSK', 'RUEHSR', 'RUEHVK', 'RUEHYG']);
    expect(ris[23]).toBe('RUEHTA'); // DE RUEHTA #0559/01 0901153
    expect(ris[24]).toBe('RUEHC'); // TO RUEHC/SECSTATE WASHDC IMMEDIATE 5061
    expect(ris.at(-1)).toBe('RHMFIUU'); // RHMFIUU/CDR USCENTCOM MACDILL AFB FL
    expect(ris.filter((ri) => ri === 'RUEKJCS')).toHaveLength(2); // SECDEF and JOINT STAFF share it
  });

  it('pairs each addressee RI with the office the cable names, without precedence or serial', () => {
    expect(markings.addressedOffices).toHaveLength(19);
    expect(markings.addressedOffices?.slice(0, 3)).toEqual([
      { routingIndicator: 'RUEHC', office: 'SECSTATE WASHDC' },
      { routingIndicator: 'RUCNCIS', office: 'CIS COLLECTIVE' },
      { routingIndicator: 'RUCNCLS', office: 'ALL SOUTH AND CENTRAL ASIA COLLECTIVE' },
    ]);
    expect(markings.addressedOffices?.filter((pair) => pair.routingIndicator === 'RUEKJCS').map((pair) => pair.office)).toEqual([
      'SECDEF WASHDC',
      'JOINT STAFF WASHDC',
    ]);
  });
});

describe('markingsOf on other header forms', () => {
  it('09STATE119085: skips the RI-less collective "TO ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE" and drops the "//" after offices', () => {
    const markings = markingsOfFixture('09STATE119085');
    // Routing line 9 + 10 + 9 + 9 + 10 + 6 = 53, DE RUEHC, then 7 RI/office addressees.
    expect(markings.routingIndicators).toHaveLength(53 + 1 + 7);
    expect(markings.routingIndicators[53]).toBe('RUEHC');
    expect(markings.routingIndicators.slice(54)).toEqual(['RUEHTRO', 'RUEHRY', 'RUEAIIA', 'RUEKJCS', 'RHEFDIA', 'RHMCSUU', 'RHEFHLC']);
    expect(markings.addressedOffices).toContainEqual({ routingIndicator: 'RHEFDIA', office: 'DIA WASHINGTON DC' });
    expect(markings.addressedOffices).toContainEqual({ routingIndicator: 'RHEFHLC', office: 'HOMELAND SECURITY CENTER WASHINGTON DC' });
    expect(markings.caveats).toEqual(['NOFORN']);
    expect(markings.year).toBe(2009);
  });

  it('1974ATHENS02959: a 1970s header has offices but no routing indicators; the year comes from "R 171600Z MAY 74"', () => {
    const markings = markingsOfFixture('1974ATHENS02959_b');
    expect(markings).toEqual({ tags: ['PINS', 'GR'], caveats: [], routingIndicators: [], year: 1974, addressedOffices: [] });
  });

  it('reads the year from the ID when the text has no DTG', () => {
    const document = parseCable(fixture('04ANKARA7211'), { id: '04ANKARA7211' });
    expect(document.dtg).toBeNull();
    expect(markingsOf(document).year).toBe(2004);
  });
});

describe('markingsOf invariants', () => {
  // Real header lines (09ASTANA559, 09STATE119085): any ordered subset, with noise lines inserted at one place, so
  // about half the inputs still parse as a routing header with addressees (measured: 164 and 101 of 300 samples).
  const lines = fixture('09ASTANA559').split('\n').slice(0, 40).concat(fixture('09STATE119085').split('\n').slice(0, 22));
  const text = fc
    .tuple(fc.subarray(lines), fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }), fc.nat())
    .map(([picked, noise, at]) => {
      const out = [...picked];
      for (const line of noise) out.splice(at % (out.length + 1), 0, line);
      return out.join('\n');
    });

  it('never throws; every RI is written in the input; every addressee pair is one of the RIs', () => {
    fc.assert(
      fc.property(text, (input) => {
        const document = parseCable(input);
        const markings = markingsOf(document);
        for (const ri of markings.routingIndicators) expect(input).toContain(ri);
        for (const pair of markings.addressedOffices ?? []) {
          expect(markings.routingIndicators).toContain(pair.routingIndicator);
          expect(pair.office).not.toMatch(/^\s|[\s/]$/);
        }
        expect(markings.tags).toEqual(document.tags);
        expect(markings.caveats).toEqual(document.caveats);
      }),
      { numRuns: 300 },
    );
  });
});
