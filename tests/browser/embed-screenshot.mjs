#!/usr/bin/env node
// Regenerates docs/screenshots/embed.png: the plain fixture preview with the embed attached (highlights,
// panel, a hover card). Not a test: run `node tests/browser/embed-screenshot.mjs` after scripts/build wasm.
import { mkdirSync, statSync } from 'node:fs';
import { launch, serve, root } from './browser.mjs';

const out = `${root}docs/screenshots/embed.png`;
const server = await serve();
const browser = await launch();
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1360, height: 800 });
  await page.goto(`${server.url}embed/fixtures/plain.html`);
  const point = await page.evaluate(async () => {
    const { handleOf } = await import('/embed/embed.js');
    let handle;
    while (!(handle = handleOf(document.querySelector('article')))) await new Promise((r) => setTimeout(r, 20));
    await handle.ready;
    const figures = handle.drawn.filter((s) => s.layer === 'figure');
    const span = figures.find((s) => s.text.includes('€')) ?? figures[0];
    const r = span.range.getClientRects()[0];
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(point.x, point.y);
  await page.waitForFunction(() => document.querySelector('factlight-embed').shadowRoot.querySelector('.card:not([hidden])'));
  mkdirSync(`${root}docs/screenshots`, { recursive: true });
  await page.screenshot({ path: out });
  console.log(`${out}: ${Math.round(statSync(out).size / 1024)} KB`);
} finally {
  await browser.close();
  await server.close();
}
