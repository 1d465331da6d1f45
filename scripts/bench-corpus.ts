// Prints every corpus text the parser benchmark measures (page texts through the mirror adapters,
// then texts/) as one JSON array. scripts/bench.ts runs this in a child process, so the pages'
// happy-dom documents never share a heap with the measurement: every garbage collection there would
// walk them, and the extension's parser runs in a page's heap, not in a test harness's.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeText } from './cable/cli.ts';
import { readPageCables } from './cable/read-page.ts';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));

const texts: string[] = [];
for (const build of readdirSync(`${CORPUS}pages`)) {
  for (const name of readdirSync(`${CORPUS}pages/${build}`)) {
    const html = readFileSync(`${CORPUS}pages/${build}/${name}`, 'utf8');
    texts.push(...readPageCables(html, `https://corpus.invalid/${build}/${name}`).map((cable) => cable.text));
  }
}
for (const folder of readdirSync(`${CORPUS}texts`)) {
  for (const name of readdirSync(`${CORPUS}texts/${folder}`)) texts.push(decodeText(readFileSync(`${CORPUS}texts/${folder}/${name}`)));
}
process.stdout.write(JSON.stringify(texts));
