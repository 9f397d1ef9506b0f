#!/usr/bin/env node
// Measures the page in chromium (not a test; prints figures):
//   node tests/browser/page-timing.mjs [repeats=5]
// - load: navigation start -> the sample article highlighted
// - edit: one typed character -> its analysis drawn (includes the 180 ms debounce)
// - big: a ~1.9 MB article pasted -> drawn; the longest main-thread task meanwhile, and how late a
//   timer firing every 16 ms ran at worst (what a user typing at that moment would feel)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, root } from './browser.mjs';

const repeats = Number(process.argv[2] || 5);
const sample = readFileSync(join(root, 'web/sample-article.txt'), 'utf8');
const server = await serve();
const browser = await launch();
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `min ${s[0].toFixed(0)} ms, median ${s[Math.floor(s.length / 2)].toFixed(0)} ms (n=${s.length})`;
};
try {
  const load = [], edit = [], big = [], longest = [], lag = [];
  for (let i = 0; i < repeats; i++) {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('body[data-analyzed="true"]');
    load.push(await page.evaluate(() => performance.now()));

    await page.focus('#article');
    await page.keyboard.press('Control+End');
    edit.push(
      await page.evaluate(async () => {
        const ta = document.getElementById('article');
        const t0 = performance.now();
        ta.setRangeText(' 7%', ta.value.length, ta.value.length, 'end');
        ta.dispatchEvent(new Event('input'));
        const want = ta.value;
        while (window.factlightPage.model?.text !== want) await new Promise((r) => setTimeout(r, 2));
        return performance.now() - t0;
      }),
    );

    const text = Array.from({ length: 820 }, () => sample).join('\n'); // ~1.9 MB
    const r = await page.evaluate(async (t) => {
      const tasks = [];
      new PerformanceObserver((l) => tasks.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
      let worstLate = 0;
      let expectAt = performance.now() + 16;
      const tick = setInterval(() => {
        const now = performance.now();
        worstLate = Math.max(worstLate, now - expectAt);
        expectAt = now + 16;
      }, 16);
      const ta = document.getElementById('article');
      const t0 = performance.now();
      ta.value = t;
      ta.dispatchEvent(new Event('input'));
      while (window.factlightPage.model?.text !== t) await new Promise((res) => setTimeout(res, 5));
      const ms = performance.now() - t0;
      await new Promise((res) => setTimeout(res, 50));
      clearInterval(tick);
      return { ms, longest: Math.max(0, ...tasks), worstLate, bytes: new TextEncoder().encode(t).length };
    }, text);
    big.push(r.ms);
    longest.push(r.longest);
    lag.push(r.worstLate);
    if (i === 0) console.log(`big article: ${(r.bytes / 1e6).toFixed(2)} MB`);
    await page.close();
  }
  console.log(`load -> sample highlighted: ${stats(load)}`);
  console.log(`keystroke -> redrawn:       ${stats(edit)}`);
  console.log(`1.9 MB paste -> drawn:      ${stats(big)}`);
  console.log(`  longest main-thread task: ${stats(longest)}`);
  console.log(`  worst 16 ms timer delay:  ${stats(lag)}`);
} finally {
  await browser.close();
  await server.close();
}
