import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Screenshots and other e2e output; git-ignored. */
export const artifactsDir = path.join(repoRoot, 'artifacts');
export const extensionDirs = {
  'chrome-mv3': path.join(repoRoot, '.output/chrome-mv3'),
  'firefox-mv2': path.join(repoRoot, '.output/firefox-mv2'),
  'firefox-mv3': path.join(repoRoot, '.output/firefox-mv3'),
} as const;
export type BuildTarget = keyof typeof extensionDirs;
