// `cable parse --explain`: the `explanations` of every tag, caveat and routing indicator, from the
// glossary data, on real fixture cables. Expected meanings checked by hand against the cable text and
// the glossary source tables (utils/glossary/sources/).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../scripts/cable/cli';
import { loadFixture } from './fixture-loader';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

type Line = Record<string, unknown> & { explanations?: Array<Record<string, unknown>> };

async function parse(args: string[], files: Record<string, string>): Promise<Line[]> {
  const out: string[] = [];
  const io: CliIo = {
    stdout: (line) => out.push(line),
    stderr: () => undefined,
    readStdin: async () => Buffer.from(''),
    readFile: async (path) => Buffer.from(files[path] ?? ''),
  };
  expect(await runCli(['parse', ...args], io)).toBe(0);
  return out.map((line) => JSON.parse(line) as Line);
}

async function explanationsOf(fixture: string): Promise<Array<Record<string, unknown>>> {
  const [line] = await parse(['--explain', `${fixture}.txt`], { [`${fixture}.txt`]: loadFixture(fixture) });
  return line?.explanations ?? [];
}

describe('cable parse --explain on 09ASTANA559', () => {
  let explanations: Array<Record<string, unknown>> = [];
  beforeAll(async () => {
    explanations = await explanationsOf('09ASTANA559');
  });
  const byCode = (code: string) => explanations.find((entry) => entry.code === code);

  it('explains each tag, caveat and distinct RI once, in that order', () => {
    // 6 tags + 2 caveats + 43 RI occurrences of which RUEKJCS is repeated (SECDEF, JOINT STAFF) → 42 distinct.
    expect(explanations).toHaveLength(6 + 2 + 42);
    expect(explanations.slice(0, 8).map((entry) => entry.code)).toEqual([
      'PGOV',
      'PHUM',
      'SOCI',
      'KDEM',
      'KCRM',
      'KZ',
      'SENSITIVE',
      'SIPDIS',
    ]);
    expect(explanations.slice(8).every((entry) => entry.kind === 'routing-indicator')).toBe(true);
    expect(explanations[8]?.code).toBe('RUEHAG'); // first RI of "OO RUEHAG RUEHAST …"
  });

  it('gives every entry the keys code, kind, meaning, source, confidence', () => {
    for (const entry of explanations) expect(Object.keys(entry)).toEqual(['code', 'kind', 'meaning', 'source', 'confidence']);
  });

  it('PGOV is the PlusD subject "Political Affairs--Government; Internal Governmental Affairs"', () => {
    expect(byCode('PGOV')).toMatchObject({
      kind: 'subject-tag',
      meaning: 'Political Affairs--Government; Internal Governmental Affairs',
      confidence: 'high',
    });
    expect(byCode('PGOV')?.source).toMatch(/PlusD/);
  });

  it('KZ is Kazakhstan from the Cablegate-era (FIPS 10-4) table, as the cable is of 2009', () => {
    expect(byCode('KZ')).toMatchObject({ kind: 'geographic-tag', meaning: 'Kazakhstan', confidence: 'medium' });
    expect(byCode('KZ')?.source).toMatch(/^FIPS 10-4/);
  });

  it('SIPDIS is the SIPRNet distribution caption, cited to 06STATE89712', () => {
    expect(byCode('SIPDIS')).toMatchObject({ kind: 'caption', confidence: 'high' });
    expect(byCode('SIPDIS')?.meaning).toMatch(/^SIPRNet distribution/);
    expect(byCode('SIPDIS')?.source).toMatch(/06STATE89712/);
    expect(byCode('SENSITIVE')?.meaning).toMatch(/Sensitive But Unclassified/);
  });

  it('RUEHTA (DE station) is Embassy Astana and RUEHC (TO) the Department of State, from ACP 117', () => {
    expect(byCode('RUEHTA')).toMatchObject({
      kind: 'routing-indicator',
      meaning: 'AMEMBASSY ASTANA (also: AMEMBASSY ALMATY)',
      confidence: 'high',
    });
    expect(byCode('RUEHTA')?.source).toMatch(/^ACP 117/);
    expect(byCode('RUEHC')?.meaning).toBe('DEPT OF STATE WASHINGTON DC (also: SECSTATE WASHDC)');
  });

  it('RUCNCIS, missing from ACP 117, is explained by the cable’s own line "RUCNCIS/CIS COLLECTIVE 1428" (medium)', () => {
    expect(byCode('RUCNCIS')).toEqual({
      code: 'RUCNCIS',
      kind: 'routing-indicator',
      meaning: 'CIS COLLECTIVE',
      source: 'This cable’s own address line (routing indicator / office pair); not listed in ACP 117',
      confidence: 'medium',
    });
  });
});

describe('cable parse --explain on other real cables', () => {
  it('09UNVIEVIENNA279: RUEHWEB ("OO RUEHWEB") is in no source, so it says "no explanation found"', async () => {
    const explanations = await explanationsOf('09UNVIEVIENNA279');
    expect(explanations.find((entry) => entry.code === 'RUEHWEB')).toEqual({
      code: 'RUEHWEB',
      kind: 'routing-indicator',
      meaning: null,
      source: null,
      confidence: null,
      reason: 'no explanation found',
    });
    // RUEHII/VIENNA IAEA POSTS COLLECTIVE: the cable's own pair.
    expect(explanations.find((entry) => entry.code === 'RUEHII')?.meaning).toBe('VIENNA IAEA POSTS COLLECTIVE');
  });

  it('7575LIBREVILLE1895 (DTG of 1975): geographic TAGS come from the 1974 handbook (GB = Gabon)', async () => {
    const explanations = await explanationsOf('7575LIBREVILLE1895');
    expect(explanations.map((entry) => entry.code)).toEqual(['PFOR', 'UNGA', 'GB', 'KS', 'KN']);
    const gabon = explanations.find((entry) => entry.code === 'GB');
    expect(gabon).toMatchObject({ kind: 'geographic-tag', meaning: 'Gabon', confidence: 'high' });
    expect(gabon?.source).toMatch(/TL:TAGS-1 \(1974/);
    expect(explanations.find((entry) => entry.code === 'KS')?.meaning).toBe('Korea (South)');
  });

  it('without --explain there is no explanations key', async () => {
    const [line] = await parse(['a.txt'], { 'a.txt': loadFixture('09ASTANA559') });
    expect(line).not.toHaveProperty('explanations');
    expect(line).toMatchObject({ id: '09ASTANA559', tags: ['PGOV', 'PHUM', 'SOCI', 'KDEM', 'KCRM', 'KZ'] });
  });
});

describe('cable parse --explain (spawned, as npm run cable runs it)', () => {
  it('explains a cable read from stdin', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cable.ts', 'parse', '--explain', '-'], {
      cwd: ROOT,
      input: loadFixture('09ASTANA559'),
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const line = JSON.parse(result.stdout.trim()) as Line;
    expect(line.explanations).toHaveLength(50);
    expect(line.explanations?.find((entry) => entry.code === 'RUEHTA')?.meaning).toBe('AMEMBASSY ASTANA (also: AMEMBASSY ALMATY)');
  });
});
