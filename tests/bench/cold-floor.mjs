// The floor under a cold start in headless chromium on this machine: in the same kind of fresh browser
// context as tests/bench/cold.mjs, the import of a module with nothing in it (tests/bench/floor.mjs) and
// the streaming compile and instantiation of an empty wasm module (tests/bench/floor.wasm, 8 bytes),
// beside factlight's own import and load. What the empty files cost is what no JS API or wasm of any size
// can go under here. Trials alternate between the two; medians and bests are printed.
//   node tests/bench/cold-floor.mjs [TRIALS=9]
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM_ARGS } from '../browser/browser.mjs';
import { root } from './inputs.mjs';

const trials = Number(process.argv[2] || 9);

// In the page: import the module at `js`, then load the wasm: factlight's through its JS API
// (loadModule(): fetch, compile, instantiate), the empty one with instantiateStreaming.
async function importAndLoad({ js, wasm }) {
  const t0 = performance.now();
  const api = await import(js);
  const t1 = performance.now();
  if (wasm) await WebAssembly.instantiateStreaming(fetch(wasm), {});
  else await api.loadModule();
  const t2 = performance.now();
  return { import_ms: t1 - t0, load_ms: t2 - t1 };
}

const subjects = {
  empty: { js: '/tests/bench/floor.mjs', wasm: '/tests/bench/floor.wasm' },
  factlight: { js: '/web/dist/factlight.js', wasm: null },
};
const server = await startServer({ root });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
const times = { empty: [], factlight: [] };
try {
  for (let i = 0; i < trials; ++i) {
    for (const [name, urls] of Object.entries(subjects)) {
      const context = await browser.newContext(); // nothing cached from an earlier trial
      const page = await context.newPage();
      await page.goto(`${server.url}tests/bench/page.html`);
      times[name].push(await page.evaluate(importAndLoad, urls));
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const fmt = (a) => `median ${median(a).toFixed(1).padStart(6)} ms, best ${Math.min(...a).toFixed(1).padStart(6)} ms`;
console.log(`chromium ${browser.version()}, ${trials} fresh contexts each`);
for (const [name, t] of Object.entries(times)) {
  console.log(`${name.padEnd(9)} import ${fmt(t.map((x) => x.import_ms))} | load ${fmt(t.map((x) => x.load_ms))} | both ${fmt(t.map((x) => x.import_ms + x.load_ms))}`);
}
