/**
 * Every cable text in ../shared/corpus: the texts/ files, the `pre` blocks of viewer pages and the
 * text-header + tagged-text divs of PlusD pages (read with happy-dom, never executed).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { parseTsv } from './parse-tsv.ts';

export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

export interface CorpusCable {
  /** Path relative to the corpus directory. */
  path: string;
  id: string;
  text: string;
}

export function readCorpusCables(corpusDir: string = CORPUS_DIR): CorpusCable[] {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  const parser = new window.DOMParser();
  const cables: CorpusCable[] = [];
  for (const row of parseTsv(readFileSync(`${corpusDir}/MANIFEST.tsv`, 'utf8'))) {
    const path = row.path ?? '';
    const id = row.id ?? '';
    const content = readFileSync(`${corpusDir}/${path}`, 'utf8');
    if (!path.endsWith('.html')) {
      cables.push({ path, id, text: content });
      continue;
    }
    const document = parser.parseFromString(content, 'text/html');
    const blocks = path.includes('/plusd/')
      ? [...document.querySelectorAll('.text-header, #tagged-text')]
      : [...document.querySelectorAll('pre')];
    const text = blocks.map((block) => block.textContent ?? '').join('\n');
    if (text.trim() !== '') cables.push({ path, id, text });
  }
  void window.happyDOM.close();
  return cables;
}
