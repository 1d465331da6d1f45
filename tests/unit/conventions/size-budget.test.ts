// The bundle-size budget (scripts/size.ts): what it measures, and that it fails when it should.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, formatTable, measureBuild, type Budget, type BundleSize } from '../../../scripts/size.ts';

const budget: Budget = { file: 'content-scripts/cable.js', maxGzipBytes: 1_000, measured: 'test' };
const size = (gzipBytes: number): BundleSize => ({ file: 'content-scripts/cable.js', bytes: gzipBytes * 3, gzipBytes });

describe('checkBudgets', () => {
  it('passes at and under the budget, fails one byte over', () => {
    expect(checkBudgets([size(999)], [budget])[0]!.ok).toBe(true);
    expect(checkBudgets([size(1_000)], [budget])[0]!.ok).toBe(true);
    expect(checkBudgets([size(1_001)], [budget])[0]!.ok).toBe(false);
  });

  it('fails when the budgeted file is missing (a rename must not escape the budget)', () => {
    const [result] = checkBudgets([{ file: 'content-scripts/other.js', bytes: 10, gzipBytes: 5 }], [budget]);
    expect(result).toMatchObject({ ok: false, size: null });
  });
});

describe('formatTable', () => {
  it('reports every file and marks the budget verdict', () => {
    const sizes = [size(1_200), { file: 'background.js', bytes: 24_070, gzipBytes: 7_900 }];
    const table = formatTable(sizes, checkBudgets(sizes, [budget]));
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^file\s+raw\s+gzip\s+budget \(gzip\)$/);
    expect(lines[2]).toMatch(/^content-scripts\/cable\.js\s+3\.6 kB\s+1\.2 kB\s+1\.0 kB OVER BUDGET$/);
    expect(lines[3]).toMatch(/^background\.js\s+24\.1 kB\s+7\.9 kB$/);
    expect(formatTable([], checkBudgets([], [budget]))).toMatch(/content-scripts\/cable\.js\s+—\s+—\s+MISSING/);
  });
});

describe('measureBuild', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-lens-size-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const script = 'export const x = 1;\n'.repeat(500);
  fs.mkdirSync(path.join(dir, 'content-scripts'));
  fs.writeFileSync(path.join(dir, 'content-scripts/cable.js'), script);
  fs.writeFileSync(path.join(dir, 'manifest.json'), '{"name":"x"}');
  fs.writeFileSync(path.join(dir, 'icon.png'), Buffer.alloc(4_000));

  it('measures scripts, styles and data with their gzip size, largest first, and skips images', () => {
    const sizes = measureBuild(dir);
    expect(sizes.map((entry) => entry.file)).toEqual(['content-scripts/cable.js', 'manifest.json']);
    const [cable] = sizes;
    expect(cable!.bytes).toBe(Buffer.byteLength(script));
    // The gzip figure is a real gzip of the file: same size as compressing it at level 9, and it inflates back.
    const gzipped = gzipSync(script, { level: 9 });
    expect(cable!.gzipBytes).toBe(gzipped.length);
    expect(gunzipSync(gzipped).toString()).toBe(script);
    expect(cable!.gzipBytes).toBeLessThan(cable!.bytes / 20);
  });
});

describe('BUDGETS', () => {
  it('budgets the content script, from a dated measurement plus a small margin', () => {
    const content = BUDGETS.find((entry) => entry.file === 'content-scripts/cable.js');
    expect(content).toBeDefined();
    const measured = Number(/^([\d,]+) B gzip/.exec(content!.measured)?.[1]?.replace(/,/g, ''));
    expect(content!.measured).toMatch(/\d{4}-\d{2}-\d{2}/);
    // Margin: above the measurement, by at most 10 % (a budget far above the real size guards nothing).
    expect(content!.maxGzipBytes).toBeGreaterThan(measured);
    expect(content!.maxGzipBytes).toBeLessThanOrEqual(measured * 1.1);
  });
});
