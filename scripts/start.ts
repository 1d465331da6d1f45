/**
 * `npm start`: build the extension, serve the demo pages on 127.0.0.1 and open Chromium with
 * Cable Lens loaded on the founding example. Without a display (or with --headless) it takes
 * screenshots of each demo page instead and prints their paths.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../tests/e2e/support/chromium';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { findExecutable } from '../tests/e2e/support/launch';
import { DEMO_PAGES, overlayMounted } from '../tests/e2e/support/pages';
import { artifactsDir, extensionDirs, repoRoot } from '../tests/e2e/support/paths';

const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const port = Number(process.env.PORT ?? 8559);

console.log('Building the extension (chrome-mv3)…');
const build = spawnSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startFixtureServer(port).catch(() => startFixtureServer(0));
const urls = Object.entries(DEMO_PAGES).map(([name, page]) => ({ name, url: server.url(page.path, page.host) }));
console.log('\nDemo pages (real cables from ../shared/corpus, served under their real path layouts):');
for (const { name, url } of urls) console.log(`  ${name.padEnd(10)} ${url}`);

const executablePath = findExecutable('chromium');
if (!executablePath) {
  console.error(`
No Chromium or Chrome was found (looked at $CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser,
/usr/bin/google-chrome). Get one with:

    sudo apt-get install chromium          # Debian / Ubuntu
    CHROME_PATH=/path/to/chrome npm start  # or point at a browser you already have

Note: branded Google Chrome 137+ ignores --load-extension; Chromium (or Chrome for Testing) works.
Or load ${path.relative(process.cwd(), extensionDirs['chrome-mv3'])} by hand (chrome://extensions → Developer mode → Load unpacked)
and open the pages above (the WordPress one needs its host name mapped to 127.0.0.1).`);
  await server.close();
  process.exit(1);
}

const extensionDir = extensionDirs['chrome-mv3'];
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-lens-start-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless,
  ignoreDefaultArgs: ['--disable-extensions'],
  args: chromiumArgs(extensionDir, { isolate: headless }),
  viewport: headless ? { width: 1280, height: 900 } : null,
});

if (headless) {
  const outDir = path.join(artifactsDir, 'start');
  fs.mkdirSync(outDir, { recursive: true });
  console.log('\nNo display (or --headless): taking screenshots instead.');
  let failures = 0;
  for (const { name, url } of urls) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const mounted = await page.waitForFunction(overlayMounted, undefined, { timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    // The overlay's top (its header card) at the top of the window, as a reader first sees it.
    if (mounted) await page.evaluate(() => document.querySelector('cable-lens-overlay')?.scrollIntoView({ block: 'start' }));
    const file = path.join(outDir, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`  ${mounted ? 'overlay shown ' : 'NO OVERLAY    '} ${path.relative(process.cwd(), file)}`);
    if (!mounted) failures++;
    await page.close();
  }
  await context.close();
  await server.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
  process.exit(failures ? 1 : 0);
} else {
  const [first, ...rest] = urls;
  const page = context.pages()[0] ?? (await context.newPage());
  for (const { url } of rest) await (await context.newPage()).goto(url);
  await page.bringToFront();
  await page.goto(first!.url);
  console.log('\nChromium is open with Cable Lens loaded. Close the browser or press Ctrl-C to stop.');
  const stop = async () => {
    await context.close().catch(() => {});
    await server.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
    process.exit(0);
  };
  context.on('close', stop);
  process.on('SIGINT', stop);
}
