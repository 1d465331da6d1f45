/**
 * Compiles the glossary source tables (utils/glossary/sources/) into the typed data the lookups use.
 * Pure: text in, data out, deterministic (sorted keys, first-seen source order), so the committed
 * JSON can be re-derived in a unit test and compared byte for byte.
 */
import type { Confidence, DataEntry, GeoEntry, GlossaryData, NonGeographicTagKind, TagRecord } from '../../utils/glossary/types.ts';
import { parseTsv, type TsvRow } from './parse-tsv.ts';

/** The source files the compiler reads, by path relative to utils/glossary/sources/. */
export const GLOSSARY_SOURCE_FILES = [
  'reference/tags.tsv',
  'reference/plusd_tags_sample.tsv',
  'reference/tags_geo_by_era.tsv',
  'reference/tags_cablegate_codes.tsv',
  'reference/routing.tsv',
  'markings.tsv',
  'marking-sources.tsv',
  'project-tag-glosses.tsv',
  'cablegate-geo-evidence.tsv',
  'corrections.tsv',
] as const;

export type GlossarySourceFile = (typeof GLOSSARY_SOURCE_FILES)[number];
export type GlossarySources = Record<GlossarySourceFile, string>;

const PROJECT_GLOSS_SOURCE = 'Cable Lens editors’ own wording (no official wording found; informal glosses were consulted, not copied)';
const PLUSD_CABLEGATE_GEO_SOURCE =
  'WikiLeaks PlusD display strings for Cablegate-era geographic codes (reference/tags_geo_by_era.tsv, column plusd_cablegate; see SOURCES.md §6)';
const WORLD_REGION_SOURCE =
  'State Dept TAGS handbook TL:TAGS-1 (1974) world-region code, still in use in Cablegate (reference/geo_codes_observed.tsv)';
const GEO_EVIDENCE_SOURCE_PREFIX = 'Cable Lens reading of Cablegate usage: ';

/** Which kind of source a tags.tsv row comes from; the order of preference depends on the era. */
type TagSourceRank = 'plusd' | 'fah3' | 'nara' | 'handbook1974' | 'corpusEvidence' | 'projectModern' | 'project';

const CURRENT_ORDER: TagSourceRank[] = ['plusd', 'fah3', 'nara', 'projectModern', 'handbook1974', 'corpusEvidence', 'project'];
const ERA_1970S_ORDER: TagSourceRank[] = ['plusd', 'handbook1974', 'nara', 'fah3', 'corpusEvidence', 'project'];

interface TagCandidate {
  rank: TagSourceRank;
  meaning: string;
  source: string;
}

function rankOfTagSource(source: string): TagSourceRank | null {
  if (source.includes('PlusD')) return 'plusd';
  if (source.includes('5 FAH-3')) return 'fah3';
  if (source.includes('NARA FAQ')) return 'nara';
  if (source.includes('TL:TAGS-1')) return 'handbook1974';
  if (source.includes('corpus-evidence')) return 'corpusEvidence';
  return null; // informal glosses are not shipped (SOURCES.md §7): see project-tag-glosses.tsv
}

function confidenceOf(rank: TagSourceRank, era: 'current' | '1970s'): Confidence {
  switch (rank) {
    case 'plusd':
    case 'fah3':
    case 'nara':
      return 'high';
    case 'handbook1974':
      // 1974 wording is authoritative for the 1970s; later the wording often changed (SOURCES.md "How far sources disagree" §2).
      return era === '1970s' ? 'high' : 'medium';
    case 'corpusEvidence':
      return 'medium';
    case 'projectModern':
    case 'project':
      return 'low';
  }
}

function toTagKind(kind: string): NonGeographicTagKind | null {
  if (kind === 'subject') return 'subject-tag';
  if (kind === 'program') return 'program-tag';
  if (kind === 'organization') return 'organization-tag';
  return null;
}

function sortedRecord<T>(entries: Map<string, T>): Record<string, T> {
  const record: Record<string, T> = {};
  for (const key of [...entries.keys()].sort()) record[key] = entries.get(key) as T;
  return record;
}

