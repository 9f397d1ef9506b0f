#!/usr/bin/env node
// Measures the page in chromium (not a test; prints figures):
//   node tests/browser/page-timing.mjs [repeats=5]
// - load: navigation start -> the sample article highlighted
// - edit: one typed character -> its analysis drawn (includes the 180 ms debounce)
// - big: a ~1.9 MB article pasted -> drawn; meanwhile the longest main-thread task, the longest
//   animation frame (script + style + layout + paint), and keys typed every 150 ms: the worst time from a
//   keydown to the next paint (Event Timing), which is what a user typing at that moment feels. (A timer
//   probe would mislead: the page yields with scheduler.yield(), which runs before timers but after input.)
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
  const load = [], edit = [], big = [], longest = [], frames = [], keys = [];
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
    await page.evaluate((t) => {
      const m = (window.__measure = { tasks: [], frames: [], keys: [] });
      new PerformanceObserver((l) => m.tasks.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
      new PerformanceObserver((l) => m.frames.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'long-animation-frame' });
      new PerformanceObserver((l) => m.keys.push(...l.getEntries().filter((e) => e.name === 'keydown').map((e) => e.duration))).observe({ type: 'event', durationThreshold: 16 });
      const ta = document.getElementById('article');
      ta.focus();
      m.t0 = performance.now();
      ta.value = t;
      ta.setSelectionRange(t.length, t.length);
      ta.dispatchEvent(new Event('input'));
      m.bytes = new TextEncoder().encode(t).length;
    }, text);
    // Type while the paste is analysed and drawn (the text changes, so the page analyses again after).
    for (let k = 0; k < 8; k++) {
      await page.keyboard.press('x');
      await new Promise((res) => setTimeout(res, 150));
    }
    const final = `${text}${'x'.repeat(8)}`;
    const r = await page.evaluate(async (t) => {
      while (window.factlightPage.model?.text !== t || document.body.dataset.busy) await new Promise((res) => setTimeout(res, 5));
      const m = window.__measure;
      const ms = performance.now() - m.t0;
      await new Promise((res) => setTimeout(res, 50));
      return { ms, longest: Math.max(0, ...m.tasks), frame: Math.max(0, ...m.frames), key: Math.max(0, ...m.keys), bytes: m.bytes };
    }, final);
    big.push(r.ms);
    longest.push(r.longest);
    frames.push(r.frame);
    keys.push(r.key);
    if (i === 0) console.log(`big article: ${(r.bytes / 1e6).toFixed(2)} MB`);
    await page.close();
  }
  console.log(`load -> sample highlighted: ${stats(load)}`);
  console.log(`keystroke -> redrawn:       ${stats(edit)}`);
  console.log(`1.9 MB paste + 8 keys -> drawn: ${stats(big)}`);
  console.log(`  longest main-thread task:    ${stats(longest)}`);
  console.log(`  longest animation frame:     ${stats(frames)}`);
  console.log(`  worst keydown -> next paint: ${stats(keys)}`);
} finally {
  await browser.close();
  await server.close();
}
