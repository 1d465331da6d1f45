import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../../utils/glossary/index.ts';

describe('loadGlossary', () => {
  it('keeps the data out of index.ts: only a dynamic import() reaches it', () => {
    const index = readFileSync(new URL('../../../utils/glossary/index.ts', import.meta.url), 'utf8');
    const staticImports = index.split('\n').filter((line) => /^\s*import\s.*from\s/.test(line));
    expect(staticImports.some((line) => line.includes('data/'))).toBe(false);
    expect(index).toContain("import('./data/glossary-data.json')");
  });

  it('loads once and answers lookups', async () => {
    const first = loadGlossary();
    expect(loadGlossary()).toBe(first);
    const glossary = await first;
    expect(glossary.explainRoutingIndicator('RUEHC').meaning).toMatch(/^DEPT OF STATE/);
  });
});
