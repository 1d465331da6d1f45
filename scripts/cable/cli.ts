// The `cable` command: `cable parse [--explain] FILE...` → JSON Lines, one object per cable found.
// Exit 0 unless a file cannot be read (2, one line on stderr naming it). Usage errors also exit 2.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { factsOf, parseCable, type CableDocument } from '../../utils/cable/index.ts';
import { markingsOf } from '../../utils/glossary/cable-markings.ts';
import { explainCable } from '../../utils/glossary/explain-cable.ts';
import { toExplanationRecord, type ExplanationRecord } from '../../utils/glossary/explanation-record.ts';
import type { Glossary } from '../../utils/glossary/types.ts';
import { readGlossarySync } from '../glossary/read-glossary-data.ts';
import { readPageCables } from './read-page.ts';

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  readStdin: () => Promise<Buffer>;
  readFile: (path: string) => Promise<Buffer>;
}

export interface CliOptions {
  /** Explanations of tags, caveats and routing indicators (`--explain`); defaults to the glossary. */
  explain?: (document: CableDocument) => unknown[];
}

let nodeGlossary: Glossary | undefined;

/** The default `--explain`: every tag, caveat and routing indicator of the cable, explained once each. */
export function explainWithGlossary(document: CableDocument): ExplanationRecord[] {
  // Read on first use only, so a plain `cable parse` never loads the glossary data.
  nodeGlossary ??= readGlossarySync();
  return explainCable(markingsOf(document), nodeGlossary).map(toExplanationRecord);
}

export const USAGE = 'usage: cable parse [--explain] FILE...   (FILE "-" reads stdin; .html/.htm files are pages)';

/** Cable texts are UTF-8, or Latin-1 in the final PDF build (¶ as byte 0xB6). */
export function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

function cablesOf(source: string, bytes: Buffer): Array<{ text: string; id?: string }> {
  const text = decodeText(bytes);
  if (/\.html?$/i.test(source)) return readPageCables(text, pathToFileURL(resolve(source)).href);
  return [{ text }];
}

export async function runCli(argv: readonly string[], io: CliIo, options: CliOptions = {}): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'parse') {
    io.stderr(USAGE);
    return 2;
  }
  const explain = rest.includes('--explain');
  const files = rest.filter((arg) => arg !== '--explain');
  if (files.length === 0) {
    io.stderr(USAGE);
    return 2;
  }
  let status = 0;
  for (const source of files) {
    let bytes: Buffer;
    try {
      bytes = source === '-' ? await io.readStdin() : await io.readFile(source);
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
      io.stderr(`cable: cannot read ${source}: ${reason}`);
      status = 2;
      continue;
    }
    const documents = cablesOf(source, bytes)
      .map((cable) => parseCable(cable.text, cable.id === undefined ? {} : { id: cable.id }))
      .filter((document) => document.isCable);
    if (documents.length === 0) {
      io.stdout(JSON.stringify({ source, error: 'no cable found' }));
      continue;
    }
    for (const document of documents) {
      const line: Record<string, unknown> = { source, ...factsOf(document), diagnostics: document.diagnostics };
      if (explain) line['explanations'] = (options.explain ?? explainWithGlossary)(document);
      io.stdout(JSON.stringify(line));
    }
  }
  return status;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export function processIo(): CliIo {
  return {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    readStdin: () => readAll(process.stdin),
    readFile: (path) => readFile(path),
  };
}
