// `npm run bench`: parser throughput over every corpus text (page texts + texts/) next to a baseline
// that only splits lines and tests one regular expression per line, in the same run.
//
// Honest and stable on a small shared machine: everything is warmed up first, then the workloads
// run in interleaved rounds (baseline, parser as run by tsx, parser bundled by vite) so they all see
// the same machine load; each figure is the median over the rounds, by wall clock and by process
// CPU time. The bundled parser is what the extension ships, without tsx's transform in the way.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { parseCable } from '../utils/cable/index.ts';
import { baseline, corpusTexts, median, megabytesOf, pass, type Workload, workload } from './bench-common.ts';
import { lexOnly, modelSkeleton } from './bench-floor.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
// The parser's rarer rules (references, Classified By, signature forms) run a few hundred times per
// pass, so V8 optimises them only after about eight passes over the corpus (node --trace-opt, and
// per-pass wall and CPU time settle there): fewer warm-up rounds measured the compiler too.
const WARM_UP_ROUNDS = 10;

type Parse = typeof parseCable;

/** Bundles utils/cable/index.ts with vite into a temporary ESM file and imports it. */
async function bundledParser(): Promise<{ parse: Parse; cleanUp: () => void }> {
  const outDir = mkdtempSync(join(tmpdir(), 'cable-lens-bench-'));
  await build({
    configFile: false,
    root: ROOT,
    publicDir: false,
    logLevel: 'silent',
    build: {
      lib: { entry: join(ROOT, 'utils/cable/index.ts'), formats: ['es'], fileName: 'cable-parser' },
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
    },
  });
  const module = (await import(pathToFileURL(join(outDir, 'cable-parser.js')).href)) as { parseCable: Parse };
  return { parse: module.parseCable, cleanUp: () => rmSync(outDir, { recursive: true, force: true }) };
}

let sink = 0;

const texts = corpusTexts();
const megabytes = megabytesOf(texts);
const bundled = await bundledParser();
const workloads = [
  workload('baseline (split lines + one regex per line)', baseline),
  workload('parseCable, run by tsx', (text) => parseCable(text).nodes.length),
  workload('parseCable, bundled by vite', (text) => bundled.parse(text).nodes.length),
  // The floor under the parser (scripts/bench-floor.ts), run by tsx: compare with `parseCable, run by tsx`.
  workload('floor: the lexer alone', lexOnly),
  workload('floor: lexer + the model objects, no rules', modelSkeleton),
];
for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const each of workloads) sink += pass(texts, megabytes, each, false);
for (let round = 0; round < ROUNDS; round++) for (const each of workloads) sink += pass(texts, megabytes, each, true);
bundled.cleanUp();
if (sink < 0) console.log(sink);

const [base, tsx, bundle, lexer, skeleton] = workloads as [Workload, Workload, Workload, Workload, Workload];
const load = loadavg()
  .map((value) => value.toFixed(1))
  .join(' ');
console.log(
  `corpus: ${texts.length} texts, ${megabytes.toFixed(2)} MB; ${WARM_UP_ROUNDS} warm-up + ${ROUNDS} interleaved rounds; load average ${load}`,
);
console.log('median MB/s                                   wall clock   CPU time');
for (const each of workloads)
  console.log(`${each.name.padEnd(46)}${median(each.wall).toFixed(1).padStart(10)}${median(each.cpu).toFixed(1).padStart(11)}`);
for (const each of [tsx, bundle]) {
  console.log(
    `ratio baseline/${each.name.slice('parseCable, '.length)}: ${(median(base.wall) / median(each.wall)).toFixed(2)}x wall, ${(median(base.cpu) / median(each.cpu)).toFixed(2)}x CPU`,
  );
}
console.log('goal: parser ≥ 20 MB/s and ratio ≤ 3x');
// Milliseconds per pass by wall clock: what the floor leaves the parser's rules under the 3x goal.
const msPerPass = (each: Workload) => (megabytes / median(each.wall)) * 1000;
const ratio = (each: Workload) => median(base.wall) / median(each.wall);
console.log(
  `floor: lexer alone ${ratio(lexer).toFixed(2)}x, lexer + model objects ${ratio(skeleton).toFixed(2)}x the baseline (wall); ` +
    `the rules take ${(msPerPass(tsx) - msPerPass(skeleton)).toFixed(1)} ms per pass above it, ` +
    `3x leaves them ${(3 * msPerPass(base) - msPerPass(skeleton)).toFixed(1)} ms`,
);
