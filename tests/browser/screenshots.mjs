#!/usr/bin/env node
// Regenerates docs/screenshots/page-{light,dark}-{desktop,mobile}.png (not a test):
//   node tests/browser/screenshots.mjs [outdir]
// The sample article, analysed, with the card of the first check-worthy claim showing.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, root } from './browser.mjs';

const out = process.argv[2] || join(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const server = await serve();
const browser = await launch();
const sizes = { desktop: { width: 1280, height: 800 }, mobile: { width: 360, height: 760 } };
try {
  for (const scheme of ['light', 'dark']) {
    for (const [name, viewport] of Object.entries(sizes)) {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.setViewportSize(viewport);
      await page.goto(server.url);
      await page.waitForSelector('body[data-analyzed="true"]');
      // A hovered quote shows its card.
      const point = await page.evaluate(() => {
        const m = window.factlightPage.model;
        const q = m.items.find((it) => it.layer === 'quotes');
        const r = q.ranges[0].getClientRects()[0];
        return { x: r.left + Math.min(40, r.width / 2), y: r.top + r.height / 2 };
      });
      if (name === 'desktop') await page.mouse.move(point.x, point.y);
      await page.waitForTimeout(500);
      const file = join(out, `page-${scheme}-${name}.png`);
      await page.screenshot({ path: file });
      console.log(`${file} ${(statSync(file).size / 1024).toFixed(0)} KB`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