export function compileGlossary(files: GlossarySources): GlossaryData {
  const sources: string[] = [];
  const sourceIndex = new Map<string, number>();
  const cite = (source: string): number => {
    let index = sourceIndex.get(source);
    if (index === undefined) {
      index = sources.length;
      sources.push(source);
      sourceIndex.set(source, index);
    }
    return index;
  };
  const entry = (meaning: string, source: string, confidence: Confidence): DataEntry => [meaning, cite(source), confidence];

  const tagRows = parseTsv(files['reference/tags.tsv']);
  const tags = compileTags(files, tagRows, entry);
  const { geographic1974, geographicCablegate } = compileGeography(files, tagRows, cite);

  const tagKindsWithoutMeaning = new Map<string, NonGeographicTagKind>();
  for (const row of parseTsv(files['reference/tags_cablegate_codes.tsv'])) {
    const kind = toTagKind(row.kind ?? '');
    const code = row.code ?? '';
    if (kind && code && !(code in tags)) tagKindsWithoutMeaning.set(code, kind);
  }

  const markings = compileMarkings(files, entry);

  return {
    formatVersion: 1,
    sources,
    tags,
    tagKindsWithoutMeaning: sortedRecord(tagKindsWithoutMeaning),
    geographic1974,
    geographicCablegate,
    routingIndicators: compileRouting(files, entry),
    ...markings,
  };
}

type MakeEntry = (meaning: string, source: string, confidence: Confidence) => DataEntry;

function compileTags(files: GlossarySources, tagRows: TsvRow[], entry: MakeEntry): Record<string, TagRecord> {
  const candidates = new Map<string, TagCandidate[]>();
  const kinds = new Map<string, NonGeographicTagKind>();
  const add = (code: string, candidate: TagCandidate) => {
    const list = candidates.get(code) ?? [];
    list.push(candidate);
    candidates.set(code, list);
  };

  for (const row of tagRows) {
    const kind = toTagKind(row.kind ?? '');
    const code = row.code ?? '';
    const rank = rankOfTagSource(row.source ?? '');
    if (!kind || !code || !rank || !row.expansion) continue;
    if (!kinds.has(code)) kinds.set(code, kind);
    add(code, { rank, meaning: row.expansion, source: row.source ?? '' });
  }

  const cablegateKinds = new Map<string, NonGeographicTagKind>();
  for (const row of parseTsv(files['reference/tags_cablegate_codes.tsv'])) {
    const kind = toTagKind(row.kind ?? '');
    if (kind && row.code) cablegateKinds.set(row.code, kind);
  }

  // PlusD display strings scraped from real 1970s PlusD pages; two-letter codes go to the 1974 geography.
  for (const row of parseTsv(files['reference/plusd_tags_sample.tsv'])) {
    const code = row.tag ?? '';
    const meaning = row.plusd_description ?? '';
    if (!meaning || code.length <= 2 || code.includes(',')) continue;
    const kind =
      kinds.get(code) ??
      cablegateKinds.get(code) ??
      (/^K[A-Z]{3}$/.test(code) ? 'program-tag' : meaning.includes('--') ? 'subject-tag' : 'organization-tag');
    if (!kinds.has(code)) kinds.set(code, kind);
    add(code, { rank: 'plusd', meaning, source: `WikiLeaks PlusD display string, from ${row.source ?? ''}` });
  }

  for (const row of parseTsv(files['project-tag-glosses.tsv'])) {
    const kind = toTagKind(row.kind ?? '');
    const code = row.code ?? '';
    if (!kind || !code || !row.meaning) continue;
    if (!kinds.has(code)) kinds.set(code, kind);
    add(code, { rank: row.era === '1980-' ? 'projectModern' : 'project', meaning: row.meaning, source: PROJECT_GLOSS_SOURCE });
  }

  const pick = (list: TagCandidate[], order: TagSourceRank[]) => {
    for (const rank of order) {
      const found = list.find((candidate) => candidate.rank === rank);
      if (found) return found;
    }
    return undefined;
  };

  const records = new Map<string, TagRecord>();
  for (const code of [...candidates.keys()].sort()) {
    const list = candidates.get(code) ?? [];
    const kind = kinds.get(code);
    const current = pick(list, CURRENT_ORDER);
    if (!kind || !current) continue;
    const record: TagRecord = { kind, current: entry(current.meaning, current.source, confidenceOf(current.rank, 'current')) };
    const older = pick(list, ERA_1970S_ORDER);
    if (older) {
      const olderEntry = entry(older.meaning, older.source, confidenceOf(older.rank, '1970s'));
      if (olderEntry.join('\t') !== record.current.join('\t')) record.era1970s = olderEntry;
    }
    records.set(code, record);
  }
  return sortedRecord(records);
}

