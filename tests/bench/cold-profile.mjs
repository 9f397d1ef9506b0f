// The cold start in headless chromium under V8's sampling profiler: per phase (import the JS API, load
// the wasm, first analysis of the sample article), self time by function, summed over fresh contexts.
// V8 charges a wasm function's first-call compilation to its caller. For names, serve a copy of the
// repository whose web/dist holds tests/bench/wasm-size.mjs's build/bench/profiling output (ROOT=dir/).
//   node tests/bench/cold-profile.mjs [TRIALS=3]
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM_ARGS } from '../browser/browser.mjs';
import { root as repo } from './inputs.mjs';
const root = process.env.ROOT || repo;
const trials = Number(process.argv[2] || 3);
const server = await startServer({ root });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
const agg = { import: new Map(), load: new Map(), first: new Map() };
const totals = { import: 0, load: 0, first: 0 };
for (let t = 0; t < trials; t++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + 'tests/bench/page.html');
  await page.evaluate(async () => { window.sample = await (await fetch('/web/sample-article.txt')).text(); });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const steps = {
    import: async () => { const a = performance.now(); window.api = await import('/web/dist/factlight.js'); return performance.now() - a; },
    load: async () => { const a = performance.now(); await window.api.loadModule(); return performance.now() - a; },
    first: async () => { const a = performance.now(); await window.api.analyze(window.sample); return performance.now() - a; },
  };
  for (const [name, fn] of Object.entries(steps)) {
    await cdp.send('Profiler.start');
    const ms = await page.evaluate(fn);
    const { profile } = await cdp.send('Profiler.stop');
    totals[name] += ms;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const counts = new Map();
    for (const s of profile.samples) counts.set(s, (counts.get(s) || 0) + 1);
    const dt = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
    for (const [id, c] of counts) {
      const n = byId.get(id); const cf = n.callFrame;
      const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}`;
      agg[name].set(key, (agg[name].get(key) || 0) + c * dt);
    }
  }
  await context.close();
}
await browser.close(); await server.close();
for (const name of Object.keys(agg)) {
  console.log(`${name}: mean ${(totals[name] / trials).toFixed(1)} ms; self time per trial by function:`);
  for (const [k, v] of [...agg[name]].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`  ${(v / trials).toFixed(2).padStart(6)} ms  ${k.slice(0, 120)}`);
}
