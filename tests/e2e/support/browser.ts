/**
 * One small driver interface over Playwright (Chromium) and Puppeteer-over-BiDi (Firefox), so the
 * e2e specs are written once and run in both browsers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { artifactsDir, type BuildTarget } from './paths';

export type BrowserName = 'chromium' | 'firefox';

export interface E2EPage {
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page (main world) with a JSON-serialisable argument. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Polls `fn` in the page until it returns a truthy value; throws with `what` after the timeout. */
  waitFor<A>(what: string, fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  /** Trusted click (a real user gesture) on an element, piercing open shadow roots. */
  click(hostSelector: string, innerSelector?: string): Promise<void>;
  press(key: string): Promise<void>;
  bringToFront(): Promise<void>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface E2EBrowser {
  name: BrowserName;
  target: BuildTarget | null;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/ ; null when launched without the extension. */
  extensionOrigin: string | null;
  newPage(): Promise<E2EPage>;
  /** Opens an extension page such as popup.html in a normal tab. */
  openExtensionPage(file: string): Promise<E2EPage>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Build folder to load, or null for a browser without the extension (negative control). */
  target: BuildTarget | null;
  executablePath: string;
  colorScheme?: 'light' | 'dark';
}

export function screenshotPath(name: string): string {
  fs.mkdirSync(artifactsDir, { recursive: true });
  return path.join(artifactsDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
}

export async function poll(what: string, check: () => Promise<unknown>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
