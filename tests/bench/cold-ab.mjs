// Cold start of two or more builds side by side on a busy machine: each ROOT is served on its own port
// and the trials alternate between them, so a load spike hits every build alike. A ROOT holds what a cold
// start fetches: web/dist/ (the wasm and the minified JS API and worker; an older checkout without them
// there: web/factlight.js and web/worker.js), web/sample-article.txt and tests/bench/page.html, e.g. a copy
// of an older checkout with its build. Prints per ROOT the median and
// best of import, load (or ready() through a Worker), first analysis and total.
//   node tests/bench/cold-ab.mjs TRIALS [--worker] ROOT ROOT...
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM_ARGS } from '../browser/browser.mjs';

const args = process.argv.slice(2);
const worker = args.includes('--worker');
const [trials, ...roots] = args.filter((a) => a !== '--worker');
if (!(Number(trials) > 0) || roots.length === 0) {
  console.error('usage: node tests/bench/cold-ab.mjs TRIALS [--worker] ROOT ROOT...');
  process.exit(2);
}

async function coldInPage([worker, apiPath]) {
  const sample = await (await fetch('/web/sample-article.txt')).text();
  const t0 = performance.now();
  const api = await import(apiPath);
  const t1 = performance.now();
  const analyzer = worker ? api.createAnalyzer() : null;
  if (worker) await analyzer.ready();
  else await api.loadModule();
  const t2 = performance.now();
  await (worker ? analyzer.analyze(sample) : api.analyze(sample));
  const t3 = performance.now();
  analyzer?.close();
  return [t1 - t0, t2 - t1, t3 - t2, t3 - t0];
}

const apiPaths = roots.map((root) => (existsSync(join(root, 'web/dist/factlight.js')) ? '/web/dist/factlight.js' : '/web/factlight.js'));
const servers = await Promise.all(roots.map((root) => startServer({ root })));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
});
const rows = roots.map(() => []);
try {
  for (let i = 0; i < Number(trials); i++)
    for (let k = 0; k < roots.length; k++) {
      const context = await browser.newContext(); // nothing cached from an earlier trial
      const page = await context.newPage();
      await page.goto(servers[k].url + 'tests/bench/page.html');
      rows[k].push(await page.evaluate(coldInPage, [worker, apiPaths[k]]));
      await context.close();
    }
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
console.log(`${trials} cold trials per build${worker ? ' through a Worker' : ''}: median (best) in ms`);
console.log(`${'import'.padStart(16)}${(worker ? 'ready' : 'load').padStart(16)}${'first'.padStart(16)}${'total'.padStart(16)}  root`);
roots.forEach((root, k) => {
  const cell = (j) => `${median(rows[k].map((r) => r[j])).toFixed(1)} (${Math.min(...rows[k].map((r) => r[j])).toFixed(1)})`.padStart(16);
  console.log(`${cell(0)}${cell(1)}${cell(2)}${cell(3)}  ${root}`);
});
