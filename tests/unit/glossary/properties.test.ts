import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGlossary, NO_EXPLANATION_FOUND, type Lookup } from '../../../utils/glossary/index.ts';
import type { GlossaryData } from '../../../utils/glossary/types.ts';

const data = JSON.parse(readFileSync(new URL('../../../utils/glossary/data/glossary-data.json', import.meta.url), 'utf8')) as GlossaryData;
const glossary = createGlossary(data);

const year = fc.option(fc.integer({ min: 1900, max: 2030 }), { nil: null });
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('__proto__', 'constructor', ' ', '(', ',,'));

function isWellFormed(lookup: Lookup): boolean {
  if (lookup.meaning === null) return lookup.reason === NO_EXPLANATION_FOUND;
  return lookup.meaning.length > 0 && lookup.source.length > 0 && ['high', 'medium', 'low'].includes(lookup.confidence);
}

describe('glossary invariants', () => {
  it('never throws and always answers with a meaning or an explicit "no explanation found"', () => {
    fc.assert(
      fc.property(anyText, year, (text, y) => {
        const answers = [
          glossary.explainTag(text, { year: y }),
          glossary.explainRoutingIndicator(text),
          glossary.explainCaption(text),
          glossary.explainPrecedence(text),
          glossary.explainClassification(text),
          glossary.explainExecutiveOrder(text),
          glossary.explainReason(text, undefined, { year: y }),
          glossary.explainFormat(text),
        ];
        expect(answers.every(isWellFormed)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, year, (text, y) => {
        expect(glossary.explainTag(text, { year: y })).toEqual(glossary.explainTag(text, { year: y }));
      }),
    );
  });

  it('reads every geographic code with exactly one table per era: 1974 handbook up to 1979, Cablegate table after', () => {
    const codes = [...new Set([...Object.keys(data.geographic1974), ...Object.keys(data.geographicCablegate)])].filter((c) =>
      /^[A-Z]{2}$/.test(c),
    );
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.integer({ min: 1966, max: 2010 }), (code, y) => {
        const answer = glossary.explainTag(code, { year: y });
        const table = y <= 1979 ? data.geographic1974 : data.geographicCablegate;
        const entry = Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined;
        if (entry) expect(answer.meaning).toBe(entry[0]);
        else if (!Object.prototype.hasOwnProperty.call(data.tags, code)) expect(answer.meaning).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('explains every routing indicator in the data, whatever its case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(data.routingIndicators)), (ri) => {
        expect(glossary.explainRoutingIndicator(ri.toLowerCase()).meaning).toBe(data.routingIndicators[ri]?.[0]);
      }),
    );
  });
});
