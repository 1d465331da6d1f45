// What `npm run bench` and `npm run bench:peers` share: the corpus, the baseline and the median, so
// both measure the same texts against the same yardstick.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The corpus texts, read in a child process (scripts/bench-corpus.ts) so its page documents stay out of this heap. */
export function corpusTexts(): string[] {
  const loader = fileURLToPath(new URL('./bench-corpus.ts', import.meta.url));
  const json = execFileSync(process.execPath, ['--import', 'tsx', loader], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(json) as string[];
}

/** The corpus size in MB (10^6 bytes of UTF-8). */
export function megabytesOf(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) / 1e6;
}

const BASELINE_PATTERN = /^\s*[0-9]{1,3}\.\s/;

/** The yardstick of the "within 3×" goal: split the lines and test one regular expression per line. */
export function baseline(text: string): number {
  let hits = 0;
  for (const line of text.split(/\r\n|\n|\r/)) if (BASELINE_PATTERN.test(line)) hits++;
  return hits;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
