/**
 * `npm run bench:browser`: what Cable Lens costs inside real Chromium, read from the performance
 * marks the content script leaves (cable-lens:detect, cable-lens:start-to-paint, cable-lens:start-to-complete):
 *  - detection on a large page that holds no cable (the content script runs there and must stay cheap);
 *  - script start → overlay painted (the first screen: header card and the text that fills the
 *    window), and → the whole cable painted a frame later, over every corpus page (median,
 *    95th percentile, the largest cable);
 *  - JS heap of the page with and without the overlay (largest cable);
 *  - the floor: the same start → painted measure for a script that does no work at all.
 * Figures only — nothing here is asserted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs } from '../tests/e2e/support/chromium';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { findExecutable } from '../tests/e2e/support/launch';
import { extensionDirs, repoRoot } from '../tests/e2e/support/paths';

const executablePath = findExecutable('chromium');
if (!executablePath) throw new Error('Chromium not found (apt-get install chromium, or set CHROME_PATH)');
if (!fs.existsSync(path.join(extensionDirs['chrome-mv3'], 'manifest.json'))) throw new Error('run `npm run build` first');
// A private copy: a rebuild during the run must not pull the extension from under the browser.
const extensionDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-lens-bench-ext-'));
fs.cpSync(extensionDirs['chrome-mv3'], extensionDir, { recursive: true });

// ── pages: every corpus page under a viewer/PlusD path, and a large page without a cable ──────
const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-lens-bench-'));
const corpus = path.resolve(repoRoot, '../shared/corpus/pages');
const corpusPages: { url: string; bytes: number }[] = [];
for (const build of fs.readdirSync(corpus)) {
  for (const file of fs.readdirSync(path.join(corpus, build))) {
    const route = build === 'plusd' ? `plusd/cables/${file}` : `cable/${build}/00/${file}`;
    fs.mkdirSync(path.dirname(path.join(siteDir, route)), { recursive: true });
    fs.copyFileSync(path.join(corpus, build, file), path.join(siteDir, route));
    corpusPages.push({ url: `/${route}`, bytes: fs.statSync(path.join(corpus, build, file)).size });
  }
}
const article = fs.readFileSync(path.join(repoRoot, 'tests/fixtures/pages/negative/encyclopedia-article-about-cablegate.html'), 'utf8');
const articleBody = article.slice(article.indexOf('<body'), article.lastIndexOf('</body>'));
/** The encyclopedia negative fixture repeated: ~100 KiB (a long article) and ~1 MiB (an extreme one). */
const articleSizes = [60, 600];
fs.mkdirSync(path.join(siteDir, 'bench'), { recursive: true });
for (const copies of articleSizes) {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Large article</title></head><body>${Array.from({ length: copies }, () => articleBody.replace(/<\/?body[^>]*>/g, '')).join('\n')}</body></html>`;
  fs.writeFileSync(path.join(siteDir, `bench/article-${copies}.html`), html);
}

const server = await startFixtureServer(0, [siteDir]);

async function open(withExtension: boolean): Promise<BrowserContext> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-lens-bench-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: executablePath!,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(withExtension ? extensionDir : null),
    viewport: { width: 1280, height: 900 },
  });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  return context;
}

/** Duration of a performance measure the content script recorded (they share the page's timeline). */
async function measureOf(page: Page, name: string, timeout = 10_000): Promise<number | null> {
  try {
    await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout });
  } catch {
    return null;
  }
  return page.evaluate((n) => performance.getEntriesByName(n)[0]!.duration, name);
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
};
const ms = (v: number) => `${v.toFixed(2)} ms`;

const context = await open(true);
const page = context.pages()[0] ?? (await context.newPage());

// 1. Detection on large pages without a cable, served where the content script runs (each load is a cold run).
for (const copies of articleSizes) {
  const file = `/bench/article-${copies}.html`;
  const detections: number[] = [];
  for (let i = 0; i < 15; i++) {
    await page.goto(server.url(file, 'wikileakskz.wordpress.com'));
    const d = await measureOf(page, 'cable-lens:detect');
    if (d !== null) detections.push(d);
  }
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const kib = (fs.statSync(path.join(siteDir, file)).size / 1024).toFixed(0);
  console.log(
    `Detection on a ${kib} KiB page without a cable (${elements} elements, ${detections.length} loads): median ${ms(percentile(detections, 0.5))}, max ${ms(Math.max(...detections))}`,
  );
}

// 2. Script start → overlay painted, every corpus page.
const paints: { url: string; bytes: number; ms: number; complete: number }[] = [];
const STEPS = ['cable-lens:settings', 'cable-lens:detect', 'cable-lens:parse', 'cable-lens:mount', 'cable-lens:render'];
const steps = new Map<string, number[]>(STEPS.map((s) => [s, []]));
for (const { url, bytes } of corpusPages) {
  await page.goto(server.url(url));
  const d = await measureOf(page, 'cable-lens:start-to-paint');
  const complete = await measureOf(page, 'cable-lens:start-to-complete');
  if (d === null || complete === null) continue;
  paints.push({ url, bytes, ms: d, complete });
  const firsts = await page.evaluate((names) => names.map((n) => performance.getEntriesByName(n)[0]?.duration ?? 0), STEPS);
  STEPS.forEach((s, i) => steps.get(s)!.push(firsts[i]!));
}
const largest = [...paints].sort((a, b) => b.bytes - a.bytes)[0]!;
const paintTimes = paints.map((p) => p.ms);
const completeTimes = paints.map((p) => p.complete);
console.log(
  `Start → overlay painted (first screen) over ${paints.length}/${corpusPages.length} corpus pages: median ${ms(percentile(paintTimes, 0.5))}, p95 ${ms(percentile(paintTimes, 0.95))}, max ${ms(Math.max(...paintTimes))}; largest page (${path.basename(largest.url)}, ${(largest.bytes / 1024).toFixed(0)} KiB): ${ms(largest.ms)}`,
);
console.log(
  `Start → whole cable painted: median ${ms(percentile(completeTimes, 0.5))}, p95 ${ms(percentile(completeTimes, 0.95))}, max ${ms(Math.max(...completeTimes))}; largest page: ${ms(largest.complete)}`,
);

console.log(
  `  where the median goes: ${STEPS.map((s) => `${s.replace('cable-lens:', '')} ${ms(percentile(steps.get(s)!, 0.5))}`).join(', ')}`,
);

// 3. Heap with and without the overlay, on the largest page, after garbage collection.
async function heapOn(ctx: BrowserContext, url: string, waitForOverlay: boolean): Promise<number> {
  const tab = await ctx.newPage();
  await tab.goto(server.url(url));
  if (waitForOverlay) await measureOf(tab, 'cable-lens:start-to-paint');
  const cdp = await ctx.newCDPSession(tab);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await tab.close();
  return usedSize;
}
const withOverlay = await heapOn(context, largest.url, true);
await context.close();
const plain = await open(false);
const withoutOverlay = await heapOn(plain, largest.url, false);
console.log(
  `JS heap on the largest page: ${(withOverlay / 1048576).toFixed(2)} MiB with Cable Lens, ${(withoutOverlay / 1048576).toFixed(2)} MiB without (+${((withOverlay - withoutOverlay) / 1048576).toFixed(2)} MiB)`,
);

// 4. The floor of measure 2: a script that starts where ours does (a task after DOMContentLoaded)
// and does no work at all, timed the same way to the frame after it — the next frame, which
// usually also carries the page's own first paint. No overlay can be painted sooner than this.
await plain.addInitScript(() => {
  document.addEventListener('DOMContentLoaded', () =>
    setTimeout(() => {
      performance.mark('floor:start');
      requestAnimationFrame(() => setTimeout(() => performance.measure('floor:start-to-paint', 'floor:start')));
    }),
  );
});
const floorTab = await plain.newPage();
const floors: number[] = [];
for (const { url } of corpusPages) {
  await floorTab.goto(server.url(url));
  const d = await measureOf(floorTab, 'floor:start-to-paint');
  if (d !== null) floors.push(d);
}
await plain.close();
console.log(
  `Floor — start → next frame painted for a script doing nothing, ${floors.length} corpus pages: median ${ms(percentile(floors, 0.5))}, p95 ${ms(percentile(floors, 0.95))}`,
);

await server.close();
fs.rmSync(siteDir, { recursive: true, force: true });
fs.rmSync(extensionDir, { recursive: true, force: true });
