/**
 * Draws the extension's icons (public/icon/16.png … 128.png) from one SVG, rendered by Chromium
 * at each size with a transparent background. Run it again after changing the drawing:
 * `npx tsx scripts/make-icons.ts`; the PNGs are committed, the build only copies them.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../test/e2e/browser';

/** A colour of styles/colors.css, where the extension's colours are kept. */
function color(name: string): string {
  const css = readFileSync(resolve(import.meta.dirname, '../styles/colors.css'), 'utf8');
  const value = new RegExp(`--ac-${name}:\\s*(#[0-9a-f]{6})`).exec(css)?.[1];
  if (!value) throw new Error(`--ac-${name} is not in styles/colors.css`);
  return value;
}
const BLUE = color('blue');
const GREEN = color('green');

// The French state sites' blue, a white sheet, and a check mark: « a dossier, checked ».
// Small sizes drop the sheet's lines so the check stays readable.
function svg(size: number): string {
  const lines =
    size >= 32
      ? `<path d="M40 44h34M40 58h34" stroke="${BLUE}" stroke-width="7" stroke-linecap="round"/>`
      : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="${BLUE}"/>
  <path d="M30 20h50l20 20v68a6 6 0 0 1-6 6H30a6 6 0 0 1-6-6V26a6 6 0 0 1 6-6z" fill="#ffffff"/>
  <path d="M80 20v20h20" fill="#cacafb"/>
  ${lines}
  <path d="M40 86l14 13 30-32" fill="none" stroke="${GREEN}" stroke-width="${size >= 32 ? 12 : 16}" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;
}

const out = resolve(import.meta.dirname, '../public/icon');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg(size)}</body></html>`,
    );
    await page.locator('svg').screenshot({ path: `${out}/${size}.png`, omitBackground: true });
    await page.close();
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
