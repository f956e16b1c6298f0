/**
 * Renders public/icon/*.png from one SVG with Debian's Chromium (run by hand when the icon
 * changes: npx tsx scripts/make-icons.ts). The PNGs are committed; builds do not need Chromium.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/harness/chromium';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#0b57d0"/>
  <rect x="24" y="30" width="62" height="9" rx="4.5" fill="#ffffff"/>
  <rect x="24" y="50" width="48" height="9" rx="4.5" fill="#ffd54f"/>
  <rect x="24" y="70" width="34" height="9" rx="4.5" fill="#ffffff" opacity="0.85"/>
  <circle cx="80" cy="78" r="21" fill="none" stroke="#ffffff" stroke-width="9"/>
  <line x1="95" y1="93" x2="110" y2="108" stroke="#ffffff" stroke-width="11" stroke-linecap="round"/>
</svg>`;

const out = join(import.meta.dirname, '..', 'public', 'icon');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`icons written to ${out}`);
