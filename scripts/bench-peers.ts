// `npm run bench:peers`: how far from the baseline of `npm run bench` other text parsers land on the
// same corpus, to put the "within 3× the baseline" goal in proportion. Each parser turns the texts
// into its structured output (tokens or a syntax tree, never HTML), as parseCable does.
//
// One child process per parser, each timing the baseline and its parser in interleaved rounds: two
// parsers in one process slow each other down (shared inline caches and garbage collection; the
// cable parser lost a third of its speed next to the Markdown parsers in a trial run).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseline, corpusTexts, median, megabytesOf, pass, workload } from './bench-common.ts';

interface Peer {
  name: string;
  /** What one run does with a text. */
  work: string;
  load: () => Promise<(text: string) => number>;
}

const PEERS: Peer[] = [
  {
    name: 'parseCable (Cable Lens)',
    work: 'typed lossless document with spans',
    load: async () => {
      const { parseCable } = await import('../utils/cable/index.ts');
      return (text) => parseCable(text).nodes.length;
    },
  },
  {
    name: 'commonmark 0.31.2',
    work: 'syntax tree, block and inline',
    load: async () => {
      const { Parser } = await import('commonmark');
      const parser = new Parser();
      return (text) => (parser.parse(text).firstChild === null ? 0 : 1);
    },
  },
  {
    name: 'markdown-it 14.1.0',
    work: 'token stream, block and inline',
    load: async () => {
      const { default: MarkdownIt } = await import('markdown-it');
      const markdown = new MarkdownIt();
      return (text) => markdown.parse(text, {}).length;
    },
  },
  {
    name: 'marked 15.0.12',
    work: 'token tree, block and inline',
    load: async () => {
      const { marked } = await import('marked');
      return (text) => marked.lexer(text).length;
    },
  },
];

const WARM_UP_ROUNDS = 10;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

interface Result {
  baselineWall: number;
  baselineCpu: number;
  wall: number;
  cpu: number;
}

/** In the child: baseline and one parser in interleaved rounds; medians of MB/s by wall clock and CPU time. */
async function measure(peer: Peer, corpusFile: string): Promise<Result> {
  const texts = JSON.parse(readFileSync(corpusFile, 'utf8')) as string[];
  const megabytes = megabytesOf(texts);
  const base = workload('baseline', baseline);
  const parser = workload(peer.name, await peer.load());
  let sink = 0;
  for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++)
    for (const each of [base, parser]) sink += pass(texts, megabytes, each, round >= WARM_UP_ROUNDS);
  if (sink < 0) console.error(sink);
  return { baselineWall: median(base.wall), baselineCpu: median(base.cpu), wall: median(parser.wall), cpu: median(parser.cpu) };
}

const [childPeer, childCorpus] = process.argv.slice(2);
if (childPeer !== undefined && childCorpus !== undefined) {
  const peer = PEERS.find((each) => each.name === childPeer);
  if (peer === undefined) throw new Error(`unknown parser: ${childPeer}`);
  process.stdout.write(JSON.stringify(await measure(peer, childCorpus)));
} else {
  const texts = corpusTexts();
  const folder = mkdtempSync(join(tmpdir(), 'cable-lens-peers-'));
  const corpusFile = join(folder, 'corpus.json');
  writeFileSync(corpusFile, JSON.stringify(texts));
  const self = fileURLToPath(import.meta.url);
  console.log(
    `corpus: ${texts.length} texts, ${megabytesOf(texts).toFixed(2)} MB; one process per parser, ${WARM_UP_ROUNDS} warm-up + ${ROUNDS} interleaved rounds with the baseline`,
  );
  console.log(
    `${'parser'.padEnd(26)}${'output'.padEnd(36)}${'MB/s wall'.padStart(10)}${'× baseline'.padStart(12)}${'× (CPU)'.padStart(10)}`,
  );
  try {
    for (const peer of PEERS) {
      const json = execFileSync(process.execPath, ['--import', 'tsx', self, peer.name, corpusFile], { encoding: 'utf8' });
      const result = JSON.parse(json) as Result;
      const wallRatio = result.baselineWall / result.wall;
      const cpuRatio = result.baselineCpu / result.cpu;
      console.log(
        `${peer.name.padEnd(26)}${peer.work.padEnd(36)}${result.wall.toFixed(1).padStart(10)}${`${wallRatio.toFixed(2)}×`.padStart(12)}${`${cpuRatio.toFixed(2)}×`.padStart(10)}`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  console.log(`baseline: split lines + one regular expression per line (as in npm run bench); load average ${load}`);
}