function compileGeography(
  files: GlossarySources,
  tagRows: TsvRow[],
  cite: (source: string) => number,
): { geographic1974: Record<string, GeoEntry>; geographicCablegate: Record<string, GeoEntry> } {
  const countrySource = (code: string, marker: string): string =>
    tagRows.find((row) => row.kind === 'country' && row.code === code && (row.source ?? '').includes(marker))?.source ?? marker;

  const corrections = new Map<string, string>();
  for (const row of parseTsv(files['corrections.tsv'])) {
    corrections.set(`${row.table}\t${row.code}\t${row.wrong}`, row.right ?? '');
  }
  const corrected = (table: string, code: string, value: string) => corrections.get(`${table}\t${code}\t${value}`) ?? value;

  const geo1974 = new Map<string, GeoEntry>();
  const cablegate = new Map<string, GeoEntry>();
  const worldRegions1974 = new Map<string, string>();

  for (const row of parseTsv(files['reference/tags_geo_by_era.tsv'])) {
    const code = row.code ?? '';
    if (!/^[A-Z0-9]{2}$/.test(code)) continue;
    const in1974 = row.tags_1974 ?? '';
    if (in1974) {
      geo1974.set(code, [in1974, cite(countrySource(code, 'TL:TAGS-1')), 'high']);
      if (in1974.endsWith('(world region)')) worldRegions1974.set(code, in1974);
    }
    // Cablegate era: PlusD-observed first, FIPS 10-4 next. The 2024 column (fah3_2024) is never used:
    // its GENC/ISO-like codes contradict Cablegate (CH is China there, not Switzerland) — SOURCES.md §1.
    const plusd = row.plusd_cablegate ?? '';
    const fips = corrected('fips_10_4_dafif', code, row.fips_10_4_dafif ?? '');
    if (plusd) cablegate.set(code, [plusd, cite(PLUSD_CABLEGATE_GEO_SOURCE), 'high']);
    else if (fips) cablegate.set(code, [fips, cite(countrySource(code, 'FIPS 10-4')), 'medium']);
  }

  for (const [code, meaning] of worldRegions1974) {
    if (!cablegate.has(code)) cablegate.set(code, [meaning, cite(WORLD_REGION_SOURCE), 'medium']);
  }

  const organizationCodes = new Set(tagRows.filter((row) => row.kind === 'organization').map((row) => row.code));
  for (const row of parseTsv(files['reference/plusd_tags_sample.tsv'])) {
    const code = row.tag ?? '';
    const meaning = row.plusd_description ?? '';
    if (/^[A-Z]{2}$/.test(code) && meaning && !geo1974.has(code) && !organizationCodes.has(code)) {
      geo1974.set(code, [meaning, cite(`WikiLeaks PlusD display string, from ${row.source ?? ''}`), 'high']);
    }
  }

  // Hand-checked evidence overrides the FIPS proxy where Cablegate usage contradicts it.
  for (const row of parseTsv(files['cablegate-geo-evidence.tsv'])) {
    const code = row.code ?? '';
    const confidence = row.confidence as Confidence;
    const source = cite(`${GEO_EVIDENCE_SOURCE_PREFIX}${row.evidence ?? ''}`);
    const meaning = row.meaning ?? '';
    cablegate.set(code, row.kind === 'organization' ? [meaning, source, confidence, 'organization-tag'] : [meaning, source, confidence]);
  }

  return { geographic1974: sortedRecord(geo1974), geographicCablegate: sortedRecord(cablegate) };
}

