import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileGlossary, serializeGlossary } from '../../../scripts/glossary/compile-glossary.ts';
import { GLOSSARY_DATA_FILE, readGlossarySources } from '../../../scripts/glossary/read-glossary-sources.ts';

describe('generated glossary data', () => {
  it('is up to date with utils/glossary/sources (run `npm run glossary:build` if this fails)', () => {
    const rebuilt = serializeGlossary(compileGlossary(readGlossarySources()));
    expect(rebuilt === readFileSync(GLOSSARY_DATA_FILE, 'utf8')).toBe(true);
  });

  it('is deterministic', () => {
    const sources = readGlossarySources();
    expect(serializeGlossary(compileGlossary(sources))).toBe(serializeGlossary(compileGlossary(sources)));
  });

  it('never takes a geographic meaning from the 2024 5 FAH-3 list (CH = Switzerland there)', () => {
    const data = compileGlossary(readGlossarySources());
    const geographicSources = [...Object.values(data.geographic1974), ...Object.values(data.geographicCablegate)].map(
      ([, source]) => data.sources[source] ?? '',
    );
    expect(geographicSources.length).toBeGreaterThan(400);
    expect(geographicSources.filter((source) => source.includes('H-414') || source.includes('2024'))).toEqual([]);
  });

  it('ships no informal gloss verbatim: every low-confidence TAG wording is the project’s own', () => {
    const data = compileGlossary(readGlossarySources());
    const lowSources = Object.values(data.tags)
      .flatMap((record) => [record.current, record.era1970s])
      .filter((entry) => entry !== undefined && entry[2] === 'low')
      .map((entry) => data.sources[entry?.[1] ?? -1] ?? '');
    expect(lowSources.length).toBeGreaterThan(20);
    expect(new Set(lowSources)).toEqual(
      new Set(['Cable Lens editors’ own wording (no official wording found; informal glosses were consulted, not copied)']),
    );
    expect(data.sources.filter((source) => /informal short gloss|pdnetworks/i.test(source))).toEqual([]);
  });

  it('keeps every source index in range', () => {
    const data = compileGlossary(readGlossarySources());
    const tables = [
      data.geographic1974,
      data.geographicCablegate,
      data.routingIndicators,
      data.captions,
      data.precedences,
      data.classifications,
      data.executiveOrders,
      data.reasons1995,
      data.reasons2003,
      data.reasons2010,
      data.formats,
    ];
    const entries = [
      ...tables.flatMap((table) => Object.values(table)),
      ...Object.values(data.tags).flatMap((r) => [r.current, r.era1970s ?? r.current]),
    ];
    for (const entry of entries) expect(data.sources[entry[1]]).toBeTypeOf('string');
  });
});
