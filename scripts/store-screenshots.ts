/**
 * `npm run store:screenshots`: turns the screenshots the e2e run takes (artifacts/, Chromium build)
 * into store screenshots of 1280×800 — the size both the Chrome Web Store and addons.mozilla.org
 * take — in store/screenshots/. The overlay is shown whole on a calm backdrop; the popup is cropped
 * to itself and enlarged. Run the e2e tests first (`npm test`, or the overlay, popup and help specs).
 * Needs Chromium: /usr/bin/chromium, or CHROME_PATH.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const STORE_SIZE = { width: 1280, height: 800 } as const;

interface Shot {
  /** artifacts/<source>.png, as the e2e specs name it. */
  source: string;
  /** store/screenshots/<name>.png */
  name: string;
  /** Part of the source to show (the whole of it when absent). */
  crop?: { x: number; y: number; width: number; height: number };
  backdrop: string;
}

export const SHOTS: readonly Shot[] = [
  { source: 'overlay-chrome-mv3-light', name: '1-overlay-light', backdrop: '#dcd8cd' },
  { source: 'overlay-chrome-mv3-dark', name: '2-overlay-dark', backdrop: '#0d0e10' },
  // The popup is 340 px wide at the top left of its tab.
  { source: 'popup-chrome-mv3', name: '3-popup', crop: { x: 0, y: 0, width: 352, height: 640 }, backdrop: '#dcd8cd' },
  { source: 'popup-chrome-mv3-dark', name: '4-popup-dark', crop: { x: 0, y: 0, width: 352, height: 640 }, backdrop: '#0d0e10' },
  { source: 'help-chrome-mv3', name: '5-help', backdrop: '#dcd8cd' },
];

/** Scale that fits `size` into the store frame with a margin, never enlarging more than 1.25×. */
export function fitScale(size: { width: number; height: number }, margin = 30): number {
  return Math.min((STORE_SIZE.width - 2 * margin) / size.width, (STORE_SIZE.height - 2 * margin) / size.height, 1.25);
}

/** PNG width and height, read from the IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function main(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = path.join(root, 'store/screenshots');
  const missing = SHOTS.map((shot) => `artifacts/${shot.source}.png`).filter((file) => !fs.existsSync(path.join(root, file)));
  if (missing.length > 0) {
    console.error(`Missing e2e screenshots (run the e2e tests in Chromium first):\n  ${missing.join('\n  ')}`);
    process.exit(1);
  }
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: STORE_SIZE, deviceScaleFactor: 1 });
    for (const shot of SHOTS) {
      const png = fs.readFileSync(path.join(root, `artifacts/${shot.source}.png`));
      const full = pngSize(png);
      const crop = shot.crop ?? { x: 0, y: 0, ...full };
      const scale = fitScale(crop);
      const src = `data:image/png;base64,${png.toString('base64')}`;
      // The frame shows the cropped part; the image inside it is shifted and scaled to match.
      await page.setContent(`<!doctype html>
<html><body style="margin:0;width:${STORE_SIZE.width}px;height:${STORE_SIZE.height}px;display:grid;place-items:center;background:${shot.backdrop}">
<div style="width:${crop.width * scale}px;height:${crop.height * scale}px;overflow:hidden;border-radius:10px;box-shadow:0 12px 40px rgba(0,0,0,.35)">
<img src="${src}" style="display:block;width:${full.width * scale}px;height:${full.height * scale}px;margin:${-crop.y * scale}px 0 0 ${-crop.x * scale}px">
</div></body></html>`);
      await page.waitForFunction(() => document.images[0]?.complete === true);
      const file = path.join(outDir, `${shot.name}.png`);
      await page.screenshot({ path: file });
      console.log(`${path.relative(root, file)}  ${STORE_SIZE.width}×${STORE_SIZE.height}  from artifacts/${shot.source}.png`);
    }
  } finally {
    await browser.close();
  }
}

await main();
