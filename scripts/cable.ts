// Entry point of `npm run cable -- parse FILE...` and of bin/cable.mjs.
import { pathToFileURL } from 'node:url';
import { processIo, runCli, type CliOptions } from './cable/cli.ts';

export async function main(argv: readonly string[], options: CliOptions = {}): Promise<number> {
  return runCli(argv, processIo(), options);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
