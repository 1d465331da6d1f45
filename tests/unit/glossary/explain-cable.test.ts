import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCable } from '../../../utils/cable/index.ts';
import { markingsOf } from '../../../utils/glossary/cable-markings.ts';
import { cableYearOf, explainCable } from '../../../utils/glossary/explain-cable.ts';
import { createGlossary } from '../../../utils/glossary/index.ts';
import type { GlossaryData } from '../../../utils/glossary/types.ts';

const data = JSON.parse(readFileSync(new URL('../../../utils/glossary/data/glossary-data.json', import.meta.url), 'utf8')) as GlossaryData;
const glossary = createGlossary(data);
// Real text: 09ASTANA559 (texts/wordpress), the parser's fixture.
const astana = readFileSync(new URL('../../fixtures/cables/09ASTANA559.txt', import.meta.url), 'utf8');

describe('explainCable on 09ASTANA559', () => {
  const markings = markingsOf(parseCable(astana));

  it('extracts what a reader sees in the text (checked by hand)', () => {
    expect(markings.year).toBe(2009);
    expect(markings.tags).toEqual(['PGOV', 'PHUM', 'SOCI', 'KDEM', 'KCRM', 'KZ']);
    expect(markings.caveats).toEqual(['SENSITIVE', 'SIPDIS']);
    // 23 RIs on the routing line wrapped over three lines (9 + 9 + 5), RUEHTA on the DE line, then 19 RI/office addressees.
    expect(markings.routingIndicators).toHaveLength(23 + 1 + 19);
    expect(markings.routingIndicators.slice(0, 2)).toEqual(['RUEHAG', 'RUEHAST']);
    expect(markings.routingIndicators[23]).toBe('RUEHTA');
    expect(markings.addressedOffices?.[0]).toEqual({ routingIndicator: 'RUEHC', office: 'SECSTATE WASHDC' });
    expect(markings.addressedOffices?.[1]).toEqual({ routingIndicator: 'RUCNCIS', office: 'CIS COLLECTIVE' });
  });

  const explanations = explainCable(markings, glossary);

  it('explains each distinct tag, caveat and RI once, in order', () => {
    expect(explanations.slice(0, 8).map((e) => e.code)).toEqual(['PGOV', 'PHUM', 'SOCI', 'KDEM', 'KCRM', 'KZ', 'SENSITIVE', 'SIPDIS']);
    expect(explanations.filter((e) => e.code === 'RUEKJCS')).toHaveLength(1); // addressed twice (SECDEF, JOINT STAFF)
    expect(explanations.every((e) => 'code' in e && 'kind' in e && 'meaning' in e)).toBe(true);
  });

  it('falls back on the cable’s own RI/office pair for collectives missing from ACP 117 (RUCNCIS)', () => {
    expect(glossary.explainRoutingIndicator('RUCNCIS').meaning).toBeNull();
    expect(explanations.find((e) => e.code === 'RUCNCIS')).toMatchObject({
      kind: 'routing-indicator',
      meaning: 'CIS COLLECTIVE',
      confidence: 'medium',
    });
  });

  it('explains KCRM with a low-confidence project wording and KZ as Kazakhstan', () => {
    expect(explanations.find((e) => e.code === 'KCRM')).toMatchObject({ kind: 'program-tag', confidence: 'low' });
    expect(explanations.find((e) => e.code === 'KZ')?.meaning).toBe('Kazakhstan');
  });
});

describe('cableYearOf', () => {
  it('prefers the DTG, then reads Cablegate and PlusD IDs', () => {
    expect(cableYearOf('2009-03-31T11:53Z', '10STATE1')).toBe(2009);
    expect(cableYearOf(null, '09ASTANA559')).toBe(2009);
    expect(cableYearOf(null, '66BUENOSAIRES2481')).toBe(1966);
    expect(cableYearOf(null, '1974ATHENS02959_b')).toBe(1974);
    expect(cableYearOf(null, '42FOO1')).toBeNull();
    expect(cableYearOf(null, null)).toBeNull();
  });
});
