/**
 * Serves the HTML fixtures under their real path layouts (/cable/YYYY/MM/ID.html,
 * /plusd/cables/ID.html, /YYYY/MM/DD/slug/) on 127.0.0.1. Every folder in tests/fixtures/pages is
 * one "site"; a request is answered from the first site folder that has the path, so the layouts
 * of different mirrors live side by side without a prefix that would change their URLs.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { repoRoot } from './paths';

export interface FixtureServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  port: number;
  /** URL of a path on the server, optionally under a mapped host name (see hosts.ts). */
  url(pathname: string, host?: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.php': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

export const PAGES_DIR = path.join(repoRoot, 'tests/fixtures/pages');

function siteDirs(extraDirs: readonly string[]): string[] {
  const sites = fs
    .readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(PAGES_DIR, d.name))
    .sort();
  return [...sites, ...extraDirs];
}

/** Resolves a URL path to a fixture file, refusing anything outside the fixture folders. */
export function resolveFixture(pathname: string, extraDirs: readonly string[] = []): string | null {
  const clean = path.posix.normalize(decodeURIComponent(pathname));
  for (const dir of siteDirs(extraDirs)) {
    const candidate = path.join(dir, clean);
    if (!candidate.startsWith(dir + path.sep)) continue;
    for (const file of [candidate, path.join(candidate, 'index.html')]) {
      if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
    }
  }
  return null;
}

/** `extraDirs`: more site folders (e.g. pages a benchmark generates), searched after the fixtures. */
export async function startFixtureServer(port = 0, extraDirs: readonly string[] = []): Promise<FixtureServer> {
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://fixture.invalid');
    const file = resolveFixture(pathname, extraDirs);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actualPort = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    url: (pathname, host = '127.0.0.1') => `http://${host}:${actualPort}${pathname}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
