// The first analyses of a long article on a fresh page, in headless chromium (not a test; prints figures).
// V8 runs a wasm function first as its baseline compiler (Liftoff) made it and compiles it again, optimised
// (TurboFan) and in the background, once it has run for a while; a call already running keeps the code it
// started with. So the first analysis of a long article after the module loads runs mostly baseline code,
// and scripts/bench's warm figures (after seconds of warm-up) are not what a page's first analysis gets.
// Per trial, a fresh browser context loads the module, then either analyses the article at once ("cold")
// or first analyses the sample article WARM times and idles PAUSE ms ("warmed", what web/app.js does while
// the page is idle), then analyses the article RUNS times.
//   node tests/bench/first-analysis.mjs [FILE=news-100k] [TRIALS=5] [WARM=40] [PAUSE=1000] [RUNS=4]
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM_ARGS } from '../browser/browser.mjs';
import { buildInputs, root } from './inputs.mjs';

const [fileArg, trialsArg, warmArg, pauseArg, runsArg] = process.argv.slice(2);
// (The bench's news-100k, built once with the bench's other inputs when it is missing.)
const built = `${root}build/bench/inputs/news-100k.txt`;
const file = fileArg || (existsSync(built) ? built : buildInputs({ full: false }).find((i) => i.name === 'news-100k').path);
const trials = Number(trialsArg || 5);
const warm = Number(warmArg || 40);
const pause = Number(pauseArg || 1000);
const runs = Number(runsArg || 4);
const text = readFileSync(file, 'utf8');

const server = await startServer({ root });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
try {
  const out = { cold: [], warmed: [], warmUpMs: [] };
  for (let t = 0; t < trials; t++) {
    for (const mode of ['cold', 'warmed']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}tests/bench/page.html`);
      const r = await page.evaluate(
        async ({ text, mode, warm, pause, runs }) => {
          const api = await import('/web/dist/factlight.js');
          await api.loadModule();
          let warmUpMs = 0;
          if (mode === 'warmed') {
            const sample = await (await fetch('/web/sample-article.txt')).text();
            const t0 = performance.now();
            for (let i = 0; i < warm; i++) await api.analyze(sample);
            warmUpMs = performance.now() - t0;
            await new Promise((resolve) => setTimeout(resolve, pause));
          }
          const ms = [];
          for (let i = 0; i < runs; i++) {
            const t0 = performance.now();
            await api.analyze(text, { offsets: 'utf16' });
            ms.push(performance.now() - t0);
          }
          return { ms, warmUpMs };
        },
        { text, mode, warm, pause, runs },
      );
      out[mode].push(r.ms);
      if (mode === 'warmed') out.warmUpMs.push(r.warmUpMs);
      await context.close();
    }
  }
  const mb = Buffer.byteLength(text) / 1e6;
  console.log(`chromium ${browser.version()}, ${file} (${mb.toFixed(2)} MB), ${trials} trials; warm-up: the sample article ${warm} times, then ${pause} ms idle`);
  for (const mode of ['cold', 'warmed']) {
    const cols = Array.from({ length: runs }, (_, i) => median(out[mode].map((r) => r[i])));
    console.log(`${mode.padEnd(7)} analysis 1..${runs}, median ms: ${cols.map((x) => x.toFixed(0).padStart(5)).join(' ')}   (first: ${(mb / (cols[0] / 1000)).toFixed(2)} MB/s)`);
  }
  console.log(`warm-up itself: median ${median(out.warmUpMs).toFixed(0)} ms`);
} finally {
  await browser.close();
  server.close?.();
}
