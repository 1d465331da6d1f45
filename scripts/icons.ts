/**
 * `npm run icons`: renders the one source image, store/icon/cable-lens.svg, to the PNG sizes the
 * manifest and the stores use (16, 32, 48, 96, 128) in public/icon/. Headless Chromium rasterises
 * the SVG, so every size comes from the same vector drawing. Commit the PNGs with the SVG (kept out of public/, so it is not shipped).
 * Needs Chromium: /usr/bin/chromium, or CHROME_PATH.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const iconDir = path.join(root, 'public/icon');
const source = path.join(root, 'store/icon/cable-lens.svg');

async function main(): Promise<void> {
  const svg = fs.readFileSync(source, 'utf8');
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    for (const size of ICON_SIZES) {
      // deviceScaleFactor 1: one CSS pixel is one icon pixel, so 16 px is drawn at 16 px, not scaled down.
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.waitForFunction(() => document.images[0]?.complete === true);
      const file = path.join(iconDir, `${size}.png`);
      await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      console.log(`${path.relative(root, file)}  ${size}×${size}  ${fs.statSync(file).size} bytes`);
    }
  } finally {
    await browser.close();
  }
}

await main();
