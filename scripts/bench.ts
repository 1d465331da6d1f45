// `npm run bench`: parser throughput over every corpus text (page texts + texts/) next to a baseline
// that only splits lines and tests one regular expression per line, in the same run.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCable } from '../utils/cable/index.ts';
import { decodeText } from './cable/cli.ts';
import { readPageCables } from './cable/read-page.ts';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));

function corpusTexts(): string[] {
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
  return texts;
}

const BASELINE_PATTERN = /^\s*[0-9]{1,3}\.\s/;

function baseline(text: string): number {
  let hits = 0;
  for (const line of text.split(/\r\n|\n|\r/)) if (BASELINE_PATTERN.test(line)) hits++;
  return hits;
}

function parser(text: string): number {
  return parseCable(text).nodes.length;
}

/** Runs `work` over all texts repeatedly for at least `minMs`; returns MB/s. */
function measure(texts: readonly string[], megabytes: number, work: (text: string) => number, minMs = 1500): number {
  let sink = 0;
  for (const text of texts) sink += work(text); // warm-up
  let rounds = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const text of texts) sink += work(text);
    rounds++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  if (sink < 0) console.log(sink);
  return (megabytes * rounds) / (elapsed / 1000);
}

const texts = corpusTexts();
const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) / 1e6;
const baselineSpeed = measure(texts, megabytes, baseline);
const parserSpeed = measure(texts, megabytes, parser);
console.log(`corpus: ${texts.length} texts, ${megabytes.toFixed(2)} MB`);
console.log(`baseline (split lines + one regex per line): ${baselineSpeed.toFixed(1)} MB/s`);
console.log(`parseCable:                                  ${parserSpeed.toFixed(1)} MB/s`);
console.log(`ratio baseline/parser: ${(baselineSpeed / parserSpeed).toFixed(2)}x (goal ≤ 3x, parser ≥ 20 MB/s)`);