/** ACP 117 Section I (2011) is the Cablegate-era edition, so its name comes first; the rest are "also". */
function routingSourcePreference(source: string): number {
  if (source.includes('Sec. I Decode') && source.includes('(O)')) return 0;
  if (source.includes('Sec. I Decode')) return 1;
  if (source.includes('Sec. II')) return 2;
  if (source.includes('Sec. V')) return 3;
  return 4;
}

function compileRouting(files: GlossarySources, entry: MakeEntry): Record<string, DataEntry> {
  const rowsByIndicator = new Map<string, TsvRow[]>();
  for (const row of parseTsv(files['reference/routing.tsv'])) {
    const ri = row.indicator ?? '';
    if (!ri || !row.office) continue;
    const list = rowsByIndicator.get(ri) ?? [];
    list.push(row);
    rowsByIndicator.set(ri, list);
  }
  const result = new Map<string, DataEntry>();
  for (const [ri, rows] of rowsByIndicator) {
    const ordered = rows
      .map((row, order) => ({ row, order, preference: routingSourcePreference(row.source ?? '') }))
      .sort((a, b) => a.preference - b.preference || a.order - b.order);
    const primary = ordered[0];
    if (!primary) continue;
    const others = ordered.slice(1).map(({ row }) => row.office ?? '');
    const meaning = others.length > 0 ? `${primary.row.office} (also: ${others.join('; ')})` : (primary.row.office ?? '');
    const source = [...new Set(ordered.map(({ row }) => row.source ?? ''))].join(' + ');
    const fromAcp117 = primary.preference < 4;
    result.set(ri, entry(meaning, source, fromAcp117 ? 'high' : 'medium'));
  }
  return sortedRecord(result);
}

type MarkingTables = Pick<
  GlossaryData,
  'captions' | 'precedences' | 'classifications' | 'executiveOrders' | 'reasons1995' | 'reasons2003' | 'reasons2010' | 'formats'
>;

const MARKING_TABLE_OF_KIND: Record<string, keyof MarkingTables> = {
  caption: 'captions',
  precedence: 'precedences',
  classification: 'classifications',
  'executive-order': 'executiveOrders',
  'reason-1.5': 'reasons1995',
  'reason-1.4-2003': 'reasons2003',
  'reason-1.4-2010': 'reasons2010',
  format: 'formats',
};

function compileMarkings(files: GlossarySources, entry: MakeEntry): MarkingTables {
  const citations = new Map<string, string>();
  for (const row of parseTsv(files['marking-sources.tsv'])) citations.set(row.key ?? '', row.citation ?? '');
  const tables = new Map<keyof MarkingTables, Map<string, DataEntry>>();
  for (const table of Object.values(MARKING_TABLE_OF_KIND)) tables.set(table, new Map());
  for (const row of parseTsv(files['markings.tsv'])) {
    const table = tables.get(MARKING_TABLE_OF_KIND[row.kind ?? ''] ?? ('' as keyof MarkingTables));
    if (!table) throw new Error(`markings.tsv: unknown kind ${row.kind}`);
    const source = (row.source ?? '')
      .split(';')
      .map((key) => {
        const citation = citations.get(key.trim());
        if (!citation) throw new Error(`markings.tsv: unknown source key ${key} for ${row.code}`);
        return citation;
      })
      .join('; ');
    table.set(row.code ?? '', entry(row.meaning ?? '', source, row.confidence as Confidence));
  }
  const out = {} as MarkingTables;
  for (const [name, table] of tables) out[name] = sortedRecord(table);
  return out;
}

/** Stable serialisation: the generated file is reviewed as a diff, so one entry per line. */
export function serializeGlossary(data: GlossaryData): string {
  const blocks = Object.entries(data).map(([key, value]) => {
    const name = JSON.stringify(key);
    if (Array.isArray(value)) return `${name}:[\n${value.map((item) => JSON.stringify(item)).join(',\n')}\n]`;
    if (value !== null && typeof value === 'object') {
      const lines = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
      return `${name}:{\n${lines.join(',\n')}\n}`;
    }
    return `${name}:${JSON.stringify(value)}`;
  });
  return `{\n${blocks.join(',\n')}\n}\n`;
}
