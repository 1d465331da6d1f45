// The `cable` command end to end: spawned through tsx for stdin, a text file, an HTML page, a
// non-cable file and an unreadable file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../scripts/cable/cli';
import { FIXTURE_DIR, loadFixture } from './fixture-loader';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PAGE = fileURLToPath(new URL('../../../../shared/corpus/pages/viewer-2011-01/08REYKJAVIK195.html', import.meta.url));
const PLUSD = fileURLToPath(new URL('../../../../shared/corpus/pages/plusd/', import.meta.url));

function cable(args: string[], input?: string): { status: number | null; lines: Array<Record<string, unknown>>; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cable.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });
  const lines = result.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: result.status, lines, stderr: result.stderr };
}

describe('cable parse (spawned)', () => {
  it('reads cable text from stdin', () => {
    const { status, lines } = cable(['parse', '-'], loadFixture('09ASTANA559'));
    expect(status).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      source: '-',
      id: '09ASTANA559',
      classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY',
      dtg: '2009-03-31T11:53Z',
      origin: 'AMEMBASSY ASTANA',
    });
  });

  it('reads a text file and prints every contract key', () => {
    const { status, lines } = cable(['parse', join(FIXTURE_DIR, '09PARIS1007.txt')]);
    expect(status).toBe(0);
    expect(Object.keys(lines[0] ?? {})).toEqual([
      'source',
      'id',
      'classification',
      'dtg',
      'origin',
      'from',
      'to',
      'info',
      'caveats',
      'tags',
      'subject',
      'subjectMarking',
      'references',
      'classifiedBy',
      'reasons',
      'declassify',
      'paragraphs',
      'signature',
      'diagnostics',
    ]);
    expect(lines[0]).toMatchObject({ id: '09PARIS1007', tags: ['PGOV', 'PREL', 'FR'], reasons: ['b', 'd'], signature: 'PEKALA' });
  });

  it('reads an HTML viewer page through the page seam (the page ID wins)', () => {
    const { status, lines } = cable(['parse', PAGE]);
    expect(status).toBe(0);
    expect(lines[0]).toMatchObject({ id: '08REYKJAVIK195', classification: 'CONFIDENTIAL', dtg: '2008-09-09T17:00Z' });
  });

  it('reads the three PlusD pages with their canonical IDs (values checked by hand against the pages)', () => {
    const pages = ['1973STATE097844_b', '1974ATHENS02959_b', '1974ATHENS03099_b'].map((name) => `${PLUSD}${name}.html`);
    const { status, lines } = cable(['parse', ...pages]);
    expect(status).toBe(0);
    expect(lines).toHaveLength(3);
    // 1973 State cable: `P R 221828 Z MAY 73`, `FM SECSTATE WASHDC`, `TO AMEMBASSY LUXEMBOURG PRIORITY`,
    // `INFO AMEMBASSY ROME`, `E. O. 11652: N/ A`, `TAGS: SPOP IT`; the signature PORTER is glued to the end
    // of ¶3's last line (`… MINISTER FOREIGN AFFAIRS.    PORTER`).
    expect(lines[0]).toMatchObject({
      source: pages[0],
      id: '1973STATE097844_b',
      classification: 'LIMITED OFFICIAL USE',
      dtg: '1973-05-22T18:28Z',
      origin: 'SECSTATE WASHDC',
      from: 'SECSTATE WASHDC',
      to: ['AMEMBASSY LUXEMBOURG'],
      info: ['AMEMBASSY ROME'],
      tags: ['SPOP', 'IT'],
      subject: 'INFORMATION TO FORMER SENATOR TYDINGS',
      declassify: 'N/ A',
      references: [],
      paragraphs: [
        { number: 1, marking: null },
        { number: 2, marking: null },
        { number: 3, marking: null },
      ],
      signature: 'PORTER',
    });
    expect(lines[1]).toMatchObject({
      id: '1974ATHENS02959_b',
      classification: 'LIMITED OFFICIAL USE',
      dtg: '1974-05-17T16:00Z',
      from: 'AMEMBASSY ATHENS',
      to: ['SECSTATE WASHDC'],
      info: ['AMEMBASSY LONDON', 'AMEMBASSY CANBERRA', 'AMCONSUL THESSALONIKI'],
      tags: ['PINS', 'GR'],
      subject: 'ARRESTS OF KALOUDIS AND AMBATIELOS',
      references: [{ text: 'STATE -097844', id: '74STATE97844' }],
      declassify: 'N/A',
      signature: 'TASCA',
    });
    expect(lines[2]).toMatchObject({
      id: '1974ATHENS03099_b',
      classification: 'CONFIDENTIAL',
      dtg: '1974-05-23T15:15Z',
      from: 'AMEMBASSY ATHENS',
      info: ['AMEMBASSY CANBERRA', 'AMEMBASSY LONDON', 'AMCONSUL THESSALONIKI'],
      declassify: 'GDS',
      signature: 'TASCA',
      references: [
        { text: 'STATE 97844', id: '74STATE97844' },
        { text: 'ATHENS 2959', id: '74ATHENS2959' },
      ],
    });
  });

  it('reports a file without a cable and one that cannot be read (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cable-cli-'));
    const prose = join(dir, 'prose.txt');
    writeFileSync(prose, 'Just a shopping list.\nMilk\nBread\n');
    const missing = join(dir, 'missing.txt');
    const { status, lines, stderr } = cable(['parse', prose, missing]);
    expect(status).toBe(2);
    expect(lines).toEqual([{ source: prose, error: 'no cable found' }]);
    expect(stderr.trim()).toBe(`cable: cannot read ${missing}: ENOENT`);
  });
});

describe('runCli', () => {
  function memoryIo(files: Record<string, string>): CliIo & { out: string[]; err: string[] } {
    const out: string[] = [];
    const err: string[] = [];
    return {
      out,
      err,
      stdout: (line) => out.push(line),
      stderr: (line) => err.push(line),
      readStdin: async () => Buffer.from(''),
      readFile: async (path) => {
        const text = files[path];
        if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
        return Buffer.from(text);
      },
    };
  }

  it('rejects a missing command with usage and exit 2', async () => {
    const io = memoryIo({});
    expect(await runCli([], io)).toBe(2);
    expect(io.err[0]).toMatch(/^usage: cable parse/);
  });

  it('calls the --explain hook and adds its result', async () => {
    const io = memoryIo({ 'a.txt': loadFixture('09PARIS1007') });
    const status = await runCli(['parse', '--explain', 'a.txt'], io, { explain: (document) => document.tags.map((tag) => ({ tag })) });
    expect(status).toBe(0);
    expect(JSON.parse(io.out[0] ?? '{}').explanations).toEqual([{ tag: 'PGOV' }, { tag: 'PREL' }, { tag: 'FR' }]);
  });
});
