#!/usr/bin/env node
// Measures the embed in chromium (not a test; nothing is asserted).   node tests/browser/embed-measure.mjs
// 1. attach() → highlights drawn on generated articles, with the handle's split: DOM walk, analysis (the
//    core, in whatever transport the JS API gives), mapping + verification + drawing. Best of `runs`.
// 2. The embed's own work without the core, on hostile input: one walk, then a Range built and verified for
//    every span, at two sizes, to show it stays linear.
import { launch, serve } from './browser.mjs';

const ATTACH = [
  ['plain fixture', null, 3],
  ['2,000 paragraphs (~170 KB), nested inline markup', 2000, 3],
  ['20,000 paragraphs (~1.7 MB)', 20000, 1],
];

const server = await serve();
const browser = await launch();
const ms = (x) => `${x.toFixed(1)} ms`;
try {
  for (const [name, n, runs] of ATTACH) {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}embed/fixtures/${n ? 'nested' : 'plain'}.html`);
    const r = await page.evaluate(async ({ n, runs }) => {
      const { attach, detach, handleOf } = await import('/embed/embed.js');
      const article = document.querySelector('article');
      while (!n && !handleOf(article)) await new Promise((ok) => setTimeout(ok, 20));
      for (let i = 0; i < (n ?? 0); i++) {
        const p = document.createElement('p');
        const em = document.createElement('em');
        em.textContent = `${(i * 7) % 90 + 10} percent`;
        p.append(`Item ${i + 1}: “Fares rose by `, em, `,” said the mayor. The fund holds $${i + 1}.5 million.`);
        article.append(p);
      }
      const out = [];
      for (let k = 0; k < runs; k++) {
        detach(article);
        const t0 = performance.now();
        const h = attach(article, { panel: 'right' });
        await h.ready;
        await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)));
        out.push({ total: performance.now() - t0, ...h.timings, chars: h.text.length, drawn: h.drawn.length, skipped: h.skipped });
      }
      return out.sort((a, b) => a.total - b.total)[0];
    }, { n, runs });
    console.log(`${name}: ${r.chars} chars, ${r.drawn} spans drawn, ${r.skipped} skipped | attach→drawn ${ms(r.total)} (walk ${ms(r.walk)}, analysis ${ms(r.analyze)}, map+verify+draw ${ms(r.draw)})`);
    await page.close();
  }

  const HOSTILE = [
    ['quote marks in one paragraph', (k) => '“a” '.repeat(k / 2), (text) => [...text.matchAll(/“/g)].map((m) => [m.index, m.index + 3])],
    ['one text node, a span every 100 chars', (k) => 'x'.repeat(k), (text) => Array.from({ length: text.length / 100 }, (_, i) => [i * 100, i * 100 + 50])],
    ['digits split over <b> elements', (k) => '1'.repeat(k), (text) => [[0, text.length]]],
  ];
  const page = await browser.context.newPage();
  await page.goto(`${server.url}embed/fixtures/nested.html`);
  for (const [name, make, spansOf] of HOSTILE) {
    const rows = [];
    for (const size of [100_000, 1_000_000]) {
      const r = await page.evaluate(async ({ body, spans, split }) => {
        const { buildTextMap, rangeFor, sameText } = await import('/embed/textmap.js');
        const box = document.createElement('div');
        if (split) for (let i = 0; i < body.length; i += 1000) box.append(Object.assign(document.createElement('b'), { textContent: body.slice(i, i + 1000) }));
        else box.append(Object.assign(document.createElement('p'), { textContent: body }));
        document.body.append(box);
        const t0 = performance.now();
        const map = buildTextMap(box);
        const t1 = performance.now();
        let ok = 0;
        for (const [b, e] of spans) if (sameText(rangeFor(map, b, e).toString(), map.text.slice(b, e))) ok++;
        const t2 = performance.now();
        box.remove();
        return { walk: t1 - t0, spans: t2 - t1, ok, n: spans.length };
      }, { body: make(size), spans: spansOf(make(size)), split: name.startsWith('digits') });
      rows.push(`${size.toLocaleString('en')} chars: walk ${ms(r.walk)}, ${r.n} ranges built+verified ${ms(r.spans)} (${r.ok} ok)`);
    }
    console.log(`${name}: ${rows.join(' | ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
