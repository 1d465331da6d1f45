/**
 * Which browsers this machine has, and how the suite behaves without one: a loud notice and a
 * skip, or — with E2E_REQUIRE_BROWSERS=1 (CI) — a failure.
 */
import fs from 'node:fs';
import type { E2EBrowser, LaunchOptions } from './browser';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BuildTarget } from './paths';
import { extensionDirs } from './paths';

const CANDIDATES = {
  chromium: [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ],
  firefox: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
} as const;

export function findExecutable(name: 'chromium' | 'firefox'): string | null {
  return CANDIDATES[name].find((p): p is string => !!p && fs.existsSync(p)) ?? null;
}

export const requireBrowsers = process.env.E2E_REQUIRE_BROWSERS === '1';

export interface E2ETarget {
  label: string;
  browser: 'chromium' | 'firefox';
  build: BuildTarget;
  executablePath: string | null;
}

const ALL_TARGETS: E2ETarget[] = [
  { label: 'Chromium (MV3)', browser: 'chromium', build: 'chrome-mv3', executablePath: findExecutable('chromium') },
  { label: 'Firefox (MV2)', browser: 'firefox', build: 'firefox-mv2', executablePath: findExecutable('firefox') },
  { label: 'Firefox (MV3)', browser: 'firefox', build: 'firefox-mv3', executablePath: findExecutable('firefox') },
];

/** The targets a spec runs on; `builds` narrows it (most specs: Chromium MV3 + Firefox MV2). */
export function e2eTargets(builds: BuildTarget[] = ['chrome-mv3', 'firefox-mv2']): E2ETarget[] {
  // E2E_TARGETS=chrome-mv3 (comma-separated) narrows a local run to some builds.
  const only = process.env.E2E_TARGETS?.split(',').map((t) => t.trim());
  return ALL_TARGETS.filter((t) => builds.includes(t.build) && (!only || only.includes(t.build)));
}

/** True when the target can run; otherwise prints the notice (or throws when browsers are required). */
export function canRun(target: E2ETarget): boolean {
  if (!fs.existsSync(`${extensionDirs[target.build]}/manifest.json`)) {
    throw new Error(`${extensionDirs[target.build]} is missing: run \`npm run build:all\` first (npm test does it).`);
  }
  if (target.executablePath) return true;
  const message = `${target.browser} not found: e2e tests for ${target.label} are SKIPPED. Install it with \`apt-get install ${target.browser === 'chromium' ? 'chromium' : 'firefox-esr'}\` or set ${target.browser === 'chromium' ? 'CHROME_PATH' : 'FIREFOX_PATH'}.`;
  if (requireBrowsers) throw new Error(`E2E_REQUIRE_BROWSERS=1 and ${message}`);
  console.warn(`\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n!!! ${message}\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n`);
  return false;
}

export function launch(target: E2ETarget, options: Partial<LaunchOptions> = {}): Promise<E2EBrowser> {
  const full: LaunchOptions = { target: target.build, executablePath: target.executablePath!, ...options };
  return target.browser === 'chromium' ? launchChromium(full) : launchFirefox(full);
}
