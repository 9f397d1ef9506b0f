// Cold start in headless chromium alone (the part of scripts/bench that takes seconds, not minutes): a
// fresh browser context per trial imports web/dist/factlight.js (the minified JS API), loads web/dist's
// wasm and analyses the sample article. Prints the median and best of each part. --worker: through
// createAnalyzer() and its Worker (the page's default) instead of the in-thread loadModule() and analyze().
//   node tests/bench/cold.mjs [TRIALS=9] [--worker]
import { benchChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const coldWorker = args.includes('--worker');
const trials = Number(args.find((a) => !a.startsWith('--')) || 9);
const r = await benchChromium([], { warmup: 0, runs: 0, minMs: 0, maxMs: 0, timeoutMs: 30e3, coldTrials: trials, coldWorker });
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const best = (a) => Math.min(...a);
const row = (name, a) => console.log(`${name.padEnd(8)} median ${median(a).toFixed(1).padStart(6)} ms   best ${best(a).toFixed(1).padStart(6)} ms`);
console.log(`chromium ${r.version}, ${trials} cold trials${coldWorker ? ' through a Worker' : ''}`);
row('total', r.cold_ms);
for (const part of ['import', 'load', 'first']) row(part, r.cold_split.map((s) => s[part]));
