/**
 * Every cable text in ../shared/corpus, read the way `cable parse` reads a file: texts/ files as
 * cable text (UTF-8, or Latin-1 in the final PDF build), pages through the CLI's page seam (the
 * extension's mirror adapters in happy-dom, never executed), so coverage measures what a reader sees.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeText } from '../cable/cli.ts';
import { readPageCables } from '../cable/read-page.ts';
import { parseTsv } from './parse-tsv.ts';

export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

export interface CorpusCable {
  /** Path relative to the corpus directory. */
  path: string;
  /** The ID the page states, else the manifest's. */
  id: string;
  text: string;
}

export interface CorpusReading {
  cables: CorpusCable[];
  /** Manifest entries where no cable text was found (the page seam found no cable). */
  withoutCable: string[];
}

export function readCorpusCables(corpusDir: string = CORPUS_DIR): CorpusReading {
  const cables: CorpusCable[] = [];
  const withoutCable: string[] = [];
  for (const row of parseTsv(readFileSync(`${corpusDir}/MANIFEST.tsv`, 'utf8'))) {
    const path = row.path ?? '';
    const id = row.id ?? '';
    const file = `${corpusDir}/${path}`;
    const text = decodeText(readFileSync(file));
    if (!/\.html?$/i.test(path)) {
      cables.push({ path, id, text });
      continue;
    }
    const found = readPageCables(text, pathToFileURL(file).href);
    if (found.length === 0) withoutCable.push(path);
    for (const cable of found) cables.push({ path, id: cable.id ?? id, text: cable.text });
  }
  return { cables, withoutCable };
}
