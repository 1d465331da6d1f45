// What `npm run bench` and `npm run bench:peers` share: the corpus, the baseline, the timed pass and
// the median, so both measure the same texts against the same yardstick in the same way.
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

/** A measured function with its per-round figures in MB/s. */
export interface Workload {
  name: string;
  run: (text: string) => number;
  wall: number[];
  cpu: number[];
}

export function workload(name: string, run: (text: string) => number): Workload {
  return { name, run, wall: [], cpu: [] };
}

/**
 * One pass over all texts; when `record`, adds its MB/s by wall clock and by CPU time (user + system,
 * all threads). Returns the sum of the results, for the caller to keep so no work is optimised away.
 */
export function pass(texts: readonly string[], megabytes: number, target: Workload, record: boolean): number {
  let sink = 0;
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  for (const text of texts) sink += target.run(text);
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  if (record) {
    target.wall.push(megabytes / seconds);
    target.cpu.push(megabytes / ((cpu.user + cpu.system) / 1e6));
  }
  return sink;
}
